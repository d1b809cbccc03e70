// Pages with more than 16,384 characters of text, which the engine scans with its large-page scan
// (utils/page/page-engine.ts, #advanceText): it reads the document's text once, finds where a
// trigger may start ("hits"), skips subtrees that hold none, and passes long lists (more than 16
// children) child by child (sparse) or text node by text node (dense). Each page here is made for
// one of its paths, with mentions where that path could lose them: the first and last card of a
// long list, names split across inline elements, by hidden text, or across two adjacent children
// of the list, a name inside a large child, content after a dense list, and a page that removes
// what the scan stands on while it scans (the scan must begin again, and leave nothing on the
// removed text).
//
// The pages are generated here and served at fixture URLs (the harness's static server has the
// witness script, tests/fixtures/engine-page-witness.js); their text is FILLER-like job-ad words
// that hold no place where a trigger may start, so every hit is a mention the test put there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/extension';
import { highlighted, waitFor, witness, type Highlighted } from './engine-helpers';

/** Words that cannot start, complete or neighbour a name, code, work type, direction or claim word. */
const WORDS = ['招聘', '要求', '持有', '证书', '优先', '的', '，', '。', '岗位', '经验', '年薪', ' ', '12'];

/**
 * `length` or a few more characters of `words`, the same for the same seed. Self-contained (no
 * imports, WORDS as its default only), so that a page script can take its source too.
 */
