// Integrity rules for the fact data, as pure functions that list problems (an empty list = fine).
// The data tests run them over everything in data/; integrity.test.ts shows each rule catches bad data.
// Kept out of the tests themselves so a failure prints every problem at once, with its path.
import type { Fact, Localized, Source } from './types';

/** ISO date: YYYY-MM-DD (a real calendar day) or YYYY-MM when only the month is known. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `a` is not after `b`. Works across precisions: '2026-11' is not after '2026-11-01'. */
export const notAfter = (a: string, b: string): boolean => a <= b;

/**
 * Simplified characters whose traditional form differs and which never appear in traditional text.
 * Characters shared by both scripts in some words (台, 准, 范, 制, 干, 后 …) are left out on purpose.
 */
export const SIMPLIFIED_ONLY =
  '联网营销运体级证书发颁师员数视频创选门报认资标单会动条业职项无时间现实样关广电总华国劳务补贴险费义权备档询审质题练训读说请还规测试岗层统计场监类构织组评价论传画声载众称编码录处应对从与两个这进达过边约线结给经维综';

export function localizedProblems(path: string, text: Localized): string[] {
  const problems: string[] = [];
  for (const locale of ['zh_CN', 'zh_TW', 'en'] as const) {
    if (typeof text[locale] !== 'string' || text[locale].trim() === '') problems.push(`${path}.${locale} is empty`);
  }
  if (problems.length > 0) return problems;
  const simplifiedIn = (s: string) => [...s].filter((c) => SIMPLIFIED_ONLY.includes(c));
  if (simplifiedIn(text.zh_CN).length > 0 && text.zh_TW === text.zh_CN) {
    problems.push(`${path}.zh_TW is a copy of zh_CN`);
  }
  const left = simplifiedIn(text.zh_TW);
  if (left.length > 0) problems.push(`${path}.zh_TW has simplified characters: ${[...new Set(left)].join('')}`);
  return problems;
}

/** Every Localized value inside `value` (objects and arrays, any depth), with its path. */
export function findLocalized(value: unknown, path = ''): Array<{ path: string; text: Localized }> {
  if (value === null || typeof value !== 'object') return [];
  if ('zh_CN' in value || 'zh_TW' in value || 'en' in value) return [{ path, text: value as Localized }];
  return Object.entries(value).flatMap(([key, child]) => findLocalized(child, path ? `${path}.${key}` : key));
}

export function sourceProblems(source: Source, today: string): string[] {
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(source.url);
  } catch {
    problems.push(`${source.id}: URL does not parse: ${source.url}`);
  }
  if (url && url.protocol !== 'http:' && url.protocol !== 'https:') problems.push(`${source.id}: not an http(s) URL`);
  if (url && !url.hostname.includes('.')) problems.push(`${source.id}: URL has no real host`);
  if (source.title.trim() === '') problems.push(`${source.id}: empty title`);
  if (source.date !== undefined) {
    if (!isIsoDate(source.date)) problems.push(`${source.id}: date is not ISO: ${source.date}`);
    else if (!notAfter(source.date, today)) problems.push(`${source.id}: date ${source.date} is after ${today}`);
  }
  return problems;
}

export function factProblems(id: string, fact: Fact, knownSources: ReadonlySet<string>, today: string): string[] {
  const problems: string[] = [];
  const shown = fact.presentation !== 'hidden';
  if (shown && fact.sources.length === 0) problems.push(`${id}: shown (${fact.presentation}) without a source`);
  for (const s of fact.sources) if (!knownSources.has(s)) problems.push(`${id}: unknown source id ${s}`);
  if (new Set(fact.sources).size !== fact.sources.length) problems.push(`${id}: a source is listed twice`);
  if (fact.status === 'unverified' && fact.presentation === 'fact') problems.push(`${id}: unverified but presented as fact`);
  if (fact.presentation === 'reported' && !fact.caveat) problems.push(`${id}: reported without a caveat`);
  // "corrected" means some common wording is wrong: a reader must be able to see which.
  if (fact.status === 'corrected' && shown && !fact.commonClaim) problems.push(`${id}: corrected without the claim it corrects`);
  if (fact.commonClaim && fact.commonClaim.said.trim() === '') problems.push(`${id}: commonClaim.said is empty`);
  if (!isIsoDate(fact.checked)) problems.push(`${id}: checked date is not ISO: ${fact.checked}`);
  else if (!notAfter(fact.checked, today)) problems.push(`${id}: checked date ${fact.checked} is after ${today}`);
  for (const { path, text } of findLocalized(fact)) problems.push(...localizedProblems(`${id}.${path}`, text));
  return problems;
}
