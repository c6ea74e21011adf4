/**
 * Rule 11: 公开04表 财政拨款收入支出决算总表 adds up across its sources, and its income rows
 * are 表1's rows 1–3 (the three fiscal sources).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { FiscalLine, SummaryLine } from '../../schema/tables.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import type { CellRef } from '../../model/provenance.js';
import { fiscalCell, summaryCell, sumSentence, tableUnit } from '../cells.js';
import { checkSum, guard } from '../check.js';
import { incomeTerms, orParts } from './table1.js';
import { compareSides, side } from './cross-tables.js';
import { t4SourceSide } from './fiscal-sources.js';
import { classRows } from './class-rows.js';

const INFO: RuleInfo = {
  id: 'R11',
  name: 'table4-totals',
  description: {
    'zh-CN': '公开04表：每行合计 = 各资金来源之和，收入合计 = 各项财政拨款之和，总计 = 本年合计 + 结转结余，且各项财政拨款收入 = 公开01表第1–3行。',
    en: 'Table 4: each line’s 合计 equals the sum of its sources, 本年收入合计 the fiscal income rows, 总计 the year plus carry-overs, and each fiscal income row equals table 1 rows 1–3.',
  },
};

const SOURCES = ['generalBudget', 'governmentFund', 'stateCapital'] as const;
const COLUMNS = ['total', ...SOURCES] as const;

function sumMessage(doc: Disclosure, cell: CellRef, zh: string, en: string) {
  return sumSentence(doc, cell, { zh, en });
}

/** 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 on one line. */
function sourcesOf(doc: Disclosure, line: FiscalLine, key: string): Finding[] {
  const cell = fiscalCell(line, 'total', key);
  return checkSum(
    { rule: INFO, cells: [cell], unit: tableUnit(doc, 't4'), message: sumMessage(doc, cell, '各资金来源之和', 'its sources') },
    line.amounts.total,
    SOURCES.map((source) => ({ value: line.amounts[source], cell: fiscalCell(line, source, key) })),
  );
}

function check(doc: Disclosure): Finding[] {
  const t4 = doc.tables.t4;
  if (!t4) return [];
  const unit = tableUnit(doc, 't4');
  const totals = t4.totals;
  const out: Finding[] = [];

  // Income side: 本年收入合计 = Σ sources, each source = 表1.
  const incomeLines = incomeTerms(t4.income).map((line) => ({ line: line as SummaryLine | undefined, key: `income${t4.income.indexOf(line) + 1}` }));
  if (totals.incomeTotal) {
    const cell = summaryCell('t4', totals.incomeTotal, 'incomeTotal');
    out.push(
      ...checkSum(
        { rule: INFO, cells: [cell], unit, message: sumMessage(doc, cell, '各项财政拨款收入之和', 'the fiscal income rows') },
        totals.incomeTotal.amount,
        incomeLines.map(({ line, key }) => ({ value: line!.amount, cell: summaryCell('t4', line!, key) })),
      ),
    );
  }
  const t1 = doc.tables.t1;
  // Income lines are a handful of kinds (not rows of a classification), so a search is fine.
  // A 表1 that folds 上年结转 into its source lines is compared with 表4's line + carry-over.
  t4.income.forEach((line) => {
    const match = t1?.income.findIndex((l) => l.kind !== undefined && l.kind === line.kind) ?? -1;
    const t4Side = line.kind ? t4SourceSide(doc, line.kind) : undefined;
    if (!t1 || match < 0 || !t4Side) return;
    const t1Line = t1.income[match]!;
    out.push(...compareSides(INFO, t4Side.side, side(doc, 't1', t1Line.amount, summaryCell('t1', t1Line, `income${match + 1}`))));
  });
  if (totals.carryOverStart && totals.carryOverStartBySource) {
    const cell = summaryCell('t4', totals.carryOverStart, 'carryOverStart');
    out.push(
      ...checkSum(
        { rule: INFO, cells: [cell], unit, message: sumMessage(doc, cell, '各来源年初结转和结余之和', 'the sources') },
        totals.carryOverStart.amount,
        totals.carryOverStartBySource.map((line, i) => ({ value: line.amount, cell: summaryCell('t4', line, `carryOverStart${i + 1}`) })),
      ),
    );
  }
  if (totals.incomeGrandTotal) {
    const cell = summaryCell('t4', totals.incomeGrandTotal, 'incomeGrandTotal');
    const terms = [
      ...orParts({ line: totals.incomeTotal, key: 'incomeTotal' }, incomeLines),
      { line: totals.carryOverStart, key: 'carryOverStart' },
    ].flatMap(({ line, key }) => (line ? [{ value: line.amount, cell: summaryCell('t4', line, key) }] : []));
    out.push(
      ...checkSum(
        { rule: INFO, cells: [cell], unit, message: sumMessage(doc, cell, '本年收入合计与年初结转和结余之和', '本年收入合计 and 年初结转和结余') },
        totals.incomeGrandTotal.amount,
        terms,
      ),
    );
  }

  // Expenditure side: every line by source, 本年支出合计 = Σ 类 per column, 总计 = 合计 + 年末.
  t4.expenditure.forEach((line, i) => out.push(...sourcesOf(doc, line, `expenditure${i + 1}`)));
  const total = totals.expenditureTotal;
  if (total) {
    for (const column of COLUMNS) {
      const cell = fiscalCell(total, column, 'expenditureTotal');
      out.push(
        ...checkSum(
          { rule: INFO, cells: [cell], unit, message: sumMessage(doc, cell, '各类支出之和', 'the 类 rows') },
          total.amounts[column],
          classRows(t4.expenditure).map(({ line, i }) => ({ value: line.amounts[column], cell: fiscalCell(line, column, `expenditure${i + 1}`) })),
        ),
      );
    }
    out.push(...sourcesOf(doc, total, 'expenditureTotal'));
  }
  if (totals.carryOverEnd) out.push(...sourcesOf(doc, totals.carryOverEnd, 'carryOverEnd'));
  const grand = totals.expenditureGrandTotal;
  if (grand) {
    for (const column of COLUMNS) {
      const cell = fiscalCell(grand, column, 'expenditureGrandTotal');
      // A 本年支出合计 line not in the table stands in by its 类 rows (orParts), never as 0.
      const yearLines = classRows(t4.expenditure).map(({ line, i }) => ({ line: line as FiscalLine | undefined, key: `expenditure${i + 1}` }));
      const parts = [...orParts({ line: total, key: 'expenditureTotal' }, yearLines), { line: totals.carryOverEnd, key: 'carryOverEnd' }]
        .flatMap(({ line, key }) => (line ? [{ value: line.amounts[column], cell: fiscalCell(line, column, key) }] : []));
      out.push(
        ...checkSum(
          { rule: INFO, cells: [cell], unit, message: sumMessage(doc, cell, '本年支出合计与年末结转和结余之和', '本年支出合计 and 年末结转和结余') },
          grand.amounts[column],
          parts,
        ),
      );
    }
  }
  return out;
}

export const R11: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
