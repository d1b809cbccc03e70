// Measuring what CertLens does to a page, from outside it: errors in every console, the work its
// content scripts do on the page's main thread (from Chromium's own trace, attributed by script
// URL), and its highlights read without any DOM method a hostile page could have replaced.
import type { BrowserContext, CDPSession, Frame, Page, Worker } from 'playwright-core';

/** Console errors and uncaught exceptions of a page (all its frames) and, optionally, the extension's service worker. */
export function collectErrors(page: Page, worker?: Worker): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    // Chromium asks every server for /favicon.ico; the fixture server has none (a 404 nobody made).
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  worker?.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  return errors;
}

/**
 * Times are the main thread's CPU time (the trace's thread duration), not wall time: another
 * process busy on the same cores (two cores, tests in parallel) must not make our work look long.
 */
export interface Work {
  /** Main-thread CPU time in our scripts (ms): content scripts' evaluation and every callback into them. */
  ms: number;
  /** Calls into our scripts from the event loop (observer callbacks, idle callbacks, frames, timers, events). */
  calls: number;
  /** The most time our scripts took within one task of the event loop (ms). */
  longestTaskMs: number;
  /** Tasks in which our scripts took more than 50 ms (a long task caused by us). */
  longTasks: number[];
  /** Longest task of the page's main thread, whoever ran it (ms). */
  longestPageTaskMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, when Chromium records it. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string } };
}

/**
 * Records Chromium's trace while `during` runs and attributes main-thread work to scripts whose URL
 * starts with `scriptPrefix` (chrome-extension://<id>/, or a page URL for a control measurement).
 * Tracing is browser-wide: it sees every frame of the page, whatever process runs it.
 */
export async function traceWork(context: BrowserContext, page: Page, scriptPrefix: string, during: () => Promise<void>): Promise<Work> {
  const cdp: CDPSession = await context.newCDPSession(page);
  let events: TraceEvent[] = [];
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'], excludedCategories: ['*'] },
    transferMode: 'ReturnAsStream',
  });
  try {
    await during();
  } finally {
    const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    let data = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream! });
      data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream! });
    await cdp.detach();
    events = (JSON.parse(data) as { traceEvents: TraceEvent[] }).traceEvents;
  }
  return attribute(events, scriptPrefix);
}

const ENTRY_POINTS = new Set(['FunctionCall', 'EvaluateScript']);
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export function attribute(events: TraceEvent[], prefix: string): Work {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const ours = complete
    .filter((e) => ENTRY_POINTS.has(e.name) && (e.args?.data?.url ?? '').startsWith(prefix))
    .sort((a, b) => a.ts - b.ts);
  // Outermost calls only: a callback of ours that calls into ours again is counted once.
  const outer: TraceEvent[] = [];
  for (const e of ours) {
    const last = outer.findLast((o) => o.tid === e.tid && o.pid === e.pid);
    if (last && e.ts < last.ts + last.dur!) continue;
    outer.push(e);
  }
  const tasks = complete.filter((e) => TASKS.has(e.name)).sort((a, b) => a.ts - b.ts);
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur!;
  const perTask = new Map<TraceEvent, number>();
  for (const e of outer) {
    const task = tasks.findLast((t) => t.tid === e.tid && t.pid === e.pid && t.ts <= e.ts && e.ts + e.dur! <= t.ts + t.dur!) ?? e;
    perTask.set(task, (perTask.get(task) ?? 0) + cpu(e));
  }
  const taskMs = [...perTask.values()].map((us) => us / 1000);
  const mainThreads = new Set(outer.map((e) => `${e.pid}:${e.tid}`));
  const pageTasks = tasks.filter((t) => mainThreads.has(`${t.pid}:${t.tid}`));
  return {
    ms: outer.reduce((sum, e) => sum + cpu(e), 0) / 1000,
    calls: outer.length,
    longestTaskMs: Math.max(0, ...taskMs),
    longTasks: taskMs.filter((ms) => ms > 50),
    longestPageTaskMs: Math.max(0, ...pageTasks.map((t) => cpu(t) / 1000)),
  };
}

export interface Found {
  name: string;
  text: string;
  /** id of the nearest element with an id (across shadow roots), or null. */
  id: string | null;
  connected: boolean;
}

/**
 * CertLens's highlights in one document, read with nothing but property reads (no Range, no
 * TreeWalker, no appendChild): works on a page that sabotaged its own DOM methods.
 */
export function readHighlights(target: Page | Frame): Promise<Found[]> {
  return target.evaluate(() => {
    const out: { name: string; text: string; id: string | null; connected: boolean }[] = [];
    const next = (n: Node | null, root: Node): Node | null => {
      if (!n) return null;
      if (n.firstChild) return n.firstChild;
      for (let x: Node | null = n; x && x !== root; x = x.parentNode) if (x.nextSibling) return x.nextSibling;
      return null;
    };
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('certlens-')) continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        let text = '';
        const start = r.startContainer;
        const end = r.endContainer;
        if (start === end) text = (start as Text).data.slice(r.startOffset, r.endOffset);
        else {
          const root = start.getRootNode();
          text = (start as Text).data.slice(r.startOffset);
          for (let n = next(start, root); n && n !== end; n = next(n, root)) if (n.nodeType === 3) text += (n as Text).data;
          text += (end as Text).data.slice(0, r.endOffset);
        }
        let id: string | null = null;
        for (let n: Node | null = start; n && !id; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
          if (n.nodeType === 1 && (n as Element).id) id = (n as Element).id;
        }
        out.push({ name, text, id, connected: start.isConnected && end.isConnected });
      }
    }
    return out.sort((a, b) => `${a.name}${a.id}${a.text}`.localeCompare(`${b.name}${b.id}${b.text}`));
  });
}

/** The texts of the mention highlights (certlens-mention-*), sorted. */
export async function mentionTexts(target: Page | Frame): Promise<string[]> {
  return (await readHighlights(target)).filter((h) => h.name.startsWith('certlens-mention-')).map((h) => h.text).sort();
}

/** Polls until `read` satisfies `done`; returns the last value either way (the caller asserts). */
export async function pollUntil<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
