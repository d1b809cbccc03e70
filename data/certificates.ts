// The two certificates as typed data: structured values that code compares (code, announcement,
// tracks, levels, pay figures) and a sourced Fact for every field a reader may see.
// Facts and figures come from shared/research/facts.md §1–§3; the wording is ours, except the
// official definitions, which are quoted. Certificate names stay Chinese in every language.
import { DATA_CHECKED } from './data-checked';
import { SYSTEM_FACTS } from './system-facts';
import { CERT_IDS, type CertId, type Certificate, type Level, type LevelNumber, type Localized, type Track, type TrackId } from './types';

const ANNOUNCING_BODIES = ['人力资源和社会保障部', '国家市场监督管理总局', '国家统计局'];

/** Official level names, lowest first. Shared by both certificates (全媒体运营师 has no 五级). */
const LEVEL_NAMES: Record<LevelNumber, Localized> = {
  5: { zh_CN: '五级/初级工', zh_TW: '五級/初級工', en: 'Level 5 (五级/初级工, junior worker)' },
  4: { zh_CN: '四级/中级工', zh_TW: '四級/中級工', en: 'Level 4 (四级/中级工, intermediate worker)' },
  3: { zh_CN: '三级/高级工', zh_TW: '三級/高級工', en: 'Level 3 (三级/高级工, senior worker)' },
  2: { zh_CN: '二级/技师', zh_TW: '二級/技師', en: 'Level 2 (二级/技师, technician)' },
  1: { zh_CN: '一级/高级技师', zh_TW: '一級/高級技師', en: 'Level 1 (一级/高级技师, senior technician)' },
};

const level = (n: LevelNumber, appliesTo: TrackId[], trainingHours?: number): Level =>
  trainingHours === undefined
    ? { level: n, name: LEVEL_NAMES[n], appliesTo }
    : { level: n, name: LEVEL_NAMES[n], appliesTo, trainingHours };

// ----------------------------------------------------------------------------------------------
// 互联网营销师

const IM_TRACKS: Track[] = [
  {
    id: 'product-selector',
    kind: 'work-type',
    name: { zh_CN: '选品员', zh_TW: '選品員', en: '选品员 (product selector)' },
  },
  {
    id: 'livestream-seller',
    kind: 'work-type',
    name: { zh_CN: '直播销售员', zh_TW: '直播銷售員', en: '直播销售员 (livestreaming salesperson)' },
    officialEnglish: ['livestreaming salesperson', 'webcast salesman'],
  },
  {
    id: 'video-promoter',
    kind: 'work-type',
    name: { zh_CN: '视频创推员', zh_TW: '視頻創推員', en: '视频创推员 (video creator-promoter)' },
  },
  {
    id: 'platform-manager',
    kind: 'work-type',
    name: { zh_CN: '平台管理员', zh_TW: '平臺管理員', en: '平台管理员 (platform administrator)' },
  },
];
const IM_ALL: TrackId[] = ['product-selector', 'livestream-seller', 'video-promoter', 'platform-manager'];
const IM_UPPER: TrackId[] = ['product-selector', 'livestream-seller', 'video-promoter'];

