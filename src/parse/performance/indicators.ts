/**
 * The indicator rows of a scorecard. A row is anchored on its 分值/得分 pair (the last two
 * adjacent numbers), which survives shifted columns; the cells before the 三级 name are
 * level labels. Lines without that pair continue the row above (wrapped names, split labels).
 */
import type { TextLine } from '../lines.js';
import { parseNumber } from '../numbers.js';
import { placeCells, type Chunk } from './columns.js';
import type { WarningSink } from '../warnings.js';
import { compact, isLabelPiece, isLabelTail, level1From, level1Of, level2Of, peelLabels, type Level1 } from './levels.js';
import { parseTarget, type TargetOut } from './target.js';

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
  loose?: { text: string; base: string };
  /** Rows read before any label: a label printed at the middle of its group labels them. */
  unlabelled?: { indicator: IndicatorOut; line: TextLine }[];
}

const isScore = (cell: string) => typeof parseNumber(cell) === 'number';

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
    return continueRow(cells, state);
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
    if (i === nameIndex && !(level1Of(cell) || (level2Of(cell) && level2Of(cell) !== compact(cell)))) break;
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
  }
  const level2 = printed2 ?? state.pending2 ?? state.level2;
  const inferred = level2 !== undefined ? level1From(level2) : undefined;
  const level1 = inferred ?? printed1 ?? state.pending1 ?? state.level1;
  state.pending1 = undefined;
  state.pending2 = undefined;
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
  if (!level1) (state.unlabelled ??= []).push({ indicator, line });
  return 'row';
}

/** Rows still without a label when the card ends are dropped, each with a warning. */
export function finishIndicators(state: State, out: IndicatorOut[], warnings: WarningSink): void {
  for (const { indicator, line } of state.unlabelled ?? []) {
    warnings.add('scorecard-level-unknown', { line: line.no, text: line.raw }, { name: indicator.name });
    out.splice(out.indexOf(indicator), 1);
  }
  state.unlabelled = undefined;
}

function scoreCell(cell: string | undefined): number | null {
  const value = parseNumber(cell ?? '');
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
function continueRow(cells: string[], state: State): 'continuation' | 'unread' {
  const filled = cells.filter((c) => c.trim() !== '');
  for (const cell of filled) {
    if (isLabelPiece(cell)) {
      noteLabel(cell, state);
      continue;
    }
    if (/^\d+(?:\.\d+)?$/.test(cell.trim())) return 'unread';
    continueName(cell.trim(), state);
  }
  return 'continuation';
}

/** A label head on a line of its own labels the next row; tails and vertical characters are nothing. */
function noteLabel(cell: string, state: State): void {
  const l1 = level1Of(cell);
  const l2 = level2Of(cell);
  if (l1) state.pending1 = l1;
  if (l2) state.pending2 = l2;
  const level1 = l2 ? level1From(l2) : undefined;
  if (l2 && level1 && state.unlabelled) {
    // A group's label printed at its middle labels the rows read above it.
    for (const row of state.unlabelled) Object.assign(row.indicator, { level1, level2: l2 });
    state.unlabelled = undefined;
    [state.level1, state.level2] = [level1, l2];
  }
}

/** Name text on a line without scores: the last row's wrapped name, until a row without a name claims it. */
function continueName(text: string, state: State): void {
  const last = state.last;
  state.loose ??= { text: '', base: last?.name ?? '' };
  state.loose.text += text;
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
  if (filled.length < 2) return continueRow(cells, state);
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
}

export function indicatorColumns(header: Chunk[]): IndicatorColumns | undefined {
  const at = (pattern: RegExp) => header.findIndex((c) => pattern.test(c.text.replace(/\s+/g, '')));
  const columns = {
    header,
    name: at(/三级|指标内容/),
    target: at(/指标值/),
    actual: at(/实际完成|完成值/),
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
): 'row' | 'continuation' | 'unread' {
  const texts = chunks.map((c) => c.text);
  if (!columns) return readIndicatorRow(line, texts, state, out, warnings, targetsOnly);
  const cells = placeCells(chunks, columns.header);
  if (targetsOnly) return readIndicatorRow(line, cells, state, out, warnings, true);
  const placed = weightIndex(cells);
  if (placed >= 0 && (placed === columns.weight || columns.weight < 0)) return readIndicatorRow(line, cells, state, out, warnings);
  const ordered = weightIndex(texts);
  if (ordered >= 3) return readIndicatorRow(line, texts, state, out, warnings);
  if (placed >= 0) return readIndicatorRow(line, cells, state, out, warnings);
  if ((cells[columns.target] ?? '') !== '' && looksLikeTarget(cells[columns.target]!) && (cells[columns.name] ?? '') !== '') {
    return readIndicatorRow(line, cells, state, out, warnings);
  }
  return continueSpaced(cells, columns, state);
}

function continueSpaced(cells: string[], columns: IndicatorColumns, state: State): 'continuation' | 'unread' {
  const last = state.last;
  let unread = false;
  cells.forEach((cell, k) => {
    const text = cell.trim();
    if (text === '') return;
    if (/^\d+(?:\.\d+)?%?$/.test(text)) {
      unread = true;
      return;
    }
    if (k <= columns.name && isLabelPiece(text)) noteLabel(text, state);
    else if (k === columns.name) continueName(text, state);
    else if (k === columns.target && last) last.target = parseTarget(last.target.text + text);
    else if (k === columns.actual && last) last.actual = parseTarget(last.actual.text + text);
    else if (k === columns.deviation && columns.deviation >= 0 && last) last.deviation = (last.deviation ?? '') + text;
    else if (k > columns.name || !last) {
      // Text where no row can continue.
      if (!(isLabelTail(text) || level1Of(text) || level2Of(text))) unread = true;
    }
  });
  return unread ? 'unread' : 'continuation';
}
