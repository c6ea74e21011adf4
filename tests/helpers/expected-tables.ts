// Compares a parsed document with tables read from the printed text by hand
// (tests/fixtures/real/expected/README.md): every expected cell is looked up in the parse and
// every mismatch is listed, so one failing run shows all the wrong cells at once.
import type { Disclosure } from '../../src/schema/disclosure.js';

/** A printed line of 表1 / 表4's income or expenditure side: its 行 (text line), label and amount. */
export interface ExpectedSideLine {
  line: number;
  label: string;
  /** As printed; null for a blank cell. 表4 expenditure lines give their amounts by fiscal source. */
  amount: number | null | Record<string, number | null>;
}

/** A summary table (t1, t4): every printed line of both sides, totals included. */
export interface ExpectedSummary {
  income: ExpectedSideLine[];
  expenditure: ExpectedSideLine[];
  /** Sides the schema has no place for (经济分类, 支出用途 beside 功能分类), kept in otherTables. */
  others?: ExpectedOtherSide[];
}

/**
 * Such a side: its header label as printed and every printed line. Kept as printed
 * (otherTables, reason unmapped-columns, columns whose path starts with the label), where a
 * blank cell keeps nothing: the lines with an amount must be there, and nothing else.
 */
export interface ExpectedOtherSide {
  label: string;
  lines: ExpectedSideLine[];
}

/** A function-classification table (t2, t3, t5, t8, t9): every printed row in order. */
export interface ExpectedFunctionTable {
  columns: string[];
  /** The 合计 row's values under `columns`. */
  total?: (number | null)[];
  /** [code, name, ...values under `columns`], in printed order (the department's rows). */
  rows: [string, string, ...(number | null)[]][];
  /** A table that lists its units (预算单位): each unit's heading row, [单位编码, 单位名称, ...values], in printed order. */
  units?: [string, string, ...(number | null)[]][];
  /**
   * [name, ...values] of the rows the parse keeps under `uncoded` (printed without a 类/款/项
   * code of their own), in printed order; names compared without spaces.
   */
  uncoded?: [string, ...(number | null)[]][];
  /**
   * A table that crosses 功能分类 with 经济分类 (one printed row per pair): every pair, in
   * printed order, [功能 code, 政府经济 code, its name, 部门经济 code, its name, ...values]
   * (null for a classification the row does not print). The 功能 rows summed from them are
   * derived and not in `rows`.
   */
  economic?: [string, string | null, string | null, string | null, string | null, ...(number | null)[]][];
}

/** 表6 by 经济分类: every printed row, [部门 code, 政府 code or null, name, 合计, 人员经费, 公用经费]. */
export interface ExpectedEconomicTable {
  economicRows: [string, string | null, string, number | null, number | null, number | null][];
  /** The 合计 row: [合计, 人员经费, 公用经费]. */
  totals?: [number | null, number | null, number | null];
}

/** 三公 (t7): each group printed (budget, final, previousBudget) with its amounts. */
export type ExpectedThreePublic = Record<string, Record<string, number | null>>;

export interface ExpectedDocument {
  source: string;
  /** Who read it and how (by hand, which lines). */
  readBy: string;
  tables: Record<string, ExpectedSummary | ExpectedFunctionTable | ExpectedThreePublic | ExpectedEconomicTable>;
  /** Tables the parser does not read right yet: table id → why. Kept as skipped tests. */
  pending?: Record<string, string>;
  /**
   * Rows of a table kept as printed (otherTables `of` that id: the units' rows the schema has no
   * place for), by table id: [line, ...values] with every number column's value in order.
   */
  kept?: Record<string, [number, ...(number | null)[]][]>;
  /**
   * The schema key of each value of a `kept` row, in column order (read from the printed
   * header), for a table whose rows by unit are now typed (三公 `units`): the row is then found
   * among the table's groups by its line, and each key's amount is the sum of its columns (the
   * funds of one item).
   */
  keptKeys?: Record<string, string[]>;
}

