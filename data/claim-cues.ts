// The words the claim checker reads around a claim: certificate mentions (the CERT context),
// negations, warnings, yes/no questions and other certificates. Written in simplified Chinese and
// run on a simplified copy of the text (utils/claims/normalise.ts), as regular-expression sources.
// After normalisation full-width ，：；！？（）％ are ASCII, so only the ASCII forms appear here.
import { NAME_TERMS, writtenSpellings } from './names';
import type { CertId } from './types';

export interface CertMention {
  cert: CertId;
  /** A simplified literal (Chinese names, codes) or a lower-case English regex source. */
  source: string;
  literal: boolean;
}

/**
 * Certificate mentions that give a claim its context, derived from the page engine's name list
 * (data/names.ts): the names and codes, the work types that are specific enough on their own
 * (直播销售员, not 平台管理员), and the English names. The 全媒体运营师 directions (数据分析…) are
 * everyday job words and do not count.
 */
// Derived in a function marked pure: the content script imports this file for MENTION_STEMS only,
// and its bundle then drops this list instead of deriving it at every page load.
export const CERT_MENTIONS: readonly CertMention[] = /* @__PURE__ */ (() =>
  NAME_TERMS.filter((t) => t.counts === 'always' || t.counts === 'with-context').flatMap((t) =>
    writtenSpellings(t).map((spelling): CertMention =>
      t.lang === 'zh'
        ? { cert: t.cert, source: spelling, literal: true }
        : {
            cert: t.cert,
            // English: spaces and hyphens interchangeable, plural -s where the noun takes one.
            source: `\\b${spelling.replace(/[ -]/g, '[ -]')}${t.plural ? 's?' : ''}\\b`,
            literal: false,
          },
    ),
  ))();

/**
 * Names without 师 that rules whose wording names the certificate itself use (互联网营销高级工程师):
 * with the mentions, the cheap "could this block be about the certificates at all?" test.
 */
export const MENTION_STEMS: readonly string[] = ['互联网营销', '全媒体运营'];

/**
 * Other certificates. A claim whose nearest certificate name is one of these is about that
 * certificate, not ours ("除了互联网营销师，本校还开设会计证培训，会计证考试包过").
 */
export const OTHER_CERTIFICATES =
  '教师资格|会计(?:从业资格|师)?证?|心理咨询师|人力资源管理师|(?:一级|二级)?建造师|造价(?:工程)?师|监理工程师|' +
  '电工证?|焊工证?|消防设施操作员|健康管理师|育婴员|保育员|营养师|茶艺师|电子商务师|网络主播|新媒体运营(?:师|证)|' +
  '普通话|驾驶证|计算机等级|英语[四六]级|1\\+x|专项职业能力|社会工作者|执业药师|经济师|安全员|叉车证?|厨师证?|' +
  '美容师|碳排放管理[师员]|家庭教育指导师|整理收纳师|系统集成项目管理工程师|(?:护士|医师|律师|教师)执业证书?';

/**
 * Another certificate named only as what ours is compared with ("…就是职业资格四级，跟电工证属同一类",
 * "跟教师资格证一个性质") is not what the sentence is about: the words just before and after it.
 */
export const COMPARED_WITH = {
  before: '(?:跟|和|与|同|像|如同|、)$',
  after: '^[^,;:。!?\\n]{0,8}?(?:一样|同一类|一类|一个性质|同等|相同|差不多|类似|一个级别|同级|一个档次|平级)',
};

/**
 * Negators (and embedded-question words) that may stand before a claim in its clause ("证书并非由人社部颁发", "没有包过这回事").
 * Single characters carry look-aheads for the everyday words they start (不仅, 非常, 无论, 未来…),
 * and for slogans that are claims themselves (无门槛, 不限).
 */
