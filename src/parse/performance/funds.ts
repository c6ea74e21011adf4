/**
 * The funds block of a scorecard (项目资金): the header words 年初预算数 | 全年预算数 | 全年执行数
 * | 分值 | 执行率 | 得分 and the rows 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金.
 * Printed forms differ: the header on the 项目资金 line (tab text), or on lines of its own
 * above it with words wrapped ("执行率（" / "B/A）"), and the first row on the 项目资金 line
 * itself ("项目资金  年度资金总额  240  229.19 …"). Header words are gathered from every line
 * that prints them, so a wrapped header is one header; a row is read wherever its label is.
 */
import { parseNumber, parsePercent } from '../numbers.js';
import { parseScore } from './score.js';
import type { TextLine } from '../lines.js';
import { placeByMetric, wordsOf, type Chunk, type Metric } from './columns.js';

type Obj = Record<string, unknown>;

const FUND_ROWS: ReadonlyArray<[RegExp, string]> = [
  // 总额 alone: a 绩效目标表's 资金金额 block (总额 | 财政拨款 | 其他资金 down its rows).
  [/年度资金总额|资金总额|^总额$/, 'total'],
  [/财政拨款/, 'fiscal'],
  [/上年结转/, 'carryOver'],
  [/其他资金/, 'other'],
];
const FUND_COLUMNS: ReadonlyArray<[RegExp, string]> = [
  [/年初预算/, 'initialBudget'],
  [/全年预算/, 'annualBudget'],
  // 预算数 | 执行数 only (广东 and others): the year's budget.
  [/^(?:年度)?预算(?:数|金额)(?:[(（]A[)）])?$/, 'annualBudget'],
  [/执行数/, 'executed'],
  [/分值/, 'weight'],
  [/执行率/, 'rate'],
  [/得分/, 'score'],
];

/** The header as gathered: by cell index (tab text), or the header lines' words (space text). */
export interface FundHeader {
  byIndex: Map<number, string>;
  lines: Chunk[][];
  placed?: Partial<Record<Metric, Placed>>;
}

interface Placed {
  columns: { key: string; chunk: Chunk }[];
  /** Columns named less twice the stacks naming two columns. */
  score: number;
}

export const newFundHeader = (): FundHeader => ({ byIndex: new Map(), lines: [] });

const keyOf = (cell: string) => FUND_COLUMNS.find(([pattern]) => pattern.test(cell.replace(/\s+/g, '')))?.[1];

/**
 * Adds a header line. Tab text: its words by cell index. Space text: the line's words (a
 * chunk of several single-spaced words is several header cells: "全年预算数（A） 全年执行数（B）").
 */
export function addFundHeader(header: FundHeader, cells: string[], chunks: Chunk[] | undefined): void {
  if (!chunks) {
    const known = new Set(header.byIndex.values());
    cells.forEach((cell, index) => {
      const key = keyOf(cell);
      if (key !== undefined && !known.has(key)) {
        known.add(key);
        header.byIndex.set(index, key);
      }
    });
    return;
  }
  const words = chunks.flatMap(wordsOf).filter((w) => !/^项目资金|\d/.test(w.text));
  // The header starts at its first line that names a column (a wrapped 实施单位 above is not it).
  if (header.lines.length === 0 && !words.some((w) => keyOf(w.text) !== undefined)) return;
  header.lines.push(words);
  header.placed = undefined;
}


const overlap = (a: Chunk, b: Chunk, metric: Metric) =>
  metric === 'display' ? Math.min(a.end, b.end) - Math.max(a.start, b.start) : Math.min(a.cend, b.cend) - Math.max(a.cstart, b.cstart);

/** Header words stacked over lines joined top to bottom by overlap under one metric. */
function stacksOf(lines: Chunk[][], metric: Metric): Chunk[] {
  const stacks: Chunk[] = [];
  for (const words of lines) {
    for (const word of words) {
      let best = -1;
      let most = 0;
      stacks.forEach((stack, k) => {
        const o = overlap(stack, word, metric);
        if (o > most) [best, most] = [k, o];
      });
      const stack = stacks[best];
      if (!stack) stacks.push({ ...word });
      else {
        stacks[best] = {
          text: stack.text + word.text,
          start: Math.min(stack.start, word.start),
          end: Math.max(stack.end, word.end),
          cstart: Math.min(stack.cstart, word.cstart),
          cend: Math.max(stack.cend, word.cend),
        };
      }
    }
  }
  return stacks;
}

