/**
 * The headline figures of a disclosure, each a printed cell with its source: 本年收入合计 and
 * 本年支出合计 (公开01表), 年末结转和结余 (公开01表), 基本支出 and 项目支出 (公开03表 合计 row), the
 * "三公" total (公开07表, 决算数 in a 决算, 预算数 in a 预算) and the number of scorecards. No figure
 * is computed: a table that is absent gives no figure, a blank (null) cell stays null (shown as
 * blank, never 0). Amounts are in their table's unit (元 or 万元); cost linear in nothing but the
 * number of scorecards.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Unit } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';

export interface OverviewFigure {
  key: 'income' | 'expenditure' | 'carryOverEnd' | 'basic' | 'project' | 'threePublic' | 'scorecards';
  label: Localized;
  /** The printed amount (in `unit`), null for a blank cell; a count for `scorecards`. */
  value: number | null;
  /** The table's unit; undefined for a count. */
  unit?: Unit;
  /** Where it is printed: table code and row, e.g. 公开01表 本年收入合计. */
  source: Localized;
  /** 1-based source line in the published text, when known. */
  line?: number;
}

interface Cell {
  amount?: number | null;
  source?: { line?: number };
}

const tableName = (code: string | undefined, n: string): Localized => ({ 'zh-CN': code ?? `公开${n}表`, en: `Table ${n}` });

export function overviewFigures(doc: Disclosure): OverviewFigure[] {
  const figures: OverviewFigure[] = [];
  const { t1, t3, t7 } = doc.tables;
  const budget = doc.meta.kind === 'budget';
  if (t1) {
    const t1Name = tableName(t1.code, '01');
    const add = (key: OverviewFigure['key'], cell: Cell | undefined, label: Localized) => {
      if (!cell) return;
      figures.push({ key, label, value: cell.amount ?? null, unit: t1.unit, source: row(t1Name, label), line: cell.source?.line });
    };
    add('income', t1.totals?.incomeTotal, { 'zh-CN': '本年收入合计', en: 'Total income of the year' });
    add('expenditure', t1.totals?.expenditureTotal, { 'zh-CN': '本年支出合计', en: 'Total expenditure of the year' });
    if (!budget) add('carryOverEnd', t1.totals?.carryOverEnd, { 'zh-CN': '年末结转和结余', en: 'Balance carried forward' });
  }
  if (t3?.total) {
    const t3Name = tableName(t3.code, '03');
    const line = t3.total.source?.line;
    const basic = { 'zh-CN': '基本支出', en: 'Basic expenditure' };
    const project = { 'zh-CN': '项目支出', en: 'Project expenditure' };
    figures.push({ key: 'basic', label: basic, value: t3.total.values.basic ?? null, unit: t3.unit, source: row(t3Name, total(basic)), line });
    figures.push({ key: 'project', label: project, value: t3.total.values.project ?? null, unit: t3.unit, source: row(t3Name, total(project)), line });
  }
  const threePublic = budget ? t7?.budget : t7?.final;
  if (t7 && threePublic) {
    const column = budget ? { 'zh-CN': '预算数', en: 'budget' } : { 'zh-CN': '决算数', en: 'final' };
    figures.push({
      key: 'threePublic',
      label: { 'zh-CN': '“三公”经费', en: '"Three public costs"' },
      value: threePublic.total ?? null,
      unit: t7.unit,
      source: { 'zh-CN': `${tableName(t7.code, '07')['zh-CN']} ${column['zh-CN']}合计`, en: `Table 07, ${column.en} total` },
      line: threePublic.source?.line,
    });
  }
  const scorecards = doc.performance?.scorecards.length;
  if (scorecards) {
    figures.push({
      key: 'scorecards',
      label: { 'zh-CN': '绩效自评项目', en: 'Projects self-evaluated' },
      value: scorecards,
      source: { 'zh-CN': '项目支出绩效自评表', en: 'Project performance self-evaluation forms' },
    });
  }
  return figures;
}

function row(table: Localized, label: Localized): Localized {
  return { 'zh-CN': `${table['zh-CN']} ${label['zh-CN']}`, en: `${table.en}, ${label.en}` };
}

function total(label: Localized): Localized {
  return { 'zh-CN': `合计行 ${label['zh-CN']}`, en: `total row, ${label.en.toLowerCase()}` };
}
