// Where a term may START in a subtree's text (its textContent), when that text is read without
// knowing which parts a reader sees. textContent keeps the text of hidden elements (display:none,
// <script>, ruby annotations), and the engine reads through hidden text (全媒体<span hidden>…</span>运营师
// is a mention), so a term the reader sees joined can stand in textContent with any text between
// its pieces. The page engine visits a subtree only where a term can start (see page-engine.ts,
// #advanceText); this module says where.
//
// Chinese names, in a text read to its end (`open` false): a position counts when the name's first
// character stands there and its other characters follow in order, each at most MAX_HIDDEN_GAP
// characters after the one before (the hidden text between two pieces of a word is a few
// characters in practice). Without that bound every 全 and 互 of a long page would count whenever a
// name stands anywhere after it. Only first characters before the name's rarest other character
// on the page (its anchor) are tried. English names: the first word stands there and the other
// letters follow in order anywhere after it (checked for all positions at once: the last
// completable start, found by reading the name backwards with lastIndexOf, bounds them all). In a
// text that may go on (`open`), every first piece counts. Codes are never split by markup (the
// per-node trigger assumes so too): they count where they stand whole.
//
// Chinese work types (直播销售员, 视频创推员, 选品员) count in a text read to its end (`open` false)
// only where they stand whole in it, which they do when markup splits them (直播<b>销售员</b>):
// their first characters (直, 视, 选) are everyday characters and the rest of them almost always
// follows somewhere on a long page, so the subsequence test would flag nearly every 直 and 视. The
// price: a work type split by HIDDEN text, in a part of the page where nothing else may start, is
// not found; a work type only counts next to its certificate's name or a certificate word anyway,
// and a name nearby is found and brings the work type's block with it.
import { TRADITIONAL, writtenSpellings, type NameTerm } from '../../data/names';
import { INVISIBLE_CLASS } from './fold';
import { spellingPattern } from './term-pattern';
import { lazy } from '../lazy';

interface Gapped {
  /** Chinese: the forms of the first character. English: the first word, lower case. */
  first: string[];
  /** The characters after the first piece, each as the strings it may be written as. */
  rest: string[][];
}

/** A Chinese name: its rest also as UTF-16 codes, to check a name standing whole in place. */
interface GappedName extends Gapped {
  restCodes: number[][];
}

/**
 * What the search is made of, derived from the terms as plain data, so that the content script can
 * take it precomputed (data/matcher-plan.generated.ts) instead of deriving it on every page load.
 */
export interface StartsPlan {
  /** Chinese names: each character's forms. */
  zh: { first: string[]; rest: string[][] }[];
  /** English names: the first word (lower case) and the letters of the other words. */
  en: { first: string; rest: string }[];
  /** Codes where they stand whole, as one source (flags g); null when there are none. */
  codes: string | null;
  /** Chinese work types where they stand whole, as one source (flags g); null when there are none. */
  whole: string | null;
  /** The same work types as gapped terms, for a text that may go on. */
  wholeOpen: { first: string[]; rest: string[][] }[];
}

const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);

/** The plan of the search for the triggering `terms` (see compileGappedStarts). */
export function planGappedStarts(terms: readonly NameTerm[]): StartsPlan {
  const plan: StartsPlan = { zh: [], en: [], codes: null, whole: null, wholeOpen: [] };
  const codes: string[] = [];
  const whole: string[] = [];
  for (const term of terms) {
    for (const spelling of writtenSpellings(term)) {
      if (/^[0-9]/.test(spelling)) codes.push(spellingPattern(spelling, 'zh'));
      else if (term.lang === 'zh' && term.kind !== 'name') {
        const chars = [...spelling].map((c) => [c, ...(TRADITIONAL[c] ?? '')]);
        // Invisible characters inside do not hide it (as for the per-node trigger).
        whole.push(chars.map((forms) => (forms.length === 1 ? forms[0] : `[${forms.join('')}]`)).join(`[${INVISIBLE_CLASS}]*`));
        plan.wholeOpen.push({ first: chars[0]!, rest: chars.slice(1) });
      } else if (term.lang === 'zh') {
        const chars = [...spelling].map((c) => [c, ...(TRADITIONAL[c] ?? '')]);
        // nearStarts counts gaps in UTF-16 units, one per character: every form must be one (CJK names are).
        if (chars.flat().some((f) => f.length !== 1)) throw new Error(`gapped starts: ${spelling} has a character beyond one UTF-16 unit`);
        plan.zh.push({ first: chars[0]!, rest: chars.slice(1) });
      } else {
        const words = spelling.split(/[\s-]+/);
        plan.en.push({ first: words[0]!.toLowerCase(), rest: words.slice(1).join('') });
      }
    }
  }
  if (codes.length > 0) plan.codes = codes.join('|');
  if (whole.length > 0) plan.whole = whole.join('|');
  return plan;
}

/**
 * Compiles the triggering terms. The result maps a text to the sorted offsets where one of them may
 * start; with `open`, the text may go on after its end (a subtree whose continuation is unknown), so
 * every first piece counts.
 */
