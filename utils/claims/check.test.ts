import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_RULES } from '../../data/claim-rules';
import { checkSelection, checkText, type ClaimHit } from './check';
import { HELD_OUT_EXAMPLES } from './held-out-examples';
import { LABELLED_EXAMPLES } from './labelled-examples';
import { toTraditional } from './traditional';

const ids = (hits: ClaimHit[]): string[] => [...new Set(hits.map((h) => h.ruleId))];

/**
 * For every rule: texts that state the claim (positive), that are near it but state something true
 * or unrelated (negative), that deny it (negated), and that state it in traditional script.
 * Written for these tests, apart from the labelled corpora.
 */
const RULE_EXAMPLES: Record<string, { positive: string[]; negative: string[]; negated: string[]; traditional: string[] }> = {
  'issued-by-mohrss': {
    positive: ['互联网营销师证书由国家人社部统一颁发。', '全媒体运营师证书：发证单位为人力资源和社会保障部。', '本期直播销售员班结业后加盖人社部公章。'],
    negative: ['全媒体运营师证书由备案的评价机构颁发，人社部负责监管。', '一级建造师证书由人社部统一印制。'],
    negated: ['互联网营销师证书不是人社部颁发的。', '全媒体运营师证书并非人社部盖章。', '人社部不直接给互联网营销师发证。'],
    traditional: ['互聯網營銷師證書由人社部統一頒發。'],
  },
  'national-qualification': {
    positive: ['全媒体运营师属于国家职业资格证书。', '报考互联网营销师职业资格二级证书。', '全媒体运营师是国家认定的职业资格，不是普通培训证。'],
    negative: ['互联网营销师证书与职业资格证书具有同等效力。', '教师资格证属于国家职业资格证书。', '互联网营销师是国家认定的新职业。'],
    negated: ['全媒体运营师并非国家职业资格证书。', '互联网营销师不属于国家职业资格。', '互联网营销师不是国家认定的职业资格。'],
    traditional: ['全媒體運營師屬於國家職業資格證書。'],
  },
  'issued-by-broadcast-authority': {
    positive: ['全媒体运营师证书由国家广播电视总局颁发。', '全媒体运营师发证机构：广电总局。'],
    negative: ['全媒体运营师国家职业标准由人社部会同国家广播电视总局制定。'],
    negated: ['全媒体运营师证书不是广电总局颁发的。'],
    traditional: ['全媒體運營師證書由國家廣播電視總局頒發。'],
  },
  'outdated-broadcast-authority': {
    positive: ['全媒体运营师由国家广播电影电视总局认证。'],
    negative: ['国家广播电影电视总局于2013年与新闻出版总署合并，全媒体运营师2020年才设立。'],
    negated: ['全媒体运营师证书并非国家广播电影电视总局颁发。'],
    traditional: ['全媒體運營師證書由國家廣播電影電視總局頒發。'],
  },
  'issued-jointly': {
    positive: ['互联网营销师证书由人社部和网信办联合颁发。', '全媒体运营师证书两部委联合盖章。'],
    negative: ['全媒体运营师国家职业标准由人社部、广电总局联合制定。'],
    negated: ['全媒体运营师证书不是人社部与广电总局联合颁发的。'],
    traditional: ['互聯網營銷師證書由人社部和網信辦聯合頒發。'],
  },
  'single-issuer': {
    positive: ['全媒体运营师的发证单位是中国传媒人才协会。', '全媒体运营师证书目前仅由本公司独家颁发。'],
    negative: ['全媒体运营师的发证单位是经备案的评价机构。'],
    negated: ['互联网营销师的颁证单位不是中国轻工业联合会。', '全媒体运营师证书并非本公司独家颁发。'],
    traditional: ['互聯網營銷師的頒證單位是中國輕工業聯合會。'],
  },
  'miit-certificate': {
    positive: ['报考互联网营销师，拿工信部证书。'],
    negative: ['工信部今天公布了5G用户数。互联网营销师是另一回事。'],
    negated: ['互联网营销师证书并非工信部颁发。'],
    traditional: ['工信部認證的全媒體運營師證書。'],
  },
  'national-endorsement': {
    positive: ['互联网营销师，国家级证书，含金量高。'],
    negative: ['互联网营销师是国家认可的新职业。', '全媒体运营师证书可在官方平台查询。'],
    negated: ['全媒体运营师证书并不是什么国家级证书。'],
    traditional: ['互聯網營銷師國家級證書，含金量高。'],
  },
  'nationwide-validity': {
    positive: ['直播销售员证书全国通用。', '互联网营销师证书各省市通用，跨省就业也认。'],
    negative: ['全媒体运营师证书全国联网可查。', '全媒体运营师证书各地都认可吗？'],
    negated: ['互联网营销师证书并非全国通用。', '全媒体运营师证书并非各省通用。'],
    traditional: ['直播銷售員證書全國通用。'],
  },
  'guaranteed-pass': {
    positive: ['互联网营销师保证通过，考不过退费。', '全媒体运营师考试100%通过，拿证无忧。', '互联网营销师百分百拿证。'],
    negative: ['互联网营销师考试需经理论和技能考核。', '教师资格证包过。'],
    negated: ['全媒体运营师考试没有包过一说。', '全媒体运营师考试不能保证100%通过。', '互联网营销师考试通过率并非100%。'],
    traditional: ['全媒體運營師免考直接拿證。'],
  },
  'no-threshold-slogan': {
    positive: ['全媒体运营师报名零门槛。'],
    negative: ['诚聘全媒体运营师，零基础可培养，月薪8千。', '全媒体运营师四级需要相关工作年限。'],
    negated: ['互联网营销师并非零门槛。'],
    traditional: ['全媒體運營師報名零門檻。'],
  },
  'no-education-requirement': {
    positive: ['互联网营销师报考不限学历。', '全媒体运营师年满18周岁即可报名。'],
    negative: ['招聘直播销售员（互联网营销师），学历不限，五险一金。', '互联网营销师要求初中毕业或相当文化程度。'],
    negated: ['全媒体运营师并非不限学历。'],
    traditional: ['互聯網營銷師報考不限學歷，年滿18週歲即可。'],
  },
  'all-media-operator-levels': {
    positive: ['全媒体运营师初级证书火热报名。', '初级全媒体运营师速成班。'],
    negative: ['全媒体运营师设四级至一级四个等级。', '互联网营销师分初级、中级、高级等五个等级，全媒体运营师则从四级起。'],
    negated: ['全媒体运营师没有初级。'],
    traditional: ['全媒體運營師初級證書火熱報名。'],
  },
  'platform-admin-levels': {
    positive: ['互联网营销师平台管理员一级证书。'],
    negative: ['互联网营销师平台管理员最高为三级。'],
    negated: ['互联网营销师平台管理员没有一级。'],
    traditional: ['互聯網營銷師平臺管理員二級證書。'],
  },
  'invented-title': {
    positive: ['全媒体运营高级工程师证书。', '互联网营销高级经理证书，一证在手。'],
    negative: ['全媒体运营师二级/技师证书。', '互联网营销师：某公司经理说证书很有用。'],
    negated: ['根本没有全媒体运营工程师这种证书。'],
    traditional: ['互聯網營銷高級工程師證書。'],
  },
  'exclusive-channel': {
    positive: ['全媒体运营师个人无法报名，必须通过授权机构。'],
    negative: ['互联网营销师可直接向备案评价机构报名。'],
    negated: ['互联网营销师并非只能通过授权机构报名。'],
    traditional: ['全媒體運營師個人無法報名，必須通過授權機構。'],
  },
  'subsidy-promise': {
    positive: ['考互联网营销师可领政府补贴2000元。', '考取互联网营销师后每人补贴1500元，当月到账。', '拿到全媒体运营师证书，政府返还培训费2000元。'],
    negative: ['符合条件的参保职工取得全媒体运营师证书后可申领技能提升补贴。'],
    negated: ['互联网营销师培训并不能领政府补贴。', '互联网营销师证书：每人补贴1500元的说法是假的。', '互联网营销师证书：政府不会返还培训费。'],
    traditional: ['考互聯網營銷師可領政府補貼2000元。'],
  },
  'archive-fee': {
    positive: ['互联网营销师证书可入人事档案。', '全媒体运营师证书另收建档管理费。'],
    negative: ['互联网营销师证书在全国联网查询系统可查。'],
    negated: ['互联网营销师证书无需缴纳入库费。', '互联网营销师证书不收建档管理费。'],
    traditional: ['互聯網營銷師證書可入人事檔案。'],
  },
  'easy-money': {
    positive: ['全媒体运营师证书可以挂靠，年入3万。', '考了互联网营销师，年入10万不是梦。', '互联网营销师证书可以租给企业，年租金上万。', '考个全媒体运营师证，挂出去一年能赚几千。'],
    negative: ['全媒体运营师岗位平均工资约6千元。', '办公室租给企业，租金5000元，与全媒体运营师培训无关。', '把互联网营销师招生横幅挂出去。'],
    negated: ['全媒体运营师证书不能挂靠。', '全媒体运营师证书不能租给企业。', '互联网营销师证书不能挂出去。'],
    traditional: ['全媒體運營師證書可以掛靠，躺賺。'],
  },
  'licence-required': {
    positive: ['直播带货必须持有互联网营销师证书。', '互联网营销师证书是直播行业的从业资格证，没有不能上岗。', '想做直播带货必须先考互联网营销师证，否则属于无证直播。'],
    negative: ['很多企业优先录用持有互联网营销师证书的人。', '互联网营销师证书考试通过后，平台方面没有不能上岗的规定。', '全媒体运营师证书必须先考四级，才能考三级。'],
    negated: ['互联网营销师证书不是上岗证。', '互联网营销师证书并非从业资格证，没有也能上岗。', '直播带货不需要互联网营销师证书，不存在无证直播一说。'],
    traditional: ['直播帶貨必須持有互聯網營銷師證書。'],
  },
  'lifetime-validity': {
    positive: ['全媒体运营师证书终身有效。'],
    negative: ['全媒体运营师证书是否终身有效尚无规定。'],
    negated: ['没有依据说互联网营销师证书终身有效。'],
    traditional: ['全媒體運營師證書終身有效。'],
  },
  'publication-date': {
    positive: ['全媒体运营师于2020年5月发布。', '互联网营销师是2019年发布的新职业。'],
    negative: ['互联网营销师于2020年7月发布。', '全媒体运营师国家职业标准2023年发布。'],
    negated: ['全媒体运营师并非2020年5月发布。'],
    traditional: ['全媒體運營師於2020年5月發佈。'],
  },
  'local-benefits': {
    positive: ['互联网营销师证书可用于积分落户。'],
    negative: ['互联网营销师证书能否积分落户以当地政策为准。'],
    negated: ['全媒体运营师证书不能用来评职称。'],
    traditional: ['互聯網營銷師證書可用於積分落戶。'],
  },
  'unofficial-lookup-site': {
    positive: ['互联网营销师证书查询：www.hlwyxs-cx.com'],
    negative: ['互联网营销师证书查询：zscx.osta.org.cn', '互联网营销师课程请访问 www.example.com'],
    negated: ['互联网营销师证书不能在 www.hlwyxs-cx.com 查询。'],
    traditional: ['互聯網營銷師證書查詢網址：www.hlwyxs-cx.com'],
  },
  'lookalike-official-site': {
    positive: ['全媒体运营师证书在中国人事考试网 www.cpta-china.com 查询。'],
    negative: ['全媒体运营师证书请到 http://zscx.osta.org.cn 查询。'],
    negated: ['全媒体运营师证书不要到 www.osta-cx.com 查询，那不是官网。'],
    traditional: ['全媒體運營師證書在中國人事考試網 www.cpta-china.com 查詢。'],
  },
};

