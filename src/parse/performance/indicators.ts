/**
 * The indicator rows of a scorecard. A row is anchored on its 分值/得分 pair (the last two
 * adjacent numbers), which survives shifted columns; the cells before the 三级 name are
 * level labels. Lines without that pair continue the row above (wrapped names, split labels).
 */
import { displayWidth, type TextLine } from '../lines.js';
import { chunksOf, placeByMetric, placeCells, type Chunk, type Metric } from './columns.js';
import type { WarningSink } from '../warnings.js';
import { compact, isLabelPiece, isLabelTail, level1From, level1Of, level2Of, peelLabels, type Level1 } from './levels.js';
import { parseTarget, type TargetOut } from './target.js';
import { parseScore } from './score.js';
import { splitJoinedCells } from './joined-cells.js';

export interface IndicatorOut {
  level1: Level1 | 'unclassified';
  level2: string;
  name: string;
  target: TargetOut;
  actual: TargetOut;
  weight: number | null;
  score: number | null;
  deviation?: string;
  source?: object;
}

interface State {
  level1?: Level1;
  level2?: string;
  last?: IndicatorOut;
  /** Label heads printed on lines of their own since the last row: the next row's labels. */
  pending1?: Level1;
  pending2?: string;
  /** Name text continued since the last row, and that row's name before it. */
  loose?: { text: string; base: string; width: number; apart?: boolean; to?: number };
  /** The last line read (row or continuation): a gap after it is a blank line. */
  seen?: number;
  /** Display width of the last row's name as printed on its own line. */
  lastNameWidth?: number;
  /** The line the current 二级 label was printed on, and the rows since that took it without printing one. */
  level2Line?: number;
  inherited?: { indicator: IndicatorOut; line: number }[];
  /** The line a pending 二级 label was printed on (alone, between rows). */
  pending2Line?: number;
  /** Rows read before any label: a label printed at the middle of its group labels them. */
  unlabelled?: { indicator: IndicatorOut; line: TextLine }[];
  /**
   * Target, actual and deviation text on lines between rows (space text): a cell wraps above
   * and below its row, so each piece waits for the card's end to find its row.
   */
  wrapped?: { line: number; key: WrappedKey; text: string }[];
  /** Space text above the card's first row, placed once the rows tell the metric. */
  early?: { line: TextLine; chunks: Chunk[]; columns: IndicatorColumns }[];
}

type WrappedKey = 'target' | 'actual' | 'deviation';

/** Appends (or, above the row, prepends) wrapped text to a row's cell. */
function joinWrapped(row: IndicatorOut, key: WrappedKey, text: string, before: boolean): void {
  if (key === 'deviation') row.deviation = before ? text + (row.deviation ?? '') : (row.deviation ?? '') + text;
  else row[key] = parseTarget(before ? text + row[key].text : row[key].text + text);
}

/**
 * Settles the wrapped pieces of a card (at its end): a cell's text is printed centred on its
 * row, so in each column the pieces between two rows are split where the rows' texts are most
 * nearly centred (as many lines above a row as below it); a tie leaves a piece with the row
 * above. Pieces before the first row are its; pieces after the last row are the last row's.
 */
function settleWrapped(state: State, out: IndicatorOut[]): void {
  const pieces = state.wrapped ?? [];
  state.wrapped = undefined;
  const rows = out.map((row) => ({ row, line: (row.source as { line?: number } | undefined)?.line ?? 0 }));
  if (rows.length === 0) return;
  for (const key of ['target', 'actual', 'deviation'] as const) {
    const mine = pieces.filter((p) => p.key === key);
    if (mine.length === 0) continue;
    // gaps[i]: the pieces above row i (gaps[rows.length]: below the last row).
    const gaps = rows.map(() => [] as typeof mine).concat([[]]);
    for (const piece of mine) gaps[rows.findIndex((r) => r.line > piece.line) < 0 ? rows.length : rows.findIndex((r) => r.line > piece.line)]!.push(piece);
    const down = splitGaps(gaps.map((g) => g.length));
    rows.forEach(({ row }, i) => {
      const above = gaps[i]!.slice(down[i]!);
      const below = gaps[i + 1]!.slice(0, i + 1 === rows.length ? gaps[i + 1]!.length : down[i + 1]!);
      for (const piece of above.reverse()) joinWrapped(row, key, piece.text, true);
      for (const piece of below) joinWrapped(row, key, piece.text, false);
    });
  }
}

