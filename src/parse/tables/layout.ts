/**
 * The furniture of one printed table: title, 公开0N表 number, unit, header, 注 and the
 * "无数据" note, page noise and headers repeated after a page break. What is left are the
 * body lines, each turned into positional cells: tab text already is; space-aligned text is
 * lined up against the header by display position, since blank cells leave no trace there.
 */
import { scaleOf, type UnitScale } from './scaled-unit.js';
import type { SideRow } from './halves.js';
import type { KeptRow } from './kept-cells.js';
import type { TableId, Unit } from '../../schema/primitives.js';
import { isPageNoise, type TextLine } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import { TABLE_NAMES, tableIdOfNumber, tableIdOfTitle, titleKey, type Region } from '../regions.js';
import { readLabel } from '../table-regions.js';
import type { WarningSink } from '../warnings.js';
import { nameColumnsByTree } from '../grid/name-columns.js';
import { alignRows, buildColumns, chooseMetric, type Metric } from './space-columns.js';
import { amountColumns, columnShifts, mergesPageColumns, pageBlocks, pageGrid, type Band } from './page-columns.js';
import { mergePageShiftedColumns } from './shifted-columns.js';
import { alignPages, headerShift } from './page-shift.js';
import { placeByFullRows } from './full-rows.js';
import { splitHeaderWords } from '../grid/header-words.js';

/**
 * Tables of label | amounts rows (not the side-by-side 表1/表4): code | name rows, and 三公 rows
 * by unit and year (预算单位 | 年度 | 18 amounts: each item by fund) that print every amount.
 */
const FULL_ROW_TABLES: ReadonlySet<TableId> = new Set(['t2', 't3', 't5', 't6', 't7', 't8', 't9']);

export interface Column {
  /** Header text of the column, all header lines joined. */
  text: string;
  /** The header pieces over the column, top line first (group headers, then its own words). */
  parts: string[];
  /** Space text: the column a row's leading code or name goes to. */
  role?: 'code' | 'name';
  start: number;
  end: number;
}

export interface BodyRow {
  line: TextLine;
  /** Cell texts by column index. */
  cells: string[];
  /** Column indices a typed reader took an amount from (cells.ts amountCell). */
  used?: Set<number>;
}

export interface TableLayout {
  id: TableId;
  title: string;
  code?: string;
  unit: Unit;
  unitStated: boolean;
  /** A unit the schema has no value for (千元), to be converted once the table is read. */
  scale?: UnitScale;
  note?: string;
  emptyReason?: string;
  titleLine: TextLine;
  columns: Column[];
  rows: BodyRow[];
  /** Set by the parser: which body lines it read. */
  read: Set<TextLine>;
  /**
   * Indices into `rows` of the first row after a page break (page number, running title or
   * repeated header skipped): each page of a space-aligned extraction is laid out anew.
   */
  breaks?: Set<number>;
  /** The header lines above the body, top first (the header tree is read from their runs). */
  header?: TextLine[];
  /**
   * Header lines printed again after a page break, by the index into `rows` of the next body
   * row: each with the first page's line it repeats (`page-shift.ts` lines the page up by them).
   */
  repeats?: Map<number, [original: TextLine, repeated: TextLine][]>;
  /** A table none of the nine took (read as printed); `id` is then only a stand-in. */
  other?: boolean;
  /** 表1 / 表4: the rows as read by sides, with what each reader used (side-columns.ts). */
  sides?: readonly SideRow[];
  /** 表1 / 表4: the lines of the sides the schema has no place for (other-sides.ts), to keep. */
  otherSides?: readonly KeptRow[];
  /**
   * Cells a typed reader found under columns the schema has no key for, with their header
   * paths as it read them (表7's 会议费 | 培训费 under the header tree): kept as printed.
   */
  kept?: { columns: { path: string[] }[]; rows: { name: string; values: (number | null)[]; source: { line: number; table: TableId; row: string } }[] };
  /**
   * Set by a reader whose schema holds the department's figures only (表7): how many rows
   * by unit the table prints after the department's. They are left to the copy of the table
   * kept as printed (tables/index.ts), with a notice.
   */
  unitRows?: number;
}

