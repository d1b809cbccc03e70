// Generates the benchmark's job-board pages: cards with certificate mentions in plain, split,
// traditional and coded form, plus traps no mention may come from (a paragraph ending in 全媒体
// followed by one starting with 运营师, near-miss names, a direction in every job title). Knows the
// right answer.
//
// Four densities:
// - none: a long page about something else (job titles with 直播运营, near-miss names), like most
//   pages a reader visits;
// - typical: a long page where the certificates come up now and then (3 cards in 100 mention one);
// - search: a results page for the certificates themselves (3 cards in 10 mention one), the worst
//   case for any engine that does real work per mention;
// - news: typical, with news-like everyday text in the other cards (全国, 互联网, 互动直播, 安全,
//   短视频), as most Chinese pages have: every 全 and 互 may begin a name.

const PLAIN = { html: '<p>岗位要求：持有<b>互联网营销师</b>证书者优先，熟悉直播带货。</p>', mentions: 1, names: 1 };
// Split by markup (search-engine style), with a direction that counts next to its certificate.
const SPLIT = { html: '<p>本岗位需要<em>全媒体</em>运营<b>师</b>（视听运营）资格。</p>', mentions: 2, names: 1 };
// Traditional script and the occupation code.
const TRADITIONAL = { html: '<p>持有互聯網營銷師證書（職業編碼 4-01-02-07）</p>', mentions: 2, names: 1 };
// Cross-block trap: two paragraphs that only a tool joining blocks reads as 全媒体运营师.
const TRAP = { html: '<p>负责店铺日常运营与全媒体</p><p>运营师团队协作，数据复盘。</p>', mentions: 0, names: 0, trap: true };
const NEAR_MISS = { html: '<p>新媒体运营师、网络营销师、电子商务师均可投递。</p>', mentions: 0, names: 0 };
const FILLER = { html: '<p>负责短视频内容策划与<span>账号</span>日常运营，完成团队业绩目标。</p>', mentions: 0, names: 0 };
// Everyday text of a Chinese news or portal page: 全 and 互 everywhere (any of them may begin a name
// that completes further down), and links ending in 直播, 视频 and 安全 (beginnings of work types
// and names).
const NEWS = {
  html: '<p>全国互联网行业相互协作，<a href="#">互动直播</a>全面发展；网络<span>安全</span>与<a href="#">短视频</a>平台完全开放。</p>',
  mentions: 0,
  names: 0,
};

function cycle(length, placed) {
  const bodies = Array.from({ length }, () => FILLER);
  for (const [at, body] of Object.entries(placed)) bodies[Number(at)] = body;
  return bodies;
}

export const DENSITIES = {
  none: cycle(100, { 50: NEAR_MISS }),
  typical: cycle(100, { 0: PLAIN, 20: TRAP, 33: SPLIT, 50: NEAR_MISS, 66: TRADITIONAL, 80: TRAP }),
  search: cycle(10, { 0: PLAIN, 3: SPLIT, 5: TRAP, 7: NEAR_MISS, 8: TRADITIONAL }),
  // typical, on a page whose other text is news-like (NEWS) instead of FILLER.
  news: cycle(100, { 0: PLAIN, 20: TRAP, 33: SPLIT, 50: NEAR_MISS, 66: TRADITIONAL, 80: TRAP }).map((b) => (b === FILLER ? NEWS : b)),
};

export function card(i, density = 'search') {
  const bodies = DENSITIES[density];
  const body = bodies[i % bodies.length];
  // The title's 直播运营 is a direction without its certificate: never a mention.
  const html =
    `<div class="card${body.trap ? ' trap' : ''}"><h3>职位 ${i}：<a href="#">直播运营专员</a></h3>` +
    `<div class="meta"><span>杭州</span> · <span>8-12K</span> · <span>经验 1-3 年</span></div>` +
    `${body.html}<ul><li>五险一金</li><li>带薪年假</li></ul></div>`;
  return { html, mentions: body.mentions, names: body.names, trap: Boolean(body.trap) };
}

/** Cards from `from` (inclusive) to `to` (exclusive), and what they hold. */
export function cards(from, to, density = 'search') {
  let html = '';
  let mentions = 0;
  let names = 0;
  let traps = 0;
  for (let i = from; i < to; i++) {
    const c = card(i, density);
    html += c.html;
    mentions += c.mentions;
    names += c.names;
    traps += c.trap ? 1 : 0;
  }
  return { html, mentions, names, traps };
}

/** Average text nodes per card: 9 in the frame, about 3 in the body (7 in a news body). */
export const TEXT_NODES_PER_CARD = { none: 12, typical: 12, search: 12, news: 16 };

export function benchPage(textNodes, density = 'search') {
  const count = Math.max(1, Math.round(textNodes / TEXT_NODES_PER_CARD[density]));
  const c = cards(0, count, density);
  const html =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>招聘 · 直播运营</title>' +
    '<style>.card{border:1px solid #ddd;margin:8px;padding:8px}.meta{color:#666}</style></head>' +
    `<body><main id="list">${c.html}</main></body></html>`;
  return { html, cards: count, density, expected: { mentions: c.mentions, names: c.names, traps: c.traps } };
}
