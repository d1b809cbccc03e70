import { describe, expect, it, vi } from 'vitest';
import { TabReports } from './badge';
import type { PageClaim, PageMention, PageSummary } from './page-messages';
import { collectFrames, listenForTabSummary, mergeSummaries, type FrameAnswer, type TabSummaryApi } from './tab-summary';

const mention = (index: number, cert: PageMention['cert'], term = cert === 'internet-marketer' ? '互联网营销师' : '全媒体运营师'): PageMention => ({
  index,
  cert,
  kind: 'name',
  term,
  context: term,
});
const claim = (index: number, verdict: string, text: string): PageClaim => ({ index, verdict, text, ruleId: 'r' });

function summary(framePath: number[], mentions: PageMention[], claims: PageClaim[] = [], extra: Partial<PageSummary> = {}): PageSummary {
  return {
    hostname: 'agency.test',
    active: true,
    mentions,
    moreMentions: { 'internet-marketer': 0, 'all-media-operator': 0 },
    claims,
    moreClaims: 0,
    claimsChecked: true,
    framePath,
    ...extra,
  };
}

const key = (s: PageSummary) => ({
  mentions: s.mentions.map((m) => `${m.frameId}:${m.index}:${m.cert}`),
  claims: s.claims.map((c) => `${c.frameId}:${c.index}:${c.verdict}`),
});

describe('mergeSummaries', () => {
  it('puts the top frame first, then the frames in document order (nested right after their parent), tagging every entry', () => {
    // Frame ids are creation order, not page order: frame 9 is the first iframe, 4 is nested in it.
    const answers: FrameAnswer[] = [
      { frameId: 7, summary: summary([1], [mention(0, 'all-media-operator')], [claim(0, 'misleading', '挂靠')]) },
      { frameId: 4, summary: summary([0, 0], [mention(0, 'internet-marketer')]) },
      { frameId: 0, summary: summary([], [mention(0, 'internet-marketer'), mention(1, 'all-media-operator')], [claim(0, 'contradicts', '人社部颁发')]) },
      { frameId: 9, summary: summary([0], [mention(0, 'internet-marketer'), mention(1, 'internet-marketer')]) },
    ];
    const merged = mergeSummaries(answers)!;
    expect(key(merged)).toEqual({
      mentions: ['0:0:internet-marketer', '0:1:all-media-operator', '9:0:internet-marketer', '9:1:internet-marketer', '4:0:internet-marketer', '7:0:all-media-operator'],
      claims: ['0:0:contradicts', '7:0:misleading'],
    });
    expect(merged.hostname).toBe('agency.test');
    expect(merged.claimsChecked).toBe(true);
    expect(merged.moreMentions).toEqual({ 'internet-marketer': 0, 'all-media-operator': 0 });
  });

  it('caps the lists across frames and counts the rest, adding what each frame left out', () => {
    const top = summary([], [mention(0, 'internet-marketer'), mention(1, 'internet-marketer')], [claim(0, 'misleading', 'a')], {
      moreMentions: { 'internet-marketer': 5, 'all-media-operator': 0 },
      moreClaims: 1,
    });
    const child = summary([0], [mention(0, 'internet-marketer'), mention(1, 'all-media-operator')], [claim(0, 'outdated', 'b'), claim(1, 'outdated', 'c')]);
    const merged = mergeSummaries([{ frameId: 3, summary: child }, { frameId: 0, summary: top }], 2, 2)!;
    expect(key(merged)).toEqual({
      mentions: ['0:0:internet-marketer', '0:1:internet-marketer', '3:1:all-media-operator'],
      claims: ['0:0:misleading', '3:0:outdated'],
    });
    expect(merged.moreMentions).toEqual({ 'internet-marketer': 6, 'all-media-operator': 0 });
    expect(merged.moreClaims).toBe(2);
  });

  it('takes the tab-wide fields from the top frame, and is undefined when no frame answered', () => {
    const merged = mergeSummaries([
      { frameId: 2, summary: summary([0], [], [], { hostname: 'x.test', active: true }) },
      { frameId: 0, summary: summary([], [], [], { active: false, claimsChecked: false }) },
    ])!;
    expect([merged.hostname, merged.active, merged.claimsChecked]).toEqual(['agency.test', false, false]);
    expect(mergeSummaries([])).toBeUndefined();
  });
});

