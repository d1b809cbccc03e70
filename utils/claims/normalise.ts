// The copy of a text that claim wording runs on: traditional characters as simplified, full-width
// ASCII (，：！？（）％０-９Ａ-Ｚ) as ASCII, the ideographic space as a space, Latin capitals in
// lower case, and the function words of written Cantonese (唔, 冇, 嘅…) as their Mandarin ones. Every UTF-16 unit maps to exactly one unit, so an offset in the copy is the same
// offset in the page text: hits need no translation back.
import { CANTONESE_TO_MANDARIN, CANTONESE_WORDS } from '../../data/script-map';
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional';

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

const decoder = new TextDecoder('utf-16le');

/** The Cantonese words (CANTONESE_WORDS); every one holds 唔, 係 or 蚊, so most texts skip the search. */
const CANTONESE_WORD_RE = new RegExp(Object.keys(CANTONESE_WORDS).join('|'), 'g');
const MAY_HOLD_CANTONESE_WORD = /[唔係蚊]/;

/** The normalised copy of `text`; same length, same offsets. Surrogate pairs pass through unchanged. */
export function normaliseForMatching(text: string): string {
  const words = MAY_HOLD_CANTONESE_WORD.test(text) ? text.replace(CANTONESE_WORD_RE, (w) => CANTONESE_WORDS[w]!) : text;
  const units = new Uint16Array(words.length);
  for (let i = 0; i < words.length; i++) units[i] = TABLE[words.charCodeAt(i)]!;
  return decoder.decode(units);
}