/**
 * Name text printed apart from the last row (a line or more between them) and right above this
 * row: the head of this row's name, centred on it ("预算控制数 …" / blank / "提升治疗水平（" /
 * "提高检查准确率 ≥95% …" / "等）"), not the tail of the last one.
 */
function apartFromLast(loose: NonNullable<State['loose']>, line: TextLine, lastWidth: number | undefined): boolean {
  // And wider than the last row's name line by more than a character: that line was not full
  // (a full one, "省级及以上单项冠军企" / blank / "业市场占有率排名保持率", is continued).
  return loose.apart === true && loose.to !== undefined && line.no === loose.to + 1 && lastWidth !== undefined && loose.width > lastWidth + 2;
}

/**
 * Wider by three CJK characters or more: the last name line was not full. (Lines of one cell
 * differ by a character or so: 临淄 prints "省级及以上单项冠军企" over "业市场占有率排名保持率".)
 */
function headOfNext(pieceWidth: number, lastWidth: number | undefined): boolean {
  return lastWidth !== undefined && lastWidth > 0 && pieceWidth >= lastWidth + 6;
}

/**
 * For gaps of `sizes[i]` pieces above row i (the last: below the last row), how many of each
 * gap's pieces go to the row above it (`down[i]`; none of the first gap, all of the last), so
 * that the rows' pieces above and below them are most nearly equal; ties: more to the row above.
 */
export function splitGaps(sizes: number[]): number[] {
  const n = sizes.length - 1;
  // best[i][s]: the least cost of rows before row i with s pieces of gap i given to row i - 1.
  let best = new Map<number, { cost: number; path: number[] }>([[0, { cost: 0, path: [0] }]]);
  for (let i = 0; i < n; i++) {
    const next = new Map<number, { cost: number; path: number[] }>();
    const choices = i + 1 === n ? [sizes[n]!] : Array.from({ length: sizes[i + 1]! + 1 }, (_, k) => sizes[i + 1]! - k);
    for (const [s, { cost, path }] of best) {
      for (const t of choices) {
        const c = cost + Math.abs(sizes[i]! - s - t);
        const held = next.get(t);
        if (!held || c < held.cost) next.set(t, { cost: c, path: [...path, t] });
      }
    }
    best = next;
  }
  return [...best.values()].reduce((a, b) => (b.cost < a.cost ? b : a)).path;
}

const isScore = (cell: string) => typeof parseScore(cell) === 'number';

/** Index of the 分值 cell: the last pair of adjacent numbers. */
function weightIndex(cells: string[]): number {
  for (let i = cells.length - 2; i >= 0; i--) if (isScore(cells[i]!) && isScore(cells[i + 1]!)) return i;
  return -1;
}

function looksLikeTarget(cell: string): boolean {
  return /^(?:≥|≤|=|>|<|＝)|%$/.test(cell.trim());
}