/**
 * Hand-read rows of a table kept as printed against the parse's otherTables of that table: each
 * row found by its line, its values in column order; a list of mismatches in words.
 */
export function compareKeptRows(document: Disclosure, id: string, expected: [number, ...(number | null)[]][], keys?: readonly string[]): string[] {
  const rows = (document.otherTables ?? []).filter((t) => t.of === id).flatMap((t) => t.rows);
  const out: string[] = [];
  for (const [line, ...values] of expected) {
    const row = rows.find((r) => r.source?.line === line);
    const typed = !row && keys ? typedGroup(document, id, line) : undefined;
    if (typed) {
      const sums: Record<string, number | null> = {};
      keys!.forEach((key, i) => {
        const value = values[i] ?? null;
        sums[key] = value === null ? (sums[key] ?? null) : Math.round(((sums[key] ?? 0) + value) * 1e6) / 1e6;
      });
      const parsed = Object.fromEntries(Object.keys(sums).map((key) => [key, typed[key] ?? null]));
      if (JSON.stringify(parsed) !== JSON.stringify(sums)) out.push(`typed line ${line}: expected ${JSON.stringify(sums)}, parsed ${JSON.stringify(parsed)}`);
    } else if (!row) out.push(`kept line ${line}: not in the parse`);
    else if (JSON.stringify(row.values) !== JSON.stringify(values))
      out.push(`kept line ${line}: expected ${JSON.stringify(values)}, parsed ${JSON.stringify(row.values)}`);
  }
  return out;
}

/** The 三公 group (the department's or a unit's budget, final, previousBudget) read from `line`. */
function typedGroup(document: Disclosure, id: string, line: number): Record<string, unknown> | undefined {
  const table = (document.tables as Record<string, unknown>)[id] as Record<string, unknown> | undefined;
  if (!table) return undefined;
  const holders = [table, ...((table.units as Record<string, unknown>[] | undefined) ?? [])];
  const groups = holders.flatMap((h) => ['budget', 'final', 'previousBudget'].map((g) => h[g] as Record<string, unknown> | undefined));
  return groups.find((g) => (g?.source as { line?: number } | undefined)?.line === line);
}

/**
 * Trims the printed enumeration ("一、", "1.", "（一）"), the 其中 marker and spaces from a label:
 * a 其中 line is a part of the line above, which the parse says by nesting it (`parts`), not
 * by keeping the word.
 */
export const normaliseLabel = (label: string): string =>
  label
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/, '');

interface Candidate {
  line?: number;
  name: string;
  amount: unknown;
}

type AnyLine = { name: string; amount?: unknown; amounts?: unknown; line?: number; source?: { line?: number }; parts?: AnyLine[] };

const INCOME_TOTALS = ['incomeTotal', 'nonFiscalBalanceUsed', 'carryOverStart', 'carryOverStartBySource', 'incomeGrandTotal'];
const EXPENDITURE_TOTALS = ['expenditureTotal', 'balanceDistribution', 'carryOverEnd', 'expenditureGrandTotal'];