const NOT_NEGATING_AFTER_BU = '(?:看|问|卡)(?:学历|年龄|专业|经验|户籍|身份)|交[^,;:。!?\\n]{0,8}的话|仅|但|只|少|断|同|错|管|论|久|妨|如|便|够|停|光|外|然|止|愧|惜|料|想|用担心|限|过退|接受个人|受理个人|允许个人|收个人|接个人|上课|考试';
export const NEGATION_BEFORE =
  // 不过 opening a clause is "but" ("…可查，不过要另收档案费"), and "还有人不知道…吗？" asserts what it
  // says nobody should still not know.
  `(?<!^\\s*|还有人|居然有人|竟然有人|竟然还有人|居然还有人|啥也|啥都|什么也|什么都)不(?!${NOT_NEGATING_AFTER_BU})|^\\s*不(?!过(?!退)|${NOT_NEGATING_AFTER_BU})|` +
  // "哪有什么包过", "哪来的技师": there is no such thing.
  '哪(?:里|儿)?(?:有|来)|' +
  '没(?!想到|过|有?(?:就|的话|它|证|文凭|学历|经验|基础))|未(?!来)|非(?!常|凡|遗)|无(?!论|数|比|限|忧|门槛|学历|工作经验|经验|任何门槛)|别(?!人|的|处)|勿|莫(?!名)|否认|' +
  // An embedded question does not assert: "关于全媒体运营师是否属于国家职业资格，答案是否定的".
  '是否|能否|可否';

/**
 * Words right after a claim, in the same clause, that deny it ("工信部证书与互联网营销师证书不是一回事").
 * "年入10万不是梦" affirms its claim (an idiom: "is no dream"), so 不是梦 is not a denial, and a
 * contrast ("人社部（不是野鸡协会）", "人社部而不是协会") denies the other thing, not the claim.
 */
export const NEGATION_AFTER =
  '(?<![(而])不是(?!梦)|并非|并不|不属于|不等于|不代表|不意味着|不同于|无关|不存在|不成立|不可信|不靠谱|不可能|不真实|不正确|不准确|不对|' +
  '是?没人要|是假的|是假话|是谎话|是瞎说|是胡说|是忽悠|是错误|是错的|是谣言|是骗|纯属|没有(?:这回事|依据|根据|此事)|并无|一说';

/**
 * The next clause corrects the one before ("…是2020年5月发布的，日期不对，实际是2020年2月"): the claim
 * just made is taken back. A question ("不对吗？") takes nothing back.
 */
export const CORRECTED_AFTER =
  '^[^,;:。!?\\n]{0,12}?[,;:]\\s*(?:这个?|那个?)?(?:日期|时间|年份|说法|数字|信息|等级|级别)?(?:不对|有误|错了|是错的|不准确|不正确)(?![^,;:。!?\\n]*[吗嘛么?])|' +
  // A slogan quoted and then taken apart: "「全国通用」听起来很厉害，但实际意思只是…".
  '^[^,;:。!?\\n]{0,3}?(?:听起来|看起来|看着|听着)(?:很|挺|特别)?(?:厉害|唬人|好听|高大上|权威|正规)[^。!?\\n]{0,4}?(?:但|可|其实)';

/**
 * A sentence with one of these warns against claims or reports them critically ("警惕包过宣传",
 * "所谓'国家级证书'是虚假宣传", "有机构声称…这是错误的"; not a seller's own "认准…官网，谨防假冒"):
 * nothing in it is flagged. 违法/违规 before
 * 经营, 从业, 上岗… is the claim that working without the certificate is unlawful, not a warning.
 */
