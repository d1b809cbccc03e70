// Generated pages for the invariant fuzz: fast-check arbitraries for a DOM (as a plain JSON model
// that tests/fixtures/reliability-fuzz.js builds in the page) and the mutations applied to it
// while CertLens scans it. Element keys are the recipes of reliability-fuzz.js.
import fc from 'fast-check';

/** A text node, or an element by recipe key with its children (into its shadow root or frame for hosts and frames). */
export type ModelNode = string | { k: string; c?: ModelNode[] };

export type Moment = 'sync' | 'micro' | 'task' | 'raf' | 'idle' | 'later';

export interface Mutation {
  /**
   * remove-scanned (large pages only): removes the child of a long list that holds the last
   * mention CertLens highlighted, and some siblings after it: where its scan stands. reveal (small
   * pages only): shows a hidden element (its style or hidden attribute), as "展开全文" does.
   */
  op: 'append' | 'remove' | 'move' | 'set-data' | 'insert-data' | 'split' | 'editable' | 'remove-scanned' | 'reveal';
  /** When, after the previous step: synchronously, in a microtask, a task, a frame, idle time, 40 ms. */
  at: Moment;
  /** Pick among what exists at that moment (modulo the number of candidates). */
  i: number;
  j: number;
  text: string;
  sub: ModelNode;
}

export interface FuzzCase {
  tree: ModelNode[];
  ops: Mutation[];
  /** Built detached and inserted at once, or inserted child by child a task apart. */
  attach: 'whole' | 'pieces';
}

const INLINE = ['span', 'em', 'b', 'a', 'font', 'div-inline', 'span-contents'] as const;
const BLOCK = ['div', 'p', 'h2', 'section', 'span-block', 'span-inline-block', 'button'] as const;
const VOID = ['wbr', 'br', 'img', 'input'] as const;
/** Elements whose text is not reading text: form fields, SVG, inert script, style. */
const TEXT_ONLY = ['textarea', 'select', 'svg', 'script-plain', 'style', 'input'] as const;
const HIDDEN = ['span-none', 'span-hidden'] as const;
const EDITABLE = ['div-editable', 'span-editable'] as const;
const HOSTS = ['host-open', 'host-closed'] as const;

const NAMES = ['互联网营销师', '全媒体运营师'] as const;
const TRAD: Record<string, string> = { 联: '聯', 网: '網', 营: '營', 销: '銷', 师: '師', 体: '體', 运: '運' };

/**
 * Filler: job-ad words that cannot combine into a name, a work type, a direction, a code or an
 * English name (no dash, no Latin words, none of 直视流数创平选资).
 */
const FILLER = ['招聘', '要求', '持有', '证书', '优先', '的', '，', '。', ' ', '\n  ', '岗位', '经验', 'ab', '12', '年薪', '\u200b', '\u00ad', '\u3000'];

/** Near-misses (facts.md §4): not the certificates, or a name that the next word makes another word. */
const NEAR_MISSES = ['新媒体运营师', '网络营销师', '全媒体运营', '互联网营销', '营销师', '融媒体运营师', '全媒体运营师资培训', '互聯網營銷師資隊伍', '全媒体运营师资格', '全媒体 运营'];

/** Training-agency claims (the claim checker's business): their highlights must stay inside one block too. */
const CLAIMS = ['人社部颁发', '包过', '国家职业资格证书', '全国通用', '终身有效', '不过全额退费', '补贴3000元', '互联网营销师证书由人社部颁发，', '全媒体运营师包过，'];

/** What may stand inside a name: nothing mostly, invisible characters, or a space or line break (which breaks it). */
const GAP = fc.constantFrom('', '', '', '', '', '\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', ' ', '\n    ');

/** A name in simplified, traditional or mixed script, with gaps between its characters. */
const name = fc
  .tuple(fc.constantFrom(...NAMES), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.constantFrom('simplified', 'traditional', 'mixed'), fc.array(GAP, { minLength: 5, maxLength: 5 }))
  .map(([n, mix, script, gaps]) =>
    [...n]
      .map((c, i) => {
        const trad = script === 'traditional' || (script === 'mixed' && mix[i]);
        return (trad ? (TRAD[c] ?? c) : c) + (gaps[i] ?? '');
      })
      .join(''),
  );

