/**
 * Rule 18: an amount quoted in the 情况说明 equals the table amount it refers to. Each
 * comparison's `subject`, each share's part, each execution item's code and each "三公"
 * figure is mapped to one table cell; figures with no table cell (机关运行经费, 年初预算)
 * are left to other rules. A table cell left blank is not compared (blank is not 0).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { Comparison, ExecutionItem, ShareGroup } from '../../schema/narrative.js';
import type { FunctionTableId, SummaryLine, ThreePublicAmounts } from '../../schema/tables.js';
import type { Unit } from '../../schema/primitives.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { fiscalCell, functionCell, summaryCell, tableUnit, threePublicCell } from '../cells.js';
import { guard, isNumber, type Amountish } from '../check.js';
import { amountVerdict } from '../tolerance.js';
import type { AuditContext } from '../row-index.js';
import { say } from '../text.js';
import { compareSides, side, t2Fiscal, type Side } from './cross-tables.js';

const INFO: RuleInfo = {
  id: 'R18',
  name: 'narrative-amounts',
  description: {
    'zh-CN': '情况说明中引用的金额（同比、结构占比、预算执行、“三公”经费及会议费、培训费）= 表中对应金额。',
    en: 'Amounts quoted in the 情况说明 (year-over-year, shares, budget execution, "三公" figures and the 会议费 / 培训费 beside them) equal the table amounts they refer to.',
  },
};

/** The unit the narrative quotes amounts in. */
export function narrativeUnit(doc: Disclosure): Unit {
  return doc.narrative?.unit ?? doc.meta?.unit ?? '万元';
}

/** A narrative figure as one side of a comparison. */
export function quoted(doc: Disclosure, value: Amountish, path: string, label: string, line?: number): Side {
  return {
    value,
    cells: [],
    fields: [{ path, label, ...(line === undefined ? {} : { line }) }],
    unit: narrativeUnit(doc),
    name: (lang) => say(lang, `情况说明“${label}”`, `the text’s “${label}”`),
  };
}

function total(doc: Disclosure, id: FunctionTableId, column: string): Side | undefined {
  const row = doc.tables[id]?.total;
  return row ? side(doc, id, (row.values as Record<string, Amountish>)[column], functionCell(id, row, column)) : undefined;
}

/** 表2's column of an income kind; 财政拨款 as the sum of its funds where only they are printed. */
function income(doc: Disclosure, column: string): Side | undefined {
  return column === 'fiscal' ? t2Fiscal(doc) : total(doc, 't2', column);
}

function row(doc: Disclosure, context: AuditContext, id: FunctionTableId, code: string | undefined, column: string): Side | undefined {
  const found = code ? context.index(doc.tables[id]?.rows).byCode.get(code) : undefined;
  return found ? side(doc, id, (found.values as Record<string, Amountish>)[column], functionCell(id, found, column)) : undefined;
}

function t1(doc: Disclosure, key: 'incomeTotal' | 'expenditureTotal' | 'incomeGrandTotal'): Side | undefined {
  const line: SummaryLine | undefined = doc.tables.t1?.totals[key];
  return line ? side(doc, 't1', line.amount, summaryCell('t1', line, key)) : undefined;
}

function t7(doc: Disclosure, part: 'budget' | 'final', column: keyof Omit<ThreePublicAmounts, 'source'>): Side | undefined {
  const amounts = doc.tables.t7?.[part];
  return amounts ? side(doc, 't7', amounts[column], threePublicCell(part, amounts, column)) : undefined;
}

/** 一般公共预算财政拨款基本支出 is 表5's; plain 基本支出 is 表3's. */
function fiscalOnly(label: string): boolean {
  return /财政拨款|一般公共预算/.test(label);
}

// The funds first (国有资本经营 is not 经营收入, 一般公共预算财政拨款 not all of 财政拨款), and
// 事业单位经营收入 is 经营, not 事业.
const INCOME_WORDS: [RegExp, string][] = [
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/上级补助/, 'superiorSubsidy'],
  [/附属单位/, 'affiliated'],
  [/经营/, 'operating'],
  [/事业/, 'institution'],
  [/其他/, 'other'],
  [/财政拨款/, 'fiscal'],
];
const EXPENDITURE_WORDS: [RegExp, string][] = [
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/上缴上级/, 'superiorRemit'],
  [/对附属单位/, 'subsidiaryGrant'],
  [/经营/, 'operating'],
];

