// Facts.md §5 #18: a publication date of an occupation that differs from the real one
// ("全媒体运营师是在2020年5月…发布的16个新职业之一"). The true dates come from data/certificates.ts.
import { CERTIFICATES } from '../../data/certificates';
import { NOT_PUBLICATION_CUES, PUBLICATION_CUES } from '../../data/claim-rules';
import type { CertId } from '../../data/types';
import { findMentions } from './cert-context';

export interface DateMention {
  start: number;
  end: number;
  year: number;
  month?: number;
}

/**
 * "2020年5月", "2020 年 5 月份", "2019年" (normalised text: digits are ASCII), "二〇二一年七月", and the two-digit year
 * of chat ("20年6月"), taken as one only when a month follows ("20年" alone may be twenty years).
 * Not an edition or a fiscal year ("2015年版大典", "2015年大典", "2023年度").
 */
const DATE_RE =
  /((?:19|20)\d\d|[一二][〇○零九][〇○零一二三四五六七八九]{2}|(?<!\d)[12]\d(?=\s*年\s*\d{1,2}\s*月))\s*年(?!版|度|(?:的?(?:职业分类)?大典))\s*(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?)?/g;
/** A year and month (and day) in digits with a dot, slash or dash, as people write them: "2020.6", "2020/07", "2020.7.6". */
const NUMERIC_DATE_RE = /(?<![\d.\/-])((?:19|20)\d\d)[./-](0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?(?![\d]|[./-]\d)/g;
/** Digits written as characters, as in "二〇二一年七月". */
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year or month in digits or in characters (二〇二一 → 2021, 十二 → 12). */
function numberOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  if (written.startsWith('十')) return 10 + (CHINESE_DIGITS[written.slice(1)] ?? 0);
  return Number([...written].map((c) => CHINESE_DIGITS[c]).join(''));
}
const PUBLICATION_RE = new RegExp(PUBLICATION_CUES);
const NOT_PUBLICATION_RE = new RegExp(NOT_PUBLICATION_CUES);
const STANDARD_TITLE_RE = /标准(?:\(\d{4}年版\))?(?:》|是|由|于|为)/;
/**
 * The name of an occupation just before a date, in its clause ("用户增长运营师是2024年新增职业"):
 * the date is that occupation's. Without 师 or 员 inside, so it is the nearest name.
 */
const OCCUPATION_BEFORE_RE = /([^\s\d师员,;:。!?\n]{1,8}[师员])(?:是|为|于|在|属于|也是|则是)?[^,;:。!?\n师员]{0,3}$/;
/** How far from a date a word like 标准 or 公示 makes it the date of something else. */
const NOT_PUBLICATION_REACH = 24;

/** Year and months a date may name without being wrong: the notice's and the first report's. */
function acceptedDates(cert: CertId): { year: number; months: Set<number> } {
  const { date, reportedDate } = CERTIFICATES[cert].announcement;
  const dates = [date, reportedDate].filter((d): d is string => !!d);
  return {
    year: Number(date.slice(0, 4)),
    months: new Set(dates.filter((d) => d.startsWith(date.slice(0, 4))).map((d) => Number(d.slice(5, 7)))),
  };
}
const ACCEPTED: Record<CertId, { year: number; months: Set<number> }> = {
  'internet-marketer': acceptedDates('internet-marketer'),
  'all-media-operator': acceptedDates('all-media-operator'),
};

/** Dates in a sentence that are presented as a publication date (not a standard's, not the 公示's). */
export function publicationDates(normalised: string, sentence: { start: number; end: number }): DateMention[] {
  const text = normalised.slice(sentence.start, sentence.end);
  // A sentence about a standard (《…标准》, "国家职业标准（2023年版）是…") dates the standard, wherever the date stands in it.
  if (!PUBLICATION_RE.test(text) || STANDARD_TITLE_RE.test(text)) return [];
  const out: DateMention[] = [];
  for (const m of [...text.matchAll(DATE_RE), ...text.matchAll(NUMERIC_DATE_RE)]) {
    const around = text.slice(Math.max(0, m.index - NOT_PUBLICATION_REACH), m.index + m[0].length + NOT_PUBLICATION_REACH);
    if (NOT_PUBLICATION_RE.test(around)) continue;
    const occupation = OCCUPATION_BEFORE_RE.exec(text.slice(0, m.index))?.[1];
    if (occupation && findMentions(occupation).length === 0) continue;
    out.push({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].trimEnd().length,
      year: m[1]!.length === 2 ? 2000 + Number(m[1]) : numberOf(m[1]!),
      month: m[2] === undefined ? undefined : numberOf(m[2]),
    });
  }
  return out;
}

/** Whether a publication date is wrong for the certificate. */
export function isWrongPublicationDate(cert: CertId, date: Pick<DateMention, 'year' | 'month'>): boolean {
  const ok = ACCEPTED[cert];
  if (date.year !== ok.year) return true;
  return date.month !== undefined && !ok.months.has(date.month);
}
