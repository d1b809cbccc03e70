// `npm start`: build the extension, serve the demo pages on 127.0.0.1, and open Chromium with
// CertLens loaded on them. Close the browser (or press Ctrl+C) to stop.
//   CHROME_PATH=/path/to/chromium npm start   use another Chromium-based browser
//   npm start -- --headless                   no window: take screenshots into tests/artifacts/ and exit
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, assertChromium, chromiumArgs } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';

const headless = process.argv.includes('--headless');
const extensionDir = resolve(process.env.CERTLENS_OUT_DIR ?? '.output', 'chrome-mv3');
const PAGES = ['index.html', 'jobs.html', 'training.html', 'search.html', 'article.html'];

assertChromium();
console.log('Building the extension…');
execSync('npx wxt build', { stdio: 'inherit' });

// A fixed port keeps the per-site switch meaningful across runs; fall back to any free port.
const server = await serveStatic(['demo'], Number(process.env.PORT ?? 8787)).catch(() => serveStatic(['demo']));
const urls = PAGES.map((p) => server.url(p));
console.log(`Demo pages at ${server.origin}/`);

if (headless) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'certlens-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir),
    viewport: { width: 1200, height: 900 },
  });
  mkdirSync('tests/artifacts', { recursive: true });
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1500);
    const file = `tests/artifacts/start-${url.split('/').pop().replace('.html', '')}.png`;
    await page.screenshot({ path: file });
    console.log(`  ${file}`);
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
} else {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run `npm start -- --headless` for screenshots instead, or start a desktop session.');
    await server.close();
    process.exit(1);
  }
  const profile = mkdtempSync(join(tmpdir(), 'certlens-start-'));
  const browser = spawn(CHROMIUM, [...chromiumArgs(extensionDir), `--user-data-dir=${profile}`, ...urls], { stdio: 'ignore' });
  const stop = async () => {
    browser.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  browser.on('exit', stop);
  process.on('SIGINT', stop);
  console.log('Chromium is open with CertLens loaded. Close it (or press Ctrl+C) to stop.');
}