function byWords(words: [RegExp, string][], label: string): string | undefined {
  return words.find(([pattern]) => pattern.test(label))?.[1];
}

/** The table cell a comparison's `current` quotes (also R45's, for the direction of income). */
export function subjectCell(doc: Disclosure, c: Comparison): Side | undefined {
  const [group, key] = c.subject.split('.') as [string, string | undefined];
  switch (group) {
    case 'grandTotal':
      return t1(doc, 'incomeGrandTotal');
    case 'incomeTotal':
    case 'expenditureTotal':
      return t1(doc, group);
    case 'fiscalGrandTotal': {
      const line = doc.tables.t4?.totals.incomeGrandTotal;
      return line ? side(doc, 't4', line.amount, summaryCell('t4', line, 'incomeGrandTotal')) : undefined;
    }
    case 'generalBudgetExpenditure': {
      const fromT5 = total(doc, 't5', 'total');
      const line = doc.tables.t4?.totals.expenditureTotal;
      return fromT5 ?? (line ? side(doc, 't4', line.amounts.generalBudget, fiscalCell(line, 'generalBudget', 'expenditureTotal')) : undefined);
    }
    case 'basicExpenditure':
    case 'projectExpenditure': {
      const column = group === 'basicExpenditure' ? 'basic' : 'project';
      return fiscalOnly(c.label) ? total(doc, 't5', column) : (total(doc, 't3', column) ?? total(doc, 't5', column));
    }
    case 'personnelCosts':
    case 'publicCosts': {
      const key = group === 'personnelCosts' ? 'personnel' : 'public';
      const line = doc.tables.t6?.totals[key];
      return line ? side(doc, 't6', line.amount, summaryCell('t6', line, key)) : undefined;
    }
    case 'threePublic':
      return t7(doc, 'final', 'total');
    case 'income':
      return key ? income(doc, key) : undefined;
    case 'expenditure':
      return key ? total(doc, 't3', key) : undefined;
    default:
      return undefined;
  }
}

function comparisons(doc: Disclosure): Finding[] {
  const out: Finding[] = [];
  (doc.narrative?.comparisons ?? []).forEach((c, i) => {
    const path = `narrative.comparisons[${i}]`;
    const line = c.source?.line;
    const table = subjectCell(doc, c);
    if (table) out.push(...compareSides(INFO, quoted(doc, c.current, `${path}.current`, c.label, line), table));
    // "三公"经费 compared with its budget quotes 表7's 预算数 as well.
    if (c.subject === 'threePublic' && c.comparedWith === 'budget') {
      const budget = t7(doc, 'budget', 'total');
      if (budget) out.push(...compareSides(INFO, quoted(doc, c.previous, `${path}.previous`, `${c.label} 预算`, line), budget));
    }
  });
  return out;
}

function shareTotal(doc: Disclosure, group: ShareGroup): Side | undefined {
  if (group.subject === 'income') return t1(doc, 'incomeTotal') ?? total(doc, 't2', 'total');
  if (group.subject === 'expenditure') return t1(doc, 'expenditureTotal') ?? total(doc, 't3', 'total');
  if (group.subject === 'generalBudgetByClass') return total(doc, 't5', 'total');
  return undefined;
}

function sharePart(doc: Disclosure, context: AuditContext, group: ShareGroup, part: ShareGroup['parts'][number]): Side | undefined {
  if (group.subject === 'income') {
    const column = byWords(INCOME_WORDS, part.label);
    return column ? income(doc, column) : undefined;
  }
  if (group.subject === 'expenditure') {
    const column = byWords(EXPENDITURE_WORDS, part.label);
    return column ? total(doc, 't3', column) : undefined;
  }
  if (group.subject === 'generalBudgetByClass') return row(doc, context, 't5', part.code, 'total');
  return undefined;
}

function shares(doc: Disclosure, context: AuditContext): Finding[] {
  const out: Finding[] = [];
  (doc.narrative?.shares ?? []).forEach((group, i) => {
    const path = `narrative.shares[${i}]`;
    const line = group.source?.line;
    const whole = shareTotal(doc, group);
    if (whole) out.push(...compareSides(INFO, quoted(doc, group.total, `${path}.total`, group.label, line), whole));
    group.parts.forEach((part, j) => {
      const cell = sharePart(doc, context, group, part);
      if (cell) out.push(...compareSides(INFO, quoted(doc, part.amount, `${path}.parts[${j}].amount`, part.label, line), cell));
    });
  });
  return out;
}

