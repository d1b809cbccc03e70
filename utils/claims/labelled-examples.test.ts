import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_RULES, wordingOf } from '../../data/claim-rules';
import { evaluate, formatEvaluation } from './evaluate';
import { BLIND_2_EXAMPLES } from './blind-2-examples';
import { BLIND_3_EXAMPLES } from './blind-3-examples';
import { BLIND_4_EXAMPLES } from './blind-4-examples';
import { BLIND_5_EXAMPLES } from './blind-5-examples';
import { BLIND_6_EXAMPLES } from './blind-6-examples';
import { BLIND_7_EXAMPLES } from './blind-7-examples';
import { BLIND_8_EXAMPLES } from './blind-8-examples';
import { BLIND_9_EXAMPLES } from './blind-9-examples';
import { BLIND_10_EXAMPLES } from './blind-10-examples';
import { BLIND_11_EXAMPLES } from './blind-11-examples';
import { BLIND_12_EXAMPLES } from './blind-12-examples';
import { BLIND_13_EXAMPLES } from './blind-13-examples';
import { INDEPENDENT_EXAMPLES } from './independent-examples';
import { INDEPENDENT_2_EXAMPLES } from './independent-2-examples';
import { INDEPENDENT_3_EXAMPLES } from './independent-3-examples';
import { INDEPENDENT_4_EXAMPLES } from './independent-4-examples';
import { INDEPENDENT_5_EXAMPLES } from './independent-5-examples';
import { INDEPENDENT_6_EXAMPLES } from './independent-6-examples';
import { INDEPENDENT_7_EXAMPLES } from './independent-7-examples';
import { INDEPENDENT_8_EXAMPLES } from './independent-8-examples';
import { INDEPENDENT_9_EXAMPLES } from './independent-9-examples';
import { INDEPENDENT_10_EXAMPLES } from './independent-10-examples';
import { INDEPENDENT_11_EXAMPLES } from './independent-11-examples';
import { INDEPENDENT_12_EXAMPLES } from './independent-12-examples';
import { INDEPENDENT_13_EXAMPLES } from './independent-13-examples';
import { INDEPENDENT_14_EXAMPLES } from './independent-14-examples';
import { INDEPENDENT_15_EXAMPLES } from './independent-15-examples';
import { INDEPENDENT_16_EXAMPLES } from './independent-16-examples';
import { INDEPENDENT_17_EXAMPLES } from './independent-17-examples';
import { INDEPENDENT_18_EXAMPLES } from './independent-18-examples';
import { INDEPENDENT_19_EXAMPLES } from './independent-19-examples';
import { INDEPENDENT_20_EXAMPLES } from './independent-20-examples';
import { INDEPENDENT_21_EXAMPLES } from './independent-21-examples';
import { INDEPENDENT_22_EXAMPLES } from './independent-22-examples';
import { INDEPENDENT_23_EXAMPLES } from './independent-23-examples';
import { INDEPENDENT_24_EXAMPLES } from './independent-24-examples';
import { INDEPENDENT_25_EXAMPLES } from './independent-25-examples';
import { INDEPENDENT_26_EXAMPLES } from './independent-26-examples';
import { INDEPENDENT_27_EXAMPLES } from './independent-27-examples';
import { INDEPENDENT_28_EXAMPLES } from './independent-28-examples';
import { INDEPENDENT_29_EXAMPLES } from './independent-29-examples';
import { INDEPENDENT_30_EXAMPLES } from './independent-30-examples';
import { INDEPENDENT_31_EXAMPLES } from './independent-31-examples';
import { INDEPENDENT_32_EXAMPLES } from './independent-32-examples';
import { CLEAN_EXAMPLES } from './clean-examples';
import { BLIND_EXAMPLES } from './blind-examples';
import { HELD_OUT_EXAMPLES } from './held-out-examples';
import { LABELLED_EXAMPLES } from './labelled-examples';
import { normaliseForMatching } from './normalise';
import { checkText, ruleTrigger } from './check';