export function readIndicatorRow(
  line: TextLine,
  cells: string[],
  state: State,
  out: IndicatorOut[],
  warnings: WarningSink,
  targetsOnly = false,
): 'row' | 'continuation' | 'unread' {
  cells = peelLabels(cells);
  if (targetsOnly) return readTargetRow(line, cells, state, out, warnings);
  let w = weightIndex(cells);
  if (w < 0) {
    if (cells.some(looksLikeTarget)) return readBlankScores(line, cells, state, out, warnings);
    return continueRow(cells, state, line);
  }
  if (w < 3) {
    // Fewer than name | target | actual before the scores: the name was printed on the lines
    // above (taken back from the row they continued), or the targets are blank.
    let labels = 0;
    while (labels < w && isLabelPiece(cells[labels]!)) labels++;
    const between = cells.slice(labels, w);
    // One word that is no value before the scores is the name (its target and actual wrapped).
    const named = labels > 0 || (w === 1 && !looksLikeTarget(cells[0]!) && !/\d/.test(cells[0]!));
    cells = !named ? [...new Array<string>(3 - w).fill(''), ...cells] : [...cells.slice(0, labels), between.join(' '), '', '', ...cells.slice(w)];
    w = weightIndex(cells);
  }
  const nameIndex = w - 3;
  let printed1: Level1 | undefined;
  let printed2: string | undefined;
  for (let i = 0; i <= nameIndex; i++) {
    const cell = cells[i] ?? '';
    // A cut label head where the name should be ("社会效", its name on the next line) is a
    // label; a whole label there ("服务对象满意度") is the 三级 name itself.
    // A whole 二级 label after the line's 一级 label, the row's name printed on the lines above it
    // ("完成…艾滋病" / "指 产出指标 数量指标 1项 已完成 12.5 12.5"): the label, the name from above.
    const labelBeforeName = i === nameIndex && printed1 !== undefined && level2Of(cell) === compact(cell) && (state.loose?.text ?? '') !== '';
    if (i === nameIndex && !labelBeforeName && !(level1Of(cell) || (level2Of(cell) && level2Of(cell) !== compact(cell)))) break;
    printed1 = level1Of(cell) ?? printed1;
    printed2 = level2Of(cell) ?? printed2;
    if (i === nameIndex) cells = cells.map((c, k) => (k === i ? '' : c));
  }
  return addRow(line, cells, nameIndex, printed1, printed2, state, out, warnings);
}

function addRow(
  line: TextLine,
  cells: string[],
  nameIndex: number,
  printed1: Level1 | undefined,
  printed2: string | undefined,
  state: State,
  out: IndicatorOut[],
  warnings: WarningSink,
): 'row' | 'unread' {
  let name = (cells[nameIndex] ?? '').trim();
  const loose = state.loose;
  if (name === '' && loose && loose.text !== '' && !(state.last && loose.base === '')) {
    // The name was printed above the row's numbers: it is this row's, not the last row's tail.
    name = loose.text;
    if (state.last) state.last.name = loose.base;
  } else if (name !== '' && loose && loose.text !== '' && state.last && !line.tabbed && (headOfNext(loose.width, state.lastNameWidth) || apartFromLast(loose, line, state.lastNameWidth))) {
    // In laid-out text a cell wraps only where its line is full: text wider than the last
    // row's name line cannot continue that name (it did not fill its cell), so it is the head
    // of this row's name, wrapped above the numbers (cells centred in their row). Tab text
    // breaks cells anywhere, so widths say nothing there.
    name = loose.text + name;
    state.last.name = loose.base;
  }
  state.lastNameWidth = displayWidth(cells[nameIndex] ?? '');
  const level2 = printed2 ?? state.pending2 ?? state.level2;
  const inferred = level2 !== undefined ? level1From(level2) : undefined;
  const level1 = inferred ?? printed1 ?? state.pending1 ?? state.level1;
  const labelLine = printed2 !== undefined ? line.no : state.pending2 !== undefined ? state.pending2Line : undefined;
  state.pending1 = undefined;
  state.pending2 = undefined;
  state.pending2Line = undefined;
  state.loose = undefined;
  const waiting = state.unlabelled ?? [];
  if (level1 && waiting.length > 0 && (printed2 !== undefined || printed1 !== undefined || level2 !== state.level2)) {
    // The group's label, printed at its middle, is the label of the rows above it too.
    for (const row of waiting) Object.assign(row.indicator, { level1, level2: level2 ?? '' });
    state.unlabelled = undefined;
  }
  if (level1 && !level2) warnings.add('scorecard-level-unknown', { line: line.no, text: line.raw }, { name });
  if (printed1 && inferred && printed1 !== inferred) {
    warnings.add('scorecard-level-inferred', { line: line.no, text: line.raw }, { name, level2: level2! });
  }
  state.level1 = level1;
  state.level2 = level2;
  const indicator: IndicatorOut = {
    level1: level1!,
    level2: level2 ?? '',
    name,
    target: parseTarget(cells[nameIndex + 1] ?? ''),
    actual: parseTarget(cells[nameIndex + 2] ?? ''),
    weight: scoreCell(cells[nameIndex + 3]),
    score: scoreCell(cells[nameIndex + 4]),
    source: { line: line.no },
  };
  const deviation = cells
    .slice(nameIndex + 5)
    .filter((c) => c !== '')
    .join(' ')
    .trim();
  if (deviation) indicator.deviation = deviation;
  out.push(indicator);
  state.last = indicator;
  state.seen = line.no;
  if (!level1) (state.unlabelled ??= []).push({ indicator, line });
  if (labelLine !== undefined) {
    state.level2Line = labelLine;
    state.inherited = [];
  } else if (printed2 === undefined) (state.inherited ??= []).push({ indicator, line: line.no });
  return 'row';
}

