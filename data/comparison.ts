// The popup's side-by-side comparison, as data. Sections follow the seed article's order so a reader
// who arrives from that article finds each of its points corrected in the same place. Cells name a
// fact of each certificate (never a copy): render its text, sources, caveat and commonClaim ("常见说法").
import { CERTIFICATES } from './certificates';
import type { CertId, ComparisonRow, ComparisonSection, Fact } from './types';

export const COMPARISON: readonly ComparisonSection[] = [
  {
    id: 'pay',
    title: { zh_CN: '薪资待遇', zh_TW: '薪資待遇', en: 'Pay' },
    rows: [
      {
        id: 'job-ad-pay',
        label: { zh_CN: '招聘薪资（报道）', zh_TW: '招聘薪資（報導）', en: 'Job-ad pay (reported)' },
        cells: { 'internet-marketer': 'pay', 'all-media-operator': 'pay' },
      },
    ],
  },
  {
    id: 'definition-tracks',
    title: { zh_CN: '职业定义与工种/方向', zh_TW: '職業定義與工種／方向', en: 'Definition, work types and directions' },
    rows: [
      {
        id: 'definition',
        label: { zh_CN: '职业定义', zh_TW: '職業定義', en: 'Definition' },
        cells: { 'internet-marketer': 'definition', 'all-media-operator': 'definition' },
      },
      {
        id: 'tracks',
        label: { zh_CN: '工种/方向', zh_TW: '工種／方向', en: 'Work types / directions' },
        cells: { 'internet-marketer': 'tracks', 'all-media-operator': 'tracks' },
      },
      {
        id: 'duties',
        label: { zh_CN: '主要工作任务', zh_TW: '主要工作任務', en: 'Main tasks' },
        // The 互联网营销师 standard's task list is not in facts.md; the cell stays empty rather than
        // repeating the seed article's informal list.
        cells: { 'internet-marketer': null, 'all-media-operator': 'duties' },
      },
    ],
  },
  {
    id: 'origin-standard',
    title: { zh_CN: '诞生背景与国家标准', zh_TW: '誕生背景與國家標準', en: 'Origin and national standard' },
    rows: [
      {
        id: 'published',
        label: { zh_CN: '发布', zh_TW: '發布', en: 'Announced' },
        cells: { 'internet-marketer': 'published', 'all-media-operator': 'published' },
      },
      {
        id: 'classification',
        label: { zh_CN: '《国家职业分类大典》', zh_TW: '《國家職業分類大典》', en: 'National occupational classification' },
        cells: { 'internet-marketer': 'classification', 'all-media-operator': 'classification' },
      },
      {
        id: 'code',
        label: { zh_CN: '职业编码', zh_TW: '職業編碼', en: 'Occupation code' },
        cells: { 'internet-marketer': 'code', 'all-media-operator': 'code' },
      },
      {
        id: 'standard',
        label: { zh_CN: '国家职业标准', zh_TW: '國家職業標準', en: 'National standard' },
        cells: { 'internet-marketer': 'standard', 'all-media-operator': 'standard' },
      },
    ],
  },
  {
    id: 'issuer-verification',
    title: { zh_CN: '颁证与核验', zh_TW: '頒證與核驗', en: 'Issuer and verification' },
    rows: [
      {
        id: 'issuer',
        label: { zh_CN: '颁证单位', zh_TW: '頒證單位', en: 'Issued by' },
        cells: { 'internet-marketer': 'issuer', 'all-media-operator': 'issuer' },
      },
      {
        id: 'certificate-class',
        label: { zh_CN: '证书类别', zh_TW: '證書類別', en: 'Kind of certificate' },
        cells: { 'internet-marketer': 'certificateClass', 'all-media-operator': 'certificateClass' },
      },
      {
        id: 'verification',
        label: { zh_CN: '如何查验', zh_TW: '如何查驗', en: 'How to check one' },
        cells: { 'internet-marketer': 'verification', 'all-media-operator': 'verification' },
      },
    ],
  },
  {
    id: 'levels',
    title: { zh_CN: '等级', zh_TW: '等級', en: 'Levels' },
    rows: [
      {
        id: 'levels',
        label: { zh_CN: '等级设置', zh_TW: '等級設置', en: 'Levels' },
        cells: { 'internet-marketer': 'levels', 'all-media-operator': 'levels' },
      },
      {
        id: 'level-skipping',
        label: { zh_CN: '能否跨级', zh_TW: '能否跨級', en: 'Skipping levels' },
        // Not established for 全媒体运营师 (its exact application conditions are unverified).
        cells: { 'internet-marketer': 'levelSkipping', 'all-media-operator': null },
      },
    ],
  },
  {
    id: 'registration',
    title: { zh_CN: '报考方式与条件', zh_TW: '報考方式與條件', en: 'How to apply, and who may' },
    rows: [
      {
        id: 'registration',
        label: { zh_CN: '报考方式', zh_TW: '報考方式', en: 'Where to apply' },
        cells: { 'internet-marketer': 'registration', 'all-media-operator': 'registration' },
      },
      {
        id: 'eligibility',
        label: { zh_CN: '报考条件', zh_TW: '報考條件', en: 'Who may apply' },
        cells: { 'internet-marketer': 'eligibility', 'all-media-operator': 'eligibility' },
      },
      {
        id: 'training-hours',
        label: { zh_CN: '培训参考学时', zh_TW: '培訓參考學時', en: 'Reference training hours' },
        // Not verified for the 全媒体运营师 standard.
        cells: { 'internet-marketer': 'trainingHours', 'all-media-operator': null },
      },
      {
        id: 'subsidy',
        label: { zh_CN: '技能提升补贴', zh_TW: '技能提升補貼', en: 'Skill-upgrading subsidy' },
        cells: { 'internet-marketer': 'subsidy', 'all-media-operator': 'subsidy' },
      },
    ],
  },
];

/** The fact a cell points at, or null for a deliberately empty cell. Throws on a dangling reference. */
export function cellFact(row: ComparisonRow, certId: CertId): Fact | null {
  const key = row.cells[certId];
  if (key === null) return null;
  const fact = CERTIFICATES[certId].facts[key];
  if (!fact) throw new Error(`Comparison row ${row.id} names a missing fact ${certId}.${key}`);
  return fact;
}
