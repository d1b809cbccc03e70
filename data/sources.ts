// Every source a shown fact rests on, as cited in shared/research/facts.md.
// URLs are kept exactly as cited (http:// added where facts.md gives none). Dates come from facts.md
// or from a date spelled out in the URL path; where neither exists the date is left out.
// facts.md mostly did not record headlines: such titles are our description of the page
// (`descriptiveTitle: true`). Training-agency pages are not sources: they appear only as claims.
import type { Source } from './types';

export { DATA_CHECKED } from './data-checked';

const list: Source[] = [
  // --- The seed article: its errors are what the claim checker exists for -----------------------
  {
    id: 'sdzsb8-seed-article',
    title: '互联网营销师和全媒体运营师有什么区别?',
    url: 'http://www.sdzsb8.cn/baike/72315.html',
    date: '2023-01-18',
    publisher: '山东专升本信息网',
    note: 'Quoted only for the pay figures it attributes to 职友集 (misnamed 职工集); not evidence otherwise.',
  },

  // --- 互联网营销师: announcement (2020-07-06) ----------------------------------------------------
  {
    id: 'bkeconomy-2020-nine-occupations',
    title: '人社部等发布互联网营销师等9个新职业（报道）',
    url: 'http://bkeconomy.com/detail-159411253115017.html',
    descriptiveTitle: true,
  },
  {
    id: 'shanghai-gov-en-2020-07-17',
    title: 'China releases nine new occupations (report)',
    url: 'http://english.shcn.gov.cn/art/2020/7/17/art_1140_561819.html',
    date: '2020-07-17',
    publisher: 'Shanghai municipal government English portal',
    descriptiveTitle: true,
  },
  {
    id: 'global-times-2020-07-07',
    title: 'China adds anti-epidemic worker, internet marketer to official professions list',
    url: 'https://peoplesdaily.pdnews.cn/china/china-adds-anti-epidemic-worker-internet-marketer-to-official-professions-list-165456.html',
    date: '2020-07-07',
    publisher: 'Global Times (via People’s Daily app)',
    descriptiveTitle: true,
    note: 'Title taken from the URL slug.',
  },
  {
    id: 'xzyzg-new-occupation-batches',
    title: '2015年版大典以来各批新职业列表',
    url: 'http://xzyzg.com/Abouts/xzy/',
    descriptiveTitle: true,
    note: 'Batch list: 全媒体运营师 in the 2nd batch, 互联网营销师 in the 3rd.',
  },
  {
    id: 'crntt-2020-05-publicity',
    title: '中国就业培训技术指导中心：拟新增10个新职业（公示报道）',
    url: 'https://gb.crntt.com/doc/314_19472_105768541_1.html',
    date: '2020-05',
    publisher: '中评社',
    descriptiveTitle: true,
  },
  {
    id: 'dedgn-internet-marketer',
    title: '互联网营销师工种与等级介绍',
    url: 'http://m.dedgn.cn/news-id-17566.html',
    descriptiveTitle: true,
    note: 'Confirms the work types and levels; gives the release as June 2020, which is wrong.',
  },
  {
    id: 'camp-2022-classification',
    title: '2022年版《国家职业分类大典》相关介绍',
    url: 'http://camp.net.cn/new/benyuan/918.html',
    descriptiveTitle: true,
  },

  // --- 互联网营销师: national standard (2021) --------------------------------------------------------
  {
    id: 'sd773-im-standard-text',
    title: '《互联网营销师国家职业技能标准》文本转载',
    url: 'http://sd773.com/news/130081.html',
    publisher: '数据交易导航网 (reprint)',
    descriptiveTitle: true,
    note: 'Reprint of the standard: 1.2 code, 1.3 definition, 1.4 work types and levels, 1.7 education, 1.8 hours.',
  },
  {
    id: 'bjyouth-2021-12-03-im-standard',
    title: '互联网营销师国家职业技能标准颁布（报道）',
    url: 'http://carmay.cn/guonei/2021/1203/45718.html',
    date: '2021-12-03',
    publisher: '北京青年报 (reprint)',
    descriptiveTitle: true,
  },
  {
    id: 'chinadaily-2021-12-08-im-standard',
    title: '互联网营销师国家职业技能标准发布（报道）',
    url: 'https://cnews.chinadaily.com.cn/a/202112/08/WS61b006d9a3107be4979fbe86.html',
    date: '2021-12-08',
    publisher: '中国日报网',
    descriptiveTitle: true,
  },
  {
    id: 'socomic-2021-12-03-im-standard',
    title: '互联网营销师国家职业技能标准颁布（报道）',
    url: 'http://m.socomic.net/guoji/2021/1203/120368690.html',
    date: '2021-12-03',
    descriptiveTitle: true,
    note: 'Quotes the definition and the 一级 application conditions.',
  },
  {
    id: 'gocdkey-im-standard',
    title: '互联网营销师国家职业技能标准解读',
    url: 'http://www.gocdkey.cn/s/1450-8000-41923.html',
    descriptiveTitle: true,
  },
  {
    id: 'cexue-im-evaluation',
    title: '互联网营销师职业技能等级评价相关报道',
    url: 'http://www.cexue.cn/news/show.aspx?id=19910',
    descriptiveTitle: true,
  },

  // --- 全媒体运营师: announcement (2020-02) and standard (2023) --------------------------------------
  {
    id: 'xinhua-2020-03-02-sixteen-occupations',
    title: '人社部等发布16个新职业（新华社报道）',
    url: 'http://jszp.org/news/news_show/id/14535.html',
    date: '2020-03-02',
    publisher: '新华社 (reprint)',
    descriptiveTitle: true,
  },
  {
    id: 'miconline-sixteen-occupations',
    title: '16个新职业发布（转载）',
    url: 'http://miconline.com.cn/news/details_171750.html',
    descriptiveTitle: true,
    note: 'Gives the notice date 2020-02-25.',
  },
  {
    id: 'cdmsw-sixteen-occupations',
    title: '16个新职业发布（转载）',
    url: 'http://www.cdmsw.cn/article-526205-1.html',
    descriptiveTitle: true,
    note: 'Gives the notice date 2020-02-25.',
  },
  {
    id: 'chinadaily-bilingual-sixteen-occupations',
    title: 'China Daily bilingual report on the 16 new occupations',
    url: 'http://ttnews.xyz/a/5e6864cbdc9b5e470a3ee877',
    publisher: 'China Daily (reprint)',
    descriptiveTitle: true,
    note: 'Source of the English name "all-media operator(s)".',
  },
  {
    id: 'referchina-2020-03-sixteen-professions',
    title: '16 New Professions Announced in China',
    url: 'https://www.referchina.com/2020/03/16-new-professions-announced-in-china.html',
    date: '2020-03',
    publisher: 'ReferChina (reprint of Xinhua English)',
    descriptiveTitle: true,
    note: 'Title taken from the URL slug. Source of the English name "media operators".',
  },
  {
    id: 'bubsandbeans-amo-standard-2023',
    title: '《全媒体运营师国家职业标准（2023年版）》文本转载',
    url: 'http://m.bubsandbeans.com/paper/318542117.html',
    descriptiveTitle: true,
    note: 'Reprint of the 2023 standard: code 4-13-01-05, levels 四级→一级, five directions (说明 二).',
  },
  {
    id: 'mohrss-amo-standard-2023-pdf',
    title: '全媒体运营师国家职业标准（2023年版）',
    url: 'http://mohrss.gov.cn/xxgk2020/fdzdgknr/rcrs_4225/jnrc/202312/W020231205397300830298.pdf',
    date: '2023-12',
    publisher: '人力资源和社会保障部',
    note: 'The official PDF as cited by a third-party repository; not fetched (no .gov.cn page could be). Date from the URL path.',
  },
  {
    id: 'xiamen-daily-amo-exam',
    title: '厦门首场全媒体运营师职业技能等级认定考试（厦门日报报道）',
    url: 'http://iosapp77.com/xiamen/news/3001175.html',
    publisher: '厦门日报 (reprint)',
    descriptiveTitle: true,
    note: 'Issuer example (咪咕新空文化科技(厦门)有限公司), direction 流量运营, 40 candidates registered with the company.',
  },
  {
    id: 'haoleitv-amo-duties',
    title: '全媒体运营师职业定义与主要工作任务',
    url: 'http://haoleitv.com/plus/view.php?aid=597689',
    descriptiveTitle: true,
    note: 'Carries the official definition and the five tasks from the 2020 announcement.',
  },
  {
    id: 'sxqnjycy-enrol-template',
    title: '职业技能等级认定申报条件（标准模板示例）',
    url: 'http://qqhb.sxqnjycy.com/addons/cms/identify/enroll_detail.html?id=3',
    descriptiveTitle: true,
    note: 'Shows the current standard template for 四级 conditions, not the 全媒体运营师 text itself.',
  },

  // --- The broadcasting regulator's names -----------------------------------------------------------
  {
    id: 'wikipedia-nrta',
    title: '国家广播电视总局',
    url: 'https://zh.wikipedia.org/wiki/国家广播电视总局',
    publisher: '维基百科',
    note: 'Read in an offline Kiwix copy; facts.md gives no URL, this is the article it names.',
  },
  {
    id: 'm1905-2018-04-16-nrta',
    title: '国家广播电视总局正式挂牌（报道）',
    url: 'https://m.1905.com/m/news/touch/1272530.shtml',
    date: '2018-04-16',
    publisher: '1905电影网',
    descriptiveTitle: true,
  },
  {
    id: 'allbox-2018-03-14-nrta',
    title: '组建国家广播电视总局（报道）',
    url: 'http://m.allbox.cn/news/20180314686.html',
    date: '2018-03-14',
    descriptiveTitle: true,
  },

  // --- The certificate system (both certificates) ----------------------------------------------------
  {
    id: 'eol-2023-08-21-skill-certificates',
    title: '人社部有关负责人谈职业技能等级证书（报道）',
    url: 'https://zhijiao.eol.cn/detail/2023/08/21/1692580054_8345.html',
    date: '2023-08-21',
    publisher: '中国教育在线',
    descriptiveTitle: true,
    note: 'Who issues, equal effect with 职业资格证书, 政府部门不参与监制, OSTA lookup, 2023 Zhejiang pilot.',
  },
  {
    id: 'yuexinli-skill-certificates',
    title: '职业技能等级证书的颁发与查询',
    url: 'http://yuexinli.com/jy/107441',
    descriptiveTitle: true,
  },
  {
    id: 'fudaoke-skill-certificates',
    title: '职业技能等级证书由谁颁发',
    url: 'https://www.fudaoke.com/exam/524375.html',
    descriptiveTitle: true,
  },
  {
    id: 'qualification-directory-2021-report',
    title: '《国家职业资格目录（2021年版）》公布（报道）',
    url: 'http://251yy.com.cn/guonei/2021/1203/8865.html',
    date: '2021-12-03',
    descriptiveTitle: true,
  },
  {
    id: 'wikisource-qualification-directory-2021',
    title: '国家职业资格目录（2021年版）',
    url: 'https://zh.m.wikisource.org/zh-hans/国家职业资格目录（2021年版）',
    publisher: '维基文库 (text of the directory)',
  },
  {
    id: 'mohrss-wechat-2024-05-28-subsidy',
    title: '技能提升补贴申领问答（人社部政务微信）',
    url: 'http://www.jdzjycyw.com/News/42BBE702-00F0-42C2-9389-5C379015A5A5',
    date: '2024-05-28',
    publisher: '人力资源和社会保障部政务微信 (reprint)',
    descriptiveTitle: true,
  },
  {
    id: 'chaoyang-2023-05-subsidy',
    title: '技能提升补贴政策说明',
    url: 'https://chaoyang.gov.cn/html/CYSZF/202305/0168500196324510.html',
    date: '2023-05',
    descriptiveTitle: true,
  },
  {
    id: 'rizhao-daily-2022-02-11-subsidy',
    title: '技能提升补贴申领（日照日报报道）',
    url: 'https://epaper.rznews.cn/shtml/rzrb/20220211/692401.shtml',
    date: '2022-02-11',
    publisher: '日照日报',
    descriptiveTitle: true,
  },
  {
    id: 'guangdong-2022-25-notice-mirror',
    title: '贯彻人社部函〔2022〕25号、规范职业技能评价证书的通知（广东转发）',
    url: 'https://wikiyumyum.com/hrss/zwgk/gsgg/content/post_3938950.html',
    descriptiveTitle: true,
    note: 'A mirror of a Guangdong implementing notice; lists the prohibited names, logos and slogans.',
  },
  {
    id: 'zhijiang-2022-25-notice',
    title: '关于规范职业技能评价证书的通知（转发）',
    url: 'http://m-zhijiang.cjyun.org/p/33775.html',
    descriptiveTitle: true,
  },
  {
    id: 'qingdao-2022-03-28-fake-certificates',
    title: '警惕“免培训、包通过、国家认可、官方认证”证书（报道）',
    url: 'http://qingdao.sdnews.com.cn/xwzx/202203/t20220328_4005481.htm',
    date: '2022-03-28',
    publisher: '大众网·青岛',
    descriptiveTitle: true,
  },
  {
    id: 'workers-daily-2022-07-22-certificate-scams',
    title: '“无门槛拿证”“高薪挂靠”骗局（工人日报报道）',
    url: 'https://legal.gmw.cn/2022-07/22/content_35901562.htm',
    date: '2022-07-22',
    publisher: '工人日报 (via 光明网)',
    descriptiveTitle: true,
  },
  {
    id: 'ase-mz-2023-08-25-certificate-scams',
    title: '考证骗局调查（报道）',
    url: 'https://ase-mz.com/www/ms/content/2023-08/25/content_8972776.htm',
    date: '2023-08-25',
    descriptiveTitle: true,
  },
  {
    id: 'people-2022-05-23-certificate-scams',
    title: '考证培训陷阱（人民网报道）',
    url: 'http://finance.people.com.cn/BIG5/n1/2022/0523/c444648-32427782.html',
    date: '2022-05-23',
    publisher: '人民网',
    descriptiveTitle: true,
  },
];

export const SOURCES: Readonly<Record<string, Source>> = Object.freeze(
  Object.fromEntries(list.map((s) => [s.id, s])),
);

/** Looks a source up; throws on an unknown id so a typo in the data fails loudly in tests. */
export function sourceById(id: string): Source {
  const source = SOURCES[id];
  if (!source) throw new Error(`Unknown source id: ${id}`);
  return source;
}

/** Every source, in the order above (topic order, for docs and an eventual "sources" page). */
export const SOURCE_LIST: readonly Source[] = list;
