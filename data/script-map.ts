// Simplified → traditional Chinese, character by character: the one map behind every place
// CertLens deals with both scripts (the names the engine matches, data/names.ts; the claim
// checker's wording, utils/claims/traditional.ts; the card's choice of script, utils/card/script.ts).
// It covers every character of our names and claim wording that is written differently in
// traditional Chinese (checked against OpenCC's s2t, s2tw and s2hk when written; the claim tests
// fail when a rule uses a character that is neither here nor in UNCHANGED_IN_TRADITIONAL).
//
// Where a character has several traditional forms in use (说: 說/説, 里: 裡/裏, 签: 簽/籤) all are
// listed, the usual one first. Characters whose traditional form depends on the word (制: 制定 but
// 印製; 周: 週歲; 布: 發佈; 松: 輕鬆) list the form our wording needs; mapping back to simplified is
// always safe.

/** Simplified character → its traditional forms, the usual one first. */
export const SIMPLIFIED_TO_TRADITIONAL: Readonly<Record<string, string>> = {
  万: '萬', 犹: '猶', 厉: '厲', 间: '間', 与: '與', 专: '專', 业: '業', 两: '兩', 严: '嚴', 个: '個', 为: '為爲', 举: '舉', 么: '麼', 习: '習', 书: '書',
  于: '於', 仅: '僅', 从: '從', 价: '價', 会: '會', 传: '傳', 伪: '偽僞', 体: '體', 储: '儲', 关: '關', 养: '養', 内: '內',
  准: '準', 击: '擊', 划: '劃', 创: '創', 别: '別', 制: '製', 办: '辦', 务: '務', 动: '動', 劳: '勞', 区: '區', 单: '單',
  厅: '廳', 历: '歷', 厨: '廚', 参: '參', 双: '雙', 发: '發', 台: '臺', 号: '號', 后: '後', 吗: '嗎', 员: '員', 周: '週',
  咨: '諮', 围: '圍', 国: '國', 场: '場', 声: '聲', 处: '處', 备: '備', 够: '夠', 头: '頭', 夸: '誇', 婴: '嬰', 学: '學',
  实: '實', 审: '審', 对: '對', 导: '導', 将: '將', 层: '層', 属: '屬', 岁: '歲', 岗: '崗', 布: '佈', 师: '師', 带: '帶',
  并: '並', 广: '廣', 库: '庫', 应: '應', 开: '開', 强: '強', 当: '當', 录: '錄', 征: '徵', 忧: '憂', 总: '總', 户: '戶',
  执: '執', 报: '報', 担: '擔', 拟: '擬', 挂: '掛', 据: '據', 数: '數', 断: '斷', 无: '無', 晋: '晉', 暂: '暫', 术: '術',
  机: '機', 权: '權', 条: '條', 来: '來', 松: '鬆', 构: '構', 标: '標', 样: '樣', 档: '檔', 槛: '檻', 没: '沒', 济: '濟',
  满: '滿', 点: '點', 独: '獨', 猫: '貓', 现: '現', 电: '電', 监: '監', 盖: '蓋', 着: '著', 础: '礎', 确: '確', 种: '種',
  秘: '祕', 积: '積', 称: '稱', 稳: '穩', 签: '簽籤', 级: '級', 纯: '純', 纳: '納', 组: '組', 织: '織', 终: '終', 经: '經',
  络: '絡', 绝: '絕', 统: '統', 维: '維', 缴: '繳', 网: '網', 职: '職', 联: '聯', 腻: '膩', 艺: '藝', 范: '範', 药: '藥',
  获: '獲', 营: '營', 虚: '虛', 补: '補', 见: '見', 规: '規', 视: '視', 计: '計', 认: '認', 让: '讓', 训: '訓', 记: '記',
  讲: '講', 许: '許', 论: '論', 设: '設', 访: '訪', 证: '證', 评: '評', 诈: '詐', 诉: '訴', 试: '試', 话: '話', 诞: '誕',
  询: '詢', 语: '語', 误: '誤', 说: '說説', 请: '請', 课: '課', 调: '調', 谎: '謊', 谓: '謂', 谣: '謠', 谨: '謹', 谱: '譜',
  货: '貨', 贴: '貼', 费: '費', 赁: '賃', 资: '資', 赚: '賺', 给: '給', 质: '質', 奖: '獎', 励: '勵', 携: '攜', 亲: '親', 编: '編', 罚: '罰', 续: '續', 复: '複復', 迁: '遷', 决: '決', 车: '車', 转: '轉', 轻: '輕', 辟: '闢', 达: '達', 过: '過', 几: '幾', 谁: '誰', 读: '讀', 毕: '畢', 题: '題', 顾: '顧', 归: '歸', 辈: '輩', 远: '遠', 干: '幹', 块: '塊', 边: '邊', 红: '紅', 写: '寫', 儿: '兒', 凭: '憑', 该: '該', 换: '換', 压: '壓', 谈: '談', 码: '碼', 队: '隊', 纪: '紀', 帮: '幫', 协: '協', 杠: '槓', 则: '則', 装: '裝', 板: '闆', 闯: '闖', 账: '賬', 吓: '嚇', 东: '東', 卖: '賣', 护: '護', 医: '醫', 临: '臨', 议: '議', 释: '釋', 坚: '堅', 雇: '僱', 绕: '繞', 余: '餘', 惊: '驚', 讹: '訛', 连: '連',
  运: '運', 还: '還', 这: '這', 进: '進', 违: '違', 选: '選', 遗: '遺', 里: '裡裏', 鉴: '鑑鑒', 钱: '錢', 销: '銷', 错: '錯',
  长: '長', 门: '門', 闻: '聞', 陆: '陸', 险: '險', 难: '難', 项: '項', 须: '須', 顿: '頓', 颁: '頒', 领: '領', 频: '頻',
  额: '額', 驶: '駛', 驾: '駕', 验: '驗', 骗: '騙', 龄: '齡',
  钢: '鋼', 们: '們', 买: '買', 类: '類', 诺: '諾', 系: '係繫', 问: '問', 扬: '揚', 梦: '夢', 诚: '誠', 责: '責', 优: '優', 虑: '慮',
  听: '聽', 竞: '競', 盘: '盤',
  赛: '賽', 马: '馬', 银: '銀', 乱: '亂', 晓: '曉', 链: '鏈', 县: '縣', 佣: '傭', 众: '眾', 钓: '釣', 鱼: '魚', 径: '徑', 时: '時', 黄: '黃', 哟: '喲', 橱: '櫥', 笔: '筆', 简: '簡', 页: '頁', 贰: '貳', 叁: '叄', 冲: '沖衝',
};

