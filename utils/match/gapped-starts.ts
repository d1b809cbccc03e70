// Where a term may START in a subtree's text (its textContent), when that text is read without
// knowing which parts a reader sees. textContent keeps the text of hidden elements (display:none,
// <script>, ruby annotations), and the engine reads through hidden text (全媒体<span hidden>…</span>运营师
// is a mention), so a term the reader sees joined can stand in textContent with any text between
// its pieces. The page engine skips a subtree without visiting its nodes only when no term can
// start in it (see page-engine.ts, #advanceText); this module says where one can.
//
// Sound, not exact: a position counts when the term's first character (for English, its whole first
// word, as the per-node trigger wants it) stands there and the term's other characters all follow
// in order somewhere after it. Checked for all positions at once: a start that can be completed
// from a later position can also be completed from an earlier one, so the last completable start
// (found by reading the term backwards from the end with lastIndexOf) bounds them all.
import { TRADITIONAL, type NameTerm } from '../../data/names';
import { spellingPattern } from './term-pattern';

interface Gapped {
  /** What the term's first piece must be: a character class (Chinese) or whole leading word (English). */
  first: string;
  /** The characters after the first piece, each as the strings it may be written as. */
  rest: string[][];
}

/**
 * Compiles the terms that may be split across nodes (Chinese terms and English terms of more than
 * one word; codes are never split by markup, as the per-node trigger assumes too). The result maps
 * a text to the sorted offsets where one of them may start; with `open`, the text may go on after
 * its end (a subtree whose continuation is unknown), so every first piece counts.
 */
export function compileGappedStarts(terms: readonly NameTerm[]): (text: string, open: boolean) => number[] {
  const gapped: Gapped[] = [];
  for (const term of terms) {
    for (const spelling of [term.term, ...(term.aliases ?? [])]) {
      if (/^[0-9]/.test(spelling)) continue;
      if (term.lang === 'zh') {
        const chars = [...spelling].map((c) => [c, ...(TRADITIONAL[c] ?? '')]);
        gapped.push({ first: `[${chars[0]!.join('')}]`, rest: chars.slice(1) });
      } else {
        const words = spelling.split(/[\s-]+/);
        if (words.length < 2) continue;
        const letters = [...words.slice(1).join('')];
        gapped.push({
          // As the per-node tail wants it: a whole word (invisible characters allowed inside).
          first: `(?<![A-Za-z])(?:${spellingPattern(words[0]!, 'en')})`,
          rest: letters.map((c) => [...new Set([c.toLowerCase(), c.toUpperCase()])]),
        });
      }
    }
  }
  const firsts = gapped.map((g) => new RegExp(g.first, 'g'));
  // Chinese first characters in one search (most pages have none of them at all).
  const zhIndexes = gapped.flatMap((g, i) => (g.first.startsWith('[') ? [i] : []));
  const zhFirst = new RegExp(`[${[...new Set(zhIndexes.flatMap((i) => [...gapped[i]!.first.slice(1, -1)]))].join('')}]`, 'g');
  const zhOf = new Map<string, number[]>();
  for (const i of zhIndexes) for (const c of gapped[i]!.first.slice(1, -1)) zhOf.set(c, [...(zhOf.get(c) ?? []), i]);

  return (text, open) => {
    const out: number[] = [];
    /** Per term: starts before this offset can be completed (computed on first need). */
    const bounds = new Array<number | undefined>(gapped.length);
    const bound = (i: number) => (bounds[i] ??= open ? Infinity : lastCompletable(text, gapped[i]!.rest));
    zhFirst.lastIndex = 0;
    for (let m = zhFirst.exec(text); m; m = zhFirst.exec(text)) {
      const at = m.index;
      if (zhOf.get(m[0])!.some((i) => at + 1 <= bound(i))) out.push(at);
    }
    gapped.forEach((g, i) => {
      if (g.first.startsWith('[')) return;
      const re = firsts[i]!;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index + m[0].length > bound(i)) break;
        out.push(m.index);
      }
    });
    return out.length < 2 ? out : [...new Set(out)].sort((a, b) => a - b);
  };
}

/**
 * The largest offset p such that `rest` (each step: the strings it may be written as) is a
 * subsequence of text[p…]; -1 when there is none. Greedy from the end: the latest place of the last
 * step, then the latest place of the one before it before that, and so on.
 */
function lastCompletable(text: string, rest: string[][]): number {
  let pos = text.length;
  for (let k = rest.length - 1; k >= 0; k--) {
    if (pos <= 0) return -1;
    let best = -1;
    for (const form of rest[k]!) best = Math.max(best, text.lastIndexOf(form, pos - 1));
    if (best < 0) return -1;
    pos = best;
  }
  return pos;
}
