// Fast paths of the matcher: the same searches as the exact expressions (term-pattern.ts), as
// plain strings wherever possible.
//
// The exact expressions have character classes and optional gaps between all characters
// (traditional forms, invisible characters, any casing, flexible separators). V8 cannot skip
// ahead through them, so they cost ~10 ns per character of page text, and compiling them costs
// milliseconds. Written out as plain strings instead (every spelling in every mix of scripts, every
// beginning of a term at the end of a node; English words with an optional space or hyphen), the
// same search skips ahead at ~1–3 ns per character and compiles in well under a millisecond.
// Plain strings cannot see through invisible characters or unusual separators, so text that
// contains any of those (`unusual`) goes to the exact expression instead. The unit tests check that
// both paths find the same.
import { TRADITIONAL, type NameTerm } from '../../data/names';
import { DASH_CLASS, INVISIBLE_CLASS } from './fold';

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Every mix of simplified and traditional forms of a Chinese spelling. */
function scriptMixes(spelling: string): string[] {
  let out = [''];
  for (const c of spelling) {
    const forms = [c, ...(TRADITIONAL[c] ?? '')];
    out = out.flatMap((head) => forms.map((f) => head + f));
  }
  return out;
}

/** English words joined by an optional space or hyphen (used with the `i` flag). */
const englishWords = (words: string[]) => words.map(escape).join('[ -]?');

/**
 * The fast searches for `terms`: their spellings, and with `tails`, every beginning of a (non-code)
 * term followed by the node separator. Two expressions: Chinese and codes as plain strings (flag
 * `g`), English case-insensitively (flags `gi`). Kept apart because one expression mixing them
 * searches ten times slower (V8 then cannot skip ahead on either) and compiles slower too.
 */
export function fastSearches(terms: readonly NameTerm[], options: { tails: boolean; plural: boolean }): RegExp[] {
  const zh = new Set<string>();
  const en = new Set<string>();
  for (const term of terms) {
    for (const spelling of [term.term, ...(term.aliases ?? [])]) {
      if (/^[0-9]/.test(spelling)) {
        zh.add(escape(spelling));
      } else if (term.lang === 'zh') {
        for (const mix of scriptMixes(spelling)) {
          zh.add(escape(mix));
          if (!options.tails) continue;
          const chars = [...mix];
          for (let n = 1; n < chars.length; n++) zh.add(`${escape(chars.slice(0, n).join(''))}\\0`);
        }
      } else {
        const words = spelling.split(/[\s-]+/);
        en.add(englishWords(words) + (options.plural && term.plural ? 's?' : ''));
        // A whole word only ("small" does not end with "all"): the look-behind sits after the first
        // letter so the search can still skip ahead on it.
        const first = escape(spelling[0]!);
        if (options.tails)
          for (let n = 1; n < words.length; n++) en.add(`${first}(?<![a-z]${first})${englishWords(words.slice(0, n)).slice(first.length)}[ -]?\\0`);
      }
    }
  }
  // Longest first, so that at one position the longer spelling wins.
  const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
  return [new RegExp(longestFirst(zh), 'g'), ...(en.size > 0 ? [new RegExp(longestFirst(en), 'gi')] : [])];
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
   * ascending run, and a node may be flagged more than once); `flag` returns where to go on.
   */
  (joined: string, flag: (offset: number) => number): void;
}

/**
 * `terms`: the terms that trigger (not those that only count next to a name). `exact()`: the exact
 * per-node expression (global), built on first need.
 */
export function compileBatchTrigger(terms: readonly NameTerm[], exact: () => RegExp): BatchTrigger {
  const fast = fastSearches(terms, { tails: true, plural: false });
  return (joined, flag) => {
    for (const re of UNUSUAL.test(joined) ? [exact()] : fast) {
      re.lastIndex = 0;
      for (let m = re.exec(joined); m; m = re.exec(joined)) re.lastIndex = flag(m.index);
    }
  };
}
