// A fourth labelled set, written after every change to the checker in its round and run once
// untuned (docs/claims.md keeps those first numbers). Its misses were fixed on 2026-11-27, after the
// next blind set (blind-3-examples.ts) had been written, so it is now a regression set like the
// others.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_2_EXAMPLES: readonly LabelledExample[] = [
  claim('姐妹们！互联网营销师证书真的香，人社部发的，考完还能领补贴💰', 'issued-by-mohrss', 'subsidy-promise'),
  claim('📢全媒体运营师高级证书招生｜零基础可报｜全国通用｜终身有效', 'no-threshold-slogan', 'nationwide-validity', 'lifetime-validity'),
  claim('直播带货想长久，互联网营销师证书是行业敲门砖，更是上岗必备。', 'licence-required'),
  claim('全媒體運營師共分三級：初級、中級、高級。', 'all-media-operator-levels'),
  claim('报考互联网营销师无需任何学历证明，有身份证就能报。', 'no-education-requirement'),
  claim('工信部颁发的全媒体运营师证书，全国联网可查。', 'miit-certificate'),
  claim('互联网营销师（直播销售员）五级至一级均可报考，平台管理员也能考到一级。', 'platform-admin-levels'),
  claim('全媒体运营师证书含国徽标识，由人力资源社会保障部监制。', 'issued-by-mohrss'),
  claim('考过即发全媒体运营师国家职业资格四级证书。', 'national-qualification'),
  claim('互联网营销师证书考试不过，第二年免费重考，直到拿证为止。', 'guaranteed-pass'),
  claim('全媒体运营师证书可以外借给公司评资质，一年能收8000。', 'easy-money'),
  claim('互聯網營銷師報名即送入庫服務，證書信息永久保存。', 'archive-fee'),
  claim('互联网营销师是2020年2月公布的新职业。', 'publication-date'),
  claim('有了全媒体运营师证书，在深圳可以直接入户。', 'local-benefits'),
  claim('证书查询网址：www.qgzyjnzs.com（全国职业技能证书查询中心）。互联网营销师证书均可查。', 'unofficial-lookup-site'),
  claim('全媒體運營師證書可在 www.osta-zs.org 查驗。', 'lookalike-official-site'),
  claim('互联网营销师，人社部、网信办、广电总局三部门联合发证。', 'issued-jointly'),
  claim('全媒体运营师证书国家认证，企业招聘优先录用。', 'national-endorsement'),

  clean('negated', '互联网营销师证书并不由人社部颁发，发证的是备案评价机构。'),
  clean('warning', '所谓“全媒体运营师初级证书”，其实根本不存在。'),
  clean('neutral', '我在小红书看到有人说互联网营销师包过，这靠谱吗？'),
  clean('negated', '官方从未说过全媒体运营师证书终身有效。'),
  clean('truth', '直播销售员不需要证书也可以直播，证书只是加分项。'),
  clean('truth', '全媒体运营师的入门等级是四级/中级工，需要满足工作年限等条件。'),
  clean('truth', '互联网营销师证书的技能提升补贴，需参保满一年才能申领。'),
  clean('negated', '全媒體運營師並非國家職業資格，而是職業技能等級證書。'),
  clean('warning', '遇到声称“人社部颁发”的互联网营销师证书广告，可以拨打12333核实。'),
  clean('neutral', '互联网营销师证书能不能挂靠？不能，也没有市场。'),
  clean('warning', '某培训机构因宣传全媒体运营师“包过”被市场监管部门罚款。'),
  clean('truth', '全媒体运营师国家职业标准是2023年12月发布的。'),
  clean('truth', '持证人可登录 jndj.osta.org.cn 查询自己的互联网营销师证书。'),
  clean('truth', '人社部在2020年7月发布了互联网营销师这一新职业。'),
  clean('other', '电工证是准入类证书，必须持证上岗；互联网营销师证书则不是。'),
  clean('other', '教师资格证全国通用，而互联网营销师证书只能说全国可查。'),
  clean('neutral', '报名互联网营销师需要提供身份证、学历证明和工作年限证明。'),
  clean('negated', '全媒体运营师证书不属于上岗证，但很多MCN机构看重它。'),
];