describe('every rule, on examples of its own', () => {
  it('has examples for every rule', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(CLAIM_RULES.map((r) => r.id).sort());
  });

  for (const [id, ex] of Object.entries(RULE_EXAMPLES)) {
    describe(id, () => {
      it.each(ex.positive)('flags %s', (text) => {
        const hits = checkText(text).filter((h) => h.ruleId === id);
        expect(hits.length).toBeGreaterThan(0);
        for (const h of hits) {
          // The phrase lies inside its sentence, and the quote is that sentence.
          expect(h.start).toBeGreaterThanOrEqual(h.sentenceStart);
          expect(h.end).toBeLessThanOrEqual(h.sentenceEnd);
          expect(h.quote).toBe(text.slice(h.sentenceStart, h.sentenceEnd));
          expect(h.verdict).toBe(CLAIM_RULES.find((r) => r.id === id)!.verdict);
        }
      });
      it.each(ex.positive)('flags the generated traditional form of %s at the same offsets', (text) => {
        const simplified = checkText(text).filter((h) => h.ruleId === id);
        const traditional = checkText(toTraditional(text)).filter((h) => h.ruleId === id);
        expect(traditional.map((h) => [h.start, h.end])).toEqual(simplified.map((h) => [h.start, h.end]));
      });
      it.each(ex.traditional)('flags traditional %s', (text) => {
        expect(ids(checkText(text))).toContain(id);
      });
      it.each(ex.negative)('leaves %s alone', (text) => {
        expect(ids(checkText(text))).not.toContain(id);
      });
      it.each(ex.negated)('leaves the denial %s alone', (text) => {
        expect(ids(checkText(text))).not.toContain(id);
      });
    });
  }
});

/**
 * Wording broadened on 2026-11-27 (docs/claims.md, "Broadening the shared wording"): the other ways
 * agencies say each claim, and, for each, true or denying sentences with the same words.
 */