export function compileGappedStarts(terms: readonly NameTerm[]): (text: string, open: boolean) => number[] {
  return gappedStarts(planGappedStarts(terms));
}

/** The search of compileGappedStarts, from its plan. */
export function gappedStarts(plan: StartsPlan): (text: string, open: boolean) => number[] {
  const zh: GappedName[] = plan.zh.map(({ first, rest }) => ({ first, rest, restCodes: rest.map((forms) => forms.map((f) => f.charCodeAt(0))) }));
  const en: Gapped[] = plan.en.map(({ first, rest }) => ({ first: [first], rest: [...rest].map((c) => [...new Set([c.toLowerCase(), c.toUpperCase()])]) }));
  // The first words as exact patterns (invisible characters inside): only for text that has any.
  const exactFirsts = lazy(() => en.map((g) => new RegExp(`(?<![A-Za-z])(?:${spellingPattern(g.first[0]!, 'en')})`, 'g')));
  const wholeOpen: Gapped[] = plan.wholeOpen;
  const codeRe = plan.codes !== null ? new RegExp(plan.codes, 'g') : null;
  const wholeRe = plan.whole !== null ? new RegExp(plan.whole, 'g') : null;
  const words = [...new Set(en.map((g) => g.first[0]!))].sort((a, b) => b.length - a.length);
  const enPlain = words.length > 0 ? new RegExp(`(?<![A-Za-z])(?:${words.join('|')})`, 'gi') : null;

  return (text, open) => {
    // Each search gives its places in ascending order (a run); the runs are merged at the end.
    const runs: number[][] = [];
    // Where each character occurs last in the whole text (most answers need no other search).
    const last = new Map<string, number>();
    const bound = (g: Gapped) => (open ? Infinity : lastCompletable(text, g.rest, last));
    const present = (forms: string[]) => forms.some((f) => text.includes(f));

    if (!open) {
      // Read to its end: names whose pieces stand at most MAX_HIDDEN_GAP apart.
      const positions = new Map<string, number[]>();
      for (const g of zh) if (present(g.first)) runs.push(nearStarts(text, g, positions));
    }
    // A text that may go on: every first piece of a term counts (its rest may follow after the
    // end), for work types too.
    if (open) runs.push(positionsOf(text, [...new Set([...zh, ...wholeOpen].flatMap((g) => g.first))], new Map()));
    if (wholeRe && !open) runs.push(everyMatch(wholeRe, text));

    const invisible = en.length > 0 && INVISIBLE.test(text);
    const enAny = en.length > 0 && (invisible || ((enPlain!.lastIndex = 0), enPlain!.test(text)));
    const enBounds = en.map((g) => (enAny ? bound(g) : -1));
    if (enBounds.some((b) => b >= 0)) {
      const searches = invisible ? exactFirsts() : [enPlain!];
      for (const re of searches) {
        const run: number[] = [];
        runs.push(run);
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const at = m.index;
          const end = at + m[0].length;
          const ok = invisible
            ? enBounds[searches.indexOf(re)]! >= end
            : en.some((g, i) => enBounds[i]! >= at + g.first[0]!.length && text.slice(at, at + g.first[0]!.length).toLowerCase() === g.first[0]);
          if (ok) run.push(at);
        }
      }
    }

    if (codeRe) runs.push(everyMatch(codeRe, text));
    return mergeRuns(runs);
  };
}

/**
 * The most characters that may stand between two pieces of a name (hidden text: display:none
 * elements, scripts, ruby annotations) for its first character to count as a possible start when
 * the whole text is read. Without a bound, every 全 and 互 of a long page would count whenever the
 * rest of a name follows anywhere after it (a news page with one name at its end: tens of thousands
 * of places, each costing a visit). Hidden text inside a word is a few characters in practice (a
 * ruby reading, anti-copy padding); a name split by more than this in a part of the page where
 * nothing else may start is not found (docs/engine.md, Known limits).
 */
export const MAX_HIDDEN_GAP = 64;

/** Ascending places of any of `forms` in `text` (remembered in `cache` per form). */
function positionsOf(text: string, forms: readonly string[], cache: Map<string, number[]>): number[] {
  const runs: number[][] = [];
  for (const form of forms) {
    let run = cache.get(form);
    if (!run) {
      run = [];
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) run.push(at);
      cache.set(form, run);
    }
    runs.push(run);
  }
  return runs.length === 1 ? runs[0]! : mergeRuns(runs);
}

/**
 * How often any of `forms` stands in `text`, counted up to `cap`. A form whose places are all
 * counted on the way has them remembered in `cache` (the anchor's places are then not searched
 * for again).
 */
function countUpTo(text: string, forms: readonly string[], cap: number, cache: Map<string, number[]>): number {
  let count = 0;
  for (const form of forms) {
    const known = cache.get(form);
    if (known) {
      count += known.length;
      continue;
    }
    const run: number[] = [];
    let at = text.indexOf(form);
    for (; at >= 0 && count < cap; at = text.indexOf(form, at + 1)) {
      run.push(at);
      count++;
    }
    if (at < 0) cache.set(form, run);
  }
  return count;
}