function executionFinal(doc: Disclosure, item: ExecutionItem, path: string, table: Side | undefined): Finding[] {
  if (!table) return [];
  return compareSides(INFO, quoted(doc, item.final, `${path}.final`, item.label, item.source?.line), table);
}

/**
 * 表5's 合计 row as the text's 支出决算, unless the row contradicts itself (小计 ≠ 基本 + 项目,
 * reported by R10): a column read into the wrong place must not look like the text's error.
 */
function t5Total(doc: Disclosure): Side | undefined {
  const values = doc.tables.t5?.total?.values as Record<string, Amountish> | undefined;
  const [whole, basic, project] = [values?.total, values?.basic, values?.project];
  const parts = (isNumber(basic) ? basic : 0) + (isNumber(project) ? project : 0);
  if (isNumber(whole) && (isNumber(basic) || isNumber(project)) && amountVerdict(whole - parts, 2, tableUnit(doc, 't5')) === 'error') return undefined;
  return total(doc, 't5', 'total');
}

function execution(doc: Disclosure, context: AuditContext): Finding[] {
  const execution = doc.narrative?.execution;
  if (!execution) return [];
  const out: Finding[] = [];
  if (execution.total) out.push(...executionFinal(doc, execution.total, 'narrative.execution.total', t5Total(doc)));
  execution.items.forEach((item, i) => {
    out.push(...executionFinal(doc, item, `narrative.execution.items[${i}]`, row(doc, context, 't5', item.code, 'total')));
  });
  return out;
}

function threePublic(doc: Disclosure): Finding[] {
  const details = doc.narrative?.threePublic;
  if (!details) return [];
  const out: Finding[] = [];
  const base = 'narrative.threePublic';
  const both = (item: ExecutionItem | undefined, path: string, column: 'total' | 'abroad' | 'vehicles' | 'reception' | 'meetings' | 'training') => {
    if (!item) return;
    out.push(...executionFinal(doc, item, path, t7(doc, 'final', column)));
    const budget = t7(doc, 'budget', column);
    if (budget) out.push(...compareSides(INFO, quoted(doc, item.budget, `${path}.budget`, `${item.label} 预算`, item.source?.line), budget));
  };
  both(details.total, `${base}.total`, 'total');
  both(details.abroad?.execution, `${base}.abroad.execution`, 'abroad');
  both(details.vehicles?.execution, `${base}.vehicles.execution`, 'vehicles');
  const vehicles = details.vehicles;
  const cell = (column: 'vehiclePurchase' | 'vehicleOperation') => t7(doc, 'final', column);
  const purchase = cell('vehiclePurchase');
  if (vehicles && purchase) out.push(...compareSides(INFO, quoted(doc, vehicles.purchaseAmount, `${base}.vehicles.purchaseAmount`, '公务用车购置费'), purchase));
  const operation = cell('vehicleOperation');
  if (vehicles && operation) out.push(...compareSides(INFO, quoted(doc, vehicles.operationAmount, `${base}.vehicles.operationAmount`, '公务用车运行维护费'), operation));
  both(details.reception?.execution, `${base}.reception.execution`, 'reception');
  // 会议费 / 培训费 beside the 三公: budget against final, or the one amount a document states
  // (its own kind's: a budget's 预算, a 决算's 决算).
  const own = doc.meta?.kind === 'budget' ? 'budget' : 'final';
  for (const column of ['meetings', 'training'] as const) {
    const stated = details[column];
    both(stated?.execution, `${base}.${column}.execution`, column);
    const cell = t7(doc, own, column);
    const label = column === 'meetings' ? '会议费' : '培训费';
    if (stated && cell) out.push(...compareSides(INFO, quoted(doc, stated.amount, `${base}.${column}.amount`, label, stated.source?.line), cell));
  }
  return out;
}

/** Each part of the text on its own, so one odd part cannot hide the others; named by path. */
const PARTS: [(doc: Disclosure, context: AuditContext) => Finding[], string][] = [
  [comparisons, 'narrative.comparisons'],
  [shares, 'narrative.shares'],
  [execution, 'narrative.execution'],
  [threePublic, 'narrative.threePublic'],
];

export const R18: Rule = {
  ...INFO,
  check: (doc, context) =>
    PARTS.flatMap(([part, path]) => guard(INFO, () => part(doc, context), () => path)),
};
