// A twelfth independent labelled set, written on 2026-11-27 by a writer who never saw the checker's
// rules (only shared/research/facts.md and the seed article). Sealed until run (docs/claims.md):
// sentence precision / recall 94.4% / 77.3% at f36c4b8, 98.2% / 83.3% at 06ec121, 98.3% / 86.4% after
// the independent-8 fixes, 98.3% / 87.9% after the independent-9 and -10 fixes, and the same after
// the independent-11 fixes (third session). Tuned on at the end of that session, while independent-13
// stayed unread: twelve of its thirteen mistakes fixed, one kept by design; a regression set now.
import { claim, clean, type LabelledExample } from './labelled-examples';

export const INDEPENDENT_12_EXAMPLES: readonly LabelledExample[] = [
  // ---- claims ----
  // issuer: 人社部
  claim('姐妹们我的互联网营销师证终于到手啦🎉 人社部直接发证，红本本上盖的就是人社部的大章，查得到的那种！', 'issued-by-mohrss'),
  claim('您好，我们这边是做全媒体运营师报名的，这个证是人社局核发的，考完大概两个月就能拿到手。', 'issued-by-mohrss'),
  claim('我去年在义乌做了半年服装直播，后来听同行说直播销售员证是人社部签发的就报了个线上班，现在在杭州一家MCN做场控，说实话日常工作用不上这个证。', 'issued-by-mohrss'),
  claim('家人们，今天直播间下单互联网营销师课程的送考试名额，保证过，证书人社部盖章，全国都认！', 'guaranteed-pass', 'issued-by-mohrss', 'nationwide-validity'),
  // national qualification
  claim('答：互联网营销师属于国家职业资格证书，和教师资格证、会计证是一个性质，考下来就是国家承认的资格。', 'national-qualification', 'national-endorsement'),
  claim('问：全媒体运营师证书算什么级别？答：职业资格三级，相当于以前的高级工。', 'national-qualification'),
  claim('群里有人问，我统一回复下：直播销售员就是国家职业资格四级，人社部盖章，证书全国通用哈。', 'national-qualification', 'issued-by-mohrss', 'nationwide-validity'),
  claim('随着直播电商的快速发展，越来越多企业开始重视人才储备，而全媒体运营师作为国家职业资格证，已经成为求职简历上的加分项，下面我们来看具体的报考流程。', 'national-qualification'),
  // broadcast authority
  claim('全媒体运营师的发证单位是国家广播电影电视总局广播影视人才交流中心，证书含金量可想而知。', 'issued-by-broadcast-authority', 'outdated-broadcast-authority'),
  claim('全媒體運營師證書由國家廣播電影電視總局頒發，在大陸傳媒圈很吃香。', 'issued-by-broadcast-authority', 'outdated-broadcast-authority'),
  claim('全媒体运营师的考试大纲目前由国家广播电影电视总局审定，培训教材也是他们那边统一出的。', 'outdated-broadcast-authority'),
  claim('全媒体运营师证是广电总局发的，所以想进电视台、融媒体中心必须得有这本证。', 'issued-by-broadcast-authority', 'licence-required'),
  // jointly issued
  claim('咱们的全媒体运营师证书属于多部门联合签发，证书上压着好几个部委的钢印。', 'issued-jointly'),
  claim('互联网营销师的证是几个国家部门一块儿出的，标准是他们一起定的，证也是他们一起发的。', 'issued-jointly'),
  // single issuer
  claim('我们对比了好几家，最后发现互联网营销师证书全国只能由中国轻工业联合会一家来颁发，所以其他机构的报价都没意义。', 'single-issuer'),
  claim('互聯網營銷師證全國只有一個官方發證單位，其他家發的都是山寨貨。', 'single-issuer'),
  // MIIT
  claim('我们这边报的是工信部版的互联网营销师，比人社那套更权威，央企国企都认这个。', 'miit-certificate'),
  claim('全媒体运营师其实有两种证，工信部颁发的那种含金量最高，建议大家直接考工信部的。', 'miit-certificate'),
  // national endorsement
  claim('国字号证书！互联网营销师职业技能等级证书，国家认可，求职加分神器🔥', 'national-endorsement'),
  claim('直播銷售員證書是國家級認證，拿到手就是國字頭的證。', 'national-endorsement'),
  claim('🔥全媒体运营师火热招生中🔥官方认证｜不限专业不限年龄｜拿证领补贴', 'national-endorsement', 'no-threshold-slogan', 'subsidy-promise'),
  // nationwide validity
  claim('全媒体运营师证一证走天下，不管你去北上广还是回老家都认。', 'nationwide-validity'),
  claim('互联网营销师证全国有效，换城市工作也不用重新考，一次投入管用到哪儿都行。', 'nationwide-validity'),
  // guaranteed pass
  claim('报我们的直播销售员班，不用去考场，交钱就能拿证，不过全额退款。', 'guaranteed-pass'),
  claim('全媒体运营师VIP保过班，考试有人带，百分百通过💯', 'guaranteed-pass'),
  claim('互聯網營銷師包過班開課啦，考不過退全款，名額有限。', 'guaranteed-pass'),
  claim('问：视频创推员证要考试吗？答：不用考，我们这边走绿色通道，材料交了等着收证就行。', 'guaranteed-pass'),
  // no threshold
  claim('全媒体运营师零门槛，谁都能考，宝妈大学生退休阿姨都可以报！', 'no-threshold-slogan'),
  claim('互联网营销师不限专业不限年龄，想转行做直播的朋友直接冲。', 'no-threshold-slogan'),
  // no education requirement
  claim('互联网营销师没有学历要求，小学毕业也能报名。', 'no-education-requirement'),
  claim('全媒体运营师报名条件很简单，满18周岁就行，不需要工作经验也不看学历。', 'no-education-requirement'),
  claim('全媒體運營師報考不看學歷也不看經驗，年滿十八歲就能報。', 'no-education-requirement'),
  // all-media operator levels
  claim('全媒体运营师分初级、中级、高级三档，新手建议先从初级考起。', 'all-media-operator-levels'),
  claim('我报的是全媒体运营师五级，听说最简单，半个月就能拿。', 'all-media-operator-levels'),
  claim('全媒体运营师证目前一共有五个等级，从五级一路到一级。', 'all-media-operator-levels'),
  // platform admin levels
  claim('平台管理员（互联网营销师）可以一路考到一级高级技师，天花板很高。', 'platform-admin-levels'),
  claim('互联网营销师平台管理员技师班本月开班，需持三级证书满两年。', 'platform-admin-levels'),
  // invented titles
  claim('考完互联网营销师高级还可以再冲高级营销工程师证书，年薪直接翻倍。', 'invented-title'),
  claim('全媒体运营总监证（全媒体运营师最高级别）现已开始接受报名。', 'invented-title'),
  // exclusive channel
  claim('互联网营销师个人是报不了名的，必须通过我们这种授权机构统一报。', 'exclusive-channel'),
  claim('全媒体运营师本市唯一授权报名点，其他地方报的一律不算。', 'exclusive-channel'),
  claim('個人無法直接報考直播銷售員，一定要透過機構代報。', 'exclusive-channel'),
  // subsidy
  claim('现在报名全媒体运营师，拿证后我们帮你申请1500元政府补贴，相当于白嫖。', 'subsidy-promise'),
  claim('互联网营销师学费2980，拿证返2k补贴，自己只出几百块。', 'subsidy-promise'),
  claim('亲，选品员证书下来后补贴款由我们机构统一发放到您账户哦～', 'subsidy-promise'),
  claim('報名互聯網營銷師保證能領政府補貼，領不到我們退差價。', 'subsidy-promise'),
  // archive
  claim('全媒体运营师证书会录入人事档案，需另交280元建档费。', 'archive-fee'),
  claim('互联网营销师证考完要入国家人才库，不入库查不到，入库费600。', 'archive-fee'),
  // easy money
  claim('考个全媒体运营师挂靠给公司，一年躺赚两三万。', 'easy-money'),
  claim('互联网营销师证可以出租给MCN机构，每个月有固定收入，不用上班。', 'easy-money'),
  // licence required
  claim('从今年起直播带货必须持有互联网营销师证，无证开播属于违法。', 'licence-required'),
  claim('全媒体运营师证是从事新媒体运营的必备证件，没有这个证公司不能录用你。', 'licence-required'),
  claim('在大陸做直播帶貨一定要有直播銷售員證，否則就是無證經營，會被罰。', 'licence-required'),
  claim('HR朋友跟我说，现在招带货主播都看直播销售员证，没证的连面试都进不了，因为法律规定要持证。', 'licence-required'),
  // lifetime validity
  claim('互联网营销师证终身有效，不需要年审。', 'lifetime-validity'),
  claim('直播销售员证书终身有效、全国通用，早考早受益。', 'lifetime-validity', 'nationwide-validity'),
  claim('直播銷售員證書一次拿證終身有效，不用年審也不用續證。', 'lifetime-validity'),
  // publication date
  claim('全媒体运营师是人社部2020年5月发布的新职业。', 'publication-date'),
  claim('2020年6月人社部发布第三批新职业，互联网营销师就在其中。', 'publication-date'),
  claim('互聯網營銷師是2019年底公佈的新職業。', 'publication-date'),
  // local benefits
  claim('拿到互联网营销师三级就能申请落户，积分直接加满。', 'local-benefits'),
  claim('全媒体运营师证书可以直接评中级职称，单位还给涨工资。', 'local-benefits'),
  // lookup sites
  claim('证书编号在我们机构官网www.zhibo-peixun.com输入即可查询真伪，互联网营销师各等级都能查。', 'unofficial-lookup-site'),
  claim('全媒体运营师证查询方式：关注我们公众号，回复证书编号就能查到。', 'unofficial-lookup-site'),
  claim('证书真伪请到国家职业技能鉴定查询中心 osta-zscx.com 查询，全媒体运营师都能查。', 'unofficial-lookup-site', 'lookalike-official-site'),
  claim('互联网营销师官方报名入口：www.mohrss-gov.com.cn，认准官网。', 'lookalike-official-site'),

  // ---- clean ----
  // truth
  clean('truth', '互联网营销师是2020年7月6日人社部联合市场监管总局、国家统计局发布的9个新职业之一。'),
  clean('truth', '人社部2020年2月25日发布的16个新职业里就包括全媒体运营师，这是2015版大典之后的第二批。'),
  clean('truth', '《互联网营销师国家职业技能标准》由人社部、中央网信办、国家广播电视总局共同颁布，2021年12月初见诸报道。'),
  clean('truth', '全媒体运营师国家职业标准（2023年版）是人社部会同国家广播电视总局制定的，2023年底挂上了人社部官网。'),
  clean('truth', '全媒体运营师一共四个等级：四级/中级工、三级/高级工、二级/技师、一级/高级技师。'),
  clean('truth', '互联网营销师下面的平台管理员只设五级、四级、三级这三个等级。'),
  clean('truth', '按照国家职业技能标准，互联网营销师的基本文化程度要求是初中毕业或相当文化程度。'),
  clean('truth', '职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发，人社部负责定标准和监管。'),
  clean('truth', '拿到的全媒体运营师证书可以在技能人才评价证书全国联网查询（osta.org.cn）免费查，不分地区。'),
  clean('truth', '互聯網營銷師的職業編碼是4-01-02-07，全媒體運營師則是4-13-01-05。'),
  clean('truth', '全媒体运营师有创意策划、视听运营、直播运营、流量运营、数据分析五个方向，其中数据分析要从三级起报。'),
  clean('truth', '厦门首场全媒体运营师认定考试由咪咕新空文化科技（厦门）有限公司组织，福建和厦门的职业技能鉴定指导中心负责指导。'),
  clean('truth', '2023年浙江把浙江今日头条科技有限公司列为互联网营销师“一试双证”试点单位。'),
  clean('truth', '职业技能等级证书在人才统计和政策享受上与职业资格证书效用相同，互联网营销师证就属于前一类。'),
  clean('truth', '技能提升补贴由失业保险基金直接发给参保满一年的职工本人，全媒体运营师从中级起步，所以最多1500元。'),
  clean('truth', '直播销售员是2020年7月随互联网营销师一起公布的工种，和2024年发布的网络主播不是同一个职业。'),
  clean('truth', '《国家职业资格目录（2021年版）》一共72项，里面既没有互联网营销师，也没有全媒体运营师。'),
  clean('truth', '2020年5月那次其实只是新职业公示，互联网营销师是7月6日才正式发布的。'),
  // negated
  clean('negated', '互联网营销师证书不是人社部颁发的，人社部只管定标准，证是备案的评价机构发的。'),
  clean('negated', '全媒体运营师根本没有初级，也就不存在“五级”这个说法。'),
  clean('negated', '直播带货并不需要持证，互联网营销师证不是准入类证书，法律上没有无证违法一说。'),
  clean('negated', '全媒体运营师证不是国家职业资格证书，它属于职业技能等级证书。'),
  clean('negated', '不是只有机构才能报，个人也可以直接向备案的评价机构报名互联网营销师。'),
  clean('negated', '互聯網營銷師的平臺管理員只有五級到三級，沒有技師和高級技師。'),
  clean('negated', '全媒体运营师不是2020年5月发布的，正确时间是2020年2月。'),
  clean('negated', '全媒體運營師證不是廣電總局發的，而是由經人社部門備案的評價機構頒發。'),
  clean('negated', '考互联网营销师不需要交什么入档案费、入库费，正规证书本身就能在全国联网系统查到。'),
  clean('negated', '技能提升补贴不是培训机构给的，考全媒体运营师的机构也没资格承诺你一定能领到。'),
  clean('negated', '工信部那边的证书和人社部门体系下的互联网营销师职业技能等级证书不是一回事。'),
  clean('negated', '互联网营销师证没有“国家级”一说，更谈不上什么国字号。'),
  clean('negated', '全媒体运营师证书上不会有几个部委联合盖章，政府部门不参与证书监制。'),
  clean('negated', '说视频创推员不要学历是不对的，互联网营销师标准写明要初中文化程度。'),
  clean('negated', '亲，我们不承诺包过哦，直播销售员考核需要参加理论和实操两部分考试。'),
  clean('negated', '广电总局参与制定了全媒体运营师的国家职业标准，但并不负责颁发证书。'),
  // warning
  clean('warning', '警惕！凡是打着“包过”“免考”旗号卖全媒体运营师证的，基本可以判定是违规机构。'),
  clean('warning', '人社部函〔2022〕25号明确禁止证书宣传滥用“国家”“全国”字样，看到“国家级互联网营销师证”就要多留个心眼。'),
  clean('warning', '工人日报报道过一种骗局：先用“零门槛拿证”吸引人报互联网营销师，再以挂靠躺赚为诱饵收取办证费、档案费、入库费。'),
  clean('warning', '有机构声称全媒体运营师证“终身有效”，但目前找不到任何官方关于有效期的说法，别把它当卖点。'),
  clean('warning', '某些网站冒用国徽做成人社部官网的样子卖直播销售员证书，查询证书请只认osta.org.cn。'),
  clean('warning', '如果培训机构说“交了钱补贴包你拿”，那大概率是话术，考互联网营销师的技能提升补贴是失业保险基金发给本人的。'),
  clean('warning', '网上说“直播带货必须持证，无证违法”的，多半是在制造焦虑好卖互联网营销师课程。'),
  clean('warning', '網上流傳的「全媒體運營師由國家廣播電影電視總局頒發」是錯的，這個機構2013年就撤銷了。'),
  clean('warning', '有人拿“个人不能报名，只能找授权机构”来忽悠想考互联网营销师的学员，大家别信。'),
  clean('warning', '半月谈曾揭露，有人用“一证补足落户积分”的说法推销互联网营销师证书。'),
  clean('warning', '卖课的说全媒体运营师分初中高三级，那是过时的说法，2023年版标准是四级到一级共四个等级。'),
  clean('warning', '昨天接到电话推销全媒体运营师证，对方说是人社局盖章，我查了一下根本不是这样，大家小心。'),
  clean('warning', '据报道，某培训机构以“国家职业资格证书”名义招收互联网营销师学员，被当地市场监管部门立案查处。'),
  clean('warning', '小心那些說「直播銷售員證全國通用、一證走天下」的廣告，證書能全國聯網查詢不等於各地都給你什麼待遇。'),
  // neutral
  clean('neutral', '问下姐妹们，全媒体运营师四级考试难不难，实操部分都考什么呀？'),
  clean('neutral', '招聘：直播销售员2名，持互联网营销师证书者优先，无证可培养，五险一金。'),
  clean('neutral', '想从新媒体运营转去考全媒体运营师，该先看哪本教材比较好？'),
  clean('neutral', '请问有人考过互聯網營銷師嗎？想知道選品員的考試都考些什麼。'),
  clean('neutral', '选品员和直播销售员哪个工种更适合没做过电商的新人？'),
  clean('neutral', '求真实经验：全媒体运营师的证书到底对找工作有没有帮助？'),
  clean('neutral', '公司让我们运营组全员去考互联网营销师，HR说考过了报名费公司报销。'),
  clean('neutral', '我的全媒体运营师证书编号是S开头的，想问下这个正常吗？'),
  clean('neutral', '家人们，主播刚考完直播销售员四级，今天给大家上点福利！'),
  // other
  clean('other', '一级造价工程师属于国家职业资格，证书由人社部统一印制并与住建部等部门共同用印。'),
  clean('other', '驾驶证全国通用，在哪个省考的都一样能开车。'),
  clean('other', '教师资格证要求普通话达到二级乙等以上，语文老师要二级甲等。'),
  clean('other', '新媒体运营师不是国家发布的职业，市面上的新媒体运营师证书大多是机构自己发的。'),
  clean('other', '义乌2020年开考的“电商直播”属于专项职业能力证书，不是职业技能等级证书。'),
  clean('other', '台灣的網路行銷證照多由民間單位頒發，跟大陸的職業技能等級體系無關。'),
  clean('other', '巨量认证是字节跳动旗下的企业认证，考的是巨量引擎平台的操作。'),
  clean('other', '初级会计职称考试不限专业，但要求高中以上学历。'),
  clean('other', '护士执业资格属于准入类，没有证不能上岗。'),
];
