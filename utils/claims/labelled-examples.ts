// A labelled corpus for measuring the claim checker: realistic agency, job-ad, news and explainer
// wording in both scripts, with the rule ids a careful reader expects to be flagged.
// It was written before the checker and is not tuned to it: when the checker disagrees, the checker
// is fixed (or the miss is reported), not the label. Only a label that misreads facts.md may change,
// and such a change is noted beside the entry.
// Each `text` is one sentence, sometimes preceded by the sentence that gives it its context.

export type ExampleKind =
  | 'claim' // states one or more false or misleading things
  | 'truth' // states the verified facts
  | 'negated' // denies a claim
  | 'warning' // warns against or reports a claim critically
  | 'other' // about other certificates, or no certificate at all
  | 'neutral'; // about the certificates, without a checkable claim

export interface LabelledExample {
  text: string;
  /** Rule ids that should be flagged in `text`; empty when nothing should be. */
  expect: string[];
  kind: ExampleKind;
}

/** A sentence that should be flagged under `expect` (every set writes its examples with these two). */
export const claim = (text: string, ...expect: string[]): LabelledExample => ({ text, expect, kind: 'claim' });
/** A sentence that should not be flagged at all, and why (`kind`). */
export const clean = (kind: Exclude<ExampleKind, 'claim'>, text: string): LabelledExample => ({ text, expect: [], kind });

