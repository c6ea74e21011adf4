/**
 * 三公 tables printed as year groups side by side (2021年 | 2022年 | 增减变化情况), often per
 * unit and with headers stacked one character a line, which no header tree reads. The groups
 * are told by the year words printed over them (equal blocks of amounts, in printed order);
 * inside a group the columns are told by their arithmetic on every row at once: the "三公"
 * subtotal is 因公出国 + 公务接待 + 公务用车, and 公务用车 (a 小计) is 购置费 + 运行费 printed
 * right after it. Only a single consistent reading is taken; otherwise undefined, and the
 * header-tree reader is used.
 */
import type { Cell, TextLine } from '../lines.js';
import { parseNumber } from '../numbers.js';
import type { BodyRow } from './layout.js';

type Group = 'budget' | 'previousBudget' | undefined;
export interface YearColumns {
  /** Column (amount position on the row) of each key, per group. */
  groups: { group: Exclude<Group, undefined>; at: Record<string, number> }[];
}

/**
 * The row's amounts: the numbers after its last label, without a leading 序号 or unit code
 * (whole numbers before the decimals, "2 222 346.73 …").
 */
export function amountCells(row: BodyRow): Cell[] {
  const cells = row.line.cells;
  let from = cells.length;
  while (from > 0 && typeof parseNumber(cells[from - 1]!.text) === 'number') from--;
  const run = cells.slice(from);
  const decimals = run.filter((c) => c.text.includes('.')).length;
  let lead = 0;
  if (decimals > run.length / 2) while (lead < run.length && /^\d+$/.test(run[lead]!.text)) lead++;
  return run.slice(lead);
}

/** One printed slip of 0.01 per term. */
const SLIP = 0.011;

function markers(header: readonly TextLine[], thisYear: number): Group[] | undefined {
  for (const line of header) {
    const found = line.cells
      .map((c) => c.text.replace(/\s+/g, ''))
      .filter((t) => /^(?:19|20)\d{2}年度?(?:预算数?)?$/.test(t) || /^增减(?:变化)?(?:情况)?$|^变化情况$/.test(t));
    if (found.length < 2 || !found.some((t) => /^\d/.test(t))) continue;
    return found.map((t) => {
      const year = /^(\d{4})/.exec(t);
      if (!year) return undefined;
      const y = Number(year[1]);
      return y === thisYear ? 'budget' : y < thisYear ? 'previousBudget' : undefined;
    });
  }
  return undefined;
}

/** Where the words of one key first show in the header within [x0, x1): for 出国 vs 接待 order. */
function wordAt(header: readonly TextLine[], x0: number, x1: number, word: RegExp): number {
  let best = Infinity;
  for (const line of header) for (const c of line.cells) if (c.start >= x0 && c.start < x1 && word.test(c.text)) best = Math.min(best, c.start);
  return best;
}

/** The keys' columns inside one group of `m` amounts, consistent on every row; undefined unless one. */
function solveGroup(rows: readonly number[][], m: number, abroadFirst: boolean | undefined): Record<string, number> | undefined {
  const near = (a: number, b: number, terms: number) => Math.abs(a - b) <= SLIP * terms;
  const found: Record<string, number>[] = [];
  for (let v = 1; v + 2 < m; v++) {
    const p = v + 1;
    const o = v + 2;
    if (!rows.every((g) => near(g[v]!, g[p]! + g[o]!, 2))) continue;
    for (let t = 0; t < v; t++) {
      for (let a = t + 1; a < m; a++) {
        for (let r = t + 1; r < m; r++) {
          if (a === r || [v, p, o].includes(a) || [v, p, o].includes(r)) continue;
          if (!rows.every((g) => near(g[t]!, g[a]! + g[r]! + g[v]!, 3))) continue;
          if (abroadFirst !== undefined && abroadFirst !== a < r) continue;
          found.push({ total: t, abroad: a, reception: r, vehicles: v, vehiclePurchase: p, vehicleOperation: o });
        }
      }
    }
  }
  // Arithmetic alone must decide: a reading that rests on columns of zeros is no reading.
  return found.length === 1 && rows.some((g) => g[found[0]!.total!] !== 0) ? found[0] : undefined;
}

/**
 * The columns of a year-group 三公 table, from its header lines (the year words) and its data
 * rows (the department's 合计 first, then its units). Each row must print every amount.
 */
export function yearGroupColumns(header: readonly TextLine[], data: readonly BodyRow[], thisYear: number | undefined): YearColumns | undefined {
  if (thisYear === undefined || data.length === 0) return undefined;
  const groups = markers(header, thisYear);
  if (!groups) return undefined;
  const amounts = (row: BodyRow) => amountCells(row).map((c) => parseNumber(c.text) as number);
  const n = amounts(data[0]!).length;
  const k = groups.length;
  if (n % k !== 0 || n / k < 6) return undefined;
  const m = n / k;
  const rows = data.map(amounts).filter((a) => a.length === n);
  const first = amountCells(data[0]!);
  const out: YearColumns = { groups: [] };
  for (let g = 0; g < k; g++) {
    const group = groups[g];
    if (!group) continue;
    const x0 = first[g * m]!.start - 2;
    const x1 = g + 1 < k ? first[(g + 1) * m]!.start - 2 : Infinity;
    const abroad = wordAt(header, x0, x1, /出|因/);
    const reception = wordAt(header, x0, x1, /接|待/);
    const order = Number.isFinite(abroad) && Number.isFinite(reception) && abroad !== reception ? abroad < reception : undefined;
    const at = solveGroup(rows.map((a) => a.slice(g * m, (g + 1) * m)), m, order);
    if (!at) return undefined;
    out.groups.push({ group, at: Object.fromEntries(Object.entries(at).map(([key, i]) => [key, g * m + i])) });
  }
  return out.groups.length > 0 ? out : undefined;
}
