// Builds the Firefox version and runs Mozilla's linter (web-ext lint) on it, offline.
// Fails on any error; prints warnings so they stay visible.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const outDir = process.env.CERTLENS_OUT_DIR ?? '.output';
execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'inherit'] });
let report;
try {
  report = execFileSync('npx', ['web-ext', 'lint', '--source-dir', resolve(outDir, 'firefox-mv2'), '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  report = error.stdout;
}
const { summary, errors, warnings } = JSON.parse(report);
for (const m of [...errors, ...warnings]) console.log(`${m._type ?? ''} ${m.code}: ${m.message} (${m.file ?? ''})`);
console.log(`web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
process.exit(summary.errors > 0 ? 1 : 0);
