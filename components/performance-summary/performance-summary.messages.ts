/** Strings of `<performance-summary>` (zh-CN and en). */
import type { Localized } from '../../src/format/messages.js';

export const SUMMARY: Record<string, Localized> = {
  summary: {
    'zh-CN': '{count} 个项目绩效自评：{grades}；自评得分 {min}–{max} 分{department}{evaluated}。',
    en: '{count} project self-evaluations: {grades}; scores {min} to {max}{department}{evaluated}.',
  },
  department: { 'zh-CN': '；部门整体自评 {score} 分', en: '; the department as a whole scored {score}' },
  evaluated: { 'zh-CN': '；{count} 个项目另有部门评价', en: '; {count} also independently evaluated' },
  gradeCount: { 'zh-CN': '{grade} {count} 个', en: '{count} {grade}' },
  caption: { 'zh-CN': '项目支出绩效自评汇总（{source}）', en: 'Project self-evaluation summary ({source})' },
  fromList: { 'zh-CN': '项目支出绩效自评汇总表', en: '项目支出绩效自评汇总表, the summary table' },
  fromCards: { 'zh-CN': '各项目支出绩效自评表', en: 'the project scorecards' },
  project: { 'zh-CN': '项目', en: 'Project' },
  selfScore: { 'zh-CN': '自评得分', en: 'Self score' },
  evaluation: { 'zh-CN': '部门评价得分', en: 'Independent score' },
  gap: { 'zh-CN': '差距（评价 − 自评）', en: 'Gap (independent − self)' },
  budget: { 'zh-CN': '全年预算数（{unit}）', en: 'Annual budget ({unit})' },
  sortBy: { 'zh-CN': '按{column}排序', en: 'Sort by {column}' },
  sortedAsc: { 'zh-CN': '已按{column}升序排列', en: 'Sorted by {column}, ascending' },
  sortedDesc: { 'zh-CN': '已按{column}降序排列', en: 'Sorted by {column}, descending' },
  sortedOfficial: { 'zh-CN': '已恢复原表顺序', en: 'Back to the official order' },
  departmentScore: { 'zh-CN': '部门整体支出绩效自评', en: 'Department as a whole' },
  unlisted: { 'zh-CN': '未列入汇总表', en: 'not in the summary table' },
  sortOrder: { 'zh-CN': '原表顺序', en: 'Official order' },
  sortColumn: { 'zh-CN': '排序', en: 'Sort' },
  descending: { 'zh-CN': '降序', en: 'Descending' },
  noScorecard: { 'zh-CN': '无自评表', en: 'no scorecard' },
  unnamed: { 'zh-CN': '（未列项目名称）', en: '(no project name printed)' },
  open: { 'zh-CN': '查看“{name}”', en: 'Open “{name}”' },
};
