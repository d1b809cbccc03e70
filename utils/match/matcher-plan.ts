// What the mention matcher is made of, derived from the names (data/names.ts) as plain data: the
// sources of its searches and its lookup tables. The content script takes it precomputed
// (data/matcher-plan.generated.ts, written by `npm run generate`) instead of deriving it on every
// page load: deriving it is code run for the first time, in every frame, and cost more than
// compiling the searches (docs/engine.md, "The matcher's plan"). The content script carries none
// of this module's code. A unit test (matcher-plan.test.ts) fails when the generated file no longer
// matches the data.
import { writtenSpellings, type NameTerm, type NearMiss } from '../../data/names';
import type { RegExpSource } from '../regexp';
import { fastSearches } from './batch-trigger';
import { keyOf } from './fold';
import { planGappedStarts, type StartsPlan } from './gapped-starts';

/** A near-miss seen from one spelling it contains: what must stand before and after it. */
export interface Veto {
  before: string;
  after: string;
  unlessFollowedBy: string[];
}

export interface MatcherPlan {
  /** find(): every spelling (Chinese and codes; English), plurals allowed. */
  find: RegExpSource[];
  /** triggerBatch(): the triggering spellings and their beginnings at a node's end. */
  trigger: RegExpSource[];
  /** subtreeStarts(): see gapped-starts.ts. */
  starts: StartsPlan;
  /** Every spelling's lookup key (folded, no separators) and its term's index in the terms. */
  spellings: [key: string, term: number][];
  /** The near-misses by the key of the spelling they contain. */
  vetoes: [key: string, vetoes: Veto[]][];
}

/** Terms that only count next to their certificate's name never start a block (mention-matcher.ts). */
export const triggers = (term: NameTerm): boolean => term.counts !== 'with-name';

export function planMatcher(terms: readonly NameTerm[], nearMisses: readonly NearMiss[]): MatcherPlan {
  const triggering = terms.filter(triggers);
  const spellings = terms.flatMap((term, index) => writtenSpellings(term).map((s): [string, number] => [keyOf(s), index]));
  const vetoes = new Map<string, Veto[]>();
  for (const miss of nearMisses) {
    const missKey = keyOf(miss.text);
    for (const [key] of spellings) {
      const at = missKey.indexOf(key);
      if (at < 0 || missKey === key) continue;
      const list = vetoes.get(key) ?? [];
      list.push({
        before: missKey.slice(0, at),
        after: missKey.slice(at + key.length),
        unlessFollowedBy: (miss.unlessFollowedBy ?? []).map(keyOf),
      });
      vetoes.set(key, list);
    }
  }
  return {
    find: fastSearches(terms, { tails: false, plural: true }),
    trigger: fastSearches(triggering, { tails: true, plural: false }),
    starts: planGappedStarts(triggering),
    spellings,
    vetoes: [...vetoes],
  };
}