export const LABELLED_EXAMPLES: readonly LabelledExample[] = [
  // --- Issuer claims --------------------------------------------------------------------------------
  claim('互联网营销师证书由人社部颁发，全国联网可查，含金量高。', 'issued-by-mohrss'),
  claim('本中心代报全媒体运营师，证书由人力资源和社会保障部统一核发。', 'issued-by-mohrss'),
  claim('互聯網營銷師證書由人社部頒發，權威可靠。', 'issued-by-mohrss'),
  claim('考取全媒体运营师，拿人社部盖章的国家职业资格证书！', 'issued-by-mohrss', 'national-qualification'),
  claim('【官方报名】全媒体运营师证书，人社部职业技能鉴定中心颁发，全国联网可查。', 'issued-by-mohrss'),
  claim('全媒體運營師證書由人力資源和社會保障部頒發。', 'issued-by-mohrss'),
  claim('互联网营销师证书报名。人社部颁发，全国可查。', 'issued-by-mohrss'),
  claim('直播销售员（互联网营销师）属于国家职业资格证书，可在人社部官网查询。', 'national-qualification'),
  claim('全媒體運營師是國家職業資格證書，分為四個等級。', 'national-qualification'),
  claim('互联网营销师职业资格三级证书报名中。', 'national-qualification'),
  claim('全媒体运营师证书由广电总局颁发，行业认可度高。', 'issued-by-broadcast-authority'),
  claim('全媒体运营师由国家广播电视总局人才交流中心颁发证书。', 'issued-by-broadcast-authority'),
  claim(
    '全媒體運營師證書由國家廣播電影電視總局頒發。',
    'issued-by-broadcast-authority',
    'outdated-broadcast-authority',
  ),
  claim('全媒体运营师\n证书由广电总局颁发', 'issued-by-broadcast-authority'),
  claim(
    '全媒体运营师的颁证单位是「国家广播电影电视总局广播影视人才交流中心」。',
    'issued-by-broadcast-authority',
    'outdated-broadcast-authority',
  ),
  claim(
    '全媒体运营师证书由人社部和广电总局联合颁发，属于国家职业资格证书。',
    'issued-jointly',
    'national-qualification',
  ),
  claim('互联网营销师证书由人社部与网信办联合颁发。', 'issued-jointly'),
  claim('互聯網營銷師為人社部和廣電總局聯合頒發的國家職業資格證書。', 'issued-jointly', 'national-qualification'),
  claim('互联网营销师的颁证单位是中国轻工业联合会。', 'single-issuer'),
  claim('工信部认证的互联网营销师证书，企业招聘优先。', 'miit-certificate'),
  claim('我们提供工信部全媒体运营师证书考试，证书工信部官网可查。', 'miit-certificate'),
  claim('互聯網營銷師（工信部教育與考試中心）證書報名中。', 'miit-certificate'),

  // --- Puffery, guarantees, thresholds ----------------------------------------------------------------
  claim('互联网营销师国字头证书，含金量极高。', 'national-endorsement'),
  claim('考全媒体运营师，拿国家级证书！', 'national-endorsement'),
  claim('直播销售员证书国家认可、官方认证，权威有保障。', 'national-endorsement'),
  claim('互联网营销师证书全国通用，终身有效。', 'nationwide-validity', 'lifetime-validity'),
  claim('全媒體運營師證書全國通用，國家認可。', 'nationwide-validity', 'national-endorsement'),
  claim('香港學員亦可報考互聯網營銷師，證書全國通用，國字頭權威認證。', 'nationwide-validity', 'national-endorsement'),
  claim('互联网营销师考证班，包过！不过全额退费。', 'guaranteed-pass'),
  claim('全媒体运营师免考试，免培训，直接拿证。', 'guaranteed-pass'),
  claim('直播销售员证书通过率100%，考不过退款。', 'guaranteed-pass'),
  claim('互聯網營銷師保過班火熱招生中。', 'guaranteed-pass'),
  claim('直播销售员证书一次考试即可拿证，无需培训。', 'guaranteed-pass'),
  claim('全媒体运营师报考不限年龄、不限专业，零基础也能考。', 'no-threshold-slogan'),
  claim('互联网营销师无门槛报考，人人都能拿证。', 'no-threshold-slogan'),
  claim('全媒體運營師零門檻，不限專業。', 'no-threshold-slogan'),
  claim('互联网营销师报名条件：不限学历，年满18周岁即可报考。', 'no-education-requirement'),
  claim('全媒体运营师学历不限，无需工作经验。', 'no-education-requirement'),
  claim('互聯網營銷師報考不限學歷、不限經驗。', 'no-education-requirement'),
  claim(
    '互联网营销师报名条件比较宽松：不限学历、不限经验，只要年满18周岁就可以报考。',
    'no-education-requirement',
  ),
  claim(
    '全媒体运营师证书，人社部颁发，国家认可，全国通用，包过！',
    'issued-by-mohrss',
    'national-endorsement',
    'nationwide-validity',
    'guaranteed-pass',
  ),
  claim('互聯網營銷師：零基礎、包拿證、可掛靠。', 'no-threshold-slogan', 'guaranteed-pass', 'easy-money'),
  claim('互联网营销师报名火热。我们的优势：包过、零门槛、拿证快。', 'guaranteed-pass', 'no-threshold-slogan'),

  // --- Levels and titles ------------------------------------------------------------------------------
  claim('全媒体运营师分为初级、中级、高级三个等级。', 'all-media-operator-levels'),
  claim('初级全媒体运营师证书3个月轻松拿。', 'all-media-operator-levels'),
  claim('全媒体运营师五级（初级工）报名开始啦。', 'all-media-operator-levels'),
  claim('全媒體運營師初級證書報名中。', 'all-media-operator-levels'),
  claim('全媒体运营师划分三个等级：初级、中级、高级。', 'all-media-operator-levels'),
  claim('全媒體運營師分為初級、中級、高級三個等級。', 'all-media-operator-levels'),
  claim('互联网营销师平台管理员可报考二级技师和一级高级技师。', 'platform-admin-levels'),
  claim('平台管理员工种最高可考到一级/高级技师，是互联网营销师含金量最高的方向。', 'platform-admin-levels'),
  claim('互聯網營銷師平臺管理員一級證書。', 'platform-admin-levels'),
  claim('拿下互联网营销高级工程师证书，薪资翻倍。', 'invented-title'),
  claim('全媒体运营总监证书，助你升职加薪。', 'invented-title'),
  claim('互联网营销师专家证书培训班。', 'invented-title'),

  // --- Registration channel ---------------------------------------------------------------------------
  claim('个人无法报考互联网营销师，必须通过授权机构报名。', 'exclusive-channel'),
  claim('我们是全媒体运营师唯一授权报名点。', 'exclusive-channel'),
  claim('本机构为互联网营销师独家授权培训机构，其他机构发的证都不算。', 'exclusive-channel'),
  claim('全媒體運營師個人不能直接報考，須經機構報名。', 'exclusive-channel'),
  claim('本機構為全媒體運營師唯一官方指定報名點。', 'exclusive-channel'),
  claim(
    '目前这两个证书官方都不接受个人直接报考，互联网营销师和全媒体运营师都要找机构。',
    'exclusive-channel',
  ),

  // --- Money: subsidies, fees, income -----------------------------------------------------------------
  claim('考取互联网营销师可领政府补贴1500元。', 'subsidy-promise'),
  claim('全媒体运营师学费全免，拿证返现。', 'subsidy-promise'),
  claim('直播销售员培训0元学，政府补贴包含在课程里。', 'subsidy-promise'),
  claim('互聯網營銷師拿證就返2000元補貼。', 'subsidy-promise'),
  claim('全媒体运营师报名即享国家补贴，名额有限。', 'subsidy-promise'),
  claim('考取互聯網營銷師證書可申請政府補貼。', 'subsidy-promise'),
  claim('全媒体运营师证书可入人事档案，入国家人才库。', 'archive-fee'),
  claim('领取互联网营销师证书前需缴纳电子档案费和入库费。', 'archive-fee'),
  claim('全媒體運營師證書可進入人事檔案。', 'archive-fee'),
  claim('全媒體運營師證書可入檔案、入人才庫。', 'archive-fee'),
  claim('报名互联网营销师送入库服务，终身可查。', 'archive-fee', 'lifetime-validity'),
  claim('互联网营销师证书可以挂靠，躺赚年入5万。', 'easy-money'),
  claim('考个全媒体运营师，挂证一年收入3万。', 'easy-money'),
  claim('直播銷售員證書可掛靠，兼職接單月入過萬。', 'easy-money'),
  claim('互聯網營銷師證書可以掛證出租，每年穩賺。', 'easy-money'),

  // --- Licence, validity, local benefits --------------------------------------------------------------
  claim('以后做直播必须持有互联网营销师证书，持证上岗。', 'licence-required'),
  claim('互联网营销师是从业必备的上岗证。', 'licence-required'),
  claim('没有直播销售员证就不能直播带货了。', 'licence-required'),
  claim('全媒體運營師持證上崗，行業必備。', 'licence-required'),
  claim('直播銷售員證書是從業必備的上崗證。', 'licence-required'),
  claim('互联网营销师证书终身有效，无需年审。', 'lifetime-validity'),
  claim('全媒体运营师证书永久有效。', 'lifetime-validity'),
  claim('全媒體運營師證書終身有效。', 'lifetime-validity'),
  claim('持有互联网营销师证书可积分落户。', 'local-benefits'),
  claim('全媒体运营师证书可用于评职称、落户加分。', 'local-benefits'),
  claim('互聯網營銷師證書可用於積分入戶。', 'local-benefits'),
  claim('互聯網營銷師證書可用於評職稱。', 'local-benefits'),

  // --- Dates ----------------------------------------------------------------------------------------
  claim('全媒体运营师是2020年5月人社部发布的新职业。', 'publication-date'),
  claim('人社部于2020年6月发布互联网营销师新职业，直播带货正式成为一个工种。', 'publication-date'),
  claim('全媒體運營師於2020年5月正式發布。', 'publication-date'),
  claim('2019年，全媒体运营师被正式列入新职业。', 'publication-date'),
  claim('全媒體運營師2020年5月發布，是16個新職業之一。', 'publication-date'),
  claim('互联网营销师是2021年发布的新职业。', 'publication-date'),
  claim(
    '全媒体运营师是在2020年5月，由人社部、市场监督管理总局、国家统计局发布的16个新职业之一。',
    'publication-date',
  ),

  // --- Lookup sites -----------------------------------------------------------------------------------
  claim('互联网营销师证书查询网址：www.zgyxsrz.com，输入身份证号即可。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书可在http://www.qmtyys-cert.cn查询真伪。', 'unofficial-lookup-site'),
  claim('全媒体运营师证书登录中国人事考试网 www.cpta-gov.com 查询。', 'lookalike-official-site'),
  claim('互联网营销师证书查询：http://zscx-osta.com', 'lookalike-official-site'),
  claim('互聯網營銷師證書查詢網址：www.hlwyxs.net。', 'unofficial-lookup-site'),
  claim('互聯網營銷師證書可在 www.rencai-zhengshu.com 查詢。', 'unofficial-lookup-site'),

  // --- Truthful statements ----------------------------------------------------------------------------
  clean('truth', '全媒体运营师设四级至一级四个等级，没有五级。'),
  clean('truth', '互联网营销师共设五个等级，平台管理员工种只设五级到三级。'),
  clean('truth', '职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发。'),
  clean('truth', '互联网营销师证书由经人社部门备案的社会培训评价组织颁发，政府部门不参与监制。'),
  clean('truth', '全媒体运营师国家职业标准由人社部和国家广播电视总局共同制定。'),
  clean('truth', '互联网营销师是2020年7月人社部等部门发布的新职业。'),
  clean('truth', '全媒体运营师于2020年2月发布，是第二批新职业之一。'),
  clean('truth', '互联网营销师的国家职业技能标准于2021年12月颁布。'),
  clean('truth', '互联网营销师证书可在技能人才评价证书全国联网查询平台zscx.osta.org.cn免费查询。'),
  clean('truth', '全媒体运营师证书查询请登录 http://jndj.osta.org.cn 。'),
  clean('truth', '各地人社局官网（如 rsj.beijing.gov.cn）也可查询互联网营销师证书。'),
  clean('truth', '技能提升补贴由失业保险基金支付给符合条件的参保职工，取得互联网营销师中级证书的最高1500元。'),
  clean('truth', '全媒体运营师报考四级需要相关工作经验或相关专业学历。'),
  clean('truth', '互联网营销师国家职业技能标准要求基本文化程度为初中毕业。'),
  clean('truth', '互联网营销师和全媒体运营师都不是国家职业资格，而是职业技能等级证书。'),
  clean('truth', '职业技能等级证书与职业资格证书具有同等效力，这一点对互联网营销师同样适用。'),
  clean('truth', '互联网营销师有选品员、直播销售员、视频创推员、平台管理员四个工种。'),
  clean('truth', '全媒体运营师有创意策划、视听运营、直播运营、流量运营、数据分析五个方向。'),
  clean('truth', '全媒體運營師設四級至一級四個等級。'),
  clean('truth', '互聯網營銷師證書由備案的評價機構頒發，可在全國聯網查詢系統核驗。'),
  clean('truth', '想考全媒体运营师，可以直接向当地备案的评价机构报名。'),
  clean('truth', '是否能用互联网营销师证书落户，要以当地政策为准。'),
  clean('truth', '互联网营销师证书是否终身有效，目前没有找到明确规定。'),
  clean('truth', '2018年，国家广播电视总局在原国家新闻出版广电总局基础上组建。'),
  clean('truth', '互联网营销师二级/技师报考需取得三级证书后从事本职业工作满一定年限。'),
  clean('truth', '2020年7月6日，人社部联合市场监管总局、统计局发布了互联网营销师等9个新职业。'),
  clean('truth', '全媒体运营师早在2020年初就被列为新职业。'),
  clean('truth', '中国就业培训技术指导中心于2020年5月公示了拟新增的新职业，其中包括互联网营销师。'),
  clean('truth', '全媒体运营师国家职业标准（2023年版）于2023年12月发布。'),
  clean('truth', '互联网营销师证书的发证机构是经备案的评价机构，不同机构颁发的证书效力相同。'),
  clean('truth', '全媒体运营师证书在全国联网查询平台可查，不存在地区限制。'),
  clean('truth', '全媒体运营师是人社部、市场监管总局、统计局联合发布的新职业。'),
  clean('truth', '互联网营销师由人社部联合国家市场监管总局、国家统计局发布。'),
  clean('truth', '互聯網營銷師證書查詢請至 zscx.osta.org.cn。'),
  clean('truth', '互聯網營銷師證書的補貼由失業保險基金發給符合條件的參保職工。'),
  clean('truth', '互联网营销师证书是直播行业的敲门砖，很多企业优先录用持证人员。'),
  clean('truth', '全媒体运营师证书有人社部备案编号，可在官网查询。'),
  clean('truth', '互联网营销师证书在人社部官网可查，真实有效。'),
  clean('truth', '据报道，厦门首场全媒体运营师认定考试由备案的评价机构组织，40名考生报名。'),

  // --- Negations ----------------------------------------------------------------------------------------
  clean('negated', '互联网营销师证书并非由人社部颁发。'),
  clean('negated', '全媒体运营师不是国家职业资格证书。'),
  clean('negated', '没有包过这回事，全媒体运营师要认真考。'),
  clean('negated', '全媒体运营师没有初级，最低是四级/中级工。'),
  clean('negated', '平台管理员没有技师和高级技师等级，互联网营销师其他三个工种才有。'),
  clean('negated', '互联网营销师证书并不需要缴纳任何入库费。'),
  clean('negated', '全媒体运营师报名并非不限学历。'),
  clean('negated', '互联网营销师证书不能挂靠，也不存在躺赚。'),
  clean('negated', '全媒體運營師證書並非由廣電總局頒發。'),
  clean('negated', '互聯網營銷師沒有包過這回事。'),
  clean('negated', '个人可以直接报考互联网营销师，不必通过培训机构。'),
  clean('negated', '互联网营销师证书不能抵扣学费，也没有拿证返现一说。'),
  clean('negated', '互联网营销师证书不是上岗证，没有证书也可以做直播。'),
  clean('negated', '互聯網營銷師證書並不是上崗證。'),
  clean('negated', '全媒體運營師沒有初級，入門等級為四級。'),

  // --- Warnings and critical reports ----------------------------------------------------------------------
  clean('warning', '警惕包过宣传：互联网营销师证书没有包过一说。'),
  clean('warning', '谨防打着“人社部颁发”旗号的全媒体运营师培训骗局。'),
  clean('warning', '所谓“国家级证书”是虚假宣传，互联网营销师只是职业技能等级证书。'),
  clean('warning', '不要相信“交钱就能挂靠躺赚”的全媒体运营师广告。'),
  clean('warning', '人社部函〔2022〕25号明确禁止在互联网营销师等证书宣传中使用“包过”“国家认可”等字样。'),
  clean('warning', '有机构声称全媒体运营师证书由人社部颁发，这是错误的。'),
  clean('warning', '小心“入库费”“电子档案费”骗局，正规的互联网营销师证书无需缴纳这类费用。'),
  clean('warning', '記者調查發現，一些機構打著「國家認證」的旗號推銷互聯網營銷師證書。'),
  clean('warning', '謹防「包過」「免考」等虛假宣傳，全媒體運營師證書須經考核取得。'),
  clean('warning', '常见话术有“不限学历”“零基础拿证”“全国通用”，报考全媒体运营师前请核实。'),
  clean('warning', '所谓“全媒体运营师初级证书”并不存在。'),
  clean('warning', '工人日报曝光“无门槛拿证、高薪挂靠”的证书骗局，涉及互联网营销师等热门证书。'),
  clean('warning', '市场监管部门提醒：直播销售员证书不是从业必备，消费者勿信“持证上岗”说法。'),
  clean(
    'warning',
    '假冒查询网站如 www.osta-cx.com 与官方网站 zscx.osta.org.cn 仅一字之差，查询互联网营销师证书时请注意辨别。',
  ),
  clean('warning', '所謂「工信部互聯網營銷師證書」與人社部門體系的職業技能等級證書並非同一種證書。'),
  clean('warning', '半月谈记者发现，一些机构以“一证补足落户积分”为噱头推销全媒体运营师培训。'),
  clean('warning', '经查，该机构所谓“人社部颁发的互联网营销师证书”实为其自行印制。'),

  // --- Other certificates, or none -------------------------------------------------------------------------
  clean('other', '一级建造师职业资格证书由人社部和住建部共同用印。'),
  clean('other', '教师资格证考试包过班，不过退费。'),
  clean('other', '电工证全国通用，持证上岗。'),
  clean('other', '网络主播是2024年发布的新职业。'),
  clean('other', '新媒体运营师证书由工信部颁发。'),
  clean('other', '人力资源管理师证书可以积分落户。'),
  clean('other', '教師資格證包過班報名中。'),
  clean('other', '我们的课程涵盖直播、短视频和社群运营。包过！'),
  clean('other', '除了互联网营销师，本校还开设会计证培训，会计证考试包过。'),
  clean('other', '互联网营销师课程结束后，学员还可加报心理咨询师，心理咨询师证书全国通用。'),
  clean('other', '本站另有互联网营销师课程。\n\n会计从业资格考试包过班，报名从速。'),

  // --- Neutral mentions ----------------------------------------------------------------------------------
  clean('neutral', '互联网营销师和全媒体运营师是当前最热门的新职业之一。'),
  clean('neutral', '很多小伙伴想考互联网营销师证书来提升收入。'),
  clean('neutral', '全媒体运营师需要综合利用各种媒介技术和渠道。'),
  clean('neutral', '互联网营销师证书怎么考？报名流程如下。'),
  clean('neutral', '直播销售员要懂选品和控场。'),
  clean('neutral', '全媒體運營師是2020年發布的新職業之一。'),
  clean('neutral', '互联网营销师可以跨级报考吗？'),
  clean('neutral', '互联网营销师证书是人社部颁发的吗？'),
  clean('neutral', '全媒体运营师证书真的包过吗？'),
  clean('neutral', '互联网营销师证书的颁发机构可以在查询结果中看到。'),
  clean('neutral', '报名费一般几百元，具体以评价机构公布为准，全媒体运营师同样如此。'),
  clean('neutral', '全媒体运营师（直播运营方向）四级报名火热进行中。'),
  clean('neutral', '2020年6月，人社部指定中国轻工业联合会作为互联网营销师国家职业标准制定的承担单位。'),
];