const UNIT = /(?:金额)?单位[:：]\s*(万元|亿元|元)/;
/** A unit the schema has no value for (千元, 百万元, 千万元): converted (tables/scaled-unit.ts). */
const SCALED_UNIT = /(?:金额)?单位[:：]\s*(千元|百万元|千万元)/;
const HEADER_UNIT = /[（(](万元|亿元|元)[）)]/;
const HEADER_WORDS = /项目|科目|栏次|行次|合计|金额|预算数|决算数|编码|名称|支出|收入|经费/;
/** A line that is nothing but a header word is a header, never a wrapped name. */
const HEADER_ONLY = /^(?:项目|科目|栏次|行次|合计|总计|小计|金额|预算数|决算数|编码|名称|科目名称|科目编码|功能分类科目编码|本年支出|本年收入|本年支出合计|本年收入合计)$/;

/** Whether the last body row read so far (before any continuations) starts with a code. */
function lastIsCoded(layout: TableLayout): boolean {
  for (let i = layout.rows.length - 1; i >= 0; i--) {
    const cells = layout.rows[i]!.cells.filter((c) => c !== '');
    if (cells.length === 1 && !/\d/.test(cells[0]!)) continue;
    return /^\d{3}/.test(cells[0] ?? '');
  }
  return false;
}
// "此表为空" / "该表为空" (福建, 湖南): the note says only that the table is empty; kept as the
// table's emptyReason all the same (the audit's R30 asks for the reason).
const EMPTY = /无数据|[本此该]表为空|空表|没有.*(?:收入|支出|经费).*故[本此该]表/;

