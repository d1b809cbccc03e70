// Finds certificate mentions in a block of text (pure: no DOM). The page engine feeds it the text of
// one block at a time (inline elements joined, never across blocks) and maps the spans it returns
// back to the page's nodes. Rules, from facts.md §4 and the issue:
// - names (互联网营销师, 全媒体运营师, codes) always count, in simplified or traditional script, with
//   invisible characters or whitespace inside;
// - work types, directions and English names count only with context (see data/names.ts CountsWhen);
// - a near-miss that contains a candidate and extends it (全媒体运营师资, 大数据分析) drops it.
import {
  CONTEXT_KEYWORDS,
  CONTEXT_WINDOW,
  NAME_TERMS,
  writtenSpellings,
  type MentionKind,
  type NameTerm,
} from '../../data/names';
import type { CertId } from '../../data/types';
import { foldChar, isInvisible, keyOf } from './fold';
import { compileBatchTrigger, UNUSUAL, type BatchTrigger } from './batch-trigger';
import { gappedStarts } from './gapped-starts';
import { lazy } from '../lazy';
import { COMPILING_TEXT, compileAhead, toRegExp } from '../regexp';
import { spellingPattern, tailPrefixSources } from './term-pattern';
import { triggers, type MatcherPlan } from './matcher-plan';
import { MATCHER_PLAN } from '../../data/matcher-plan.generated';

/** One mention in a block's text: [start, end) in UTF-16 code units of that text. */
export interface MentionSpan {
  start: number;
  end: number;
  cert: CertId;
  /** The canonical term (simplified Chinese or lower-case English), whatever the page wrote. */
  term: string;
  kind: MentionKind;
}

export interface MentionMatcher {
  /**
   * Cheap test for ONE text node: does it contain a candidate, or end with the beginning of one
   * (so that the following inline text may complete it)? False means the node can be skipped.
   * Terms that need their certificate's name nearby (directions, 平台管理员) do not fire: a block
   * where they count has the name in it, and the name fires.
   */
  triggers(data: string): boolean;
  /**
   * The same test for many nodes at once: `joined` holds their texts, each followed by
   * NODE_SEPARATOR; `flag` is called with an offset inside every node that passes and returns
   * where to go on (the next node). One search per few hundred nodes instead of one per node, with
   * plain strings where possible (batch-trigger.ts), is what keeps a page scan near a bare walk.
   */
  readonly triggerBatch: BatchTrigger;
  /**
   * For skipping whole subtrees: the sorted offsets in a subtree's text (textContent, hidden text
   * included) where a term that may be split across nodes could start, whatever hidden text stands
   * between its pieces (gapped-starts.ts). `open`: the text may go on after its end.
   */
  subtreeStarts(text: string, open: boolean): number[];
  /**
   * For a node that passes only because it ends with the beginning of a term (`tail`: 全 of 安全,
   * 直播 of 互动直播): whether the text right after it, beginning with the character `next`, may go
   * on with that term ('' when nothing follows). Only a character that can go on with none of the
   * terms the tail (or a shorter end of it) begins says no: an invisible character or a space
   * says yes, as the engine cannot tell from one character what it hides.
   */
  mayContinue(tail: string, next: string): boolean;
  /** Every mention in a block of text, in order. */
  find(text: string): MentionSpan[];
  /**
   * Builds (and compiles) now the search every page's scan uses (the node test: triggers,
   * triggerBatch), which is otherwise built on first use: for a caller that wants that cost in a
   * task of its choosing. The content script does it in the task after its evaluation, before its
   * engine starts. subtreeStarts is left to its first use: only long texts (a root over 16,384
   * characters, a large change) and changes need it, and most frames have neither.
   */
  warm(): void;
}

/** Separates node texts for batchTrigger (the HTML parser never leaves a NUL in text). */
export const NODE_SEPARATOR = '\0';

interface Spelling {
  term: NameTerm;
  /** Lookup key of this spelling (folded, no separators). */
  key: string;
}

const LETTER = /[A-Za-z]/;
const DIGIT = /[0-9]/;

/**
 * `plan`: what the matcher is made of, derived from these same terms (matcher-plan.ts). The names'
 * plan comes precomputed (data/matcher-plan.generated.ts), so the content script carries none of
 * the code that derives it.
 */
