// A ninth labelled set, written on 2026-11-27 before the blind-6 misses were fixed, and run once
// against the checker as it stood (docs/claims.md keeps those first numbers). Its misses were fixed
// the same day, after the next blind set (blind-8-examples.ts) had been written and run, so it is
// now a regression set like the others (one miss kept: a lookup site named without an address).
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_7_EXAMPLES: readonly LabelledExample[] = [
  claim('全媒体运营师证书是人社部官方出具的。', 'issued-by-mohrss'),
  claim('考过互联网营销师，就拿到了国家职业资格。', 'national-qualification'),
  claim('全媒体运营师零基础可直接报考五级。', 'all-media-operator-levels', 'no-threshold-slogan'),
  claim('互联网营销师平台管理员最高能到一级。', 'platform-admin-levels'),
  claim('全国只有一家机构能发互联网营销师证书，就是我们。', 'single-issuer'),
  claim('互联网营销师只能通过培训机构报名，个人报不了。', 'exclusive-channel'),
  claim('全媒体运营师证书挂名即可，不用本人考试。', 'guaranteed-pass'),
  claim('学互联网营销师，国家给补贴，学费全返。', 'subsidy-promise'),
  claim('全媒体运营师证书需要交入档费，否则查不到。', 'archive-fee'),
  claim('互联网营销师证书能挂出去，每年被动收入一万多。', 'easy-money'),
  claim('全媒体运营师证书是新媒体从业的必备上岗证。', 'licence-required'),
  claim('互联网营销师证书永不过期。', 'lifetime-validity'),
  claim('全媒体运营师是人社部2020年7月发布的。', 'publication-date'),
  claim('在成都，持互联网营销师证书可以评中级职称。', 'local-benefits'),
  claim('互联网营销师证书可登录“职业技能证书查询中心”验证真伪。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书查询：www.osta-gov.cn。', 'lookalike-official-site'),
  claim('全媒体运营师由国家广电总局统一认证发证。', 'issued-by-broadcast-authority'),
  claim('工信部认证的互联网营销师证书含金量更高。', 'miit-certificate'),
  claim('互联网营销师证书由人社部、中国商业联合会共同颁发。', 'issued-jointly'),
  claim('全媒体运营总监资格证，高薪就业必备。', 'invented-title'),
  claim('互联网营销师证书全国范围内有效。', 'nationwide-validity'),
  claim('全媒体运营师不限学历、不限年龄，有手就能考。', 'no-education-requirement', 'no-threshold-slogan'),
  claim('互联网营销师证书由国家统一颁发，权威可靠。', 'national-endorsement'),
  claim('全媒体运营师证书，广播电影电视总局颁发。', 'issued-by-broadcast-authority', 'outdated-broadcast-authority'),
  claim('全媒體運營師屬於國家職業資格。', 'national-qualification'),
  claim('互聯網營銷師包過，考不過免費重讀。', 'guaranteed-pass'),
  claim('全媒體運營師證書可以在任何城市落戶加分。', 'local-benefits'),
  claim('互聯網營銷師證書由人力資源和社會保障部直接頒發。', 'issued-by-mohrss'),

  clean('truth', '互联网营销师证书由用人单位或社会培训评价组织颁发。'),
  clean('negated', '全媒体运营师证书并不能用来落户，这要看当地政策。'),
  clean('warning', '“包过、不过退费”的互联网营销师广告要当心。'),
  clean('neutral', '全媒体运营师三级要考哪些内容？'),
  clean('truth', '全媒体运营师的最高等级是一级（高级技师）。'),
  clean('other', '导游证由文化和旅游部门颁发。'),
  clean('negated', '互聯網營銷師證書並不是由廣電總局頒發的。'),
  clean('warning', '市场监管局通报：某机构虚构“全媒体运营师国家级证书”被罚。'),
  clean('truth', '全媒体运营师的国家职业标准由人社部和广电总局联合颁布。'),
  clean('neutral', '互联网营销师证书在哪里可以查到？'),
  clean('negated', '全媒体运营师证书不存在“入档费”。'),
  clean('truth', '2020年7月，互联网营销师被列为新职业。'),
];