export function layoutTable(lines: TextLine[], region: Region, defaultUnit: Unit, warnings: WarningSink): TableLayout {
  const titleLine = lines[region.titleAt ?? region.start]!;
  // A region none of the nine took is laid out the same way and read as printed; its `id`
  // is a stand-in that no typed reader sees.
  const other = region.table === undefined;
  const id = region.table ?? 't1';
  const layout: TableLayout = {
    id,
    title: (region.skip ? region.title : titleLine.text).replace(/\s+/g, ''),
    unit: defaultUnit,
    unitStated: false,
    titleLine,
    columns: [],
    rows: [],
    read: new Set(),
  };
  if (other) layout.other = true;
  const header: TextLine[] = [];
  const headerKeys = new Set<string>();
  let numbersRow: TextLine | undefined;
  let inBody = false;
  let notes: string[] = [];
  let inNote = false;
  let pageBreak = false;
  // A unit printed on the title line itself ("…表（单位：元）") is the table's unit.
  const onTitle = UNIT.exec(lines[region.start]!.text);
  if (onTitle) {
    layout.unit = onTitle[1] as Unit;
    layout.unitStated = true;
  }
  // Table numbers printed inside the region ("公开 03 表", 表3 on each page), placed after the loop.
  const labels: { code: string; line: number }[] = [];
  for (let i = region.start + 1; i < region.end; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (region.skip?.has(i)) {
      if (inBody) pageBreak = true;
      // Captions (on every page) and page furniture: only the unit and the number count.
      const stated = UNIT.exec(text);
      if (stated && !layout.unitStated) {
        layout.unit = stated[1] as Unit;
        layout.unitStated = true;
      }
      const printed = tableIdOfNumber(text.replace(/\s+/g, ''));
      if (printed && text.replace(/\s+/g, '').length <= 12) labels.push({ code: `公开0${printed.slice(1)}表`, line: line.no });
      continue;
    }
    if (text === '') {
      inNote = false;
      continue;
    }
    if (isPageNoise(line)) {
      pageBreak = inBody;
      continue;
    }
    const unit = UNIT.exec(text);
    if (unit) {
      layout.unit = unit[1] as Unit;
      layout.unitStated = true;
    }
    const compact = text.replace(/\s+/g, '');
    const number = tableIdOfNumber(compact);
    if (number && compact.length <= 12) {
      labels.push({ code: `公开0${number.slice(1)}表`, line: line.no });
      continue;
    }
    // Any other table label alone on its line (表四, 表3, 附表1: the next table's, printed above
    // its title, or this table's on a later page) is furniture too, never a row.
    if (!line.tabbed && readLabel(text)?.rest === '') continue;
    if (unit || /^部门[:：]/.test(text) || /^编制(?:单位|部门)[:：]/.test(text)) continue;
    if (EMPTY.test(compact) && !line.tabbed) {
      layout.emptyReason = text;
      inNote = false;
      continue;
    }
    if (/^注[:：]?/.test(text) && !/^注册/.test(text)) {
      // The 注 label is furniture; the note is what follows it.
      notes.push(text.replace(/^注[:：]\s*/, ''));
      inNote = true;
      continue;
    }
    // A 合计 line with its amounts printed under the 注 (an extraction that read the page's
    // blocks out of order) is the table's, not the note's: kept as note text, its amounts
    // were lost without a word.
    if (inNote && /^(?:合\s*计|总\s*计)/.test(text) && line.cells.some((c) => /\.\d/.test(c.text) && isNumberCell(c.text))) inNote = false;
    if (inNote && !line.tabbed && !/^\d{3}/.test(text)) {
      notes.push(text);
      continue;
    }
    // The document's running title at the top of a page ("…2026年部门预算", or its part's name:
    // "…2026年部门预算情况说明", "…部门决算公开"): its year is no amount of the table.
    if (!line.tabbed && /(?:19|20)\d{2}年度?.{0,40}部门(?:决算|预算)(?:情况说明|编制说明|公开说明|公开|说明|报告)?$/.test(compact)) continue;
    // A running title or repeated header after a page break.
    if ((other ? titleKey(text) === titleKey(region.title) : tableIdOfTitle(titleKey(text)) === id) && line.cells.filter((c) => c.text).length <= 1) continue;
    const cellTexts = line.cells.map((c) => c.text);
    if (isColumnNumbers(cellTexts)) {
      numbersRow ??= line;
      continue;
    }
    const key = cellTexts.join('\u0001');
    if (inBody && headerKeys.has(key)) {
      pageBreak = true;
      // Kept for lining the page up: where the same header words sit on this page.
      const original = header.find((h) => h.cells.map((c) => c.text).join('\u0001') === key);
      if (original) (layout.repeats ??= new Map()).set(layout.rows.length, [...(layout.repeats?.get(layout.rows.length) ?? []), [original, line]]);
      continue;
    }
    if (!inBody && !isBodyLine(cellTexts)) {
      // A unit stated only in a header cell ("金额（万元）", "预算数(元)"): no 单位 line above.
      const inHeader = layout.unitStated ? null : HEADER_UNIT.exec(compact);
      if (inHeader) {
        layout.unit = inHeader[1] as Unit;
        layout.unitStated = true;
      }
      header.push(line);
      headerKeys.add(key);
      continue;
    }
    // One cell of text right under a coded row: a 科目名称 wrapped onto the next line. The
    // table reader joins it to the row above (it may well contain 支出 or 经费).
    const filled = cellTexts.filter((c) => c !== '');
    if (inBody && filled.length === 1 && !/\d/.test(compact) && !HEADER_ONLY.test(compact) && lastIsCoded(layout)) {
      layout.rows.push({ line, cells: cellTexts });
      continue;
    }
    // A listed row with blank amounts ("三、国有资本经营预算拨款收入 | 三、国防支出") is data: a
    // header never carries list numbering.
    const listed = cellTexts.some((c) => /^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/.test(c));
    // A lone fragment printed right under a body line (no blank line, no page break between)
    // is the rest of a wrapped label ("门预算的项目"), whatever words it has.
    const previous = layout.rows[layout.rows.length - 1]?.line;
    const fragment = !pageBreak && filled.length === 1 && previous !== undefined && previous.no === line.no - 1;
    if (inBody && !listed && !fragment && !cellTexts.some(isNumberCell) && HEADER_WORDS.test(compact) && !/^\d{3}/.test(cellTexts[0] ?? '')) {
      // A header printed again on the next page; its words are not data.
      if (!/合计|总计|小计/.test(cellTexts[0] ?? '')) continue;
    }
    if (!inBody) wrappedNameAbove(header, headerKeys, layout, line);
    inBody = true;
    if (pageBreak) (layout.breaks ??= new Set()).add(layout.rows.length);
    pageBreak = false;
    layout.rows.push({ line, cells: cellTexts });
  }
  if (notes.length > 0) layout.note = notes.join('');
  // The table's number: the first label printed before one of its rows. A label after the last
  // row is the next table's, printed on its own line above that table's title (江苏: "公开 04 表"
  // closes 公开03表's page).
  const lastRow = layout.rows[layout.rows.length - 1]?.line.no ?? Infinity;
  const label = labels.find((l) => l.line < lastRow);
  if (label) layout.code ??= label.code;
  // Header words printed one space apart are header cells of their own (grid/header-words.ts).
  const headerLines = header.map(splitHeaderWords);
  layout.header = headerLines;
  // Each page of a space-aligned extraction may sit at other x positions: a page moved to line
  // up with the first is kept when the grid it gives has fewer columns (a page read off its
  // columns opens columns of its own between the first page's), or as many, named alike.
  const gridOf = (rows: BodyRow[]) => {
    const metric = rows.every((r) => r.line.tabbed) ? 'display' : chooseMetric(rows.map((r) => r.line));
    return { rows, metric, columns: buildColumns(headerLines, numbersRow, rows, metric) };
  };
  let grid = gridOf(layout.rows);
  const applied = new Map<number, { display: number; chars: number }>();
  const aligned = alignPages(layout.rows, layout.breaks, layout.repeats, applied);
  if (aligned !== layout.rows) {
    const moved = gridOf(aligned);
    // As many columns either way: the moved grid is taken only when its columns carry the same
    // header words (moving then only re-places the page's amounts, it renames no column). The
    // words are the ones the columns end up with, from the header tree: a group header centred
    // over the first page's columns may reach one column fewer of the moved grid's hull by
    // position alone (本年支出 over 小计 | 基本支出 | 项目支出), yet name the same leaves.
    const names = (g: typeof grid) => nameColumnsByTree(g.columns, headerLines, g.rows.map((r) => r.line), g.metric).map((c) => c.text).join('\u0001');
    if (moved.columns.length < grid.columns.length || (moved.columns.length === grid.columns.length && names(moved) === names(grid))) grid = moved;
  }
  const pagesMoved = grid.rows !== layout.rows;
  layout.rows = grid.rows;
  const metric = grid.metric;
  layout.columns = grid.columns;
  if (!layout.rows.every((r) => r.line.tabbed)) {
    layout.columns = nameColumnsByTree(layout.columns, headerLines, layout.rows.map((r) => r.line), metric);
  }
  if (!layout.rows.every((r) => r.line.tabbed)) {
    if (!alignByPage(layout, headerLines, numbersRow, metric, pagesMoved ? applied : undefined, warnings)) alignRows(layout, id, metric, warnings);
    mergePageShiftedColumns(layout);
    // Rows that print every amount place themselves in order (pages laid out anew).
    const placed = FULL_ROW_TABLES.has(id) ? placeByFullRows(layout, metric) : new Set<number>();
    // A clash the full rows resolved is no longer a doubt about the row.
    warnings.withdraw('columns-ambiguous', placed);
  }
  // 千元 and the like, stated near the title: the finished table is converted (tables/index.ts).
  const scaled = layout.unitStated ? undefined : lines.slice(region.start, Math.min(region.end, region.start + 12)).map((line) => SCALED_UNIT.exec(line.text)).find(Boolean);
  const scale = scaled && scaleOf(scaled[1]!);
  if (scale) {
    layout.scale = scale;
    layout.unit = scale.unit;
    layout.unitStated = true;
    warnings.add('unit-converted', { line: titleLine.no, text: titleLine.text }, { where: where(id), printed: scale.printed, unit: scale.unit, factor: scale.factor });
  } else if (!layout.unitStated) {
    warnings.add('unit-unknown', { line: titleLine.no, text: titleLine.text }, { where: where(id), unit: defaultUnit });
  }
  return layout;
}

