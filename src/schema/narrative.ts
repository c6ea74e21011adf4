/**
 * The figures quoted in the 情况说明 (sections 一–十): year-over-year comparisons, budget vs
 * final per function item, structure shares, 三公 details, 机关运行经费, 政府采购 and 国有资产.
 * They are printed in 万元 (the document's default unit) unless `unit` says otherwise.
 */
import * as v from 'valibot';
import {
  Amount,
  Count,
  FunctionCode,
  Name,
  Percent,
  SignedAmount,
  Source,
  Text,
  Unit,
  describe,
} from './primitives.js';

export const Direction = describe(
  v.picklist(['increase', 'decrease', 'same']),
  'The word the text uses: increase 增加/增长, decrease 减少/下降, same 持平/一致.',
);

/**
 * What a comparison is about. A fixed vocabulary so that the audit can find the table
 * amount the text quotes.
 */
export const Subject = describe(
  v.picklist([
    'grandTotal', // 收、支总计
    'incomeTotal', // 本年收入合计
    'expenditureTotal', // 本年支出合计
    'fiscalGrandTotal', // 财政拨款收、支总计
    'generalBudgetExpenditure', // 一般公共预算财政拨款支出
    'basicExpenditure', // 基本支出
    'projectExpenditure', // 项目支出
    'personnelCosts', // 人员经费
    'publicCosts', // 公用经费
    'threePublic', // "三公"经费
    'operatingCosts', // 机关运行经费
    'income.fiscal',
    'income.superiorSubsidy',
    'income.institution',
    'income.operating',
    'income.affiliated',
    'income.other',
    'expenditure.superiorRemit',
    'expenditure.operating',
    'expenditure.subsidiaryGrant',
    'other',
  ]),
  'What the figure is about (grandTotal 收支总计, incomeTotal 本年收入合计, basicExpenditure 基本支出, income.fiscal 财政拨款收入, …).',
);

/** "与2020年度相比，减少6,539.32万元，下降50.37%。主要是…" */
export const Comparison = v.strictObject({
  subject: Subject,
  label: describe(Name, 'The label as printed, e.g. 财政拨款收入.'),
  current: describe(Amount, 'This year\'s amount.'),
  previous: v.optional(describe(Amount, 'The compared amount (previous year, or budget when comparedWith is budget), if printed.')),
  comparedWith: v.optional(
    describe(v.picklist(['previousYear', 'budget']), 'What the text compares with: the previous year (default) or the budget.'),
  ),
  change: v.optional(describe(SignedAmount, 'The stated change, signed (negative for 减少).')),
  changePercent: v.optional(describe(Percent, 'The stated change in percent, signed (negative for 下降).')),
  direction: v.optional(Direction),
  reason: v.optional(describe(Text, 'The stated reason (主要是/主要原因是…).')),
  source: v.optional(Source),
});

/** "其中：基本支出1,057.22万元，占16.41%；…" */
export const ShareGroup = v.strictObject({
  subject: describe(
    v.picklist(['income', 'expenditure', 'generalBudgetByClass', 'other']),
    'Which structure: income 收入构成, expenditure 支出构成 (基本/项目), generalBudgetByClass 一般公共预算支出 by 类.',
  ),
  label: Name,
  total: Amount,
  parts: v.array(
    v.strictObject({
      label: Name,
      code: v.optional(FunctionCode),
      amount: Amount,
      percent: Percent,
    }),
  ),
  source: v.optional(Source),
});

/** "年初预算为964.42万元，支出决算为1,039.24万元，完成年初预算的107.76%。决算数大于…原因是…" */
export const ExecutionItem = v.strictObject({
  code: v.optional(FunctionCode),
  label: describe(Name, 'The item as printed, e.g. 一般公共服务支出(类)发展与改革事务(款)行政运行(项).'),
  budget: describe(Amount, '年初预算.'),
  final: describe(Amount, '支出决算.'),
  rate: v.optional(describe(Percent, '完成年初预算的 …%, when printed.')),
  comparison: v.optional(
    describe(v.picklist(['above', 'below', 'equal']), 'The stated relation: above 大于, below 小于, equal 等于/持平.'),
  ),
  reason: v.optional(Text),
  source: v.optional(Source),
});

export const Execution = v.strictObject({
  total: v.optional(describe(ExecutionItem, 'The whole 一般公共预算财政拨款支出.')),
  items: describe(v.array(ExecutionItem), 'Each 功能分类 项 the text explains.'),
});

const Reception = v.strictObject({
  amount: v.optional(Amount),
  batches: v.optional(Count),
  people: v.optional(Count),
});

/**
 * 会议费 or 培训费 as the 三公 section states it: "会议费预算支出158.44万元，比上年预算减少42万元"
 * (amount, change) or "安排培训费预算2,795.78万元，支出决算2,795.78万元" (execution).
 */