describe('broadened wording', () => {
  it.each([
    ['全媒体运营师证书由人社部统一制发。', 'issued-by-mohrss'],
    ['全媒体运营师证书是广电总局下发的。', 'issued-by-broadcast-authority'],
    ['互联网营销师证书，人社部和商业联合会双章认证。', 'issued-jointly'],
    ['国字号全媒体运营师证书，国家背书。', 'national-endorsement'],
    ['全媒体运营师证书走遍全国都有效。', 'nationwide-validity'],
    ['互联网营销师证书跨省也认。', 'nationwide-validity'],
    ['全媒体运营师稳过班，包会包过。', 'guaranteed-pass'],
    ['全媒体运营师，报名就能过，我们负责到底。', 'guaranteed-pass'],
    ['互联网营销师考试过不了，明年免费再考。', 'guaranteed-pass'],
    ['互联网营销师考试不用去考场，在家拿证。', 'guaranteed-pass'],
    ['互联网营销师宝妈、学生、退休人员都能报，门槛为零。', 'no-threshold-slogan'],
    ['全媒体运营师谁都能考，不设任何条件。', 'no-threshold-slogan'],
    ['全媒体运营师不看学历，小学文化也能考。', 'no-education-requirement'],
    ['互联网营销师证书学费政府全额报销。', 'subsidy-promise'],
    ['全媒体运营师证书会自动录入国家人事档案。', 'archive-fee'],
    ['互联网营销师证书租出去，每年躺拿两万。', 'easy-money'],
    ['没有互联网营销师证书就不能开直播了。', 'licence-required'],
    ['没有全媒体运营师证，新媒体岗位根本进不去。', 'licence-required'],
    ['全媒体运营师证书一辈子有效。', 'lifetime-validity'],
    ['全媒体运营首席架构师证书，行业稀缺。', 'invented-title'],
    ['全媒体运营师考试名额只对合作机构开放。', 'exclusive-channel'],
    ['只有通过我们才能报考互联网营销师。', 'exclusive-channel'],
    ['互联网营销师职业资格等级证书报名中。', 'national-qualification'],
    ['全媒体运营师证书请在 osta.org.cn.cx 查询。', 'lookalike-official-site'],
    ['百度知道网友回答：互联网营销师是人社部认证的，个人报不了，得找机构代报。', 'exclusive-channel'],
    ['小白也能考！直播销售员证书0基础入门，三天速成🔥', 'no-threshold-slogan'],
    ['互联网营销师国家级证书，包过，不限学历，补贴1500！', 'subsidy-promise'],
    ['直播销售员高级讲师证，学完可以去机构当老师。', 'invented-title'],
    // A contrast in brackets denies the other issuer, not the claim.
    ['全媒体运营师📜出证单位👉人社部（不是野鸡协会发的！），换哪个城市都认。', 'issued-by-mohrss'],
    ['报全媒体运营师¥2980，拿证后人社补回¥2000，算下来才几百块。', 'subsidy-promise'],
    ['互联网营销师是20年6月才官宣的新职业，比全媒体运营师晚几个月。', 'publication-date'],
    // Set apart from something else, the certificate is still claimed to be it.
    ['互联网营销师已经进了国家的职业资格体系，跟以前那种培训结业证不是一回事。', 'national-qualification'],
    ['全媒体运营师证书由人社部颁发，跟那些野鸡证不是一回事。', 'issued-by-mohrss'],
    // Wording of the third session (the independent-8 set's misses, in other sentences).
    ['全省就我们机构有资格出互联网营销师证书。', 'single-issuer'],
    ['这是工信部版的互联网营销师证书，更权威。', 'miit-certificate'],
    ['全媒体运营师证书有国家来背书。', 'national-endorsement'],
    ['互联网营销师证书属于国家级，含金量高。', 'national-endorsement'],
    ['全媒体运营师证书全国范围内有效。', 'nationwide-validity'],
    ['互联网营销师不考试照样拿证。', 'guaranteed-pass'],
    ['全媒体运营师不听课也可以领证。', 'guaranteed-pass'],
    ['全媒体运营师，纯小白、没做过运营的也可以考。', 'no-threshold-slogan'],
    ['全媒体运营师学历方面不设限制。', 'no-education-requirement'],
    ['互联网营销师拿证后政府补助三千块。', 'subsidy-promise'],
    ['全媒体运营师有补贴吗？有的，1500元马上打到你银行卡里。', 'subsidy-promise'],
    ['没有全媒体运营师证，以后都不能做直播了。', 'licence-required'],
    ['没有直播销售员证书，无证直播就是违法的。', 'licence-required'],
    ['全媒体运营师二级可以办理积分落户，这个好处大家都知道吧？', 'local-benefits'],
    // Wording from the independent-9 set's misses, in other sentences.
    ['互联网营销师证书由协会统一发放，全国仅此一家。', 'single-issuer'],
    ['全媒体运营师证只有某某职业技能中心一家有权颁发。', 'single-issuer'],
    ['只有中国轻工业联合会有资格发互联网营销师证书，别被其他家骗了。', 'single-issuer'],
    ['全媒体运营师证书由三个部门联合颁发。', 'issued-jointly'],
    ['选品员总监级证书，学完直接当主管。', 'invented-title'],
    ['拿到全媒体运营师证书会记进你的电子档案。', 'archive-fee'],
    ['做主播必须考互联网营销师证才能正常开播。', 'licence-required'],
    ['互联网营销师报名入口：www.osta-gov.com', 'lookalike-official-site'],
    // Wording from the independent-10 set's misses, in other sentences.
    ['互联网营销师证书，国家级、终身有效。', 'national-endorsement'],
    ['全媒体运营师只有我们这里才能报名。', 'exclusive-channel'],
    ['考全媒体运营师，政府补助两千五。', 'subsidy-promise'],
    ['互联网营销师学费1980元，考完政府补贴全额报销。', 'subsidy-promise'],
    ['没有全媒体运营师证，以后不能在视频号直播。', 'licence-required'],
    ['直播销售员必须持证上岗，不然会被罚款。', 'licence-required'],
    // Wording from the independent-11 set's misses, in other sentences.
    ['全媒体运营师证书上盖的就是咱省人社厅的公章。', 'issued-by-mohrss'],
    ['互联网营销师全国就一家发证机构，就是我们合作的协会。', 'single-issuer'],
    ['全媒体运营师报名没学历要求，小学毕业一样能报。', 'no-education-requirement'],
    ['学完全媒体运营师，还能拿“资深运营总监”证书。', 'invented-title'],
    ['互联网营销师证书可以租给直播公司，坐收佣金。', 'easy-money'],
    ['全媒体运营师证书在本机构官网输入姓名即可查到证书。', 'unofficial-lookup-site'],
    ['互联网营销师证书请关注“某某职教”公众号查询真伪。', 'unofficial-lookup-site'],
    ['全媒体运营师证书可在“证书验证中心”核验。', 'unofficial-lookup-site'],
    // Another certificate named only as the comparison: the claim is still about ours.
    ['互联网营销师证书是国家职业资格，和会计证一样。', 'national-qualification'],
    // A question about the issuer answered with a body.
    ['问：互联网营销师证书是谁发的？答：人社部。', 'issued-by-mohrss'],
    ['全媒体运营师证哪个部门颁发的？广电总局的！', 'issued-by-broadcast-authority'],
    // Wording from the independent-12 set's misses, in other sentences.
    ['互联网营销师入职新媒体公司必须得有这个证。', 'licence-required'],
    ['全媒体运营师证书由好几个部门一块儿发的。', 'issued-jointly'],
    ['互联网营销师证书只能由某某协会一家来发。', 'single-issuer'],
    ['全媒体运营师全国只有一个指定发证机构。', 'single-issuer'],
    ['互联网营销师不用考，材料交齐坐等收证。', 'guaranteed-pass'],
    ['拿到全媒体运营师以后还能考资深运营总监证书。', 'invented-title'],
    ['互联网营销师证书下来后，补贴由我们机构统一打到您卡上。', 'subsidy-promise'],
    ['全媒体运营师证是做新媒体运营的必备证件。', 'licence-required'],
    ['全媒体运营师证书查询方式：关注我们公众号即可查询证书。', 'unofficial-lookup-site'],
    ['互联网营销师证书全国仅此一家官方发证单位，其他家都是山寨的。', 'single-issuer'],
    // The independent-13 wording (fifth session).
    ['问：全媒体运营师证是谁发的？答：人社局发的呀。', 'issued-by-mohrss'],
    ['互联网营销师证书上盖的就是人社的章。', 'issued-by-mohrss'],
    ['全媒体运营师只有一家单位能发证，别被其他家忽悠。', 'single-issuer'],
    ['考全媒体运营师还送（资深运营总监）证书。', 'invented-title'],
    ['没有互联网营销师证的达人一律不能挂小黄车。', 'licence-required'],
    ['全媒体运营师是二〇一九年十二月公布的新职业。', 'publication-date'],
    ['互联网营销师证书查询请关注公众号“营销师认证中心”。', 'unofficial-lookup-site'],
    ['问：互联网营销师证书怎么查？答：我们学校的小程序里输入编号就行。', 'unofficial-lookup-site'],
    // The independent-14 wording (fifth session).
    ['全国唯一有资格发全媒体运营师证的就是某某协会，其他家的都是假证。', 'single-issuer'],
    ['互联网营销师COO认证，一对一辅导。', 'invented-title'],
    ['全媒体运营师的补贴我们帮你办。', 'subsidy-promise'],
    ['互联网营销师课程保证返1500。', 'subsidy-promise'],
    ['您有一笔全媒体运营师培训补贴待领取。', 'subsidy-promise'],
    ['上个月报了直播销售员，还领了2000补贴。', 'subsidy-promise'],
    ['直播带货一律要持互联网营销师证。', 'licence-required'],
    ['没有互联网营销师证，无证直播属违法。', 'licence-required'],
    ['有了全媒体运营师证，做新媒体才算合规。', 'licence-required'],
    ['全媒体运营师证书关注“证通查”公众号即可查询。', 'unofficial-lookup-site'],
    ['互联网营销师（人社部认证）国家职业资格，报名从速。', 'national-qualification'],
    ['全媒体运营师证书上还有人社部钢印。', 'issued-by-mohrss'],
    ['全媒体运营师，分初中高三级。', 'all-media-operator-levels'],
    ['互联网营销师报名请认准人社部指定官网 mohrss-zs.cn，谨防假冒。', 'lookalike-official-site'],
    // Written Cantonese (sixth session).
    ['全媒體運營師證係人社部發嘅，好正規。', 'issued-by-mohrss'],
    ['互聯網營銷師唔接受個人報考，一定要經我哋報名。', 'exclusive-channel'],
    // The independent-15 wording (sixth session).
    ['全媒体运营师证书上是人社部盖的红章。', 'issued-by-mohrss'],
    ['全媒体运营师证书全国就某某学会一家有资格发。', 'single-issuer'],
    ['学完互联网营销师高级班，还能拿“首席运营官COO”证书。', 'invented-title'],
    ['报名全媒体运营师，拿证后补贴三千。', 'subsidy-promise'],
    ['我名片上写的是“全媒体运营师国家职业资格二级”。', 'national-qualification'],
    // The independent-16 wording (sixth session).
    ['互联网营销师证书是人社局发滴，放心考。', 'issued-by-mohrss'],
    ['互联网营销师挂靠取证，一周搞定。', 'guaranteed-pass'],
    ['全媒体运营师（数据分析）四级报名中。', 'all-media-operator-levels'],
    ['不用交社保也能领，考下全媒体运营师四级就补贴两千。', 'subsidy-promise'],
    ['全媒体运营师是人社部和广电总局一起出的证。', 'issued-jointly'],
    // The independent-17 wording (sixth session).
    ['全媒体运营师已经编入《国家职业资格目录》。', 'national-qualification'],
    ['刚拿到广电发的全媒体运营师证，开心。', 'issued-by-broadcast-authority'],
    ['互聯網營銷師唔使考試，俾錢就直接攞證。', 'guaranteed-pass'],
    ['全媒體運營師個人係報唔到名嘅，要經我哋報。', 'exclusive-channel'],
    ['考全媒体运营师政府补贴贰仟元。', 'subsidy-promise'],
    ['报全媒体运营师课程，政府补贴直接抵扣学费。', 'subsidy-promise'],
    ['考互聯網營銷師有政府補貼2千蚊。', 'subsidy-promise'],
    ['法律规定主播必须持有互联网营销师（直播销售员）证书。', 'licence-required'],
    ['冇互聯網營銷師證就唔可以開直播帶貨。', 'licence-required'],
    ['全媒体运营师和互联网营销师都是2020年7月公布的。', 'publication-date'],
    // The independent-18 wording (sixth session).
    ['直播间：报互联网营销师，考完政府直接补你2000块。', 'subsidy-promise'],
    ['全媒体运营师的发证机构就是国家广播电视总局。', 'issued-by-broadcast-authority'],
    ['全媒体运营师证书政府全额补贴，名额有限。', 'subsidy-promise'],
    ['互联网营销师证书真假去“证书查查”小程序一查就知道。', 'unofficial-lookup-site'],
    ['互联网营销师证书真伪请关注“证书通”公众号查询。', 'unofficial-lookup-site'],
    ['互联网营销师考试没过也能走挂靠拿证。', 'guaranteed-pass'],
    ['全媒体运营师报班，百分百拿到证书。', 'guaranteed-pass'],
    // The independent-19 wording (seventh session).
    ['全国的全媒体运营师证书都由中国轻工业联合会统一颁发。', 'single-issuer'],
    ['互联网营销师证书由我们中心颁发，认准这一家。', 'single-issuer'],
    ['我们发的互联网营销师证是工信部人才交流中心那个。', 'miit-certificate'],
    ['我们发的全媒体运营师证书是工信部人才交流中心的。', 'miit-certificate'],
    ['挂靠我们公司，互联网营销师证每年躺赚。', 'easy-money'],
    ['全媒体运营师证挂靠就能拿钱。', 'easy-money'],
    // 前者/后者 name the first or the second certificate named before, not the nearest.
    ['全媒体运营师和互联网营销师不是同一批，前者2020年7月公布。', 'publication-date'],
    ['互联网营销师和全媒体运营师，后者2020年7月公布。', 'publication-date'],
    // The independent-20 wording (seventh session).
    ['報讀互聯網營銷師，拎證後機構幫你申請2000蚊補貼，保證到手。', 'subsidy-promise'],
    ['直播销售员2019年就被列为互联网营销师的工种了。', 'publication-date'],
    ['全媒体运营师证书在 zs-chaxun.net 上查到就是真的。', 'unofficial-lookup-site'],
    // The independent-21 wording (seventh session).
    ['全媒体运营师早就进了国家职业资格目录。', 'national-qualification'],
    ['互联网营销师证书全国统一由一家机构颁发，所以根本不存在山寨证。', 'single-issuer'],
    ['报互联网营销师，考完就返2000块政府补贴。', 'subsidy-promise'],
    // The independent-22 wording (seventh session): run-on sentences and sales pitches.
    ['全媒体运营师这张证换到哪个城市找工作单位都必须认。', 'nationwide-validity'],
    ['全媒体运营师证书还能享受当地的人才政策待遇。', 'local-benefits'],
    ['考完互联网营销师三级可以申报高级证书，相当于中级职称。', 'local-benefits'],
    ['全媒体运营师四级考过后，我们会统一帮您申请这1.5k。', 'subsidy-promise'],
    ['互联网营销师国家职业资格（三级/高级工）申报指南', 'national-qualification'],
    ['全媒体运营师报考没有任何门槛，学什么专业都无所谓。', 'no-threshold-slogan'],
    ['互联网营销师报名满十八周岁就行。', 'no-education-requirement'],
    ['互联网营销师初中没读完也照样能报。', 'no-education-requirement'],
    ['互联网营销师不用上课都可以直接拿证。', 'guaranteed-pass'],
    ['互聯網營銷師唔使上堂都可以直接攞證，所謂考試都係走個過場。', 'guaranteed-pass'],
    ['全媒体运营师是国家认可的国家级证书，你还在犹豫什么？', 'national-endorsement'],
    ['报互联网营销师，拿证后政府补贴两千，这么划算的事你还犹豫什么？', 'subsidy-promise'],
    ['互联网营销师平台管理员可以考到一级/高级技师，这条路你难道不心动？', 'platform-admin-levels'],
    ['全媒体运营师并非2020年2月公布，而是2020年7月。', 'publication-date'],
    // The independent-23 wording (seventh session).
    ['算，互联网营销师就收在2021年版国家职业资格目录里。', 'national-qualification'],
    ['全媒体运营师证书落款印的是国家广播电视总局。', 'issued-by-broadcast-authority'],
    ['我们合作的发证方就是国家广播电视总局，全媒体运营师证书都由它发。', 'issued-by-broadcast-authority'],
    ['全媒体运营师证书由中国轻工业联合会统一核发，全国只此一家发证。', 'single-issuer'],
    ['全媒体运营师证书是国家职业资格证书，市面上只盖了一个章的都要警惕。', 'national-qualification'],
    ['全媒体运营师拿到手全国各地都得认。', 'nationwide-validity'],
    ['互联网营销师学历这块是一点都不卡的。', 'no-education-requirement'],
    ['互联网营销师五级唯一的报名条件就是年满18岁。', 'no-education-requirement'],
    ['互联网营销师·高级工程师证书现已开放报名。', 'invented-title'],
    ['报互联网营销师，拿证后政府补贴的两千块直接抵学费。', 'subsidy-promise'],
    // A seller opening with a warning, then making the claim (independent-22).
    ['别再被忽悠了，全媒体运营师全国就只有一家发证机构，其他任何公司盖章的都是假证。', 'single-issuer'],
    ['别被骗了，互联网营销师证书是人社部直接颁发的。', 'issued-by-mohrss'],
    // Advice after the claim does not take it back (independent-23): 问清楚 is no warning cue.
    ['互联网营销师的颁证单位是中国轻工业联合会，报名之前一定要问清楚证书上盖的是谁的章。', 'single-issuer'],
  ])('flags %s as %s', (text, id) => {
    expect(ids(checkText(text))).toContain(id);
    expect(ids(checkText(toTraditional(text)))).toContain(id);
  });

  it.each([
    '人社部制发《关于做好互联网营销师职业技能等级认定工作的通知》。',
    '互联网营销师证书由评价机构制发，人社部门负责监管。',
    '全媒体运营师国家职业标准由人社部和广电总局联合发布，广电总局下发了通知。',
    '全媒体运营师证书只有一个公章，即评价机构的章。',
    '全媒体运营师证书可以在全国联网查询系统查到，全国各地都能查。',
    '互联网营销师证书全国都能查询。',
    '考核合格就能拿到互联网营销师证书。',
    '互联网营销师考试通过就能拿证。',
    '全媒体运营师考试不一定能过，要认真准备。',
    '互联网营销师考试并不是都能通过。',
    '全媒体运营师一次通过率约60%。',
    '互联网营销师考试没过的话可以补考，补考要另交费。',
    '互联网营销师理论考试需到考点参加。',
    '严禁代考替考，全媒体运营师考试实行人脸识别。',
    '全媒体运营师不是谁都能考，需要满足学历和经验条件。',
    '互联网营销师报考需要满足条件，并非没有任何要求。',
    '全媒体运营师门槛不低。',
    '初中学历可以报考互联网营销师五级。',
    '全媒体运营师报考对学历有要求，小学学历不能报考。',
    '互联网营销师培训费由个人承担，政府不报销。',
    '参保职工的互联网营销师培训费由失业保险基金补贴。',
    '互联网营销师证书信息会录入全国联网查询系统。',
    '全媒体运营师证书不能租出去，也不能挂靠。',
    '主播坐收佣金，与互联网营销师证书无关。',
    '没有互联网营销师证书也能找到直播工作，企业更看重经验。',
    '没有互联网营销师证书，照样能当主播。',
    '互联网营销师证书是否终身有效，目前没有明确规定。',
    '全媒体运营师的知识要终身学习，证书有效期未见规定。',
    '互联网营销顾问是一个岗位名称，不是证书。',
    '全媒体运营师证书请在 zscx.osta.org.cn 查询。',
    '本机构是备案评价机构，只有通过备案机构才能拿到合规的互联网营销师证书。',
    '全媒体运营师：职业资格等级证书已改为职业技能等级证书。',
    '互联网营销师证书由人社部门备案的机构制发了新版。',
    '全媒体运营师肯定能提升你的运营能力。',
    '学完全媒体运营师课程，就能掌握短视频运营。',
    '全媒体运营师：个人报不了的说法是假的，个人可以直接向备案机构报名。',
    '2024年起，符合条件的参保职工取得互联网营销师证书可领补贴1500元。',
    '互联网营销师：补贴2024年已停止发放。',
    '直播销售员讲师这个岗位需要经验，互联网营销师证书只是加分项。',
    '小白想考互联网营销师，需要先满足初中学历。',
    '全媒体运营师报名需要本人到场，不能找机构代报。',
    '互联网营销师证书由人社部门备案的评价机构出证，人社那边只管监督。',
    '全媒体运营师标准是人社部和广电总局一起制定的，证书由评价机构出的。',
    '人社部发的是全媒体运营师国家职业标准，不是证书。',
    '互联网营销师证书上盖的是评价机构的章，不是人社部的章。',
    '人社局核准的评价机构才能组织互联网营销师认定。',
    '全媒体运营师：广电那边负责的是标准，证书由备案机构出。',
    '全媒体运营师和以前的国家职业资格不是一回事，属于职业技能等级。',
    '国家资格目录里没有互联网营销师。',
    '互联网营销师证书可以在全国联网查询，哪个省的都能查到。',
    '互联网营销师考试每个省都有考点。',
    '全媒体运营师考试不考试就发证的机构都是骗子。',
    '互联网营销师考试没过的话，学费不退。',
    '全媒体运营师考试过不了可以补考，但要另外交费。',
    '全媒体运营师报考有条件，不是啥基础都不用。',
    '互联网营销师报考要求初中学历，没学历也能考是假话。',
    '满18岁且有初中学历才能报考互联网营销师五级。',
    '成年人报考互联网营销师，还需要满足学历或经验条件。',
    '全媒体运营师首席运营官是公司职位，跟证书无关。',
    '互联网营销师可以在任何一家备案机构报名，别处报的一样有效。',
    '全媒体运营师：只能通过备案的评价机构报名吗？不是，个人也可以报。',
    '符合条件的参保人员拿到互联网营销师证书后，人社会补贴1500元。',
    '互联网营销师证书不能白拿，要考试。',
    '在家做直播兼职的人，一年能赚几万的也有，但和证书无关。',
    '没有互联网营销师证也照样能开播，平台不要求。',
    '直播行业以后都得持证的说法是谣言。',
    '上海居转户政策里，职业技能等级证书能否加分要看当地规定。',
    '互联网营销师是2020年7月发布的新职业，20年7月人社部正式官宣。',
    '全媒体运营师证书不会一辈子不过期吗？这个目前没有明确规定。',
    '正宗的国家级职业标准由人社部颁布，全媒体运营师标准就是其中之一。',
    '这本互联网营销师证书印着评价机构的章，没有国徽。',
    '互联网营销师证书上盖的是评价机构的大红章。',
    '这本全媒体运营师证书是评价机构发的职业技能等级证书。',
    '全媒体运营师证书不是国家盖章认可的职业资格。',
    '人社部和网信办一起制定了互联网营销师标准。',
    '互联网营销师证书并非只有一家能发，备案机构都可以。',
    '全媒体运营师证书并非全国各地都吃得开，关键看能力。',
    '互联网营销师考不过学费不退，请慎重报名。',
    '全媒体运营师报考并不是一点门槛都没有。',
    '互联网营销师报考对学历有要求，不是根本不看。',
    '全媒体运营师：年满十八周岁且具备相应学历或经验方可报考。',
    '互联网营销师总监级岗位月薪两万，要求持证。',
    '本机构不收个人报名费以外的任何费用，互联网营销师考试费按标准收取。',
    '互联网营销师培训只能走正规机构，别信野鸡渠道。',
    '互联网营销师证书：符合条件的参保职工可以领到1500元技能提升补贴。',
    '全媒体运营师证书信息不会记进你的人事档案。',
    '全媒体运营师证书不能挂出去，挂证违法。',
    '没有互联网营销师证，照样开得了直播，平台不查。',
    '没有全媒体运营师证，很多公司也愿意录用有经验的人。',
    '全媒体运营师三级证书权威性如何？',
    '有没有互联网营销师证，企业都可能录用你，证书不是硬性规定。',
    '互联网营销师证书管不管一辈子，目前没有明确规定。',
    '全媒体运营师证书不属于职业资格那一类，是技能等级证书。',
    '互联网营销师的发证单位不止一个，备案机构都能发。',
    '国家队运动员也可以报考互联网营销师。',
    '全媒体运营师标准是国家层面制定的，证书由机构颁发。',
    '互联网营销师证书并不是走到哪都认，要看用人单位。',
    '全媒体运营师考试考不过不退费，请认真复习。',
    '全媒体运营师考试通过率不是百分百，每年都有人挂科。',
    '互联网营销师报考对年纪有要求吗？',
    '全媒体运营师需要一定基础，基础没有的话建议先上入门课。',
    '互联网营销师培训费不会由国家全额报销，只有参保职工能申领补贴。',
    '参保职工取得互联网营销师证书后，补贴会打到社保卡上。',
    '全媒体运营师报名看学历和经验，并非只看年龄。',
    '平台管理员方向的互联网营销师最高只能考到三级，没有一级。',
    '互联网营销师（高级工）证书由评价机构颁发。',
    '互联网营销师报名不是都由机构统一给报，个人也能报。',
    '全媒体运营师报名点很多，不是只有我们一家能报。',
    '没有直播销售员证也能直播，没证不是无证直播。',
    '没有全媒体运营师证也别担心，照样可以入行。',
    '互联网营销师证书是国家级职业标准下的技能等级证书吗？',
    '全媒体运营师报名费¥300，补贴需另行申请。',
    '没有互联网营销师证书也不会被平台限流，平台看的是内容。',
    '做全媒体运营不一定要有全媒体运营师证，很多公司看作品。',
    '全媒体运营师报名材料必须有身份证，否则不能入场考试。',
    '互联网营销师证书不是上岗凭证，入职不用出示。',
    '只有考试合格才能发证，互联网营销师也一样。',
    '只有备案的评价机构才能发互联网营销师证书。',
    '全媒体运营师证书能否全国各省市都认，要看当地政策。',
    '全媒体运营师证书可以在 osta.org.cn 能查到。',
    '互联网营销师课程承诺：不过不退费，学员请慎重。',
    '认准备案机构，就不怕买到假的互联网营销师证书。',
    '直播销售员工种挂在互联网营销师这个职业下面。',
    '国家给参保职工补贴，互联网营销师证书持有者符合条件的可申领。',
    '全媒体运营师的权威性来自国家职业标准，证书由评价机构颁发。',
    '互联网营销师标准由人社部和网信办联合发布。',
    '全媒体运营师证书不是两家合发的，而是评价机构颁发。',
    '互联网营销师证书的颁发单位不止一个，备案机构都可以。',
    '全媒体运营师证书并非天南海北都认，要看用人单位。',
    '互联网营销师考试一次不过也不退费，报名前想清楚。',
    '全媒体运营师报考要求初中毕业，初中没念完的不能报。',
    '报名互联网营销师对学历有要求，不是通通不限。',
    '全媒体运营师（四级）证书由评价机构颁发。',
    '互联网营销师考试需要个人报名，不用挂在机构名下。',
    '国家补贴1500元需要参保职工符合条件才能申领，互联网营销师证书持有者也一样。',
    '全媒体运营师课程¥2980，不含任何补贴。',
    '全媒体运营师证书可以在 osta.org.cn 查到，查不到的可能是假证。',
    '直播销售员证不能挂出去赚钱，挂证违法。',
    '互联网营销师属于职业技能等级，不是国家认定的职业资格，也不是国家职业资格。',
    '有人说全媒体运营师有初级，这是避雷帖里常见的错误。',
    '全媒体运营师发证单位就是备案的评价机构，不是某一家。',
    '互联网营销师考试不上课也能考，但必须参加统一考试。',
    '全媒体运营师证书考过后会寄到单位，不是寄到你家。',
    '1500元补贴到账需要满足参保条件，互联网营销师证书持有者也一样。',
    '全媒体运营师不看年龄？错，报考对年龄和经历都有要求。',
    '本机构不是互联网营销师唯一报名点，你也可以到其他备案机构报名。',
    '全媒体运营师：经验都没有也能报的说法是错的。',
    '直播销售员证书不能挂给公司，挂证违法。',
    '做全媒体运营不一定每个月都有进账，和证书无关。',
    '全媒体运营岗位不要求须持全媒体运营师证书上岗。',
    '听说互联网营销师证书能落户？',
    '他说“互联网营销师包过”，结果没考过。',
    '全媒体运营师考完，证书每个月都能查到。',
    '工信部的证书和人社备案的互联网营销师证书是两码事。',
    '某培训公司把“工信部认证全媒体运营师”当卖点，其实跟人社体系的证书是两回事。',
    '用户增长运营师是2024年新公布的职业，跟全媒体运营师不是一回事。',
    // Same words as the third session's wording, true, denied, asked or warned about.
    '有资格出互联网营销师证书的机构很多，不是就我们一家。',
    '就我们所知，有资格出全媒体运营师证书的都是备案机构。',
    '工信部版的证书和全媒体运营师证书不是一回事。',
    '全媒体运营师是国家级新职业，证书由评价机构颁发。',
    '互联网营销师国家职业技能标准属于国家级标准。',
    '全媒体运营师技能大赛是国家级大赛，和证书无关。',
    '互联网营销师证书全国范围可查。',
    '全媒体运营师不考试不能拿证，必须参加考核。',
    '不上课也能拿互联网营销师证？这是骗局。',
    '小白想报全媒体运营师，也要先看够不够四级的条件。',
    '互联网营销师报考学历要求初中，不是不设限。',
    '想问下考全媒体运营师能领补贴吗，怎么申请？',
    '互联网营销师考完，工资5000直接打到卡上。',
    '政府补贴两千的前提是参保满一年，互联网营销师证书本身不带补贴。',
    '全媒体运营师证书不是从业必需的，没有证也能做直播。',
    '机构说无证直播属于违法，这种说法是吓唬人的，互联网营销师证书不是准入证。',
    '“互联网营销大师证”这个名字是机构瞎编的，标准里没有。',
    '全媒体运营专家证书是培训班编出来的，不存在这个等级。',
    '直播讲解员是2022年新增工种，和互联网营销师的直播销售员不同。',
    '互联网营销师证书能积分落户吗？',
    // Same words as the independent-9 wording, true, denied or warned about.
    '全媒体运营师证书由备案的评价机构颁发，不是全国只此一家。',
    '只有备案的评价机构才有资格颁发互联网营销师证书。',
    '全媒体运营师国家职业标准由三个部门共同制定，证书由评价机构颁发。',
    '互联网营销师证书信息不会进电子档案，在全国联网查询平台可查。',
    '互联网营销师证书不是必须考了才能上岗的证。',
    '全媒体运营师报名入口在备案评价机构的官网 zscx.osta.org.cn 可查证书。',
    '别被其他机构的“包过”承诺骗了，全媒体运营师证书要考核合格才能拿。',
    '要当心：说互联网营销师证书只此一家能发的，都是骗子。',
    // Same words as the independent-10 wording, true, denied or warned about.
    '互联网营销师职业技能竞赛分市级、省级、国家级，与证书等级无关。',
    '全媒体运营师不是只有我们能报，个人可直接向备案机构报名。',
    '只有我们能报的培训班是直播运营课，和互联网营销师证书无关。',
    '互联网营销师技能提升补贴由失业保险基金发放，参保满一年才能申领，不会全额报销学费。',
    '没有互联网营销师证也能在抖音直播，平台不要求持证。',
    '有机构因虚假宣传互联网营销师证书被罚款。',
    '客服说全媒体运营师有五级，可国家职业标准里根本没有这个级别。',
    // Same words as the independent-11 wording, true, denied or warned about.
    '全媒体运营师证书上盖的是评价机构的章，不是人社厅的公章。',
    '互联网营销师全国不是就一家发证机构，备案的评价机构都能发。',
    '互联网营销师五级要求初中学历，没学历要求的说法是错的。',
    '互联网营销师证书不能租给公司，挂证坐收佣金涉嫌违法。',
    '我们机构官网只能查全媒体运营师的报名进度，证书真伪请到 zscx.osta.org.cn 查询。',
    '本平台不提供证书查询，全媒体运营师证书请到全国联网查询平台核验。',
    '全媒体运营师证书可在“技能人才评价证书全国联网查询”小程序核验。',
    '我们的公众号会发全媒体运营师考试通知，成绩请到评价机构查询。',
    '“包过”这句话是机构的宣传，互联网营销师考试要考核合格才能拿证。',
    '收到让你去陌生网址查全媒体运营师证书的短信，别点，那是钓鱼网站。',
    // The other certificate is the subject, ours only compared with it.
    '除了互联网营销师，本校还有电工证培训，电工证必须持证上岗。',
    '电工证属于国家职业资格，跟互联网营销师证书不一样。',
    '问：全媒体运营师证书是谁发的？答：备案的评价机构，人社部只管标准。',
    '互联网营销师证书谁颁发的？人社部备案的评价机构。',
    // Same words as the independent-12 wording, true, denied or warned about.
    '全媒体运营师证书不是必须得有的，平台和企业只是优先考虑持证者。',
    '全媒体运营师国家职业标准由几个部门一块儿制定，证书由评价机构发。',
    '互联网营销师不用考的说法是假的，必须参加考核。',
    '想考全媒体运营师的资深运营，可以先从四级考起。',
    '技能提升补贴由失业保险基金发放，不会由我们机构发放，互联网营销师持证人自己申请。',
    '互联网营销师是新媒体运营岗位的加分项，不是必备证件。',
    '卖课的说全媒体运营师分初中高三级，那是过时的说法。',
    '说互联网营销师证书全国只有一家能发的，都是山寨机构的话术。',
    '人社部直接发证的说法不对，互联网营销师证书由评价机构颁发。',
    // Same words as the independent-13 wording, true, denied or warned about.
    '问：全媒体运营师证是谁发的？答：评价机构发的呀，人社部只管标准。',
    '互联网营销师证书上盖的是评价机构的章，不是人社的章。',
    '别被别家忽悠了，全媒体运营师证书不是全国只有一家能发。',
    '全媒体运营师没有“高级运营总监”这种证书，别信。',
    '没有互联网营销师证也能开橱窗，抖音不要求持证。',
    '互联网营销师是二〇二〇年七月公布的新职业。',
    '问：全媒体运营师证书怎么查？答：到技能人才评价证书全国联网查询网站 zscx.osta.org.cn 查。',
    '问：互联网营销师证书去哪查？答：我们机构的公众号只发考试通知，证书请到全国联网查询平台查。',
    '互联网营销师证书请到“技能人才评价证书全国联网查询”小程序核验，不要信机构的公众号。',
    // Same words as the independent-14 wording, true, denied or warned about.
    '说全国唯一有资格发互联网营销师证的就是轻工联，这是谣言。',
    '全媒体运营师没有CMO认证这种等级，别信。',
    '技能提升补贴要本人申请，机构说补贴我们帮你办的，多半是套路。',
    '短信说您有一笔互联网营销师补贴待领取的，都是诈骗。',
    '机构说直播带货一律要持互联网营销师证，这是吓唬人的。',
    '全媒体运营师证书关注“技能人才评价证书全国联网查询”公众号即可查询。',
    '互联网营销师不是国家职业资格，是职业技能等级证书。',
    '全媒体运营师证书上有评价机构的章，没有人社部钢印。',
    '有人说互联网营销师是2020年5月公布的，日期不对，是7月。',
    '全媒体运营师有四个等级，不是初中高三级。',
    '谨防假冒：有网站自称人社部指定官网 mohrss-jnzs.cn 查全媒体运营师证书。',
    // Written Cantonese (sixth session): its negations deny as Mandarin's do.
    '互聯網營銷師證唔係人社部發嘅，係備案嘅評價機構發。',
    '全媒體運營師唔係國家職業資格，係職業技能等級證書。',
    '冇互聯網營銷師證一樣可以做直播帶貨。',
    // Same words as the independent-15 wording, true, denied or warned about.
    '全媒体运营师证书上是评价机构盖的红章，不是人社部盖的。',
    '全媒体运营师证书不是全国就一家有资格发，备案的评价机构都能发。',
    '全媒体运营师没有“首席运营官”这种证书，别信。',
    '互联网营销师的补贴千万别信中介，要自己去人社部门申请。',
    '技能提升补贴一千五要参保满一年，互联网营销师证书持有者符合条件才能申领。',
    '机构简历模板上写着“互联网营销师国家职业资格”，这种写法是错的。',
    '报了互联网营销师的班，结果学费一分没退，证也没拿到，大家小心“包过”。',
    // Same words as the independent-16 wording, true, denied or warned about.
    '全媒体运营师职业标准是人社部和广电总局一起出的，证书由评价机构发。',
    '互联网营销师证书不是三部门联合颁发的，三部门联合出的是职业标准。',
    '挂靠拿证的互联网营销师证书都是假的，千万别信。',
    '全媒体运营师的数据分析方向从三级/高级工开始报考。',
    '技能提升补贴要交社保满一年，互联网营销师证书持有者符合条件才能领一千五。',
    '证书上写着“国家广播电影电视总局”颁发的全媒体运营师证，这个名字就很可疑。',
    '看到有人说互联网营销师证是人社部发的，其实是评价机构发的。',
    '互联网营销师“终身有效”这个说法早就过时了，别照抄。',
    // Same words as the independent-17 wording, true, denied or warned about.
    '全媒体运营师没有编入《国家职业资格目录》，是职业技能等级证书。',
    '全媒體運營師唔係人社部發嘅，係評價機構發。',
    '互聯網營銷師要考試，唔使諗住俾錢就攞證。',
    '技能提升补贴要本人申请，不能直接抵扣学费，全媒体运营师也一样。',
    '法律没有规定主播必须持有互联网营销师证书。',
    '全媒体运营师2020年2月、互联网营销师2020年7月先后公布，不是同一批。',
    '有人发来 mohrss-gov.cn 的全媒体运营师查询链接，那是仿冒网站。',
    // Same words as the independent-18 wording, true, denied or warned about.
    '有人喺群組度講「冇全媒體運營師證唔可以做直播」，呢個講法係錯嘅，唔好信。',
    '技能提升补贴不是政府全额补贴学费，全媒体运营师证书持有者要参保满一年才能申领。',
    '互联网营销师证书真伪只认全国联网查询，别信“证书查查”小程序。',
    '全媒体运营师考试没过就是没过，不存在挂靠拿证。',
    '没人能保证百分百拿到互联网营销师证书，说包过的都是骗子。',
    // Same words as the independent-19 wording, true, denied or warned about.
    '全国的互联网营销师证书都由备案的评价机构颁发，不是一家。',
    '全国的全媒体运营师证书都能在联网查询系统查到。',
    '工信部人才交流中心那个证和人社体系的全媒体运营师证书不是一回事。',
    '千万不要信“挂靠我们机构就能办互联网营销师证”这种话。',
    '全媒体运营师证≠国家职业资格证书，它是职业技能等级证书。',
    '互联网营销师证≠人社部颁发。',
    '收到短信話全媒體運營師證要先交入檔費，千祈唔好俾錢。',
    '全媒体运营师和互联网营销师不是同一批，前者2020年2月公布，后者2020年7月公布。',
    '互联网营销师和全媒体运营师，后者2020年2月公布。',
    // Same words as the independent-20 wording, true, denied or warned about.
    '工信部中心的证和人社系统的全媒体运营师证书不是一个体系。',
    '有个网站叫 osta-cx.com，看着像官方但不是，查互联网营销师证要上 osta.org.cn。',
    '2023年浙江把一家公司列为互联网营销师“一试双证”试点单位。',
    '互联网营销师证书能在全国联网查询平台查到。',
    // Same words as the independent-21 wording, true, denied or warned about.
    '全媒体运营师没有进国家职业资格目录。',
    '互联网营销师证书不是由一家机构颁发的，备案的评价机构都能发。',
    '有人说“全媒体运营师证全国由一家机构颁发，不存在山寨证”，这是骗人的。',
    '技能提升补贴由失业保险基金发给个人，初级、中级、高级分别最多1000、1500、2000元。',
    // Same words as the independent-22 wording, true, denied or warned about.
    '全媒体运营师不在国家职业资格目录里，没有哪条法律说没证就不能开播。',
    '全媒體運營師並非2020年5月公布，而是2020年2月，互聯網營銷師則是同年7月6日。',
    '查询网站页面底部写着“工信部已备案”，那只是网站备案，和全媒体运营师证书无关。',
    '「全國通用」聽起來很厲害，但實際意思只是互聯網營銷師證書全國聯網可以查。',
    '所谓“不用上课也能拿证”的互联网营销师班都是骗局。',
    '互联网营销师证书是否国家认可？这个问题问的人很多，答案是否定的，你还在犹豫什么？',
    // Same words as the independent-23 wording, true, denied or warned about.
    '群里在推“人社部和广电总局联合颁发”的全媒体运营师证，两家联合的只是制定标准，大家帮忙提醒家里长辈。',
    '互联网营销师没有收在2021年版国家职业资格目录里。',
    '全媒体运营师证书落款印的是评价机构的名称。',
    '警惕“全国只此一家发证”的全媒体运营师广告。',
    '别被骗了，说包过的全媒体运营师班都是骗子。',
    '别再被忽悠了，“人社部颁发”的全媒体运营师证都是假的。',
    '别被骗了，全媒体运营师证书不是人社部颁发的。',
    '报名前一定要问清楚互联网营销师证书是不是人社部颁发的。',
    '报名全媒体运营师前要问清楚发证机构有没有备案。',
    '报班前问清楚全媒体运营师是否包过、是否退费。',
    '一定要问清楚互联网营销师证书能不能在全国联网查询。',
  ])('leaves %s alone', (text) => {
    expect(checkText(text)).toEqual([]);
  });

  it('reads 学历没有任何要求 as an education claim, not the no-threshold slogan', () => {
    expect(ids(checkText('全媒体运营师对学历没有任何要求，年满18周岁就能报。'))).toEqual(['no-education-requirement']);
    expect(ids(checkText('全媒体运营师报名无任何要求。'))).toEqual(['no-threshold-slogan']);
    // The rule's gate knew 任何条件 but not 任何报考条件, so the rule was never run on it.
    expect(ids(checkText('全媒体运营师没有任何报考条件。'))).toEqual(['no-threshold-slogan']);
    expect(ids(checkText('互联网营销师不设报名门槛。'))).toEqual(['no-threshold-slogan']);
    expect(checkText('全媒体运营师并非没有任何报考条件，要满足工作年限。')).toEqual([]);
  });

  it('reads a subsidy cap by level as the subsidy, not as a level of 全媒体运营师 (a heading names it)', () => {
    expect(checkText('技能提升补贴直接发到个人，初级不超过1000元、中级1500元。', { precedingMention: 'all-media-operator' })).toEqual([]);
    expect(ids(checkText('报考初级，拿证快。', { precedingMention: 'all-media-operator' }))).toEqual(['all-media-operator-levels']);
  });

  it('reads 挂靠 to get the certificate as a guaranteed pass, not as renting it out', () => {
    expect(ids(checkText('不用考试直接拿互联网营销师证，挂靠我们机构就能办。'))).toEqual(['guaranteed-pass']);
    expect(ids(checkText('全媒体运营师证挂靠我们公司就能办下来，免考。'))).toEqual(['guaranteed-pass']);
  });
});

