// Small synthetic documents for the audit tests. `cleanDocument()` passes every rule; each
// test breaks one thing in a fresh copy with `edit()`.
import type { Disclosure } from '../../src/schema/disclosure.js';
import { audit } from '../../src/audit/index.js';
import type { Finding } from '../../src/audit/types.js';

const line = (amount: number | null, name: string, n: number, extra: Record<string, unknown> = {}) => ({
  name,
  line: n,
  amount,
  source: { line: 100 + n },
  ...extra,
});

const fn3 = (code: string, name: string, total: number | null, basic: number | null, project: number | null) => ({
  code,
  name,
  values: { total, basic, project },
});

const fn3Rows = (rows: [string, string, number, number | null, number | null][]) => rows.map(([c, n, t, b, p]) => fn3(c, n, t, b, p));

const t2Row = (code: string, name: string, fiscal: number, superior: number | null) => ({
  code,
  name,
  values: { total: fiscal + (superior ?? 0), fiscal, superiorSubsidy: superior, institution: null, operating: null, affiliated: null, other: null },
});

const t3Row = (code: string, name: string, total: number, basic: number, project: number) => ({
  code,
  name,
  values: { total, basic, project, superiorRemit: null, operating: null, subsidiaryGrant: null },
  source: { line: 200 + code.length },
});

const econ = (code: string, name: string, amount: number | null) => ({ code, name, amount });

const indicator = (
  level1: 'output' | 'outcome' | 'satisfaction',
  level2: string,
  name: string,
  target: Record<string, unknown>,
  actual: Record<string, unknown>,
  weight: number,
  score: number,
) => ({ level1, level2, name, target, actual, weight, score });

const funds = (annual: number, executed: number, rate: number, score: number) => ({
  total: { initialBudget: annual, annualBudget: annual, executed, weight: 10, rate, score },
  fiscal: { initialBudget: annual, annualBudget: annual, executed, weight: null, rate, score: null },
});