/**
 * A table over several pages whose first page alone shows more amount columns than all its
 * pages together, and whose shared grid puts two separate amount bands of one page into one
 * column (columns merged across pages laid out differently): the first page's grid
 * is the table's, and each page's rows are aligned to it moved to where that page prints
 * its amounts (page-columns.ts), near where its repeated header moved unless `moved` (the rows
 * were moved by it already: the shifts applied, by block start). False when the pages agree,
 * to keep the one grid.
 */
function alignByPage(
  layout: TableLayout,
  header: TextLine[],
  numbersRow: TextLine | undefined,
  metric: Metric,
  moved: ReadonlyMap<number, { display: number; chars: number }> | undefined,
  warnings: WarningSink,
): boolean {
  const blocks = pageBlocks(layout);
  if (blocks.length < 2) return false;
  const first = layout.rows.slice(...blocks[0]!);
  const firstLines = first.map((r) => r.line);
  const reference = nameColumnsByTree(buildColumns(header, numbersRow, first, metric), header, firstLines, metric);
  if (amountColumns(reference).length <= amountColumns(layout.columns).length) return false;
  const pages = blocks.map(([from, to]) => layout.rows.slice(from, to).map((r) => r.line));
  if (!mergesPageColumns(layout.columns, pages, metric) || mergesPageColumns(reference, pages.slice(0, 1), metric)) return false;
  layout.columns = reference;
  blocks.forEach(([from, to], b) => {
    const rows = layout.rows.slice(from, to);
    // Rows already moved by their header's shift (alignPages) are not moved by it again.
    const around = moved ? undefined : headerShift(layout.repeats?.get(from), metric === 'display' ? 'end' : 'cend');
    // A page that printed its header again says where each column went (less what its rows
    // were moved by already).
    const already = moved?.get(from)?.[metric === 'display' ? 'display' : 'chars'] ?? 0;
    const local = columnShifts(reference, layout.repeats?.get(from), metric)?.map((offset) => offset - already);
    const doubts: Band[] = [];
    const grid = (b === 0 ? undefined : pageGrid(reference, rows.map((r) => r.line), metric, around, doubts, local)) ?? reference;
    alignRows({ ...layout, rows, columns: grid }, layout.id, metric, warnings);
    // Amounts between two columns of a page spread unevenly: placed by a guess, so a doubt about
    // the row (a misplaced cell must not fail a sum as if the document did not add up).
    for (const row of rows) {
      const between = row.line.cells.some((c) => {
        const [start, end] = metric === 'display' ? [c.start, c.end] : [c.cstart, c.cend];
        return isNumberCell(c.text) && doubts.some((d) => start >= d.start && end <= d.end);
      });
      if (between) warnings.add('columns-ambiguous', { line: row.line.no, text: row.line.raw }, { where: where(layout.id) });
    }
  });
  return true;
}

