/**
 * The nine tables. A 决算 and a 预算 share these shapes; a budget fills the columns it has
 * and leaves the others out. Rows are keyed by classification code, never by name (names
 * such as 一般行政管理事务 repeat across 款).
 */
import * as v from 'valibot';
import {
  Amount,
  EconomicCode,
  FunctionCode,
  Name,
  Source,
  Text,
  Unit,
  describe,
} from './primitives.js';

/** What every table says about itself. */
const tableHeader = {
  title: describe(Name, 'The table title as printed, e.g. 支出决算表.'),
  code: v.optional(describe(Name, 'The printed table number, e.g. 公开03表.')),
  unit: Unit,
  note: v.optional(describe(Text, 'The 注 printed under the table.')),
  emptyReason: v.optional(
    describe(Text, 'Why the table has no data, as printed ("本部门没有政府性基金收入…故本表无数据"). Present only for an empty table.'),
  ),
  source: v.optional(Source),
};

/**
 * A row no cell prints: the table lists each unit's rows and no department rows, so the
 * department's row for a code is the sum of its units' rows (kept under `units`, or only
 * summed). Widgets say "derived" for it, and it carries no source line of its own.
 */
const UnitsSum = v.optional(
  describe(
    v.literal('unitsSum'),
    "Present when the row is not printed: the sum by code of the units' rows (the table prints each unit's rows and no department row).",
  ),
);

/**
 * A function row no cell prints either way: unitsSum as above, or crossSum — the table crosses
 * 功能分类 with 经济分类 (one printed row per 功能 × 经济 pair, 北京 支出总表) and prints no row
 * for the 功能 code alone, so its row is the sum of its pairs (kept under `economic`).
 */
const FunctionDerived = v.optional(
  describe(
    v.picklist(['unitsSum', 'crossSum']),
    "Present when the row is not printed: unitsSum, the sum by code of the units' rows; crossSum, the sum of the rows the table prints for this code crossed with 经济分类 (under `economic`).",
  ),
);

/** The 政府 经济分类 code (5xx) beside a 部门 one. */
const GovernmentCode = v.pipe(v.string(), v.regex(/^5\d{2}(?:\d{2})?$/));

const Line = describe(
  v.pipe(v.number(), v.integer(), v.minValue(1)),
  '行次: the printed line number of the row.',
);

export const IncomeKind = describe(
  v.picklist([
    'generalBudget', // 一般公共预算财政拨款
    'governmentFund', // 政府性基金预算财政拨款
    'stateCapital', // 国有资本经营预算财政拨款
    'fiscal', // 财政拨款 (budgets that do not split it)
    'superiorSubsidy', // 上级补助收入
    'institution', // 事业收入
    'operating', // 经营收入
    'affiliated', // 附属单位上缴收入
    'other', // 其他收入
  ]),
  'Income kind: generalBudget 一般公共预算财政拨款, governmentFund 政府性基金, stateCapital 国有资本经营, fiscal 财政拨款 (unsplit), superiorSubsidy 上级补助, institution 事业, operating 经营, affiliated 附属单位上缴, other 其他.',
);

/**
 * A part of a line printed under it ("其中：一般公共预算资金" under 财政拨款收入, or the
 * numbered "1、一般公共预算" under "一、财政拨款收入"): already inside the line's amount, so
 * never a term of a sum beside it.
 */
export const SummaryPart = describe(
  v.strictObject({
    kind: v.optional(IncomeKind),
    name: Name,
    line: v.optional(Line),
    amount: Amount,
    source: v.optional(Source),
  }),
  'A 其中 part of a summary line: included in the line\'s amount, not added to it.',
);

/** One line of a summary table (表1, the income side of 表4). */
export const SummaryLine = describe(
  v.strictObject({
    kind: v.optional(IncomeKind),
    code: v.optional(FunctionCode),
    name: Name,
    line: v.optional(Line),
    amount: Amount,
    parts: v.optional(
      describe(v.array(SummaryPart), '其中 parts printed under the line, in printed order; each is included in `amount`, never a line of its own.'),
    ),
    source: v.optional(Source),
  }),
  'A line of a summary table: its name, 行次, amount and (for income) kind or (for expenditure) 类 code.',
);