const ALL_SETS = [
  LABELLED_EXAMPLES, HELD_OUT_EXAMPLES, BLIND_EXAMPLES, BLIND_2_EXAMPLES, BLIND_3_EXAMPLES, BLIND_4_EXAMPLES,
  BLIND_5_EXAMPLES, BLIND_6_EXAMPLES, BLIND_7_EXAMPLES, BLIND_8_EXAMPLES, BLIND_9_EXAMPLES, BLIND_10_EXAMPLES,
  BLIND_11_EXAMPLES, BLIND_12_EXAMPLES, BLIND_13_EXAMPLES, INDEPENDENT_EXAMPLES, INDEPENDENT_2_EXAMPLES,
  INDEPENDENT_3_EXAMPLES, INDEPENDENT_4_EXAMPLES, INDEPENDENT_5_EXAMPLES, INDEPENDENT_6_EXAMPLES, INDEPENDENT_7_EXAMPLES,
  INDEPENDENT_8_EXAMPLES, INDEPENDENT_9_EXAMPLES, INDEPENDENT_10_EXAMPLES, INDEPENDENT_11_EXAMPLES, INDEPENDENT_12_EXAMPLES,
  INDEPENDENT_13_EXAMPLES, INDEPENDENT_14_EXAMPLES, INDEPENDENT_15_EXAMPLES, INDEPENDENT_16_EXAMPLES,
  INDEPENDENT_17_EXAMPLES, INDEPENDENT_18_EXAMPLES, INDEPENDENT_19_EXAMPLES, INDEPENDENT_20_EXAMPLES, INDEPENDENT_21_EXAMPLES, INDEPENDENT_22_EXAMPLES, INDEPENDENT_23_EXAMPLES,
  INDEPENDENT_24_EXAMPLES, INDEPENDENT_26_EXAMPLES,
  INDEPENDENT_27_EXAMPLES, INDEPENDENT_28_EXAMPLES, INDEPENDENT_29_EXAMPLES,
  INDEPENDENT_25_EXAMPLES, INDEPENDENT_30_EXAMPLES, INDEPENDENT_31_EXAMPLES, CLEAN_EXAMPLES,
];

/**
 * The mistakes the regression sets are known to keep, each with why (docs/claims.md, "Kept
 * misses"). The floors alone would let a new miss slip in under 0.9: any mistake not listed here
 * fails, and so does a listed one that is fixed (take it off the list).
 */