const token = fc.oneof(
  { arbitrary: fc.constantFrom(...FILLER), weight: 5 },
  { arbitrary: name, weight: 3 },
  { arbitrary: fc.constantFrom(...NEAR_MISSES), weight: 1 },
  { arbitrary: fc.constantFrom(...CLAIMS), weight: 2 },
);

/** Text for one text node (possibly empty). */
export const text = fc.array(token, { maxLength: 4 }).map((t) => t.join(''));

interface Context {
  hidden: boolean;
  editable: boolean;
  frames: number;
}

/**
 * A mention (with filler around it) cut at random positions into pieces, each bare, in an inline
 * element, nested inline elements, followed by hidden text or an empty node, or in a block (which
 * makes it no longer a mention: the oracle knows).
 */
function splitMention(ctx: Context): fc.Arbitrary<ModelNode[]> {
  const wrap = fc.constantFrom('bare', 'bare', 'inline', 'nested', 'hidden-after', 'empty-after', 'block');
  return fc
    .record({
      before: fc.constantFrom('', ...FILLER),
      name,
      after: fc.constantFrom('', ...FILLER, '资格', '资料'),
      cuts: fc.uniqueArray(fc.nat(40), { minLength: 1, maxLength: 5 }),
      wraps: fc.array(wrap, { minLength: 6, maxLength: 6 }),
      tags: fc.array(fc.constantFrom(...INLINE), { minLength: 7, maxLength: 7 }),
    })
    .map(({ before, name, after, cuts, wraps, tags }) => {
      const whole = before + name + after;
      const at = [...new Set(cuts.map((c) => 1 + (c % (whole.length - 1))))].sort((a, b) => a - b);
      const pieces = [0, ...at].map((from, i) => whole.slice(from, at[i] ?? whole.length));
      return pieces.flatMap((p, i): ModelNode[] => {
        const w = wraps[i % wraps.length]!;
        switch (ctx.hidden && w === 'block' ? 'inline' : w) {
          case 'inline':
            return [{ k: tags[i % 7]!, c: [p] }];
          case 'nested':
            return [{ k: tags[i % 7]!, c: [{ k: tags[(i + 1) % 7]!, c: [p] }] }];
          case 'hidden-after':
            return [p, { k: 'span-none', c: ['隐藏的字'] }];
          case 'empty-after':
            return [p, '', { k: tags[i % 7]!, c: [] }];
          case 'block':
            return [{ k: 'span-block', c: [p] }];
          default:
            return [p];
        }
      });
    });
}

const memo = new Map<string, fc.Arbitrary<ModelNode[]>>();

/**
 * Children of an element `depth` levels above the leaves. Rules that keep one clear reading of every
 * page (and that reliability-fuzz.js keeps for its mutations too): no block, host or frame inside
 * hidden text, no host or frame inside an editable region, frames at most two deep.
 */
