// Saved evidence: flagged claims the reader kept, for a complaint to 12315 or a refund request.
// Kept in extension storage (local only, versioned like utils/settings.ts) and read everywhere
// through normalizeEvidence(), so a damaged stored value loses only the damaged items. Each item
// is self-contained: the verdict, the truth and the sources are copied at save time in the words
// the reader saw, so an export still says the same after the rules are updated.
import { storage } from 'wxt/utils/storage';
import { CLAIM_VERDICTS, VERDICT_MESSAGE_KEYS, claimRuleById, type ClaimVerdict } from '../data/claim-rules';
import { claimSourceById } from '../data/claim-sources';
import { toClaimReview, type ClaimReview } from './claims/claim-review';
import { translate } from './i18n';
import { LOCALES, type Locale } from './locale';

export interface EvidenceSource {
  title: string;
  url: string;
  date?: string;
  publisher?: string;
}

export interface EvidenceItem {
  /** Derived from the page address, rule and sentence: the same claim saved twice is one item. */
  id: string;
  /** When it was saved (ISO 8601). */
  savedAt: string;
  pageUrl: string;
  pageTitle: string;
  /** The sentence as the page writes it. */
  quote: string;
  /** The flagged phrase inside it. */
  phrase: string;
  ruleId: string;
  verdict: ClaimVerdict;
  /** The verdict label, the truth and how to check, in the language the reader saw them. */
  verdictLabel: string;
  truth: string;
  howToCheck: string;
  sources: EvidenceSource[];
  locale: Locale;
  /** For a link flagged by its address: the host it points to. */
  host?: string;
}

export const EVIDENCE_VERSION = 1;

/** Add `N: (old) => new` here when the item shape changes, and a test in storage-migration.test.ts. */
export const EVIDENCE_MIGRATIONS: Record<number, (old: any) => unknown> = {};

// Read and written everywhere, migrated only by the background (see settingsItem for why).
export const evidenceItem = storage.defineItem<unknown[]>('local:evidence', { fallback: [] as unknown[] });

// ---- building items ---------------------------------------------------------------------------

export interface EvidenceInput {
  ruleId: string;
  quote: string;
  phrase: string;
  host?: string;
  pageUrl: string;
  pageTitle: string;
  locale: Locale;
  savedAt: Date;
}

/** Collapses the page's white space (line breaks of the source) as a reader sees the text. */
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The page address without its #fragment: the same page scrolled elsewhere is the same page. */
function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}

/** FNV-1a over the UTF-16 units, as 8 hex digits: a short stable id, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function evidenceId(item: Pick<EvidenceItem, 'pageUrl' | 'ruleId' | 'quote' | 'phrase'>): string {
  return `${item.ruleId}-${hash([pageKey(item.pageUrl), item.ruleId, squeeze(item.quote), squeeze(item.phrase)].join('\u0001'))}`;
}

export function makeEvidence(input: EvidenceInput): EvidenceItem {
  const rule = claimRuleById(input.ruleId);
  const base = {
    savedAt: input.savedAt.toISOString(),
    pageUrl: input.pageUrl,
    pageTitle: squeeze(input.pageTitle),
    quote: squeeze(input.quote),
    phrase: squeeze(input.phrase),
    ruleId: rule.id,
    verdict: rule.verdict,
    verdictLabel: translate(input.locale, VERDICT_MESSAGE_KEYS[rule.verdict]),
    truth: rule.truth[input.locale],
    howToCheck: rule.howToCheck[input.locale],
    sources: rule.sources.map((id) => {
      const s = claimSourceById(id);
      return { title: s.title, url: s.url, ...(s.date ? { date: s.date } : {}), ...(s.publisher ? { publisher: s.publisher } : {}) };
    }),
    locale: input.locale,
    ...(input.host ? { host: input.host } : {}),
  };
  return { id: evidenceId(base), ...base };
}

// ---- reading what is stored ------------------------------------------------------------------

export interface NormalizedEvidence {
  items: EvidenceItem[];
  /** What was wrong with the stored value (items left out), for the options page. */
  problems: string[];
  /**
   * Stored entries this build cannot read (damaged, or written by a newer build). They are left
   * out of `items` but written back untouched on every save, so nothing the user saved is lost.
   */
  unreadable: unknown[];
}