const KEPT_MISTAKES: Record<string, string> = {
  '互联网营销师高级证书，中专学历就能直接报。': '中专 meets some entry conditions; not worded as a claim the rules can tell',
  '全国有资格发全媒体运营师证书的只有我们公司，其他家发的都没备案。': 'a sentence naming 备案 is read as the truth',
  '互联网营销师证是人社部官方认证的国家职业资格，含金量不用我多说了吧？': 'the issuer rule supersedes an overlapping endorsement (by design)',
  '互联网营销师证书由三部委联合盖章颁发，权威性没得说': '权威性没得说 is flagged as an endorsement slogan; the label leaves it out',
  '全媒体运营师证是人社部和广电总局联合颁发的国家职业资格证书': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '互联网营销师证书官方查询网址：www.osta-org-cn.com': 'an imitation of the official host is flagged as lookalike only (by design)',
  '互联网营销师证书是人社部、网信办、广电总局三部门联合颁发的，三个章都在上面。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '全媒体运营师证书查询官网 http://osta-gov.org/cx，可查真伪。': 'an imitation of the official host is flagged as lookalike only (by design)',
  '互联网营销师证由人社部、网信办、广电总局三家联合盖章发放，三个公章一个不少。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '全媒体运营师证是人社部跟广电总局联合颁发的，双部委背书': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '互联网营销师证书查询入口：http://zscx-osta.com.cn，输入证书编号即可': 'an imitation of the official host is flagged as lookalike only (by design)',
  '证书真伪请到国家职业技能鉴定查询中心 osta-zscx.com 查询，全媒体运营师都能查。': 'an imitation of the official host is flagged as lookalike only (by design)',
  '听讲课老师说，全媒体运营师证是人社部跟广电总局两家一起盖章下发的，所以比一般的证硬气。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '全媒体运营师由国家广播电影电视总局人才交流中心和人社部联合发证。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '互联网营销师证书查询官网：www.osta-zscx.com，输入证书编号即可。': 'an imitation of the official host is flagged as lookalike only (by design)',
  '互联网营销师证是人社部、网信办、广电总局三家联合颁发的，三个章都在上面。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '问：全媒体运营师证是谁发的？答：人社部统一发，别的单位发的都是假证。': 'the issuer claim is flagged; "别的单位发的都是假证" is not read as a single issuer as well',
  '全媒体运营师证书由国家广播电视总局人才交流中心统一颁发。': 'the issuer claim is flagged; 统一颁发 alone is not read as a single issuer as well',
  '互联网营销师证是人社部、中央网信办、国家广电总局三部门联合颁发的，分量很重。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '人社部和广电总局联合颁发的全媒体运营师国家职业资格证书，名额有限，速报！': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '我们的互联网营销师证书是工信部颁发的，可以在工信部教育与考试中心官网查询真伪。': 'the 工信部 lookup named without an address is read as part of the 工信部 claim, not as an unofficial lookup',
  '查证地址：www.osta-org-cn.com，输入身份证号即可查询互联网营销师证书。': 'an imitation of the official host is flagged as lookalike only (by design)',
  '全媒体运营师证书由国家广播电视总局颁发，全国只此一家发证单位，谨防假证！': 'a seller\'s closing "谨防假证" reads as a warning, so the sentence is left alone',
  '互联网营销师证书联网查询：zscx.osta-org.cn，输入身份证号即可。': 'an imitation of the official host is flagged as lookalike only (by design)',
  '价目表：全媒体运营总监证 6800元/人，含人社部盖章证书一本、证书外壳一个。': 'the made-up title names only the stem (全媒体运营), which is no mention for the issuer rule',
  '刚刚！人社部、广电总局联合颁发全媒体运营师证书，速看报考条件👇': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '重磅｜全媒体运营师证书由国家广播电视总局统一颁发，认准总局钢印！': 'the issuer claim is flagged; 统一颁发 alone is not read as a single issuer as well',
  '评论区：全媒体运营师是人社部和国家广电总局联合颁发的国家职业资格证书，别听楼上瞎说。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '#全媒体运营师# 人社部+中央网信办+广电总局三部门联合颁发，含金量拉满💯': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '平台管理员工种一级/高级技师证书，专为平台运营主管打造。': '平台管理员 alone is no mention of the certificate (too generic), so the text is not checked',
  '知乎答主：全媒体运营师是人社部和广电总局联合颁发的国家职业资格证书，这点没啥好争的。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '我们家全媒体运营师（直播运营方向）结业后统一由广电总局发证，不用自己跑': 'the issuer claim is flagged; 统一…发证 alone is not read as a single issuer as well',
  '全媒体运营师证书查询官网：www.osta-gov.cn.com，输入身份证号即可': 'an imitation of the official host is flagged as lookalike only (by design)',
  '官方查询：zscx.osta-org.top，可查所有互联网营销师证书': 'an imitation of the official host is flagged as lookalike only (by design)',
  '互联网营销师属于国家职业资格证书，考下来就是国家承认的职业资格。': 'the qualification claim supersedes the endorsement inside it (by design)',
  '互联网营销师证书由人社部和中央网信办联合颁发，权威！': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '人社部和广电总局联合颁发的全媒体运营师国家职业资格证书，限时报名中。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '查证请登录 zscx.osta-org.cn（人社部官方查询），输入证书编号即可。': 'no certificate is named within 150 characters: the rules speak of the two certificates only (by design)',
  '人社部和广电总局联合颁发的全媒体运营师证，下周一开班，欢迎私信咨询。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '【闲置转让】互联网营销师（直播销售员）四级全套教材加三套模拟卷，九成新只写了前两章，原价六百九现在¥199包邮，顺带说一句这个证是人社部盖章颁发的，拿到以后在全国联网查询上就能查到，不是那种协会小作坊证，介意勿拍。': 'not fixed yet (independent-22): the sentence also reads as joint issuing',
  '谢邀，我去年刚拿到全媒体运营师三级，先说结论：值不值因人而异，但有一点我可以打包票，它属于国家职业资格证书，和教师资格证、法律职业资格那些是同一个序列的，只是考的内容偏新媒体罢了。': 'not fixed yet (independent-22): next to 教师资格证 and 法律职业资格, the qualification reads as said of those',
  '回复@小鹿爱吃草：宝子我专门帮你打电话问过了，互联网营销师证是人社部和网信办联合颁发的国家职业资格证书，不是野鸡证，报名费也就三千出头，放心冲💪': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '需要特别说明的是，全媒体运营师由“国家广播电影电视总局广播影视人才交流中心”统一颁证，无论您在哪个校区、报哪个班型，最后拿到的证书样式和钢印都完全一致。': 'not fixed yet (independent-22): opened by 需要特别说明的是, the whole sentence is missed',
  '【2026年秋季价目表】全媒体运营师四级¥2,980、三级¥3,680、二级¥4,880（含教材、题库、模拟考），证书由人社部与广电总局联合颁发，双章认证，报名即送直播运营实操课一节。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '互聯網營銷師國家職業技能標準是2021年底公布的，而證書同樣由人社部、中央網信辦與國家廣播電視總局三部門聯合頒發，證書上蓋齊三個印，含金量自然比單一機構發的高。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '报全媒体运营师之前我也怀疑过老师说的“包过，不过全额退”是不是套路，结果我一个几乎没怎么复习的文科生真的一次就过了，所以现在可以负责任地说这家是真包过，链接放评论区了🔗': 'not fixed yet (independent-22): the quoted doubt (是不是套路) reads as a warning; 真包过 is the claim',
  '全媒体运营师报考没有任何门槛，学什么专业、干过什么工作都无所谓，只要你平时会刷抖音、会发朋友圈就能直接报，群里已经有十几个姐妹报上了。': 'the no-threshold slogan is flagged; the label adds the education rule (专业 belongs to the slogan)',
  '互联网营销师报名其实只卡年龄，满十八周岁就行，初中没读完也照样能报，学历这块审核的时候根本不看，所以别被“门槛”两个字吓到。': 'not fixed yet (independent-22): 别被“门槛”两个字吓到 still reads as a warning',
  '全媒体运营师报考条件：年满十八周岁即可，学历、相关工作经验一律不作要求，欢迎各行各业人士报名。': 'the education rule is flagged; the label adds the slogan for 一律不作要求',
  '互联网营销师的平台管理员工种其实很适合做运营的人，负责按平台规则做店铺和粉丝管理，而且可以一路从五级考到一级/高级技师，考到技师之后不少企业会直接给主管岗，这条路你难道不心动？': 'not fixed yet (independent-22): the level stands further after 平台管理员 than the rule reaches',
  '考完互联网营销师三级之后，就可以继续申报“互联网营销高级工程师”证书，该证书相当于中级职称，在不少单位可以直接用于评聘。': 'not fixed yet (independent-22): the made-up title in quotes is read as quoted, not asserted',
  '郑重提示：全媒体运营师个人无法报名，只能通过授权培训机构统一报送，本中心为本省唯一授权报名点，谨防假冒。': 'not fixed yet (independent-22): 郑重提示 and 谨防假冒 read as a warning around the claim',
  '全媒體運營師證書由國家廣播電影電視總局廣播影視人才交流中心統一核發，全國聯網可查，請認準正規渠道報名。': 'the issuer rule supersedes an overlapping single-issuer claim (by design; 统一核发 is the issuer\'s)',
  '互联网营销师是2020年7月6日人社部联合市场监管总局、统计局发布的9个新职业之一，下面分选品员、直播销售员、视频创推员、平台管理员四个工种，证书由人社部统一印制颁发，2021年底又出了国家职业技能标准，算是新职业里体系最完整的一个。': 'the issuer rule supersedes an overlapping single-issuer claim (by design; 统一印制颁发 is the issuer\'s)',
  '很多人只知道全媒体运营师的国家标准是人社部跟广电总局一起定的，其实证书也是这两家联合发的，所以比单一部门发的分量重得多。': 'the joint-issuing claim supersedes the single issuers it names (by design; here named only by 这两家)',
  '姐妹们考全媒体运营师一定认准国家广播电影电视总局下面那个人才交流中心，只有它家发的才算数，别的机构出的都是白花钱🙅‍♀️ #考证避坑': 'not fixed yet (independent-24): the issuer named by 认准… and then 它家发的: the issuer rules need the issuing verb with the body',
  '全媒体运营师是人社部和广电总局联合颁发的证书，双部委盖章，分量你懂的。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '全媒体运营师：人社＋广电联合发证的国家职业资格证书，限时报名中👉': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '我的全媒体运营师证书是国家广播电影电视总局人才交流中心发的，2022年考的。': 'labels differ: independent-24 counts the old administration\'s talent centre as the broadcasting issuer, independent-26 only as outdated; the rules flag both',
  '全媒体运营师证下来后要录入国家人才库，入库费380，入库后在 www.rsks-cx.org 可查。': 'rsks imitates the ministry\'s exam sites (rsks.mohrss): read as a lookalike, labelled merely unofficial',
  '所谓入档费不是我们乱收的，互联网营销师证书要进国家人才库，这笔钱必须交。': 'not fixed yet (independent-26): a seller defending the fee opens with 所谓, read as a warning',
  '證書可以喺中國人事考試網 www.cpta-gov.com.cn 查到，輸入身份證號碼就得。': 'not fixed yet (independent-26): a sentence naming no certificate is checked only with a mention before it (the prefilter; on a page the block before gives one)',
  '说白了全媒体运营师和教师资格证、法律职业资格证是一个性质，都在国家职业资格目录里头。': 'not fixed yet (independent-27): a claim made by comparison with other certificates named nearer than ours',
  '全媒体运营师证书由人社部和国家广电总局联合颁发，属于国家职业资格证书，双部门盖章更权威。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '我们的互联网营销师证是人社部和网信办两部门联合发证的，外面那些协会证没法比。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '全媒体运营师是人社部联合国家广播电影电视总局一起发证的，2020年新设的岗位里就它最正规。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '直播销售员这个工种是2022年才加进互联网营销师里的，之前只有选品员。': 'not fixed yet (independent-27): a wrong date for a work type (直播销售员 came with the occupation in 2020), not for the certificate',
  '人社部和国家广播电视总局联合颁发的全媒体运营师国家职业资格证书，含金量杠杠的。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '直播销售员作为互联网营销师下面的工种，是2021年12月标准出来时才加上的。': 'not fixed yet (independent-28): a wrong date for a work type (直播销售员 came with the occupation in 2020), not for the certificate',
  '据了解，全媒体运营师证书经原国家广播电影电视总局审核颁发，目前已有不少高校学生报考。': 'not fixed yet (independent-29): 原 before the old administration reads as the truth (it is gone), though the sentence still says it issued the certificate',
  '全媒体运营师证是人社部和广电总局联合颁发的国家职业资格证书，两个部门双重背书。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '家人们看过来！这个互联网营销师证是人社部跟网信办一起发的，两个章！两个章！': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '别去那些乱七八糟的网站查，认准人社部官方查询平台 www.mohrss-gov.cn/zscx，那才是真的。': 'not fixed yet (independent-29): a sentence naming no certificate is checked only with a mention before it (the prefilter)',
  '全媒体运营师证由人社部和广电总局联合颁发，属于国家职业资格证书，认准正规渠道。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '互聯網營銷師證書係人社部同網信辦聯合簽發嘅，唔使驚係假證。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '问：全媒体运营师谁发证？答：我们合作的是国家广播电影电视总局下属的人才中心，证书由他们直接出。': 'not fixed yet (independent-30): the issuer named in one clause and said to issue in the next (由他们直接出)',
  '全媒体运营师是人社部和广电总局联合颁发的国家职业资格证书。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '互联网营销师证由人社部和网信办联合颁发，含金量不用多说。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '没有直播销售员（互联网营销师）证，明年还想开播？做梦吧，赶紧报名。': 'not fixed yet (independent-30): a rhetorical question answered 做梦吧 makes the licence claim',
  '人社部证书查询 www.mohrss-gov.cn.cx ，输入证书编号即可。': 'not fixed yet (independent-30): a sentence naming no certificate is checked only with a mention before it (the prefilter)',
  '【直播销售员（互联网营销师）】由人力资源和社会保障部统一核发证书，全国联网可查，名额有限报完即止！': 'the issuer rule supersedes an overlapping single-issuer claim (by design; 统一核发 is the issuer\'s)',
  '互联网营销师证书由人社部和网信办联合颁发，两个部委的章都在上面，分量你懂的。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '全媒体运营师是人社部和广电总局联合颁发的国家职业资格证书，全网可查。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '查证请上 mohrss-gov.cn/zscx，输入证书编号就能看到。': 'not fixed yet (independent-31): a sentence naming no certificate is checked only with a mention before it (the prefilter)',
  '上课的时候老师亲口说“全媒体运营师的证是广电总局发的”，我后来想想确实是这样，不然为什么去电视台、县融媒体中心面试的时候，HR一看到这个证就两眼放光？': 'not fixed yet (independent-23): a quoted claim that the speaker then endorses (确实是这样) is read as reported',
  '本证书由人社部与广电总局联合颁发，是全媒体运营师方向的国家职业资格证书，两枚公章缺一不可，市面上只盖了一个章的都要警惕。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '说句大实话，互联网营销师证是人社部联合网信办一起签发的，证书上两个部门的章都在，含金量你们自己品，我就不多说了。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '呢張全媒體運營師證係人社部同廣電總局聯合發嘅，兩個部門一齊蓋印，所以先值成兩千幾蚊報名費，唔係求其一間培訓公司印得出嚟。': 'the joint-issuing claim supersedes the single issuers it names (by design)',
  '全媒体运营师一共分初级、中级、高级三个等级，新手建议先从初级考起，一般一个月就能拿证，再慢慢往上考。': 'not fixed yet (independent-23): 一般一个月就能拿证 (a usual duration) is read as a pass guarantee',
  '我们这期开的是互联网营销师二级，选品员、直播销售员、视频创推员、平台管理员四个工种任选其一都能报，报满即开班。': 'not fixed yet (independent-23): a level offered to a list of work types, 平台管理员 among them',
  '想进国企、事业单位做新媒体编辑必须持有全媒体运营师证才能入职，这个是硬性规定，没证连简历关都过不了。': 'not fixed yet (independent-23): 简历关都过不了 is read as a pass guarantee',
  '我们学员小王之前卖衣服，报了直播销售员后包过拿证，还领了1500补贴，现在月入过万。': '月入过万 after the certificate is flagged as easy money; the label reads it as the pupil\'s story',
};

