/**
 * 表4 财政拨款收入支出决算总表: the fiscal sources on the left, 类 rows by source on the
 * right, then 年初/年末结转和结余 by source. Below the 年初 row the left names repeat the
 * income names, so they are read as carry-over by source, not as income.
 */
import { functionClassCode } from '../codes.js';
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import { currentColumns } from './current-year.js';
import { tableHeader } from './header.js';
import type { Half } from './halves.js';
import { where, type BodyRow, type TableLayout } from './layout.js';
import { OtherSides } from './other-sides.js';
import { summarySides } from './stacked-sides.js';
import { joinNameTail, joinWrappedLabels, placeOrphanAmount } from './wrapped-lines.js';
import { depth, incomeKind, notePrintedDepth, joinWrappedNames, nestParts, orphanAmount, summaryLine, totalKey, totalSlot, withClassCode, withIncomeKind, type SummaryLineOut } from './summary.js';

interface FiscalLineOut {
  code?: string;
  name: string;
  line?: number;
  amounts: Record<string, number | null>;
  source?: object;
}

const SOURCE_RULES: ReadonlyArray<[RegExp, string]> = [
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/合计|小计|总计|金额|预算数|决算数/, 'total'],
];

const LEFT_TOTALS: ReadonlyArray<[RegExp, string]> = [
  [/本年收入合计|^收入合计|^本年收入$/, 'incomeTotal'],
  [/年初.*结转和?结余|上年结转|上年结余[、和及]?结转/, 'carryOverStart'],
  [/总计/, 'incomeGrandTotal'],
];
const RIGHT_TOTALS: ReadonlyArray<[RegExp, string]> = [
  [/本年支出合计|^支出合计|^本年支出$/, 'expenditureTotal'],
  [/年末.*结转和?结余|年终结转|结转结余下年|结转下年/, 'carryOverEnd'],
  [/总计/, 'expenditureGrandTotal'],
];

export function parseFiscalTable(layout: TableLayout, warnings: WarningSink) {
  const out = {
    ...tableHeader(layout),
    income: [] as SummaryLineOut[],
    expenditure: [] as FiscalLineOut[],
    totals: {} as Record<string, SummaryLineOut | FiscalLineOut | SummaryLineOut[]>,
  };
  let afterCarryOver = false;
  const bySource: SummaryLineOut[] = [];
  const sides = summarySides(layout, warnings);
  const otherSides = new OtherSides(layout, sides.otherLabels, sides.serial, warnings);
  for (const { row, left, right, others, ambiguous } of sides.rows) {
    if (ambiguous) {
      warnings.add('columns-ambiguous', { line: row.line.no, text: row.line.raw }, { where: where(layout.id) });
      continue;
    }
    const leftPlaced = !afterCarryOver && placeOrphanAmount(layout, row, left, out.income, warnings);
    if (left.name !== '' && (afterCarryOver || !joinNameTail(row, left, out.income, sides.serial, (t) => depth(t) !== undefined))) {
      const total = totalKey(left.name, LEFT_TOTALS);
      const kind = incomeKind(left.name);
      if (total) {
        const slot = totalSlot(total, out.totals);
        if (slot) out.totals[slot] = summaryLine(layout, row, left, warnings);
        afterCarryOver = total === 'carryOverStart';
      } else if (afterCarryOver && kind) {
        bySource.push(summaryLine(layout, row, left, warnings, { kind }));
      } else {
        out.income.push(summaryLine(layout, row, left, warnings, kind ? { kind } : {}));
      }
    }
    if (right.name !== '') {
      const total = totalKey(right.name, RIGHT_TOTALS);
      const slot = total && totalSlot(total, out.totals);
      if (total) {
        if (slot) out.totals[slot] = fiscalLine(layout, row, right, warnings);
      }
      else {
        const line = fiscalLine(layout, row, right, warnings);
        const code = functionClassCode(right.name);
        const coded = code ? { code, ...line } : line;
        notePrintedDepth(coded, line);
        out.expenditure.push(coded);
      }
    }
    const othersRead = otherSides.add(row, others);
    if ((leftPlaced || !orphanAmount(row, left)) && !orphanAmount(row, right) && othersRead) {
      layout.read.add(row.line);
    }
  }
  layout.otherSides = otherSides.kept();
  const incomeBlank = (line: SummaryLineOut) => line.amount === null;
  const blank = (line: FiscalLineOut) => Object.values(line.amounts).every((v) => v === null);
  out.income = nestParts(joinWrappedNames(joinWrappedLabels(layout, out.income, incomeBlank, incomeKind, warnings, withIncomeKind)));
  out.expenditure = joinWrappedNames(joinWrappedLabels(layout, out.expenditure, blank, functionClassCode, warnings, withClassCode), blank);
  if (bySource.length > 0) out.totals.carryOverStartBySource = bySource;
  return out;
}

function fiscalLine(layout: TableLayout, row: BodyRow, half: Half, warnings: WarningSink): FiscalLineOut {
  const amounts: Record<string, number | null> = {};
  // This year's columns only: 上年预算数 would take the 预算数 keys first.
  currentColumns(half.amounts).forEach((slot, i) => {
    const key = sourceKey(slot.header) ?? (['total', 'generalBudget', 'governmentFund', 'stateCapital'][i] as string);
    if (key in amounts) return;
    amounts[key] = amountCell(row, slot.index, slot.header || key, layout.id, warnings);
  });
  const out: FiscalLineOut = { name: half.name, amounts };
  notePrintedDepth(out, half.printed ?? half.name);
  if (half.line !== undefined) out.line = half.line;
  out.source = { table: layout.id, line: row.line.no, row: String(half.line ?? half.name) };
  return out;
}

function sourceKey(header: string): string | undefined {
  for (const [pattern, key] of SOURCE_RULES) if (pattern.test(header)) return key;
  return undefined;
}
