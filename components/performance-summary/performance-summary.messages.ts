/** Strings of `<performance-summary>` (zh-CN here). English in performance-summary.messages.en.ts, loaded when an element first speaks it (components/base/catalogue.ts). */
import { catalogue } from '../base/catalogue.js';

export const SUMMARY = catalogue(
  {
    summary: '{count} 个项目绩效自评：{grades}；自评得分 {min}–{max} 分{department}{evaluated}。',
    department: '；部门整体自评 {score} 分',
    evaluated: '；{count} 个项目另有部门评价',
    gradeCount: '{grade} {count} 个',
    caption: '项目支出绩效自评汇总（{source}）',
    fromList: '项目支出绩效自评汇总表',
    fromCards: '各项目支出绩效自评表',
    project: '项目',
    selfScore: '自评得分',
    evaluation: '部门评价得分',
    gap: '差距（评价 − 自评）',
    budget: '全年预算数（{unit}）',
    sortBy: '按{column}排序',
    sortedAsc: '已按{column}升序排列',
    sortedDesc: '已按{column}降序排列',
    sortedOfficial: '已恢复原表顺序',
    departmentScore: '部门整体支出绩效自评',
    unlisted: '未列入汇总表',
    sortOrder: '原表顺序',
    sortColumn: '排序',
    descending: '降序',
    noScorecard: '无自评表',
    unnamed: '（未列项目名称）',
    open: '查看“{name}”',
  },
  () => import('./performance-summary.messages.en.js'),
);
