// An eleventh labelled set, written on 2026-11-27 before the blind-8 misses were fixed, and run once
// against the checker as it stood (docs/claims.md keeps those first numbers). Its misses were fixed
// the same day, after the next blind set (blind-10-examples.ts) had been written and run, so it is
// now a regression set like the others.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const BLIND_9_EXAMPLES: readonly LabelledExample[] = [
  claim('📌全媒体运营师｜人社部颁证｜可查可验', 'issued-by-mohrss'),
  claim('互联网营销师证书属于国家职业资格序列。', 'national-qualification'),
  claim('全媒体运营师有初级证书吗？有的，初级最好考。', 'all-media-operator-levels'),
  claim('互联网营销师平台管理员工种可以一直考到高级技师。', 'platform-admin-levels'),
  claim('全媒体运营师证书全国仅此一家发证机构。', 'single-issuer'),
  claim('互联网营销师考试只接受机构集体报名。', 'exclusive-channel'),
  claim('全媒体运营师证书：免考直发，三天出证。', 'guaranteed-pass'),
  claim('互联网营销师考完可以领技能补贴3000。', 'subsidy-promise'),
  claim('全媒体运营师证书需办理入库，费用300元。', 'archive-fee'),
  claim('互联网营销师证书挂到公司名下，一年收益8000。', 'easy-money'),
  claim('全媒体运营师证书是从事新媒体工作的准入证。', 'licence-required'),
  claim('互联网营销师证书有效期为终身。', 'lifetime-validity'),
  claim('全媒体运营师2022年被列为新职业。', 'publication-date'),
  claim('持互联网营销师证书在广州可加积分入学。', 'local-benefits'),
  claim('全媒体运营师证书验证网址：www.cnjnzs.org。', 'unofficial-lookup-site'),
  claim('互联网营销师证书真伪查询：jndj.osta.org.cn.query-zs.com。', 'lookalike-official-site'),
  claim('全媒体运营师证书广电总局颁发，含金量高。', 'issued-by-broadcast-authority'),
  claim('工信部直属单位颁发互联网营销师证书。', 'miit-certificate'),
  claim('互联网营销师证书由人社部与网信办双认证。', 'issued-jointly'),
  claim('全媒体运营高级工程师证书，年薪翻倍。', 'invented-title'),
  claim('互联网营销师证书，全国通用！', 'nationwide-validity'),
  claim('全媒体运营师报名零门槛，不看专业不看年龄。', 'no-threshold-slogan'),
  claim('互联网营销师报考学历不限。', 'no-education-requirement'),
  claim('国家认证的全媒体运营师证书，就业有保障。', 'national-endorsement'),
  claim('全媒體運營師證書人社部頒發，全國通用。', 'issued-by-mohrss', 'nationwide-validity'),
  claim('互聯網營銷師包過班，不過退款。', 'guaranteed-pass'),
  claim('全媒體運營師考證送補貼3000元。', 'subsidy-promise'),
  claim('互聯網營銷師證書永久有效。', 'lifetime-validity'),

  clean('truth', '全媒体运营师证书由经人社部门备案的评价机构颁发，可在osta查询。'),
  clean('negated', '互联网营销师证书不是上岗证，也不是国家职业资格。'),
  clean('warning', '小心“人社部颁证”“全国通用”这类全媒体运营师招生话术。'),
  clean('neutral', '互联网营销师四级和三级有什么区别？'),
  clean('truth', '全媒体运营师的二级对应技师，一级对应高级技师。'),
  clean('other', '注册会计师证由财政部门监管。'),
  clean('negated', '全媒體運營師沒有初級證書。'),
  clean('warning', '曝光：某平台兜售“互联网营销师证书”，宣称包过。'),
  clean('truth', '互联网营销师平台管理员工种只设五级到三级。'),
  clean('neutral', '全媒体运营师证书的报名入口在哪里？'),
  clean('negated', '互联网营销师证书并不会带来落户资格。'),
  clean('truth', '技能提升补贴按取得的证书等级发放，最高2000元。'),
];