export function compileMatcher(
  terms: readonly NameTerm[] = NAME_TERMS,
  plan: MatcherPlan = MATCHER_PLAN,
  keywords: Readonly<Record<'zh' | 'en', readonly string[]>> = CONTEXT_KEYWORDS,
  window = CONTEXT_WINDOW,
): MentionMatcher {
  // Terms that only count next to their certificate's name never need to start a block's
  // analysis: the name's own text node does (directions are everyday job words, 直播运营 is in
  // every other job title, so this keeps the engine from analyzing blocks for nothing).
  const triggering = terms.filter(triggers);
  // The exact expressions are long: built (and compiled by the browser) only for text that needs
  // them (see batch-trigger.ts); most pages never do.
  const exact = lazy(() => {
    const sources: { source: string; length: number; triggers: boolean }[] = [];
    for (const term of terms)
      for (const s of writtenSpellings(term)) sources.push({ source: spellingPattern(s, term.lang, term.plural), length: s.length, triggers: triggers(term) });
    // Longest first, so that at one position the longer spelling wins.
    sources.sort((a, b) => b.length - a.length);
    return {
      find: new RegExp(sources.map((s) => s.source).join('|'), 'g'),
      trigger: new RegExp([...sources.filter((s) => s.triggers).map((s) => s.source), ...tailPrefixSources(triggering)].join('|'), 'g'),
    };
  });
  // The searches are built and compiled on first use, each on its own: the content script is
  // evaluated in one task on every page load, and building them there made that task the longest
  // of our code (over half of it on a slow day). Every scan tests nodes (triggerBatch): `warm()`
  // builds that where the content script chooses. A long root's scan first searches its text
  // (subtreeStarts), and `find` is needed only once a block is built, which most pages never do.
  // Compiled when built, on a long text (the cheap way, see COMPILING_TEXT): a small page's first
  // test would otherwise compile them twice, for V8's interpreter and then to machine code.
  const fastFind = lazy(() => {
    const searches = plan.find.map(toRegExp);
    compileAhead(searches);
    return searches;
  });
  const batch = lazy(() => {
    const trigger = compileBatchTrigger(plan.trigger.map(toRegExp), () => exact().trigger);
    trigger(`${COMPILING_TEXT}\0`, (_offset, end) => end);
    return trigger;
  });
  const starts = lazy(() => {
    const search = gappedStarts(plan.starts);
    search(COMPILING_TEXT, false);
    return search;
  });
  const triggerBatch: BatchTrigger = (joined, flag) => batch()(joined, flag);
  const subtreeStarts = (text: string, open: boolean) => starts()(text, open);
  // What judging a candidate needs. Built on first use: the content script starts on every page,
  // and most pages never hold a candidate.
  const tables = lazy(() => ({
    byKey: new Map(plan.spellings.map(([key, index]): [string, Spelling] => [key, { term: terms[index]!, key }])),
    vetoes: new Map(plan.vetoes),
  }));
  // Every beginning of a triggering spelling (folded, separators dropped), for mayContinue: only
  // appended nodes are asked, so only pages that change build it.
  const beginnings = lazy(() => {
    const out = new Set<string>();
    for (const [key, index] of plan.spellings) if (triggers(terms[index]!)) for (let n = 1; n <= key.length; n++) out.add(key.slice(0, n));
    return out;
  });
  const byRaw = new Map<string, Spelling>();

  const keywordPattern = (list: readonly string[], lang: 'zh' | 'en') =>
    new RegExp(list.map((k) => spellingPattern(k, lang)).join('|'), 'g');
  const keywordPatterns = lazy(() => [keywordPattern(keywords.zh, 'zh'), keywordPattern(keywords.en, 'en')]);

  /** Folded characters of `text` read backwards from `from` (exclusive), skipping separators. */
  function readBack(text: string, from: number, count: number): string {
    let out = '';
    for (let i = from - 1; i >= 0 && out.length < count; i--) {
      const f = foldChar(text[i]!);
      if (f !== '' && f !== ' ') out = f + out;
    }
    return out;
  }
  /** Folded characters of `text` from `from` on, skipping separators; also where reading stopped. */
  function readOn(text: string, from: number, count: number): { chars: string; next: number } {
    let out = '';
    let i = from;
    for (; i < text.length && out.length < count; i++) {
      const f = foldChar(text[i]!);
      if (f !== '' && f !== ' ') out += f;
    }
    return { chars: out, next: i };
  }

  function vetoed(text: string, start: number, end: number, key: string): boolean {
    for (const v of tables().vetoes.get(key) ?? []) {
      if (v.before && readBack(text, start, v.before.length) !== v.before) continue;
      const after = readOn(text, end, v.after.length);
      if (v.after && after.chars !== v.after) continue;
      const following = (n: number) => readOn(text, v.after ? after.next : end, n).chars;
      if (v.unlessFollowedBy.some((u) => following(u.length) === u)) continue;
      return true;
    }
    return false;
  }

  /** English words must stand alone; codes must not be part of a longer number. */
  function standsAlone(text: string, start: number, end: number, term: NameTerm): boolean {
    const before = prevVisible(text, start);
    const after = nextVisible(text, end);
    if (term.lang === 'en') return !LETTER.test(before) && !LETTER.test(after);
    if (DIGIT.test(term.term[0]!)) {
      const dashDigit = (i: number) => /[-\u2010-\u2014\uFF0D]/.test(text[i] ?? '') && DIGIT.test(text[i + 1] ?? '');
      const digitDash = (i: number) => /[-\u2010-\u2014\uFF0D]/.test(text[i] ?? '') && DIGIT.test(text[i - 1] ?? '');
      return !DIGIT.test(before) && !DIGIT.test(after) && !dashDigit(end) && !digitDash(start - 1);
    }
    return true;
  }

  function lookup(matched: string): Spelling | undefined {
    // Pages mostly write a term one way: remember each raw form once folded. A name written as
    // in the data is its own key (keys fold to themselves: matcher-plan.test.ts), and needs no fold.
    const { byKey } = tables();
    let spelling = byRaw.get(matched) ?? byKey.get(matched);
    if (spelling) return spelling;
    const key = keyOf(matched);
    spelling = byKey.get(key) ?? (/s$/.test(key) ? byKey.get(key.slice(0, -1)) : undefined);
    if (spelling && byRaw.size < 1000) byRaw.set(matched, spelling);
    return spelling;
  }

  const near = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    Math.max(0, b.start - a.end, a.start - b.end) <= window;

  function keywordSpans(text: string): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (const re of keywordPatterns()) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  return {
    triggers(data) {
      let hit = false;
      triggerBatch(data + NODE_SEPARATOR, () => {
        hit = true;
        return Infinity;
      });
      return hit;
    },

    triggerBatch,

    subtreeStarts,

    warm() {
      batch();
    },

    mayContinue(tail, next) {
      if (next === '') return false;
      const c = foldChar(next);
      if (c === '' || c === ' ') return true;
      const key = keyOf(tail);
      const begins = beginnings();
      for (let i = 0; i < key.length; i++) if (begins.has(key.slice(i) + c)) return true;
      return false;
    },

    find(text) {
      const candidates: { start: number; end: number; spelling: Spelling }[] = [];
      for (const findAll of UNUSUAL.test(text) ? [exact().find] : fastFind()) {
        findAll.lastIndex = 0;
        for (let m = findAll.exec(text); m; m = findAll.exec(text)) {
          const start = m.index;
          const end = start + m[0].length;
          const spelling = lookup(m[0]);
          if (!spelling) continue;
          if (!standsAlone(text, start, end, spelling.term)) continue;
          if (vetoed(text, start, end, spelling.key)) continue;
          candidates.push({ start, end, spelling });
        }
      }
      // The Chinese and the English search each give their matches in order; merge them.
      candidates.sort((a, b) => a.start - b.start);
      if (candidates.length === 0) return [];

      const accepted = candidates.filter((c) => c.spelling.term.counts === 'always');
      const pending = candidates.filter((c) => c.spelling.term.counts !== 'always');
      if (pending.length > 0) {
        let keywordsFound: { start: number; end: number }[] | undefined;
        const hasKeyword = (c: { start: number; end: number }) => (keywordsFound ??= keywordSpans(text)).some((k) => near(c, k));
        const hasName = (c: (typeof candidates)[number]) =>
          accepted.some((a) => a.spelling.term.kind === 'name' && a.spelling.term.cert === c.spelling.term.cert && near(a, c));
        // Names first (an English name in context then gives context to the work types near it).
        const order = [...pending].sort((a, b) => Number(b.spelling.term.kind === 'name') - Number(a.spelling.term.kind === 'name'));
        for (const c of order) {
          const ok = c.spelling.term.counts === 'with-name' ? hasName(c) : hasName(c) || hasKeyword(c);
          if (ok) accepted.push(c);
        }
        accepted.sort((a, b) => a.start - b.start);
      }
      return accepted.map(({ start, end, spelling: { term } }) => ({ start, end, cert: term.cert, term: term.term, kind: term.kind }));
    },
  };
}

function prevVisible(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) if (!isInvisible(text[i]!)) return text[i]!;
  return '';
}

function nextVisible(text: string, at: number): string {
  for (let i = at; i < text.length; i++) if (!isInvisible(text[i]!)) return text[i]!;
  return '';
}

/** The matcher for the names in data/names.ts. */
export const mentionMatcher: MentionMatcher = compileMatcher();