const summaryTotals = v.strictObject({
  incomeTotal: v.optional(describe(SummaryLine, '本年收入合计.')),
  expenditureTotal: v.optional(describe(SummaryLine, '本年支出合计.')),
  nonFiscalBalanceUsed: v.optional(describe(SummaryLine, '使用非财政拨款结余.')),
  balanceDistribution: v.optional(describe(SummaryLine, '结余分配.')),
  carryOverStart: v.optional(describe(SummaryLine, '年初结转和结余.')),
  carryOverEnd: v.optional(describe(SummaryLine, '年末结转和结余.')),
  incomeGrandTotal: v.optional(describe(SummaryLine, '收入总计.')),
  expenditureGrandTotal: v.optional(describe(SummaryLine, '支出总计.')),
});

/** 公开01表 收入支出决算总表 / 部门收支总表. */
export const IncomeExpenditureSummary = v.strictObject({
  ...tableHeader,
  income: describe(v.array(SummaryLine), 'Income rows 一–八 in table order.'),
  expenditure: describe(v.array(SummaryLine), 'Expenditure 类 rows in table order.'),
  totals: summaryTotals,
});

/** Amounts of 表4 by fiscal source. */
export const FiscalAmounts = describe(
  v.strictObject({
    total: v.optional(Amount),
    generalBudget: v.optional(Amount),
    governmentFund: v.optional(Amount),
    stateCapital: v.optional(Amount),
  }),
  'Amounts by fiscal source: total 合计, generalBudget 一般公共预算, governmentFund 政府性基金, stateCapital 国有资本经营.',
);

export const FiscalLine = v.strictObject({
  code: v.optional(FunctionCode),
  name: Name,
  line: v.optional(Line),
  amounts: FiscalAmounts,
  source: v.optional(Source),
});

/** 公开04表 财政拨款收入支出决算总表 / 财政拨款收支总表. */
export const FiscalSummary = v.strictObject({
  ...tableHeader,
  income: describe(v.array(SummaryLine), 'The fiscal income sources in table order.'),
  expenditure: describe(v.array(FiscalLine), 'Expenditure 类 rows by fiscal source.'),
  totals: v.strictObject({
    incomeTotal: v.optional(SummaryLine),
    expenditureTotal: v.optional(FiscalLine),
    carryOverStart: v.optional(describe(SummaryLine, '年初财政拨款结转和结余.')),
    carryOverStartBySource: v.optional(
      describe(v.array(SummaryLine), '年初结转和结余 by source (一般公共预算, 政府性基金, 国有资本经营), each with its kind.'),
    ),
    carryOverEnd: v.optional(describe(FiscalLine, '年末财政拨款结转和结余 by source.')),
    incomeGrandTotal: v.optional(SummaryLine),
    expenditureGrandTotal: v.optional(FiscalLine),
  }),
});

/**
 * Column keys of each function-classification table, in printed order (a table read without a
 * header takes them by position), then the columns only some tables print: 表5's budgets
 * (BUDGET_COLUMNS), printed before 决算数, and 表2's 财政拨款 by fund (FUND_COLUMNS), printed
 * in place of or under 财政拨款 — never assumed by position.
 */
export const FUNCTION_TABLE_COLUMNS = {
  t2: [
    'total', 'fiscal', 'superiorSubsidy', 'institution', 'operating', 'affiliated', 'other', 'carryOverStart',
    'generalBudget', 'governmentFund', 'stateCapital', 'specialAccount',
  ],
  t3: ['total', 'basic', 'personnel', 'public', 'project', 'superiorRemit', 'operating', 'subsidiaryGrant'],
  // The balances last: a 一般公共预算财政拨款收入支出决算表 prints them around its 支出 (like 表8).
  t5: ['total', 'basic', 'personnel', 'public', 'project', 'budgetAtStart', 'budgetAdjusted', 'carryOverStart', 'income', 'carryOverEnd'],
  t8: ['carryOverStart', 'income', 'total', 'basic', 'personnel', 'public', 'project', 'carryOverEnd'],
  t9: ['total', 'basic', 'personnel', 'public', 'project'],
} as const;
export type FunctionTableId = keyof typeof FUNCTION_TABLE_COLUMNS;

/**
 * 表5's budget columns, printed by many regions' 决算 beside 决算数 (年初预算数 | 调整预算数 |
 * 决算数 …): read only from a 决算's header, never by position, and never in a 预算 (whose
 * 预算数 is its amount, `total`).
 */
export const BUDGET_COLUMNS: readonly string[] = ['budgetAtStart', 'budgetAdjusted'];

