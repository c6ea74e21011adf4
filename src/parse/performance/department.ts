/**
 * A 部门整体支出绩效自评表: the department's own card. Above the usual goal and indicator
 * rows it prints the 年度主要任务 as rows — 任务名称 | 主要内容 | 完成情况 | 全年预算数 (总额 |
 * 财政拨款 | 其他资金) | 全年执行数 (总额 | 财政拨款 | 其他资金) | 分值 | 执行率 | 得分 — and a
 * 金额合计 row, which is the card's funds (万元). Names and contents wrap over the lines
 * around their row; each wrapped piece joins the nearest row of its block (blank lines part
 * blocks), in its column by position. The goal and indicator part is read as any scorecard's.
 */
import { isPageNoise, type TextLine } from '../lines.js';
import { parsePercent } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { chunksOf, placeCells, wordsOf, type Chunk } from './columns.js';
import { parseScorecard } from './scorecard.js';

type Obj = Record<string, unknown>;

const isValue = (chunk: Chunk) => parsePercent(chunk.text) !== undefined;
const STATUS = /完成|实施|进行中|未开展/;

/** The department card, or undefined when the region is not one (no 金额合计 and no task row). */
/** `budget`: a 部门整体支出绩效目标表 (a budget's), whose tasks print 预算金额 only. */
export function parseDepartmentScorecard(lines: TextLine[], from: number, to: number, warnings: WarningSink, budget = false): Obj | undefined {
  let name = '';
  let header: Chunk[] | undefined;
  // A 部门整体支出绩效目标表 (budget) prints 预算金额 only: 总额 | 财政拨款 | 其他资金.
  let budgetHeader: Chunk[] | undefined;
  let funds: Obj | undefined;
  let end = to;
  const rows: { at: number; line: TextLine; values: (number | null)[]; texts: Chunk[] }[] = [];
  const pieces: { at: number; chunks: Chunk[] }[] = [];
  let block = 0;
  const blockOf = new Map<number, number>();
  for (let i = from + 1; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '') {
      block++;
      continue;
    }
    if (isPageNoise(line)) continue;
    const chunks = chunksOf(line);
    const compact = line.text.replace(/\s+/g, '');
    if (/^部门[(（]单位[)）]名称/.test(compact)) {
      name = chunks.slice(1).map((c) => c.text).join('').trim();
      continue;
    }
    if (/任务名称/.test(compact)) {
      header = ['任务名称', '主要内容', '完成情况'].map((word) => chunks.find((c) => c.text.includes(word))).filter((c): c is Chunk => c !== undefined);
      continue;
    }
    if (!header) continue;
    if (budget && rows.length === 0 && /总额/.test(compact) && /财政拨款/.test(compact) && !/执行/.test(compact)) {
      budgetHeader = ['总额', '财政拨款', '其他资金'].map((word) => chunks.find((c) => c.text.includes(word))).filter((c): c is Chunk => c !== undefined);
      continue;
    }
    const first = chunks.findIndex(isValue);
    const values = first < 0 ? [] : chunks.slice(first).filter(isValue);
    const budgetValues = budgetHeader && values.length > 0 ? placeCells(values, budgetHeader).map((c) => (c ? numberOf(c) : null)) : undefined;
    if (/^(?:金额)?合计/.test(compact) && (values.length >= 6 || budgetValues)) {
      funds = budgetValues ? budgetTotals(line, sumPlaced(values, budgetValues, rows)) : totals(line, values);
      end = i + 1;
      break;
    }
    blockOf.set(i, block);
    // A budget's task row: its 预算金额 under the header, nothing executed or scored.
    if (budgetValues && first >= 0) rows.push({ at: i, line, values: [...budgetValues, null, null, null, null, null], texts: chunks.slice(0, first) });
    else if (values.length >= 8 && first >= 0) rows.push({ at: i, line, values: values.map((c) => numberOf(c.text)), texts: chunks.slice(0, first) });
    else if (first < 0) pieces.push({ at: i, chunks });
    else warnings.add('line-unread', { line: line.no, text: line.raw }, { where: '部门整体支出绩效自评表' });
  }
  if (!funds && rows.length === 0) return undefined;
  const tasks = rows.map((row) => task(row.line, row.values, row.texts, header!));
  // Wrapped names and contents join the nearest task row of their block.
  for (const piece of pieces) {
    let best = -1;
    let distance = Infinity;
    rows.forEach((row, k) => {
      const d = Math.abs(row.at - piece.at);
      if (blockOf.get(row.at) === blockOf.get(piece.at) && d < distance) [best, distance] = [k, d];
    });
    if (best < 0) continue;
    const [taskName, content] = cellsOf(piece.chunks, header!);
    const target = tasks[best]!;
    const before = piece.at < rows[best]!.at;
    if (taskName) target.name = before ? taskName + target.name : target.name + taskName;
    if (content) target.content = before ? content + (target.content ?? '') : (target.content ?? '') + content;
  }
  const card = parseScorecard(lines, end, to, warnings, { name }) ?? { indicators: [], totalScore: null };
  const out: Obj = { kind: 'department', ...card, name, funds: funds ?? { total: blankFunds() }, source: { line: lines[from]!.no } };
  if (tasks.length > 0) out.tasks = tasks.map(dropUndefined);
  if (!funds) warnings.add('scorecard-funds-missing', { line: lines[from]!.no, text: lines[from]!.raw }, { name });
  return out;
}