describe('the claim phrase', () => {
  it('is the part the rule names, with offsets into the original (traditional) text', () => {
    const text = '🔥 全媒體運營師證書由國家人社部統一頒發，包過！';
    const hits = checkText(text);
    expect(hits.map((h) => [h.ruleId, text.slice(h.start, h.end)])).toEqual([
      ['issued-by-mohrss', '國家人社部統一頒發'],
      ['guaranteed-pass', '包過'],
    ]);
    // A comma does not end a sentence: both claims quote the whole sentence.
    expect(hits.map((h) => h.quote)).toEqual([text, text]);
  });

  it('is the level word, not the certificate name, for levels that do not exist', () => {
    const text = '全媒体运营师划分三个等级。';
    const [hit] = checkText(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('三个等级');
    // The seed article's sentence: the whole list after the colon, not its first word.
    const article = '全媒体运营师划分三个等级:初级、中级、高级。';
    expect(checkText(article).map((h) => article.slice(h.start, h.end))).toEqual(['三个等级', '初级、中级、高级']);
  });
});

describe('truth, negation and warnings', () => {
  it.each([
    '全媒体运营师设四级至一级四个等级。',
    '证书并非由人社部颁发，互联网营销师证书由评价机构颁发。',
    '互联网营销师和全媒体运营师都不是国家职业资格证书。',
    '没有包过这回事，全媒体运营师要认真备考。',
    '警惕包过宣传，互联网营销师证书须经考核。',
    '谨防“人社部颁发”“终身有效”之类的全媒体运营师招生广告。',
    '所谓“国家级证书”是虚假宣传，互联网营销师只是职业技能等级证书。',
    '不要相信互联网营销师挂靠躺赚的说法。',
  ])('does not flag %s', (text) => {
    expect(checkText(text)).toEqual([]);
  });

  it('lets a warning ending in a colon cover the list after it, up to the next paragraph', () => {
    const list = '谨防以下全媒体运营师招生套路：\n包过班\n人社部颁发\n\n本机构全媒体运营师证书全国通用。';
    expect(checkText(list).map((h) => h.ruleId)).toEqual(['nationwide-validity']);
  });

  it('does not flag yes/no questions, but does flag wh-questions that presuppose a claim', () => {
    expect(checkText('互联网营销师证书是人社部颁发的吗？')).toEqual([]);
    expect(checkText('全媒体运营师包过？没有这回事。')).toEqual([]);
    // The rhetorical 谁说 denies what follows.
    expect(checkText('谁说互联网营销师考试能100%通过？')).toEqual([]);
    expect(ids(checkText('互联网营销师证书谁说了算？人社部颁发的互联网营销师证书怎么考？'))).toEqual(['issued-by-mohrss']);
    expect(ids(checkText('人社部颁发的互联网营销师证书怎么考？'))).toEqual(['issued-by-mohrss']);
  });
});

describe('the certificate context', () => {
  it('needs a mention within the rule’s distance in the same or an adjacent sentence', () => {
    expect(checkText('包过！不过退费。')).toEqual([]);
    expect(ids(checkText('互联网营销师报名。包过！'))).toEqual(['guaranteed-pass']);
    // Two sentences away: not adjacent.
    expect(checkText('互联网营销师报名。课程很多。包过！')).toEqual([]);
    // Adjacent but beyond the distance (80 characters).
    const far = `互联网营销师报名。${'我们的课程涵盖直播短视频社群运营等内容'.repeat(5)}包过！`;
    expect(checkText(far)).toEqual([]);
  });

  it('leaves claims whose nearest certificate is another one', () => {
    expect(checkText('除了互联网营销师，本校还开设会计证培训，会计证考试包过。')).toEqual([]);
    expect(ids(checkText('本校开设会计证培训，互联网营销师包过。'))).toEqual(['guaranteed-pass']);
    // A sentence that names another certificate is about it, even with ours in the next one.
    expect(checkText('电工证是准入类证书，必须持证上岗；互联网营销师证书则不是。')).toEqual([]);
    expect(ids(checkText('互联网营销师证书很重要；必须持证上岗。'))).toEqual(['licence-required']);
  });

  it('leaves a fee that the sentence says is not due', () => {
    expect(checkText('全媒体运营师证书的档案费不用另交。')).toEqual([]);
    expect(checkText('全媒体运营师证书的档案管理费无需再付。')).toEqual([]);
    expect(ids(checkText('全媒体运营师证书需另付档案管理费200元。'))).toEqual(['archive-fee']);
  });

  it('reaches across a chain of slogans to a slogan (short sentences ending in "!")', () => {
    expect(ids(checkText('零门槛！包过！互联网营销师证速来。')).sort()).toEqual(['guaranteed-pass', 'no-threshold-slogan']);
    expect(ids(checkText('互联网营销师火热招生！包过！零门槛！')).sort()).toEqual(['guaranteed-pass', 'no-threshold-slogan']);
    // Not across a plain sentence, nor to a claim in a longer sentence.
    expect(ids(checkText('零门槛！课程很多。互联网营销师证速来。'))).toEqual([]);
    expect(ids(checkText('本校招生零门槛无需任何材料！包过！互联网营销师证速来。'))).toEqual(['guaranteed-pass']);
  });

  it('reads 挂靠拿证 as a pass without the exam, and 挂靠出去 as renting the certificate out', () => {
    expect(ids(checkText('互联网营销师三级挂靠就能拿证。'))).toEqual(['guaranteed-pass']);
    expect(ids(checkText('互联网营销师证书可以挂靠出去，每年躺赚两万。'))).toContain('easy-money');
    expect(ids(checkText('互联网营销师证书可以挂靠出去，每年躺赚两万。'))).not.toContain('guaranteed-pass');
  });

  it('counts a mention the caller saw just before the text', () => {
    expect(checkText('包过！零门槛！')).toEqual([]);
    // Adjacent to the first sentence, and through it (a slogan) to the second slogan.
    expect(ids(checkText('包过！零门槛！', { precedingMention: true })).sort()).toEqual(['guaranteed-pass', 'no-threshold-slogan']);
    expect(ids(checkText('包过！课程很多。零门槛！', { precedingMention: true }))).toEqual(['guaranteed-pass']);
    // A rule about one certificate needs to know which.
    expect(checkText('分为初级、中级、高级三个等级。', { precedingMention: true })).toEqual([]);
    expect(ids(checkText('分为初级、中级、高级三个等级。', { precedingMention: 'all-media-operator' }))).toEqual([
      'all-media-operator-levels',
    ]);
    expect(checkText('分为初级、中级、高级三个等级。', { precedingMention: 'internet-marketer' })).toEqual([]);
  });

  it('ties a date to the certificate named nearest to it', () => {
    expect(checkText('互联网营销师2020年7月发布，全媒体运营师2020年2月发布。')).toEqual([]);
    const swapped = '互联网营销师2020年2月发布，全媒体运营师2020年7月发布。';
    expect(checkText(swapped).map((h) => swapped.slice(h.start, h.end))).toEqual(['2020年2月', '2020年7月']);
    // The report date (2020-03-02) of 全媒体运营师 is not called wrong; dates of standards and 公示 are not publication dates.
    expect(checkText('全媒体运营师2020年3月发布。')).toEqual([]);
    expect(checkText('2020年5月，互联网营销师进入公示名单。')).toEqual([]);
    // Dates written with a dot, slash or dash: "2020.6" is a month; "2020.6.1" (a version) and a sum are not.
    const dotted = '互联网营销师是2020.6发布的，全媒体运营师2020-05公布。';
    expect(checkText(dotted).map((h) => dotted.slice(h.start, h.end))).toEqual(['2020.6', '2020-05']);
    expect(checkText('互联网营销师是2020.7发布的，全媒体运营师2020/2公布。')).toEqual([]);
    expect(checkText('互联网营销师证书版本号2020.6.1发布，报名费2020.50元。')).toEqual([]);
  });
});

/** Each text is flagged with its rule, and each truth that uses the same words is left alone. */
function expectWordings(claims: readonly [string, string][], truths: readonly string[]): void {
  for (const [text, rule] of claims) expect(ids(checkText(text)), text).toContain(rule);
  for (const text of truths) expect(checkText(text), text).toEqual([]);
}

describe('warnings and truths that do not cover a seller’s claim', () => {
  it('reads the claim after a seller’s turn ("我们这个是正规的", "只认") past the warning before it', () => {
    const turned = '现在外面挂证骗局太多了，我们这个是正规的：互联网营销师证书可以租给公司做资质。';
    expect(ids(checkText(turned))).toEqual(['easy-money']);
    expect(checkText('外面挂证骗局太多了，互联网营销师证书可以租给公司做资质。')).toEqual([]);
    // A warning after the turn still warns.
    expect(checkText('我们是正规的，互联网营销师证书租给公司做资质这种说法是骗局。')).toEqual([]);
    // A warning that introduces a list still covers the list's lines.
    expect(checkText('谨防以下骗局：\n互联网营销师证书可以租给公司做资质')).toEqual([]);
  });

  it('does not let a truth stated before a contrast answer the claim after it', () => {
    const contrast = '技能提升补贴是失业保险基金出的这个没错，但报名全媒体运营师后我们帮你申请1500元政府补贴。';
    expect(ids(checkText(contrast))).toEqual(['subsidy-promise']);
    // Without the contrast, or with the truth after the claim, the truth answers it.
    expect(checkText('全媒体运营师拿证后可申请1500元政府补贴，由失业保险基金发放。')).toEqual([]);
    expect(checkText('我们帮你申请全媒体运营师1500元政府补贴，但补贴由失业保险基金直接发给个人。')).toEqual([]);
    // "考不过" is no contrast.
    expect(checkText('全媒体运营师考不过也能领1500元政府补贴，前提是参保满一年。')).toEqual([]);
  });

  it('takes "不看社保" and "社保局" for no condition, "要交社保" for one', () => {
    expect(ids(checkText('报互联网营销师三级送补贴2k，不看社保，学生也能领。'))).toEqual(['subsidy-promise']);
    expect(ids(checkText('全媒体运营师考完返两千块现金补贴，不用你自己跑社保局。'))).toEqual(['subsidy-promise']);
    expect(checkText('全媒体运营师考完可领两千块补贴，前提是交满一年社保。')).toEqual([]);
  });

  it('reads a sales tail ("千万别花冤枉钱", "还用我多说吗？") as no warning and no question', () => {
    expect(ids(checkText('互联网营销师全国就一个发证单位，别的渠道都是假证，千万别花冤枉钱。'))).toEqual(['single-issuer']);
    expect(ids(checkText('互联网营销师证书是三部委联合颁发的，含金量还用我多说吗？'))).toEqual(['issued-jointly']);
    expect(checkText('说互联网营销师全国就一个发证单位的，千万别信。')).toEqual([]);
  });

  it('leaves a question about what an agency said, and quotes after 原话 or 咬定', () => {
    expect(checkText('报全媒体运营师的机构说送一千五补贴？')).toEqual([]);
    expect(checkText('客服原话是“全国只有我们一家能发全媒体运营师证”，笑死。')).toEqual([]);
    expect(checkText('某机构客服一口咬定“互联网营销师是国家职业资格证书”，我去翻了目录，压根没有。')).toEqual([]);
  });
});

describe('reports endorsed, answers given, denials in passing', () => {
  it('reads a report the writer then endorses as the writer’s claim', () => {
    expect(ids(checkText('之前群里有人说全媒体运营师是国家职业资格证书，我特意翻了目录，确实在里面。'))).toEqual(['national-qualification']);
    expect(ids(checkText('客服说“全媒体运营师个人报不了，必须挂在机构名下”，我问了一圈，确实是这样。'))).toEqual(['exclusive-channel']);
    // Not endorsed: still a report.
    expect(checkText('之前群里有人说全媒体运营师是国家职业资格证书，我特意翻了目录，根本没有。')).toEqual([]);
    expect(checkText('有人说互联网营销师包过，确实是骗人的。')).toEqual([]);
  });

  it('takes a question answered yes as asserted, and "还有人不知道…吗？" too', () => {
    expect(ids(checkText('小学文化能考互联网营销师吗？能！我们这儿的学员都拿证了。'))).toEqual(['no-education-requirement']);
    expect(checkText('小学文化能考互联网营销师吗？不能，要初中以上。')).toEqual([]);
    expect(checkText('小学文化能考互联网营销师吗？')).toEqual([]);
    expect(ids(checkText('都2024年了还有人不知道互联网营销师是国家职业资格吗？'))).toEqual(['national-qualification']);
    expect(checkText('很多人不知道互联网营销师是国家职业资格吗？其实它不是。')).toEqual([]);
  });

  it('reads 哪有什么 as a denial, 不过 opening a clause as "but", and "其实没有哪条法律" as a refutation', () => {
    expect(checkText('哪有什么包过，互联网营销师等级认定是要真考的。')).toEqual([]);
    expect(ids(checkText('互联网营销师证书全国联网可查，不过要另收一个电子档案费。'))).toEqual(['archive-fee']);
    expect(ids(checkText('互联网营销师考不过退费。'))).toEqual(['guaranteed-pass']);
    expect(checkText('直播间说没互联网营销师证就不能带货，其实没有哪条法律这么规定。')).toEqual([]);
  });

  it('takes the seller’s own offer after a warning ("我们家的…") as the seller’s claim', () => {
    expect(ids(checkText('别信那些说包过的野鸡机构，我们家的互联网营销师证是人社部直接发证的。'))).toEqual(['issued-by-mohrss']);
    expect(checkText('别信那些说互联网营销师证是人社部直接发证的机构。')).toEqual([]);
    // "我们这里" that names no offer of the seller's is no turn.
    expect(checkText('警惕！我们这里不少学员被“人社部颁发”的互联网营销师证骗了。')).toEqual([]);
    expect(checkText('小心包过骗局，我们家的互联网营销师课程不承诺包过。')).toEqual([]);
  });
});

describe('wordings added from independent-26', () => {
  it('flags each, and leaves the same words when they state the truth', () => {
    const cases: [string, string][] = [
      ['在我们这报互联网营销师的，通过率就是100%，没有一个不过的。', 'guaranteed-pass'],
      ['平台管理员这个工种在互联网营销师里一共五个等级。', 'platform-admin-levels'],
      ['直播销售员（互联网营销师）带货专家证，一证在手。', 'invented-title'],
      ['互联网营销师三级拿证返￥2,000。', 'subsidy-promise'],
      ['在我们这报全媒体运营师，补贴直接帮你抵扣学费。', 'subsidy-promise'],
      ['互联网营销师证书全国各地都能积分入户。', 'nationwide-validity'],
      ['全媒体运营师全国就我们合作的那一家评价机构能发证。', 'single-issuer'],
      ['全媒體運營師全國只得一個發證單位，其他機構嘅證都唔算數。', 'single-issuer'],
      ['全媒体运营师个人也报不了名，得通过机构。', 'exclusive-channel'],
    ];
    expectWordings(cases, [
      '互联网营销师的平台管理员只有五级到三级，没有技师和高级技师。',
      '全媒体运营师的发证单位是备案的评价机构，不止一家。',
      '全媒体运营师是2020年2月公布的，算2015年大典之后的第二批新职业。',
    ]);
  });

  it('takes a lookup address for 证书 as about the certificates when the block before named one', () => {
    const text = '证书可以在中国人事考试网 www.cpta-gov.com.cn 查到，输入身份证号码就行。';
    expect(ids(checkText(`${'本机构开设多门课程，欢迎咨询了解，'.repeat(10)}${text}`, { precedingMention: true }))).toEqual(['lookalike-official-site']);
  });
});

describe('from independent-27', () => {
  it('takes a contrast after a warning as the writer’s turn, and "一点没错" as an endorsement', () => {
    expect(ids(checkText('网上说包过的都是骗子大家小心，不过要提醒一句，互联网营销师官方不接受个人直接报考。'))).toEqual(['exclusive-channel']);
    expect(checkText('网上说包过的都是骗子大家小心，但是互联网营销师不接受个人报考这种话也是骗人的。')).toEqual([]);
    expect(ids(checkText('老师上课说的那句"互联网营销师是国家级证书"一点没错。'))).toEqual(['national-endorsement']);
    expect(checkText('老师上课说的那句"互联网营销师是国家级证书"，后来查了根本不是。')).toEqual([]);
  });

  it('reads "啥也不干白拿" as no negation, and "谁能保证…？" and an answered echo question as denials', () => {
    expect(ids(checkText('我表哥的互联网营销师证挂在一家公司，每年啥也不干白拿八千。'))).toContain('easy-money');
    expect(checkText('谁能保证你一定过？互联网营销师是要真考的。')).toEqual([]);
    expect(checkText('国家广播电影电视总局？那个机构2013年就没了，怎么可能给全媒体运营师发证。')).toEqual([]);
    expect(ids(checkText('全媒体运营师证由国家广播电影电视总局颁发。'))).toContain('outdated-broadcast-authority');
  });

  it('flags the new wordings and leaves their true counterparts', () => {
    const cases: [string, string][] = [
      ['互联网营销师证书只有一个国家指定的统一发证单位。', 'single-issuer'],
      ['一节课没上，互联网营销师证就寄到家了。', 'guaranteed-pass'],
      ['【课程目录】互联网营销师-平台管理员：五级、四级、三级、二级、一级全覆盖。', 'platform-admin-levels'],
      ['互联网营销师证书拿到后，可以直接去评工程师职称。', 'local-benefits'],
      ['做直播销售员一定要持互联网营销师证上岗。', 'licence-required'],
      ['在我们这儿报全媒体运营师不用管参保几年，补贴三千块我们包你拿到。', 'subsidy-promise'],
    ];
    expectWordings(cases, [
      '互联网营销师有四个工种，除了平台管理员都有五个等级。',
      '朋友圈说互联网营销师可以落户加分，先去问当地人社，有的城市积分算技能等级有的不算。',
      '有人发给我一个 www.xxx-osta.com 让我查全媒体运营师证，记住只有 osta.org.cn 下面的 zscx、jndj 才是官方查询。',
      '看到“全媒体运营总监证”这种课程就绕道吧，这种等级压根不存在。',
    ]);
    // An imitation still counts when the official one is named only as a comparison.
    expect(ids(checkText('全媒体运营师证书查询官网 www.xxx-osta.com，和 osta.org.cn 一样权威。'))).toContain('lookalike-official-site');
  });
});

describe('from independent-28', () => {
  it('reads 哪来的, 不代表 and "不是官方站" as denials', () => {
    expect(checkText('互联网营销师的平台管理员哪来的技师、高级技师？到三级就封顶了。')).toEqual([]);
    expect(checkText('「全国通用」不代表每家公司都得承认，互联网营销师证书有没有加分还是看用人单位。')).toEqual([]);
    expect(checkText('有人发来 osta-zscx.com 说能查全媒体运营师证，这个不是官方站，官方的在 osta.org.cn。')).toEqual([]);
    expect(ids(checkText('互联网营销师的平台管理员有技师、高级技师。'))).toEqual(['platform-admin-levels']);
  });

  it('flags the new wordings and leaves their true counterparts', () => {
    expectWordings(
      [
        ['我们的全媒体运营师证书压的是国家广播电影电视总局的钢印，假一赔十。', 'issued-by-broadcast-authority'],
        ['直播销售员（互联网营销师）没有授权机构推荐，评价机构根本不收个人！', 'exclusive-channel'],
        ['都什么年代了，还有人不知道没有互联网营销师证不能上播吗？', 'licence-required'],
        ['全媒体运营师数据分析方向可以直接从四级开始考。', 'all-media-operator-levels'],
      ],
      [
        '说全媒体运营师有初级的，大概没翻过2023年版的国家职业标准，入门就是四级。',
        '本机构不收个人报名费以外的任何费用，互联网营销师考试费按标准收取。',
      ],
    );
  });
});

describe('from independent-29', () => {
  it('reads "不看学历不问年龄" as slogans, not negations, and a seller’s "别被那些…证书骗了" as an opener', () => {
    expect(ids(checkText('互联网营销师没有任何报考门槛，不看学历不问年龄。')).sort()).toEqual(['no-education-requirement', 'no-threshold-slogan']);
    expect(ids(checkText('别被那些五花八门的证书骗了，全媒体运营师全国只有一个发证机构，长得不一样的就是假证。'))).toEqual(['single-issuer']);
    expect(checkText('别被那些五花八门的证书骗了，全媒体运营师全国只有一个发证机构的说法是假的。')).toEqual([]);
    expect(ids(checkText('机构说“互联网营销师证书要交入库费”，我问了几个同学确实都交了。'))).toEqual(['archive-fee']);
  });

  it('flags the new wordings and leaves their true counterparts', () => {
    expectWordings(
      [
        ['全媒体运营师是正儿八经列进国家职业资格目录的。', 'national-qualification'],
        ['这全媒体运营师证本来就是全国哪家单位都必须承认的。', 'nationwide-validity'],
        ['全媒體運營師保證合格，考唔過全數退返學費。', 'guaranteed-pass'],
        ['想走数据分析方向的话，全媒体运营师四级就能直接报。', 'all-media-operator-levels'],
        ['互联网营销师有选品员、直播销售员、视频创推员、平台管理员四个工种，每个工种都能从五级一路考到一级高级技师。', 'platform-admin-levels'],
        ['全媒体运营师·运营总监级证书，适合想往管理岗走的同学。', 'invented-title'],
        ['全媒體運營師個人是沒辦法報名的，一定要透過培訓機構。', 'exclusive-channel'],
        ['报我们家的互联网营销师班，拿证都能领1500。', 'subsidy-promise'],
      ],
      [
        '数据分析方向从三级起报，全媒体运营师四级是其他方向的入门级。',
        '互联网营销师四个工种里，平台管理员只有五级到三级，其他工种都能考到一级。',
        '全媒体运营师没有“运营总监”这种级别的证书。',
      ],
    );
  });
});

describe('from independent-25', () => {
  it('lets a one-word warning ("避雷！") cover the next sentence only', () => {
    expect(checkText('避雷！那家机构说个人不能报互联网营销师，其实就是想让你多交中介费。')).toEqual([]);
    expect(ids(checkText('避雷！课程很多。那家机构说个人不能报互联网营销师。'))).toEqual(['exclusive-channel']);
  });

  it('flags the new wordings and leaves their true counterparts', () => {
    expectWordings(
      [
        ['全媒体运营师全国统一由一个中心发证，其他机构出的一律不算数。', 'single-issuer'],
        ['互聯網營銷師係國家級證書，拎住佢去邊度搵工都得。', 'nationwide-validity'],
        ['互联网营销师证书可以在 www.jnzs-query.net 查，一查便知真假。', 'unofficial-lookup-site'],
      ],
      [
        '互联网营销师证书由备案的评价机构颁发，全国不止一家。',
        '收到短信让去 zscx.osta-org.cn 查全媒体运营师证书的，注意看清楚，官方域名是 osta.org.cn。',
        '互联网营销师证书可以在 zscx.osta.org.cn 查，一查便知真假。',
      ],
    );
  });
});

describe('from independent-30', () => {
  it('reads endorsements, a seller’s 认准, openers and critiques', () => {
    expect(ids(checkText('有人说“全媒体运营师是广电总局颁发的”，这话没错，我手里这本就是广电发的。'))).toEqual(['issued-by-broadcast-authority']);
    expect(ids(checkText('现在假证太多了，大家认准国家认证的全媒体运营师。'))).toEqual(['national-endorsement']);
    expect(checkText('谨防假证，认准 zscx.osta.org.cn 查询全媒体运营师证书。')).toEqual([]);
    expect(ids(checkText('别信那些说谁都能发证的，互联网营销师全国统一由一家发证机构颁发。'))).toEqual(['single-issuer']);
    expect(checkText('别信那些说互联网营销师全国统一由一家发证机构颁发的。')).toEqual([]);
    expect(checkText('说全媒体运营师是广电总局发证的都是误传，广电只是参与制定了国家标准。')).toEqual([]);
    expect(checkText('要说互联网营销师是国家职业资格，那2021年那份72项的目录里怎么找不到它？')).toEqual([]);
    expect(checkText('“终身有效”这四个字别太当回事，就算永久有效也不代表互联网营销师证值钱。')).toEqual([]);
    expect(checkText('说平台管理员能考高级技师的互联网营销师机构，连国家标准都没看过。')).toEqual([]);
  });

  it('reads "不交…的话" as a condition, not a negation', () => {
    expect(ids(checkText('不交入库费的话，你的互联网营销师证就是一张废纸。'))).toEqual(['archive-fee']);
    expect(checkText('互联网营销师证书不交入库费，也不交档案费。')).toEqual([]);
  });

  it('flags the new wordings and leaves their true counterparts', () => {
    expectWordings(
      [
        ['机构说考试就是走个过场，互联网营销师证一个月就到手。', 'guaranteed-pass'],
        ['报名费里已经把补贴抵扣了，互联网营销师3级直接给你减2000。', 'subsidy-promise'],
        ['技能提升补贴最高2000元，报我们互联网营销师课程，拿证就能领。', 'subsidy-promise'],
        ['報讀全媒體運營師，考完政府即刻補貼返2000蚊俾你。', 'subsidy-promise'],
        ['沒有互聯網營銷師證照就不能合法做直播帶貨喔。', 'licence-required'],
        ['全媒体运营师和互联网营销师是同一批发布的新职业，都是2020.7.6。', 'publication-date'],
      ],
      [
        '這張互聯網營銷師證照是工信部核發的，不是人社系統的職業技能等級證書。',
        '互联网营销师是2020.7.6发布的新职业。',
        '互联网营销师考试要真考，不是走过场。',
      ],
    );
  });
});

describe('from independent-31', () => {
  it('reads 难道 with a negation as asserting, and reports of what agencies do as reports', () => {
    expect(ids(checkText('国家都发文认可的全媒体运营师证书，难道还能没用？'))).toEqual(['national-endorsement']);
    expect(checkText('难道互联网营销师证书是人社部颁发的？')).toEqual([]);
    expect(checkText('全媒体运营师到底有没有初级啊？看到有机构在招初级班，有点懵。')).toEqual([]);
    expect(checkText('全媒体运营师没有初级，也没有五级，看到“初级班”的别急着交钱。')).toEqual([]);
    expect(checkText('“互联网营销师是国家职业资格证书”——这句话很多机构页面都有，可目录那72项里根本找不到它。')).toEqual([]);
    expect(checkText('【防騙提醒】收到「互聯網營銷師證書入庫費」的簡訊請勿轉帳。')).toEqual([]);
  });

  it('flags the new wordings and leaves their true counterparts', () => {
    expectWordings(
      [
        ['姐妹们我终于拿到全媒体运营师证书啦🎉人社部发的红本本，晒一下～', 'issued-by-mohrss'],
        ['互联网营销师在2021年版国家职业资格目录里是有的。', 'national-qualification'],
        ['平台管理员是互联网营销师四个工种之一，跟直播销售员一样能从五级一路考到一级高级技师。', 'platform-admin-levels'],
        ['【证书中心】您的全媒体运营师证书已下发，请于3日内缴纳电子档案录入费260元。', 'archive-fee'],
        ['想做带货主播必须先考互联网营销师（直播销售员），没证平台不给开播。', 'licence-required'],
        ['这个直播销售员证书是市场监管总局和国家统计局几个部门一起签发的，互联网营销师里最硬的一本。', 'issued-jointly'],
      ],
      [
        '全媒体运营师是20年2月公布的第二批新职业之一，人社部、市场监管总局、统计局一起发的。',
        '互联网营销师不在2021年版国家职业资格目录里。',
      ],
    );
  });
});

describe('lookup addresses', () => {
  it('accepts osta.org.cn and *.gov.cn, flags other sites and imitations', () => {
    expect(checkText('互联网营销师证书查询：https://zscx.osta.org.cn/ 或 http://rsj.sh.gov.cn/cx')).toEqual([]);
    const text = '互联网营销师证书查询：www.cert-cx.com；官网查询：http://mohrss.gov.cn.cert-cx.com/q?id=1';
    expect(checkText(text).map((h) => [h.ruleId, text.slice(h.start, h.end)])).toEqual([
      ['unofficial-lookup-site', 'www.cert-cx.com'],
      ['lookalike-official-site', 'http://mohrss.gov.cn.cert-cx.com/q?id=1'],
    ]);
  });

  it('ignores addresses the sentence does not present as a lookup', () => {
    expect(checkText('互联网营销师课程详情见 www.cert-cx.com')).toEqual([]);
  });
});

describe('checkSelection', () => {
  it('checks a short selection as if it were about the certificates', () => {
    expect(checkText('人社部颁发，包过')).toEqual([]);
    expect(ids(checkSelection('人社部颁发，包过'))).toEqual(['issued-by-mohrss', 'guaranteed-pass']);
  });

  it('still leaves selections about another certificate, and needs a mention for one-certificate rules', () => {
    expect(checkSelection('会计证考试包过')).toEqual([]);
    expect(checkSelection('分为初级、中级、高级三个等级')).toEqual([]);
  });

  it('checks a long selection like page text', () => {
    const long = `${'这是一段很长的无关文字。'.repeat(30)}包过！`;
    expect(checkSelection(long)).toEqual([]);
  });
});

describe('the seed article', () => {
  const article = readFileSync('/work/shared/seed/article.txt', 'utf8');
  const hits = checkText(article);
  const phrases = hits.map((h) => `${h.ruleId}: ${article.slice(h.start, h.end)}`);

  it('yields hits for each of its known errors', () => {
    expect(phrases).toEqual(
      expect.arrayContaining([
        'all-media-operator-levels: 三个等级',
        'publication-date: 2020年5月',
        'outdated-broadcast-authority: 国家广播电影电视总局',
        'issued-by-broadcast-authority: 国家广播电影电视总局广播影视人才交流中心',
        'no-education-requirement: 不限学历',
        'no-education-requirement: 只要年满18周岁',
        'exclusive-channel: 只能找官方授权的机构报考',
        'exclusive-channel: 不接受个人直接报考',
        'single-issuer: 中国轻工业联合会',
      ]),
    );
  });

  it('flags only sentences that are wrong', () => {
    // The article's wrong sentences (facts.md §1–§3), by a phrase each contains.
    const wrong = ['中国轻工业联合会」,证书', '2020年5月', '国家广播电影电视总局', '三个等级', '不接受个人直接报考', '不限学历'];
    const flagged = [...new Set(hits.map((h) => h.quote))];
    expect(flagged).toHaveLength(wrong.length);
    for (const w of wrong) expect(flagged.some((q) => q.includes(w)), w).toBe(true);
    // And so none of its correct statements: 五个等级, the four 工种, "2020年…9个新职业", the 2021
    // standard, the unverified 2020年6月 drafting claim, the unrelated teasers at the foot of the page.
    for (const correct of ['五个等级', '四个工种', '9个新职业', '2020年6月', '2021年底', '中国人事考试网']) {
      expect(flagged.filter((q) => q.includes(correct)), correct).toEqual([]);
    }
  });

  it('is found in the traditional version too, at the same offsets', () => {
    const traditional = checkText(toTraditional(article));
    expect(traditional.map((h) => [h.ruleId, h.start, h.end])).toEqual(hits.map((h) => [h.ruleId, h.start, h.end]));
  });
});

describe('the prefilter', () => {
  it('changes no result on the corpora and the seed article', () => {
    const texts = [
      ...LABELLED_EXAMPLES.map((e) => e.text),
      ...HELD_OUT_EXAMPLES.map((e) => e.text),
      readFileSync('/work/shared/seed/article.txt', 'utf8'),
      ...Object.values(RULE_EXAMPLES).flatMap((e) => [...e.positive, ...e.traditional]),
    ];
    for (const text of texts) {
      for (const options of [{}, { precedingMention: true }, { assumeCertContext: true }]) {
        expect(checkText(text, options), text).toEqual(checkText(text, { ...options, prefilter: false }));
      }
    }
  });

  it('rejects text without any certificate or trigger word, and empty text', () => {
    expect(checkText('')).toEqual([]);
    expect(checkText('今天天气很好，我们去公园散步吧。')).toEqual([]);
    expect(checkText('互联网营销师是一个职业。')).toEqual([]);
  });
});