export const WARNING_CUES =
  // A seller warning against the others ("市面上只盖了一个章的都要警惕") still makes its own claim.
  '(?<!(?:市面上|外面|其他|别家|别的)[^。!?\\n]{0,16}?)警惕|(?<!认准[^。!?\\n]{0,40}?)谨防|提防|防范|当心|小心|留心|切勿|切莫|谨慎|不要(?:轻信|相信|信|被(?!(?:其他|别的|别家|外面|那些)[^。,;]{0,6}?(?:机构|家|人)|别家|其他家|(?:骗|忽悠|坑)了?,)|上当)|别(?:(?:轻信|相信|信)(?!(?:那些|其他|别的|别家|外面)[^。!?,;]{0,14}?的,)|被(?!(?:其他|别的|别家|外面|那些)[^。,;]{0,10}?(?:机构|家|人|证书?|网站|广告)|别家|其他家|(?:骗|忽悠|坑)了?,))|勿(?:轻)?信|莫信|' +
  '骗局|诈骗|骗子|骗人|骗钱|(?<!^\\s*(?:别|不要)再?)被骗|受骗|上当|陷阱|套路|猫腻|虚假|不实|夸大|误导|(?<!无)所谓(?!考试|考核)|(?<!不怕买到|不会买到|不用担心|不用(?:怕|惊|担心)[是系]|查不到的都是|查不到的就是|查不到就是|不一样的就是|不一样的都是)(?<!(?:其他|别的|别家|外面)[^。,;]{0,12}?)假证|(?<!认准[^。!?\\n]{0,40}?谨防)假冒|冒充|冒用|(?<!(?:其他|别的|别家|外面)[^。,;]{0,8}?)(?<!不存在|没有|不会有|杜绝)(?:山寨|李鬼)|' +
  '虚构|编造|捏造|(?<![会将要就])被罚|(?<!将面临|将会?被|会被|要被|面临)处罚|(?<!将会?被|会被|要被|面临)(?<!要)罚款|立案|通报批评|心眼|混为一谈|听听就好|听听而已|别当真|拉黑|吐槽|包装成|不存在了|避雷|踩雷|排雷|不懂行|(?<!别被[^。!?\\n]{0,12})吓到|吓唬|另一套体系|不是(?:一|同一)(?:个|套)体系|不属于同一(?:个|套)?体系|(?:长得|看着|看起来|做得)像官方[^,;:。!?\\n]{0,6}(?:但|可|其实)(?:并)?不是|涉嫌|作弊|千万别(?!错过|错失|犹豫|(?:再)?(?:花冤枉钱|白花钱|浪费钱))|千万不要(?!错过|错失|犹豫|(?:再)?(?:花冤枉钱|白花钱|浪费钱))|别碰|是错的|误传|以讹传讹|别(?:太)?当回事|不必当真|别太当真|连[^,;:。!?\\n]{0,10}都(?:没|不)(?:看|读|翻|懂)(?:过|明白)?|无权|是(?:机构|商家|中介|他们|人家)?(?:瞎|乱|自己)?编的|是(?:机构|商家|中介|他们|人家)?自(?:创|封|造)的|(?:早就|已经|早已)过时|编出来的|瞎编|乱编|杜撰|别点|不要点|勿点|钓鱼|过时的?说法|老黄历|(?:不是|并非)(?:官方网站|官方站|官网|官方平台)|(?:根本|压根|并)没有这(?:个|种|一)?(?:级别|等级|证书?|职业|名称|说法)|' +
  // Something set apart FROM the certificates ("工信部的证书和人社备案的互联网营销师证书是两码事"); not the
  // certificates set apart from something else ("互联网营销师…跟培训结业证不是一回事" still claims).
  '(?:跟|和|与|同)(?:(?:人社[^。,]{0,8})?(?:全媒体运营师|互联网营销师)[^。,]{0,12}?|人社[^。,]{0,10}?)是?(?:两码事|两回事|不是一回事|不是一个东西|两个不同的(?:职业|证书|东西))|(?:不是|不属于|并非)人社(?:部门)?(?:体系|系统)|' +
  // The story of someone who paid and lost it: "结果交了四千多一分没退回来", "钱要不回来".
  '一分(?:钱)?(?:都|也)?(?:没|不)(?:给)?(?:退|返)|(?:钱|学费|费用)(?:都|也)?(?:没|要不|拿不)(?:退|要|拿)?回来|' +
  // Doubt and reports of what others say: "这个名字就很可疑", "看到有人说…", "这个说法…过时的，别照抄".
  '可疑|存疑|仿冒|(?:看到|听到|听)?有人说|(?:看到|听到|听说)有(?:机构|商家|培训班|人在)|别急着(?:交钱|付钱|报名|交费|转账)|防骗|反诈|根本(?:找不到|查不到)|(?:说法|提法)[^。!?\\n]{0,12}?过时|照抄|' +
  '辟谣|谣言|误区|揭秘|曝光|起底|投诉|举报|维权|查处|整治|整顿|清理|严禁|禁止|打击|(?<!(?:无证|没证|没有证)[^。,;]{0,8}?(?:属于|属|算|算是|就是|构成|是|都是))违(?:规|法)(?!经营|从业|上岗|直播|带货)|不得(?:使用|宣传|以|出现)|' +
  '声称|宣称|号称|谎称|自称|鼓吹|打着|旗号|噱头|幌子|(?<!被(?:其他|别的|别家|外面|那些)[^。,;]{0,8}?)(?<!^\\s*(?:别|不要)再?被)忽悠|话术|字样|等说法|说法(?:是|不|并)|这是错误|错误的|' +
  '(?:其实|根本|并)没有(?:哪条|任何|一条)(?:法律|法规|规定|文件|政策)|网传|不属实|经核实|无法核实|未经核实|并不存在|不存在的|(?:根本|压根|完全)不存在(?!山寨|假证|假的|伪造|冒牌)|绕道走?吧?|绕着走|记者(?:调查|暗访|发现)|部门提醒|提醒(?:消费者|广大|考生|市民|求职者|家里|家人|长辈|老人|父母|身边)|请(?:注意)?(?:核实|甄别|辨别)|注意(?:甄别|辨别|核实)';