function filler(seed: number, length: number, words: readonly string[] = WORDS): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += words[(x >>> 16) % words.length];
  }
  return out;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${body}\n<script src="/engine-page-witness.js"></script>\n</body></html>`;

const card = (i: number, extra = '') => `<div class="card" id="c${i}"><h3>岗位${i}</h3><p>${filler(i, 100)}</p>${extra}</div>`;

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

/** Serves `html` at a fixture URL of its own and opens it. */
async function openGenerated(name: string, html: string): Promise<Page> {
  const path = `large-pages/${name}.html`;
  await session.context.route(session.server.url(path), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return session.open(path);
}

const mentions = async (p: Page) => (await highlighted(p)).filter((h) => h.name.startsWith('certlens-mention-'));

/** Waits for `count` mention highlights, then a little longer to see that no more (or fewer) come. */
async function settled(p: Page, count: number): Promise<Highlighted[]> {
  await waitFor(() => mentions(p), (list) => list.length >= count, 20_000);
  await p.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  return mentions(p);
}

/** The mention texts by element id (nearest id around the range's start), sorted. */
function byId(list: Highlighted[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of list) (out[h.id ?? '(none)'] ??= []).push(h.text);
  for (const texts of Object.values(out)) texts.sort();
  return out;
}

async function unchanged(p: Page) {
  const w = await witness(p);
  expect(w.same).toBe(true);
  expect(w.textSame).toBe(true);
  expect(w.nodesNow).toBe(w.nodesBefore);
  expect(w.mutations).toBe(0);
}

describe('a long sparse list (400 cards, a few mentions)', () => {
  let p: Page;
  beforeAll(async () => {
    const cards: string[] = [];
    for (let i = 0; i < 400; i++) {
      const extra: Record<number, string> = {
        0: '<p>持有互联网营销师证书者优先。</p>',
        100: '<p>持有<b>全媒</b><i>体运</i>营师证书</p>',
        150: '<p>全媒體運營師</p>',
        200: '<p>持有互联网<span style="display:none">隐藏的字</span>营销师证书</p>',
        250: '<p>全媒体运营师资培训</p><p>新媒体运营师</p>',
        399: '<p>全媒体运营师</p>',
      };
      cards.push(card(i, extra[i]));
      // Straight in the list, between two cards: a name across adjacent children (text, inline, text).
      if (i === 300) cards.push('持有全媒<span>体运营</span>师证书');
      if (i === 350) cards.push('<a href="#x">互联</a><em>网营销</em>师');
    }
    p = await openGenerated('sparse', page('large sparse list', `<h1>招聘信息</h1>\n<main id="list">${cards.join('\n')}</main>`));
    expect(await p.evaluate(() => document.documentElement.textContent!.length)).toBeGreaterThan(16384);
  });
  afterAll(async () => {
    await p?.close();
  });

  it('highlights exactly its mentions: first and last card, split by inline elements or hidden text, across adjacent list children', async () => {
    const list = await settled(p, 7);
    expect(list).toHaveLength(7);
    expect(byId(list)).toEqual({
      c0: ['互联网营销师'],
      c100: ['全媒体运营师'],
      c150: ['全媒體運營師'],
      c200: ['互联网隐藏的字营销师'],
      list: ['互联网营销师', '全媒体运营师'],
      c399: ['全媒体运营师'],
    });
    expect(list.every((h) => h.connected)).toBe(true);
  });

  it('leaves the page as it was', async () => {
    await unchanged(p);
  });
});

describe('a long news page full of everyday characters (互联网, 全国, 直播, 视频, 安全), two mentions at its end', () => {
  // On such a page every 全 and 互 may begin a name (the rest of one follows further down), so
  // most paragraphs are walked; text nodes ending in 直播, 视频 or 安全 must still not start a
  // block for that (they are no possible start of a name), while a work type split by markup,
  // with a certificate word next to it, is found as before.
  let p: Page;
  beforeAll(async () => {
    const words = ['互联网行业', '全国各地', '相互协作', '完全不同', '互动', '全面发展', '的', '，', '平台经济', '用户增长', '。'];
    const tags = ['直播', '短视频', '网络安全', '精选'];
    const paragraphs: string[] = [];
    for (let i = 0; i < 600; i++) paragraphs.push(`<p>${filler(i, 24, words)}<a href="#t${i}">${tags[i % tags.length]}</a></p>`);
    const end =
      '<p id="worktype">招聘<b>直播</b>销售员，需职业技能等级证书</p>\n' +
      '<p id="name">报名<b>全媒体运营师</b>培训</p>\n' +
      '<p id="with-name">互联网营销师（视频创推员）</p>';
    p = await openGenerated('news', page('large news page', `<article id="news">${paragraphs.join('')}</article>\n${end}`));
    expect(await p.evaluate(() => document.documentElement.textContent!.length)).toBeGreaterThan(16384);
  });
  afterAll(async () => {
    await p?.close();
  });

  it('highlights the two names and the two work types, nothing in the news text', async () => {
    const list = await settled(p, 4);
    expect(byId(list)).toEqual({
      worktype: ['直播销售员'],
      name: ['全媒体运营师'],
      'with-name': ['互联网营销师', '视频创推员'],
    });
  });

  it('leaves the page as it was', async () => {
    await unchanged(p);
  });
});

describe('a dense list (a mention in every third card), and content after it', () => {
  let p: Page;
  const expected: Record<string, string[]> = {};
  beforeAll(async () => {
    const cards: string[] = [];
    for (let i = 0; i < 300; i++) {
      let extra = '';
      if (i % 3 === 0) {
        const kind = (i / 3) % 4;
        extra = ['<p>持有全媒体运营师证书</p>', '<p>持有互联网<b>营销</b>师证书</p>', '<p>全媒體<span hidden>字</span>運營師</p>', '<p><em>互联网营销师</em></p>'][kind]!;
        expected[`c${i}`] = [['全媒体运营师', '互联网营销师', '全媒體字運營師', '互联网营销师'][kind]!];
      }
      cards.push(card(i, extra));
    }
    const after = '<p id="after">持有互联网营销师证书</p>\n<div id="after-split"><span>全媒</span>体运营师</div>';
    expected.after = ['互联网营销师'];
    expected['after-split'] = ['全媒体运营师'];
    // No blank text between the cards: 300 children, 100 of them with a hit (dense: more than one in four).
    p = await openGenerated('dense', page('large dense list', `<section id="dense">${cards.join('')}</section>\n${after}`));
  });
  afterAll(async () => {
    await p?.close();
  });

  it('highlights all 100 mentions of the list', async () => {
    const list = await settled(p, 102);
    expect(list).toHaveLength(102);
    const found = byId(list);
    for (let i = 0; i < 300; i += 3) expect(found[`c${i}`], `c${i}`).toEqual(expected[`c${i}`]);
  });

  it('finds the mentions after the list (its siblings, once the list is walked)', async () => {
    const found = byId(await mentions(p));
    expect(found.after).toEqual(['互联网营销师']);
    expect(found['after-split']).toEqual(['全媒体运营师']);
    expect(found).toEqual(expected);
  });

  it('leaves the page as it was', async () => {
    await unchanged(p);
  });
});

describe('mentions inside large children of a long list', () => {
  let p: Page;
  beforeAll(async () => {
    const cards: string[] = [];
    for (let i = 0; i < 200; i++) {
      if (i === 120) {
        // Over 1,024 characters, a few children: split into them, the mentions among filler.
        cards.push(
          `<div class="card" id="big"><h3>岗位说明</h3><p>${filler(1, 600)}</p><p id="big-a">持有全媒体运营师证书</p>` +
            `<p id="big-b">${filler(2, 700)}互联网营销师${filler(3, 700)}</p><p>${filler(4, 600)}</p></div>`,
        );
      } else if (i === 160) {
        // Over 1,024 characters and 40 children: a long list in the long list.
        const items = Array.from({ length: 40 }, (_, k) => (k === 33 ? '<li id="nested-hit">招聘<b>全媒体运营</b>师</li>' : `<li>${filler(1000 + k, 40)}</li>`));
        cards.push(`<div class="card" id="nested"><ul>${items.join('')}</ul></div>`);
      } else cards.push(card(i));
    }
    p = await openGenerated('large-child', page('large children', `<main id="list">${cards.join('\n')}</main>`));
  });
  afterAll(async () => {
    await p?.close();
  });

  it('highlights the mentions in a large child and in a long list nested in the list, and nothing else', async () => {
    const list = await settled(p, 3);
    expect(byId(list)).toEqual({ 'big-a': ['全媒体运营师'], 'big-b': ['互联网营销师'], 'nested-hit': ['全媒体运营师'] });
    expect(list).toHaveLength(3);
  });

  it('leaves the page as it was', async () => {
    await unchanged(p);
  });
});

describe('a page that removes what the scan stands on while it scans', () => {
  // 25,000 list items of two text nodes each (50,000 text nodes), a mention in every third one:
  // building that many blocks takes the engine many idle slices. The page watches its own
  // CSS.highlights to see how far the scan got (highlights come in document order) and, three
  // times while it scans, replaces the 1,500 items after the last highlighted one (where the scan's
  // walker stands) and that item too. The scan must begin again (a TreeWalker standing on a
  // removed node ends early), find the mentions of the new items and of the rest of the list, and
  // drop the highlights of the removed ones. When this was written the engine failed it: #lostPlace
  // sees a walker's current node removed, not its list item, so the scan ended at the removed
  // items and the rest of the list stayed unhighlighted (removeScanned in reliability-fuzz's
  // KNOWN_GAPS).
  const N = 25_000;
  const script = `
