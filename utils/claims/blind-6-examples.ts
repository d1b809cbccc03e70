// An eighth labelled set, written on 2026-11-27 before the blind-5 misses were fixed, and run once
// against the checker as it stood (docs/claims.md keeps those first numbers). Its misses were fixed
// the same day, after the next blind set (blind-7-examples.ts) had been written and run, so it is
// now a regression set like the others.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_6_EXAMPLES: readonly LabelledExample[] = [
  claim('全媒体运营师证书由人社部职业技能鉴定中心统一印制。', 'issued-by-mohrss'),
  claim('互联网营销师证书可以作为国家职业资格证书使用。', 'national-qualification'),
  claim('全媒体运营师先考初级，再考中级。', 'all-media-operator-levels'),
  claim('互联网营销师平台管理员可以考到二级技师。', 'platform-admin-levels'),
  claim('全媒体运营师证书只有本中心能发，别家都是假的。', 'single-issuer'),
  claim('报考互联网营销师必须经过我们推荐，个人无法直接报名。', 'exclusive-channel'),
  claim('全媒体运营师考证无需考试，提交材料即可下证。', 'guaranteed-pass'),
  claim('互联网营销师证书补贴最高3000元，拿证就能领。', 'subsidy-promise'),
  claim('全媒体运营师证书需缴纳信息入库费，才能在网上查到。', 'archive-fee'),
  claim('互联网营销师证书出租给企业做资质，一年稳赚两万。', 'easy-money'),
  claim('没有互联网营销师证书，直播带货属于违法经营。', 'licence-required'),
  claim('全媒体运营师证书无有效期限制，一次考取终身受益。', 'lifetime-validity'),
  claim('互联网营销师是2021年才出现的新职业。', 'publication-date'),
  claim('凭全媒体运营师证书可以申请落户深圳。', 'local-benefits'),
  claim('互联网营销师证书官方查询网站：www.china-zgzs.com。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书可在 osta.org.cn.cert-check.net 查询。', 'lookalike-official-site'),
  claim('全媒体运营师证书由广电总局直接颁发给考生。', 'issued-by-broadcast-authority'),
  claim('互联网营销师（工信部版）证书，全国可查，企业认可。', 'miit-certificate'),
  claim('全媒体运营师证书由人社部联合网信办颁发。', 'issued-jointly'),
  claim('互联网营销师高级讲师证书，培训机构抢着要。', 'invented-title'),
  claim('全媒体运营师证书全国通用，在哪都能用。', 'nationwide-validity'),
  claim('互联网营销师不限年龄、不限专业，人人可考。', 'no-threshold-slogan'),
  claim('全媒体运营师不要求学历，没有工作经验也能报四级。', 'no-education-requirement'),
  claim('全媒体运营师证书国家权威认证。', 'national-endorsement'),
  claim('全媒體運營師證書由人社部統一頒發。', 'issued-by-mohrss'),
  claim('互聯網營銷師證書考試保證通過。', 'guaranteed-pass'),
  claim('全媒體運營師證書終身有效，全國通用。', 'lifetime-validity', 'nationwide-validity'),
  claim('互聯網營銷師屬於國家職業資格目錄內的職業。', 'national-qualification'),

  clean('truth', '全媒体运营师证书的评价机构需在人社部门备案。'),
  clean('negated', '互联网营销师证书并没有“包过”这一说。'),
  clean('warning', '声称“全媒体运营师证书终身有效”的说法缺乏依据。'),
  clean('neutral', '全媒体运营师四级的考试时长是多少？'),
  clean('truth', '互联网营销师共设五个等级，其中平台管理员只到三级。'),
  clean('other', '电工证由应急管理部门颁发，属于特种作业操作证。'),
  clean('negated', '全媒體運營師證書並非全國唯一機構頒發。'),
  clean('warning', '有人假冒人社部名义收取互联网营销师“入库费”，请勿上当。'),
  clean('truth', '互联网营销师证书信息可在全国联网查询平台免费查询。'),
  clean('neutral', '听说全媒体运营师证书能落户，有人试过吗？'),
  clean('negated', '互联网营销师证书不能挂靠，也没人会租。'),
  clean('truth', '全媒体运营师国家职业标准（2023年版）规定了四个等级。'),
];