let readBack: ReadonlyMap<string, string> | undefined;

/** Every traditional form read back as its simplified character: built on the first call, then kept. */
export function traditionalToSimplified(): ReadonlyMap<string, string> {
  // Plain loops: this runs once per page that folds a character (a block's first name), as code
  // run for the first time, where every array built on the way costs.
  if (readBack) return readBack;
  const map = new Map<string, string>();
  for (const simplified in SIMPLIFIED_TO_TRADITIONAL) for (const form of SIMPLIFIED_TO_TRADITIONAL[simplified]!) map.set(form, simplified);
  return (readBack = map);
}

// Marked pure so that a bundle that never reads it drops it: the content script (evaluated on every
// page load, in one task) would otherwise build it there for nothing. The matcher's folding asks
// for the same map on its first fold (utils/match/fold.ts).
/** Every traditional form read back as its simplified character. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = /* @__PURE__ */ traditionalToSimplified();

/**
 * Written Cantonese (Hong Kong posts and forums) → the Mandarin character the claim wording is
 * written with, for the claim checker's copy of the text (utils/claims/normalise.ts): "唔係人社部發嘅"
 * is "不系人社部发的" to the negations, and "並冇初級" is "并没初级". One character for one, so
 * offsets stay. Only characters that written Mandarin does not use in our texts' words; 係 (also
 * 關係) is left as the traditional form of 系, and 不 before it still denies.
 */
export const CANTONESE_TO_MANDARIN: Readonly<Record<string, string>> = {
  唔: '不', 冇: '没', 嘅: '的', 喺: '在', 咗: '了', 啲: '些', 嚟: '来', 睇: '看', 搵: '找', 揾: '找', 佢: '他', 畀: '给', 乜: '什', 咁: '这',
  攞: '拿', 俾: '给', 㗎: '的', 拎: '拿',
};

/**
 * Written Cantonese words whose Mandarin has as many characters (so offsets stay), read before the
 * characters above, as pages write them: "唔使考試" is "不用考试", "個人係報唔到名" is "个人是报不到名",
 * "2千蚊" is "2千块". 係 alone is left to the character map (系, as in 關係), so only the words
 * that hold it as "is" are here.
 */
export const CANTONESE_WORDS: Readonly<Record<string, string>> = {
  唔使: '不用', 唔係: '不是', 係唔係: '是不是', 人係: '人是', 證係: '证是', 证係: '证是', 書係: '书是', 书係: '书是',
  就係: '就是', 都係: '都是', 千蚊: '千块', 百蚊: '百块', 萬蚊: '万块', 万蚊: '万块',
  // "唔好信" is "不要信" (don't); "講法係錯嘅" is "讲法是错的".
  唔好: '不要', 係錯: '是错', 係假: '是假',
  // "千祈唔好俾錢" is "千万不要给钱" (by no means).
  千祈唔好: '千万不要',
  // "1500蚊" is "1500元".
  // Written out, not generated: an object spread of generated entries stays in every bundle that
  // imports this file, and is run at load, even where the map itself is never read.
  '0蚊': '0元', '1蚊': '1元', '2蚊': '2元', '3蚊': '3元', '4蚊': '4元', '5蚊': '5元', '6蚊': '6元', '7蚊': '7元', '8蚊': '8元', '9蚊': '9元',
};