export function children(depth: number, ctx: Context, maxLength = 4): fc.Arbitrary<ModelNode[]> {
  const key = `${depth}|${ctx.hidden}|${ctx.editable}|${ctx.frames}|${maxLength}`;
  const known = memo.get(key);
  if (known) return known;
  const one = (a: fc.Arbitrary<ModelNode>) => a.map((n) => [n]);
  const el = (keys: readonly string[], inner: Context) =>
    fc.record({ k: fc.constantFrom(...keys), c: children(depth - 1, inner) }) as fc.Arbitrary<ModelNode>;
  const options: fc.WeightedArbitrary<ModelNode[]>[] = [
    { arbitrary: one(text), weight: 20 },
    { arbitrary: splitMention(ctx), weight: 15 },
    { arbitrary: one(fc.record({ k: fc.constantFrom(...VOID) }) as fc.Arbitrary<ModelNode>), weight: 5 },
    { arbitrary: one(fc.record({ k: fc.constantFrom(...TEXT_ONLY), c: fc.array(text, { maxLength: 2 }) }) as fc.Arbitrary<ModelNode>), weight: 5 },
  ];
  if (depth > 0) {
    options.push({ arbitrary: one(el(INLINE, ctx)), weight: 15 }, { arbitrary: one(el(HIDDEN, { ...ctx, hidden: true })), weight: 5 });
    if (!ctx.hidden) {
      options.push({ arbitrary: one(el(BLOCK, ctx)), weight: 15 }, { arbitrary: one(el(EDITABLE, { ...ctx, editable: true })), weight: 5 });
      if (!ctx.editable) {
        options.push({ arbitrary: one(el(HOSTS, ctx)), weight: 5 });
        if (ctx.frames < 2) options.push({ arbitrary: one(el(['frame'], { ...ctx, frames: ctx.frames + 1 })), weight: ctx.frames === 0 ? 2 : 1 });
      }
    }
  }
  const arb = fc.array(fc.oneof(...options), { maxLength }).map((lists) => lists.flat());
  memo.set(key, arb);
  return arb;
}

const TOP: Context = { hidden: false, editable: false, frames: 0 };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('append', 'remove', 'move', 'set-data', 'insert-data', 'split', 'editable'),
  at: fc.constantFrom('sync', 'micro', 'task', 'raf', 'idle', 'later'),
  i: fc.nat(10_000),
  j: fc.nat(10_000),
  text,
  sub: fc.oneof({ arbitrary: text as fc.Arbitrary<ModelNode>, weight: 1 }, { arbitrary: children(2, TOP, 2).map((c): ModelNode => ({ k: 'span', c })), weight: 1 }, { arbitrary: children(2, TOP, 2).map((c): ModelNode => ({ k: 'div', c })), weight: 1 }),
});

/**
 * Small pages also show hidden elements. (Large pages do not: CertLens watches at most 64 hidden
 * elements for a reveal, and a large page's hidden-split cards are more.)
 */
const smallPageMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: mutation, weight: 7 },
  { arbitrary: mutation.map((m): Mutation => ({ ...m, op: 'reveal' })), weight: 1 },
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  tree: children(3, TOP, 5),
  ops: fc.array(smallPageMutation, { maxLength: 6 }),
  attach: fc.constantFrom('whole', 'pieces'),
});

// ---- large pages ----------------------------------------------------------------------------
//
// The pages above are small: their text is read whole. A document or shadow root whose text is
// longer than WHOLE_WALK_TEXT takes the engine's other scan (utils/page/page-engine.ts,
// #advanceText): it reads the root's text once, finds where a trigger may start, skips subtrees
// that hold none of those places, walks small ones with offsets, splits large ones, and passes
// long lists (more than FEW_CHILDREN children) child by child, measuring runs of children with a
// Range, or text node by text node when hits are dense. These pages wrap the generated content in
// enough FILLER to take that scan, in the shapes it treats differently.

/** The engine's thresholds (page-engine.ts), here only to size the pages. */
const WHOLE_WALK_TEXT = 16384;
const SMALL_SUBTREE_TEXT = 1024;
/** Filler in a large page's root, at least: its text is longer than WHOLE_WALK_TEXT. */
const LARGE_FILLER = WHOLE_WALK_TEXT + 1200;

/**
 * FILLER text of at least `length` characters. Made from one generated number: a card of hundreds
 * of generated tokens would make generation slow and shrinking slower, and filler has nothing to
 * shrink (its text never takes part in a mention: FILLER cannot form a name, work type, direction,
 * code or claim word with anything, and holds none of the characters a name may start with).
 */
export function fillerText(seed: number, length: number): string {
  let x = (seed >>> 0) || 1;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += FILLER[(x >>> 16) % FILLER.length]!;
  }
  return out;
}

const CARD = ['p', 'div', 'section', 'span-block', 'h2'] as const;
const LIST = ['div', 'section', 'span-block'] as const;
const BLANK = fc.constantFrom('', '\n  ', ' ', '\u3000', '\n');

