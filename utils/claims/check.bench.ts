// Micro-benchmark of the claim checker (not a test: timings are machine-dependent).
// Run: npx vitest bench --run --project unit utils/claims/check.bench.ts
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { checkText } from './check';
import { LABELLED_EXAMPLES } from './labelled-examples';

const filler = '今天我们一起学习如何做一份好吃的红烧肉，先把五花肉切块焯水，再加冰糖炒色。';
const plainBlocks = Array.from({ length: 10_000 }, (_, i) => `${filler.slice(i % 10)}${i}`);
const mentionBlocks = Array.from({ length: 10_000 }, (_, i) => `第${i}期互联网营销师课程介绍：直播、短视频与选品实操。`);
const claimBlocks = LABELLED_EXAMPLES.map((e) => e.text);
const article = readFileSync('/work/shared/seed/article.txt', 'utf8');
const articleBlocks = article.split(/\n+/).filter((l) => l.trim());

describe('checkText', () => {
  bench('10,000 blocks without any certificate (rejected by the prefilter)', () => {
    for (const b of plainBlocks) checkText(b);
  });
  bench('10,000 blocks mentioning 互联网营销师 without claims', () => {
    for (const b of mentionBlocks) checkText(b);
  });
  bench('10,000 plain blocks with precedingMention (weaker prefilter)', () => {
    for (const b of plainBlocks) checkText(b, { precedingMention: true });
  });
  bench(`the labelled corpus (${claimBlocks.length} claim-dense blocks)`, () => {
    for (const b of claimBlocks) checkText(b);
  });
  bench('the seed article as one text', () => {
    checkText(article);
  });
  bench(`the seed article as ${articleBlocks.length} blocks`, () => {
    for (const b of articleBlocks) checkText(b);
  });
});

const busyBlocks = Array.from(
  { length: 1_000 },
  (_, i) => `第${i}期互联网营销师课程于2023年开班，学员可在官网查询课程安排，学费分期支付。`,
);
describe('checkText on blocks that pass both prefilters', () => {
  bench('1,000 blocks with a mention and trigger words but no claim', () => {
    for (const b of busyBlocks) checkText(b);
  });
});
