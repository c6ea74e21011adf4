/** Strings of <budget-sankey>, in both languages. Names from the document are not here. */
import type { Localized } from '../../src/format/messages.js';

export const SANKEY: Record<string, Localized> = {
  summary: {
    'zh-CN': '{title}资金流向：合计{total}。',
    en: 'Money flows of {title}: {total} in total.',
  },
  summaryLargest: {
    'zh-CN': '最大的功能分类是{name}，{value}，占{share}。',
    en: 'The largest function class is {name}, {value} ({share}).',
  },
  summarySplit: {
    'zh-CN': '基本支出占{basic}，项目支出占{project}。',
    en: 'Basic expenditure is {basic} and project expenditure {project} of spending.',
  },
  titleFinal: { 'zh-CN': '{department}{year}年度部门决算', en: '{department}, final accounts {year}' },
  titleBudget: { 'zh-CN': '{department}{year}年度部门预算', en: '{department}, budget {year}' },
  flow: { 'zh-CN': '{source} → {target}', en: '{source} → {target}' },
  shareOfTotal: { 'zh-CN': '占合计 {share}', en: '{share} of the total' },
  exaggerated: {
    'zh-CN': '此流向很小，为看得见加粗绘制；金额未变。',
    en: 'A tiny flow drawn thicker so it can be seen; its amount is unchanged.',
  },
  expandHint: { 'zh-CN': '按回车或点击展开：{names}', en: 'Press Enter or click to expand: {names}' },
  imbalances: { 'zh-CN': '收支不平衡 {count} 处：', en: '{count} imbalances:' },
  unverifiedGaps: { 'zh-CN': '未能核对的差额 {count} 处（所涉表格未能完整读取，可能是解析所致，不是文档本身的错误）：', en: '{count} unverified gaps (a table involved could not be read with confidence; they may come from reading it, not from the document):' },
  focused: { 'zh-CN': '{name}，{value}，{position}', en: '{name}, {value}, {position}' },
  nodePosition: { 'zh-CN': '第{column}列第{index}项，共{count}项', en: 'column {column}, item {index} of {count}' },
  linkPosition: { 'zh-CN': '流向', en: 'flow' },
  keyboardHint: {
    'zh-CN': '用方向键浏览：上下在同一列中移动，左右沿流向移动；回车选中，Esc 取消。',
    en: 'Use the arrow keys: up and down within a column, left and right along the flows; Enter selects, Escape clears.',
  },
  keyboardHintVertical: {
    'zh-CN': '用方向键浏览：左右在同一层中移动，上下沿流向移动；回车选中，Esc 取消。',
    en: 'Use the arrow keys: left and right within a stage, up and down along the flows; Enter selects, Escape clears.',
  },
  nodesCaption: { 'zh-CN': '各节点金额（{tables}）', en: 'Amounts by node ({tables})' },
  flowsCaption: { 'zh-CN': '资金流向（{tables}）', en: 'Flows ({tables})' },
  column: { 'zh-CN': '列', en: 'Column' },
  name: { 'zh-CN': '名称', en: 'Name' },
  code: { 'zh-CN': '编码', en: 'Code' },
  from: { 'zh-CN': '来源', en: 'From' },
  to: { 'zh-CN': '去向', en: 'To' },
  share: { 'zh-CN': '占比', en: 'Share' },
  omitted: { 'zh-CN': '未绘制（零或空白）', en: 'Not drawn (0 or blank)' },
  legend: { 'zh-CN': '图例', en: 'Legend' },
  unit: { 'zh-CN': '单位：{unit}', en: 'Amounts in {unit}' },
};