/** What a large page is made of, for the test's account of what the generator produced. */
export type LargeShape =
  | 'shadow-root' // the large root is an open shadow root (scanned when its host is added)
  | 'frame-document' // the large root is a frame's document, filled before CertLens's first scan
  | 'sparse-list' // more than 16 children, a few holding a hit: passed child by child
  | 'dense-list' // a hit in more than one child in four: walked text node by text node
  | 'few-large' // at most 16 children, each over 1024 chars: split into its children
  | 'inline-list' // a long list of text nodes and inline elements (one block of reading text)
  | 'nested-list' // a long list inside a long list
  | 'large-child' // a child of over 1024 chars holding generated content among filler
  | 'direct' // generated text nodes and inline elements straight in a long list
  | 'after' // generated content after the list
  | 'busy'; // a list whose scan takes several idle slices, mutated while it is scanned

interface Shaped {
  nodes: ModelNode[];
  shapes: LargeShape[];
}

/** A filler card (a block) or, in an inline list, a filler piece (text or an inline element). */
function fillerItem(mode: 'cards' | 'inline', seed: number, length: number): ModelNode {
  const text = fillerText(seed, length);
  const cut = Math.floor(text.length / 3);
  if (mode === 'inline') {
    switch (seed % 4) {
      case 0:
        return text;
      case 1:
        return { k: 'a', c: [text] };
      case 2:
        return { k: 'span', c: [{ k: 'b', c: [text] }] };
      default:
        return { k: 'em', c: [text] };
    }
  }
  const k = CARD[seed % CARD.length]!;
  switch (seed % 3) {
    case 0:
      return { k, c: [text] };
    case 1:
      return { k, c: [text.slice(0, cut), { k: 'b', c: [text.slice(cut, 2 * cut)] }, text.slice(2 * cut)] };
    default:
      return { k, c: [{ k: 'span', c: [text] }] };
  }
}

/** A card holding a name (cut at random positions, see splitMention) among a little filler. */
function mentionCard(ctx: Context): fc.Arbitrary<Shaped> {
  return fc
    .record({ k: fc.constantFrom(...CARD), seed: fc.nat(), m: splitMention(ctx), more: children(1, ctx, 2) })
    .map(({ k, seed, m, more }) => ({ nodes: [{ k, c: [fillerText(seed, seed % 40), ...m, ...more, fillerText(seed + 1, (seed >> 8) % 40)] }], shapes: [] }));
}

/** A child of over 1024 chars with generated content (often a name) among its filler. */
function largeChild(depth: number, ctx: Context): fc.Arbitrary<Shaped> {
  return fc
    .record({
      k: fc.constantFrom(...CARD),
      seed: fc.nat(),
      inside: fc.oneof(splitMention(ctx), children(Math.max(1, depth), ctx, 3)),
      more: fc.option(splitMention(ctx), { nil: undefined }),
    })
    .map(({ k, seed, inside, more }) => ({
      nodes: [{ k, c: [fillerText(seed, 400 + (seed % 500)), ...inside, fillerText(seed + 1, 700 + ((seed >> 9) % 500)), ...(more ?? [])] }],
      shapes: ['large-child'],
    }));
}

/** What goes among a list's filler: cards with names or generated content, nodes straight in the list, large children, lists. */
function insert(depth: number, ctx: Context): fc.Arbitrary<Shaped> {
  const plain = (a: fc.Arbitrary<ModelNode[]>, shapes: LargeShape[] = []) => a.map((nodes): Shaped => ({ nodes, shapes }));
  const options: fc.WeightedArbitrary<Shaped>[] = [
    { arbitrary: mentionCard(ctx), weight: 4 },
    { arbitrary: plain(fc.record({ k: fc.constantFrom(...CARD), c: children(2, ctx, 4) }).map((n) => [n as ModelNode])), weight: 3 },
    // Straight in the list: a name may run across adjacent children of the list.
    { arbitrary: plain(splitMention(ctx), ['direct']), weight: 3 },
    { arbitrary: plain(children(1, ctx, 3), ['direct']), weight: 2 },
    { arbitrary: largeChild(depth, ctx), weight: 2 },
  ];
  if (depth > 0) options.push({ arbitrary: list(depth - 1, ctx, 'nested'), weight: 2 });
  return fc.oneof(...options);
}

