/**
 * 预算绩效: the summary in section 十一, the 项目支出绩效自评汇总表, each 项目支出绩效自评表
 * (scorecard) and each 部门评价报告.
 */
import * as v from 'valibot';
import { Amount, Count, Name, Percent, Score, Source, Text, Unit, describe } from './primitives.js';

/** "≥12人", "=100%", "≤7.35万元", or a word such as 是 / 提升 / 及时. */
export const Target = describe(
  v.strictObject({
    text: describe(v.pipe(v.string(), v.maxLength(500)), 'The cell as printed.'),
    comparator: v.optional(describe(v.picklist(['≥', '≤', '=', '>', '<']), 'The comparator, when the cell has one.')),
    value: v.optional(describe(v.pipe(v.number(), v.finite()), 'The number, when the cell has one.')),
    unit: v.optional(describe(v.pipe(v.string(), v.maxLength(50)), 'The unit after the number, e.g. 人, %, 万元.')),
  }),
  'An indicator value: the printed text and, when it has them, comparator, number and unit.',
);

export const Level1 = describe(
  v.picklist(['output', 'outcome', 'satisfaction', 'unclassified']),
  '一级指标: output 产出, outcome 效益, satisfaction 满意度. Inferred from 二级 when the print shifted it. unclassified: the table prints no levels (a 绩效目标表 of 指标名称 | 指标性质 | 指标值 rows under one 绩效指标 label).',
);

export const Indicator = v.strictObject({
  level1: Level1,
  level2: describe(Name, '二级指标 as printed, e.g. 数量指标, 社会效益, 可持续影响.'),
  name: describe(Name, '三级指标.'),
  target: describe(Target, '年度指标值.'),
  actual: describe(Target, '实际完成值.'),
  weight: describe(Score, '分值.'),
  score: describe(Score, '得分.'),
  deviation: v.optional(describe(Text, '偏差原因分析及改进措施.')),
  source: v.optional(Source),
});

export const FundsLine = v.strictObject({
  initialBudget: describe(Amount, '年初预算数.'),
  annualBudget: describe(Amount, '全年预算数.'),
  executed: describe(Amount, '全年执行数.'),
  periodTotal: v.optional(describe(Amount, '实施期资金总额: a 绩效目标表\'s amount for the whole implementation period (not the year\'s budget).')),
  weight: v.optional(describe(Score, '分值 (年度资金总额 only).')),
  rate: v.optional(describe(Percent, '执行率 as printed.')),
  score: v.optional(describe(Score, '得分 (年度资金总额 only).')),
  source: v.optional(Source),
});

const Party = v.strictObject({ code: v.optional(Name), name: Name });

const TaskFunds = v.strictObject({
  total: describe(Amount, '总额.'),
  fiscal: describe(Amount, '财政拨款.'),
  other: describe(Amount, '其他资金.'),
});

/** One 年度主要任务 row of a 部门整体支出绩效自评表. */
export const DepartmentTask = v.strictObject({
  name: describe(Name, '任务名称.'),
  content: v.optional(describe(Text, '主要内容.')),
  status: v.optional(describe(Name, '完成情况, e.g. 任务完成 / 部分任务完成.')),
  annualBudget: describe(TaskFunds, '全年预算数.'),
  executed: describe(TaskFunds, '全年执行数.'),
  weight: describe(Score, '分值.'),
  rate: v.optional(describe(Percent, '执行率 as printed.')),
  score: describe(Score, '得分.'),
  source: v.optional(Source),
});

