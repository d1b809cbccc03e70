// Turns a spelling from data/names.ts into a regular-expression source that finds it on a page:
// each Chinese character as a class of its simplified and traditional forms (generated from
// data/names.ts's map, so 互聯網營銷師 and mixed-script pages match too), invisible characters
// allowed between any two characters, and for Chinese any whitespace (a source line break inside
// a paragraph renders as a space). English is matched case-insensitively with flexible separators.
import { TRADITIONAL } from '../../data/names';
import { DASH_CLASS, INVISIBLE_CLASS } from './fold';

const escape = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** What may stand between two characters of a Chinese term or a code. */
const ZH_GAP = `[\\s${INVISIBLE_CLASS}]*`;
/** What may stand between two letters of an English word (a soft hyphen in a hyphenated layout). */
const EN_GAP = `[${INVISIBLE_CLASS}]*`;
/** An English word separator: space(s), a dash, or nothing ("livestreaming" / "live-streaming"). */
const EN_SEPARATOR = `[\\s${DASH_CLASS}${INVISIBLE_CLASS}]*`;

function charClass(c: string): string {
  if (c === '-') return `[${DASH_CLASS}]`;
  const forms = [c, ...(TRADITIONAL[c] ?? '')];
  return forms.length === 1 ? escape(c) : `[${forms.join('')}]`;
}

function letterClass(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return lower === upper ? escape(c) : `[${lower}${upper}]`;
}

/** Source of a pattern for one spelling (simplified or lower-case English, as in the data). */
export function spellingPattern(spelling: string, lang: 'zh' | 'en', plural = false): string {
  if (lang === 'zh') return [...spelling].map(charClass).join(ZH_GAP);
  const words = spelling.split(/[\s-]+/).map((w) => [...w].map(letterClass).join(EN_GAP));
  return words.join(EN_SEPARATOR) + (plural ? '[sS]?' : '');
}
