// Does a text node END with the beginning of a term ("…持有<em>互联网</em>营销师")? Only then is it
// worth joining the node with the text that follows it. Checked on every text node of a page, so
// it is one backward walk over a trie of reversed term prefixes, usually a single character long.
import { foldChar } from './fold';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A reversed proper prefix ends here. */
  end: boolean;
}

const node = (): TrieNode => ({ children: new Map(), end: false });

/** How many characters from the end are examined at most (whitespace and invisibles included). */
const MAX_TAIL = 64;

export interface TailPrefixTest {
  (data: string): boolean;
}

/** `keys`: the terms' lookup keys (folded, no separators). */
export function compileTailPrefixTest(keys: Iterable<string>): TailPrefixTest {
  const root = node();
  for (const key of keys) {
    const chars = [...key];
    // Every proper prefix, reversed: "互联网营销师" gives 互, 联互, 网联互, …, 销营网联互.
    for (let len = 1; len < chars.length; len++) {
      let at = root;
      for (let i = len - 1; i >= 0; i--) {
        const c = chars[i]!;
        let next = at.children.get(c);
        if (!next) at.children.set(c, (next = node()));
        at = next;
      }
      at.end = true;
    }
  }
  return (data) => {
    let at = root;
    const stop = Math.max(0, data.length - MAX_TAIL);
    for (let i = data.length - 1; i >= stop; i--) {
      const f = foldChar(data[i]!);
      // Separators and invisible characters may sit anywhere in a term (or end the node).
      if (f === '' || f === ' ') continue;
      const next = at.children.get(f);
      if (!next) return false;
      if (next.end) return true;
      at = next;
    }
    return false;
  };
}
