// Facts that hold for both certificates: how 职业技能等级证书 are issued and checked, the subsidy,
// the 2022 crackdown on fake certificates. The claim checker and the hover cards cite these.
// Wording is ours; facts and figures are from shared/research/facts.md §3 and §5.
import { DATA_CHECKED } from './data-checked';
import type { Fact, Localized, SystemFactKey } from './types';

/** The official free lookup for skill certificates (OSTA). Deep-link only: we never query it. */
export const OSTA_LOOKUP = {
  name: {
    zh_CN: '技能人才评价证书全国联网查询',
    zh_TW: '技能人才評價證書全國聯網查詢',
    en: '技能人才评价证书全国联网查询 (national online lookup of skill certificates, OSTA)',
  } satisfies Localized,
  /** The link we give readers. */
  url: 'https://zscx.osta.org.cn/',
  /** Another OSTA host the same service is reached at (cited without scheme in facts.md). */
  alternateUrls: ['http://jndj.osta.org.cn/'],
  /** Hosts a genuine lookup may live on (claim pattern 20); anything else is suspect. */
  trustedDomains: ['osta.org.cn', 'mohrss.gov.cn', 'gov.cn'],
  free: true,
  regionRestricted: false,
} as const;

/** Caps of 技能提升补贴 per certificate, in yuan, by level band. Conditions in SYSTEM_FACTS.subsidy. */
export const SUBSIDY_CAPS_CNY = { junior: 1000, intermediate: 1500, senior: 2000 } as const;

