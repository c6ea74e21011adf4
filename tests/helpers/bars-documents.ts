/**
 * Synthetic documents for the bar widgets: a generated 决算 whose 情况说明 explains every 项 of
 * 公开05表 (hundreds when asked), and 三公 variants built from the sample — all zero, blank
 * beside zero, a budget document, a zero budget with spending. Deterministic; inputs are
 * cloned, never changed.
 */
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { ThreePublicAmounts } from '../../src/schema/tables.js';
import { generateDocument, random } from './generate-document.js';

/**
 * A generated 决算 with one execution sentence per 项 of 公开05表 (budgets near the final,
 * every seventh 0 — "年初未预算" —, some over and some under) and a few year-over-year comparisons.
 */
export function executionDocument(items: number, seed = 1): Disclosure {
  const classes = Math.max(1, Math.min(27, Math.ceil(items / 8)));
  const subitems = Math.max(1, Math.ceil(items / (classes * 2)));
  const doc = generateDocument({ classes, itemsPerClass: 2, subitemsPerItem: subitems, seed });
  const rand = random(seed + 7);
  const rows = doc.tables.t5!.rows.filter((row) => row.code.length === 7).slice(0, items);
  const execution = rows.map((row, index) => {
    const final = row.values.total ?? 0;
    const budget = index % 7 === 3 ? 0 : Math.round(final * (0.6 + rand() * 0.8) * 100) / 100;
    return {
      code: row.code,
      label: `${row.code.slice(0, 3)}类支出(类)${row.code.slice(0, 5)}款名称(款)${row.name}(项)`,
      budget,
      final,
      comparison: final > budget ? ('above' as const) : final < budget ? ('below' as const) : ('equal' as const),
      reason: final > budget ? '项目经费增加' : '厉行节约',
    };
  });
  const total = doc.tables.t5!.total!.values.total ?? 0;
  const budgetTotal = Math.round(execution.reduce((sum, item) => sum + item.budget, 0) * 100) / 100;
  doc.narrative = {
    execution: {
      total: { label: '一般公共预算财政拨款支出', budget: budgetTotal, final: total, rate: budgetTotal ? Math.round((total / budgetTotal) * 10000) / 100 : null },
      items: execution,
    },
    comparisons: [
      { subject: 'grandTotal', label: '收、支总计', current: total, change: Math.round(total * 0.1 * 100) / 100, changePercent: 11.11, direction: 'increase' },
      { subject: 'basicExpenditure', label: '基本支出', current: 100, previous: 0, change: 100, direction: 'increase' },
      { subject: 'projectExpenditure', label: '项目支出', current: 50, previous: 80, change: -30, changePercent: -37.5, direction: 'decrease', reason: '项目减少' },
      { subject: 'income.other', label: '其他收入', current: 0, change: 0, direction: 'same' },
    ],
  };
  return doc;
}

const ZERO: ThreePublicAmounts = { total: 0, abroad: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 };

/** The sample with every 三公 amount and count printed as 0 (the common small-department case). */
export function allZeroThreePublic(sample: Disclosure): Disclosure {
  const doc = structuredClone(sample);
  doc.tables.t7 = { ...doc.tables.t7!, budget: { ...ZERO }, final: { ...ZERO } };
  doc.narrative!.threePublic = {
    total: { label: '“三公”经费', budget: 0, final: 0, comparison: 'equal' },
    abroad: { groups: 0, people: 0 },
    vehicles: { purchased: 0, held: 0, purchaseAmount: 0, operationAmount: 0 },
    reception: { domestic: { amount: 0, batches: 0, people: 0 }, foreignAffairs: { amount: 0, batches: 0, people: 0 } },
  };
  return doc;
}

/** 出国 printed as 0.00, 公务用车 left blank, 接待 1.79 against a budget of 0 (spent without a budget). */
export function blankAndZeroThreePublic(sample: Disclosure): Disclosure {
  const doc = structuredClone(sample);
  const blankCars = { vehicles: null, vehiclePurchase: null, vehicleOperation: null };
  doc.tables.t7 = {
    ...doc.tables.t7!,
    budget: { total: 0, abroad: 0, ...blankCars, reception: 0 },
    final: { total: 1.79, abroad: 0, ...blankCars, reception: 1.79 },
  };
  delete doc.narrative!.threePublic;
  return doc;
}

/** A 部门预算: 公开07表 with this year's and last year's budget only, and no narrative figures. */
export function budgetThreePublic(sample: Disclosure): Disclosure {
  const doc = structuredClone(sample);
  doc.meta = { ...doc.meta, kind: 'budget', year: 2022, title: '2022年部门预算' };
  doc.tables.t7 = {
    title: '一般公共预算“三公”经费支出预算表',
    code: '公开07表',
    unit: '万元',
    budget: { total: 5, abroad: 0, vehicles: 1, vehiclePurchase: 0, vehicleOperation: 1, reception: 4 },
    previousBudget: { total: 4, abroad: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 4 },
  };
  delete doc.narrative;
  delete doc.performance;
  return doc;
}

/** Last year's 决算 for the sample (2020): more spent on reception and a car run. */
export function previousYearSample(sample: Disclosure): Disclosure {
  const doc = structuredClone(sample);
  doc.meta = { ...doc.meta, year: 2020 };
  doc.tables.t7 = {
    ...doc.tables.t7!,
    budget: { total: 6, abroad: 0, vehicles: 2, vehiclePurchase: 0, vehicleOperation: 2, reception: 4 },
    final: { total: 5.5, abroad: 0, vehicles: 1.7, vehiclePurchase: 0, vehicleOperation: 1.7, reception: 3.8 },
  };
  return doc;
}
