// "数据核对于 …" and the warning past 12 months. Facts about new occupations change (standards get
// revised, codes move in a new 大典), so the reader must see how old our check is.

export const STALE_AFTER_MONTHS = 12;

/** Parses YYYY-MM-DD or YYYY-MM (the first of the month) as a local calendar date. */
function parseDay(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1));
}

/**
 * True once more than 12 months have passed since `checked`: on 2027-11-01 data checked 2026-11-01
 * is still current, from 2027-11-02 it may be outdated. An unreadable date counts as stale, so a
 * typo in the data can never hide the warning.
 */
export function isDataStale(checked: string, now: Date = new Date()): boolean {
  const day = parseDay(checked);
  if (!day) return true;
  const limit = new Date(day.getFullYear(), day.getMonth() + STALE_AFTER_MONTHS, day.getDate() + 1);
  return now.getTime() >= limit.getTime();
}