/**
 * A seller who opens with a warning and then sets themself apart ("外面挂证骗局太多了，我们这个是正规的：…",
 * "别信那些查询网站，只认…"): what follows the turn is their own claim, which the warning before it
 * does not cover.
 */
export const SELLER_TURN =
  '(?:我们|咱们?|本机构|我司|我家)(?:这个|这边|家|机构|这里|的)?(?:是|才是|都是|可是|绝对|100%)?正规|(?:我们|咱们?)(?:家|这边)?(?:不一样|不同)|只认准?|认准|只信|只有(?:我们|咱们?)|' +
  // The seller's own offer named: "别信那些…，我们家的…证是…", "我们这…证是国家级".
  // (Only with the offer named: "警惕！我们这里不少学员被…骗了" turns to nothing of the seller's.)
  '(?:我们|咱们?)(?:家|这边|这儿|这里|这)的?(?=[^,;:。!?\\n]{0,12}?(?:证|课|班))|' +
  // The writer turns from the warning to what they say themselves: "…都是骗子大家小心，不过要提醒一句，…".
  '(?:^|[,;:])\\s*(?:但是?(?!凡)|不过|可是)';

/**
 * A yes/no question asks rather than claims ("互联网营销师证书是人社部颁发的吗？"). Tested on sentences
 * that end in "?". A wh-question ("人社部颁发的证书怎么考？") presupposes its claim and is still checked,
 * except the rhetorical "谁说…？", which denies it ("谁说互联网营销师考试能100%通过？").
 */
export const YES_NO_QUESTION =
  // 吗 may also end an earlier clause of the question: "能申请补贴吗，需要什么条件？".
  '(?<!不香|什|怎)(?:吗|嘛|么)[?!\\s]*$|' +
  // Asking back about what someone else said: "机构说送一千五补贴？".
  '(?:机构|客服|老师|他们|对方|人家|销售|中介|商家)(?:说|讲|称|宣传|承诺)[^。!?\\n]{2,30}\\?\\s*$|(?:吗|嘛)(?=,)|听说|求助|是否|是不是|真的|难道(?![^。!?\\n]*?[不没非])|有没有|能不能|可不可以|会不会|对不对|可否|能否|还是|谁说(?!了算)|谁(?:能|敢|可以|会)(?:保证|担保|打包票|承诺)|怎么(?:找不到|查不到|没有|不见)';