const Related = v.strictObject({
  amount: v.optional(describe(Amount, 'The amount stated (a budget: its 预算).')),
  execution: v.optional(ExecutionItem),
  change: v.optional(describe(SignedAmount, 'The stated change from last year, signed.')),
  direction: v.optional(Direction),
  reason: v.optional(Text),
  source: v.optional(Source),
});

/** Section 七: the "三公" figures that are not in 表7. */
export const ThreePublicDetails = v.strictObject({
  total: v.optional(describe(ExecutionItem, '"三公"经费 年初预算 vs 决算.')),
  abroad: v.optional(
    v.strictObject({ execution: v.optional(ExecutionItem), groups: v.optional(Count), people: v.optional(Count) }),
  ),
  vehicles: v.optional(
    v.strictObject({
      execution: v.optional(ExecutionItem),
      purchaseAmount: v.optional(Amount),
      purchased: v.optional(describe(Count, '购置公务用车 辆.')),
      operationAmount: v.optional(Amount),
      held: v.optional(describe(Count, '公务用车保有量 辆.')),
    }),
  ),
  reception: v.optional(
    v.strictObject({
      execution: v.optional(ExecutionItem),
      domestic: v.optional(describe(Reception, '国内接待.')),
      foreignAffairs: v.optional(describe(Reception, '其中外事接待.')),
      abroad: v.optional(describe(Reception, '国（境）外接待.')),
    }),
  ),
  meetings: v.optional(describe(Related, '会议费 (not "三公").')),
  training: v.optional(describe(Related, '培训费 (not "三公").')),
  source: v.optional(Source),
});

/** 十(二) 政府采购. */
export const Procurement = v.strictObject({
  total: Amount,
  goods: v.optional(Amount),
  works: v.optional(Amount),
  services: v.optional(Amount),
  toSme: v.optional(describe(Amount, '授予中小企业合同金额.')),
  toSmeShare: v.optional(describe(Percent, '占政府采购支出总额的 …%.')),
  toSmallMicro: v.optional(describe(Amount, '授予小微企业合同金额.')),
  source: v.optional(Source),
});

/** 十(三) 国有资产占用. */
export const Assets = v.strictObject({
  vehicles: v.optional(Count),
  vehiclesByType: v.optional(v.array(v.strictObject({ name: Name, count: Count }))),
  generalEquipment: v.optional(describe(Count, '单位价值50万元以上通用设备 台（套）.')),
  specialEquipment: v.optional(describe(Count, '单位价值100万元以上专用设备 台（套）.')),
  asOf: v.optional(describe(Name, 'The "截至" date as printed, e.g. 2021年12月31日, 2025年底.')),
  source: v.optional(Source),
});

/** "政府性基金预算财政拨款减少 258146.77 万元": a figure no reader above gave a meaning. */
export const Figure = v.strictObject({
  label: describe(Name, 'The words of its clause before the figure, as printed (e.g. 政府性基金预算财政拨款减少); may be empty.'),
  amount: describe(Amount, 'The figure as printed, in 万元 (a change keeps its printed magnitude; the label says 增加/减少).'),
  source: v.optional(Source),
});

export const Narrative = v.strictObject({
  unit: v.optional(Unit),
  comparisons: v.optional(describe(v.array(Comparison), 'Year-over-year (and budget) comparisons quoted in the text.')),
  shares: v.optional(describe(v.array(ShareGroup), 'Structure shares quoted in the text.')),
  execution: v.optional(describe(Execution, 'Budget vs final of 一般公共预算财政拨款支出, in total and per 项.')),
  threePublic: v.optional(ThreePublicDetails),
  operatingCosts: v.optional(describe(Comparison, '机关运行经费, with its stated comparison.')),
  procurement: v.optional(Procurement),
  assets: v.optional(Assets),
  notes: v.optional(describe(v.array(Text), 'Statements with no number, e.g. 本部门没有政府性基金财政拨款收支.')),
  figures: v.optional(
    describe(
      v.array(Figure),
      'The 万元 figures of the text whose amount the document holds nowhere else, kept as printed with the words before it (not interpreted, not audited): so that no printed amount is lost for want of a reader.',
    ),
  ),
});

export type Comparison = v.InferOutput<typeof Comparison>;
export type ShareGroup = v.InferOutput<typeof ShareGroup>;
export type ExecutionItem = v.InferOutput<typeof ExecutionItem>;
export type ThreePublicDetails = v.InferOutput<typeof ThreePublicDetails>;
export type Procurement = v.InferOutput<typeof Procurement>;
export type Assets = v.InferOutput<typeof Assets>;
export type Figure = v.InferOutput<typeof Figure>;
export type Narrative = v.InferOutput<typeof Narrative>;
