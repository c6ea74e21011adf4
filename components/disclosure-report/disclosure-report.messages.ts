/** The words of <disclosure-report>: section titles, the contents, the overview. */
import type { Localized } from '../../src/format/messages.js';

export const REPORT: Record<string, Localized> = {
  contents: { 'zh-CN': '目录', en: 'Contents' },
  overview: { 'zh-CN': '总体情况', en: 'Overview' },
  flow: { 'zh-CN': '收支流向', en: 'Where the money came from and went' },
  structure: { 'zh-CN': '支出结构', en: 'What the spending is made of' },
  threePublic: { 'zh-CN': '“三公”经费', en: '"Three public costs"' },
  execution: { 'zh-CN': '预算执行', en: 'Budget execution' },
  performance: { 'zh-CN': '绩效评价', en: 'Performance evaluation' },
  audit: { 'zh-CN': '数据核对', en: 'Consistency check' },
  scorecards: { 'zh-CN': '项目绩效自评表', en: 'Project scorecards' },
  noFigures: { 'zh-CN': '本文件没有收支总表（公开01表）、支出决算表（公开03表）和“三公”经费表（公开07表），无总体数据。', en: 'The document has no summary tables (Tables 01, 03 and 07), so there are no overall figures.' },
  count: { 'zh-CN': '{count} 个', en: '{count}' },
  source: { 'zh-CN': '来源：{source}', en: 'Source: {source}' },
  line: { 'zh-CN': '（原文第{line}行）', en: ' (line {line})' },
  blank: { 'zh-CN': '空白（未填报）', en: 'blank (not filled in)' },
  summary: { 'zh-CN': '{department}{year}年度{kind}：{figures}', en: '{department}, {kind} {year}: {figures}' },
  summaryEmpty: { 'zh-CN': '{department}{year}年度{kind}', en: '{department}, {kind} {year}' },
  otherTables: { 'zh-CN': '附：其他表格（按原样）', en: 'Appendix: other tables, as printed' },
  otherTablesNote: {
    'zh-CN': '文件中印有、但不属于九张公开表格的表格和栏目，按原文保存（未经解读，不参与核对）。',
    en: 'Tables and columns the document prints beyond the nine disclosure tables, kept as printed (not interpreted, not checked).',
  },
  otherTableMeta: { 'zh-CN': '（{rows}行，单位：{unit}，{why}）', en: ' ({rows} rows, in {unit}; {why})' },
  otherRow: { 'zh-CN': '项目', en: 'Row' },
  'reason-untyped': { 'zh-CN': '不属于九张公开表格', en: 'not one of the nine tables' },
  'reason-duplicate': { 'zh-CN': '与已读取的同类表格重复', en: 'a second table of a kind already read' },
  'reason-unmapped-columns': { 'zh-CN': '表格中模式未收录的栏目', en: 'columns the schema has no field for' },
  'reason-read-with-loss': { 'zh-CN': '该表未能完整读取，附原表', en: 'the table could not be read completely; here as printed' },
  final: { 'zh-CN': '部门决算', en: 'final accounts' },
  budget: { 'zh-CN': '部门预算', en: 'budget' },
};