/**
 * A last clause that only asks whether the reader knew ("…可以直接积分入户，这个福利你知道吗？")
 * asks nothing: the clauses before it assert. Confirmation tags (对吗？是不是？) still ask.
 */
export const RHETORICAL_TAG =
  // "都2024年了还有人不知道…是国家职业资格吗？" asserts it.
  '(?:还有人|居然有人|竟然(?:还)?有人)不(?:知道|晓得|清楚)[^。!?\\n]*(?:吗|么|嘛)?[?!\\s]*$|' +
  ',\\s*(?:这个?(?:福利|好事|好处|消息|政策|事儿?))?(?:你|您|大家|你们)?(?:都|还)?(?:知道|晓得|听说(?:过|了)?|了解)(?:吗|么|不|没)?[?!\\s]*$|' +
  // A sales pitch's last clause asks nothing either: "…，这么划算的事你还犹豫什么？", "…，这条路你难道不心动？".
  // "…，含金量还用我多说吗？" answers itself.
  ',\\s*[^,;:。!?\\n]{0,6}?还用(?:我|得着)?(?:多说|说|讲|解释|多讲)(?:吗|么|嘛)?[?!\\s]*$|' +
  ',\\s*(?:这(?:条路|么划算的事|么好的事|种好事|个机会))?(?:你|您|大家|你们)?(?:难道)?(?:还)?(?:不(?:心动|动心|香)|(?:在)?犹豫(?:什么|啥)|等(?:什么|啥))(?:吗|么|呢)?[?!\\s]*$';

/** An answer that says yes to the question before it ("小学文化能考吗？能！"): the question asserts. */
export const AFFIRMING_ANSWER =
  '^\\s*(?:能|可以|当然(?:能|可以|是|有|了)?|必须的?|没问题|肯定(?:能|可以|是|有)|是的|有的?)(?:[!.,~。\\s]|$)';

/**
 * After a reported claim, the writer takes it as true ("有人说…，我查了确实是这样"): the report and
 * the warning word do not take it back.
 */
export const ENDORSED_AFTER =
  '确实(?:是这样|如此|没错|在(?:里面|目录里|名单里|里头)|(?:都|也)?(?:交了|要交|得交))|说的(?:没错|对)|这(?:话|个说法)(?:是)?(?:没错|不假|对的|真的)|一点(?:都|也)?没(?:错|说错)|一点不假|还真是(?:这样|真的)|果然(?:如此|是(?:这样|真的))';

/** An answer that denies the question before it ("包过？没有这回事。"). */
export const DENYING_ANSWER =
  '^(?:不|没有|没这回事|哪有|并非|当然不|错|假的|不是|绝不|(?:这|那)(?:是|就是|纯属|都是)(?:骗局|骗人|假的|谣言|忽悠|套路|坑))|' +
  // An echo question answered by what became of the body: "国家广播电影电视总局？那个机构2013年就没了".
  '^(?:那个?|这个?)(?:机构|部门|单位|总局)?[^。!?\\n]{0,10}?(?:就|早就|已经|早)(?:没了|不存在了?|撤销了?|撤了|合并了)|^怎么可能';

/**
 * Right after a claim: it is quoted as somebody's slogan, not stated ("这比“全国通用”的宣传更可靠",
 * "“包过”“免考”等字眼").
 */
export const REPORTED_SPEECH_AFTER =
  '^[”"」』’]?[—–\\-\\s]*(?:(?:等|之类|这类|这样|一类)?的?(?:说法|宣传|话术|口号|广告|承诺|字样|字眼|噱头|套路|骗局|招牌|幌子)|这(?:句|种|个)?话)';

