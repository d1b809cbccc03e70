// The engine's scheduling of an analyzer's one-time setup (Analyzer.prepare). The engine's page
// behaviour is proven in Chromium (tests/browser/engine-*.browser.test.ts); this is the order of
// work, which happy-dom runs the same way.
import { afterEach, describe, expect, it } from 'vitest';
import type { Analyzer, BlockSpan } from './analyzer';
import { mentionMatcher } from '../match/mention-matcher';
import { mentionAnalyzer } from './mention-analyzer';
import { PageEngine } from './page-engine';
import type { BlockPart } from './text-block';

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

describe('a long block (a log in one <pre>): analyzed part by part', () => {
  /** An analyzer that records the parts it is asked for (and in which slice), finding nothing. */
  function partsRecorder() {
    const calls: { part: BlockPart | undefined; slice: number; length: number }[] = [];
    const analyzer: Analyzer<BlockSpan> = {
      id: 'parts',
      analyze: (block, _earlier, part) => {
        calls.push({ part, slice: engine!.stats.slices, length: block.text.length });
        return [];
      },
      highlightName: () => undefined,
      styles: '',
    };
    return { analyzer, calls };
  }

  function run(text: string, ...extra: Analyzer<any>[]) {
    document.body.innerHTML = '<pre id="log"></pre>';
    document.getElementById('log')!.textContent = text;
    engine = new PageEngine(document, [mentionAnalyzer, ...extra], { discoverShadowRoots: false, visibleFirst: false });
    engine.start();
    return engine.idle();
  }

  const found = () =>
    engine!
      .index(mentionAnalyzer)
      .entries()
      .map((e) => `${e.start}-${e.end} ${e.cert} ${e.term}`);
  const expected = (text: string) => mentionMatcher.find(text).map((s) => `${s.start}-${s.end} ${s.cert} ${s.term}`);

  it('covers the whole text in parts of at most 4,096 characters, cut after a line, one part per slice', async () => {
    const line = '2026-11-28 10:00:01 INFO 用户查询课程信息，参加互联网营销师培训。\n';
    const text = line.repeat(1_000);
    const { analyzer, calls } = partsRecorder();
    await run(text, analyzer);
    const parts = calls.map((c) => c.part!);
    expect(parts.every(Boolean)).toBe(true);
    expect(parts[0]!.from).toBe(0);
    expect(parts.at(-1)!.to).toBe(text.length);
    for (let k = 1; k < parts.length; k++) expect(parts[k]!.from).toBe(parts[k - 1]!.to);
    expect(parts.every((p) => p.to - p.from <= 4_096 && text[p.to - 1] === '\n')).toBe(true);
    // One part per slice: no slice holds two.
    expect(new Set(calls.map((c) => c.slice)).size).toBe(calls.length);
    expect(found()).toEqual(expected(text));
    expect(found()).toHaveLength(1_000);
  });

  it('finds exactly what one pass over the whole text finds, also where a part is cut inside a name or its context', async () => {
    // No line or sentence ends: every part is cut at 4,096 characters, wherever that falls.
    const pieces = ['互联网营销师', '全媒体运营师', '互聯網營銷師', '直播销售员', '新媒体运营师', '全媒体运营', '网络营销师', '持证', '证书', 'Internet Marketer', '4-01-02-07', '，', '的', '报名', '运营'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    for (let round = 0; round < 6; round++) {
      let text = '';
      while (text.length < 20_000) text += random(3) === 0 ? pieces[random(pieces.length)] : 'x'.repeat(1 + random(40));
      // Names standing across the first cuts, and a work type whose name is in the part before.
      text = `${text.slice(0, 4_093)}互联网营销师${text.slice(4_099, 8_180)}全媒体运营师，直播销售员${text.slice(8_192)}`;
      await run(text);
      expect(found()).toEqual(expected(text));
      engine!.stop();
    }
  });

  it('is analyzed whole when it is no longer than a part', async () => {
    const { analyzer, calls } = partsRecorder();
    await run('持有互联网营销师证书者优先。'.repeat(200), analyzer);
    expect(calls.map((c) => c.part)).toEqual([undefined]);
  });

  it('a change while its parts are analyzed: the block is analyzed again, nothing left of the old one', async () => {
    const line = '参加互联网营销师培训。\n';
    const lines = 3_000;
    const log = () => document.getElementById('log')!;
    let changed = false;
    const changer: Analyzer<BlockSpan> = {
      id: 'changer',
      analyze: (_block, _earlier, part) => {
        // The page rewrites the log between the engine's parts (a live log that starts over).
        if (part && part.from > 0 && !changed) {
          changed = true;
          log().textContent = '全媒体运营师。\n'.repeat(lines);
        }
        return [];
      },
      highlightName: () => undefined,
      styles: '',
    };
    await run(line.repeat(lines), changer);
    expect(changed).toBe(true);
    const text = log().textContent!;
    expect(found()).toEqual(expected(text));
    expect(found()).toHaveLength(lines);
    expect(found().every((f) => f.includes('全媒体运营师'))).toBe(true);
  });
});