/** Rows still without a label when the card ends are dropped, each with a warning. */
export function finishIndicators(state: State, out: IndicatorOut[], warnings: WarningSink, where = '绩效自评表'): void {
  placeEarly(state, undefined, warnings, where);
  settleWrapped(state, out);
  for (const { indicator, line } of state.unlabelled ?? []) {
    warnings.add('scorecard-level-unknown', { line: line.no, text: line.raw }, { name: indicator.name });
    out.splice(out.indexOf(indicator), 1);
  }
  state.unlabelled = undefined;
}

function scoreCell(cell: string | undefined): number | null {
  const value = parseScore(cell ?? '');
  return typeof value === 'number' && value >= 0 ? value : null;
}

/** A row with a target but no scores printed: read from the left. */
function readBlankScores(
  line: TextLine,
  cells: string[],
  state: State,
  out: IndicatorOut[],
  warnings: WarningSink,
): 'row' | 'unread' {
  let i = 0;
  let printed1: Level1 | undefined;
  let printed2: string | undefined;
  for (; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if (cell === '') continue;
    const l1 = level1Of(cell);
    const l2 = level2Of(cell);
    // One 二级 per row: a second label-like cell is the 三级 name (e.g. "满意度").
    if ((!l1 && !l2) || (l2 && !l1 && printed2 !== undefined)) break;
    printed1 = l1 ?? printed1;
    printed2 = l2 ?? printed2;
  }
  return addRow(line, cells, i, printed1, printed2, state, out, warnings);
}

/** A wrapped line: tails of split labels are dropped, other text extends the 三级 name. */
function continueRow(cells: string[], state: State, line?: TextLine): 'continuation' | 'unread' {
  const filled = cells.filter((c) => c.trim() !== '');
  // A score (with its 分 or not) on a line that is no row makes the line unread, never part of
  // a name: a bare number anywhere, or "10分" after text (before any text it is a piece of a
  // label such as "（10分）"). Nothing of such a line is taken.
  const textAt = filled.findIndex((c) => !isLabelPiece(c));
  if (filled.some((c, k) => /^\d+(?:\.\d+)?$/.test(c.trim()) || (textAt >= 0 && k > textAt && /^\d+(?:\.\d+)?分$/.test(c.trim())))) return 'unread';
  for (const cell of filled) {
    if (isLabelPiece(cell)) {
      noteLabel(cell, state, line?.no);
      continue;
    }
    continueName(cell.trim(), state, line?.no);
  }
  if (line) state.seen = line.no;
  return 'continuation';
}

/**
 * A label head on a line of its own labels the next row; tails and vertical characters are
 * nothing. A 二级 label is printed centred on its group: whole and alone on the line right under
 * a row, between it and the next, it labels that row too when the row sits nearer to it than
 * to the label it took (社会效益指标 between 群众出行条件 and 货物流通, 经济效益指标 on the line
 * of 区域经济发展 two lines above).
 */
function noteLabel(cell: string, state: State, line?: number): void {
  const l1 = level1Of(cell);
  const l2 = level2Of(cell);
  if (l1) state.pending1 = l1;
  if (l2) {
    state.pending2 = l2;
    state.pending2Line = line;
  }
  // Only a label printed whole, right under the row (pdftotext does not centre a label cut over
  // lines, "数量" / "指标", and sets it a line or more off its group's middle).
  if (l2 === compact(cell) && line !== undefined && state.level2Line !== undefined && l2 !== state.level2 && state.inherited?.length) {
    const nearer = state.inherited.filter((row) => line - row.line === 1 && line - row.line < row.line - state.level2Line!);
    const level1 = level1From(l2);
    for (const { indicator } of nearer) Object.assign(indicator, { level2: l2 }, level1 ? { level1 } : {});
    state.inherited = state.inherited.filter((row) => !nearer.includes(row));
  }
  const level1 = l2 ? level1From(l2) : undefined;
  if (l2 && level1 && state.unlabelled) {
    // A group's label printed at its middle labels the rows read above it.
    for (const row of state.unlabelled) Object.assign(row.indicator, { level1, level2: l2 });
    state.unlabelled = undefined;
    [state.level1, state.level2] = [level1, l2];
  }
}

