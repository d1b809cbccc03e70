// A fourteenth labelled set, written on 2026-11-27 (second session) before the blind-11 misses were
// fixed, and run once against the checker as it stood (docs/claims.md). It is NOT used to change
// the checker: it is the estimate for unseen text, and it tells whether the fixes made for blind-11
// were general. Before tuning on it, write the next blind set.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_12_EXAMPLES: readonly LabelledExample[] = [
  claim('姐妹们，互联网营销师证是人社部发的，官网可查，放心冲！', 'issued-by-mohrss'),
  // Label corrected after the first run: 评职称直接用 is a local-benefits claim too (the first run's one
  // rule-level false positive was this slip, not the checker's).
  claim('全媒体运营师＝国家职业资格证书，评职称直接用。', 'national-qualification', 'local-benefits'),
  claim('全媒体运营师证书是广电总局下发的。', 'issued-by-broadcast-authority'),
  claim('互联网营销师证书由人社部与商务部联合颁发，双重认证。', 'issued-jointly'),
  claim('全媒体运营师只分初级和高级两个等级。', 'all-media-operator-levels'),
  claim('互联网营销师平台管理员可以一路考到一级高级技师。', 'platform-admin-levels'),
  claim('全媒体运营师，报名就能过，我们负责到底。', 'guaranteed-pass'),
  claim('互联网营销师宝妈、学生、退休人员都能报，门槛为零。', 'no-threshold-slogan'),
  claim('全媒体运营师不看学历，小学文化也能考。', 'no-education-requirement'),
  claim('互联网营销师只能通过我们这样的授权机构报名，个人报了也不算。', 'exclusive-channel'),
  claim('全媒体运营师学完就能领国家补贴，名额有限。', 'subsidy-promise'),
  claim('互联网营销师证书全国人才库备案，终身可查。', 'archive-fee', 'lifetime-validity'),
  claim('全媒体运营师证书挂靠企业，每年躺拿两万。', 'easy-money'),
  claim('以后没有互联网营销师证书就不能开直播了。', 'licence-required'),
  claim('全媒体运营师证书一辈子有效。', 'lifetime-validity'),
  claim('互联网营销师2021年才被列入新职业。', 'publication-date'),
  claim('持有全媒体运营师证书可以加落户积分。', 'local-benefits'),
  claim('互联网营销师证书查询官网：www.zhiyezhengshu.org.cn', 'unofficial-lookup-site'),
  claim('全媒体运营师证书请在 osta.org.cn.cx 查询。', 'lookalike-official-site'),
  claim('工信部教育与考试中心出的全媒体运营师证书才是正规的。', 'miit-certificate'),
  claim('全媒体运营首席架构师证书，行业稀缺。', 'invented-title'),
  claim('国家级互联网营销师证书，权威认可。', 'national-endorsement'),
  claim('全媒体运营师证书走遍全国都有效。', 'nationwide-validity'),
  claim('互联网营销师考试不用去考场，在家拿证。', 'guaranteed-pass'),
  claim('互联网营销师证书学费政府全额报销。', 'subsidy-promise'),
  claim('互聯網營銷師證是人社部發的，官網可查。', 'issued-by-mohrss'),
  claim('全媒體運營師考試包過，不過退全款。', 'guaranteed-pass'),
  claim('互聯網營銷師證書可以掛出去，每年都有收入。', 'easy-money'),
  claim('全媒體運營師不看學歷，小學文化也能考。', 'no-education-requirement'),
  claim('互聯網營銷師證書終身有效，全國通用。', 'lifetime-validity', 'nationwide-validity'),

  clean('truth', '互联网营销师证书可以在技能人才评价证书全国联网查询系统查到。'),
  clean('truth', '全媒体运营师四级到一级，共四个等级。'),
  clean('negated', '互联网营销师证书不是广电总局颁发的，也不是人社部颁发的。'),
  clean('negated', '全媒体运营师证书不能挂靠，也不会给你带来躺赚收入。'),
  clean('warning', '某培训机构宣传“互联网营销师包过”，被市场监管部门处罚。'),
  clean('warning', '别信“全媒体运营师证书终身有效”这种话。'),
  clean('neutral', '全媒体运营师考试分理论知识和操作技能两部分。'),
  clean('neutral', '互联网营销师证书对找直播工作有没有用？'),
  clean('other', '电工证属于特种作业操作证，必须持证上岗。'),
  clean('truth', '互联网营销师属于职业技能等级认定，不属于准入类职业资格。'),
  clean('negated', '全媒體運營師證書並非廣電總局頒發。'),
  clean('neutral', '我考了互联网营销师三级，感觉题目不算难。'),
];
