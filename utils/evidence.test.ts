import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimRuleById } from '../data/claim-rules';
import { claimSourceById } from '../data/claim-sources';
import {
  addEvidence,
  clearEvidence,
  deleteEvidence,
  evidenceToJson,
  evidenceToMarkdown,
  exportFileName,
  loadEvidence,
  makeEvidence,
  mdText,
  normalizeEvidence,
  saveEvidence,
  type EvidenceExport,
} from './evidence';

beforeEach(() => fakeBrowser.reset());

const saved = (over: Partial<Parameters<typeof makeEvidence>[0]> = {}) =>
  makeEvidence({
    ruleId: 'issued-by-mohrss',
    quote: '互联网营销师证书由人社部颁发，\n  全国通用！',
    phrase: '人社部颁发',
    pageUrl: 'https://agency.example/course?id=3#top',
    pageTitle: '互联网营销师 考证班',
    locale: 'zh_CN',
    savedAt: new Date('2026-11-20T02:30:00Z'),
    ...over,
  });

describe('makeEvidence', () => {
  it('copies the verdict, truth, how to check and dated sources the reader saw', () => {
    const item = saved();
    const rule = claimRuleById('issued-by-mohrss');
    expect(item).toMatchObject({
      ruleId: 'issued-by-mohrss',
      verdict: 'contradicts',
      verdictLabel: '与官方信息不符',
      truth: rule.truth.zh_CN,
      howToCheck: rule.howToCheck.zh_CN,
      quote: '互联网营销师证书由人社部颁发， 全国通用！',
      savedAt: '2026-11-20T02:30:00.000Z',
    });
    expect(item.sources.map((s) => s.url)).toEqual(rule.sources.map((id) => claimSourceById(id).url));
    expect(item.sources.every((s) => /^\d{4}-\d{2}(-\d{2})?$/.test(s.date ?? '2000-01-01'))).toBe(true);
  });

  it('speaks the reader’s language', () => {
    expect(saved({ locale: 'en' }).verdictLabel).toBe('Contradicts official information');
    expect(saved({ locale: 'zh_TW' }).truth).toBe(claimRuleById('issued-by-mohrss').truth.zh_TW);
  });

  it('gives the same claim on the same page the same id, whatever the fragment, time or spacing', () => {
    const a = saved();
    const b = saved({ pageUrl: 'https://agency.example/course?id=3', savedAt: new Date(), quote: '互联网营销师证书由人社部颁发， 全国通用！' });
    expect(b.id).toBe(a.id);
    expect(saved({ pageUrl: 'https://agency.example/course?id=4' }).id).not.toBe(a.id);
    expect(saved({ ruleId: 'nationwide-validity', phrase: '全国通用' }).id).not.toBe(a.id);
  });
});

describe('addEvidence / normalizeEvidence', () => {
  it('dedupes the same claim on the same URL, keeping the first save', () => {
    const first = saved();
    const again = saved({ savedAt: new Date('2026-11-21T00:00:00Z') });
    const { items, added } = addEvidence([first], again);
    expect(added).toBe(false);
    expect(items).toEqual([first]);
    expect(addEvidence([first], saved({ phrase: '全国通用', ruleId: 'nationwide-validity' })).added).toBe(true);
  });

  it('keeps valid items, drops damaged ones with a message, and dedupes', () => {
    const good = saved();
    const { items, problems } = normalizeEvidence([good, { ...good }, { quote: 'x' }, 'junk', { ...good, id: 'x', verdict: 'nonsense' }]);
    expect(items).toEqual([good]);
    expect(problems).toHaveLength(3);
  });

  it('falls back to nothing for a value that is not a list', () => {
    expect(normalizeEvidence(undefined)).toEqual({ items: [], problems: [], unreadable: [] });
    expect(normalizeEvidence({ a: 1 }).problems[0]).toMatch(/expected a list/);
  });

  it('recomputes ids and fills what older or edited items lack', () => {
    const { id: _id, verdictLabel: _v, howToCheck: _h, ...bare } = saved();
    const [item] = normalizeEvidence([{ ...bare, id: 'tampered', sources: [{ title: 't', url: 'u' }, { nope: 1 }] }]).items;
    expect(item!.id).toBe(saved().id);
    expect(item!.verdictLabel).toBe('与官方信息不符');
    expect(item!.howToCheck).toBe('');
    expect(item!.sources).toEqual([{ title: 't', url: 'u' }]);
  });
});