/**
 * The places where a Chinese name may start with each of its pieces at most MAX_HIDDEN_GAP
 * characters after the one before. Checked as: the k-th character after the first stands after
 * the one before and within k × (MAX_HIDDEN_GAP + 1) characters of the start (a little looser
 * than the rule, never stricter).
 *
 * Not every first character is tried (a news page has tens of thousands of 全 and 互): the name's
 * rarest other character on the page (its anchor) must stand within (its rank) × (gap + 1)
 * characters after a start, so only first characters that close before an anchor are tried.
 */
function nearStarts(text: string, g: GappedName, cache: Map<string, number[]>): number[] {
  const out: number[] = [];
  // The anchor: the rest's character with the fewest places (each counted only up to the fewest
  // so far, so frequent characters cost little).
  let anchor = -1;
  let fewest = 256;
  g.rest.forEach((forms, k) => {
    const n = countUpTo(text, forms, fewest, cache);
    if (n < fewest || anchor < 0) {
      anchor = k;
      fewest = n;
    }
  });
  if (fewest === 0) return out;
  const step = MAX_HIDDEN_GAP + 1;
  const span = (anchor + 1) * step;
  const firstStart = nextPlaces(text, g.first);
  const restIn = g.rest.map((forms) => nextPlaces(text, forms));
  const anchors = positionsOf(text, g.rest[anchor]!, cache);
  let tried = -1;
  for (const a of anchors) {
    // Starts in [a - span, a), each tried once across overlapping windows.
    const from = Math.max(tried + 1, a - span, 0);
    for (let i = firstStart(from, a); i >= 0; i = firstStart(i + 1, a)) {
      if (standsWhole(text, g.restCodes, i) || completes(restIn, i, step)) out.push(i);
    }
    tried = Math.max(tried, a - 1);
  }
  return out;
}

/**
 * Where any of `forms` first stands in text[from, to), or -1. Each form's next place is
 * remembered, so windows asked in ascending order (as the callers do) search the text natively
 * (indexOf), at most once per form and place: a window without the character costs nothing, and
 * a character far after it is not searched for again. A window before the last search is searched
 * anew. (Reading the windows character by character in script cost a first scan of a long page
 * about 1 ms, and 3 ms on a page full of 全 and 互.)
 */
function nextPlaces(text: string, forms: readonly string[]): (from: number, to: number) => number {
  // next[k]: the first place of forms[k] at or after searched[k] (-1: none).
  const next = forms.map(() => -1);
  const searched = forms.map(() => Infinity);
  return (from, to) => {
    let best = -1;
    for (let k = 0; k < forms.length; k++) {
      let at = next[k]!;
      if (from < searched[k]! || (at >= 0 && at < from)) {
        next[k] = at = text.indexOf(forms[k]!, from);
        searched[k] = from;
      }
      if (at >= 0 && at < to && (best < 0 || at < best)) best = at;
    }
    return best;
  };
}

/** Whether the rest (each character's forms as UTF-16 codes) stands right after `start`: most names do. */
function standsWhole(text: string, rest: readonly (readonly number[])[], start: number): boolean {
  for (let k = 0; k < rest.length; k++) if (!rest[k]!.includes(text.charCodeAt(start + 1 + k))) return false;
  return true;
}

/** Whether the rest (`restIn`: where each character stands next) may follow `start`: the k-th, within k × `step` of it. */
function completes(restIn: readonly ((from: number, to: number) => number)[], start: number, step: number): boolean {
  let lo = start;
  let hi = start;
  for (const placeIn of restIn) {
    hi += step;
    lo = placeIn(lo + 1, hi + 1);
    if (lo < 0) return false;
  }
  return true;
}

/** Where a (global) expression matches, every start, overlapping ones too, in ascending order. */
function everyMatch(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Ascending runs merged into one ascending list without repeats. Linear in their length: a page
 * can have tens of thousands of places, and sorting them cost more than finding them.
 */
function mergeRuns(runs: number[][]): number[] {
  let merged: number[] = [];
  for (const run of runs) {
    if (run.length === 0) continue;
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length || j < run.length) {
      const next = j >= run.length || (i < merged.length && merged[i]! <= run[j]!) ? merged[i++]! : run[j++]!;
      if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
    }
    merged = out;
  }
  return merged;
}

/**
 * The largest offset p such that `rest` (each step: the strings it may be written as) is a
 * subsequence of text[p…]; -1 when there is none. Greedy from the end: the latest place of the last
 * step, then the latest place of the one before it before that, and so on. `last`: where each
 * form occurs last in the whole text, filled on first need.
 */
function lastCompletable(text: string, rest: string[][], last: Map<string, number>): number {
  let pos = text.length;
  for (let k = rest.length - 1; k >= 0; k--) {
    if (pos <= 0) return -1;
    let best = -1;
    for (const form of rest[k]!) {
      let at = last.get(form);
      if (at === undefined) last.set(form, (at = text.lastIndexOf(form)));
      // Its last place is before `pos`, or it is not there at all: no search needed.
      best = Math.max(best, at < pos ? at : text.lastIndexOf(form, pos - 1));
    }
    if (best < 0) return -1;
    pos = best;
  }
  return pos;
}