export const SYSTEM_FACTS: Readonly<Record<SystemFactKey, Fact>> = {
  issuerSystem: {
    text: {
      zh_CN:
        '职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发，且只限其备案的职业（工种）。证书由评价机构自行印制颁发，政府部门不参与监制；人社部负责制定标准和监管，本身不发证。在人才统计和政策上，它与职业资格证书效力相同。',
      zh_TW:
        '職業技能等級證書由經人社部門備案的用人單位和社會培訓評價組織頒發，且只限其備案的職業（工種）。證書由評價機構自行印製頒發，政府部門不參與監製；人社部負責制定標準和監管，本身不發證。在人才統計和政策上，它與職業資格證書效力相同。',
      en: 'Skill-level certificates (职业技能等级证书) are issued by employers and social training-and-evaluation organisations that are registered (备案) with the human-resources authorities, and only for the occupations they are registered for. The organisation prints and issues the certificate itself; no government body co-signs it. The Ministry of Human Resources and Social Security (人社部) sets the standards and supervises, but does not issue certificates. For talent statistics and policy the certificate counts the same as a vocational qualification certificate.',
    },
    status: 'confirmed',
    presentation: 'fact',
    sources: ['eol-2023-08-21-skill-certificates', 'yuexinli-skill-certificates', 'fudaoke-skill-certificates'],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '人社部颁发 / 人力资源和社会保障部发证 / 人社部盖章',
      by: 'agencies',
      why: {
        zh_CN: '人社部不颁发这类证书：发证的是经备案的评价机构，人社部只定标准、做监管。',
        zh_TW: '人社部不頒發這類證書：發證的是經備案的評價機構，人社部只定標準、做監管。',
        en: '人社部 does not issue these certificates: a registered evaluation organisation does; the ministry only sets standards and supervises.',
      },
    },
  },

  notQualification: {
    text: {
      zh_CN:
        '互联网营销师和全媒体运营师只颁发职业技能等级证书，都不是国家职业资格。《国家职业资格目录（2021年版）》共72项（专业技术类59项、技能类13项），不含这两个职业；原73项水平评价类技能人员职业资格已退出目录，不再由政府或其授权的单位认定发证，改为职业技能等级认定。因此它们不是从业的法定准入条件：用人单位或平台可以优先录用持证者，但法律不要求持证上岗。',
      zh_TW:
        '互聯網營銷師和全媒體運營師只頒發職業技能等級證書，都不是國家職業資格。《國家職業資格目錄（2021年版）》共72項（專業技術類59項、技能類13項），不含這兩個職業；原73項水平評價類技能人員職業資格已退出目錄，不再由政府或其授權的單位認定發證，改為職業技能等級認定。因此它們不是從業的法定准入條件：用人單位或平臺可以優先錄用持證者，但法律不要求持證上崗。',
      en: 'Both 互联网营销师 and 全媒体运营师 lead only to skill-level certificates (职业技能等级证书); neither is a national vocational qualification (国家职业资格). The 2021 national qualification directory has 72 entries (59 professional, 13 skilled) and includes neither occupation. The 73 former "level-evaluation" skill qualifications left the directory, are no longer certified by government or bodies it authorises, and moved to skill-level evaluation. So neither certificate is a legal requirement to do the job: employers or platforms may prefer holders, but no law requires one.',
    },
    status: 'confirmed',
    presentation: 'fact',
    sources: ['qualification-directory-2021-report', 'wikisource-qualification-directory-2021'],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '国家职业资格证书 / 持证上岗 / 从业必备',
      by: 'agencies',
      why: {
        zh_CN: '两者都是职业技能等级证书，不在2021年版国家职业资格目录中，也不是上岗的法定条件。',
        zh_TW: '兩者都是職業技能等級證書，不在2021年版國家職業資格目錄中，也不是上崗的法定條件。',
        en: 'Both are skill-level certificates, absent from the 2021 national qualification directory, and not a legal condition for working.',
      },
    },
  },

  verification: {
    text: {
      zh_CN:
        '真证书可在“技能人才评价证书全国联网查询”（OSTA：zscx.osta.org.cn，也可经 jndj.osta.org.cn）查到。查询免费，不限地区，不需要另交“入库费”或“档案费”。',
      zh_TW:
        '真證書可在「技能人才評價證書全國聯網查詢」（OSTA：zscx.osta.org.cn，也可經 jndj.osta.org.cn）查到。查詢免費，不限地區，不需要另交「入庫費」或「檔案費」。',
      en: 'A genuine certificate can be found on the national online lookup of skill certificates (技能人才评价证书全国联网查询, OSTA: zscx.osta.org.cn, also via jndj.osta.org.cn). The lookup is free, works for every region, and needs no extra "database entry" or "archive" fee.',
    },
    status: 'confirmed',
    presentation: 'fact',
    sources: [
      'eol-2023-08-21-skill-certificates',
      'cexue-im-evaluation',
      'yuexinli-skill-certificates',
      'workers-daily-2022-07-22-certificate-scams',
    ],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '证书入库费 / 电子档案费 / 进入人才库',
      by: 'agencies',
      why: {
        zh_CN: '真证书不交这些费用也能在全国联网查询中查到；“档案费”“入库费”是已被报道的骗局环节。',
        zh_TW: '真證書不交這些費用也能在全國聯網查詢中查到；「檔案費」「入庫費」是已被報導的騙局環節。',
        en: 'Genuine certificates appear on the national lookup without any such fee; "archive" and "database entry" fees are a reported scam step.',
      },
    },
  },

  registration: {
    text: {
      zh_CN:
        '报考是向经人社部门备案、可评价该职业的评价机构报名，这类机构可以是企业、协会或学校，并非只有一家；培训机构只是可选的中介。评价机构组织公开考试，例如厦门首场全媒体运营师认定考试有40名考生向主办企业报名。没有找到禁止个人报名的规定。',
      zh_TW:
        '報考是向經人社部門備案、可評價該職業的評價機構報名，這類機構可以是企業、協會或學校，並非只有一家；培訓機構只是可選的中介。評價機構組織公開考試，例如廈門首場全媒體運營師認定考試有40名考生向主辦企業報名。沒有找到禁止個人報名的規定。',
      en: 'You register with an evaluation organisation that is registered (备案) with the human-resources authorities for the occupation; there are several, and they may be companies, associations or schools. Training agencies are optional intermediaries. Evaluation organisations run public exams: at Xiamen’s first 全媒体运营师 exam, for example, 40 candidates registered with the organising company. We found no rule that forbids individuals from registering.',
    },
    status: 'partly',
    presentation: 'fact',
    sources: ['xiamen-daily-amo-exam', 'eol-2023-08-21-skill-certificates'],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '目前报考互联网营销师和全媒体运营师都只能找官方授权的机构报考，目前这两个证书的官方都不接受个人直接报考。',
      by: 'article',
      why: {
        zh_CN: '有误导性：报名对象是任何一家备案评价机构，培训机构并非必经环节，也未见禁止个人报名的规定。',
        zh_TW: '有誤導性：報名對象是任何一家備案評價機構，培訓機構並非必經環節，也未見禁止個人報名的規定。',
        en: 'Misleading: you apply to any registered evaluation organisation; a training agency is not a required step, and no rule against individual registration was found.',
      },
    },
  },

  subsidy: {
    text: {
      zh_CN:
        '技能提升补贴：参加失业保险满1年的企业职工，或正在领取失业保险金的人员，取得职业技能等级证书后可申领，初级最高1000元、中级最高1500元、高级最高2000元。每人每年最多3次，同一职业同一等级只能领一次，不能与职业培训补贴重复享受；证书须能在全国联网查询中查到，并在发证之日起12个月内向参保地申请。补贴由失业保险基金直接发给本人，不经过培训机构。政策有期限（2024年通知执行至2024年12月31日），部分地区要求缴费满36个月。',
      zh_TW:
        '技能提升補貼：參加失業保險滿1年的企業職工，或正在領取失業保險金的人員，取得職業技能等級證書後可申領，初級最高1000元、中級最高1500元、高級最高2000元。每人每年最多3次，同一職業同一等級只能領一次，不能與職業培訓補貼重複享受；證書須能在全國聯網查詢中查到，並在發證之日起12個月內向參保地申請。補貼由失業保險基金直接發給本人，不經過培訓機構。政策有期限（2024年通知執行至2024年12月31日），部分地區要求繳費滿36個月。',
      en: 'Skill-upgrading subsidy (技能提升补贴): enterprise employees insured against unemployment for at least a year, or people receiving unemployment benefit, can claim it after obtaining a skill-level certificate: up to ¥1,000 at junior level, ¥1,500 at intermediate and ¥2,000 at senior level. At most 3 claims per person per year, one per occupation and level, not combined with the vocational-training subsidy; the certificate must be on the national online lookup, and the claim is made within 12 months of issue where one is insured. The unemployment-insurance fund pays the worker directly, not through a training agency. The policy is time-limited (the 2024 notice ran to 2024-12-31) and some places require 36 months of contributions.',
    },
    status: 'confirmed',
    presentation: 'fact',
    sources: ['mohrss-wechat-2024-05-28-subsidy', 'chaoyang-2023-05-subsidy', 'rizhao-daily-2022-02-11-subsidy'],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '政府补贴X元 / 学费全免 / 拿证返钱 / 补贴包含在课程里',
      by: 'agencies',
      why: {
        zh_CN: '补贴由失业保险基金按条件发给参保职工本人，有上限、有申领期限，政策也有期限；培训机构无法承诺。',
        zh_TW: '補貼由失業保險基金按條件發給參保職工本人，有上限、有申領期限，政策也有期限；培訓機構無法承諾。',
        en: 'The unemployment-insurance fund pays insured workers who qualify, with caps, a claim window and an end date; a training agency cannot promise it.',
      },
    },
  },

  crackdown: {
    text: {
      zh_CN:
        '人社部函〔2022〕25号（与中央网信办联合）整治山寨证书：禁止不当使用“中华人民共和国”“中国”“中华”“国家”“全国”等字样，以及“职业资格”“岗位合格（凭证）”“专业技术职务”“职业技能等级”“专项职业能力”等名称；禁止使用国徽或政府机关标志，禁止冒充“×××部”“原×××部”“×××厅（局）”；禁止“不限年龄”“不限专业”“无门槛”“包过”等宣传，禁止不经真实培训或评价就发证。',
      zh_TW:
        '人社部函〔2022〕25號（與中央網信辦聯合）整治山寨證書：禁止不當使用「中華人民共和國」「中國」「中華」「國家」「全國」等字樣，以及「職業資格」「崗位合格（憑證）」「專業技術職務」「職業技能等級」「專項職業能力」等名稱；禁止使用國徽或政府機關標誌，禁止冒充「×××部」「原×××部」「×××廳（局）」；禁止「不限年齡」「不限專業」「無門檻」「包過」等宣傳，禁止不經真實培訓或評價就發證。',
      en: 'Notice 人社部函〔2022〕25号 (issued with the Cyberspace Administration) targets fake certificates. It prohibits improper use of "中华人民共和国", "中国", "中华", "国家" and "全国", and of the names 职业资格, 岗位合格(凭证), 专业技术职务, 职业技能等级 and 专项职业能力; the national emblem or government logos; posing as a ministry ("×××部", "原×××部", "×××厅(局)"); slogans such as "不限年龄", "不限专业", "无门槛" and "包过"; and issuing certificates without real training or evaluation.',
    },
    status: 'confirmed',
    presentation: 'fact',
    sources: [
      'guangdong-2022-25-notice-mirror',
      'zhijiang-2022-25-notice',
      'qingdao-2022-03-28-fake-certificates',
    ],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '国家级证书 / 国家认可 / 官方认证 / 包过 / 不限年龄 / 无门槛',
      by: 'agencies',
      why: {
        zh_CN: '这些正是人社部函〔2022〕25号禁止的宣传用语，是危险信号。',
        zh_TW: '這些正是人社部函〔2022〕25號禁止的宣傳用語，是危險信號。',
        en: 'This is the very wording that notice 人社部函〔2022〕25号 prohibits: a red flag.',
      },
    },
  },

  scamChain: {
    text: {
      zh_CN:
        '媒体报道的考证骗局常见链条：“无门槛拿证”→“高薪挂靠、躺赚”→收办证费→收电子档案费→收证书入库费。相关手法还有“0元学”后诱导贷款、“一证补足落户积分”、作弊式“包过”VIP班，以及使用国徽、自称“工信部已备案”的假网站。',
      zh_TW:
        '媒體報導的考證騙局常見鏈條：「無門檻拿證」→「高薪掛靠、躺賺」→收辦證費→收電子檔案費→收證書入庫費。相關手法還有「0元學」後誘導貸款、「一證補足落戶積分」、作弊式「包過」VIP班，以及使用國徽、自稱「工信部已備案」的假網站。',
      en: 'The certificate scam chain reported in the press: "a certificate with no entry requirements" → "well-paid certificate lending (挂靠), easy money" → a processing fee → an "electronic archive" fee → a "database entry" fee. Related tricks: "learn for ¥0" leading to loans, "one certificate tops up your residence points", cheating "guaranteed pass" VIP classes, and fake sites showing the national emblem and claiming "registered with MIIT".',
    },
    status: 'confirmed',
    presentation: 'fact',
    sources: [
      'workers-daily-2022-07-22-certificate-scams',
      'ase-mz-2023-08-25-certificate-scams',
      'people-2022-05-23-certificate-scams',
    ],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '无门槛拿证 / 挂靠挂证 / 躺赚 / 年入X万',
      by: 'agencies',
      why: {
        zh_CN: '这些是水平评价类证书，不存在需要“挂证”的资质需求；“挂靠躺赚”是骗局的典型开头。',
        zh_TW: '這些是水平評價類證書，不存在需要「掛證」的資質需求；「掛靠躺賺」是騙局的典型開頭。',
        en: 'These are level-evaluation certificates: no licensing demand exists for anyone to "rent" them, and "lend your certificate for easy money" is how the scam typically starts.',
      },
    },
  },

  broadcastRegulatorHistory: {
    text: {
      zh_CN:
        '“国家广播电影电视总局”只存在于1998—2013年：2013年改为国家新闻出版广电总局，2018年组建国家广播电视总局（2018年4月16日挂牌）。2020年仍用旧名称，说明文案已经过时。',
      zh_TW:
        '「國家廣播電影電視總局」只存在於1998—2013年：2013年改為國家新聞出版廣電總局，2018年組建國家廣播電視總局（2018年4月16日掛牌）。2020年仍用舊名稱，說明文案已經過時。',
      en: 'The "State Administration of Radio, Film and Television" (国家广播电影电视总局) existed only from 1998 to 2013. In 2013 it became the State Administration of Press, Publication, Radio, Film and Television (国家新闻出版广电总局), and in 2018 the National Radio and Television Administration (国家广播电视总局) was formed (inaugurated 2018-04-16). Copy that still used the old name in 2020 was out of date.',
    },
    status: 'confirmed',
    presentation: 'fact',
    sources: ['wikipedia-nrta', 'm1905-2018-04-16-nrta', 'allbox-2018-03-14-nrta'],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '广电总局颁发 / 国家广播电影电视总局广播影视人才交流中心颁发',
      by: 'agencies',
      why: {
        zh_CN: '机构名称自2013年起已不存在；而且证书由备案评价机构颁发，不是由部委颁发。',
        zh_TW: '機構名稱自2013年起已不存在；而且證書由備案評價機構頒發，不是由部委頒發。',
        en: 'That body’s name has not existed since 2013, and certificates come from registered evaluation organisations, not from a ministry.',
      },
    },
  },

  lifetimeValidity: {
    text: {
      zh_CN: '未找到关于职业技能等级证书有效期的规定。“终身有效”既不能判为真，也不能判为假，但它不能说明证书的价值。',
      zh_TW: '未找到關於職業技能等級證書有效期的規定。「終身有效」既不能判為真，也不能判為假，但它不能說明證書的價值。',
      en: 'We found no rule on how long a skill-level certificate is valid. "Valid for life" can be called neither true nor false, and it says nothing about the certificate’s worth.',
    },
    status: 'unverified',
    // No source either way: the claim checker may phrase a neutral note, but this is not shown as fact.
    presentation: 'hidden',
    sources: [],
    checked: DATA_CHECKED,
    commonClaim: {
      said: '终身有效 / 永久有效',
      by: 'agencies',
      why: {
        zh_CN: '无法核实；即使属实，也不代表证书有价值。',
        zh_TW: '無法核實；即使屬實，也不代表證書有價值。',
        en: 'Cannot be verified; even if true, it does not make the certificate valuable.',
      },
    },
  },
};