/**
 * A claim inside quotation marks, in a sentence that attributes it ("很多机构宣传全媒体运营师
 * “全国通用、终身有效”"), is reported speech. Agencies' own emphasis quotes ("证书“全国通用”！")
 * have no such word and are still claims.
 */
export const REPORTING_WORDS =
  // What the speaker wrote in their own résumé or profile they assert: "我简历上写的是“…职业资格三级”".
  '宣传|宣扬|宣称|声称|号称|标榜|咬定|坚称|原话|打出|说法|网传|广告|报道|(?<!(?:我|本人)的?(?:简历|名片|个人简介|主页|资料)(?:上|里)?)写|文案|口号|卖点|卖|称|说|讲';
export const OPENING_QUOTES = '“「『"';
export const CLOSING_QUOTES = '”」』"';

/**
 * On a page, a block WITHOUT a certificate mention is only checked when it contains one of these
 * words (and the text just before it names a certificate; see utils/claims/block-claims.ts). The
 * rules' own triggers include single characters (包, 查, 补…) that are in nearly every Chinese
 * text node; testing them would make the page engine collect and check most blocks of a page for
 * nothing. These are the agencies' slogans in the words they actually use, so a claim block that
 * follows a heading naming the certificate still gets checked. Blocks WITH a mention are always
 * checked with every rule. Simplified; the traditional forms are generated.
 */
export const CONTEXT_BLOCK_TRIGGERS: readonly string[] = [
  // issuer, qualification, endorsement, validity
  '颁发', '颁证', '发证', '人社部', '人力资源和社会保障', '职业资格', '广电总局', '广播电视总局', '广播电影电视',
  '联合', '工信部', '国字头', '国家级', '国家认证', '国家认可', '国家承认', '官方认证', '权威认证',
  '全国通用', '全国认可', '全国有效', '终身有效', '永久有效',
  // passing, thresholds, levels, titles
  '包过', '保过', '包通过', '包拿证', '退费', '退款', '免考', '免试', '不限', '门槛', '零基础', '年满',
  '三个等级', '初级', '高级技师', '工程师', '总监',
  // channels, money, archives, licences, local benefits
  '唯一', '独家', '授权', '个人无法', '个人不能', '补贴', '补助', '学费全免', '档案', '人才库',
  '挂靠', '挂证', '躺赚', '年入', '月入', '持证上岗', '必备', '落户', '入户', '职称',
  // lookups
  '真伪', '证书查询', '查询证书', '查证',
  // the same claims as people paraphrase them in posts and chats (rare in other text: each one
  // makes the engine build the blocks that hold it)
  // (job ads say 开播, 报销, 入库 and 0基础 of the job: only longer forms here)
  '人社那边', '人社局', '出证', '红章', '国证', '国字号', '都认', '走天下', '稳过', '必过', '代考', '替考',
  '包你', '不考试', '免培训', '没人挂', '通过率', '谁都能考', '不看学历', '报不了', '全额报销', '政府报销',
  '国家报销', '倒贴', '入库费', '躺拿', '白拿', '挂出去', '租出去', '无证', '上岗证', '不让开播', '开不了播',
  '一辈子有效', '不过期', '居转户', '不上课', '不听课', '背书', '不设限', '全国范围', '有资格出', '不让开',
];

/**
 * A block without a mention of its own borrows the mention before it only if it speaks of
 * certificates, exams or training itself. On a job board the card after "持有互联网营销师证书者优先"
 * says "学历不限，有补贴" about the job, not about the certificate; an agency's "不限学历，年满18周岁
 * 即可报名，包过" speaks of enrolment.
 */
export const CERT_TOPIC_WORDS = '证|考|颁|培训|课程|学员|报名|学费|学历提升|发文|职业资格|等级|查询|真伪';
