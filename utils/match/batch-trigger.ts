// Fast paths of the matcher: the same searches as the exact expressions (term-pattern.ts), without
// their optional gaps.
//
// The exact expressions have character classes and optional gaps between all characters
// (traditional forms, invisible characters, any casing, flexible separators). V8 cannot skip
// ahead through them, so they cost ~10 ns per character of page text, and compiling them costs
// milliseconds. Without the gaps (Chinese spellings as a trie with a class for each character's
// forms, and every beginning of a term at the end of a node; English words with an optional space
// or hyphen), the same search skips ahead at ~1–3 ns per character and compiles in a fraction of
// a millisecond. These searches cannot see through invisible characters or unusual separators, so
// text that contains any of those (`unusual`) goes to the exact expression instead. The unit tests
// check that both paths find the same.
import { TRADITIONAL, writtenSpellings, type NameTerm } from '../../data/names';
import { DASH_CLASS, INVISIBLE_CLASS } from './fold';
import { escapeRegExp, type RegExpSource } from '../regexp';


/** A trie of Chinese spellings by character (simplified; a class stands for the other forms). */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** A spelling ends here. */
  end: boolean;
}

/** One character and its other script's forms, as a regular expression. */
function charClass(c: string): string {
  const forms = [c, ...(TRADITIONAL[c] ?? '')];
  return forms.length === 1 ? escapeRegExp(c) : `[${forms.map(escapeRegExp).join('')}]`;
}

/**
 * The trie as one expression: every spelling in every mix of scripts, and with `tails` every
 * beginning of one followed by the node separator. Longer spellings come first at each step, so
 * at one position the longest wins. Shared beginnings are written once: written out spelling by
 * spelling and mix by mix, the same search was four times slower and compiled slower too.
 */
function trieSource(node: TrieNode, depth: number, tails: boolean): string {
  const alternatives = [...node.next].map(([c, child]) => charClass(c) + trieSource(child, depth + 1, tails));
  if (node.end) alternatives.push('');
  else if (tails && depth > 0) alternatives.push('\\0');
  if (depth === 0) return alternatives.join('|');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** English words joined by an optional space or hyphen (used with the `i` flag). */
const englishWords = (words: string[]) => words.map(escapeRegExp).join('[ -]?');

/**
 * The fast searches for `terms` (as sources: see matcher-plan.ts): their spellings, and with `tails`, every beginning of a (non-code)
 * term followed by the node separator. Two expressions: Chinese and codes (flag `g`), English
 * case-insensitively (flags `gi`). Kept apart because one expression mixing them
 * searches ten times slower (V8 then cannot skip ahead on either) and compiles slower too.
 */
export function fastSearches(terms: readonly NameTerm[], options: { tails: boolean; plural: boolean }): RegExpSource[] {
  const codes = new Set<string>();
  const zh: TrieNode = { next: new Map(), end: false };
  const en = new Set<string>();
  for (const term of terms) {
    for (const spelling of writtenSpellings(term)) {
      if (/^[0-9]/.test(spelling)) {
        codes.add(escapeRegExp(spelling));
      } else if (term.lang === 'zh') {
        let node = zh;
        for (const c of spelling) {
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
          node = child;
        }
        node.end = true;
      } else {
        const words = spelling.split(/[\s-]+/);
        en.add(englishWords(words) + (options.plural && term.plural ? 's?' : ''));
        // A whole word only ("small" does not end with "all"): the look-behind sits after the first
        // letter so the search can still skip ahead on it.
        const first = escapeRegExp(spelling[0]!);
        if (options.tails)
          for (let n = 1; n < words.length; n++) en.add(`${first}(?<![a-z]${first})${englishWords(words.slice(0, n)).slice(first.length)}[ -]?\\0`);
      }
    }
  }
  // Longest first, so that at one position the longer spelling wins.
  const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
  const chinese = [...codes, trieSource(zh, 0, options.tails)].filter(Boolean).join('|');
  return [{ source: chinese, flags: 'g' }, ...(en.size > 0 ? [{ source: longestFirst(en), flags: 'gi' }] : [])];
}

/**
 * Text the fast search could miss something in: invisible characters; English words apart by more
 * (or other) than one space or hyphen; unusual dashes in a code.
 */
export const UNUSUAL = new RegExp(
  [
    `[${INVISIBLE_CLASS}]`,
    `[A-Za-z](?:[\\s${DASH_CLASS}]{2,}|[\\t\\n\\r\\f\\u00A0\\u3000\\u2010-\\u2014\\uFF0D])(?:[A-Za-z]|\\0)`,
    `[0-9][\\u2010-\\u2014\\uFF0D][0-9]`,
  ].join('|'),
);

export interface BatchTrigger {
  /**
   * Calls `flag` with an offset inside every node that passes (offsets may come in more than one
   * ascending run, and a node may be flagged more than once) and the end of what matched there (a
   * node that passes only by ending with the beginning of a term matched up to and including its
   * separator); `flag` returns where to go on.
   */
  (joined: string, flag: (offset: number, end: number) => number): void;
}

/**
 * `fast`: fastSearches of the terms that trigger (not those that only count next to a name), with
 * tails. `exact()`: the exact per-node expression (global), built on first need.
 */
export function compileBatchTrigger(fast: readonly RegExp[], exact: () => RegExp): BatchTrigger {
  return (joined, flag) => {
    for (const re of UNUSUAL.test(joined) ? [exact()] : fast) {
      re.lastIndex = 0;
      for (let m = re.exec(joined); m; m = re.exec(joined)) re.lastIndex = flag(m.index, m.index + m[0].length);
    }
  };
}
