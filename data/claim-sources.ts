// Sources that only the claim rules cite. Everything else they cite lives in data/sources.ts
// (a test checks every id a rule cites resolves in one of the two, and that no URL is in both).
import { SOURCES } from './sources';
import type { Source } from './types';

const list: Source[] = [
  {
    id: 'banyuetan-2022-07-23-certificate-economy',
    title: '考个证就能躺赚?谨防“考证经济”批发山寨证书',
    url: 'https://app.bjtitle.com/8816/newshow.php?did=358518114699244&newsid=6198958&typeid=26',
    date: '2022-07-23',
    publisher: '半月谈 (reprint)',
    note: 'facts.md cites it with a shortened URL; this is the full address of the same reprint. Covers "一证补足落户积分", "包过" VIP classes, 躺赚 挂靠 ads, and fake sites copying 中国人事考试网 with 国徽 and "工信部已备案".',
  },
];

export const CLAIM_SOURCES: Readonly<Record<string, Source>> = Object.freeze(
  Object.fromEntries(list.map((s) => [s.id, s])),
);

/** A source a claim rule cites, from data/sources.ts or the list above; throws on an unknown id. */
export function claimSourceById(id: string): Source {
  const source = SOURCES[id] ?? CLAIM_SOURCES[id];
  if (!source) throw new Error(`Unknown source id: ${id}`);
  return source;
}