/** Puts each insert's nodes among the items (at its position modulo their number + 1, in order). */
function interleave(items: ModelNode[], inserts: { at: number; s: Shaped }[]): Shaped {
  const slots: ModelNode[][] = items.map(() => []);
  slots.push([]);
  const shapes: LargeShape[] = [];
  for (const { at, s } of inserts) {
    slots[at % slots.length]!.push(...s.nodes);
    shapes.push(...s.shapes);
  }
  const nodes: ModelNode[] = [];
  slots.forEach((slot, i) => {
    nodes.push(...slot);
    if (i < items.length) nodes.push(items[i]!);
  });
  return { nodes, shapes };
}

const listMemo = new Map<string, fc.Arbitrary<Shaped>>();

/**
 * A list element holding filler and generated content, of one of the shapes the engine treats
 * differently: sparse (30-120 filler children at the top, 17-40 nested, 1-5 inserts), dense (24-32
 * cards with a name among 17-48 filler children, so more than one child in four holds a hit) or
 * few-large (2-14 children of over 1024 chars, with the inserts inside them). Its filler adds up to
 * `role`'s share: enough for the whole root's text at the top, over 1024 chars nested.
 */
function list(depth: number, ctx: Context, role: 'top' | 'nested'): fc.Arbitrary<Shaped> {
  const key = `${depth}|${ctx.hidden}|${ctx.editable}|${ctx.frames}|${role}`;
  const known = listMemo.get(key);
  if (known) return known;
  const total = role === 'top' ? LARGE_FILLER : SMALL_SUBTREE_TEXT + 200;
  const at = fc.nat();
  const nested: LargeShape[] = role === 'nested' ? ['nested-list'] : [];
  /** `n` filler items of one length (cards, or inline pieces) adding up to `total`, with `inserts` among them. */
  const fillerList = (k: string, inline: boolean, n: number, seed: number, inserts: { at: number; s: Shaped }[], shape: LargeShape): Shaped => {
    const length = Math.ceil(total / n) + (seed % 120);
    const items = Array.from({ length: n }, (_, i) => fillerItem(inline ? 'inline' : 'cards', seed + i * 7919, length));
    const { nodes, shapes } = interleave(items, inserts);
    return { nodes: [{ k, c: nodes }], shapes: [...shapes, shape, ...(inline ? (['inline-list'] as const) : []), ...nested] };
  };
  const sparse = fc
    .record({
      k: fc.constantFrom(...LIST),
      inline: fc.boolean(),
      n: role === 'top' ? fc.integer({ min: 30, max: 120 }) : fc.integer({ min: 17, max: 40 }),
      seed: fc.nat(),
      inserts: fc.array(fc.record({ at, s: insert(depth, ctx) }), { minLength: 1, maxLength: 5 }),
    })
    .map(({ k, inline, n, seed, inserts }) => fillerList(k, inline, n, seed, inserts, 'sparse-list'));
  const dense = fc
    .record({
      k: fc.constantFrom(...LIST),
      inline: fc.boolean(),
      n: role === 'top' ? fc.integer({ min: 24, max: 48 }) : fc.integer({ min: 17, max: 24 }),
      seed: fc.nat(),
      names: fc.array(fc.record({ at, s: mentionCard(ctx) }), { minLength: 24, maxLength: 32 }),
      inserts: fc.array(fc.record({ at, s: insert(depth, ctx) }), { maxLength: 2 }),
    })
    .map(({ k, inline, n, seed, names, inserts }) => fillerList(k, inline, n, seed, [...names, ...inserts], 'dense-list'));
  const few = fc
    .record({
      k: fc.constantFrom(...LIST),
      n: role === 'top' ? fc.integer({ min: 2, max: 14 }) : fc.integer({ min: 2, max: 8 }),
      seed: fc.nat(),
      inside: fc.array(fc.record({ at, s: insert(depth, ctx) }), { minLength: 1, maxLength: 3 }),
      beside: fc.option(fc.record({ at, s: mentionCard(ctx) }), { nil: undefined }),
    })
    .map(({ k, n, seed, inside, beside }): Shaped => {
      const length = Math.max(Math.ceil(total / n), SMALL_SUBTREE_TEXT + 80) + (seed % 200);
      // Each large child: a block of a few filler pieces, with inserts among them.
      const cards = Array.from({ length: n }, (_, i): ModelNode[] => {
        const s = seed + i * 7919;
        const text = fillerText(s, length);
        const third = Math.floor(text.length / 3);
        return [text.slice(0, third), { k: 'span', c: [text.slice(third, 2 * third)] }, text.slice(2 * third)];
      });
      const shapes: LargeShape[] = ['few-large'];
      for (const { at: where, s } of inside) {
        const card = cards[where % n]!;
        card.splice(1 + ((where >> 4) % (card.length - 1)), 0, ...s.nodes);
        // Inside a large child, not straight in the list.
        shapes.push(...s.shapes.filter((x) => x !== 'direct'), 'large-child');
      }
      const items: ModelNode[] = cards.map((c, i) => ({ k: CARD[(seed + i) % CARD.length]!, c }));
      const { nodes } = interleave(items, beside ? [beside] : []);
      return { nodes: [{ k, c: nodes }], shapes: [...shapes, ...nested] };
    });
  const arb = fc.oneof({ arbitrary: sparse, weight: 5 }, { arbitrary: dense, weight: 3 }, { arbitrary: few, weight: 2 });
  listMemo.set(key, arb);
  return arb;
}