describe('collectFrames', () => {
  it('asks the top frame and every known frame, dropping those that fail, time out or answer nonsense', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.fn(async (frameId: number, _message: unknown) => {
        if (frameId === 0) return summary([], [mention(0, 'internet-marketer')]);
        if (frameId === 5) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (frameId === 6) return new Promise(() => undefined); // a frame that never answers
        if (frameId === 8) return undefined;
        return summary([0], []);
      });
      const done = collectFrames({ frameIds: [5, 6, 7, 8], send, timeoutMs: 500 });
      await vi.advanceTimersByTimeAsync(600);
      const answers = await done;
      expect(answers.map((a) => a.frameId)).toEqual([0, 7]);
      expect(send.mock.calls.map((c) => c[0])).toEqual([0, 5, 6, 7, 8]);
      expect(send.mock.calls[0]![1]).toEqual({ type: 'certlens:page-summary' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('listenForTabSummary (the background answer, with a fake browser)', () => {
  function fakeBrowser(frames: Record<number, PageSummary | 'gone'>) {
    let listener: Parameters<TabSummaryApi['runtime']['onMessage']['addListener']>[0] | undefined;
    const sendMessage = vi.fn(async (_tabId: number, _message: unknown, { frameId }: { frameId: number }) => {
      const f = frames[frameId];
      if (!f || f === 'gone') throw new Error('Could not establish connection. Receiving end does not exist.');
      return f;
    });
    const api: TabSummaryApi = {
      runtime: {
        getURL: (path) => `chrome-extension://abc${path}`,
        onMessage: { addListener: (cb) => void (listener = cb) },
      },
      tabs: { sendMessage },
    };
    const ask = (message: unknown, url: string) =>
      new Promise<{ handled: boolean | void; response?: unknown }>((resolve) => {
        const handled = listener!(message, { url }, (response) => resolve({ handled, response }));
        if (handled !== true) resolve({ handled });
      });
    return { api, ask, sendMessage };
  }

  it('merges the frames the tab reported, skipping a frame that navigated away', async () => {
    const reports = new TabReports();
    const report = (documentTime: number) => ({ type: 'certlens:frame-report' as const, mentions: { 'internet-marketer': 1, 'all-media-operator': 0 }, claims: 0, documentTime });
    reports.set(12, 0, report(1));
    reports.set(12, 3, report(2));
    reports.set(12, 4, report(3));
    reports.set(12, 6, report(4));
    expect(reports.frameIds(12)).toEqual([0, 3, 4, 6]);
    const { api, ask, sendMessage } = fakeBrowser({
      0: summary([], [mention(0, 'internet-marketer')]),
      3: summary([0], [mention(0, 'internet-marketer'), mention(1, 'all-media-operator')], [claim(0, 'contradicts', '人社部颁发')]),
      4: 'gone',
      6: summary([0, 0], [mention(0, 'all-media-operator')]),
    });
    listenForTabSummary(api, (tabId) => reports.frameIds(tabId), 200);
    const { handled, response } = await ask({ type: 'certlens:tab-summary', tabId: 12 }, 'chrome-extension://abc/popup.html?tabId=12');
    expect(handled).toBe(true);
    expect(sendMessage.mock.calls.map((c) => [c[0], c[2].frameId])).toEqual([
      [12, 0],
      [12, 3],
      [12, 4],
      [12, 6],
    ]);
    expect(key(response as PageSummary)).toEqual({
      mentions: ['0:0:internet-marketer', '3:0:internet-marketer', '3:1:all-media-operator', '6:0:all-media-operator'],
      claims: ['3:0:contradicts'],
    });
  });

  it('answers null when no frame answers, and ignores other messages and web pages', async () => {
    const { api, ask, sendMessage } = fakeBrowser({});
    listenForTabSummary(api, () => [], 200);
    expect(await ask({ type: 'certlens:tab-summary', tabId: 1 }, 'chrome-extension://abc/popup.html')).toEqual({ handled: true, response: null });
    expect((await ask({ type: 'certlens:tab-summary', tabId: 1 }, 'https://agency.test/')).handled).toBeUndefined();
    expect((await ask({ type: 'certlens:frame-report' }, 'chrome-extension://abc/popup.html')).handled).toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