/**
 * Header words stacked over lines ("年初预" / "算数", "执行率（" / "B/A）") joined and named
 * under one metric; each key once, the first stack naming it.
 */
function placedHeader(header: FundHeader, metric: Metric): Placed {
  const cached = header.placed?.[metric];
  if (cached) return cached;
  const seen = new Set<string>();
  const columns: { key: string; chunk: Chunk }[] = [];
  let clashes = 0;
  for (const chunk of stacksOf(header.lines, metric)) {
    const text = chunk.text.replace(/\s+/g, '');
    if (FUND_COLUMNS.filter(([pattern]) => pattern.test(text)).length > 1) clashes++;
    const key = keyOf(text);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    columns.push({ key, chunk });
  }
  const placed = { columns, score: columns.length - 2 * clashes };
  (header.placed ??= {})[metric] = placed;
  return placed;
}

/** How many funds header words the line prints. */
export const fundHeaderWords = (cells: string[]) => cells.filter((cell) => keyOf(cell) !== undefined).length;

export const hasFundHeader = (header: FundHeader) => header.byIndex.size > 0 || placedHeader(header, 'chars').columns.length > 0 || placedHeader(header, 'display').columns.length > 0;

/**
 * The funds block's own label, printed down its left cell a few characters a line beside the
 * rows: 项目资金（万元） on a project card; 年度预算执行情况（万元）, 部门预算资金（万元） or
 * 预算执行情况 on a 部门整体 card (山东 and others).
 */
const BLOCK_LABELS = ['项目资金（万元）', '资金金额（万元）', '年度预算执行情况（万元）', '部门预算资金（万元）', '部门资金（万元）', '预算资金情况（万元）'];
const isBlockLabelPiece = (text: string) => text.length >= 2 && BLOCK_LABELS.some((label) => label.includes(text.replace(/\(/g, '（').replace(/\)/g, '）')));

/** Which funds row the line is, by its label (after the block's own 项目资金 / （万元） labels). */
export function fundRowKey(cells: string[]): string | undefined {
  for (const cell of cells) {
    const text = cell.replace(/\s+/g, '');
    if (text === '') continue;
    const row = FUND_ROWS.find(([pattern]) => pattern.test(text));
    if (row) return row[1];
    if (/^项目资金|^[(（](?:万元|亿元|元)[)）]$/.test(text) || isBlockLabelPiece(text)) continue;
    return undefined;
  }
  return undefined;
}

/**
 * A printed percentage is the 执行率 whatever its position: the values before it go under the
 * columns before 执行率, those after it under the columns after (a blank 分值 printed before
 * "1000%" must not pull the rate into 分值 and the score into 执行率). Placed in `metric`.
 */
function placeAroundRate(values: Chunk[], columns: Placed['columns'], metric: Metric): { cells: string[]; fit: number } {
  const rate = columns.findIndex((c) => c.key === 'rate');
  const percent = values.filter((v) => v.text.trim().endsWith('%'));
  const at = percent.length === 1 ? values.indexOf(percent[0]!) : -1;
  const chunks = columns.map((c) => c.chunk);
  if (rate < 0 || at < 0) return placeByMetric(values, chunks, metric);
  const order = columns.map((_, k) => k).sort((a, b) => start(chunks[a]!, metric) - start(chunks[b]!, metric));
  const position = order.indexOf(rate);
  const before = order.slice(0, position);
  const after = order.slice(position + 1);
  if (at > before.length || values.length - at - 1 > after.length) return placeByMetric(values, chunks, metric);
  const cells = new Array<string>(columns.length).fill('');
  cells[rate] = values[at]!.text;
  let fit = 2;
  for (const [part, keys] of [[values.slice(0, at), before], [values.slice(at + 1), after]] as const) {
    if (part.length === 0) continue;
    const placed = placeByMetric(part, keys.map((k) => chunks[k]!), metric);
    placed.cells.forEach((cell, k) => (cells[keys[k]!] = cell));
    fit += placed.fit;
  }
  return { cells, fit };
}

const start = (chunk: Chunk, metric: Metric) => (metric === 'display' ? chunk.start : chunk.cstart);

