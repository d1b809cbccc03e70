// Where a term may START in a subtree's text (its textContent), when that text is read without
// knowing which parts a reader sees. textContent keeps the text of hidden elements (display:none,
// <script>, ruby annotations), and the engine reads through hidden text (全媒体<span hidden>…</span>运营师
// is a mention), so a term the reader sees joined can stand in textContent with any text between
// its pieces. The page engine visits a subtree only where a term can start (see page-engine.ts,
// #advanceText); this module says where.
//
// Sound, not exact: a position counts when the term's first character (for English, its whole first
// word, as the per-node trigger wants it) stands there and the term's other characters all follow
// in order somewhere after it. Checked for all positions at once: a start that can be completed
// from a later position can also be completed from an earlier one, so the last completable start
// (found by reading the term backwards from the end with lastIndexOf) bounds them all. Codes are
// never split by markup (the per-node trigger assumes so too): they count where they stand whole.
import { TRADITIONAL, type NameTerm } from '../../data/names';
import { INVISIBLE_CLASS } from './fold';
import { spellingPattern } from './term-pattern';

interface Gapped {
  /** Chinese: the forms of the first character. English: the first word, lower case. */
  first: string[];
  /** English: the first word as an exact pattern (invisible characters inside). */
  exactFirst?: RegExp;
  /** The characters after the first piece, each as the strings it may be written as. */
  rest: string[][];
}

const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);

/**
 * Compiles the triggering terms. The result maps a text to the sorted offsets where one of them may
 * start; with `open`, the text may go on after its end (a subtree whose continuation is unknown), so
 * every first piece counts.
 */
export function compileGappedStarts(terms: readonly NameTerm[]): (text: string, open: boolean) => number[] {
  const zh: Gapped[] = [];
  const en: Gapped[] = [];
  const codes: string[] = [];
  for (const term of terms) {
    for (const spelling of [term.term, ...(term.aliases ?? [])]) {
      if (/^[0-9]/.test(spelling)) codes.push(spellingPattern(spelling, 'zh'));
      else if (term.lang === 'zh') {
        const chars = [...spelling].map((c) => [c, ...(TRADITIONAL[c] ?? '')]);
        zh.push({ first: chars[0]!, rest: chars.slice(1) });
      } else {
        const words = spelling.split(/[\s-]+/);
        const letters = [...words.slice(1).join('')];
        en.push({
          first: [words[0]!.toLowerCase()],
          exactFirst: new RegExp(`(?<![A-Za-z])(?:${spellingPattern(words[0]!, 'en')})`, 'g'),
          rest: letters.map((c) => [...new Set([c.toLowerCase(), c.toUpperCase()])]),
        });
      }
    }
  }
  const codeRe = codes.length > 0 ? new RegExp(codes.join('|'), 'g') : null;
  // One search for the first characters of the Chinese terms that can still be completed, compiled
  // per set of such terms on first need (a page usually leaves one or two of them).
  const zhSearches = new Map<string, RegExp>();
  const zhSearch = (live: Gapped[]) => {
    const chars = [...new Set(live.flatMap((g) => g.first))].join('');
    let re = zhSearches.get(chars);
    if (!re) zhSearches.set(chars, (re = new RegExp(`[${chars}]`, 'g')));
    return re;
  };
  const words = [...new Set(en.map((g) => g.first[0]!))].sort((a, b) => b.length - a.length);
  const enPlain = words.length > 0 ? new RegExp(`(?<![A-Za-z])(?:${words.join('|')})`, 'gi') : null;

  return (text, open) => {
    const out: number[] = [];
    // Where each character occurs last in the whole text (most answers need no other search).
    const last = new Map<string, number>();
    const bound = (g: Gapped) => (open ? Infinity : lastCompletable(text, g.rest, last));
    const present = (forms: string[]) => forms.some((f) => text.includes(f));

    // Only terms whose first piece is in the text at all are read backwards.
    const zhBounds = zh.map((g) => (present(g.first) ? bound(g) : -1));
    const live = zh.filter((_, i) => zhBounds[i]! > 0);
    if (live.length > 0) {
      const until = Math.max(...zhBounds);
      const re = zhSearch(live);
      re.lastIndex = 0;
      for (let m = re.exec(text); m && m.index < until; m = re.exec(text)) {
        const c = m[0];
        const at = m.index;
        if (zh.some((g, i) => at + 1 <= zhBounds[i]! && g.first.includes(c))) out.push(at);
      }
    }

    const invisible = en.length > 0 && INVISIBLE.test(text);
    const enAny = en.length > 0 && (invisible || ((enPlain!.lastIndex = 0), enPlain!.test(text)));
    const enBounds = en.map((g) => (enAny ? bound(g) : -1));
    if (enBounds.some((b) => b >= 0)) {
      const searches = invisible ? en.map((g) => g.exactFirst!) : [enPlain!];
      for (const re of searches) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const at = m.index;
          const end = at + m[0].length;
          const ok = invisible
            ? enBounds[searches.indexOf(re)]! >= end
            : en.some((g, i) => enBounds[i]! >= at + g.first[0]!.length && text.slice(at, at + g.first[0]!.length).toLowerCase() === g.first[0]);
          if (ok) out.push(at);
        }
      }
    }

    if (codeRe) {
      codeRe.lastIndex = 0;
      for (let m = codeRe.exec(text); m; m = codeRe.exec(text)) {
        out.push(m.index);
        codeRe.lastIndex = m.index + 1;
      }
    }
    if (out.length < 2) return out;
    out.sort((a, b) => a - b);
    return out.filter((v, i) => i === 0 || v !== out[i - 1]);
  };
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
