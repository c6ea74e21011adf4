/** Rules 1–5: 公开01表 收入支出决算总表 adds up. */
import type { Disclosure } from '../../schema/disclosure.js';
import { classRows } from './class-rows.js';
import type { SummaryLine } from '../../schema/tables.js';
import type { Rule, RuleInfo } from '../types.js';
import { summaryCell, sumSentence, tableName, tableUnit } from '../cells.js';
import { checkAmount, checkSum } from '../check.js';
import { say } from '../text.js';

const FISCAL_SPLIT = new Set(['generalBudget', 'governmentFund', 'stateCapital']);

/**
 * The income rows that make up 本年收入合计. A budget may print an unsplit 财政拨款 row;
 * when it also prints the three fiscal sources, that row is their subtotal, not a term.
 */
export function incomeTerms(lines: readonly SummaryLine[]): SummaryLine[] {
  const split = lines.some((line) => line.kind !== undefined && FISCAL_SPLIT.has(line.kind));
  return lines.filter((line) => !(split && line.kind === 'fiscal'));
}

type Term = { line?: SummaryLine; key: string };

/** 表1's income rows that add up to 本年收入合计 (a split 财政拨款 counted once). */
function incomeLines(doc: Disclosure): Term[] {
  return incomeTerms(doc.tables.t1?.income ?? []).map((line) => ({ line, key: `income${doc.tables.t1!.income.indexOf(line) + 1}` }));
}

/** 表1's expenditure rows that add up to 本年支出合计: only the 类 rows when 款/项 lines without a code are listed under them (class-rows.ts). */
function expenditureLines(doc: Disclosure): Term[] {
  return classRows(doc.tables.t1?.expenditure ?? []).map(({ line, i }) => ({ line, key: `expenditure${i + 1}` }));
}

/**
 * A subtotal in a grand total's sum, or its rows when the subtotal line is not in the table
 * (not printed, or lost to the extraction): a missing 本年收入合计 is not 0 (总计 ≠ 0 + 结转
 * would be an error the document does not make).
 */
export function orParts<T extends { line?: unknown }>(subtotal: T, parts: readonly T[]): readonly T[] {
  return subtotal.line !== undefined ? [subtotal] : parts;
}

function sumRule(
  info: RuleInfo,
  pick: (doc: Disclosure) => { total?: SummaryLine; totalKey: string; terms: { line?: SummaryLine; key: string }[] },
  what: { zh: string; en: string },
): Rule {
  return {
    ...info,
    check(doc) {
      const t1 = doc.tables.t1;
      if (!t1) return [];
      const { total, totalKey, terms } = pick(doc);
      if (!total) return [];
      const totalCell = summaryCell('t1', total, totalKey);
      return checkSum(
        {
          rule: info,
          cells: [totalCell],
          unit: tableUnit(doc, 't1'),
          message: sumSentence(doc, totalCell, what),
        },
        total.amount,
        terms
          .filter((term): term is { line: SummaryLine; key: string } => term.line !== undefined)
          .map((term) => ({ value: term.line.amount, cell: summaryCell('t1', term.line, term.key) })),
      );
    },
  };
}

export const R01 = sumRule(
  {
    id: 'R01',
    name: 'table1-income-total',
    description: {
      'zh-CN': '公开01表：本年收入合计 = 各项收入之和。',
      en: 'Table 1: 本年收入合计 (total income) equals the sum of the income rows.',
    },
  },
  (doc) => ({
    total: doc.tables.t1?.totals.incomeTotal,
    totalKey: 'incomeTotal',
    terms: incomeLines(doc),
  }),
  { zh: '各项收入合计', en: 'the income rows' },
);

export const R02 = sumRule(
  {
    id: 'R02',
    name: 'table1-expenditure-total',
    description: {
      'zh-CN': '公开01表：本年支出合计 = 各类支出之和。',
      en: 'Table 1: 本年支出合计 (total expenditure) equals the sum of the expenditure 类 rows.',
    },
  },
  (doc) => ({
    total: doc.tables.t1?.totals.expenditureTotal,
    totalKey: 'expenditureTotal',
    terms: expenditureLines(doc),
  }),
  { zh: '各类支出合计', en: 'the expenditure rows' },
);

export const R03 = sumRule(
  {
    id: 'R03',
    name: 'table1-income-grand-total',
    description: {
      'zh-CN': '公开01表：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余。',
      en: 'Table 1: income 总计 equals 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.',
    },
  },
  (doc) => {
    const totals = doc.tables.t1?.totals;
    return {
      total: totals?.incomeGrandTotal,
      totalKey: 'incomeGrandTotal',
      terms: [
        ...orParts({ line: totals?.incomeTotal, key: 'incomeTotal' }, incomeLines(doc)),
        { line: totals?.nonFiscalBalanceUsed, key: 'nonFiscalBalanceUsed' },
        { line: totals?.carryOverStart, key: 'carryOverStart' },
      ],
    };
  },
  { zh: '本年收入合计、使用非财政拨款结余与年初结转和结余之和', en: '本年收入合计, 使用非财政拨款结余 and 年初结转和结余' },
);

export const R04 = sumRule(
  {
    id: 'R04',
    name: 'table1-expenditure-grand-total',
    description: {
      'zh-CN': '公开01表：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余。',
      en: 'Table 1: expenditure 总计 equals 本年支出合计 + 结余分配 + 年末结转和结余.',
    },
  },
  (doc) => {
    const totals = doc.tables.t1?.totals;
    return {
      total: totals?.expenditureGrandTotal,
      totalKey: 'expenditureGrandTotal',
      terms: [
        ...orParts({ line: totals?.expenditureTotal, key: 'expenditureTotal' }, expenditureLines(doc)),
        { line: totals?.balanceDistribution, key: 'balanceDistribution' },
        { line: totals?.carryOverEnd, key: 'carryOverEnd' },
      ],
    };
  },
  { zh: '本年支出合计、结余分配与年末结转和结余之和', en: '本年支出合计, 结余分配 and 年末结转和结余' },
);

const R05_INFO: RuleInfo = {
  id: 'R05',
  name: 'table1-grand-totals-equal',
  description: {
    'zh-CN': '公开01表：收入总计 = 支出总计（收支不等时由结转结余说明）。',
    en: 'Table 1: the income and expenditure 总计 are equal (carry-overs explain income ≠ expenditure).',
  },
};

export const R05: Rule = {
  ...R05_INFO,
  check(doc) {
    const totals = doc.tables.t1?.totals;
    if (!totals?.incomeGrandTotal || !totals.expenditureGrandTotal) return [];
    const income = summaryCell('t1', totals.incomeGrandTotal, 'incomeGrandTotal');
    const expenditure = summaryCell('t1', totals.expenditureGrandTotal, 'expenditureGrandTotal');
    return checkAmount({
      rule: R05_INFO,
      cells: [expenditure, income],
      actual: totals.expenditureGrandTotal.amount,
      expected: totals.incomeGrandTotal.amount,
      terms: 1,
      unit: tableUnit(doc, 't1'),
      message: (lang, actual, expected) =>
        say(
          lang,
          `${tableName(doc, 't1', lang)} 支出总计 = ${actual}，但收入总计为 ${expected}`,
          `${tableName(doc, 't1', lang)} expenditure 总计 = ${actual}, but income 总计 = ${expected}`,
        ),
    });
  },
};
