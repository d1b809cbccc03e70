// The copy of a text that claim wording runs on: traditional characters as simplified, full-width
// ASCII (，：！？（）％０-９Ａ-Ｚ) as ASCII, the ideographic space as a space, Latin capitals in
// lower case, and written Cantonese (唔, 冇, 嘅…, and words such as 唔使) as Mandarin. Every
// UTF-16 unit maps to exactly one unit (a Cantonese word to a Mandarin one as long), so an offset
// in the copy is the same offset in the page text: hits need no translation back.
import { CANTONESE_TO_MANDARIN, CANTONESE_WORDS } from '../../data/script-map';
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional';
import { lazy } from '../lazy';

/** Each UTF-16 unit's normalised unit. Made on first use: most pages never check a claim. */
const table = lazy(() => {
  const TABLE = new Uint16Array(0x10000);
  for (let i = 0; i < TABLE.length; i++) TABLE[i] = i;
  // Full-width forms U+FF01–U+FF5E are ASCII U+0021–U+007E shifted.
  for (let i = 0xff01; i <= 0xff5e; i++) TABLE[i] = i - 0xfee0;
  TABLE[0x3000] = 0x20;
  for (let i = 0x41; i <= 0x5a; i++) TABLE[i] = i + 0x20;
  for (let i = 0xff21; i <= 0xff3a; i++) TABLE[i] = i - 0xfee0 + 0x20;
  for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED) {
    // Both are BMP characters: one unit each.
    TABLE[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
  }
  for (const [cantonese, mandarin] of Object.entries(CANTONESE_TO_MANDARIN)) TABLE[cantonese.charCodeAt(0)] = mandarin.charCodeAt(0);
  // "X≠国家职业资格证书" says "X is not …": read as 非, which the negations know.
  TABLE[0x2260] = '非'.charCodeAt(0);
  return TABLE;
});

const decoder = new TextDecoder('utf-16le');

/**
 * Characters only written Cantonese uses: the ones read as Mandarin, and 係 and 蚊, which every
 * Cantonese word that holds none of those holds (normalise.test.ts checks it).
 */
export const CANTONESE_MARK = new RegExp(`[${Object.keys(CANTONESE_TO_MANDARIN).join('')}係蚊]`);
const CANTONESE_WORD_RE = new RegExp(Object.keys(CANTONESE_WORDS).join('|'), 'g');

/** The normalised copy of `text`; same length, same offsets. Surrogate pairs pass through unchanged. */
export function normaliseForMatching(text: string): string {
  // Most texts hold no Cantonese: the word search is skipped.
  const words = CANTONESE_MARK.test(text) ? text.replace(CANTONESE_WORD_RE, (w) => CANTONESE_WORDS[w]!) : text;
  const TABLE = table();
  const units = new Uint16Array(words.length);
  for (let i = 0; i < words.length; i++) units[i] = TABLE[words.charCodeAt(i)]!;
  return decoder.decode(units);
}