function candidates(lines: AnyLine[], totals: Record<string, AnyLine | AnyLine[] | undefined>, keys: string[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (l: AnyLine) => {
    out.push({ line: l.source?.line, name: l.name, amount: l.amounts ?? l.amount ?? null });
    for (const p of l.parts ?? []) add(p);
  };
  lines.forEach(add);
  for (const key of keys) {
    const t = totals[key];
    if (Array.isArray(t)) t.forEach(add);
    else if (t) add(t);
  }
  return out;
}

const sameAmount = (actual: unknown, expected: ExpectedSideLine['amount']): boolean => {
  if (expected === null || typeof expected === 'number') return actual === expected;
  if (!actual || typeof actual !== 'object') return false;
  const a = actual as Record<string, unknown>;
  return Object.entries(expected).every(([k, v]) => (a[k] ?? null) === v);
};

function compareSide(side: string, expected: ExpectedSideLine[], found: Candidate[], out: string[]) {
  const used = new Set<Candidate>();
  for (const e of expected) {
    const label = normaliseLabel(e.label);
    const match =
      found.find((c) => !used.has(c) && c.line === e.line && normaliseLabel(c.name) === label) ??
      found.find((c) => !used.has(c) && normaliseLabel(c.name) === label && sameAmount(c.amount, e.amount));
    if (!match) {
      out.push(`${side} line ${e.line} "${e.label}": not in the parse`);
      continue;
    }
    used.add(match);
    if (!sameAmount(match.amount, e.amount))
      out.push(`${side} line ${e.line} "${e.label}": expected ${JSON.stringify(e.amount)}, parsed ${JSON.stringify(match.amount)}`);
  }
  // Totals printed once for both sides are one line each side; anything else parsed is extra.
  for (const c of found)
    if (!used.has(c)) out.push(`${side}: parsed "${c.name}" ${JSON.stringify(c.amount)} (line ${c.line}) is not printed there`);
}

function compareSummary(table: Record<string, unknown>, expected: ExpectedSummary, out: string[]) {
  const totals = (table.totals ?? {}) as Record<string, AnyLine | AnyLine[]>;
  compareSide('income', expected.income, candidates(table.income as AnyLine[], totals, INCOME_TOTALS), out);
  compareSide('expenditure', expected.expenditure, candidates(table.expenditure as AnyLine[], totals, EXPENDITURE_TOTALS), out);
}

function compareOtherSides(document: Disclosure, id: string, sides: ExpectedOtherSide[], out: string[]) {
  const kept = (document.otherTables ?? []).filter((t) => t.reason === 'unmapped-columns' && t.of === id);
  for (const side of sides) {
    const found: Candidate[] = [];
    for (const t of kept)
      t.columns.forEach((column, k) => {
        if (column.path[0] !== side.label) return;
        for (const row of t.rows) if (row.values[k] !== null) found.push({ line: row.source?.line, name: row.name, amount: row.values[k] });
      });
    compareSide(side.label, side.lines.filter((l) => l.amount !== null), found, out);
  }
}

type Pair = { code?: string; governmentCode?: string; name: string; governmentName?: string; values: Record<string, number | null | undefined>; source?: { line?: number } };
type FunctionRow = { code: string; name: string; values: Record<string, number | null | undefined>; derived?: string; economic?: Pair[] };

function compareFunctionTable(table: Record<string, unknown>, expected: ExpectedFunctionTable, out: string[]) {
  const cells = (values: Record<string, number | null | undefined> | undefined) =>
    expected.columns.map((k) => values?.[k] ?? null);
  if (expected.total) {
    const total = cells((table.total as { values?: Record<string, number | null> } | undefined)?.values);
    if (JSON.stringify(total) !== JSON.stringify(expected.total))
      out.push(`合计: expected ${JSON.stringify(expected.total)}, parsed ${JSON.stringify(total)}`);
  }
  // Each row as printed, [code?, name, ...values]; uncoded rows' names compared without spaces.
  const compareRows = (what: string, got: unknown[][], wanted: unknown[][]) => {
    for (let i = 0; i < Math.max(got.length, wanted.length); i++)
      if (JSON.stringify(got[i]) !== JSON.stringify(wanted[i]))
        out.push(`${what} ${i + 1}: expected ${JSON.stringify(wanted[i] ?? 'no row')}, parsed ${JSON.stringify(got[i] ?? 'no row')}`);
  };
  const coded = (rows: unknown) => ((rows ?? []) as FunctionRow[]).map((r) => [r.code, r.name, ...cells(r.values)]);
  // A row summed from the units' rows is printed nowhere (`derived`): only printed rows are compared.
  const printed = ((table.rows ?? []) as FunctionRow[]).filter((r) => r.derived === undefined);
  compareRows('row', coded(printed), expected.rows);
  if (expected.units) compareRows('unit', coded(table.units), expected.units);
  if (expected.uncoded) {
    const unspaced = (name: string) => name.replace(/\s+/g, '');
    const uncoded = ((table.uncoded ?? []) as Omit<FunctionRow, 'code'>[]).map((r) => [unspaced(r.name), ...cells(r.values)]);
    compareRows('uncoded', uncoded, expected.uncoded.map(([name, ...values]) => [unspaced(name), ...values]));
  }
  if (expected.economic) {
    // Pairs in printed order (by line), whichever 功能 row they sit under.
    const pairs = ((table.rows ?? []) as FunctionRow[])
      .flatMap((r) => (r.economic ?? []).map((p) => ({ r, p })))
      .sort((a, b) => (a.p.source?.line ?? 0) - (b.p.source?.line ?? 0))
      .map(({ r, p }) => {
        const governmentName = p.code !== undefined ? (p.governmentName ?? null) : p.name;
        return [r.code, p.governmentCode ?? null, p.governmentCode !== undefined ? governmentName : null, p.code ?? null, p.code !== undefined ? p.name : null, ...cells(p.values)];
      });
    compareRows('pair', pairs, expected.economic);
  }
}

function compareEconomicTable(table: Record<string, unknown>, expected: ExpectedEconomicTable, out: string[]) {
  type Row = { code: string; governmentCode?: string; name: string; amount: number | null; personnel?: number | null; public?: number | null };
  const got = ((table.rows ?? []) as Row[]).map((r) => [r.code, r.governmentCode ?? null, r.name, r.amount, r.personnel ?? null, r.public ?? null]);
  for (let i = 0; i < Math.max(got.length, expected.economicRows.length); i++)
    if (JSON.stringify(got[i]) !== JSON.stringify(expected.economicRows[i]))
      out.push(`row ${i + 1}: expected ${JSON.stringify(expected.economicRows[i] ?? 'no row')}, parsed ${JSON.stringify(got[i] ?? 'no row')}`);
  if (expected.totals) {
    const totals = (table.totals ?? {}) as Record<string, { amount?: number | null } | undefined>;
    const parsed = [totals.total?.amount ?? null, totals.personnel?.amount ?? null, totals.public?.amount ?? null];
    if (JSON.stringify(parsed) !== JSON.stringify(expected.totals)) out.push(`合计: expected ${JSON.stringify(expected.totals)}, parsed ${JSON.stringify(parsed)}`);
  }
}

function compareThreePublic(table: Record<string, unknown>, expected: ExpectedThreePublic, out: string[]) {
  for (const [group, amounts] of Object.entries(expected)) {
    const got = table[group] as Record<string, unknown> | undefined;
    if (!got) {
      out.push(`${group}: not in the parse`);
      continue;
    }
    for (const [key, value] of Object.entries(amounts))
      if ((got[key] ?? null) !== value) out.push(`${group}.${key}: expected ${value}, parsed ${JSON.stringify(got[key] ?? null)}`);
  }
  for (const group of ['budget', 'final', 'previousBudget'])
    if (table[group] && !(group in expected)) out.push(`${group}: parsed but not printed`);
}

/**
 * Every cell of `expected` (one table) against the parsed table: a list of mismatches in words,
 * empty when the parse holds exactly the printed cells.
 */
export function compareTable(
  document: Disclosure,
  id: string,
  expected: ExpectedSummary | ExpectedFunctionTable | ExpectedThreePublic | ExpectedEconomicTable,
): string[] {
  const table = (document.tables as Record<string, Record<string, unknown> | undefined>)[id];
  if (!table) return [`${id}: not in the parse`];
  const out: string[] = [];
  if ('income' in expected && 'expenditure' in expected) {
    compareSummary(table, expected as ExpectedSummary, out);
    compareOtherSides(document, id, (expected as ExpectedSummary).others ?? [], out);
  }
  else if ('columns' in expected) compareFunctionTable(table, expected as ExpectedFunctionTable, out);
  else if ('economicRows' in expected) compareEconomicTable(table, expected as ExpectedEconomicTable, out);
  else compareThreePublic(table, expected as ExpectedThreePublic, out);
  return out;
}
