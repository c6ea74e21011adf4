/**
 * A line lost where a table crosses a page (an extraction that clips a page's foot, a copy that
 * starts below the repeated header) leaves a 类 or 款 short of its sub-rows by exactly that
 * line, and the audit would report the document as not adding up. The parser cannot see the
 * loss itself; it can see where it would be: a coded row whose sub-rows do not add up to it
 * while they run across a page break of the table (or the table's 合计 against its 类 rows in a
 * table printed on several pages). Such a gap is said (`rows-gap-at-break`), so the audit
 * reports it as "could not be checked" rather than as the document's error. Gaps within a page
 * stay the document's own.
 */
import type { WarningSink } from '../warnings.js';
import { where, type TableLayout } from './layout.js';

interface CodedRow {
  code: string;
  name: string;
  value: number | null;
  line: number;
}

const valueOf = (row: { values?: { total?: unknown }; amount?: unknown }): number | null => {
  const v = row.values ? row.values.total : row.amount;
  return typeof v === 'number' ? v : null;
};

/** Within rounding: 0.01 of the table's unit per row added. */
const rounded = (gap: number, rows: number): boolean => Math.abs(gap) <= 0.01 * (rows + 1) + 1e-9;

export function warnGapsAtBreaks(layout: TableLayout, table: unknown, warnings: WarningSink): void {
  if (!layout.breaks?.size || !table || typeof table !== 'object') return;
  const breaks = [...layout.breaks].map((k) => layout.rows[k]?.line.no).filter((n): n is number => n !== undefined);
  if (breaks.length === 0) return;
  const t = table as { rows?: unknown[]; total?: { values?: { total?: unknown }; source?: { line?: number } }; totals?: { total?: { amount?: unknown; source?: { line?: number } } } };
  const rows: CodedRow[] = [];
  for (const raw of t.rows ?? []) {
    const row = raw as { code?: unknown; name?: unknown; values?: { total?: unknown }; amount?: unknown; source?: { line?: unknown } };
    const line = row.source?.line;
    if (typeof row.code !== 'string' || !/^\d{3}(?:\d{2}){0,2}$/.test(row.code) || typeof line !== 'number') continue;
    rows.push({ code: row.code, name: typeof row.name === 'string' ? row.name : '', value: valueOf(row), line });
  }
  rows.sort((a, b) => a.line - b.line);
  const crosses = (from: number, to: number) => breaks.some((b) => b > from && b <= to);
  /** The printed line after `row` among the coded rows (the table's end when none). */
  const after = (index: number) => rows[index + 1]?.line ?? Infinity;
  rows.forEach((parent, i) => {
    if (parent.value === null || parent.code.length >= 7) return;
    const children: number[] = [];
    for (let j = i + 1; j < rows.length && rows[j]!.code.startsWith(parent.code); j++) if (rows[j]!.code.length === parent.code.length + 2) children.push(j);
    if (children.length === 0) return;
    const sum = children.reduce((s, j) => s + (rows[j]!.value ?? 0), 0);
    const gap = parent.value - sum;
    if (rounded(gap, children.length)) return;
    // From the parent's line to the line after its last sub-row: a row lost at either end of a page is inside.
    if (!crosses(parent.line, after(children[children.length - 1]!))) return;
    warnings.add('rows-gap-at-break', { line: parent.line }, { where: where(layout.id), code: parent.code, name: parent.name, gap: Math.round(gap * 100) / 100 });
  });
  // The 合计 against its 类 rows, in a table printed on several pages.
  const total = t.total ? valueOf(t.total) : t.totals?.total ? valueOf(t.totals.total) : null;
  const classes = rows.filter((r) => r.code.length === 3);
  if (total === null || classes.length === 0) return;
  const gap = total - classes.reduce((s, r) => s + (r.value ?? 0), 0);
  const line = t.total?.source?.line ?? t.totals?.total?.source?.line;
  if (!rounded(gap, classes.length)) warnings.add('rows-gap-at-break', line !== undefined ? { line } : undefined, { where: where(layout.id), code: '合计', name: '', gap: Math.round(gap * 100) / 100 });
}

/**
 * 表1 / 表4: the expenditure side's 类 lines against its 本年支出合计, when the side runs across a
 * page break (a 类 line lost at the foot of a page, 苏州 表4 printed over two).
 */
export function warnSideGapsAtBreaks(layout: TableLayout, table: unknown, warnings: WarningSink): void {
  if (!layout.breaks?.size || !table || typeof table !== 'object') return;
  const breaks = [...layout.breaks].map((k) => layout.rows[k]?.line.no).filter((n): n is number => n !== undefined);
  type Line = { code?: unknown; amount?: unknown; values?: { total?: unknown }; amounts?: { total?: unknown }; source?: { line?: unknown } };
  const t = table as { expenditure?: Line[]; totals?: { expenditureTotal?: Line } };
  const amount = (line: Line | undefined): number | null => {
    const v = line?.amount !== undefined ? line.amount : (line?.values ?? line?.amounts)?.total;
    return typeof v === 'number' ? v : null;
  };
  const lineOf = (line: Line | undefined) => (typeof line?.source?.line === 'number' ? line.source.line : undefined);
  const classes = (t.expenditure ?? []).filter((l) => typeof l.code === 'string' && l.code.length === 3 && lineOf(l) !== undefined);
  const total = amount(t.totals?.expenditureTotal);
  if (classes.length === 0 || total === null) return;
  const gap = total - classes.reduce((s, l) => s + (amount(l) ?? 0), 0);
  if (rounded(gap, classes.length)) return;
  const lines = classes.map((l) => lineOf(l)!);
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  const totalLine = lineOf(t.totals?.expenditureTotal);
  const end = totalLine !== undefined && totalLine > last ? totalLine : last + 1;
  if (!breaks.some((b) => b > first && b <= end)) return;
  warnings.add('rows-gap-at-break', totalLine !== undefined ? { line: totalLine } : undefined, { where: where(layout.id), code: '', name: '本年支出合计', gap: Math.round(gap * 100) / 100 });
}
