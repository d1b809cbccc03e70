// Folding: how the matcher compares a page's characters with the names in data/names.ts.
// Only used on the few characters around a candidate (never on whole pages), so it can be plain.
import { traditionalToSimplified } from '../../data/script-map';

/**
 * Characters that do not show (or only show at a line end) and so must not hide a term:
 * soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM / zero-width no-break space.
 */
export const INVISIBLE_CHARS = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
export const INVISIBLE_CLASS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';

/** Dashes pages use in codes and hyphenated English (ASCII, hyphen, non-breaking, figure, en, em, fullwidth). */
export const DASH_CLASS = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\uFF0D';

const INVISIBLE = new Set(INVISIBLE_CHARS);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\uFF0D']);

export function isInvisible(c: string): boolean {
  return INVISIBLE.has(c);
}

export function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00A0' || c === '\u3000';
}

/**
 * One character in the form the names are written in: simplified, lower-case, separators (space,
 * dash) as ' '. Invisible characters fold to '' (they are skipped).
 */
export function foldChar(c: string): string {
  if (INVISIBLE.has(c)) return '';
  if (isSpace(c) || DASHES.has(c)) return ' ';
  // Traditional (and alternative) → simplified: the map the patterns are generated from, read back
  // (data/script-map.ts; the claim checker reads the same one). Built on the first fold and kept:
  // the content script is evaluated on every page load, and most pages never fold a character.
  const s = traditionalToSimplified().get(c);
  if (s) return s;
  return c.length === 1 && c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
}

/** A whole (short) string folded: invisible characters dropped, separator runs as one ' '. */
export function foldText(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldChar(c);
    if (f === ' ' && (out.endsWith(' ') || out === '')) continue;
    out += f;
  }
  return out.trimEnd();
}

/** A name's spelling folded the same way as page text (English hyphens and spaces are one separator). */
export function foldSpelling(spelling: string): string {
  return foldText(spelling);
}

/** Lookup key of a spelling or a matched text: folded, with every separator removed. */
export function keyOf(text: string): string {
  return foldText(text).replace(/ /g, '');
}
