// A tenth labelled set, written on 2026-11-27 before the blind-7 misses were fixed, and run once
// against the checker as it stood (docs/claims.md keeps those first numbers). Its misses were fixed
// the same day, after the next blind set (blind-9-examples.ts) had been written and run, so it is
// now a regression set like the others.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_8_EXAMPLES: readonly LabelledExample[] = [
  claim('互联网营销师证书，人社部门直接发放到个人手中。', 'issued-by-mohrss'),
  claim('全媒体运营师证书就是国家职业资格证，这点毋庸置疑。', 'national-qualification'),
  claim('全媒体运营师分为初、中、高三个级别，初级最容易考。', 'all-media-operator-levels'),
  claim('平台管理员（互联网营销师）工种，可报考二级。', 'platform-admin-levels'),
  claim('互联网营销师证书只能由我们中心颁发。', 'single-issuer'),
  claim('全媒体运营师报名必须通过指定培训机构，不接受个人报名。', 'exclusive-channel'),
  claim('互联网营销师证书保拿证，拿不到全额退款。', 'guaranteed-pass'),
  claim('考全媒体运营师送2000元补贴，名额有限。', 'subsidy-promise'),
  claim('互联网营销师证书信息录入国家人才库，需另付费。', 'archive-fee'),
  claim('全媒体运营师证书挂出去一年能赚一万五。', 'easy-money'),
  claim('做直播销售必须持有互联网营销师证书。', 'licence-required'),
  claim('全媒体运营师证书一生有效，不需要续期。', 'lifetime-validity'),
  claim('互联网营销师新职业是2019年发布的。', 'publication-date'),
  claim('持有全媒体运营师证书可申请本地户口。', 'local-benefits'),
  claim('互联网营销师证书查询平台：www.jnzs-china.com。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书请在 zscx.osta.org.cn.verify-cert.com 核验。', 'lookalike-official-site'),
  claim('全媒体运营师证书由国家广播电视总局人才交流中心颁发。', 'issued-by-broadcast-authority'),
  claim('工信部颁发的全媒体运营师证书，全国联网。', 'miit-certificate'),
  claim('互联网营销师证书由人社部和商务部共同颁发。', 'issued-jointly'),
  claim('全媒体运营工程师证书培训，包教包会。', 'invented-title'),
  claim('互联网营销师证书全国认可，走遍全国都好用。', 'nationwide-validity'),
  claim('全媒体运营师报考门槛为零，人人能考。', 'no-threshold-slogan'),
  claim('互联网营销师报考不需要学历证明。', 'no-education-requirement'),
  claim('全媒体运营师证书，国家认可的权威证书。', 'national-endorsement'),
  claim('互聯網營銷師證書由人社部頒發，全國有效。', 'issued-by-mohrss', 'nationwide-validity'),
  claim('全媒體運營師分初級、中級、高級。', 'all-media-operator-levels'),
  claim('互聯網營銷師證書出租，每年穩賺。', 'easy-money'),
  claim('全媒體運營師證書報名送政府補貼。', 'subsidy-promise'),

  clean('warning', '某培训机构虚构“全媒体运营师国家级证书”，被市场监管部门处罚。'),
  clean('truth', '互联网营销师证书由经备案的社会培训评价组织颁发。'),
  clean('negated', '全媒体运营师证书并非终身有效，这一说法没有依据。'),
  clean('neutral', '互联网营销师报名费大概多少钱？'),
  clean('truth', '全媒体运营师最低等级是四级。'),
  clean('other', '教师资格证属于准入类职业资格。'),
  clean('negated', '互聯網營銷師不屬於國家職業資格。'),
  clean('warning', '有机构编造“全媒体运营师包过”的说法被通报批评。'),
  clean('truth', '互联网营销师于2020年7月成为新职业，直播销售员是其工种之一。'),
  clean('neutral', '全媒体运营师证书对找工作有帮助吗？'),
  clean('negated', '互联网营销师证书并不能挂靠赚钱。'),
  clean('truth', '技能人才评价证书可在 zscx.osta.org.cn 免费查询。'),
];
