// Both scripts for the claim checker, on top of the shared character map (data/script-map.ts).
// A test fails when a rule uses a character the map has not decided on.
//
// The checker never converts patterns into traditional ones; it maps page text the other way,
// traditional → simplified, one UTF-16 unit for one, so offsets stay those of the page. Each
// traditional form here is also read back: where a character has several traditional forms in use
// (说: 說/説, 里: 裡/裏, 签: 簽/籤) all are listed, the usual one first. Characters whose traditional
// form depends on the word (制: 制定 but 印製; 周: 週歲; 布: 發佈; 松: 輕鬆) list the form our wording
// needs; mapping it back to simplified is always safe.
import { SIMPLIFIED_TO_TRADITIONAL, TRADITIONAL_TO_SIMPLIFIED } from '../../data/script-map';
import { escapeRegExp } from '../regexp';

export { SIMPLIFIED_TO_TRADITIONAL, TRADITIONAL_TO_SIMPLIFIED };

/**
 * Characters of the claim wording that are written the same in both scripts (OpenCC s2t, s2tw and
 * s2hk leave them alone). Together with the map's keys they must cover every character a pattern
 * uses; the tests enforce it, so a new rule cannot silently miss traditional text.
 */
export const UNCHANGED_IN_TRADITIONAL = '看卡企榜一三上不中主久之也了予事二互五交享人付代以件任份但位住何作使依便保信假做停健允元充光免入全公六具兼冒凡出分切列初到前力加助勿包化十千升印即原去叉及取受口只可司各合同名否含吹告和品售唯商嘛噱四回在地址均埋培基增外多大失套如妨委威媒子字存安官定宣家容寨小少尚就局居山工已市席常幌平年底府度庭康建引影待律得心必忽息悠惕惜想意愧慎成我所才打找承技投折招括拿持指授排接推提揭撤播操收改放政效教整文料新方施旗明是普暗曝更替最月有期未本李查校核根格案款止正此每比民永求治法注流消深清渠源焊然版牌率理甄生用由申留登百的目直相真眼碳示社禁租程立站章符等策算管籍美考者育能自英茶莫落行被要言警起超路身躺辨返退送通造道部都醒金阱防限陷障集零需非靠革首高鬼鼓聘急募描述薪先下供借津至寓房另再手票益共捏批解服它省城枚背走遍哪皆跨肯次重男女老盲水架向支睡白己那序徽妥宗八好啥什照叫散其他面七九很量而瞎胡性拉足爆表吃天完你敢混端北科休概您甭黑仍封怕吐槽南海江果翻倍念倒避雷踩寄懂唬西香跟涉嫌弊碰忙士楚介杜撰福利知坑些班咱坐客微句搜索添像差似答式途呀啊哦哈啦喔嘞窗怎早片滴析疑抄壹肆伍柒捌玖仟佰拾抵扣仿豫呢遇堂域害特挺日父母她低花冤枉浪咬竟除吧步始味搵刻把掉搞太反';

/** The usual traditional spelling of a simplified string; characters not in the map stay. Keeps length. */
export function toTraditional(simplified: string): string {
  let out = '';
  for (const c of simplified) out += SIMPLIFIED_TO_TRADITIONAL[c]?.[0] ?? c;
  return out;
}

/** The simplified spelling of a traditional (or mixed) string, as far as the map knows. Keeps length. */
export function toSimplified(text: string): string {
  let out = '';
  for (const c of text) out += TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

/**
 * A regex source matching `literal` in either script, character by character ("证书" → "[证證][书書]").
 * Used for the prefilters, which run on the raw page text before any normalisation.
 */
export function eitherScript(literal: string): string {
  let out = '';
  for (const c of literal) {
    const forms = SIMPLIFIED_TO_TRADITIONAL[c];
    out += forms ? `[${c}${forms}]` : escapeRegExp(c);
  }
  return out;
}