/** A small 决算 whose every figure is consistent. */
export function cleanDocument(): Disclosure {
  const doc = {
    schemaVersion: 1,
    meta: { kind: 'final', year: 2021, department: '测试局', unit: '万元' },
    tables: {
      t1: {
        title: '收入支出决算总表',
        code: '公开01表',
        unit: '万元',
        income: [
          line(100, '一般公共预算财政拨款收入', 1, { kind: 'generalBudget' }),
          line(null, '政府性基金预算财政拨款收入', 2, { kind: 'governmentFund' }),
          line(null, '国有资本经营预算财政拨款收入', 3, { kind: 'stateCapital' }),
          line(10, '上级补助收入', 4, { kind: 'superiorSubsidy' }),
          line(null, '事业收入', 5, { kind: 'institution' }),
          line(null, '其他收入', 8, { kind: 'other' }),
        ],
        expenditure: [
          line(70, '一般公共服务支出', 32, { code: '201' }),
          line(null, '外交支出', 33, { code: '202' }),
          line(40, '社会保障和就业支出', 39, { code: '208' }),
        ],
        totals: {
          incomeTotal: line(110, '本年收入合计', 27),
          expenditureTotal: line(110, '本年支出合计', 58),
          nonFiscalBalanceUsed: line(null, '使用非财政拨款结余', 28),
          balanceDistribution: line(null, '结余分配', 59),
          carryOverStart: line(5, '年初结转和结余', 29),
          carryOverEnd: line(5, '年末结转和结余', 60),
          incomeGrandTotal: line(115, '总计', 31),
          expenditureGrandTotal: line(115, '总计', 62),
        },
      },
      t2: {
        title: '收入决算表',
        code: '公开02表',
        unit: '万元',
        total: { name: '合计', values: t2Row('', '', 100, 10).values },
        rows: [
          t2Row('201', '一般公共服务支出', 60, 10),
          t2Row('20101', '人大事务', 60, 10),
          t2Row('2010101', '行政运行', 60, 10),
          t2Row('208', '社会保障和就业支出', 40, null),
          t2Row('20805', '行政事业单位养老支出', 40, null),
          t2Row('2080501', '行政单位离退休', 40, null),
        ],
      },
      t3: {
        title: '支出决算表',
        code: '公开03表',
        unit: '万元',
        total: { name: '合计', values: t3Row('', '', 110, 80, 30).values },
        rows: [
          t3Row('201', '一般公共服务支出', 70, 50, 20),
          t3Row('20101', '人大事务', 70, 50, 20),
          t3Row('2010101', '行政运行', 70, 50, 20),
          t3Row('208', '社会保障和就业支出', 40, 30, 10),
          t3Row('20805', '行政事业单位养老支出', 40, 30, 10),
          t3Row('2080501', '行政单位离退休', 40, 30, 10),
        ],
      },
      t4: {
        title: '财政拨款收入支出决算总表',
        code: '公开04表',
        unit: '万元',
        income: [
          line(100, '一般公共预算财政拨款', 1, { kind: 'generalBudget' }),
          line(null, '政府性基金预算财政拨款', 2, { kind: 'governmentFund' }),
          line(null, '国有资本经营预算财政拨款', 3, { kind: 'stateCapital' }),
        ],
        expenditure: [
          { code: '201', name: '一般公共服务支出', line: 33, amounts: { total: 60, generalBudget: 60, governmentFund: null, stateCapital: null } },
          { code: '208', name: '社会保障和就业支出', line: 40, amounts: { total: 40, generalBudget: 40, governmentFund: null, stateCapital: null } },
        ],
        totals: {
          incomeTotal: line(100, '本年收入合计', 27),
          expenditureTotal: { name: '本年支出合计', line: 59, amounts: { total: 100, generalBudget: 100, governmentFund: null, stateCapital: null } },
          incomeGrandTotal: line(100, '总计', 32),
          expenditureGrandTotal: { name: '总计', line: 64, amounts: { total: 100, generalBudget: 100, governmentFund: null, stateCapital: null } },
        },
      },
      t5: {
        title: '一般公共预算财政拨款支出决算表',
        code: '公开05表',
        unit: '万元',
        total: { name: '合计', values: { total: 100, basic: 70, project: 30 } },
        rows: fn3Rows([
          ['201', '一般公共服务支出', 60, 40, 20],
          ['20101', '人大事务', 60, 40, 20],
          ['2010101', '行政运行', 60, 40, 20],
          ['208', '社会保障和就业支出', 40, 30, 10],
          ['20805', '行政事业单位养老支出', 40, 30, 10],
          ['2080501', '行政单位离退休', 40, 30, 10],
        ]),
      },
      t6: {
        title: '一般公共预算财政拨款基本支出决算表',
        code: '公开06表',
        unit: '万元',
        rows: [
          econ('301', '工资福利支出', 40),
          econ('30101', '基本工资', 30),
          econ('30102', '津贴补贴', 10),
          econ('302', '商品和服务支出', 15),
          econ('30201', '办公费', 10),
          econ('30217', '公务接待费', 3),
          econ('30231', '公务用车运行维护费', 2),
          econ('303', '对个人和家庭的补助', 10),
          econ('30301', '离休费', 10),
          econ('310', '资本性支出', 5),
          econ('31002', '办公设备购置', 5),
          econ('31013', '公务用车购置', null),
        ],
        totals: { personnel: line(50, '人员经费合计', 1), public: line(20, '公用经费合计', 2) },
      },
      t7: {
        title: '“三公”经费支出决算表',
        code: '公开07表',
        unit: '万元',
        budget: { total: 6, abroad: 1, vehicles: 2, vehiclePurchase: 0, vehicleOperation: 2, reception: 3 },
        final: { total: 6, abroad: 1, vehicles: 2, vehiclePurchase: 0, vehicleOperation: 2, reception: 3, source: { line: 378 } },
      },
      t8: { title: '政府性基金预算财政拨款收入支出决算表', code: '公开08表', unit: '万元', rows: [], emptyReason: '本部门没有政府性基金收入，故本表无数据。' },
      t9: { title: '国有资本经营预算财政拨款支出决算表', code: '公开09表', unit: '万元', rows: [], emptyReason: '本部门没有国有资本经营预算支出，故本表无数据。' },
    },
    narrative: {
      unit: '万元',
      comparisons: [
        { subject: 'incomeTotal', label: '本年收入合计', current: 110, previous: 100, change: 10, changePercent: 10, direction: 'increase', source: { line: 420 } },
        { subject: 'basicExpenditure', label: '基本支出', current: 80, change: -20, changePercent: -20, direction: 'decrease', source: { line: 450 } },
      ],
      shares: [
        {
          subject: 'expenditure',
          label: '本年支出合计',
          total: 110,
          parts: [
            { label: '基本支出', amount: 80, percent: 72.73 },
            { label: '项目支出', amount: 30, percent: 27.27 },
          ],
          source: { line: 440 },
        },
      ],
      execution: {
        total: { label: '一般公共预算财政拨款支出', budget: 80, final: 100, rate: 125, comparison: 'above' },
        items: [
          { code: '2010101', label: '一般公共服务支出(类)人大事务(款)行政运行(项)', budget: 60, final: 60, rate: 100, comparison: 'equal' },
          { code: '2080501', label: '社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)', budget: 0, final: 40, comparison: 'above' },
        ],
      },
      threePublic: {
        total: { label: '“三公”经费', budget: 6, final: 6, rate: 100, comparison: 'equal' },
        reception: { execution: { label: '公务接待费', budget: 3, final: 3, rate: 100, comparison: 'equal' } },
      },
      operatingCosts: {
        subject: 'operatingCosts',
        label: '机关运行经费',
        current: 18,
        comparedWith: 'budget',
        change: 2,
        changePercent: 12.5,
        direction: 'increase',
        source: { line: 556 },
      },
      procurement: { total: 10, goods: 4, works: 0, services: 6, toSme: 8, toSmeShare: 80, toSmallMicro: 5, source: { line: 560 } },
    },
    performance: {
      summary: {
        projectCount: 2,
        gradeCounts: { 优: 1, 良: 1, 中: 0 },
        selfEvaluations: [
          { index: 1, name: '项目甲', score: 95, grade: '优' },
          { index: 2, name: '项目乙', score: 85, grade: '良' },
        ],
      },
      scorecards: [
        {
          name: '项目甲',
          funds: funds(20, 10, 50, 5),
          indicators: [
            indicator('output', '数量指标', '培训人数', { text: '≥5个', comparator: '≥', value: 5, unit: '个' }, { text: '6个', value: 6, unit: '个' }, 50, 50),
            indicator('outcome', '社会效益', '安全水平', { text: '提升' }, { text: '提升' }, 30, 30),
            indicator('satisfaction', '社会公众或服务对象满意度', '企业满意度', { text: '≥90%', comparator: '≥', value: 90, unit: '%' }, { text: '95%', value: 95, unit: '%' }, 10, 10),
          ],
          indicatorWeight: 90,
          totalWeight: 100,
          totalScore: 95,
          grade: '优',
        },
        {
          name: '项目乙',
          funds: funds(20, 20, 100, 10),
          indicators: [
            indicator('output', '数量指标', '项目数', { text: '≥10个', comparator: '≥', value: 10, unit: '个' }, { text: '8个', value: 8, unit: '个' }, 50, 45),
            indicator('outcome', '经济效益', '产值提高', { text: '是' }, { text: '是' }, 30, 25),
            indicator('satisfaction', '社会公众或服务对象满意度', '满意率', { text: '=100%', comparator: '=', value: 100, unit: '%' }, { text: '90%', value: 90, unit: '%' }, 10, 5),
          ],
          indicatorWeight: 90,
          totalWeight: 100,
          totalScore: 85,
          grade: '良',
        },
      ],
    },
  };
  return doc as unknown as Disclosure;
}

/** A mutable view of a document for tests that break it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Editable = any;

/** A fresh clean document with one thing changed. */
export function edit(change: (doc: Editable) => void): Disclosure {
  const doc = cleanDocument();
  change(doc);
  return doc;
}

/**
 * The findings of one rule. Throws when any rule could not check the document (an
 * `unchecked` finding): a rule that throws must fail its tests, never pass them in silence.
 */
export function findingsOf(doc: Disclosure, rule: string): Finding[] {
  const findings = audit(doc);
  const unchecked = findings.filter((finding) => finding.severity === 'unchecked');
  if (unchecked.length > 0) {
    throw new Error(`rules could not check: ${unchecked.map((finding) => `${finding.rule} ${finding.error}`).join('; ')}`);
  }
  return findings.filter((finding) => finding.rule === rule);
}

/** Cells as `table:row/column`, compact enough to compare in one line. */
export function cellKeys(finding: Finding | undefined): string[] {
  return (finding?.cells ?? []).map((cell) => `${cell.table}:${cell.row}/${cell.column}`);
}

/** Field paths of a finding. */
export function fieldPaths(finding: Finding | undefined): string[] {
  return (finding?.fields ?? []).map((field) => field.path);
}
