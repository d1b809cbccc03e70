// The report of `npm run bench` (scripts/bench.mjs): the table on stdout, and the same results in
// docs/engine.md and README.md, between <!-- bench:start --> and <!-- bench:end -->. Apart from
// the measuring, so that a report can be written again from .bench/results.json:
//   node -e "import('./scripts/lib/bench-report.mjs').then((m) => m.reportFromFile())"
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Replaces what stands between two marker comments of a file (left alone without them). */
function writeBetween(path, start, end, content) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  writeFileSync(path, `${text.slice(0, i + start.length)}\n${content}\n${text.slice(j)}`);
  console.error(`wrote the results into ${basename(path)}`);
}

/**
 * Prints and writes the report. `rows`: one per page (density × size); `incremental`: per density,
 * the largest page's appends and idle-time mode; `machine`: where and how it was measured. Returns
 * whether every target was met.
 */
export function report({ rows, incremental, visibleFirst = {}, startup = [], machine }) {
  const densities = [...new Set(rows.map((r) => r.density))];
  const largest = Math.max(...rows.map((r) => r.size));
  const fmt = (x, d = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
  const largestOf = (density) => rows.find((r) => r.density === density && r.size === largest);
  const verdicts = [];
  for (const density of densities) {
    const big = largestOf(density);
    const inc = incremental[density];
    verdicts.push(
      [`${density}: scan ≤ 1.5× the floor on the largest page`, big.oursOverFloor <= 1.5, `${fmt(big.oursOverFloor)}× (${fmt(big.withDiscoveryOverFloor)}× with shadow-root discovery)`],
      [`${density}: ≥ 100× faster than mark.js acrossElements on the largest page`, big.markOverOurs >= 100, `${fmt(big.markOverOurs, 0)}×`],
      [`${density}: incremental update for 100 appended cards ≤ 3 ms`, inc.ms <= 3, `${fmt(inc.ms)} ms`],
      [`${density}: main thread never held > 50 ms (idle-time mode, largest page)`, inc.longestSliceMs <= 50, `longest slice ${fmt(inc.longestSliceMs)} ms`],
    );
  }
  if (startup.length > 0)
    verdicts.push([
      'page load with the built extension: no stretch of our code over 50 ms (traced)',
      startup.every((s) => s.longestOfOursMs <= 50),
      startup.map((s) => `${s.key} ${fmt(s.longestOfOursMs, 1)} ms`).join(', '),
    ]);
  verdicts.push([
    'exact count on every page, and after every append',
    rows.every((r) => r.countRight && r.withClaimsCountRight !== false) && Object.values(incremental).every((i) => i.rightCount && i.wrappedRight),
    rows.map((r) => `${r.found}/${r.expected}`).join(', '),
  ]);

  const table = [
    '| page | text nodes | floor (TreeWalker) | CertLens scan | ÷ floor | + shadow-root discovery | with the claim checker (as the extension runs) | mark.js acrossElements | mark.js ÷ CertLens | CertLens count (expected) | mark.js matches (names expected) | mark.js false cross-block hits |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.density} | ${r.textNodes.toLocaleString('en')} | ${fmt(r.floorMs)} ms | ${fmt(r.oursMs)} ms | ${fmt(r.oursOverFloor)}× | ${fmt(r.discoveryMs)} ms | ${r.withClaimsMs === undefined ? '–' : `${fmt(r.withClaimsMs)} ms (${fmt(r.withClaimsMs / r.floorMs)}×)${r.withClaimsCountRight === false ? ' ✗' : ''}`} | ${fmt(r.markMs, 0)} ms | ${fmt(r.markOverOurs, 0)}× | ${r.found} (${r.expected})${r.countRight ? '' : ' ✗'} | ${r.markMatches} (${r.markExpected}) | ${r.markFalseCrossBlock} of ${r.traps} traps |`,
    ),
  ].join('\n');
  const extra = Object.entries(incremental)
    .map(
      ([density, inc]) =>
        `- ${density}, largest page: ${inc.cardsAdded} cards appended cost the engine ${fmt(inc.ms)} ms (observer callback + block work), ${inc.added} new mentions (expected ${inc.expectedAdded}); ` +
        `the same cards again in one wrapper ${fmt(inc.wrappedMs)} ms${inc.wrappedRight ? '' : ' (wrong count ✗)'}. ` +
        `Idle-time mode: ${inc.idleSlices} slices, longest ${fmt(inc.longestSliceMs)} ms, ${fmt(inc.idleWallMs)} ms from start to done (wall clock, idle gaps included).`,
    )
    .join('\n');
  const seen = Object.entries(visibleFirst)
    .map(
      ([density, v]) =>
        `- ${density}, largest page scrolled to 60% before the engine starts (idle-time mode): ` +
        (v.visible === 0
          ? 'no mention on the screen there'
          : `the ${v.visible} mention${v.visible === 1 ? '' : 's'} on the screen highlighted after ${fmt(v.ms)} ms with the screen's text first, ${fmt(v.inOrderMs)} ms in document order`) +
        ` (whole scan done after ${fmt(v.doneMs)} and ${fmt(v.inOrderDoneMs)} ms, wall clock).`,
    )
    .join('\n');
  const checks = verdicts.map(([what, ok, value]) => `- ${ok ? '✅' : '❌'} ${what}: ${value}`).join('\n');
  // The built extension on page load (bench-startup.mjs), against the same page without it.
  const startupTable =
    startup.length === 0
      ? ''
      : [
          '| page, loaded with the built extension | main-thread script time per load, with → without CertLens (median) | longest stretch of our code (traced) |',
          '| --- | ---: | ---: |',
          ...startup.map((s) => `| ${s.label} | ${fmt(s.withScriptMs, 1)} → ${fmt(s.baseScriptMs, 1)} ms | ${fmt(s.longestOfOursMs, 1)} ms |`),
        ].join('\n');

  const lines = seen ? `${extra}\n\n${seen}` : extra;
  const all = startupTable ? `${table}\n\n${lines}\n\n${startupTable}` : `${table}\n\n${lines}`;
  console.log(`\n${all}\n\n${checks}\n\n${machine}`);
  writeBetween(join(ROOT, 'docs/engine.md'), '<!-- bench:start -->', '<!-- bench:end -->', `${all}\n\n${checks}\n\nMeasured on ${machine}.`);

  // The README's summary: the largest pages only, in the order a reader meets them.
  const README_PAGES = [
    ['none', 'no mention (most pages)'],
    ['typical', 'typical (3 cards in 100 mention a certificate)'],
    ['news', 'news (typical, with everyday news text: 全国, 互联网, 直播, 安全)'],
    ['search', 'search results (3 in 10)'],
  ];
  const readmeTable = [
    '| page (~50,000 text nodes) | floor | CertLens | ÷ floor | mark.js `acrossElements` | mark.js ÷ CertLens | 100 cards appended one by one | the same 100 in one wrapper |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...README_PAGES.filter(([density]) => largestOf(density)).map(([density, label]) => {
      const r = largestOf(density);
      const inc = incremental[density];
      return `| ${label} | ${fmt(r.floorMs, 1)} ms | ${fmt(r.oursMs, 1)} ms | ${fmt(r.oursOverFloor)}× | ${fmt(r.markMs, 0)} ms | ${fmt(r.markOverOurs, 0)}× | ${fmt(inc.ms, 1)} ms | ${fmt(inc.wrappedMs, 1)} ms |`;
    }),
  ].join('\n');
  writeBetween(join(ROOT, 'README.md'), '<!-- bench:start -->', '<!-- bench:end -->', `${readmeTable}\n\n${startupTable ? `${startupTable}\n\n` : ''}Measured on ${machine}.`);
  return verdicts.every(([, ok]) => ok);
}

/** The report again, from the last run's .bench/results.json. */
export function reportFromFile(path = join(ROOT, '.bench/results.json')) {
  return report(JSON.parse(readFileSync(path, 'utf8')));
}