/** One funds row: amounts, rates and "—" (blank) under the header's columns. */
export function readFundsLine(line: TextLine, cells: string[], chunks: Chunk[] | undefined, header: FundHeader): Obj {
  if (chunks && header.lines.length > 0) {
    // A header stacked over lines is read under each metric: the one that names more columns
    // cleanly wins, then the one under which this row's numbers sit best.
    const values = chunks.filter((c) => parsePercent(c.text) !== undefined || parseScore(c.text) !== undefined);
    let best: { columns: Placed['columns']; cells: string[]; rank: [number, number] } | undefined;
    for (const metric of ['display', 'chars'] as const) {
      const { columns, score } = placedHeader(header, metric);
      if (columns.length === 0) continue;
      const { cells, fit } = placeAroundRate(values, columns, metric);
      const rank: [number, number] = [score, fit];
      if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1])) best = { columns, cells, rank };
    }
    if (best) return fundsOf(line, new Map(best.columns.map((c, index) => [index, c.key] as const)), best.cells);
  }
  return fundsOf(line, header.byIndex, cells);
}

function fundsOf(line: TextLine, columns: Map<number, string>, cells: string[]): Obj {
  const out: Obj = { initialBudget: null, annualBudget: null, executed: null };
  for (const [index, key] of columns) {
    const cell = cells[index] ?? '';
    const value = key === 'rate' ? parsePercent(cell) : key === 'weight' || key === 'score' ? parseScore(cell) : parseNumber(cell);
    // "-" (分值, 执行率, 得分 below the total line) is a blank cell: null.
    out[key] = typeof value === 'number' && (key === 'rate' || value >= 0) ? value : null;
  }
  // A 分值 is a share of the card's 100 points: an amount above that under 分值 while 全年执行数
  // is blank is the executed amount printed where the header's wrapped 全年执行数（B） left its
  // column unclear (西安 2022: "272.58 272.58 272.58 1000% 10", 分值 blank), never a weight
  // the audit would add up.
  if (typeof out.weight === 'number' && out.weight > 100 && out.executed === null) {
    out.executed = out.weight;
    out.weight = null;
  }
  out.source = { line: line.no };
  return out;
}

/** The side of a 绩效目标表's funds block: the whole 实施期 or the 年度 (the year's budget). */
export type BudgetSide = 'period' | 'annual';

/** An amount as a 绩效目标表 prints it in its 万元 block: "78", "28,921.00", "280.7万元". */
function blockAmount(word: string): number | undefined {
  const value = parseNumber(word.replace(/万元$/, ''));
  return typeof value === 'number' ? value : undefined;
}

/**
 * A row of a 绩效目标表's funds block, which has no column header: each label followed by its
 * amount ("实施期资金总额  78", "其中：财政拨款  78", "其他资金" blank), one or two sides to a
 * line ("实施期资金总额： 28,921.00 年度资金总额 28,921.00"). A label names its side (实施期 →
 * the period total, 年度 → the year's budget, 年初预算数 of a budget); an unnamed one
 * (其中：财政拨款) takes the side the block's total line printed at its place (`sides`, filled
 * from the total line). Undefined when the line is no such row: a number not right after a
 * label (a 决算 row of several columns), or labels of two rows.
 */
export function readBudgetFundsLine(line: TextLine, cells: string[], sides: BudgetSide[]): { key: string; funds: Obj } | undefined {
  const words = cells.flatMap((c) => c.trim().split(/\s+/)).filter((w) => w !== '' && !/^(?:资金金额|[(（](?:万元|元)[)）])$/.test(w));
  const pairs: { key: string; side?: BudgetSide; amount: number | null }[] = [];
  for (const word of words) {
    const amount = blockAmount(word);
    const last = pairs[pairs.length - 1];
    if (amount !== undefined) {
      if (!last || last.amount !== null) return undefined;
      last.amount = amount;
      continue;
    }
    const key = FUND_ROWS.find(([pattern]) => pattern.test(word))?.[1];
    if (!key || (last && last.key !== key)) return undefined;
    const side = /^实施期/.test(word) ? 'period' : /^年度/.test(word) ? 'annual' : undefined;
    pairs.push({ key, side, amount: null });
  }
  if (pairs.length === 0 || pairs.length > 2) return undefined;
  if (pairs[0]!.key === 'total') sides.splice(0, sides.length, ...pairs.map((p) => p.side ?? 'annual'));
  const funds: Obj = { initialBudget: null, annualBudget: null, executed: null };
  pairs.forEach((pair, k) => {
    const side = pair.side ?? sides[k] ?? 'annual';
    if (side === 'annual') funds.initialBudget = pair.amount;
    else funds.periodTotal = pair.amount;
  });
  funds.source = { line: line.no };
  return { key: pairs[0]!.key, funds };
}