/** The sentences an evaluation gets wrong that KEPT_MISTAKES does not list. */
const unexpectedMistakes = (e: ReturnType<typeof evaluate>): string[] =>
  e.mistakes.map((m) => m.text).filter((t) => !(t in KEPT_MISTAKES));

describe('clean sentences under a heading', () => {
  // On a page, a paragraph without its own mention borrows the certificate named just before it (a
  // heading): checkText's precedingMention. A true, denying, warning or neutral sentence must stay
  // unflagged with either certificate lent to it. ('other' sentences are left out: an unrelated
  // course right after a mention, "摄影课不限年龄、零基础可学", does borrow it: docs/claims.md.)
  it('stay unflagged with either certificate named just before them', () => {
    const flagged: string[] = [];
    for (const e of ALL_SETS.flat()) {
      if (e.expect.length > 0 || e.kind === 'other') continue;
      for (const cert of ['internet-marketer', 'all-media-operator'] as const) {
        const hits = checkText(e.text, { precedingMention: cert });
        if (hits.length > 0) flagged.push(`[${cert}] ${hits.map((h) => h.ruleId).join(',')}: ${e.text}`);
      }
    }
    expect(flagged).toEqual([]);
  });
});

describe('the rules\' trigger words', () => {
  // A rule runs only on text holding one of its trigger words (data/claim-rules.ts). A wording
  // that can match without one is dead where no other trigger happens to stand: "不看年龄" went
  // unflagged until 不看 was a trigger. Every match of every wording in every labelled sentence
  // must therefore contain one.
  it('cover every match of the rule\'s wording in the labelled sentences', () => {
    const texts = ALL_SETS.flat().map((e) => normaliseForMatching(e.text));
    const ungated: string[] = [];
    for (const rule of CLAIM_RULES) {
      const trigger = ruleTrigger(rule);
      for (const wording of wordingOf(rule)) {
        const re = new RegExp(wording, 'g');
        for (const text of texts) for (const m of text.matchAll(re)) if (!trigger.test(text)) ungated.push(`${rule.id}: ${m[0]}`);
      }
    }
    expect(ungated).toEqual([]);
  });

  // The labelled sentences use only some of the words a wording allows: "没有任何报考条件" matched
  // its wording but held no trigger (任何条件 was one, 任何报考 not), and no sentence had it. So
  // strings are also generated from each wording (fast-check; the lookarounds left out to generate,
  // the whole expression then filters), and each one it matches must hold a trigger word. The
  // first run found missing words in ten rules (携手, 会同, 过关, 资历, 报销, 坐收, 合规…).
  it('cover every match of strings generated from the rule\'s wording', () => {
    const ungated: string[] = [];
    for (const rule of CLAIM_RULES) {
      const trigger = ruleTrigger(rule);
      for (const wording of wordingOf(rule)) {
        const re = new RegExp(wording);
        const generated = fc.stringMatching(new RegExp(withoutLookarounds(wording).replace(/\(\?<\w+>/g, '(')));
        for (const s of fc.sample(generated, { numRuns: 300, seed: 20261127 })) {
          const m = re.exec(s);
          if (m && !trigger.test(normaliseForMatching(s))) ungated.push(`${rule.id}: ${m[0]}`);
        }
      }
    }
    expect([...new Set(ungated)]).toEqual([]);
  });
});

/** A regular expression's source without its lookarounds (fast-check cannot generate from them). */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (!/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      out += source[i];
      continue;
    }
    // Skip to the lookaround's closing parenthesis (escapes and character classes taken into account).
    for (let depth = 0, inClass = false; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
  }
  return out;
}

