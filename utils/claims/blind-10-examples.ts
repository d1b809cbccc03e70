// A twelfth labelled set, written on 2026-11-27 before the blind-9 misses were fixed, and run once
// against the checker as it stood (docs/claims.md). It is NOT used to change the checker: it is the
// estimate for unseen text, and it tells whether the fixes made for blind-9 were general. Before
// tuning on it, write the next blind set.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_10_EXAMPLES: readonly LabelledExample[] = [
  claim('全媒体运营师证书由人社部统一监制。', 'issued-by-mohrss'),
  claim('互联网营销师证书归属于国家职业资格体系。', 'national-qualification'),
  claim('全媒体运营师设置了五级（初级工）。', 'all-media-operator-levels'),
  claim('互联网营销师平台管理员有技师等级，报名从速。', 'platform-admin-levels'),
  claim('全媒体运营师证书目前仅由本公司独家颁发。', 'single-issuer'),
  claim('个人不能报考互联网营销师，需由单位或机构推荐。', 'exclusive-channel'),
  claim('全媒体运营师考试100%通过，拿证无忧。', 'guaranteed-pass'),
  claim('考取互联网营销师后每人补贴1500元，当月到账。', 'subsidy-promise'),
  claim('全媒体运营师证书另收建档管理费。', 'archive-fee'),
  claim('互联网营销师证书可以租给企业，年租金上万。', 'easy-money'),
  claim('互联网营销师证书是直播行业的从业资格证，没有不能上岗。', 'licence-required'),
  claim('全媒体运营师证书一次考取，长期有效。', 'lifetime-validity'),
  claim('全媒体运营师是2019年底公布的新职业。', 'publication-date'),
  claim('持有全媒体运营师证书可以享受人才引进政策。', 'local-benefits'),
  claim('互联网营销师证书查询系统：http://www.zgzsw.cn 。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书查询请访问 osta-org.cn。', 'lookalike-official-site'),
  claim('全媒体运营师证书由广播电视总局统一印制。', 'issued-by-broadcast-authority'),
  claim('工信部教育考试中心的互联网营销师证书更权威。', 'miit-certificate'),
  claim('互联网营销师证书，人社部、商务部两部门联合发证。', 'issued-jointly'),
  claim('互联网营销总监证书，助你升职加薪。', 'invented-title'),
  claim('全媒体运营师证书全国承认。', 'nationwide-validity'),
  claim('互联网营销师报名不限专业、不限年龄。', 'no-threshold-slogan'),
  claim('全媒体运营师报考无学历门槛。', 'no-education-requirement'),
  claim('国家颁发的互联网营销师证书，含金量不用多说。', 'national-endorsement'),
  claim('全媒體運營師證書由人社部簽發。', 'issued-by-mohrss'),
  claim('互聯網營銷師考試保證通過，不過退費。', 'guaranteed-pass'),
  claim('全媒體運營師證書全國通用，終身有效。', 'nationwide-validity', 'lifetime-validity'),
  claim('互聯網營銷師證書可以掛靠。', 'easy-money'),

  clean('truth', '全媒体运营师证书可在技能人才评价证书全国联网查询网站核验。'),
  clean('negated', '互联网营销师证书并非人社部颁发，而是评价机构颁发。'),
  clean('warning', '谨防“全媒体运营师包过”的虚假广告。'),
  clean('neutral', '互联网营销师证书考下来要多久？'),
  clean('truth', '全媒体运营师四级需要相关工作经验或相关专业学历。'),
  clean('other', '消防设施操作员证书属于准入类职业资格。'),
  clean('negated', '互聯網營銷師證書不是人社部頒發的。'),
  clean('warning', '记者调查发现，多家机构宣称互联网营销师证书可以落户。'),
  clean('truth', '互联网营销师有选品员、直播销售员、视频创推员、平台管理员四个工种。'),
  clean('neutral', '全媒体运营师证书的补贴怎么申请？'),
  clean('negated', '全媒体运营师证书不能挂靠出租。'),
  clean('truth', '全媒体运营师于2020年2月25日由人社部等部门发布。'),
];
