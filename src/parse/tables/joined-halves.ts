/**
 * A table too wide for its paper printed in two halves: the left columns (科目编码 | 科目名称 |
 * 合计 | 基本支出) on one page, the right columns (项目支出 | 上缴上级支出 | …) on the next, with
 * the row names (and codes, or not) printed again. Each right-half row is joined to the left-half row
 * of the same name (in order) as one wide line, its cells placed right of the left half's, and
 * the right-half lines are blanked: every later stage then reads one table with all its
 * columns, as if the paper had been wide enough. A page whose rows do not all name a left row
 * in order is not a half (rows printed without names cannot be told apart: left as they are).
 */
import type { Cell, TextLine } from '../lines.js';
import { isPageNoise } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import type { Region } from '../regions.js';

/** A function code, whole or as its first part; a 合计 / 总计 row is named by its word. */
const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const NUMBERS_ROW = (cells: readonly Cell[]) => /^栏\s*次$/.test(cells[0]?.text ?? '') || (cells.length >= 3 && cells.every((c, i) => c.text === String(i + 1)));
/** Columns between the two halves, so no right cell touches a left one. */
const GAP = 4;

const compact = (text: string) => text.replace(/\s+/g, '');
const filledCells = (line: TextLine) => line.cells.filter((c) => c.text !== '');

/** The row's name: the last text cell before its first amount (the code, when printed, comes first). */
function nameOf(cells: readonly Cell[]): string | undefined {
  const name = cells.findIndex((c) => !isNumberCell(c.text) && !CODE.test(c.text));
  return name < 0 ? undefined : compact(cells[name]!.text);
}

interface Page {
  header: number[];
  rows: number[];
}

/** The region's pages: runs of lines between its captions (a run of skipped lines starts a page). */
function pagesOf(lines: readonly TextLine[], region: Region): Page[] {
  const pages: Page[] = [];
  let page: Page | undefined;
  let inCaption = true;
  for (let i = region.start + 1; i < region.end; i++) {
    const line = lines[i]!;
    if (region.skip?.has(i)) {
      inCaption = true;
      continue;
    }
    if (line.text === '' || isPageNoise(line)) continue;
    if (inCaption || !page) pages.push((page = { header: [], rows: [] }));
    inCaption = false;
    const cells = filledCells(line);
    if (/^注[:：]/.test(line.text)) continue;
    const data = page.rows.length > 0 || cells.some((c) => isNumberCell(c.text)) || CODE.test(cells[0]?.text ?? '');
    if (data && !NUMBERS_ROW(cells)) page.rows.push(i);
    else page.header.push(i);
  }
  return pages;
}

function shifted(cells: readonly Cell[], dx: number, dc: number): Cell[] {
  return cells.map((c) => ({ ...c, start: c.start + dx, end: c.end + dx, cstart: c.cstart + dc, cend: c.cend + dc }));
}

const BLANK = (line: TextLine): TextLine => ({ ...line, raw: '', text: '', cells: [] });

/**
 * The region's lines with each right half joined onto its left half, or undefined when the
 * table is not printed in halves. Space-aligned text only (tabbed cells have no positions).
 */
export function joinHalves(lines: readonly TextLine[], region: Region): TextLine[] | undefined {
  const pages = pagesOf(lines, region);
  if (pages.length < 2 || pages.some((p) => p.rows.some((i) => lines[i]!.tabbed))) return undefined;
  const out = [...lines];
  let joined = false;
  let left: Page | undefined;
  for (const page of pages) {
    const pairs = left && newColumns(lines, left, page) ? pairRows(lines, left, page) : undefined;
    if (!left || !pairs) {
      left = page;
      continue;
    }
    // The left half's width, in both metrics: the right half's cells start past it.
    const all = [...left.header, ...left.rows].flatMap((i) => lines[i]!.cells);
    const dx = Math.max(...all.map((c) => c.end)) + GAP;
    const dc = Math.max(...all.map((c) => c.cend)) + GAP;
    // The right half's own columns: its amounts and the header words over them, not the
    // code and name printed again at its left.
    const amounts = (i: number) => filledCells(lines[i]!).filter((c, k) => isNumberCell(c.text) && !(k === 0 && CODE.test(c.text)));
    const firstAmount = Math.min(...page.rows.flatMap((i) => amounts(i).map((c) => c.start)));
    const rightCells = (i: number) => shifted(filledCells(lines[i]!).filter((c) => c.start >= firstAmount - 8 && (c.end > firstAmount - 2 || isNumberCell(c.text))), dx, dc);
    const headers = pairHeaders(lines, left.header, page.header);
    if (!headers) continue;
    for (const [l, r] of [...headers, ...pairs]) {
      const base = out[l]!;
      out[l] = { ...base, cells: [...base.cells, ...rightCells(r)], text: `${base.text}  ${lines[r]!.text}` };
      out[r] = BLANK(lines[r]!);
    }
    for (const i of [...page.header, ...page.rows]) if (out[i] === lines[i]) out[i] = BLANK(lines[i]!);
    joined = true;
  }
  return joined ? out : undefined;
}

/** The page's header names columns the left page's does not (a continuation repeats them, or none). */
function newColumns(lines: readonly TextLine[], left: Page, right: Page): boolean {
  const words = (page: Page) => new Set(page.header.flatMap((i) => filledCells(lines[i]!).map((c) => compact(c.text))).filter((t) => !/^\d+$/.test(t)));
  const before = words(left);
  return [...words(right)].some((w) => !before.has(w));
}

/** Each right row with the left row of its name, in order; undefined unless every right row names one. */
function pairRows(lines: readonly TextLine[], left: Page, right: Page): [number, number][] | undefined {
  const names = left.rows.map((i) => nameOf(filledCells(lines[i]!)));
  const pairs: [number, number][] = [];
  let k = 0;
  for (const r of right.rows) {
    const cells = filledCells(lines[r]!);
    const name = nameOf(cells);
    while (k < names.length && names[k] !== name) k++;
    if (k === names.length) return undefined;
    pairs.push([left.rows[k]!, r]);
    k++;
  }
  return pairs.length >= 3 ? pairs : undefined;
}

/**
 * The right half's header lines beside the left half's: the 栏次 rows together, the others
 * bottom-aligned (the leaves print lowest). Undefined when the right half has more lines.
 */
function pairHeaders(lines: readonly TextLine[], left: readonly number[], right: readonly number[]): [number, number][] | undefined {
  const isNumbers = (i: number) => NUMBERS_ROW(filledCells(lines[i]!));
  const pairs: [number, number][] = [];
  const ln = left.find(isNumbers);
  const rn = right.find(isNumbers);
  if (rn !== undefined) {
    if (ln === undefined) return undefined;
    pairs.push([ln, rn]);
  }
  const l = left.filter((i) => !isNumbers(i));
  const r = right.filter((i) => !isNumbers(i));
  if (r.length > l.length) return undefined;
  r.forEach((i, k) => pairs.push([l[l.length - r.length + k]!, i]));
  return pairs;
}