/**
 * 表2's income by fund, as the 2025/2026 national template prints it (一般公共预算拨款收入 |
 * 政府性基金预算拨款收入 | 国有资本经营预算拨款收入 | 财政专户管理资金收入): read only from a
 * header that names them, never by position (an older table's third column is 上级补助收入).
 * The first three are 财政拨款 (`fiscal`) by fund; 财政专户管理资金 is a source of its own.
 */
export const FUND_COLUMNS: readonly string[] = ['generalBudget', 'governmentFund', 'stateCapital', 'specialAccount'];

/** The funds that make up 财政拨款: a row's `fiscal` when it is not printed, never added to it. */
export const FISCAL_FUNDS: readonly string[] = ['generalBudget', 'governmentFund', 'stateCapital'];

const COLUMN_DESCRIPTIONS: Record<string, string> = {
  total: '合计 / 小计 (本年收入合计, 本年支出合计, 本年支出小计).',
  fiscal: '财政拨款收入 (all funds together; absent when the table prints only its funds).',
  generalBudget: '一般公共预算拨款收入: the part of 财政拨款 from the 一般公共预算 (inside `fiscal` when both are printed).',
  governmentFund: '政府性基金预算拨款收入: the part of 财政拨款 from 政府性基金预算 (inside `fiscal` when both are printed).',
  stateCapital: '国有资本经营预算拨款收入: the part of 财政拨款 from 国有资本经营预算 (inside `fiscal` when both are printed).',
  specialAccount: '财政专户管理资金收入: money managed in a 财政专户 (教育收费 and other 非税收入); not 财政拨款, a source of its own.',
  superiorSubsidy: '上级补助收入.',
  institution: '事业收入.',
  operating: '经营收入 (表2) or 经营支出 (表3).',
  affiliated: '附属单位上缴收入.',
  other: '其他收入.',
  carryOverStart: '年初结转和结余 (上年结转 in a budget).',
  basic: '基本支出.',
  personnel: '基本支出 of it: 人员经费 / 人员支出 (tables that split 基本支出).',
  public: '基本支出 of it: 公用经费 / 日常公用支出 (tables that split 基本支出).',
  project: '项目支出.',
  superiorRemit: '上缴上级支出.',
  subsidiaryGrant: '对附属单位补助支出.',
  income: '本年收入.',
  carryOverEnd: '年末结转和结余.',
  budgetAtStart: "年初预算数 (表5 of a 决算, where printed): the year's initial budget of the row, in the table's unit. `total` stays the 决算数.",
  budgetAdjusted:
    '调整预算数 / 调整后预算数 / 全年预算数 (表5 of a 决算, where printed): the budget as adjusted during the year, in the table\'s unit.',
};

/** A unit block's name and code, in every table that lists its units apart. */
const UnitName = v.optional(describe(Name, 'The unit (预算单位) as printed on its heading row; absent when none is printed.'));
const UnitCode = v.optional(describe(v.pipe(v.string(), v.regex(/^\d{1,12}$/)), '单位编码 as printed, when the table prints one (e.g. "222001").'));