const numberOf = (text: string) => {
  const value = parsePercent(text);
  return typeof value === 'number' ? value : null;
};

function blankFunds(): Obj {
  return { initialBudget: null, annualBudget: null, executed: null };
}

/** 金额合计: 全年预算数 ×3 | 全年执行数 ×3 | 分值 | 执行率 | 得分 → the card's funds lines. */
function totals(line: TextLine, chunks: Chunk[]): Obj {
  const v = chunks.map((c) => numberOf(c.text));
  const source = { line: line.no };
  const total: Obj = { initialBudget: null, annualBudget: v[0] ?? null, executed: v[3] ?? null, source };
  if (v.length >= 9) Object.assign(total, { weight: v[6], rate: v[7], score: v[8] });
  return {
    total,
    fiscal: { initialBudget: null, annualBudget: v[1] ?? null, executed: v[4] ?? null, source },
    other: { initialBudget: null, annualBudget: v[2] ?? null, executed: v[5] ?? null, source },
  };
}

/**
 * A budget's 金额合计 printing fewer amounts than its three columns (其他资金 blank) sits where
 * its short label leaves it, not where the task rows put theirs: the placement in printed
 * order whose amounts are the tasks' column sums is the one meant (else the positions').
 */
function sumPlaced(values: readonly Chunk[], placed: (number | null)[], rows: readonly { values: (number | null)[] }[]): (number | null)[] {
  const n = values.length;
  if (rows.length === 0 || n >= 3) return placed;
  const sums = [0, 1, 2].map((k) => rows.reduce((s, r) => s + (r.values[k] ?? 0), 0));
  const amounts = values.map((c) => numberOf(c.text));
  const slots = n === 1 ? [[0], [1], [2]] : [[0, 1], [0, 2], [1, 2]];
  const fits = slots.find((slot) => slot.every((k, i) => Math.abs(sums[k]! - (amounts[i] ?? NaN)) < 0.005));
  return fits ? [0, 1, 2].map((k) => (fits.includes(k) ? amounts[fits.indexOf(k)]! : null)) : placed;
}

/** A budget's 金额合计: 总额 | 财政拨款 | 其他资金 → the card's funds lines as 年初预算数 (万元). */
function budgetTotals(line: TextLine, v: (number | null)[]): Obj {
  const fund = (value: number | null | undefined) => ({ initialBudget: value ?? null, annualBudget: null, executed: null, source: { line: line.no } });
  return { total: fund(v[0]), fiscal: fund(v[1]), other: fund(v[2]) };
}

interface TaskOut {
  name: string;
  content?: string;
  status?: string;
  annualBudget: Obj;
  executed: Obj;
  weight: number | null;
  rate?: number | null;
  score: number | null;
  source: object;
}

function task(line: TextLine, v: (number | null)[], chunks: Chunk[], header: Chunk[]): TaskOut {
  // Content and status printed one space apart are two cells.
  const texts = chunks.flatMap(wordsOf);
  let statusAt = -1;
  texts.forEach((c, k) => {
    if (STATUS.test(c.text)) statusAt = k;
  });
  const [name, content] = cellsOf(statusAt < 0 ? texts : texts.slice(0, statusAt), header);
  const out: TaskOut = {
    name: name ?? '',
    annualBudget: { total: v[0] ?? null, fiscal: v[1] ?? null, other: v[2] ?? null },
    executed: { total: v[3] ?? null, fiscal: v[4] ?? null, other: v[5] ?? null },
    weight: nonNegative(v[6]),
    rate: v.length >= 9 ? (v[7] ?? null) : undefined,
    score: nonNegative(v.length >= 9 ? v[8] : v[7]),
    source: { line: line.no },
  };
  if (content) out.content = content;
  if (statusAt >= 0) out.status = texts[statusAt]!.text.trim();
  return out;
}

const nonNegative = (value: number | null | undefined) => (typeof value === 'number' && value >= 0 ? value : null);

/** Name and content pieces of a line, by position under the header (a vertical label at the far left is no piece). */
function cellsOf(chunks: Chunk[], header: Chunk[]): [string | undefined, string | undefined] {
  const left = header[0];
  const kept = left ? chunks.filter((c) => c.cend > left.cstart - 1 || c.end > left.start - 1) : chunks;
  if (kept.length === 0) return [undefined, undefined];
  const cells = placeCells(kept, header);
  const text = (k: number) => (cells[k] ?? '').replace(/\s+/g, '') || undefined;
  return [text(0), text(1)];
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
