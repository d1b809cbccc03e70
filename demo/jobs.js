// A job board the way real ones behave: the list is rendered by script, and scrolling to the end
// appends the next page of cards (infinite scroll). All jobs are invented.
const TEMPLATES = [
  { title: '直播带货主播', company: '杭州某电商有限公司', salary: '8-15K', req: '有互联网营销师（直播销售员）证书者优先，能接受晚班。', tags: ['五险一金', '带薪年假'] },
  { title: '新媒体运营专员', company: '上海某文化传媒', salary: '6-9K', req: '熟悉公众号、小红书运营，持全媒体运营师证书优先。', tags: ['双休', '下午茶'] },
  { title: '短视频运营', company: '广州某品牌', salary: '7-12K', req: '负责抖音账号日常运营；新媒体运营师证书不是必须。', tags: ['年终奖'] },
  { title: '电商运营主管', company: '义乌某供应链', salary: '10-18K', req: '3年以上电商经验，持<em>互联网</em>营销师三级（高级工）证书优先。', tags: ['包住', '提成'] },
  { title: '融媒体中心编辑', company: '某县融媒体中心', salary: '5-7K', req: '从事融媒体运营工作，有全媒体运营师（视听运营）四级证书者优先考虑。', tags: ['事业编制'] },
  { title: '直播运营助理', company: '深圳某科技', salary: '6-8K', req: '协助主播完成直播，熟悉平台管理员工作流程。', tags: ['转正快'] },
  { title: '數位行銷專員', company: '某跨境電商（繁體頁面）', salary: '9-13K', req: '具備互聯網營銷師或全媒體運營師證書者優先。', tags: ['彈性上班'] },
  { title: '网络营销专员', company: '成都某公司', salary: '6-10K', req: '有网络营销师或电子商务师证书均可。', tags: ['餐补'] },
];

let page = 0;
const list = document.getElementById('jobs');

function card(job, n) {
  const el = document.createElement('article');
  el.className = 'card';
  el.innerHTML = `
    <h3>${job.title} <span class="salary">${job.salary}</span></h3>
    <p class="meta">${job.company} · 职位编号 ${1000 + n}</p>
    <p>任职要求：${job.req}</p>
    <p class="tags">${job.tags.map((t) => `<span>${t}</span>`).join('')}</p>`;
  return el;
}

function loadPage() {
  const frag = document.createDocumentFragment();
  for (let i = 0; i < TEMPLATES.length; i++) frag.append(card(TEMPLATES[(i + page) % TEMPLATES.length], page * TEMPLATES.length + i));
  list.append(frag);
  page++;
}

loadPage();
// Like real boards, the next page arrives a moment after the sentinel scrolls into view.
new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting) && page < 20) setTimeout(loadPage, 300);
}).observe(document.getElementById('more'));
