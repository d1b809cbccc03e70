// The engine's scheduling of an analyzer's one-time setup (Analyzer.prepare). The engine's page
// behaviour is proven in Chromium (tests/browser/engine-*.browser.test.ts); this is the order of
// work, which happy-dom runs the same way.
import { afterEach, describe, expect, it } from 'vitest';
import type { Analyzer, BlockSpan } from './analyzer';
import { mentionAnalyzer } from './mention-analyzer';
import { PageEngine } from './page-engine';

/** An analyzer that finds nothing and notes, by the engine's slice count, when it was set up and used. */
function recordingAnalyzer(engine: () => PageEngine, steps = 1) {
  const log: { what: 'prepare' | 'analyze'; slice: number }[] = [];
  let left = steps;
  const analyzer: Analyzer<BlockSpan> = {
    id: 'recorder',
    prepare: () => {
      log.push({ what: 'prepare', slice: engine().stats.slices });
      return --left <= 0;
    },
    analyze: () => {
      log.push({ what: 'analyze', slice: engine().stats.slices });
      return [];
    },
    highlightName: () => undefined,
    styles: '',
  };
  return { analyzer, log };
}

// happy-dom has no StaticRange; the engine only creates them and reads their boundaries.
if (typeof globalThis.StaticRange !== 'function') {
  globalThis.StaticRange = class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed: boolean;
    constructor(init: StaticRangeInit) {
      ({ startContainer: this.startContainer, startOffset: this.startOffset, endContainer: this.endContainer, endOffset: this.endOffset } = init);
      this.collapsed = this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  } as unknown as typeof StaticRange;
}

let engine: PageEngine | undefined;
afterEach(() => {
  engine?.stop();
  engine = undefined;
  document.body.innerHTML = '';
});

function start(html: string, steps = 1) {
  document.body.innerHTML = html;
  const { analyzer, log } = recordingAnalyzer(() => engine!, steps);
  engine = new PageEngine(document, [mentionAnalyzer, analyzer], { discoverShadowRoots: false, visibleFirst: false });
  return { analyzer, log };
}

describe('Analyzer.prepare: one-time setup, only for a page that needs a block', () => {
  it('is never run on a page without a block to build', async () => {
    const { log } = start('<p>今天天气很好，没有提到任何证书。</p><p>新媒体运营师、网络营销师均可投递。</p>');
    engine!.start();
    await engine!.idle();
    expect(log).toEqual([]);
  });

  it('runs once, in a slice of its own, before the first block', async () => {
    const { log } = start('<p>持有互联网营销师证书者优先。</p><p>本岗位需要全媒体运营师资格。</p>');
    engine!.start();
    await engine!.idle();
    expect(log.map((l) => l.what)).toEqual(['prepare', 'analyze', 'analyze']);
    const prepared = log[0]!.slice;
    // The blocks come in a later slice than the setup, so neither stretches the other's slice.
    expect(log.slice(1).every((l) => l.slice > prepared)).toBe(true);
    expect(engine!.index(mentionAnalyzer).size).toBe(2);
  });

  it('goes on in the next slices while it says it is not done, still before any block', async () => {
    const { log } = start('<p>持有互联网营销师证书者优先。</p>', 3);
    engine!.start();
    await engine!.idle();
    expect(log.map((l) => l.what)).toEqual(['prepare', 'prepare', 'prepare', 'analyze']);
    const slices = log.map((l) => l.slice);
    // One step per slice, and the block after the last.
    expect(new Set(slices).size).toBe(4);
    expect(slices).toEqual([...slices].sort((a, b) => a - b));
  });

  it('runs before the first block in runNow too, and only once per engine', () => {
    const { log } = start('<p>持有互联网营销师证书者优先。</p>');
    engine!.start();
    engine!.runNow();
    expect(log.map((l) => l.what)).toEqual(['prepare', 'analyze']);
    engine!.stop();
    engine!.start();
    engine!.runNow();
    expect(log.map((l) => l.what)).toEqual(['prepare', 'analyze', 'analyze']);
  });

  it('in runNow, setup that waits for something (a module loading) is reported, not waited for in a loop', () => {
    // runNow holds the thread: a promise cannot settle, so prepare(Infinity) saying "not done" would
    // spin for ever. The engine reports it and goes on; the mentions are still found.
    const { log } = start('<p>持有互联网营销师证书者优先。</p>', Infinity);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      engine!.start();
      engine!.runNow();
    } finally {
      console.error = original;
    }
    expect(log.map((l) => l.what)).toEqual(['prepare', 'analyze']);
    expect(String(errors[0]?.[2])).toMatch(/recorder: setup still waiting/);
    expect(engine!.index(mentionAnalyzer).size).toBe(1);
  });
});
