// A fifth labelled set, written on 2026-11-27 before the blind-2 misses were fixed, and run once
// against the checker as it stood (docs/claims.md keeps those first numbers). Its misses were fixed
// the same day, after the next blind set (blind-4-examples.ts) had been written and run, so it is
// now a regression set like the others.
import type { LabelledExample } from './labelled-examples';

const claim = (text: string, ...expect: string[]): LabelledExample => ({ text, expect, kind: 'claim' });
const clean = (kind: Exclude<LabelledExample['kind'], 'claim'>, text: string): LabelledExample => ({
  text,
  expect: [],
  kind,
});

export const BLIND_3_EXAMPLES: readonly LabelledExample[] = [
  claim('学员考核通过后，由国家人力资源和社会保障部颁发互联网营销师证书。', 'issued-by-mohrss'),
  claim('全媒体运营师属于国家职业资格证书，含金量极高。', 'national-qualification'),
  claim('全媒体运营师一共五个级别，新人一般先考五级。', 'all-media-operator-levels'),
  claim('互联网营销师（平台管理员）可以一路考到高级技师。', 'platform-admin-levels'),
  claim('本机构是全国唯一一家可以颁发全媒体运营师证书的单位。', 'single-issuer'),
  claim('个人无法自行报考互联网营销师，必须通过培训机构统一报名。', 'exclusive-channel'),
  claim('互联网营销师考证班承诺一次通过，不过全额退费。', 'guaranteed-pass'),
  claim('全媒体运营师免考试直接拿证，只需提交资料。', 'guaranteed-pass'),
  claim('考取互联网营销师证书后，可申领国家补贴3000元。', 'subsidy-promise'),
  claim('持全媒体运营师证，每个月能领500元技能津贴。', 'subsidy-promise'),
  claim('互联网营销师证书需额外缴纳300元电子档案费，方可入档。', 'archive-fee'),
  claim('全媒体运营师证书挂靠企业，每年稳拿一万。', 'easy-money'),
  claim('从事直播带货必须持有互联网营销师证书，否则属于无证上岗。', 'licence-required'),
  claim('全媒体运营师证书一次取得，永久有效，无需年审。', 'lifetime-validity'),
  claim('互联网营销师是2019年人社部发布的新职业。', 'publication-date'),
  claim('全媒体运营师于2021年正式被列为新职业。', 'publication-date'),
  claim('在杭州，凭互联网营销师证书可以加积分落户。', 'local-benefits'),
  claim('互联网营销师证书可在“全国技能人才信息网” www.jnrcxx.com 查询。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书请到 osta-cert.com.cn 查询真伪。', 'lookalike-official-site'),
  claim('全媒体运营师证书由国家广播电视总局颁发。', 'issued-by-broadcast-authority'),
  claim('工业和信息化部教育与考试中心颁发的互联网营销师证书，含金量更高。', 'miit-certificate'),
  claim('互联网营销师由人社部、商务部联合颁证。', 'issued-jointly'),
  claim('高级互联网营销工程师证书，年薪30万起步。', 'invented-title'),
  claim('全媒体运营总监证书培训班火热招生中。', 'invented-title'),
  claim('全媒体运营师证书全国通用，走到哪里都认。', 'nationwide-validity'),
  claim('报考互联网营销师不限学历、不限年龄、不限专业。', 'no-education-requirement', 'no-threshold-slogan'),
  claim('互联网营销师只要年满16周岁即可报考，学历不作要求。', 'no-education-requirement'),
  claim('这张互联网营销师证书是官方认证的，企业都认。', 'national-endorsement'),
  claim('全媒體運營師證書由人力資源和社會保障部頒發，全國通用。', 'issued-by-mohrss', 'nationwide-validity'),
  claim('互聯網營銷師考試包過，不過退費。', 'guaranteed-pass'),
  claim('全媒體運營師證書可申請政府補貼2000元。', 'subsidy-promise'),
  claim('互聯網營銷師已列入國家職業資格目錄。', 'national-qualification'),

  clean('warning', '别再信“人社部发证”了，互联网营销师证书上盖的是评价机构的章。'),
  clean('truth', '全媒体运营师共有四个等级，最低是四级（中级工）。'),
  clean('truth', '互联网营销师设有选品员、直播销售员、视频创推员和平台管理员四个工种。'),
  clean('negated', '全媒体运营师证书并非上岗必备，没有证书也能从事新媒体运营。'),
  clean('warning', '警惕！自称能“包过”互联网营销师考试的机构多半是骗子。'),
  clean('neutral', '有没有人考过全媒体运营师？听说可以领补贴，是真的吗？'),
  clean('truth', '取得互联网营销师证书后，符合条件的参保职工可在12个月内申领技能提升补贴。'),
  clean('other', '人力资源管理师证书曾是国家职业资格，2017年后退出目录。'),
  clean('negated', '全媒體運營師證書並沒有初級這個等級。'),
  clean('truth', '互联网营销师证书可在技能人才评价证书全国联网查询平台查到。'),
  clean('warning', '有网站仿冒osta官网售卖全媒体运营师证书，已被警方查处。'),
  clean('neutral', '报名全媒体运营师四级需要提交工作年限证明。'),
  clean('negated', '所谓“国家级互联网营销师”并不存在，证书上不会写“国家级”。'),
  clean('truth', '全媒体运营师国家职业标准由人社部与国家广播电视总局共同制定。'),
];