const isString = (x: unknown): x is string => typeof x === 'string';

function normalizeItem(raw: unknown): EvidenceItem | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'not an object';
  const r = raw as Record<string, unknown>;
  for (const key of ['savedAt', 'pageUrl', 'quote', 'phrase', 'ruleId', 'truth'] as const) {
    if (!isString(r[key]) || r[key] === '') return `${key} missing`;
  }
  if (Number.isNaN(Date.parse(r.savedAt as string))) return 'savedAt is not a date';
  if (!CLAIM_VERDICTS.includes(r.verdict as ClaimVerdict)) return 'unknown verdict';
  const locale = LOCALES.includes(r.locale as Locale) ? (r.locale as Locale) : 'zh_CN';
  const sources: EvidenceSource[] = Array.isArray(r.sources)
    ? r.sources.flatMap((s): EvidenceSource[] => {
        const o = s as Record<string, unknown> | null;
        if (!o || !isString(o.title) || !isString(o.url)) return [];
        return [{ title: o.title, url: o.url, ...(isString(o.date) ? { date: o.date } : {}), ...(isString(o.publisher) ? { publisher: o.publisher } : {}) }];
      })
    : [];
  const item: Omit<EvidenceItem, 'id'> = {
    savedAt: r.savedAt as string,
    pageUrl: r.pageUrl as string,
    pageTitle: isString(r.pageTitle) ? r.pageTitle : '',
    quote: r.quote as string,
    phrase: r.phrase as string,
    ruleId: r.ruleId as string,
    verdict: r.verdict as ClaimVerdict,
    verdictLabel: isString(r.verdictLabel) && r.verdictLabel ? r.verdictLabel : translate(locale, VERDICT_MESSAGE_KEYS[r.verdict as ClaimVerdict]),
    truth: r.truth as string,
    howToCheck: isString(r.howToCheck) ? r.howToCheck : '',
    sources,
    locale,
    ...(isString(r.host) && r.host ? { host: r.host } : {}),
  };
  return { id: evidenceId(item), ...item };
}

/** Turns whatever is stored into valid items (oldest first, one per claim), keeping every valid one. */
export function normalizeEvidence(raw: unknown): NormalizedEvidence {
  if (raw === null || raw === undefined) return { items: [], problems: [], unreadable: [] };
  if (!Array.isArray(raw)) {
    return { items: [], problems: [`evidence: expected a list, found ${typeof raw}; kept as it is`], unreadable: [raw] };
  }
  const problems: string[] = [];
  const unreadable: unknown[] = [];
  let items: EvidenceItem[] = [];
  raw.forEach((entry, i) => {
    const item = normalizeItem(entry);
    if (typeof item === 'string') {
      problems.push(`evidence #${i + 1}: ${item}; kept in storage, not shown`);
      unreadable.push(entry);
    } else items = addEvidence(items, item).items;
  });
  return { items, problems, unreadable };
}

/** Adds an item unless the same claim on the same page is already there (the first save stands). */
export function addEvidence(items: readonly EvidenceItem[], item: EvidenceItem): { items: EvidenceItem[]; added: boolean } {
  if (items.some((i) => i.id === item.id)) return { items: [...items], added: false };
  return { items: [...items, item], added: true };
}

export function removeEvidence(items: readonly EvidenceItem[], id: string): EvidenceItem[] {
  return items.filter((i) => i.id !== id);
}

// ---- storage -----------------------------------------------------------------------------------

export async function loadEvidence(): Promise<NormalizedEvidence> {
  try {
    return normalizeEvidence(await evidenceItem.getValue());
  } catch (error) {
    return { items: [], problems: [`evidence: could not be read (${String(error)})`], unreadable: [] };
  }
}

/** Writes the readable items back, after whatever this build could not read (never dropped). */
async function store(unreadable: unknown[], items: EvidenceItem[]): Promise<void> {
  await evidenceItem.setValue([...unreadable, ...items]);
}

/** Saves an item; 'duplicate' when the same claim on the same page was saved before. */
export async function saveEvidence(item: EvidenceItem): Promise<'saved' | 'duplicate'> {
  const { items, unreadable } = await loadEvidence();
  const next = addEvidence(items, item);
  if (!next.added) return 'duplicate';
  await store(unreadable, next.items);
  return 'saved';
}