/**
 * A large root's content: the list, in 0-2 wrappers (blank text around a sole element), with
 * generated content before and after it sometimes (then the root has a few children).
 */
function largeContent(ctx: Context): fc.Arbitrary<Shaped> {
  const wrapper = fc.record({ k: fc.constantFrom('div', 'section', 'span-block'), before: BLANK, after: BLANK });
  return fc
    .record({
      main: list(1, ctx, 'top'),
      wrappers: fc.array(wrapper, { maxLength: 2 }),
      before: fc.oneof({ arbitrary: fc.constant([] as ModelNode[]), weight: 3 }, { arbitrary: children(1, ctx, 2), weight: 1 }),
      after: fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: children(2, ctx, 3).map((c): Shaped => ({ nodes: c, shapes: [] })), weight: 1 }, { arbitrary: mentionCard(ctx), weight: 1 }),
    })
    .map(({ main, wrappers, before, after }): Shaped => {
      let nodes = main.nodes;
      for (const w of wrappers) nodes = [{ k: w.k, c: [w.before, ...nodes, w.after] }];
      return {
        nodes: [...before, ...nodes, ...(after?.nodes ?? [])],
        shapes: [...main.shapes, ...(after && after.nodes.length > 0 ? (['after'] as const) : [])],
      };
    });
}

/** Cards with a name (or a near-miss or claim) for the busy list: whole, split, hidden-split, traditional. */
function busyCard(i: number, seed: number): ModelNode {
  const f = fillerText(seed + i, (seed + i) % 12);
  switch ((seed + i) % 6) {
    case 0:
      return { k: 'p', c: [f, '持有', { k: 'b', c: ['全媒体'] }, '运营师证书'] };
    case 1:
      return { k: 'div', c: ['互联网营销师', f] };
    case 2:
      return { k: 'p', c: [f, '全媒体', { k: 'span-none', c: ['隐藏的字'] }, '运营師'] };
    case 3:
      return { k: 'section', c: ['招聘', { k: 'em', c: ['互聯網'] }, '\u200b營銷师', f] };
    case 4:
      return { k: 'p', c: [f, '全媒体运营师资培训'] };
    default:
      return { k: 'div', c: ['互联网营销师证书由人社部颁发，', f] };
  }
}

