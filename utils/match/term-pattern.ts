// Turns a spelling from data/names.ts into a regular-expression source that finds it on a page:
// each Chinese character as a class of its simplified and traditional forms (generated from
// data/names.ts's map, so 互聯網營銷師 and mixed-script pages match too), invisible characters
// allowed between any two characters. English is matched case-insensitively with flexible
// separators. Whitespace inside a Chinese term is NOT seen through: Chinese text has none, and
// allowing it would cost the fast batch test (batch-trigger.ts) a third of its speed.
import { TRADITIONAL, writtenSpellings } from '../../data/names';
import { DASH_CLASS, INVISIBLE_CLASS } from './fold';
import { escapeRegExp } from '../regexp';


/** What may stand between two characters of a Chinese term. */
const ZH_GAP = `[${INVISIBLE_CLASS}]*`;
/** What may stand between two characters of a code (no whitespace: "4 - 01" is not a code). */
const CODE_GAP = `[${INVISIBLE_CLASS}]*`;
/** What may stand between two letters of an English word (a soft hyphen in a hyphenated layout). */
const EN_GAP = `[${INVISIBLE_CLASS}]*`;
/** An English word separator: space(s), a dash, or nothing ("livestreaming" / "live-streaming"). */
const EN_SEPARATOR = `[\\s${DASH_CLASS}${INVISIBLE_CLASS}]*`;

function charClass(c: string): string {
  if (c === '-') return `[${DASH_CLASS}]`;
  const forms = [c, ...(TRADITIONAL[c] ?? '')];
  return forms.length === 1 ? escapeRegExp(c) : `[${forms.join('')}]`;
}

function letterClass(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return lower === upper ? escapeRegExp(c) : `[${lower}${upper}]`;
}

/** Source of a pattern for one spelling (simplified or lower-case English, as in the data). */
export function spellingPattern(spelling: string, lang: 'zh' | 'en', plural = false): string {
  if (/^[0-9]/.test(spelling)) return [...spelling].map(charClass).join(CODE_GAP);
  if (lang === 'zh') return [...spelling].map(charClass).join(ZH_GAP);
  const words = spelling.split(/[\s-]+/).map((w) => [...w].map(letterClass).join(EN_GAP));
  return words.join(EN_SEPARATOR) + (plural ? '[sS]?' : '');
}

/**
 * Patterns for a node that ENDS with the beginning of a term ("…持有<em>互联网</em>营销师"), to be
 * followed by the node separator: every proper prefix of a Chinese term (a split can fall between
 * any two characters), whole leading words of an English one ("internet <em>marketer</em>").
 * Codes are not split by markup in practice and are left out.
 */
export function tailPrefixSources(terms: readonly { term: string; lang: 'zh' | 'en'; aliases?: string[] }[]): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    if (/^[0-9]/.test(term.term)) continue;
    for (const spelling of writtenSpellings(term)) {
      if (term.lang === 'zh') {
        const chars = [...spelling];
        for (let n = 1; n < chars.length; n++) out.add(`${spellingPattern(chars.slice(0, n).join(''), 'zh')}${ZH_GAP}`);
      } else {
        const words = spelling.split(/[\s-]+/);
        for (let n = 1; n < words.length; n++) out.add(`(?<![A-Za-z])${spellingPattern(words.slice(0, n).join(' '), 'en')}${EN_SEPARATOR}`);
      }
    }
  }
  return [...out].map((source) => `(?:${source})\0`);
}
