// A second independent labelled set, written on 2026-11-27 by a writer who never saw the checker's
// rules (only shared/research/facts.md), told to paraphrase rather than quote. See docs/claims.md.
// Its first run: 100% / 35.1% sentence (before the day's broadening), 100% / 38.6% after it. Its misses
// were then fixed with the paraphrase patterns of data/claim-rules.ts (MOHRSS_SAID, ISSUE_SAID…);
// it is a regression set now, and independent-3 (sealed until then) measured the result.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const INDEPENDENT_2_EXAMPLES: readonly LabelledExample[] = [
  // ---- issuer: 人社 ----
  claim('姐妹们我刚拿到互联网营销师证书了🎉 红章是人社那边直接盖的，超正规！', 'issued-by-mohrss'),
  claim('全媒体运营师📜出证单位👉人社部（不是野鸡协会发的！），换哪个城市都认。', 'issued-by-mohrss', 'nationwide-validity'),
  claim('互聯網營銷師證書由人社局核准發放，屬於國家資格類證書，網上一查就有。', 'issued-by-mohrss', 'national-qualification'),
  claim('还在犹豫？人社部亲手发的互联网营销师证，考下来就是国证，你不要？', 'issued-by-mohrss', 'national-endorsement'),

  // ---- 国家职业资格 ----
  claim('互联网营销师已经进了国家的职业资格体系，跟以前那种培训结业证不是一回事。', 'national-qualification'),
  claim('招聘直播助理2名，持互联网营销师资格证（国家职业资格·三级）者优先。', 'national-qualification'),
  claim('问：这证有用吗？答：全媒体运营师是写进《国家职业资格目录》的，以后干运营都得持这个证。', 'national-qualification', 'licence-required'),

  // ---- 广电 ----
  claim('做传媒的看过来：全媒体运营师证书是广电那边出的，盖的是国家广电总局的章。', 'issued-by-broadcast-authority'),
  claim('全媒体运营师这个项目现在归国家广播电影电视总局管。', 'outdated-broadcast-authority'),
  claim('全媒體運營師證書由國家廣播電影電視總局人才交流中心統一出證。', 'outdated-broadcast-authority', 'issued-by-broadcast-authority'),

  // ---- joint / single issuer / 工信部 ----
  claim('互联网营销师证书是人社、网信办两家一起盖章出的，双红章。', 'issued-jointly'),
  claim('全媒体运营师证👉人社部+广电总局双部门联合出证，妥妥的国家级', 'issued-jointly', 'national-endorsement'),
  claim('互联网营销师只认轻工联出的证，其他机构发的都是假的。', 'single-issuer'),
  claim('全国有资格发全媒体运营师证书的只有我们公司，其他家发的都没备案。', 'single-issuer'),
  claim('我们的互联网营销师是工信部出的，比人社体系那种更吃香。', 'miit-certificate'),
  claim('全媒体运营师有两个版本，建议直接考工业和信息化部那版，企业更认。', 'miit-certificate'),

  // ---- national puffery / nationwide ----
  claim('國證！國證！國證！互聯網營銷師重要的事說三遍。', 'national-endorsement'),
  claim('直播销售员这本是印着国徽的官方证书，拿着它去哪个省都认。', 'national-endorsement', 'nationwide-validity'),
  claim('全媒体运营师拿到手，天南海北哪儿找工作都认。', 'nationwide-validity'),
  claim('這本直播銷售員證書走到全國哪個省都好使，而且一輩子不用換。', 'nationwide-validity', 'lifetime-validity'),

  // ---- pass guaranteed ----
  claim('互联网营销师🔥不考试 直接出证 7天到手', 'guaranteed-pass'),
  claim('全媒体运营师报我们班，一次没过学费原路退回。', 'guaranteed-pass'),
  claim('全媒體運營師百分百拿證，考不過我們負責到底。', 'guaranteed-pass'),
  claim('直播销售员零起点也能稳稳过，题库背熟就行。', 'guaranteed-pass', 'no-threshold-slogan'),

  // ---- threshold / education ----
  claim('宝妈、学生党、退休阿姨都能考互联网营销师，啥基础都不用。', 'no-threshold-slogan'),
  claim('互聯網營銷師門檻為零，人人都能考，拿證還能領補貼。', 'no-threshold-slogan', 'subsidy-promise'),
  claim('直播销售员谁来都能考，年龄专业统统不管，初中没毕业也行。', 'no-threshold-slogan', 'no-education-requirement'),
  claim('全媒体运营师没文凭、没干过运营照样能报，国家还补1.5k。', 'no-education-requirement', 'subsidy-promise'),
  claim('满十八岁带张身份证就能报视频创推员，别的啥都不要。', 'no-education-requirement'),
  claim('全媒体运营师对学历、工作经验都没要求，成年就能报。', 'no-education-requirement'),

  // ---- levels / titles ----
  claim('全媒体运营师新手建议从最低的五级考起，稳一点。', 'all-media-operator-levels'),
  claim('全媒体运营师分初、中、高三档，初级两个月就能拿。', 'all-media-operator-levels'),
  claim('互联网营销师的平台管理员方向能一路考到高级技师。', 'platform-admin-levels'),
  claim('互联网营销师（平台管理员）二级/技师班火热报名中，名额有限！', 'platform-admin-levels'),
  claim('全媒体运营师进阶班结业，加发“全媒体首席运营官”等级证书一本。', 'invented-title'),
  claim('互联网营销师最高一级叫“互联网营销专家”，相当于工程师。', 'invented-title'),

  // ---- sign-up channel ----
  claim('互联网营销师个人去报名是报不上的，系统只对合作机构开放。', 'exclusive-channel'),
  claim('全媒体运营师在本省只有我们这一个报名入口，别处报的不算。', 'exclusive-channel'),
  claim('互聯網營銷師要找有授權的機構幫你報，散戶自己是報不了的。', 'exclusive-channel'),
  claim('想考直播销售员？只能走我们这种有资质的渠道报，个人报不进去，拿证后学费全部返还。', 'exclusive-channel', 'subsidy-promise'),

  // ---- money ----
  claim('报全媒体运营师¥2980，拿证后人社补回¥2000，算下来才几百块。', 'subsidy-promise'),
  claim('互联网营销师证书会存进你的个人档案，所以要另交380元建档费。', 'archive-fee'),
  claim('全媒体运营师出证后录进全国技能人才数据库（需缴信息录入费260元），可在 cx.qmtyy-cert.cn 查询。', 'archive-fee', 'unofficial-lookup-site'),
  claim('互联网营销师证一辈子不过期，挂出去每年白拿五六千。', 'easy-money', 'lifetime-validity'),
  claim('拿了全媒体运营师证，在家接单一年二三十万不是梦。', 'easy-money'),
  claim('考个直播销售员证，之后把证租给公司每月躺收。', 'easy-money'),
  claim('有了视频创推员证书，动动手指月入过万，副业首选。', 'easy-money'),

  // ---- licence ----
  claim('没有互联网营销师证，抖音快手以后都不让开播了。', 'licence-required'),
  claim('全媒體運營師是做新媒體工作的准入證，沒有就不能入職。', 'licence-required'),
  claim('明年起直播销售员无证开播要罚款，赶紧考起来！', 'licence-required'),

  // ---- dates / local benefits ----
  claim('全媒体运营师是2020年5月人社部新公布的职业，现在考正当时。', 'publication-date'),
  claim('互联网营销师是20年6月才官宣的新职业，比全媒体运营师晚几个月。', 'publication-date'),
  claim('全媒体运营师证可以直接拿来评中级职称。', 'local-benefits'),
  claim('上海居轉戶，一張互聯網營銷師證能加不少積分。', 'local-benefits'),

  // ---- lookup sites ----
  claim('证书真伪请登录 www.zgjnzs.com 输入身份证号查询，互联网营销师已同步上网。', 'unofficial-lookup-site'),
  claim('直播销售员证书查询入口：jndj.osta-org.cn，输入姓名即可。', 'lookalike-official-site'),
  claim('全媒体运营师证书可在人社官网 www.mohrss-gov.cn 查验。', 'lookalike-official-site'),

  // ---- clean: truths ----
  clean('truth', '互联网营销师职业技能等级证书由经人社部门备案的用人单位或社会培训评价组织颁发。'),
  clean('truth', '《互联网营销师国家职业技能标准》是人社部会同中央网信办、国家广播电视总局联合发布的。'),
  clean('truth', '互联网营销师的平台管理员工种只设五级到三级，考不到技师。'),
  clean('truth', '全媒体运营师是2020年2月由人社部等三部门发布的新职业，互联网营销师则是2020年7月发布的。'),
  clean('truth', '證書真偽可以到技能人才評價證書全國聯網查詢（zscx.osta.org.cn）免費查，互聯網營銷師證書也在裡面。'),
  clean('truth', '技能提升补贴由失业保险基金直接发给参保满一年的职工本人，全媒体运营师中级工最多1500元，还得自己去参保地申请。'),

  // ---- clean: denials ----
  clean('negated', '互联网营销师不是国家职业资格，只是职业技能等级证书。'),
  clean('negated', '人社局并不直接发全媒体运营师证书，证书上也不会盖人社的章。'),
  clean('negated', '直播销售员证书不是上岗证，没有它照样可以开播带货。'),
  clean('negated', '全媒體運營師沒有初級，也不存在“初中高”三個等級，最低就是四級。'),
  clean('negated', '个人也可以直接向备案的评价机构报名互联网营销师，不是非得通过培训机构。'),
  clean('negated', '全媒体运营师证书没法挂出去赚钱，所谓躺着收钱都是骗人的。'),

  // ---- clean: warnings ----
  clean('warning', '看到“不用考试七天出证”的互联网营销师广告要小心，这种承诺是人社部明令禁止的。'),
  clean('warning', '有人打电话说我的全媒体运营师证书要交入库费才能查到，这是典型的诈骗套路。'),
  clean('warning', '警惕冒充osta的查证网站，互联网营销师证书请以 zscx.osta.org.cn 的查询结果为准。'),
  clean('warning', '朋友被“拿證就返兩千”的直播銷售員課程騙了，補貼根本不是培訓機構能承諾的。'),
  clean('warning', '所谓“人社跟广电一起发证”的全媒体运营师，其实是培训机构自己编的说法。'),

  // ---- clean: other certificates ----
  clean('other', '电工证属于特种作业操作证，没证不能上岗，这和营销类的技能证书是两回事。'),
  clean('other', '一级建造师属于国家职业资格，由人社部和住建部共同管理。'),
  clean('other', '工信部教育与考试中心也有新媒体运营方面的证书，属于另一套体系。'),
  clean('other', '教师资格证由教育部门核发，在全国各地都有效。'),

  // ---- clean: neutral questions ----
  clean('neutral', '互联网营销师证书到底是谁发的？人社部还是培训机构？'),
  clean('neutral', '全媒体运营师考下来对找工作有帮助吗？'),
  clean('neutral', '想问下互联网营销师证书有没有有效期，需要年审吗？'),
  clean('neutral', '全媒体运营师和互联网营销师，哪个更适合做短视频的人考？'),
];