(() => {
  const N = ${N};
  const WORDS = ${JSON.stringify(WORDS)};
  const filler = ${filler.toString()};
  const NAMES = ['全媒体运营师', '互联网营销师'];
  const list = document.getElementById('feed');
  // An item: filler, then a span with a name (class "mention") or more filler. data-i keeps the
  // items' order (a replacement takes the place and number of the item it replaces).
  const item = (i, named, round) => {
    const li = document.createElement('li');
    li.dataset.i = String(i);
    li.append(filler(i * 7 + round, 14));
    const span = document.createElement('span');
    if (named) {
      span.className = 'mention';
      span.textContent = NAMES[(i + round) % 2];
    } else span.textContent = filler(i * 13 + round, 8);
    li.append(span);
    return li;
  };
  const frag = document.createDocumentFragment();
  for (let i = 0; i < N; i++) frag.append(item(i, i % 3 === 0, 0));
  list.append(frag);

  // Every change the page makes is taken synchronously; any other record is someone else's.
  const foreign = [];
  const observer = new MutationObserver((records) => foreign.push(...records.map((r) => r.type + ' on ' + r.target.nodeName)));
  const own = (change) => {
    foreign.push(...observer.takeRecords().map((r) => r.type + ' on ' + r.target.nodeName));
    change();
    observer.takeRecords();
  };
  const state = { rounds: [], foreign, done: false };
  window.__restart = state;
  const lastHighlighted = () => {
    let last = -1;
    let count = 0;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('certlens-mention')) continue;
      for (const r of h) {
        const li = r.startContainer.parentElement && r.startContainer.parentElement.closest('li');
        if (!li || !li.isConnected) continue;
        count++;
        last = Math.max(last, Number(li.dataset.i));
      }
    }
    return { last, count };
  };
  let seen = 0;
  const tick = () => {
    const { last, count } = lastHighlighted();
    // Mid-scan: some highlights, the scan well before the end of the list, and it moved since the last round.
    if (last >= 0 && last < N - 3000 && count > seen) {
      const round = state.rounds.length + 1;
      const items = [...list.children];
      const at = items.findIndex((li) => Number(li.dataset.i) === last);
      // Replace the last highlighted item (its mention must go) and the 1,500 after it.
      const doomed = items.slice(at, at + 1501);
      const fresh = document.createDocumentFragment();
      for (const old of doomed) {
        const i = Number(old.dataset.i);
        fresh.append(item(i, i % 3 === round % 3, round));
      }
      own(() => {
        const range = document.createRange();
        range.setStartBefore(doomed[0]);
        range.setEndAfter(doomed[doomed.length - 1]);
        range.deleteContents();
        range.insertNode(fresh);
      });
      state.rounds.push({ last, count, removed: doomed.length });
      seen = count;
    }
    if (state.rounds.length < 3 && performance.now() < 60000) setTimeout(tick, 4);
    else state.done = true;
  };
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    tick();
  });
})();`;
  let p: Page;
  beforeAll(async () => {
    p = await openGenerated('restart', page('removed while scanned', `<ul id="feed"></ul>\n<script>${script}</script>`));
  });
  afterAll(async () => {
    await p?.close();
  });

  it('removes items three times while the scan is under way', async () => {
    const state = await waitFor(
      () => p.evaluate(() => (window as unknown as { __restart: { rounds: { last: number; count: number; removed: number }[]; done: boolean } }).__restart),
      (s) => s.done,
      60_000,
    );
    console.log(`[large pages] removal rounds: ${JSON.stringify(state.rounds)}`);
    expect(state.rounds).toHaveLength(3);
    // Each round came while the scan was well short of the end of the list.
    for (const r of state.rounds) expect(r.last).toBeLessThan(N - 3000);
  });

  it('ends with exactly the mentions on the page, and none on removed text', async () => {
    const read = () =>
      p.evaluate(() => {
        const spans = [...document.querySelectorAll('span.mention')];
        const want = new Map(spans.map((s) => [s, s.textContent]));
        const bad: string[] = [];
        const hit = new Set<Element>();
        let ranges = 0;
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('certlens-mention')) continue;
          for (const r of h as Iterable<AbstractRange>) {
            ranges++;
            const span = r.startContainer.parentElement;
            if (!r.startContainer.isConnected || !r.endContainer.isConnected) bad.push(`a highlight on removed text: ${r.startContainer.textContent}`);
            else if (!span || !want.has(span) || r.endContainer !== r.startContainer) bad.push(`a highlight outside a mention: ${r.startContainer.textContent}`);
            else if (hit.has(span)) bad.push(`a mention highlighted twice: ${span.textContent}`);
            else if ((r.startContainer as Text).data.slice(r.startOffset, r.endOffset) !== want.get(span)) bad.push(`a highlight of part of a mention: ${span.textContent}`);
            else hit.add(span);
          }
        }
        return { expected: spans.length, ranges, highlighted: hit.size, bad: bad.slice(0, 5) };
      });
    // Until every mention is highlighted, or nothing changed for 8 s (the engine is done, or stuck).
    let last = await read();
    for (let still = Date.now(), until = Date.now() + 60_000; Date.now() < until && Date.now() - still < 8000; ) {
      if (last.highlighted === last.expected && last.ranges === last.expected) break;
      await new Promise((r) => setTimeout(r, 250));
      const now = await read();
      if (now.ranges !== last.ranges || now.highlighted !== last.highlighted) still = Date.now();
      last = now;
    }
    await p.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    const final = await read();
    expect(final.expected).toBeGreaterThan(8000);
    expect(final.bad).toEqual([]);
    expect(final.ranges).toBe(final.expected);
    expect(final.highlighted).toBe(final.expected);
  }, 90_000);

  it('changed nothing in the page itself: every mutation was the page\'s own', async () => {
    const foreign = await p.evaluate(() => (window as unknown as { __restart: { foreign: string[] } }).__restart.foreign);
    expect(foreign).toEqual([]);
  });
});

/**
 * A page script that scrolls the element `target` into view before the content script runs, then
 * records (window.__firstFrame), on the first frame with any mention highlight, which items
 * (`item.has`, those with a mention) are on the screen, inside the scrolling `box` if any, and which
 * of those are highlighted.
 */
const firstFrameRecorder = (target: string, item: string, box?: string) => `<script>
  const box = ${box ? `document.querySelector('${box}')` : 'null'};
  document.getElementById('${target}').scrollIntoView();
  window.__firstFrame = null;
  const look = () => {
    const seen = new Set();
    for (const [name, h] of CSS.highlights) if (name.startsWith('certlens-mention')) for (const r of h) seen.add(r.startContainer.parentElement.closest('${item}')?.id);
    if (seen.size === 0) return requestAnimationFrame(look);
    const view = box ? box.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    const onScreen = [...document.querySelectorAll('${item}.has')].filter((e) => { const b = e.getBoundingClientRect(); return b.bottom > view.top && b.top < view.bottom; }).map((e) => e.id);
    window.__firstFrame = { onScreen, highlighted: onScreen.filter((id) => seen.has(id)), count: seen.size, scrollY, scrollTop: box ? box.scrollTop : 0 };
  };
  requestAnimationFrame(look);