describe('the labelled corpus', () => {
  it('is large and varied enough to mean something', () => {
    expect(LABELLED_EXAMPLES.length).toBeGreaterThanOrEqual(120);
    const kinds = new Set(LABELLED_EXAMPLES.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['claim', 'negated', 'neutral', 'other', 'truth', 'warning']);
    expect(evaluate(LABELLED_EXAMPLES, () => []).traditional).toBeGreaterThanOrEqual(30);
    // Every rule is exercised by at least one labelled claim.
    const labelled = new Set(LABELLED_EXAMPLES.flatMap((e) => e.expect));
    for (const rule of CLAIM_RULES) expect(labelled, rule.id).toContain(rule.id);
    for (const id of labelled) expect(CLAIM_RULES.map((r) => r.id)).toContain(id);
  });

  it('is checked with precision ≥ 0.95 and recall ≥ 0.9 (sentence and rule level)', () => {
    const e = evaluate(LABELLED_EXAMPLES);
    // Printed for docs/claims.md; the floors below are quality floors, not tuned numbers.
    console.log(formatEvaluation(e));
    expect(e.sentence.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.sentence.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.rule.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.rule.recall).toBeGreaterThanOrEqual(0.9);
    expect(unexpectedMistakes(e)).toEqual([]);
  });

  it.each([
    ['held-out', HELD_OUT_EXAMPLES, 40],
    ['blind', BLIND_EXAMPLES, 40],
    ['blind-2', BLIND_2_EXAMPLES, 36],
    ['blind-3', BLIND_3_EXAMPLES, 46],
    ['blind-4', BLIND_4_EXAMPLES, 42],
    ['blind-5', BLIND_5_EXAMPLES, 41],
    ['blind-6', BLIND_6_EXAMPLES, 40],
    ['blind-7', BLIND_7_EXAMPLES, 40],
    ['blind-8', BLIND_8_EXAMPLES, 40],
    ['blind-9', BLIND_9_EXAMPLES, 40],
    ['blind-10', BLIND_10_EXAMPLES, 40],
    ['blind-11', BLIND_11_EXAMPLES, 42],
    ['blind-12', BLIND_12_EXAMPLES, 42],
    ['independent', INDEPENDENT_EXAMPLES, 102],
    ['blind-13', BLIND_13_EXAMPLES, 42],
    ['independent-2', INDEPENDENT_2_EXAMPLES, 82],
    ['independent-3', INDEPENDENT_3_EXAMPLES, 125],
    ['independent-4', INDEPENDENT_4_EXAMPLES, 134],
    ['independent-5', INDEPENDENT_5_EXAMPLES, 130],
    ['independent-6', INDEPENDENT_6_EXAMPLES, 129],
    ['independent-7', INDEPENDENT_7_EXAMPLES, 132],
    ['independent-8', INDEPENDENT_8_EXAMPLES, 130],
    ['independent-9', INDEPENDENT_9_EXAMPLES, 138],
    ['independent-10', INDEPENDENT_10_EXAMPLES, 134],
    ['independent-11', INDEPENDENT_11_EXAMPLES, 135],
    ['independent-12', INDEPENDENT_12_EXAMPLES, 132],
    ['independent-13', INDEPENDENT_13_EXAMPLES, 138],
    ['independent-14', INDEPENDENT_14_EXAMPLES, 140],
    ['independent-15', INDEPENDENT_15_EXAMPLES, 144],
    ['independent-16', INDEPENDENT_16_EXAMPLES, 144],
    ['independent-17', INDEPENDENT_17_EXAMPLES, 144],
    ['independent-18', INDEPENDENT_18_EXAMPLES, 144],
    ['independent-19', INDEPENDENT_19_EXAMPLES, 144],
    ['independent-20', INDEPENDENT_20_EXAMPLES, 144],
    ['independent-21', INDEPENDENT_21_EXAMPLES, 144],
    ['independent-23', INDEPENDENT_23_EXAMPLES, 144],
    ['independent-24', INDEPENDENT_24_EXAMPLES, 144],
    ['independent-25', INDEPENDENT_25_EXAMPLES, 144],
    ['independent-26', INDEPENDENT_26_EXAMPLES, 144],
    ['independent-27', INDEPENDENT_27_EXAMPLES, 144],
    ['independent-28', INDEPENDENT_28_EXAMPLES, 144],
    ['independent-29', INDEPENDENT_29_EXAMPLES, 144],
    ['independent-30', INDEPENDENT_30_EXAMPLES, 144],
    ['independent-31', INDEPENDENT_31_EXAMPLES, 144],
    ['clean', CLEAN_EXAMPLES, 160],
  ] as const)('holds the same floors on the %s set written after the checker', (_, examples, size) => {
    expect(examples.length).toBeGreaterThanOrEqual(size);
    const e = evaluate(examples);
    console.log(formatEvaluation(e));
    expect(unexpectedMistakes(e)).toEqual([]);
    expect(e.sentence.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.sentence.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.rule.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.rule.recall).toBeGreaterThanOrEqual(0.9);
  });

  // independent-22 (written to be hard) is tuned on in part: below the recall floor, it is held to
  // making no mistake outside KEPT_MISTAKES (its unfixed ones are there, marked "not fixed yet").
  it('holds the partly tuned independent-22 set to its kept mistakes', () => {
    const e = evaluate(INDEPENDENT_22_EXAMPLES);
    console.log(formatEvaluation(e).split('\n').slice(0, 3).join('\n'));
    expect(unexpectedMistakes(e)).toEqual([]);
    expect(e.sentence.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.sentence.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps only mistakes that are still made (a fixed one comes off KEPT_MISTAKES)', () => {
    const made = new Set(ALL_SETS.flatMap((set) => evaluate(set).mistakes.map((m) => m.text)));
    expect(Object.keys(KEPT_MISTAKES).filter((t) => !made.has(t))).toEqual([]);
  });

  // The sealed set waits: it is tuned on only once a later set is written.
  it.each([
    ['independent-32', INDEPENDENT_32_EXAMPLES],
  ] as const)('reports the untuned %s set (the estimate for unseen text; no floor, it is not tuned on)', (_, examples) => {
    const e = evaluate(examples);
    // Totals only: which sentences it misses stays unread until the next sealed set exists.
    console.log(formatEvaluation(e).split('\n').slice(0, 3).join('\n'));
    expect(e.examples).toBe(examples.length);
  });
});
