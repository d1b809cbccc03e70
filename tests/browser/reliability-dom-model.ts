// Generated pages for the invariant fuzz: fast-check arbitraries for a DOM (as a plain JSON model
// that tests/fixtures/reliability-fuzz.js builds in the page) and the mutations applied to it
// while CertLens scans it. Element keys are the recipes of reliability-fuzz.js.
import fc from 'fast-check';

/** A text node, or an element by recipe key with its children (into its shadow root or frame for hosts and frames). */
export type ModelNode = string | { k: string; c?: ModelNode[] };

export type Moment = 'sync' | 'micro' | 'task' | 'raf' | 'idle' | 'later';

export interface Mutation {
  op: 'append' | 'remove' | 'move' | 'set-data' | 'insert-data' | 'split' | 'editable';
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

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  tree: children(3, TOP, 5),
  ops: fc.array(mutation, { maxLength: 6 }),
  attach: fc.constantFrom('whole', 'pieces'),
});
