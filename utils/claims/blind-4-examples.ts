// A sixth labelled set, written on 2026-11-27 after the blind-2 fixes and before the blind-3 misses
// were fixed, and run once against the checker as it stood (docs/claims.md keeps those first
// numbers). Its misses were fixed the same day, after the next blind set (blind-5-examples.ts) had
// been written and run, so it is now a regression set like the others.
import type { LabelledExample } from './labelled-examples';

const claim = (text: string, ...expect: string[]): LabelledExample => ({ text, expect, kind: 'claim' });
const clean = (kind: Exclude<LabelledExample['kind'], 'claim'>, text: string): LabelledExample => ({
  text,
  expect: [],
  kind,
});

export const BLIND_4_EXAMPLES: readonly LabelledExample[] = [
  claim('全媒体运营师证书由人社系统统一发证，全国可查。', 'issued-by-mohrss'),
  claim('互联网营销师已被纳入国家职业资格，持证可享受技能人才待遇。', 'national-qualification'),
  claim('全媒体运营师设初级、中级、高级和技师四个等级。', 'all-media-operator-levels'),
  claim('互联网营销师平台管理员方向，最高可考一级高级技师。', 'platform-admin-levels'),
  claim('考证找我们，我们是互联网营销师的唯一授权考点。', 'exclusive-channel'),
  claim('全媒体运营师不用上课、不用考试，交钱就发证。', 'guaranteed-pass'),
  claim('互联网营销师课程报名即返现，考证后还有2000元政府补助到账。', 'subsidy-promise'),
  claim('全媒体运营师证书办理需另付档案管理费200元。', 'archive-fee'),
  claim('互联网营销师证书租出去，一年躺赚五位数。', 'easy-money'),
  claim('做主播必须先考互联网营销师证，没证平台不让开播。', 'licence-required'),
  claim('全媒体运营师证书终身有效，不用复审。', 'lifetime-validity'),
  claim('全媒体运营师是2020年7月人社部公布的新职业。', 'publication-date'),
  claim('持互联网营销师证书可以申请人才公寓。', 'local-benefits'),
  claim('全媒体运营师证书可在“中国技能证书网” www.zgjnzs.cn 查询。', 'unofficial-lookup-site'),
  claim('互联网营销师证书查询入口：jndj-osta.com。', 'lookalike-official-site'),
  claim('全媒体运营师证书由广电总局人才中心颁发。', 'issued-by-broadcast-authority'),
  claim('互联网营销师证书由工信部颁发，与人社证书同等效力。', 'miit-certificate'),
  claim('全媒体运营师证书，人社部和中宣部联合颁发。', 'issued-jointly'),
  claim('考完全媒体运营师可以再考全媒体运营高级工程师。', 'invented-title'),
  claim('互联网营销师证书全国通用，换城市也照样有效。', 'nationwide-validity'),
  claim('全媒体运营师零门槛，宝妈、学生都能报。', 'no-threshold-slogan'),
  claim('互联网营销师报名不卡学历，小学文化也能考。', 'no-education-requirement'),
  claim('国家级互联网营销师证书，含金量杠杠的。', 'national-endorsement'),
  claim('全媒体运营师证书由国家广播电影电视总局颁发。', 'issued-by-broadcast-authority', 'outdated-broadcast-authority'),
  claim('互聯網營銷師證書由人社部頒發，終身有效。', 'issued-by-mohrss', 'lifetime-validity'),
  claim('全媒體運營師從五級考起。', 'all-media-operator-levels'),
  claim('考互聯網營銷師，政府補貼1500元直接到賬。', 'subsidy-promise'),
  claim('全媒體運營師證書可以掛靠，每年收入上萬。', 'easy-money'),

  clean('truth', '全媒体运营师最低从四级（中级工）考起。'),
  clean('truth', '互联网营销师证书由经备案的评价机构颁发。'),
  clean('negated', '互联网营销师证书并不是上岗证，没有也能直播。'),
  clean('warning', '警惕“交钱就发证”的全媒体运营师广告。'),
  clean('warning', '网传“互联网营销师补贴3000元”，人社部门回应：不属实。'),
  clean('neutral', '全媒体运营师考试一般包括理论知识和操作技能两部分。'),
  clean('truth', '全媒体运营师在2020年2月成为新职业。'),
  clean('other', '会计专业技术资格考试由财政部组织，全国统一。'),
  clean('negated', '全媒體運營師證書不是人社部頒發的。'),
  clean('neutral', '请问互联网营销师证书是终身有效的吗？'),
  clean('truth', '技能提升补贴要职工本人在参保地申请。'),
  clean('negated', '互联网营销师不属于国家职业资格目录中的职业。'),
  clean('warning', '有人冒用“人社部”名义销售互联网营销师证书，已被立案。'),
  clean('other', '健康管理师曾经是国家职业资格，后来改为水平评价。'),
];