</script>`;

type FirstFrame = { onScreen: string[]; highlighted: string[]; count: number; scrollY: number; scrollTop: number };

/** What firstFrameRecorder saw, once the first highlight came. */
const firstFrame = (p: Page) =>
  waitFor(() => p.evaluate(() => (window as unknown as { __firstFrame: FirstFrame | null }).__firstFrame), (f) => f !== null, 20_000) as Promise<FirstFrame>;

/** After the screen's text, the rest of the page's 3,000 mentions, each once, and the page as it was. */
function itFinishesTheScan(page: () => Page) {
  it('still highlights every mention on the page, once', async () => {
    const list = await settled(page(), 3000);
    expect(list).toHaveLength(3000);
    expect(new Set(list.map((h) => h.id)).size).toBe(3000);
  });

  it('leaves the page as it was', async () => {
    await unchanged(page());
  });
}

describe('a long page the reader sees in the middle (visible text first)', () => {
  // A reload that restored the scroll position, a link to an anchor, going back to a results
  // page: the reader looks at the middle of a long page when CertLens starts. The page scrolls to
  // card 4500 of 6000 before the content script runs, and records, on every frame, which cards
  // have a mention highlight: the first frame with any must already have the cards on the screen.
  // (In document order the scan takes several idle-time slices to get there: this page's blocks
  // alone take longer than one slice.) A fixed header and footer cover the screen's edges, as on
  // most job boards; the header's text comes first in the document and the footer's last.
  let p: Page;
  beforeAll(async () => {
    const cards: string[] = [];
    const forms = ['<p>持有全媒体运营师证书</p>', '<p>持有互联网<b>营销</b>师证书</p>', '<p><em>全媒体</em>运营<b>师</b>岗位</p>', '<p>互聯網營銷師</p>'];
    for (let i = 0; i < 6000; i++) cards.push(`<div class="card${i % 2 === 0 ? ' has' : ''}" id="c${i}"><h3>岗位${i}</h3><p>${filler(i, 40)}</p>${i % 2 === 0 ? forms[(i / 2) % 4] : ''}</div>`);
    const header = '<header style="position:fixed;top:0;left:0;right:0;height:80px;background:#fff">招聘网 首页 职位 公司 消息</header>';
    const footer = '<footer style="position:fixed;bottom:0;left:0;right:0;height:60px;background:#fff">关于我们 联系方式</footer>';
    const recorder = firstFrameRecorder('c4500', '.card');
    p = await openGenerated('middle', page('a long page seen in the middle', `${header}<main id="list">${cards.join('')}</main>${footer}\n${recorder}`));
  });
  afterAll(async () => {
    await p?.close();
  });

  it('highlights the cards on the screen in the first frame with any highlight', async () => {
    const first = await firstFrame(p);
    expect(first.scrollY).toBeGreaterThan(10_000);
    expect(first.onScreen.length).toBeGreaterThan(0);
    expect(first.highlighted).toEqual(first.onScreen);
    // Not the whole page at once (the test would prove nothing then): the scan was still under way.
    expect(first.count).toBeLessThan(3000);
  });

  itFinishesTheScan(() => p);
});

describe('an app shell whose text scrolls in a container (a chat opened at its end)', () => {
  // Chats, mail and some job boards never scroll the window: the body is one screen high and the
  // text scrolls in a container, which a chat opens at its end. The scan in document order would
  // reach the screen's text last. The page scrolls its container to message 5,500 of 6,000 before
  // the content script runs; the first frame with any highlight must already have the messages
  // on the screen.
  let p: Page;
  beforeAll(async () => {
    const messages: string[] = [];
    const forms = ['持有全媒体运营师证书', '互联网<b>营销</b>师', '<em>全媒体</em>运营<b>师</b>', '互聯網營銷師'];
    for (let i = 0; i < 6000; i++) messages.push(`<div class="msg${i % 2 === 0 ? ' has' : ''}" id="m${i}"><b>用户${i % 7}</b><p>${filler(i, 40)}${i % 2 === 0 ? forms[(i / 2) % 4] : ''}</p></div>`);
    const shell = (inner: string) =>
      `<div style="position:fixed;inset:0;display:flex;flex-direction:column"><header style="height:80px">对话 设置</header><main id="log" style="flex:1;overflow-y:auto">${inner}</main><footer style="height:60px">输入消息</footer></div>`;
    const recorder = firstFrameRecorder('m5500', '.msg', '#log');
    p = await openGenerated('app-shell', page('an app shell seen at its end', `${shell(messages.join(''))}\n${recorder}`));
  });
  afterAll(async () => {
    await p?.close();
  });

  it('highlights the messages on the screen in the first frame with any highlight', async () => {
    const first = await firstFrame(p);
    expect(first.scrollY).toBe(0);
    expect(first.scrollTop).toBeGreaterThan(10_000);
    expect(first.onScreen.length).toBeGreaterThan(0);
    expect(first.highlighted).toEqual(first.onScreen);
    expect(first.count).toBeLessThan(3000);
  });

  itFinishesTheScan(() => p);
});

describe('a live log: one very long block that grows while the engine analyzes it part by part', () => {
  // A block longer than a part (page-engine.ts, BLOCK_PART_CHARS) is analyzed in parts, one per
  // slice. The page appends lines to it meanwhile (a CI or server log in one <pre>): each change
  // ends the parts under way and the block is analyzed again. Once the log stops, every line's
  // mention is highlighted once, none on text that is gone, and no part of the old block is left.
  let p: Page;
  const lines = 3000;
  const added = 60;
  const line = (i: number, form: string) => `${String(i).padStart(5, '0')} INFO ${filler(i, 30)}${form}\n`;
  const forms = ['互联网营销师', '全媒体运营师', '互聯網營銷師', '全媒體運營師'];
  beforeAll(async () => {
    const text = Array.from({ length: lines }, (_, i) => line(i, forms[i % 4]!)).join('');
    const more = Array.from({ length: added }, (_, i) => line(lines + i, forms[i % 4]!));
    const script = `<script>
      const log = document.getElementById('log');
      const more = ${JSON.stringify(more)};
      let k = 0;
      const timer = setInterval(() => {
        log.append(document.createTextNode(more[k++]));
        if (k === more.length) { clearInterval(timer); window.__logDone = true; }
      }, 30);
    </script>`;
    p = await openGenerated('live-log', page('a live log', `<pre id="log">${text}</pre>\n${script}`));
  });
  afterAll(async () => {
    await p?.close();
  });

  it('ends with exactly one highlight per line, each on a name, none on removed text', async () => {
    await waitFor(() => p.evaluate(() => (window as unknown as { __logDone?: boolean }).__logDone === true), (done) => done, 20_000);
    const list = await waitFor(() => mentions(p), (l) => l.length >= lines + added, 40_000);
    await p.evaluate(() => new Promise((r) => setTimeout(r, 400)));
    const now = await mentions(p);
    expect(now).toHaveLength(lines + added);
    expect(list).toHaveLength(lines + added);
    expect(now.every((h) => h.connected && forms.includes(h.text))).toBe(true);
    const starts = await p.evaluate(() => {
      const seen = new Set<string>();
      const nodes: Node[] = [];
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('certlens-mention-'))
          for (const r of h as Iterable<AbstractRange>) {
            let i = nodes.indexOf(r.startContainer);
            if (i < 0) i = nodes.push(r.startContainer) - 1;
            seen.add(`${i}:${r.startOffset}`);
          }
      return seen.size;
    });
    expect(starts).toBe(lines + added);
  });
});

describe('one very long block the reader sees in the middle (a log opened where it was left)', () => {
  // A block longer than a part is analyzed part by part; when the middle of the screen is in it,
  // the parts begin there (page-engine.ts, #firstPart), then go on to its end and from its start.
  // The page scrolls to 60% of a 6,000-line log before the content script runs.
  let p: Page;
  const lines = 6000;
  const line = (i: number) => `${String(i).padStart(5, '0')} INFO ${filler(i, 30)}${['互联网营销师', '全媒体运营师'][i % 2]}\n`;
  beforeAll(async () => {
    const text = Array.from({ length: lines }, (_, i) => line(i)).join('');
    const length = line(0).length;
    const recorder = `<script>
      scrollTo(0, document.documentElement.scrollHeight * 0.6);
      window.__firstFrame = null;
      const log = document.getElementById('log').firstChild;
      const lineAt = (y) => { const p = document.caretPositionFromPoint(20, y); return p && p.offsetNode === log ? Math.floor(p.offset / ${length}) : -1; };
      const look = () => {
        const seen = new Set();
        for (const [name, h] of CSS.highlights) if (name.startsWith('certlens-mention')) for (const r of h) seen.add(Math.floor(r.startOffset / ${length}));
        if (seen.size === 0) return requestAnimationFrame(look);
        const top = lineAt(2), bottom = lineAt(innerHeight - 2);
        const onScreen = [];
        for (let i = top; i <= bottom && top >= 0; i++) onScreen.push(i);
        window.__firstFrame = { onScreen, highlighted: onScreen.filter((i) => seen.has(i)), count: seen.size, scrollY };
      };
      requestAnimationFrame(look);
    </script>`;
    p = await openGenerated('long-log-middle', page('a long log seen in the middle', `<pre id="log">${text}</pre>\n${recorder}`));
  });
  afterAll(async () => {
    await p?.close();
  });

  it('highlights the lines on the screen in the first frame with any highlight', async () => {
    const first = (await waitFor(
      () => p.evaluate(() => (window as unknown as { __firstFrame: unknown }).__firstFrame),
      (f) => f !== null,
      20_000,
    )) as { onScreen: number[]; highlighted: number[]; count: number; scrollY: number };
    expect(first.scrollY).toBeGreaterThan(10_000);
    expect(first.onScreen.length).toBeGreaterThan(10);
    expect(first.onScreen[0]).toBeGreaterThan(lines / 2);
    expect(first.highlighted).toEqual(first.onScreen);
    // Not the whole log at once: the parts were still under way.
    expect(first.count).toBeLessThan(lines / 2);
  });

  it('then every line, once', async () => {
    const list = await settled(p, lines);
    expect(list).toHaveLength(lines);
    expect(new Set(list.map((h) => h.text))).toEqual(new Set(['互联网营销师', '全媒体运营师']));
  });
});