function functionTable<K extends string>(columns: readonly K[]) {
  const ColumnAmount = v.optional(Amount);
  const entries = Object.fromEntries(
    columns.map((key) => [key, v.optional(describe(Amount, COLUMN_DESCRIPTIONS[key] ?? key))]),
  ) as unknown as { [P in K]: typeof ColumnAmount };
  const Values = v.strictObject(entries);
  // Where each value of a row was printed, when not on one line (a 收入总表 printed as rows).
  const ColumnSource = v.optional(Source);
  const Sources = v.strictObject(
    Object.fromEntries(columns.map((key) => [key, ColumnSource])) as unknown as { [P in K]: typeof ColumnSource },
  );
  const Part = v.strictObject({ name: Name, values: Values, source: v.optional(Source) });
  // One printed row of a 功能 × 经济 cross-table: the 经济分类 codes printed beside the 功能 code.
  const EconomicPart = v.strictObject({
    code: v.optional(describe(EconomicCode, '部门经济分类 code printed on the row (30101), when printed.')),
    governmentCode: v.optional(describe(GovernmentCode, '政府经济分类 code printed on the row (50101), when printed.')),
    name: describe(Name, 'The 部门经济分类 name as printed; the 政府 one when only that is printed.'),
    governmentName: v.optional(describe(Name, 'The 政府经济分类 name as printed, when both are printed.')),
    values: Values,
    source: v.optional(Source),
  });
  const Row = v.strictObject({
    code: FunctionCode,
    name: Name,
    values: Values,
    parts: v.optional(describe(v.array(Part), '其中 lines printed under the row: included in its values, never rows of their own.')),
    economic: v.optional(
      describe(
        v.array(EconomicPart),
        'A table that crosses 功能分类 with 经济分类 prints one row per pair: the pairs of this code, in printed order. Their values add up to the row\'s (derived: crossSum when no row for the code alone is printed).',
      ),
    ),
    derived: FunctionDerived,
    source: v.optional(Source),
  });
  const Uncoded = v.strictObject({ name: Name, values: Values, source: v.optional(Source) });
  const UnitBlock = v.strictObject({
    name: UnitName,
    code: UnitCode,
    values: v.optional(describe(Values, "The unit's own total, from its heading row.")),
    rows: describe(v.array(Row), "The unit's rows in printed order."),
    source: v.optional(Source),
  });
  return v.strictObject({
    ...tableHeader,
    total: v.optional(
      describe(
        v.strictObject({
          name: Name,
          values: Values,
          parts: v.optional(
            describe(v.array(Part), '其中 lines printed under one of its values (公共财政拨款（补助）资金 under 一般公共预算资金 小计): included in that value, never a source of their own.'),
          ),
          sources: v.optional(
            describe(
              Sources,
              'Where each value was printed, by column key, when the values come from different lines: a 收入总表 printed as rows (项目名称 | 金额: 收入总计, 一般公共预算资金 小计 …) gives each source its own line. `source` is then the 收入总计 line.',
            ),
          ),
          source: v.optional(Source),
        }),
        'The 合计 row.',
      ),
    ),
    rows: describe(v.array(Row), "Rows in printed order: 类, then its 款, then their 项. For a table that lists its units, the department's rows."),
    units: v.optional(
      describe(
        v.array(UnitBlock),
        'Tables that list each unit (预算单位) with its own rows: every unit apart, in printed order. `rows` and `total` stay the department\'s.',
      ),
    ),
    uncoded: v.optional(
      describe(
        v.array(Uncoded),
        'Rows printed without a classification code whose name matched no coded row of the document: kept as printed, never keyed.',
      ),
    ),
  });
}

export const IncomeTable = functionTable(FUNCTION_TABLE_COLUMNS.t2);
export const ExpenditureTable = functionTable(FUNCTION_TABLE_COLUMNS.t3);
export const GeneralBudgetTable = functionTable(FUNCTION_TABLE_COLUMNS.t5);
export const GovernmentFundTable = functionTable(FUNCTION_TABLE_COLUMNS.t8);
export const StateCapitalTable = functionTable(FUNCTION_TABLE_COLUMNS.t9);

/** A row of 表6 (经济分类). A budget may split each row into 人员经费 and 公用经费. */
export const EconomicRow = v.strictObject({
  code: EconomicCode,
  governmentCode: v.optional(
    describe(
      GovernmentCode,
      '政府经济分类 code printed beside the 部门 one (50101 beside 30101); a `code` may then repeat.',
    ),
  ),
  name: Name,
  amount: Amount,
  personnel: v.optional(describe(Amount, '人员经费 part (budgets that split each row).')),
  public: v.optional(describe(Amount, '公用经费 part (budgets that split each row).')),
  derived: UnitsSum,
  source: v.optional(Source),
});

const EconomicTotals = v.strictObject({
  personnel: v.optional(describe(SummaryLine, '人员经费合计.')),
  public: v.optional(describe(SummaryLine, '公用经费合计.')),
  total: v.optional(describe(SummaryLine, '合计 where printed.')),
});

/**
 * One unit (预算单位) of a 表6 that lists each unit's rows in turn (深圳 一般公共预算支出表（按经济
 * 分类）): its heading row's totals and its own printed rows, in the department's row shape.
 */
const EconomicUnit = v.strictObject({
  name: UnitName,
  code: UnitCode,
  totals: v.optional(describe(EconomicTotals, "The unit's own totals, from its heading row.")),
  rows: describe(v.array(EconomicRow), "The unit's rows in printed order."),
  source: v.optional(Source),
});

/** 公开06表 一般公共预算财政拨款基本支出决算表. */
export const BasicExpenditureTable = v.strictObject({
  ...tableHeader,
  rows: describe(v.array(EconomicRow), "Economic-classification rows (类 and 款) in code order. For a table that lists its units, the department's rows."),
  totals: EconomicTotals,
  units: v.optional(
    describe(
      v.array(EconomicUnit),
      "Tables that list each unit (预算单位) with its own rows: every unit apart, in printed order. `rows` and `totals` stay the department's.",
    ),
  ),
});