const INTERNET_MARKETER: Certificate = {
  id: 'internet-marketer',
  name: { simplified: '互联网营销师', traditional: '互聯網營銷師' },
  code: '4-01-02-07',
  announcement: { date: '2020-07-06', batch: 3, newOccupations: 9, publishers: ANNOUNCING_BODIES },
  trackKind: 'work-type',
  tracks: IM_TRACKS,
  // Hours are the standard's 1.8 培训参考学时 (minimums).
  levels: [level(5, IM_ALL, 120), level(4, IM_ALL, 104), level(3, IM_ALL, 88), level(2, IM_UPPER, 72), level(1, IM_UPPER, 72)],
  pay: {
    averageMonthlyCny: 12_800,
    mostCommonRangeCny: [10_000, 15_000],
    mostCommonShare: 0.266,
    aggregator: '职友集 (jobui.com)',
    source: 'sdzsb8-seed-article',
  },
  facts: {
    name: {
      text: { zh_CN: '互联网营销师', zh_TW: '互聯網營銷師', en: '互联网营销师 (internet marketer)' },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['sd773-im-standard-text'],
      checked: DATA_CHECKED,
    },
    englishName: {
      text: {
        zh_CN: '英文名：internet marketer，也作 online marketer。工种“直播销售员”英文作 livestreaming salesperson（也作 webcast salesman）。',
        zh_TW: '英文名：internet marketer，也作 online marketer。工種「直播銷售員」英文作 livestreaming salesperson（也作 webcast salesman）。',
        en: 'In English: "internet marketer", also "online marketer". The work type 直播销售员 is a "livestreaming salesperson" (also "webcast salesman").',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['global-times-2020-07-07', 'shanghai-gov-en-2020-07-17'],
      checked: DATA_CHECKED,
    },
    code: {
      text: {
        zh_CN: '职业编码 4-01-02-07（2021年国家职业技能标准“1.2 职业编码”）。2022年版大典是否沿用此编码未核对。',
        zh_TW: '職業編碼 4-01-02-07（2021年國家職業技能標準「1.2 職業編碼」）。2022年版大典是否沿用此編碼未核對。',
        en: 'Occupation code 4-01-02-07 (section 1.2 of the 2021 national standard). Whether the 2022 classification kept this code was not checked.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['sd773-im-standard-text'],
      checked: DATA_CHECKED,
    },
    codeRejected: {
      text: {
        zh_CN: '有一份 GitHub 数据文件把编码写成 4-01-06-02，与国家标准不符，不采用。',
        zh_TW: '有一份 GitHub 資料檔案把編碼寫成 4-01-06-02，與國家標準不符，不採用。',
        en: 'One GitHub data file gives the code as 4-01-06-02; the national standard says otherwise, so it is not used.',
      },
      status: 'corrected',
      presentation: 'hidden',
      sources: ['sd773-im-standard-text'],
      checked: DATA_CHECKED,
    },
    published: {
      text: {
        zh_CN:
          '2020年7月6日，人社部会同国家市场监管总局、国家统计局发布9个新职业，互联网营销师是其中之一，属2015年版大典颁布以来的第三批新职业。同批还发布了5个新工种，其中“直播销售员”列在互联网营销师之下。此前，2020年5月曾就拟新增的10个新职业进行公示。',
        zh_TW:
          '2020年7月6日，人社部會同國家市場監管總局、國家統計局發布9個新職業，互聯網營銷師是其中之一，屬2015年版大典頒布以來的第三批新職業。同批還發布了5個新工種，其中「直播銷售員」列在互聯網營銷師之下。此前，2020年5月曾就擬新增的10個新職業進行公示。',
        en: 'On 2020-07-06 人社部, the State Administration for Market Regulation and the National Bureau of Statistics released 9 new occupations, 互联网营销师 among them: the third batch since the 2015 classification. The same release added 5 new work types, among them 直播销售员 under 互联网营销师. A public notice of 10 proposed occupations preceded it in May 2020.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: [
        'shanghai-gov-en-2020-07-17',
        'global-times-2020-07-07',
        'bkeconomy-2020-nine-occupations',
        'xzyzg-new-occupation-batches',
        'crntt-2020-05-publicity',
      ],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '人社部2020年6月发布互联网营销师（第三批新职业）',
        by: 'agencies',
        why: {
          zh_CN: '发布日期是2020年7月6日；2020年5月有过拟新增职业的公示，6月没有发布。',
          zh_TW: '發布日期是2020年7月6日；2020年5月有過擬新增職業的公示，6月沒有發布。',
          en: 'The release was on 2020-07-06; a public notice of proposed occupations came in May 2020, and nothing was released in June.',
        },
      },
    },
    classification: {
      text: {
        zh_CN:
          '2015年版《国家职业分类大典》中没有这个职业，它是通过2020年的新职业发布加入职业分类的。2022年版大典吸收了2019—2022年发布的新职业，但本职业在2022年版中的具体条目未核对。',
        zh_TW:
          '2015年版《國家職業分類大典》中沒有這個職業，它是透過2020年的新職業發布加入職業分類的。2022年版大典吸收了2019—2022年發布的新職業，但本職業在2022年版中的具體條目未核對。',
        en: 'The occupation is not in the 2015 edition of the national occupational classification (《国家职业分类大典》); it joined the classification through the 2020 announcement. The 2022 edition absorbed the new occupations of 2019–2022, but its exact entry for 互联网营销师 was not checked.',
      },
      status: 'partly',
      presentation: 'fact',
      sources: ['camp-2022-classification', 'xzyzg-new-occupation-batches'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '互联网营销师和全媒体运营师……都被纳入了《国家职业分类大典》。',
        by: 'article',
        why: {
          zh_CN: '需加限定：2015年版大典中没有，是2020年作为新职业发布后才加入的。',
          zh_TW: '需加限定：2015年版大典中沒有，是2020年作為新職業發布後才加入的。',
          en: 'Needs a qualifier: it is not in the 2015 edition and was added as a new occupation in 2020.',
        },
      },
    },
    standard: {
      text: {
        zh_CN:
          '《互联网营销师国家职业技能标准》由人社部、中央网信办、国家广播电视总局联合颁布，媒体于2021年12月2—3日报道为“近日”颁布。2021年6月曾有征求意见稿流传。',
        zh_TW:
          '《互聯網營銷師國家職業技能標準》由人社部、中央網信辦、國家廣播電視總局聯合頒布，媒體於2021年12月2—3日報導為「近日」頒布。2021年6月曾有徵求意見稿流傳。',
        en: 'The national occupational skill standard 《互联网营销师国家职业技能标准》 was issued jointly by 人社部, the Cyberspace Administration (中央网信办) and the National Radio and Television Administration (国家广播电视总局); media reported it as "recently" issued on 2021-12-02/03. A draft for comment circulated in June 2021.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: [
        'bjyouth-2021-12-03-im-standard',
        'chinadaily-2021-12-08-im-standard',
        'socomic-2021-12-03-im-standard',
        'gocdkey-im-standard',
      ],
      checked: DATA_CHECKED,
    },
    standardDrafting: {
      text: {
        zh_CN: '没有找到公开来源证实人社部在2020年6月指定中国轻工业联合会承担标准制定、再由中国轻工企业投资发展协会主笔。',
        zh_TW: '沒有找到公開來源證實人社部在2020年6月指定中國輕工業聯合會承擔標準制定、再由中國輕工企業投資發展協會主筆。',
        en: 'No public source confirms that 人社部 designated 中国轻工业联合会 to draft the standard in June 2020, or that 中国轻工企业投资发展协会 was its lead writer.',
      },
      status: 'unverified',
      presentation: 'hidden',
      sources: [],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '2020年6月，人社部指定「中国轻工业联合会」作为互联网营销师国家职业标准制定的承担单位，「中国轻工业联合会」又指定「中国轻工企业投资发展协会」为职业标准的主笔单位。',
        by: 'article',
        why: {
          zh_CN: '无法核实：找不到公开来源。已颁布的标准由人社部、中央网信办、国家广播电视总局联合颁布。',
          zh_TW: '無法核實：找不到公開來源。已頒布的標準由人社部、中央網信辦、國家廣播電視總局聯合頒布。',
          en: 'Cannot be verified: no public source was found. The published standard was issued by 人社部, 中央网信办 and 国家广播电视总局.',
        },
      },
    },
    definition: {
      text: {
        zh_CN: '国家职业技能标准的定义：“在数字化信息平台上，运用网络的交互性与传播公信力，对企业产品进行营销推广的人员。”',
        zh_TW: '國家職業技能標準的定義：「在數字化信息平臺上，運用網絡的交互性與傳播公信力，對企業產品進行營銷推廣的人員。」',
        en: 'Definition in the national standard: people who, on digital information platforms, use the interactivity and public credibility of the internet to market and promote enterprises’ products. (在数字化信息平台上，运用网络的交互性与传播公信力，对企业产品进行营销推广的人员。)',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['sd773-im-standard-text', 'socomic-2021-12-03-im-standard'],
      checked: DATA_CHECKED,
    },
    tracks: {
      text: {
        zh_CN: '4个工种：选品员、直播销售员、视频创推员、平台管理员。',
        zh_TW: '4個工種：選品員、直播銷售員、視頻創推員、平臺管理員。',
        en: '4 work types (工种): 选品员 (product selector), 直播销售员 (livestreaming salesperson), 视频创推员 (video creator-promoter), 平台管理员 (platform administrator).',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['sd773-im-standard-text', 'gocdkey-im-standard', 'dedgn-internet-marketer'],
      checked: DATA_CHECKED,
    },
    levels: {
      text: {
        zh_CN:
          '职业共设5个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。选品员、直播销售员、视频创推员设全部5级；平台管理员只设五级至三级，没有二级/技师和一级/高级技师。',
        zh_TW:
          '職業共設5個等級：五級/初級工、四級/中級工、三級/高級工、二級/技師、一級/高級技師。選品員、直播銷售員、視頻創推員設全部5級；平臺管理員只設五級至三級，沒有二級/技師和一級/高級技師。',
        en: 'The occupation has 5 levels: 五级/初级工 (level 5, junior worker), 四级/中级工, 三级/高级工, 二级/技师 (technician) and 一级/高级技师 (senior technician). 选品员, 直播销售员 and 视频创推员 have all five; 平台管理员 has only levels 5 to 3, with no 技师 or 高级技师.',
      },
      status: 'partly',
      presentation: 'fact',
      sources: ['sd773-im-standard-text', 'gocdkey-im-standard', 'dedgn-internet-marketer'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '证书共分五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。',
        by: 'article',
        why: {
          zh_CN: '需加限定：五个等级并非每个工种都有，平台管理员只到三级/高级工。',
          zh_TW: '需加限定：五個等級並非每個工種都有，平臺管理員只到三級/高級工。',
          en: 'Needs a qualifier: not every work type has all five; 平台管理员 stops at 三级/高级工.',
        },
      },
    },
    levelSkipping: {
      text: {
        zh_CN:
          '符合标准申报条件（工作年限或学历）的，可以直接申报较高等级；但二级/技师、一级/高级技师须先取得下一级证书（例如一级：取得二级证书后满3年并经正规培训，或取得二级证书后满4年）。五级至三级的确切申报条件未核实。',
        zh_TW:
          '符合標準申報條件（工作年限或學歷）的，可以直接申報較高等級；但二級/技師、一級/高級技師須先取得下一級證書（例如一級：取得二級證書後滿3年並經正規培訓，或取得二級證書後滿4年）。五級至三級的確切申報條件未核實。',
        en: 'If you meet the standard’s application conditions (years of work or education) you may apply directly for a higher level, but 二级/技师 and 一级/高级技师 require the certificate of the level below (e.g. level 1: 3 years after level 2 plus formal training, or 4 years after level 2). The exact conditions for levels 5 to 3 were not verified.',
      },
      status: 'partly',
      presentation: 'fact',
      sources: ['socomic-2021-12-03-im-standard'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '可以跨级考，达到要求就可以。',
        by: 'article',
        why: {
          zh_CN: '只在一定范围内成立：二级和一级必须先持有下一级证书。',
          zh_TW: '只在一定範圍內成立：二級和一級必須先持有下一級證書。',
          en: 'Only up to a point: levels 2 and 1 require holding the level below.',
        },
      },
    },
    issuer: {
      text: {
        zh_CN:
          '证书由经人社部门备案、可评价本职业的用人单位或社会培训评价组织颁发；这类机构有多家，没有全国唯一的发证单位，人社部也不发证。例如浙江今日头条科技有限公司（由巨量认证运营）是浙江省2023年互联网营销师“一试双证”试点单位。',
        zh_TW:
          '證書由經人社部門備案、可評價本職業的用人單位或社會培訓評價組織頒發；這類機構有多家，沒有全國唯一的發證單位，人社部也不發證。例如浙江今日頭條科技有限公司（由巨量認證營運）是浙江省2023年互聯網營銷師「一試雙證」試點單位。',
        en: 'The certificate is issued by any employer or social training-and-evaluation organisation registered (备案) with the human-resources authorities for this occupation. There are many; no single national issuer exists, and 人社部 does not issue it. Example: 浙江今日头条科技有限公司 (run by 巨量认证) was a 2023 Zhejiang "one exam, two certificates" pilot for 互联网营销师.',
      },
      status: 'corrected',
      presentation: 'fact',
      sources: ['eol-2023-08-21-skill-certificates', 'cexue-im-evaluation'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '互联网营销师的颁证单位是「中国轻工业联合会」',
        by: 'article',
        why: {
          zh_CN: '作为普遍说法是错的：发证的是任何一家为本职业备案的评价机构，没有唯一的发证单位。中国轻工业联合会是否为备案机构之一，也未能核实。',
          zh_TW: '作為普遍說法是錯的：發證的是任何一家為本職業備案的評價機構，沒有唯一的發證單位。中國輕工業聯合會是否為備案機構之一，也未能核實。',
          en: 'Wrong as a general statement: any evaluation organisation registered for the occupation issues it, and there is no single issuer. Whether 中国轻工业联合会 is one of them could not be verified.',
        },
      },
    },
    certificateClass: SYSTEM_FACTS.notQualification,
    verification: SYSTEM_FACTS.verification,
    registration: SYSTEM_FACTS.registration,
    eligibility: {
      text: {
        zh_CN:
          '标准规定基本文化程度为初中毕业（或相当文化程度）；较高等级还要求相关工作年限或持有较低等级证书。标准中没有“年满18周岁即可”的规定。',
        zh_TW:
          '標準規定基本文化程度為初中畢業（或相當文化程度）；較高等級還要求相關工作年限或持有較低等級證書。標準中沒有「年滿18週歲即可」的規定。',
        en: 'The standard sets the basic education level at lower-secondary (初中) graduation or equivalent; higher levels also require years of related work or a lower-level certificate. The standard has no "anyone aged 18 or over" rule.',
      },
      status: 'corrected',
      presentation: 'fact',
      sources: ['sd773-im-standard-text', 'socomic-2021-12-03-im-standard'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '不限学历、不限经验，只要年满18周岁，想可以报考初级。',
        by: 'article',
        why: {
          zh_CN: '作为笼统说法是错的：标准要求初中文化程度，较高等级要求工作年限或较低等级证书；没有找到“18周岁”的规定。',
          zh_TW: '作為籠統說法是錯的：標準要求初中文化程度，較高等級要求工作年限或較低等級證書；沒有找到「18週歲」的規定。',
          en: 'Wrong as a blanket statement: the standard requires lower-secondary education, and higher levels require experience or a lower certificate; no "18 or over" rule was found.',
        },
      },
    },
    trainingHours: {
      text: {
        zh_CN: '培训参考学时：五级/初级工不少于120标准学时，四级/中级工不少于104，三级/高级工不少于88，二级/技师和一级/高级技师不少于72。',
        zh_TW: '培訓參考學時：五級/初級工不少於120標準學時，四級/中級工不少於104，三級/高級工不少於88，二級/技師和一級/高級技師不少於72。',
        en: 'Reference training hours: at least 120 standard hours for level 5, 104 for level 4, 88 for level 3, and 72 for levels 2 and 1.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['sd773-im-standard-text'],
      checked: DATA_CHECKED,
    },
    subsidy: {
      text: {
        zh_CN:
          '符合条件的参保职工取得证书后可申领技能提升补贴：初级（五级）最高1000元，中级（四级）最高1500元，高级（三级）最高2000元。补贴由失业保险基金发给本人，不经过培训机构，且政策有期限。',
        zh_TW:
          '符合條件的參保職工取得證書後可申領技能提升補貼：初級（五級）最高1000元，中級（四級）最高1500元，高級（三級）最高2000元。補貼由失業保險基金發給本人，不經過培訓機構，且政策有期限。',
        en: 'Insured workers who qualify can claim the skill-upgrading subsidy after obtaining a certificate: up to ¥1,000 at junior level (level 5), ¥1,500 at intermediate (level 4) and ¥2,000 at senior (level 3). The unemployment-insurance fund pays the worker, not a training agency, and the policy is time-limited.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['mohrss-wechat-2024-05-28-subsidy', 'chaoyang-2023-05-subsidy', 'rizhao-daily-2022-02-11-subsidy'],
      checked: DATA_CHECKED,
    },
    pay: {
      text: {
        zh_CN: '招聘广告薪资（2023年1月18日一篇文章转引职友集）：互联网营销相关职位平均月薪¥12.8K，10K–15K区间最常见，占26.6%。',
        zh_TW: '招聘廣告薪資（2023年1月18日一篇文章轉引職友集）：互聯網營銷相關職位平均月薪¥12.8K，10K–15K區間最常見，佔26.6%。',
        en: 'Job-ad pay (职友集 figures quoted by an article of 2023-01-18): internet-marketing jobs averaged ¥12.8K a month; 10K–15K was the most common band, at 26.6%.',
      },
      status: 'unverified',
      presentation: 'reported',
      sources: ['sdzsb8-seed-article'],
      checked: DATA_CHECKED,
      caveat: {
        zh_CN: '未经核实：这是招聘网站职友集（jobui.com，原文误作“职工集”）汇总的职位招聘报价，不是持证人的收入，会随时间和地区变化；我们找不到原始数据快照。',
        zh_TW: '未經核實：這是招聘網站職友集（jobui.com，原文誤作「職工集」）彙總的職位招聘報價，不是持證人的收入，會隨時間和地區變化；我們找不到原始資料快照。',
        en: 'Not verified: these are job-ad salaries collected by the job site 职友集 (jobui.com; the article misnames it 职工集) for the job title, not the pay of certificate holders, and they change over time and by region. We found no snapshot of the original data.',
      },
      commonClaim: {
        said: '大部分朋友考证最主要的目的，就是提升自己的薪资，所以我们先从薪资说起吧！',
        by: 'article',
        why: {
          zh_CN: '文章随后给出的是职位的招聘报价，并非持证后的收入；文章没有证据表明证书能提高薪资。',
          zh_TW: '文章隨後給出的是職位的招聘報價，並非持證後的收入；文章沒有證據顯示證書能提高薪資。',
          en: 'The figures that follow are job-ad salaries for the job title, not what certificate holders earn; the article gives no evidence that the certificate raises pay.',
        },
      },
    },
  },
};

// ----------------------------------------------------------------------------------------------
// 全媒体运营师

const AMO_TRACKS: Track[] = [
  {
    id: 'creative-planning',
    kind: 'direction',
    name: { zh_CN: '创意策划', zh_TW: '創意策劃', en: '创意策划 (creative planning)' },
  },
  {
    id: 'audiovisual-operation',
    kind: 'direction',
    name: { zh_CN: '视听运营', zh_TW: '視聽運營', en: '视听运营 (audiovisual operation)' },
  },
  {
    id: 'livestream-operation',
    kind: 'direction',
    name: { zh_CN: '直播运营', zh_TW: '直播運營', en: '直播运营 (livestream operation)' },
  },
  {
    id: 'traffic-operation',
    kind: 'direction',
    name: { zh_CN: '流量运营', zh_TW: '流量運營', en: '流量运营 (traffic operation)' },
    variants: ['流量优化'],
  },
  {
    id: 'data-analysis',
    kind: 'direction',
    name: { zh_CN: '数据分析', zh_TW: '數據分析', en: '数据分析 (data analysis)' },
  },
];
const AMO_ALL: TrackId[] = [
  'creative-planning',
  'audiovisual-operation',
  'livestream-operation',
  'traffic-operation',
  'data-analysis',
];
const AMO_NO_DATA: TrackId[] = AMO_ALL.filter((t) => t !== 'data-analysis');

const ALL_MEDIA_OPERATOR: Certificate = {
  id: 'all-media-operator',
  name: { simplified: '全媒体运营师', traditional: '全媒體運營師' },
  code: '4-13-01-05',
  announcement: {
    date: '2020-02-25',
    reportedDate: '2020-03-02',
    batch: 2,
    newOccupations: 16,
    publishers: ANNOUNCING_BODIES,
  },
  trackKind: 'direction',
  tracks: AMO_TRACKS,
  // No 五级 at all; 数据分析 starts at 三级. Training hours for this standard were not verified.
  levels: [level(4, AMO_NO_DATA), level(3, AMO_ALL), level(2, AMO_ALL), level(1, AMO_ALL)],
  pay: {
    averageMonthlyCny: 6_200,
    mostCommonRangeCny: [6_000, 8_000],
    mostCommonShare: 0.5,
    aggregator: '职友集 (jobui.com)',
    source: 'sdzsb8-seed-article',
  },
  facts: {
    name: {
      text: { zh_CN: '全媒体运营师', zh_TW: '全媒體運營師', en: '全媒体运营师 (all-media operator)' },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['bubsandbeans-amo-standard-2023', 'xinhua-2020-03-02-sixteen-occupations'],
      checked: DATA_CHECKED,
    },
    englishName: {
      text: {
        zh_CN: '英文名：all-media operator（中国日报），也作 media operator（新华社英文稿）。',
        zh_TW: '英文名：all-media operator（中國日報），也作 media operator（新華社英文稿）。',
        en: 'In English: "all-media operator" (China Daily), also "media operator" (Xinhua English).',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['chinadaily-bilingual-sixteen-occupations', 'referchina-2020-03-sixteen-professions'],
      checked: DATA_CHECKED,
    },
    englishNameUnconfirmed: {
      text: {
        zh_CN: '“all-media operations specialist”“omni-media operator”也有人使用，但未经核实。',
        zh_TW: '「all-media operations specialist」「omni-media operator」也有人使用，但未經核實。',
        en: '"All-media operations specialist" and "omni-media operator" are also used, but were not confirmed.',
      },
      status: 'unverified',
      presentation: 'hidden',
      sources: [],
      checked: DATA_CHECKED,
    },
    code: {
      text: {
        zh_CN: '职业编码 4-13-01-05（2022年版大典、2023年版国家职业标准）。2020年发布时的原编码未核实。',
        zh_TW: '職業編碼 4-13-01-05（2022年版大典、2023年版國家職業標準）。2020年發布時的原編碼未核實。',
        en: 'Occupation code 4-13-01-05 (2022 classification, 2023 national standard). The original 2020 code was not verified.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['bubsandbeans-amo-standard-2023'],
      checked: DATA_CHECKED,
    },
    codeRejected: {
      text: {
        zh_CN: '常被引用为2020年原编码的 4-13-05-04，在任何可靠来源中都找不到，不予显示。',
        zh_TW: '常被引用為2020年原編碼的 4-13-05-04，在任何可靠來源中都找不到，不予顯示。',
        en: '4-13-05-04, often quoted as the original 2020 code, appears in no reliable source; it is not shown.',
      },
      status: 'unverified',
      presentation: 'hidden',
      sources: [],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '全媒体运营师职业编码 4-13-05-04',
        by: 'agencies',
        why: {
          zh_CN: '找不到可靠来源；现行编码是 4-13-01-05。',
          zh_TW: '找不到可靠來源；現行編碼是 4-13-01-05。',
          en: 'No reliable source found; the current code is 4-13-01-05.',
        },
      },
    },
    published: {
      text: {
        zh_CN:
          '人社部会同国家市场监管总局、国家统计局发布16个新职业，全媒体运营师是其中之一，属2015年版大典颁布以来的第二批新职业。通知落款日期为2020年2月25日，新华社于2020年3月2日报道。',
        zh_TW:
          '人社部會同國家市場監管總局、國家統計局發布16個新職業，全媒體運營師是其中之一，屬2015年版大典頒布以來的第二批新職業。通知落款日期為2020年2月25日，新華社於2020年3月2日報導。',
        en: '人社部, the State Administration for Market Regulation and the National Bureau of Statistics released 16 new occupations, 全媒体运营师 among them: the second batch since the 2015 classification. The notice is dated 2020-02-25; Xinhua reported it on 2020-03-02.',
      },
      status: 'corrected',
      presentation: 'fact',
      sources: [
        'xinhua-2020-03-02-sixteen-occupations',
        'miconline-sixteen-occupations',
        'cdmsw-sixteen-occupations',
        'chinadaily-bilingual-sixteen-occupations',
        'xzyzg-new-occupation-batches',
      ],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '全媒体运营师是在2020年5月，由人社部、市场监督管理总局、国家统计局发布的16个新职业之一。',
        by: 'article',
        why: {
          zh_CN: '月份错误：发布于2020年2月（通知日期2月25日，新华社3月2日报道），不是5月。',
          zh_TW: '月份錯誤：發布於2020年2月（通知日期2月25日，新華社3月2日報導），不是5月。',
          en: 'Wrong month: it was published in February 2020 (notice dated 2020-02-25, reported by Xinhua on 2020-03-02), not May.',
        },
      },
    },
    classification: {
      text: {
        zh_CN:
          '2015年版《国家职业分类大典》中没有这个职业，它是通过2020年的新职业发布加入职业分类的；2023年版国家职业标准依据2022年版大典，编码为4-13-01-05。',
        zh_TW:
          '2015年版《國家職業分類大典》中沒有這個職業，它是透過2020年的新職業發布加入職業分類的；2023年版國家職業標準依據2022年版大典，編碼為4-13-01-05。',
        en: 'The occupation is not in the 2015 edition of the national occupational classification (《国家职业分类大典》); it joined through the 2020 announcement. The 2023 national standard is based on the 2022 edition, under code 4-13-01-05.',
      },
      status: 'partly',
      presentation: 'fact',
      sources: ['bubsandbeans-amo-standard-2023', 'xzyzg-new-occupation-batches'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '互联网营销师和全媒体运营师……都被纳入了《国家职业分类大典》。',
        by: 'article',
        why: {
          zh_CN: '需加限定：2015年版大典中没有，是2020年作为新职业发布后加入、在2022年版大典中列出的。',
          zh_TW: '需加限定：2015年版大典中沒有，是2020年作為新職業發布後加入、在2022年版大典中列出的。',
          en: 'Needs a qualifier: it is not in the 2015 edition; it was added as a new occupation in 2020 and is listed in the 2022 edition.',
        },
      },
    },
    standard: {
      text: {
        zh_CN:
          '《全媒体运营师国家职业标准（2023年版）》由人社部会同国家广播电视总局制定，依据2022年版大典，约于2023年12月在人社部网站发布（文本注明“2023年10月第1版”）。在此之前，培训网站引用的是征求意见稿。',
        zh_TW:
          '《全媒體運營師國家職業標準（2023年版）》由人社部會同國家廣播電視總局制定，依據2022年版大典，約於2023年12月在人社部網站發布（文本註明「2023年10月第1版」）。在此之前，培訓網站引用的是徵求意見稿。',
        en: 'The national occupational standard 《全媒体运营师国家职业标准（2023年版）》 was made by 人社部 with the National Radio and Television Administration (国家广播电视总局), based on the 2022 classification, and posted on the ministry’s website around December 2023 (the text says "first edition, October 2023"). Before that, training sites cited a draft for comment.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['bubsandbeans-amo-standard-2023', 'mohrss-amo-standard-2023-pdf'],
      checked: DATA_CHECKED,
    },
    definition: {
      text: {
        zh_CN: '职业定义：“综合利用各种媒介技术和渠道，采用数据分析、创意策划等方式，从事对信息进行加工、匹配、分发、传播、反馈等工作的人员。”',
        zh_TW: '職業定義：「綜合利用各種媒介技術和渠道，採用數據分析、創意策劃等方式，從事對信息進行加工、匹配、分發、傳播、反饋等工作的人員。」',
        en: 'Official definition: people who combine media technologies and channels and, through data analysis, creative planning and similar methods, process, match, distribute, disseminate and gather feedback on information. (综合利用各种媒介技术和渠道，采用数据分析、创意策划等方式，从事对信息进行加工、匹配、分发、传播、反馈等工作的人员。)',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['haoleitv-amo-duties'],
      checked: DATA_CHECKED,
    },
    duties: {
      text: {
        zh_CN:
          '主要工作任务共5项：①运用网络信息技术和工具，对媒介和受众做数据化分析，使媒体运营和信息传播匹配、精准；②策划、加工文字、声音、影像、动画、网页等信息内容；③向目标受众精准分发、传播和营销；④采集数据，根据实时分析和监控调整分发渠道、策略和动作；⑤建立全媒体传播矩阵，对各端口协同运营。',
        zh_TW:
          '主要工作任務共5項：①運用網路資訊技術和工具，對媒介和受眾做數據化分析，使媒體運營和資訊傳播匹配、精準；②策劃、加工文字、聲音、影像、動畫、網頁等資訊內容；③向目標受眾精準分發、傳播和行銷；④採集數據，根據即時分析和監控調整分發渠道、策略和動作；⑤建立全媒體傳播矩陣，對各端口協同運營。',
        en: 'Five main tasks: (1) analyse media and audiences with data, using network information technology and tools, so that media operation and information reach the right people precisely; (2) plan and process text, sound, images, animation and web content; (3) distribute, disseminate and market it precisely to target audiences; (4) collect data and adjust distribution channels, strategy and actions from real-time analysis and monitoring; (5) build an all-media communication matrix and run the end-points together.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['haoleitv-amo-duties'],
      checked: DATA_CHECKED,
    },
    tracks: {
      text: {
        zh_CN: '5个职业方向：创意策划、视听运营、直播运营、流量运营、数据分析。其中数据分析方向从三级/高级工开始设置。',
        zh_TW: '5個職業方向：創意策劃、視聽運營、直播運營、流量運營、數據分析。其中數據分析方向從三級/高級工開始設置。',
        en: '5 directions (职业方向): 创意策划 (creative planning), 视听运营 (audiovisual operation), 直播运营 (livestream operation), 流量运营 (traffic operation) and 数据分析 (data analysis). 数据分析 starts only at level 3 (三级/高级工).',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['bubsandbeans-amo-standard-2023', 'xiamen-daily-amo-exam'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '流量优化',
        by: 'agencies',
        why: {
          zh_CN: '标准和厦门日报的方向名称是“流量运营”，“流量优化”是培训网站的写法。',
          zh_TW: '標準和廈門日報的方向名稱是「流量運營」，「流量優化」是培訓網站的寫法。',
          en: 'The standard and Xiamen Daily call the direction 流量运营; 流量优化 is training-site wording.',
        },
      },
    },
    levels: {
      text: {
        zh_CN: '共4个等级：四级/中级工、三级/高级工、二级/技师、一级/高级技师，没有五级/初级工。数据分析方向只设三级至一级。',
        zh_TW: '共4個等級：四級/中級工、三級/高級工、二級/技師、一級/高級技師，沒有五級/初級工。數據分析方向只設三級至一級。',
        en: '4 levels: 四级/中级工 (level 4, intermediate worker), 三级/高级工, 二级/技师 and 一级/高级技师. There is no level 5 (五级/初级工). The 数据分析 direction has levels 3 to 1 only.',
      },
      status: 'corrected',
      presentation: 'fact',
      sources: ['bubsandbeans-amo-standard-2023', 'xiamen-daily-amo-exam'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '全媒体运营师划分三个等级：初级、中级、高级。',
        by: 'article',
        why: {
          zh_CN: '错误：2023年版标准设四级至一级共4个等级，没有初级（五级）。',
          zh_TW: '錯誤：2023年版標準設四級至一級共4個等級，沒有初級（五級）。',
          en: 'Wrong: the 2023 standard has 4 levels, 四级 to 一级, and no junior level (五级).',
        },
      },
    },
    issuer: {
      text: {
        zh_CN:
          '现行的全媒体运营师职业技能等级证书由经人社部门备案的评价机构颁发。例如咪咕新空文化科技(厦门)有限公司在福建省、厦门市职业技能鉴定指导中心指导下，组织了厦门首场全媒体运营师认定考试。',
        zh_TW:
          '現行的全媒體運營師職業技能等級證書由經人社部門備案的評價機構頒發。例如咪咕新空文化科技(廈門)有限公司在福建省、廈門市職業技能鑑定指導中心指導下，組織了廈門首場全媒體運營師認定考試。',
        en: 'Today 全媒体运营师 skill-level certificates are issued by evaluation organisations registered (备案) with the human-resources authorities. Example: 咪咕新空文化科技(厦门)有限公司 ran Xiamen’s first 全媒体运营师 exam, guided by the Fujian and Xiamen skill-testing guidance centres.',
      },
      status: 'corrected',
      presentation: 'fact',
      sources: [
        'xiamen-daily-amo-exam',
        'eol-2023-08-21-skill-certificates',
        'wikipedia-nrta',
        'm1905-2018-04-16-nrta',
      ],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '全媒体运营师的颁证单位是「国家广播电影电视总局广播影视人才交流中心」。',
        by: 'article',
        why: {
          zh_CN:
            '有两处错误：国家广播电影电视总局只存在于1998—2013年，2018年起为国家广播电视总局，2020年用这个名称已经过时；而且证书由备案评价机构颁发，不是由部委颁发。',
          zh_TW:
            '有兩處錯誤：國家廣播電影電視總局只存在於1998—2013年，2018年起為國家廣播電視總局，2020年用這個名稱已經過時；而且證書由備案評價機構頒發，不是由部委頒發。',
          en: 'Wrong twice: 国家广播电影电视总局 existed only from 1998 to 2013 (since 2018 it is 国家广播电视总局), so the name was out of date in 2020; and certificates are issued by registered evaluation organisations, not by a ministry.',
        },
      },
    },
    issuerUnverified: {
      text: {
        zh_CN: '未能核实广电总局人才交流中心是否为全媒体运营师的备案评价机构，也未能确定其现用名称（网页上有“国家广播电视总局人才交流中心”和“……广播影视人才交流中心”两种写法）。',
        zh_TW: '未能核實廣電總局人才交流中心是否為全媒體運營師的備案評價機構，也未能確定其現用名稱（網頁上有「國家廣播電視總局人才交流中心」和「……廣播影視人才交流中心」兩種寫法）。',
        en: 'Not verified: whether the broadcasting administration’s talent-exchange centre is a registered evaluation organisation for 全媒体运营师, and its current name (pages use both 国家广播电视总局人才交流中心 and …广播影视人才交流中心).',
      },
      status: 'unverified',
      presentation: 'hidden',
      sources: [],
      checked: DATA_CHECKED,
    },
    certificateClass: SYSTEM_FACTS.notQualification,
    verification: SYSTEM_FACTS.verification,
    registration: SYSTEM_FACTS.registration,
    eligibility: {
      text: {
        zh_CN:
          '入门等级是四级/中级工（没有五级）。按现行标准模板，申报四级一般需要相关工作年限（如满5年）、相关专业的职业院校或大专学历（含毕业年级在校生），或较低等级证书加工作年限；本标准的确切条文未核实。“年满18周岁即可报名”出自标准发布前的培训机构文案。',
        zh_TW:
          '入門等級是四級/中級工（沒有五級）。按現行標準範本，申報四級一般需要相關工作年限（如滿5年）、相關專業的職業院校或大專學歷（含畢業年級在校生），或較低等級證書加工作年限；本標準的確切條文未核實。「年滿18週歲即可報名」出自標準發布前的培訓機構文案。',
        en: 'The entry level is 四级/中级工 (there is no 五级). Under the current standard template, level 4 usually requires years of related work (e.g. 5), a related vocational or college diploma (final-year students included), or a lower certificate plus years of work; the exact wording of this standard was not verified. "Anyone aged 18 can apply" comes from training-agency copy written before the standard.',
      },
      status: 'corrected',
      presentation: 'fact',
      sources: ['bubsandbeans-amo-standard-2023', 'sxqnjycy-enrol-template'],
      checked: DATA_CHECKED,
      commonClaim: {
        said: '不限学历、不限经验，只要年满18周岁，想可以报考初级。',
        by: 'article',
        why: {
          zh_CN: '错误：全媒体运营师没有初级，入门的四级要求工作年限、相关学历或较低等级证书。',
          zh_TW: '錯誤：全媒體運營師沒有初級，入門的四級要求工作年限、相關學歷或較低等級證書。',
          en: 'Wrong: 全媒体运营师 has no junior level, and the entry level 4 requires work experience, a related diploma or a lower certificate.',
        },
      },
    },
    subsidy: {
      text: {
        zh_CN:
          '符合条件的参保职工取得证书后可申领技能提升补贴。全媒体运营师的入门等级是中级（四级），首张证书最高1500元；高级（三级）最高2000元。补贴由失业保险基金发给本人，不经过培训机构，且政策有期限。',
        zh_TW:
          '符合條件的參保職工取得證書後可申領技能提升補貼。全媒體運營師的入門等級是中級（四級），首張證書最高1500元；高級（三級）最高2000元。補貼由失業保險基金發給本人，不經過培訓機構，且政策有期限。',
        en: 'Insured workers who qualify can claim the skill-upgrading subsidy after obtaining a certificate. 全媒体运营师 starts at intermediate level (level 4), so a first certificate brings at most ¥1,500; senior level (level 3) at most ¥2,000. The unemployment-insurance fund pays the worker, not a training agency, and the policy is time-limited.',
      },
      status: 'confirmed',
      presentation: 'fact',
      sources: ['mohrss-wechat-2024-05-28-subsidy', 'chaoyang-2023-05-subsidy', 'rizhao-daily-2022-02-11-subsidy'],
      checked: DATA_CHECKED,
    },
    pay: {
      text: {
        zh_CN: '招聘广告薪资（2023年1月18日一篇文章转引职友集）：全媒体运营相关职位平均月薪¥6.2K，6K–8K区间最常见，占50%。',
        zh_TW: '招聘廣告薪資（2023年1月18日一篇文章轉引職友集）：全媒體運營相關職位平均月薪¥6.2K，6K–8K區間最常見，佔50%。',
        en: 'Job-ad pay (职友集 figures quoted by an article of 2023-01-18): all-media operation jobs averaged ¥6.2K a month; 6K–8K was the most common band, at 50%.',
      },
      status: 'unverified',
      presentation: 'reported',
      sources: ['sdzsb8-seed-article'],
      checked: DATA_CHECKED,
      caveat: {
        zh_CN: '未经核实：这是招聘网站职友集（jobui.com，原文误作“职工集”）汇总的职位招聘报价，不是持证人的收入，会随时间和地区变化；我们找不到原始数据快照。',
        zh_TW: '未經核實：這是招聘網站職友集（jobui.com，原文誤作「職工集」）彙總的職位招聘報價，不是持證人的收入，會隨時間和地區變化；我們找不到原始資料快照。',
        en: 'Not verified: these are job-ad salaries collected by the job site 职友集 (jobui.com; the article misnames it 职工集) for the job title, not the pay of certificate holders, and they change over time and by region. We found no snapshot of the original data.',
      },
      commonClaim: {
        said: '全媒体运营师起薪1W / 年薪30–50万',
        by: 'agencies',
        why: {
          zh_CN: '培训机构页面给出的薪资数字相差极大且没有出处，本身就是需要警惕的说法。',
          zh_TW: '培訓機構頁面給出的薪資數字相差極大且沒有出處，本身就是需要警惕的說法。',
          en: 'Training-agency pages quote wildly different, unsourced pay figures; such figures are themselves a claim to be wary of.',
        },
      },
    },
  },
};

export const CERTIFICATES: Readonly<Record<CertId, Certificate>> = {
  'internet-marketer': INTERNET_MARKETER,
  'all-media-operator': ALL_MEDIA_OPERATOR,
};

// Defined beside CertId (data/types.ts) so that code needing only the ids skips these facts.
export { CERT_IDS };

/**
 * The levels that exist for a certificate, lowest first (五级 → 一级), or for one of its
 * work types / directions when `trackId` is given. Throws on a track the certificate does not have,
 * so a wrong pairing (e.g. 数据分析 with 互联网营销师) is a bug, not an empty list.
 */
export function levelsFor(certId: CertId, trackId?: TrackId): Level[] {
  const cert = CERTIFICATES[certId];
  if (trackId === undefined) return [...cert.levels];
  if (!cert.tracks.some((t) => t.id === trackId)) {
    throw new Error(`${certId} has no work type or direction ${trackId}`);
  }
  return cert.levels.filter((l) => l.appliesTo.includes(trackId));
}

/** The work type or direction with this id, and the certificate it belongs to; undefined if none. */
export function trackById(trackId: TrackId): { certId: CertId; track: Track } | undefined {
  for (const certId of CERT_IDS) {
    const track = CERTIFICATES[certId].tracks.find((t) => t.id === trackId);
    if (track) return { certId, track };
  }
  return undefined;
}
