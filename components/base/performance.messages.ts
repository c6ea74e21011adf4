/** Strings shared by the two performance widgets (grades, statuses, flags, column names). */
import type { Localized } from '../../src/format/messages.js';

export const PERF: Record<string, Localized> = {
  score: { 'zh-CN': '得分', en: 'Score' },
  weight: { 'zh-CN': '分值', en: 'Weight' },
  total: { 'zh-CN': '自评总分', en: 'Self-evaluation score' },
  evaluation: { 'zh-CN': '部门评价', en: 'Independent evaluation' },
  evaluationApprox: { 'zh-CN': '评价报告项目名为“{name}”，按名称近似匹配', en: 'The report names the project “{name}”; matched approximately by name' },
  grade: { 'zh-CN': '等级', en: 'Grade' },
  gradeDerived: { 'zh-CN': '由总分推算', en: 'derived from the total' },
  gradeSummary: { 'zh-CN': '据汇总表', en: 'from the summary table' },
  unrated: { 'zh-CN': '未评', en: 'Not rated' },
  rate: { 'zh-CN': '执行率', en: 'Execution rate' },
  rateDerived: { 'zh-CN': '执行率由执行数 / 全年预算数推算', en: 'execution rate derived as executed / annual budget' },
  budget: { 'zh-CN': '全年预算数', en: 'Annual budget' },
  initialBudget: { 'zh-CN': '年初预算数', en: 'Initial budget' },
  executed: { 'zh-CN': '全年执行数', en: 'Executed' },
  gap: { 'zh-CN': '差距', en: 'Gap' },
  line: { 'zh-CN': '第 {line} 行', en: 'line {line}' },
  source: { 'zh-CN': '出处', en: 'Source' },
  met: { 'zh-CN': '达成', en: 'Met' },
  missed: { 'zh-CN': '未达成', en: 'Not met' },
  qualitative: { 'zh-CN': '定性', en: 'Qualitative' },
  'not-comparable': { 'zh-CN': '无法比较', en: 'Not comparable' },
  'no-actual': { 'zh-CN': '未填报', en: 'Not reported' },
  error: { 'zh-CN': '错误', en: 'Error' },
  warning: { 'zh-CN': '提示', en: 'Warning' },
  unchecked: { 'zh-CN': '未能核对', en: 'Not checked' },
  rounding: { 'zh-CN': '舍入', en: 'Rounding' },
  output: { 'zh-CN': '产出指标', en: 'Outputs (产出)' },
  outcome: { 'zh-CN': '效益指标', en: 'Outcomes (效益)' },
  satisfaction: { 'zh-CN': '满意度指标', en: 'Satisfaction (满意度)' },
};

/** The mark beside a grade, so a grade is never told by colour alone. */
export const GRADE_SHAPES: Record<string, string> = { 优: '★', 优秀: '★', 良: '●', 良好: '●', 中: '▲', 合格: '▲', 差: '■', 不合格: '■' };
/** The mark beside a target status. */
export const STATUS_SHAPES: Record<string, string> = { met: '✓', missed: '✗', qualitative: '◇', 'not-comparable': '?', 'no-actual': '–' };
/** The mark beside a flag's severity. */
export const SEVERITY_SHAPES: Record<string, string> = { error: '✖', warning: '⚠', unchecked: '?', rounding: '≈' };