/** The amounts of "三公" 经费, and the 会议费 / 培训费 some tables print beside them. */
export const ThreePublicAmounts = v.strictObject({
  total: v.optional(describe(Amount, '合计.')),
  abroad: v.optional(describe(Amount, '因公出国（境）费.')),
  vehicles: v.optional(describe(Amount, '公务用车购置及运行维护费 小计.')),
  vehiclePurchase: v.optional(describe(Amount, '公务用车购置费.')),
  vehicleOperation: v.optional(describe(Amount, '公务用车运行维护费.')),
  reception: v.optional(describe(Amount, '公务接待费.')),
  meetings: v.optional(describe(Amount, '会议费 printed beside the "三公"; not in total.')),
  training: v.optional(describe(Amount, '培训费 printed beside the "三公"; not in total.')),
  totalWithRelated: v.optional(describe(Amount, '合计 of the "三公" with 会议费、培训费 (total is the "三公" alone).')),
  source: v.optional(Source),
});

const threePublicGroups = {
  budget: v.optional(describe(ThreePublicAmounts, '预算数 (年初预算).')),
  final: v.optional(describe(ThreePublicAmounts, '决算数.')),
  previousBudget: v.optional(describe(ThreePublicAmounts, '上年预算数 (budget documents).')),
  change: v.optional(
    describe(ThreePublicAmounts, "增减变化金额 as printed beside the years (budget documents): this year's budget less last year's, kept only when it is."),
  ),
};

/** One unit (预算单位) of a 三公 table that lists its units after the department (深圳 表9). */
const ThreePublicUnit = v.strictObject({
  name: UnitName,
  code: UnitCode,
  ...threePublicGroups,
  source: v.optional(Source),
});

/** 公开07表 "三公"经费支出决算表. */
export const ThreePublicTable = v.strictObject({
  ...tableHeader,
  ...threePublicGroups,
  units: v.optional(
    describe(
      v.array(ThreePublicUnit),
      "Tables that list each unit's 三公 after the department's: every unit apart, in printed order. `budget`, `final` and `previousBudget` stay the department's.",
    ),
  ),
});

export const Tables = describe(
  v.strictObject({
    t1: v.optional(IncomeExpenditureSummary),
    t2: v.optional(IncomeTable),
    t3: v.optional(ExpenditureTable),
    t4: v.optional(FiscalSummary),
    t5: v.optional(GeneralBudgetTable),
    t6: v.optional(BasicExpenditureTable),
    t7: v.optional(ThreePublicTable),
    t8: v.optional(GovernmentFundTable),
    t9: v.optional(StateCapitalTable),
  }),
  'The tables present, by id: t1 收入支出总表, t2 收入表, t3 支出表, t4 财政拨款收支总表, t5 一般公共预算支出表, t6 基本支出表, t7 "三公"经费表, t8 政府性基金表, t9 国有资本经营表. An absent table is left out; an empty one is present with emptyReason.',
);

export type SummaryLine = v.InferOutput<typeof SummaryLine>;
export type SummaryPart = v.InferOutput<typeof SummaryPart>;
export type FiscalLine = v.InferOutput<typeof FiscalLine>;
export type IncomeKind = v.InferOutput<typeof IncomeKind>;
export type IncomeExpenditureSummary = v.InferOutput<typeof IncomeExpenditureSummary>;
export type FiscalSummary = v.InferOutput<typeof FiscalSummary>;
export type IncomeTable = v.InferOutput<typeof IncomeTable>;
export type ExpenditureTable = v.InferOutput<typeof ExpenditureTable>;
export type GeneralBudgetTable = v.InferOutput<typeof GeneralBudgetTable>;
export type GovernmentFundTable = v.InferOutput<typeof GovernmentFundTable>;
export type StateCapitalTable = v.InferOutput<typeof StateCapitalTable>;
export type BasicExpenditureTable = v.InferOutput<typeof BasicExpenditureTable>;
export type EconomicRow = v.InferOutput<typeof EconomicRow>;
export type ThreePublicAmounts = v.InferOutput<typeof ThreePublicAmounts>;
export type ThreePublicTable = v.InferOutput<typeof ThreePublicTable>;
export type Tables = v.InferOutput<typeof Tables>;
export type FunctionRow = IncomeTable['rows'][number] | ExpenditureTable['rows'][number];
