// A seventh labelled set, written on 2026-11-27 before the blind-4 misses were fixed, and run once
// against the checker as it stood (docs/claims.md keeps those first numbers). Its misses were fixed
// the same day, after the next blind set (blind-6-examples.ts) had been written and run, so it is
// now a regression set like the others.
import type { LabelledExample } from './labelled-examples';

const claim = (text: string, ...expect: string[]): LabelledExample => ({ text, expect, kind: 'claim' });
const clean = (kind: Exclude<LabelledExample['kind'], 'claim'>, text: string): LabelledExample => ({
  text,
  expect: [],
  kind,
});

export const BLIND_5_EXAMPLES: readonly LabelledExample[] = [
  claim('互联网营销师证书加盖人力资源社会保障部印章，真实有效。', 'issued-by-mohrss'),
  claim('全媒体运营师属国家职业资格二级，可用于职称评定。', 'national-qualification', 'local-benefits'),
  claim('全媒体运营师报考等级：五级、四级、三级、二级、一级。', 'all-media-operator-levels'),
  claim('互联网营销师的平台管理员工种设有技师和高级技师等级。', 'platform-admin-levels'),
  claim('全国仅我司具备全媒体运营师发证资格。', 'single-issuer'),
  claim('想考互联网营销师？个人报名一律无效，须由合作机构统一提交。', 'exclusive-channel'),
  claim('全媒体运营师证书考试通过率100%，无效退款。', 'guaranteed-pass'),
  claim('互联网营销师免费学，结业后政府发放2000元补贴。', 'subsidy-promise'),
  claim('全媒体运营师证书入档案，需缴纳建档费150元。', 'archive-fee'),
  claim('拿到互联网营销师证书后可挂证给企业，月入三千。', 'easy-money'),
  claim('直播平台规定，主播须持互联网营销师证书才能上岗。', 'licence-required'),
  claim('互联网营销师证书长期有效，一证用终身。', 'lifetime-validity'),
  claim('2018年，人社部公布了全媒体运营师这一新职业。', 'publication-date'),
  claim('持全媒体运营师证书可以在上海申请居住证积分。', 'local-benefits'),
  claim('证书查询请登录国家职业资格证书查询网 www.zyzgzs.org.cn（全媒体运营师）。', 'unofficial-lookup-site'),
  claim('互联网营销师证书可在 www.osta.org.cn.zscx.top 查询。', 'lookalike-official-site'),
  claim('全媒体运营师证书由中国广播电视社会组织联合会颁发，广电总局监制。', 'issued-by-broadcast-authority'),
  claim('工信部互联网营销师证书，央企国企都认可。', 'miit-certificate'),
  claim('互联网营销师证书由人社部与市场监管总局联合颁发。', 'issued-jointly'),
  claim('全媒体运营师结业可获“全媒体运营专家”证书。', 'invented-title'),
  claim('互联网营销师证书全国通用，各省市均予认可。', 'nationwide-validity'),
  claim('全媒体运营师报名无任何门槛，不限年龄。', 'no-threshold-slogan'),
  claim('互联网营销师报名无学历要求，初中没毕业也可以。', 'no-education-requirement'),
  claim('官方认证的全媒体运营师证书，权威可查。', 'national-endorsement'),
  claim('全媒体运营师的颁证单位是国家广播电影电视总局。', 'issued-by-broadcast-authority', 'outdated-broadcast-authority'),
  claim('互聯網營銷師證書屬於國家職業資格證書。', 'national-qualification'),
  claim('全媒體運營師初級證書報名中。', 'all-media-operator-levels'),
  claim('互聯網營銷師證書掛靠企業，年入過萬。', 'easy-money'),
  claim('全媒體運營師包拿證，不過全退。', 'guaranteed-pass'),

  clean('truth', '全媒体运营师设四级、三级、二级、一级四个等级。'),
  clean('negated', '互联网营销师证书上不会有人社部的公章。'),
  clean('negated', '全媒体运营师并不是准入类职业，没有证书也可以从业。'),
  clean('warning', '所谓“挂证月入三千”是骗局，互联网营销师证书没有挂靠需求。'),
  clean('warning', '市场监管部门提醒：“政府补贴2000元”的全媒体运营师广告多为虚假宣传。'),
  clean('neutral', '互联网营销师考试分为理论和实操两个部分吗？'),
  clean('truth', '互联网营销师于2020年7月6日由人社部等部门发布。'),
  clean('other', '心理咨询师证书2017年退出国家职业资格目录。'),
  clean('truth', '全媒体运营师证书可以在技能人才评价证书全国联网查询系统查到。'),
  clean('neutral', '报名互联网营销师三级需要取得四级证书后满一定年限。'),
  clean('negated', '互聯網營銷師證書不是國家職業資格證書。'),
  clean('warning', '警惕冒充“osta官网”的全媒体运营师证书查询网站。'),
];