/** Name text on a line without scores: the last row's wrapped name, until a row without a name claims it. */
function continueName(text: string, state: State, line?: number): void {
  const last = state.last;
  if (!state.loose) {
    // Apart: a blank line between the last row's own line and this piece.
    const lastLine = (last?.source as { line?: number } | undefined)?.line;
    const apart = line !== undefined && lastLine !== undefined && state.seen === lastLine && line - lastLine >= 2;
    state.loose = { text: '', base: last?.name ?? '', width: displayWidth(text), apart };
  }
  state.loose.text += text;
  if (line !== undefined) state.loose.to = line;
  if (last) last.name += text;
}

/**
 * A budget's 绩效目标表 prints targets only: the last cell is the 指标值, the one before it
 * the 三级 name, whatever the shift of the level cells before them.
 */
function readTargetRow(
  line: TextLine,
  cells: string[],
  state: State,
  out: IndicatorOut[],
  warnings: WarningSink,
): 'row' | 'continuation' | 'unread' {
  const filled = cells.map((c, i) => [c.trim(), i] as const).filter(([c]) => c !== '');
  if (filled.length < 2) return continueRow(cells, state, line);
  // A 二级 label printed alone between its rows, beside a piece of a vertical label ("标
  // 社会效益指标"): a label line, not a row named 标 with the target 社会效益指标.
  const lastCell = filled[filled.length - 1]![0];
  if ((level2Of(lastCell) === compact(lastCell) || level1Of(lastCell)) && filled.slice(0, -1).every(([c]) => isLabelPiece(c))) return continueRow(cells, state, line);
  const nameIndex = filled[filled.length - 2]![1];
  let printed1: Level1 | undefined;
  let printed2: string | undefined;
  for (const [cell] of filled.slice(0, -2)) {
    printed1 = level1Of(cell) ?? printed1;
    printed2 = level2Of(cell) ?? printed2;
  }
  const trimmed = cells.slice(0, nameIndex + 2);
  const result = addRow(line, trimmed, nameIndex, printed1, printed2, state, out, warnings);
  const added = out[out.length - 1];
  if (result === 'row' && added) added.actual = { text: '' };
  return result;
}

/** Where the header of a space-aligned scorecard puts each indicator column. */
export interface IndicatorColumns {
  header: Chunk[];
  name: number;
  target: number;
  actual: number;
  weight: number;
  deviation: number;
  /** How well the card's rows (lines with scores) fit the header by display width and by characters. */
  fits?: Record<Metric, number>;
}

/** A piece of a header word wrapped off the header line ("实际完成" / "值", "偏差原因分析及改进" / "措施"). */
// (Also 年度 / 指标值, 实际 / 完成值 and 偏差原因分析 / 及改进措施 split over two lines.)
const WRAPPED_HEADER = /^(?:实际完成|实际|完成值|值|年度|指标值|目标值|偏差原因分析及改进措?施?|偏差原因|偏差原因分析|分析及改进措施|及改进措施|改进措施|措施|施)$/;
/** The header words a wrapped pair makes whole. */
const WHOLE_HEADER = /^(?:年度指标值|年度目标值|实际完成值|偏差原因分析及改进措施)$/;

