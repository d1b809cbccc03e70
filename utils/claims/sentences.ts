// Splits text into sentences with their offsets. Chinese ends a sentence with 。！？；… (and we
// treat a line break as an end too: list items and headings are sentences of their own). ASCII
// . ! ? ; end one only before a space, the end of the text or a non-ASCII character, so that
// "zscx.osta.org.cn", "¥12.8K" and "?id=3" in an address stay whole.

export interface Sentence {
  /** Offsets of the sentence in the text, without surrounding white space. */
  start: number;
  end: number;
  /** True when a blank line separates this sentence from the one before. */
  newParagraph: boolean;
  /** The character that ended it ('' at the end of the text), for telling questions and lead-ins. */
  terminator: string;
}

const ALWAYS_ENDS = new Set(['。', '！', '？', '；', '…', '\n', '\u2029']);
const ENDS_BEFORE_SPACE = new Set(['.', '!', '?', ';']);
/** Closing quotes and brackets that belong to the sentence they follow (“包过！”). */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '"', "'", '》']);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number, terminator: string): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e <= s) return;
    const before = out[out.length - 1];
    // A blank line (two line breaks with only spaces between the sentences) starts a paragraph.
    const newParagraph = before !== undefined && (text.slice(before.end, s).match(/\n/g)?.length ?? 0) >= 2;
    out.push({ start: s, end: e, newParagraph, terminator });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    let ends = ALWAYS_ENDS.has(c);
    if (!ends && ENDS_BEFORE_SPACE.has(c)) {
      const next = text[i + 1];
      ends = next === undefined || isSpace(next) || next.charCodeAt(0) > 0x7f;
    }
    if (!ends) {
      i++;
      continue;
    }
    // Runs of terminators ("！！", "……", "？！") and closing quotes stay with the sentence.
    let j = i + 1;
    if (c !== '\n') {
      while (j < text.length && text[j] !== '\n' && (ALWAYS_ENDS.has(text[j]!) || ENDS_BEFORE_SPACE.has(text[j]!))) j++;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
    }
    push(j, c);
    start = j;
    i = j;
  }
  push(text.length, '');
  return out;
}

/** Index of the sentence containing `offset`, or -1 (between sentences). Binary search. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