/**
 * The first body row printed with its name wrapped around its amounts ("深圳市…大鹏管" / amounts
 * / "理局"): the head of the name sits above the amounts, where the header ends, and is not
 * a header word. It goes back to the body (rows.ts joins the pieces), never into the header.
 */
function wrappedNameAbove(header: TextLine[], headerKeys: Set<string>, layout: TableLayout, first: TextLine): void {
  const last = header[header.length - 1];
  const firstCell = first.cells.find((c) => c.text !== '');
  if (!last || !firstCell || !isNumberCell(firstCell.text) || last.no !== first.no - 1) return;
  const filled = last.cells.filter((c) => c.text !== '');
  if (filled.length !== 1 || /\d/.test(last.text) || HEADER_WORDS.test(last.text.replace(/\s+/g, '')) || filled[0]!.cstart >= firstCell.cstart) return;
  header.pop();
  headerKeys.delete(last.cells.map((c) => c.text).join('\u0001'));
  layout.rows.push({ line: last, cells: last.cells.map((c) => c.text) });
}

/** "公开03表" for messages; the title when the table has no number. */
export function where(id: TableId): string {
  return TABLE_NAMES[id].code;
}

function isColumnNumbers(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  // "栏 次" (with a space) repeated on every page is the same header row.
  if ((filled[0] ?? '').replace(/\s+/g, '') === '栏次') return true;
  if (filled.length < 3) return false;
  return filled.every((c, i) => c === String(i + 1));
}

function isBodyLine(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  // "2026 年政府采购项目" in a header splits into "2026" and "年…": a year, not an amount.
  const year = (i: number) => /^(?:19|20)\d{2}$/.test(filled[i] ?? '') && /^年/.test(filled[i + 1] ?? '');
  const first = filled[0] ?? '';
  if (/^\d{3}/.test(first) && !/^\d{4}\s*年/.test(first) && !year(0)) return true;
  // A 合计 row needs a number: in 表7 合计 is a header word.
  return filled.some((c, i) => isNumberCell(c) && !year(i));
}
