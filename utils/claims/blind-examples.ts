// A third labelled set, written after the held-out one and run once before any change for it: that
// first run (docs/claims.md) is the estimate for text the checker was not shaped around. Its misses
// were then fixed by general changes (listed in docs/claims.md), so it is now a regression set like
// the other two; a fresh estimate needs a fresh set (see blind-2-examples.ts).
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_EXAMPLES: readonly LabelledExample[] = [
  claim('招聘直播运营，持互联网营销师证者优先，公司可协助办理人社部颁发的证书。', 'issued-by-mohrss'),
  claim('全媒体运营师证报考咨询：本证书由人社部职业技能鉴定中心统一颁发，全国联网可查询。', 'issued-by-mohrss'),
  claim('【限时】互联网营销师证书，7天拿证，免考！', 'guaranteed-pass'),
  claim('全媒體運營師證書：國家級證書、可入檔案、終身有效。', 'national-endorsement', 'archive-fee', 'lifetime-validity'),
  claim('直播销售员（互联网营销师）证书考下来后，可以申请每年3000元的挂证费。', 'easy-money'),
  claim('全媒体运营师分初级、中级、高级，初级无需工作经验。', 'all-media-operator-levels', 'no-education-requirement'),
  claim('互联网营销师报考门槛低，不看学历，不看专业。', 'no-education-requirement', 'no-threshold-slogan'),
  claim('全媒体运营师证书属于国家人社部认证的职业资格证书。', 'issued-by-mohrss', 'national-qualification'),
  claim(
    '人社部直属机构颁发的互联网营销师证书，权威认证，全国通用。',
    'issued-by-mohrss',
    'national-endorsement',
    'nationwide-validity',
  ),
  claim('本校为全媒体运营师唯一指定培训考核基地。', 'exclusive-channel'),
  claim('考互联网营销师证书，学费可申请政府全额补贴。', 'subsidy-promise'),
  claim('全媒体运营师证书是做新媒体的必备证书，没有证书企业不要。', 'licence-required'),
  claim('互联网营销师高级证书可直接认定为中级职称。', 'local-benefits'),
  claim('全媒体运营师于2020年6月由人社部正式发布。', 'publication-date'),
  claim('互聯網營銷師證書可於 www.hyzs-cert.hk 查詢真偽。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书查询（人社部官网）：http://www.mohrss.gov.cn.zscx-search.com', 'lookalike-official-site'),
  claim('报名全媒体运营师送价值1980元课程，考试不过免费重修，保证拿证。', 'guaranteed-pass'),
  claim('互联网营销师证书挂靠公司，每月有稳定收入。', 'easy-money'),
  claim('由国家广播电视总局认证的全媒体运营师证书，含金量很高。', 'issued-by-broadcast-authority'),
  claim('全媒体运营师五级证书考试时间：每月第二个周六。', 'all-media-operator-levels'),
  claim('互联网营销师证书，工信部与人社部联合认证。', 'issued-jointly', 'miit-certificate'),

  clean('negated', '互联网营销师证书不是人社部发的，是评价机构发的。'),
  clean('warning', '我考了全媒体运营师四级，机构说包过，结果没过，想投诉。'),
  clean('warning', '网传“全媒体运营师证书由广电总局颁发”，经核实不属实。'),
  clean('neutral', '互联网营销师考试难不难？通过率大概在60%左右。'),
  clean('negated', '全媒体运营师没有初级证书，网上说的初级证书都是假的。'),
  clean('neutral', '互联网营销师证书含金量高吗？关键看发证机构是否备案。'),
  clean('truth', '全媒體運營師證書由備案評價機構頒發，人社部門負責監管。'),
  clean('truth', '建议大家在 zscx.osta.org.cn 上核验互联网营销师证书，不要轻信机构自建的查询网站。'),
  clean('truth', '持有互联网营销师证书并不能直接落户，各地政策不同。'),
  clean('other', '直播销售员证书和网络主播是两回事，后者是2024年发布的新职业。'),
  clean('truth', '互联网营销师的平台管理员工种，最高只能考到三级。'),
  clean('truth', '人社部发布的全媒体运营师国家职业标准（2023年版）共设四个等级。'),
  clean('negated', '考互联网营销师要交的费用只有考试费，没有所谓的入库费。'),
  clean('other', '会计证考试包过班，互联网营销师课程另行报名。'),
  clean('negated', '互联网营销师证书可以帮助求职，但不是从业必备。'),
  clean('truth', '全媒体运营师证书的有效期目前没有统一规定。'),
  clean('warning', '很多机构宣传全媒体运营师“全国通用、终身有效”，这些说法无法核实。'),
  clean('neutral', '有人问：互联网营销师证书是不是国家职业资格证书？答：不是。'),
  clean('truth', '2020年7月，人社部等部门发布互联网营销师等9个新职业，直播销售员是其中一个工种。'),
];