export async function deleteEvidence(id: string): Promise<void> {
  const { items, unreadable } = await loadEvidence();
  await store(unreadable, removeEvidence(items, id));
}

/** Deletes every item the user can see; entries this build cannot read stay. */
export async function clearEvidence(): Promise<void> {
  await store((await loadEvidence()).unreadable, []);
}

export function watchEvidence(callback: (n: NormalizedEvidence) => void): () => void {
  return evidenceItem.watch((value) => callback(normalizeEvidence(value)));
}

// ---- export ------------------------------------------------------------------------------------

/** "2026-11-27 08:05 (UTC+08:00)": local time with its offset, as a complaint form wants it. */
export function formatLocalTime(iso: string, date = new Date(iso)): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())} (UTC${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)})`;
}

/**
 * Page text in Markdown: on one line, with the inline characters Markdown would act on escaped
 * (emphasis, links, code, HTML, tables). Block syntax (#, -, >) cannot start a line here: every
 * text is written after a label.
 */
export function mdText(s: string): string {
  return squeeze(s).replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** An address as an autolink; characters that would end it early are percent-encoded. */
function mdUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

export function evidenceToMarkdown(items: readonly EvidenceItem[], locale: Locale, exportedAt: Date): string {
  const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const out: string[] = [
    `# ${t('evidence_mdTitle')}`,
    '',
    t('evidence_mdIntro'),
    '',
    `- ${t('evidence_mdExportedAt')}：${formatLocalTime(exportedAt.toISOString(), exportedAt)}`,
    `- ${t('evidence_mdCount')}：${items.length}`,
  ];
  items.forEach((item, i) => {
    out.push(
      '',
      `## ${i + 1}. ${mdText(item.verdictLabel)}：${mdText(item.phrase)}`,
      '',
      `- ${t('evidence_mdPage')}：${mdText(item.pageTitle || t('evidence_mdUntitled'))}`,
      `- ${t('evidence_mdUrl')}：${mdUrl(item.pageUrl)}`,
      `- ${t('evidence_mdSavedAt')}：${formatLocalTime(item.savedAt)}`,
      `- ${t('evidence_mdQuote')}：`,
      '',
      `  > ${mdText(item.quote)}`,
      '',
      `- ${t('evidence_mdPhrase')}：${mdText(item.phrase)}${item.host ? `（${mdText(item.host)}）` : ''}`,
      `- ${t('evidence_mdVerdict')}：${mdText(item.verdictLabel)}`,
      `- ${t('evidence_mdTruth')}：${mdText(item.truth)}`,
    );
    if (item.howToCheck) out.push(`- ${t('evidence_mdHowToCheck')}：${mdText(item.howToCheck)}`);
    if (item.sources.length > 0) {
      out.push(`- ${t('evidence_mdSources')}：`);
      for (const s of item.sources) {
        const by = [s.publisher, s.date].filter(Boolean).join('，');
        out.push(`  - ${mdText(s.title)}${by ? `（${mdText(by)}）` : ''} ${mdUrl(s.url)}`);
      }
    }
  });
  return `${out.join('\n')}\n`;
}

export interface EvidenceExport {
  format: 'certlens-evidence';
  version: typeof EVIDENCE_VERSION;
  exportedAt: string;
  items: (EvidenceItem & { claimReview: ClaimReview })[];
}

/** JSON for tools: the items as stored, each with its schema.org ClaimReview. */
export function evidenceToJson(items: readonly EvidenceItem[], exportedAt: Date): string {
  const doc: EvidenceExport = {
    format: 'certlens-evidence',
    version: EVIDENCE_VERSION,
    exportedAt: exportedAt.toISOString(),
    items: items.map((item) => ({
      ...item,
      claimReview: toClaimReview(
        { ruleId: item.ruleId, verdict: item.verdict, quote: item.quote, start: 0, end: 0, sentenceStart: 0, sentenceEnd: 0 },
        { url: item.pageUrl, title: item.pageTitle || undefined },
        item.savedAt.slice(0, 10),
        item.locale,
      ),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** File names for the downloads, dated: certlens-evidence-2026-11-27.md */
export function exportFileName(kind: 'md' | 'json', at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `certlens-evidence-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.${kind}`;
}