/**
 * A list of 800-1600 cards, one in 2-6 with a name: the blocks to build make its scan last several
 * idle slices, and its mutations (at a task, a frame or idle time) land between them, so the scan
 * goes on with a page that changed since it read the root's text.
 */
function busyContent(ctx: Context): fc.Arbitrary<Shaped> {
  return fc
    .record({
      k: fc.constantFrom(...LIST),
      n: fc.integer({ min: 800, max: 1600 }),
      every: fc.integer({ min: 2, max: 6 }),
      seed: fc.nat(),
      inserts: fc.array(fc.record({ at: fc.nat(), s: insert(0, ctx) }), { minLength: 1, maxLength: 4 }),
      after: children(2, ctx, 3),
    })
    .map(({ k, n, every, seed, inserts, after }): Shaped => {
      const length = Math.ceil(LARGE_FILLER / (n - Math.ceil(n / every))) + (seed % 8);
      const items = Array.from({ length: n }, (_, i) => (i % every === seed % every ? busyCard(i, seed) : fillerItem('cards', seed + i * 7919, length)));
      const { nodes, shapes } = interleave(items, inserts);
      return { nodes: [{ k, c: nodes }, ...after], shapes: [...shapes, 'busy'] };
    });
}

/**
 * Mutations while a busy list is scanned: after a task, a frame or idle time (between the scan's
 * slices), half of them removing what the scan stands on (remove-scanned: the page reads how far
 * the scan got from its own CSS.highlights, as any page can).
 */
const midScanOps = fc.array(
  fc
    .tuple(mutation, fc.constantFrom<Moment>('task', 'raf', 'idle', 'idle'), fc.boolean())
    .map(([m, at, scanned]): Mutation => ({ ...m, at, ...(scanned ? { op: 'remove-scanned' as const } : {}) })),
  { minLength: 2, maxLength: 6 },
);

export interface LargeFuzzCase extends FuzzCase {
  /** What the page is made of (for the test's account; the page ignores it). */
  shapes: LargeShape[];
}

/**
 * A large page: generated content among 17,000+ chars of filler in an open shadow root (scanned
 * when its host is added) or in a frame whose document is filled while it is parsed (scanned from
 * its document, as a page that loads with its content). A little generated content may stand
 * beside it in the page; the mutations are the same as for small pages.
 */
export const largeFuzzCase: fc.Arbitrary<LargeFuzzCase> = fc.oneof(
  {
    weight: 7,
    arbitrary: fc
      .record({
        content: fc.oneof(
          { arbitrary: largeContent(TOP).map((c) => ({ mount: 'shadow-root' as const, ...c })), weight: 2 },
          { arbitrary: largeContent({ ...TOP, frames: 1 }).map((c) => ({ mount: 'frame-document' as const, ...c })), weight: 1 },
        ),
        beside: fc.oneof({ arbitrary: fc.constant([] as ModelNode[]), weight: 2 }, { arbitrary: children(1, TOP, 2), weight: 1 }),
        ops: fc.array(mutation, { maxLength: 6 }),
        attach: fc.constantFrom('whole', 'pieces'),
      })
      .map(({ content, beside, ops, attach }): LargeFuzzCase => {
        const root: ModelNode = { k: content.mount === 'shadow-root' ? 'host-open' : 'frame-preload', c: content.nodes };
        return { tree: [...beside, root], ops, attach, shapes: [content.mount, ...new Set(content.shapes)] };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        content: fc.oneof(
          busyContent(TOP).map((c) => ({ mount: 'shadow-root' as const, ...c })),
          busyContent({ ...TOP, frames: 1 }).map((c) => ({ mount: 'frame-document' as const, ...c })),
        ),
        ops: midScanOps,
      })
      .map(({ content, ops }): LargeFuzzCase => ({
        tree: [{ k: content.mount === 'shadow-root' ? 'host-open' : 'frame-preload', c: content.nodes }],
        ops,
        attach: 'whole',
        shapes: [content.mount, ...new Set(content.shapes)],
      })),
  },
);
