/** Strings shared by the two performance widgets (grades, statuses, flags, column names). English in performance.messages.en.ts, loaded when an element first speaks it (catalogue.ts). */
import { catalogue } from './catalogue.js';

export const PERF = catalogue(
  {
    score: '得分',
    weight: '分值',
    total: '自评总分',
    evaluation: '部门评价',
    evaluationApprox: '评价报告项目名为“{name}”，按名称近似匹配',
    grade: '等级',
    gradeDerived: '由总分推算',
    gradeSummary: '据汇总表',
    unrated: '未评',
    rate: '执行率',
    rateDerived: '执行率由执行数 / 全年预算数推算',
    budget: '全年预算数',
    initialBudget: '年初预算数',
    executed: '全年执行数',
    gap: '差距',
    line: '第 {line} 行',
    source: '出处',
    met: '达成',
    missed: '未达成',
    qualitative: '定性',
    'not-comparable': '无法比较',
    'no-actual': '未填报',
    error: '错误',
    warning: '提示',
    unchecked: '未能核对',
    rounding: '舍入',
    output: '产出指标',
    outcome: '效益指标',
    satisfaction: '满意度指标',
    unclassified: '绩效指标',
  },
  () => import('./performance.messages.en.js'),
);

/** The mark beside a grade, so a grade is never told by colour alone. */
export const GRADE_SHAPES: Record<string, string> = { 优: '★', 优秀: '★', 良: '●', 良好: '●', 中: '▲', 合格: '▲', 差: '■', 不合格: '■' };
/** The mark beside a target status. */
export const STATUS_SHAPES: Record<string, string> = { met: '✓', missed: '✗', qualitative: '◇', 'not-comparable': '?', 'no-actual': '–' };
/** The mark beside a flag's severity. */
export const SEVERITY_SHAPES: Record<string, string> = { error: '✖', warning: '⚠', unchecked: '?', rounding: '≈' };
