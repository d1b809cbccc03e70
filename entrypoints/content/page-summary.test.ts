import { describe, expect, it } from 'vitest';
import { summarize } from './page-summary';

const entry = (cert: 'internet-marketer' | 'all-media-operator', text: string, blockText: string, start: number) => ({
  cert,
  kind: 'name' as const,
  term: text,
  text,
  range: {} as StaticRange,
  root: document,
  block: { text: blockText },
  start,
  end: start + text.length,
});

describe('summarize', () => {
  it('lists mentions in document order with a little context', () => {
    const block = '据报道，互联网营销师是2020年发布的新职业，\n全媒體運營師则更早。';
    const s = summarize([entry('internet-marketer', '互联网营销师', block, 4), entry('all-media-operator', '全媒體運營師', block, 24)], 'example.com', true);
    expect(s.hostname).toBe('example.com');
    expect(s.mentions.map((m) => [m.index, m.cert, m.term])).toEqual([
      [0, 'internet-marketer', '互联网营销师'],
      [1, 'all-media-operator', '全媒體運營師'],
    ]);
    expect(s.mentions[0]!.context).toBe('据报道，互联网营销师是2020年发布的新职业，…');
    expect(s.mentions[1]!.context.startsWith('…')).toBe(true);
    expect(s.claims).toEqual([]);
  });

  it('caps the list per certificate and counts the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => entry('internet-marketer', '互联网营销师', '互联网营销师', 0 + i * 0));
    const s = summarize(many, 'a.test', true, 3);
    expect(s.mentions).toHaveLength(3);
    expect(s.moreMentions).toEqual({ 'internet-marketer': 2, 'all-media-operator': 0 });
  });
});
