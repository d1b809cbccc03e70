// Part of `npm run bench`: what the BUILT extension costs a page load, in the real Chromium. The
// rest of the benchmark measures the engine's scan alone (bundled into the page); this measures
// everything the extension runs in the page: the document_start script, the content script's own
// start (compiling and running its code), its scan in idle time, the shadow-root walks.
//
// Two browsers, the same pages, loads in turns: one with the extension, one without (the baseline,
// measured in the same run: the pages run no script of their own, so it is ~0). For each load,
// after the page has settled (load + 2.5 s, past the engine's second discovery walk), Chromium's
// own count of the time the page's main thread spent running script (CDP Performance.getMetrics,
// ScriptDuration: compiling and running, every world). The extension's cost is the difference of
// the medians. Then a few traced loads give the longest stretch of our code (the 50 ms limit).
// (Chromium's TaskDuration and long-task entries were tried too: they differ between the two
// browsers by more than our whole cost, either way, so they tell nothing here.)
//
// Run alone: node scripts/bench-startup.mjs (builds the extension into .output-bench).
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { benchPage } from './bench-page.mjs';
import { CHROMIUM, chromiumArgs } from './lib/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.output-bench';

/** The pages: most pages a reader opens (small, no mention), and the typical page at two sizes. */
export const STARTUP_PAGES = [
  { key: 'none-200', label: 'small page without a mention (~200 text nodes)', nodes: 200, density: 'none' },
  // Pages full of ads and embeds: the content script runs in every frame (all_frames).
  { key: 'frames-10', label: 'the same page with 10 small frames (srcdoc, as ads and embeds)', nodes: 200, density: 'none', frames: 10 },
  { key: 'typical-5000', label: 'typical page (~5,000 text nodes)', nodes: 5_000, density: 'typical' },
  { key: 'typical-50000', label: 'typical page (~50,000 text nodes)', nodes: 50_000, density: 'typical' },
  // One very long block, as a log or a plain-text file shows in one <pre>: analyzed in parts, one
  // per idle slice (docs/engine.md, "Long blocks"). 4,267 lines of 80 characters, a mention and claims on each.
  { key: 'long-pre', label: 'one very long block: a 341,000-character log in one `<pre>`', logLines: 4_267 },
];

/** The long-pre page: one <pre> of `lines` log lines, each with a mention and three claims. */
function logPage(lines) {
  const line = '2026-11-28 10:00:01 INFO 用户查询课程信息，参加互联网营销师培训，人社部颁发证书，包过，补贴3000元。其他日志内容记录正常运行状态。\n';
  return `<!doctype html><html><head><meta charset="utf-8"><title>log</title></head><body><pre>${line.repeat(lines)}</pre></body></html>`;
}

const SETTLE_MS = 2_500;
/** Traced loads per page, for the longest stretch of our code (their median). */
const TRACED_RUNS = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One page load: the main thread's time running script (ms). */
async function scriptTime(context, url) {
  const page = await context.newPage({ viewport: { width: 1200, height: 800 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

/**
 * One page load traced: the longest stretch of the main thread running the extension's code (a
 * script's evaluation, or a callback of ours: idle slices, timers, messages). Its task may hold the
 * page's own work too (a content script at document_idle runs in a task of the parser's), which is
 * not ours. Tracing slows the page down, so this is an upper bound.
 */
async function longestStretchOfOurs(context, url) {
  const page = await context.newPage({ viewport: { width: 1200, height: 800 } });
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', '__metadata'] } });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  let longest = 0;
  for (const e of onMain)
    if ((e.name === 'EvaluateScript' || e.name === 'FunctionCall') && /^chrome-extension:/.test(e.args?.data?.url ?? '')) longest = Math.max(longest, e.dur / 1000);
  return longest;
}

/**
 * Measures every page `runs` times with and without the extension, in turns. Builds the extension
 * first (into .output-bench) unless `build` is false.
 */
export async function measureStartup({ runs = 7, build = true } = {}) {
  if (build) execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CERTLENS_OUT_DIR: OUT_DIR } });
  const extension = join(ROOT, OUT_DIR, 'chrome-mv3');
  const withFrames = (html, frames) =>
    html.replace('</body>', `${'<iframe width="300" height="80" srcdoc="&lt;p&gt;广告：夏季促销，全场五折。&lt;/p&gt;"></iframe>'.repeat(frames)}</body>`);
  const html = new Map(
    STARTUP_PAGES.map((p) => [p.key, p.logLines ? logPage(p.logLines) : withFrames(benchPage(p.nodes, p.density).html, p.frames ?? 0)]),
  );
  const server = createServer((req, res) => {
    const body = html.get(new URL(req.url ?? '/', 'http://x').searchParams.get('page'));
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'certlens-bench-'));
  const withExtension = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extension),
  });
  await (withExtension.serviceWorkers()[0] ?? withExtension.waitForEvent('serviceworker', { timeout: 20_000 }));
  const bare = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs(extension).filter((a) => !a.includes('extension')) });
  const bareContext = await bare.newContext();
  const results = [];
  try {
    for (const p of STARTUP_PAGES) {
      const url = `${origin}/?page=${p.key}`;
      // The first load of each fills caches (the HTTP server's page, the extension's files).
      await scriptTime(withExtension, url);
      await scriptTime(bareContext, url);
      const ext = [];
      const base = [];
      for (let k = 0; k < runs; k++) {
        ext.push(await scriptTime(withExtension, url));
        base.push(await scriptTime(bareContext, url));
      }
      const traced = [];
      for (let k = 0; k < TRACED_RUNS; k++) traced.push(await longestStretchOfOurs(withExtension, url));
      results.push({
        ...p,
        runs,
        withScriptMs: median(ext),
        baseScriptMs: median(base),
        addedScriptMs: median(ext) - median(base),
        longestOfOursMs: median(traced),
        tracedRuns: TRACED_RUNS,
      });
      console.error(`measured startup on ${p.key}: +${results.at(-1).addedScriptMs.toFixed(1)} ms script, longest stretch ${results.at(-1).longestOfOursMs.toFixed(1)} ms`);
    }
  } finally {
    await withExtension.close();
    await bare.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await measureStartup({ runs: Number(process.env.BENCH_RUNS ?? 7) });
  for (const r of results)
    console.log(
      `${r.label}: script +${r.addedScriptMs.toFixed(1)} ms per load (${r.withScriptMs.toFixed(1)} with, ${r.baseScriptMs.toFixed(1)} without); longest stretch of our code ${r.longestOfOursMs.toFixed(1)} ms (traced)`,
    );
}
