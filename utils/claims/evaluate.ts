// Precision and recall of the checker on a labelled corpus, at two grains:
// - sentence level: is an example flagged at all, when it should be (any rule)?
// - rule level: each (example, rule id) pair, so a right flag with the wrong rule counts as one
//   false positive and one false negative.
import type { LabelledExample } from './labelled-examples';
import { checkText, type ClaimHit } from './check';
import { toSimplified } from './traditional';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Mistake {
  text: string;
  expected: string[];
  got: string[];
}

export interface Evaluation {
  examples: number;
  traditional: number;
  sentence: Counts & { tn: number };
  rule: Counts;
  perRule: Record<string, Counts>;
  mistakes: Mistake[];
}

const counts = (tp: number, fp: number, fn: number): Counts => ({
  tp,
  fp,
  fn,
  // No predictions (or nothing to find) is perfect by convention, so empty rules do not drag averages.
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

export function evaluate(
  examples: readonly LabelledExample[],
  check: (text: string) => ClaimHit[] = (t) => checkText(t),
): Evaluation {
  let sTp = 0;
  let sFp = 0;
  let sFn = 0;
  let sTn = 0;
  const perRule = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (id: string, key: 'tp' | 'fp' | 'fn'): void => {
    const c = perRule.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    perRule.set(id, c);
  };
  const mistakes: Mistake[] = [];
  for (const ex of examples) {
    const got = [...new Set(check(ex.text).map((h) => h.ruleId))].sort();
    const expected = [...new Set(ex.expect)].sort();
    if (expected.length && got.length) sTp++;
    else if (got.length) sFp++;
    else if (expected.length) sFn++;
    else sTn++;
    for (const id of got) bump(id, expected.includes(id) ? 'tp' : 'fp');
    for (const id of expected) if (!got.includes(id)) bump(id, 'fn');
    if (got.join() !== expected.join()) mistakes.push({ text: ex.text, expected, got });
  }
  const sum = (k: 'tp' | 'fp' | 'fn'): number => [...perRule.values()].reduce((n, c) => n + c[k], 0);
  return {
    examples: examples.length,
    traditional: examples.filter((e) => toSimplified(e.text) !== e.text).length,
    sentence: { ...counts(sTp, sFp, sFn), tn: sTn },
    rule: counts(sum('tp'), sum('fp'), sum('fn')),
    perRule: Object.fromEntries([...perRule].sort().map(([id, c]) => [id, counts(c.tp, c.fp, c.fn)])),
    mistakes,
  };
}

/** A plain-text report, as printed by the corpus test and copied into docs/claims.md. */
export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${e.examples} labelled examples (${e.traditional} in traditional script)`,
    `sentence level: precision ${pct(e.sentence.precision)} (${e.sentence.tp}/${e.sentence.tp + e.sentence.fp}), recall ${pct(e.sentence.recall)} (${e.sentence.tp}/${e.sentence.tp + e.sentence.fn}), true negatives ${e.sentence.tn}`,
    `rule level:     precision ${pct(e.rule.precision)} (${e.rule.tp}/${e.rule.tp + e.rule.fp}), recall ${pct(e.rule.recall)} (${e.rule.tp}/${e.rule.tp + e.rule.fn})`,
    ...Object.entries(e.perRule).map(
      ([id, c]) => `  ${id.padEnd(30)} tp ${c.tp}  fp ${c.fp}  fn ${c.fn}`,
    ),
    ...e.mistakes.map((m) => `  ✗ ${JSON.stringify(m.text)} expected [${m.expected.join(', ')}] got [${m.got.join(', ')}]`),
  ];
  return lines.join('\n');
}
