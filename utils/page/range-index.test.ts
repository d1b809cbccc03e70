import { describe, expect, it, vi } from 'vitest';
import { RangeIndex, type IndexedRange } from './range-index';
import { makeBlock, nodesOf, positionAt, rangeOf } from './text-block';

// happy-dom has no StaticRange; the engine only reads its four boundary fields. (The real one is
// exercised in Chromium by tests/browser/engine-*.)
if (typeof (globalThis as { StaticRange?: unknown }).StaticRange !== 'function') {
  (globalThis as { StaticRange?: unknown }).StaticRange = class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
}

/** A paragraph of text nodes, as the engine would see it. */
function paragraph(...parts: string[]) {
  const p = document.createElement('p');
  for (const part of parts) p.append(document.createTextNode(part));
  document.body.append(p);
  return makeBlock([...p.childNodes] as Text[], document);
}

function entry(block: ReturnType<typeof paragraph>, start: number, end: number): IndexedRange {
  return { start, end, block, root: document, range: rangeOf(block, start, end), text: block.text.slice(start, end) };
}

describe('text blocks', () => {
  it('maps offsets of the block text to the nodes that hold the characters', () => {
    const block = paragraph('持有', '互联网', '营销师', '证书');
    expect(block.text).toBe('持有互联网营销师证书');
    expect(block.starts).toEqual([0, 2, 5, 8]);
    // A start at a node boundary goes into the next node, an end into the previous one.
    expect(positionAt(block, 2, 'start')).toEqual({ node: block.nodes[1], offset: 0 });
    expect(positionAt(block, 8, 'end')).toEqual({ node: block.nodes[2], offset: 3 });
    const range = rangeOf(block, 2, 8);
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([block.nodes[1], 0, block.nodes[2], 3]);
    expect(nodesOf(block, 2, 8)).toEqual([block.nodes[1], block.nodes[2]]);
    expect(nodesOf(block, 3, 4)).toEqual([block.nodes[1]]);
  });
});

describe('RangeIndex', () => {
  it('lists entries in document order, whatever order they came in', () => {
    const a = paragraph('全媒体运营师');
    const b = paragraph('互联网营销师和全媒体运营师');
    const index = new RangeIndex<IndexedRange>();
    const [e1, e2, e3] = [entry(b, 7, 13), entry(a, 0, 6), entry(b, 0, 6)];
    for (const e of [e1!, e2!, e3!]) index.add(e, nodesOf(e.block, e.start, e.end));
    expect(index.entries()).toEqual([e2, e3, e1]);
    expect(index.size).toBe(3);
  });

  it('finds the entry at a caret position, the end offset included', () => {
    const block = paragraph('持有', '互联网', '营销师', '证书');
    const index = new RangeIndex<IndexedRange>();
    const e = entry(block, 2, 8);
    index.add(e, nodesOf(block, 2, 8));
    expect(index.at(block.nodes[1]!, 0)).toBe(e);
    expect(index.at(block.nodes[2]!, 2)).toBe(e);
    expect(index.at(block.nodes[2]!, 3)).toBe(e);
    expect(index.at(block.nodes[0]!, 1)).toBeUndefined();
    expect(index.at(block.nodes[3]!, 0)).toBeUndefined();
    index.delete(e);
    expect(index.at(block.nodes[1]!, 0)).toBeUndefined();
  });

  it('moves to the next and previous entry, from an entry or a position, with or without wrapping', () => {
    const block = paragraph('互联网营销师，全媒体运营师，互联网营销师');
    const index = new RangeIndex<IndexedRange>();
    const es = [entry(block, 0, 6), entry(block, 7, 13), entry(block, 14, 20)];
    for (const e of es) index.add(e, block.nodes);
    expect(index.next()).toBe(es[0]);
    expect(index.previous()).toBe(es[2]);
    expect(index.next(es[0])).toBe(es[1]);
    expect(index.next(es[2])).toBeUndefined();
    expect(index.next(es[2], true)).toBe(es[0]);
    expect(index.previous(es[0], true)).toBe(es[2]);
    expect(index.next({ node: block.nodes[0]!, offset: 6 })).toBe(es[1]);
    expect(index.previous({ node: block.nodes[0]!, offset: 7 })).toBe(es[0]);
  });

  it('tells its listeners once per committed batch of changes', () => {
    const block = paragraph('全媒体运营师');
    const index = new RangeIndex<IndexedRange>();
    const listener = vi.fn();
    const off = index.onChange(listener);
    index.add(entry(block, 0, 6), block.nodes);
    index.add(entry(block, 0, 3), block.nodes);
    expect(index.commit()).toBe(true);
    expect(index.commit()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    index.clear();
    index.commit();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(index.size).toBe(0);
  });
});