export const Scorecard = v.strictObject({
  kind: v.optional(
    describe(v.picklist(['project', 'department']), 'project (项目支出绩效自评表, the default) or department (部门整体支出绩效自评表: name is the 部门, funds the 金额合计 row).'),
  ),
  name: describe(Name, '项目名称 (部门（单位）名称 for a department card).'),
  department: v.optional(describe(Party, '主管部门及代码, e.g. {code: "123", name: "…"}.')),
  implementer: v.optional(describe(Party, '实施单位.')),
  unit: v.optional(describe(Unit, 'Unit of the funds lines (万元 unless printed otherwise).')),
  funds: v.strictObject({
    total: describe(FundsLine, '年度资金总额.'),
    fiscal: v.optional(describe(FundsLine, '其中：财政拨款.')),
    carryOver: v.optional(describe(FundsLine, '上年结转资金.')),
    other: v.optional(describe(FundsLine, '其他资金.')),
    parts: v.optional(
      describe(
        v.array(v.strictObject({ label: describe(Name, 'The part as printed, e.g. 市级支出 or 补助区县.'), ...FundsLine.entries })),
        'Parts of the year\'s funds printed in the funds block under words of their own (市级支出 / 补助区县, 中央资金 / 省级资金 …), as printed; a blank part is null.',
      ),
    ),
  }),
  goal: v.optional(
    v.strictObject({
      expected: Text,
      actual: Text,
      period: v.optional(describe(Text, '实施期总目标: the goal for the whole implementation period, when a 绩效目标表 prints it beside the year\'s (年度目标, in `expected`).')),
    }),
  ),
  tasks: v.optional(describe(v.array(DepartmentTask), '年度主要任务完成情况 rows (department cards).')),
  indicators: v.array(Indicator),
  indicatorWeight: v.optional(describe(Score, 'The printed weight of all indicators, e.g. 90.')),
  totalWeight: v.optional(describe(Score, '总分 分值 (100).')),
  totalScore: describe(Score, '总分 得分 as printed.'),
  grade: v.optional(describe(Name, '等级 when printed (优/良/中/差, or 合格/不合格).')),
  truncated: v.optional(describe(v.boolean(), 'True when the printed scorecard is cut off.')),
  source: v.optional(Source),
});

export const SelfEvaluation = v.strictObject({
  index: v.optional(Count),
  name: Name,
  implementer: v.optional(Name),
  score: Score,
  grade: v.optional(Name),
  source: v.optional(Source),
});

export const PerformanceSummary = v.strictObject({
  projectCount: v.optional(describe(Count, '涵盖项目 个.')),
  fundsCovered: v.optional(describe(Amount, '涉及预算资金.')),
  fundsShare: v.optional(describe(Percent, '占部门预算项目支出总额的 …%.')),
  gradeCounts: v.optional(
    describe(v.record(Name, Count), 'Projects per self-evaluation grade, e.g. {"优": 9, "良": 0, "中": 0}.'),
  ),
  departmentScore: v.optional(describe(Score, '部门整体支出绩效自评 得分.')),
  departmentGrade: v.optional(Name),
  evaluatedProjects: v.optional(describe(Count, '部门评价 项目 个.')),
  evaluatedFunds: v.optional(describe(Amount, '部门评价 涉及预算资金.')),
  targetProjects: v.optional(describe(Count, '预算: 纳入绩效目标管理的项目 个.')),
  targetFunds: v.optional(describe(Amount, '预算: those projects\' funds (涉及…资金).')),
  selfEvaluations: v.optional(describe(v.array(SelfEvaluation), '项目支出绩效自评汇总表 rows.')),
  source: v.optional(Source),
});

export const EvaluationReport = v.strictObject({
  project: describe(Name, 'The project evaluated.'),
  score: describe(Score, '综合得分.'),
  grade: v.optional(Name),
  dimensions: v.optional(
    describe(
      v.array(v.strictObject({ name: Name, weight: Score, score: Score, rate: v.optional(Percent) })),
      'Scores by 一级指标 (决策 / 过程 / 产出 or 执行 / 效益).',
    ),
  ),
  budget: v.optional(Amount),
  executed: v.optional(Amount),
  source: v.optional(Source),
});

export const Performance = v.strictObject({
  unit: v.optional(Unit),
  summary: v.optional(PerformanceSummary),
  scorecards: v.array(Scorecard),
  evaluations: v.optional(v.array(EvaluationReport)),
});

export type Target = v.InferOutput<typeof Target>;
export type Indicator = v.InferOutput<typeof Indicator>;
export type FundsLine = v.InferOutput<typeof FundsLine>;
export type Scorecard = v.InferOutput<typeof Scorecard>;
export type DepartmentTask = v.InferOutput<typeof DepartmentTask>;
export type SelfEvaluation = v.InferOutput<typeof SelfEvaluation>;
export type PerformanceSummary = v.InferOutput<typeof PerformanceSummary>;
export type EvaluationReport = v.InferOutput<typeof EvaluationReport>;
export type Performance = v.InferOutput<typeof Performance>;
export type Level1 = v.InferOutput<typeof Level1>;