/** Overlap by characters: a line of only CJK words and spaces lays out by character cells. */
const overlaps = (a: Chunk, b: Chunk) => Math.min(a.cend, b.cend) > Math.max(a.cstart, b.cstart);
/** …or, when the header line itself was laid out by display width, overlap by display columns. */
const overlapsShown = (a: Chunk, b: Chunk) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/**
 * The indicator header line's chunks with the header words wrapped onto the lines just above
 * and below it (no number on them): a piece over a piece of a word joins it ("实际完成" + "值"),
 * a piece over no header word is a column of its own (实际完成 between 年度指标值 and 分值,
 * 偏差原因分析及改进 above), placed by characters and given display columns as if printed on
 * the header line; left to right.
 */
export function indicatorHeader(lines: readonly TextLine[], at: number, chunks: Chunk[]): Chunk[] {
  const header = chunks.map((c) => ({ ...c }));
  for (const [k, below] of [[at - 1, false], [at - 2, false], [at + 1, true], [at + 2, true]] as const) {
    const line = lines[k];
    if (!line || line.text === '' || /\d/.test(line.text)) continue;
    const pieces = chunksOf(line);
    if (!pieces.every((p) => WRAPPED_HEADER.test(p.text.replace(/\s+/g, '')))) continue;
    for (const piece of pieces) {
      // The header word it completes ("年度" + "指标值"), under it by characters (CJK-only
      // lines lay out so) or by display width (lines laid out so); else the word under it by
      // characters.
      const whole = (h: Chunk) => WHOLE_HEADER.test(compact(below ? h.text + piece.text : piece.text + h.text));
      const into = header.find((h) => (overlaps(h, piece) || overlapsShown(h, piece)) && whole(h)) ?? header.find((h) => overlaps(h, piece));
      if (into && WRAPPED_HEADER.test(into.text.replace(/\s+/g, ''))) {
        into.text = below ? into.text + piece.text : piece.text + into.text;
        [into.cstart, into.cend] = [Math.min(into.cstart, piece.cstart), Math.max(into.cend, piece.cend)];
      } else if (!into) {
        const left = header.filter((h) => h.cend <= piece.cstart).sort((a, b) => b.cend - a.cend)[0];
        // Beyond the header's last word by display width (a PDF's lines, laid out by width)
        // it stays where it shows; else its line is laid out by characters (pdftotext's CJK-only
        // lines) and it keeps its character offset from that word.
        const start = left && piece.start < left.end ? left.end + (piece.cstart - left.cend) : piece.start;
        header.push({ ...piece, start, end: start + (piece.end - piece.start) });
        header.sort((a, b) => a.cstart - b.cstart);
      }
    }
  }
  return header;
}

export function indicatorColumns(header: Chunk[]): IndicatorColumns | undefined {
  const at = (pattern: RegExp) => header.findIndex((c) => pattern.test(c.text.replace(/\s+/g, '')));
  const columns = {
    header,
    name: at(/三级|指标内容/),
    // 年度指标值 / 指标值, or 年度目标值 / 目标值; 实际完成值, or 实际值 / 全年实际值 (other regions' words).
    target: at(/指标值|目标值/),
    actual: at(/实际完成|完成值|实际值/),
    weight: at(/^分值/),
    deviation: at(/偏差|原因|措施/),
  };
  return columns.name >= 0 && columns.target > columns.name ? columns : undefined;
}

/**
 * A row of space-aligned text. Its chunks are placed under the header by position; when the
 * 分值/得分 pair does not land under 分值 (a cell drifted), the chunks are read in order as
 * the tab path reads them, anchored on that pair. A line without scores continues the row
 * above column by column: a wrapped name, target or deviation text.
 */