describe('stored evidence', () => {
  it('saves, refuses a duplicate, deletes one and all', async () => {
    const a = saved();
    const b = saved({ ruleId: 'nationwide-validity', phrase: '全国通用' });
    expect(await saveEvidence(a)).toBe('saved');
    expect(await saveEvidence(saved({ savedAt: new Date() }))).toBe('duplicate');
    expect(await saveEvidence(b)).toBe('saved');
    expect((await loadEvidence()).items.map((i) => i.id)).toEqual([a.id, b.id]);
    await deleteEvidence(a.id);
    expect((await loadEvidence()).items.map((i) => i.id)).toEqual([b.id]);
    await clearEvidence();
    expect((await loadEvidence()).items).toEqual([]);
  });

  it('survives a corrupted stored value', async () => {
    await fakeBrowser.storage.local.set({ evidence: 'garbage' });
    const { items, problems } = await loadEvidence();
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(await saveEvidence(saved())).toBe('saved');
    // What could not be read is still there after the save, beside the new item.
    expect((await fakeBrowser.storage.local.get('evidence')).evidence).toEqual(['garbage', expect.objectContaining({ id: saved().id })]);
  });

  it('never loses entries it cannot read (a newer build\'s) when saving, deleting or clearing', async () => {
    const future = { id: 'from-a-newer-build', shape: 'unknown to this build' };
    await fakeBrowser.storage.local.set({ evidence: [future] });
    const a = saved();
    expect((await loadEvidence()).problems).toHaveLength(1);
    expect(await saveEvidence(a)).toBe('saved');
    expect((await loadEvidence()).items.map((i) => i.id)).toEqual([a.id]);
    await deleteEvidence(a.id);
    await saveEvidence(a);
    await clearEvidence();
    expect((await fakeBrowser.storage.local.get('evidence')).evidence).toEqual([future]);
  });
});

describe('export', () => {
  const at = new Date('2026-11-27T08:00:00Z');

  it('Markdown: says what it is, then per item quote, verdict, truth, dated sources, URL, time', () => {
    const a = saved();
    const md = evidenceToMarkdown([a, saved({ ruleId: 'guaranteed-pass', phrase: '包过', quote: '全媒体运营师包过！' })], 'zh_CN', at);
    expect(md.startsWith('# 证书透镜核查记录')).toBe(true);
    expect(md).toContain('12315');
    expect(md).toContain('- 条目数：2');
    expect(md).toContain('## 1. 与官方信息不符：人社部颁发');
    expect(md).toContain('## 2. 违规宣传：包过');
    expect(md).toContain('  > 互联网营销师证书由人社部颁发， 全国通用！');
    expect(md).toContain('- 网址：<https://agency.example/course?id=3#top>');
    expect(md).toMatch(/- 记录时间：2026-11-2\d \d\d:\d\d \(UTC[+-]\d\d:\d\d\)/);
    expect(md).toContain(`- 官方信息：${mdText(a.truth)}`);
    for (const s of a.sources) {
      expect(md).toContain(`<${s.url}>`);
      if (s.date) expect(md).toContain(s.date);
    }
  });

  it('Markdown: page text cannot inject links, HTML or emphasis', () => {
    const md = evidenceToMarkdown([saved({ quote: '人社部颁发 [点我](http://evil) <img src=x> **粗体**', pageTitle: '# 标题 | 表格' })], 'zh_CN', at);
    expect(md).toContain('\\[点我\\](http://evil) \\<img src=x\\> \\*\\*粗体\\*\\*');
    expect(md).toContain('- 网页：# 标题 \\| 表格');
    expect(md).not.toMatch(/(?<!\\)<img/);
  });

  it('Markdown in English', () => {
    const md = evidenceToMarkdown([saved({ locale: 'en' })], 'en', at);
    expect(md).toContain('# CertLens record');
    expect(md).toContain('## 1. Contradicts official information：人社部颁发');
  });

  it('JSON: versioned, the items as stored, each with a ClaimReview', () => {
    const a = saved();
    const doc = JSON.parse(evidenceToJson([a], at)) as EvidenceExport;
    expect(doc.format).toBe('certlens-evidence');
    expect(doc.version).toBe(1);
    expect(doc.exportedAt).toBe('2026-11-27T08:00:00.000Z');
    const { claimReview, ...item } = doc.items[0]!;
    expect(item).toEqual(a);
    expect(claimReview['@type']).toBe('ClaimReview');
    expect(claimReview.claimReviewed).toBe(a.quote);
    expect(claimReview.itemReviewed.appearance.url).toBe(a.pageUrl);
    expect(claimReview.reviewRating.alternateName).toBe('与官方信息不符');
  });

  it('names the files by date', () => {
    expect(exportFileName('md', new Date(2026, 10, 27))).toBe('certlens-evidence-2026-11-27.md');
  });
});