export function readSpacedIndicatorRow(
  line: TextLine,
  chunks: Chunk[],
  columns: IndicatorColumns | undefined,
  state: State,
  out: IndicatorOut[],
  warnings: WarningSink,
  targetsOnly = false,
  where = '绩效自评表',
): 'row' | 'continuation' | 'unread' {
  chunks = chunks.flatMap(splitJoinedCells);
  const texts = chunks.map((c) => c.text);
  if (!columns) return readIndicatorRow(line, texts, state, out, warnings, targetsOnly);
  const cells = placeCells(chunks, columns.header);
  if (targetsOnly) {
    if (columns.weight < 0 || (cells[columns.name] ?? '') === '') return readIndicatorRow(line, cells, state, out, warnings, true);
    // A 绩效目标表 weighing its targets (指标值 | 分值): the row up to its 指标值, then its 分值.
    const result = readIndicatorRow(line, cells.slice(0, columns.target + 1), state, out, warnings, true);
    const added = out[out.length - 1];
    if (result === 'row' && added) added.weight = scoreCell(cells[columns.weight]);
    return result;
  }
  const placed = weightIndex(cells);
  if (weightIndex(texts) >= 0) {
    const fits = (columns.fits ??= { display: 0, chars: 0 });
    for (const metric of ['display', 'chars'] as const) fits[metric] += placeByMetric(chunks, columns.header, metric).fit;
    placeEarly(state, metricOf(columns), warnings, where);
  }
  if (placed >= 0 && (placed === columns.weight || columns.weight < 0)) return readIndicatorRow(line, cells, state, out, warnings);
  const ordered = weightIndex(texts);
  if (ordered >= 3) return readIndicatorRow(line, texts, state, out, warnings);
  if (placed >= 0) return readIndicatorRow(line, cells, state, out, warnings);
  if ((cells[columns.target] ?? '') !== '' && looksLikeTarget(cells[columns.target]!) && (cells[columns.name] ?? '') !== '') {
    return readIndicatorRow(line, cells, state, out, warnings);
  }
  // Name, 指标值 and a 分值 under their columns, 得分 left blank (a qualitative line not
  // scored): a row whose score is null, not a wrapped piece of the row above.
  if (columns.weight >= 0 && isScore(cells[columns.weight] ?? '') && (cells[columns.name] ?? '') !== '' && (cells[columns.target] ?? '') !== '') {
    return readBlankScores(line, cells, state, out, warnings);
  }
  // A wrapped piece has too few words to tell the metric: the one the card's rows fit better,
  // known once a row is read (a piece above the first row waits for it).
  if (!columns.fits) {
    (state.early ??= []).push({ line, chunks, columns });
    return 'continuation';
  }
  const metric = metricOf(columns);
  return continueSpaced(line, metric ? placeByMetric(chunks, columns.header, metric).cells : cells, columns, state);
}

/** The metric the card's rows fit better, if one does. */
function metricOf(columns: IndicatorColumns): Metric | undefined {
  const fits = columns.fits;
  return fits && fits.chars !== fits.display ? (fits.chars > fits.display ? 'chars' : 'display') : undefined;
}

/** The lines held above the first row, continued now in `metric` (else as placed). */
function placeEarly(state: State, metric: Metric | undefined, warnings: WarningSink, where: string): void {
  const early = state.early ?? [];
  state.early = undefined;
  for (const { line, chunks, columns } of early) {
    const cells = metric ? placeByMetric(chunks, columns.header, metric).cells : placeCells(chunks, columns.header);
    if (continueSpaced(line, cells, columns, state) === 'unread') warnings.add('line-unread', { line: line.no, text: line.raw }, { where });
  }
}

function continueSpaced(line: TextLine, cells: string[], columns: IndicatorColumns, state: State): 'continuation' | 'unread' {
  const last = state.last;
  const wrap = (key: WrappedKey, text: string) => (state.wrapped ??= []).push({ line: line.no, key, text });
  let unread = false;
  cells.forEach((cell, k) => {
    const text = cell.trim();
    if (text === '') return;
    if (/^\d+(?:\.\d+)?%?$/.test(text)) {
      // A level's weight printed under its label down the label columns ("效益指标" / "30",
      // "满意度指" / "标10"): part of the label, not a value of any row.
      if (k < columns.name && /^\d{1,3}$/.test(text) && Number(text) <= 100) return;
      unread = true;
      return;
    }
    if (k <= columns.name && isLabelPiece(text)) noteLabel(text, state, line.no);
    else if (k === columns.name) continueName(text, state, line.no);
    else if (k === columns.target) wrap('target', text);
    else if (k === columns.actual) wrap('actual', text);
    else if (k === columns.deviation && columns.deviation >= 0) wrap('deviation', text);
    else if (k > columns.name || !last) {
      // Text where no row can continue.
      if (!(isLabelTail(text) || level1Of(text) || level2Of(text))) unread = true;
    }
  });
  state.seen = line.no;
  return unread ? 'unread' : 'continuation';
}
