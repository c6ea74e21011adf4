/**
 * A budget's 绩效目标表 that prints no indicator levels (重庆 2026 表十 / 表十一): a head
 * (项目名称 | 主管部门, or 单位名称：… for the department's own table), the 当年预算 amount, texts
 * under labels down the left edge (项目概况, 当年绩效目标; a label is printed at the vertical
 * middle of its wrapped text), then rows 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重(%) |
 * 是否核心 beside one 绩效指标 label. Targets only: the 权重 (a share of 100) is the indicator's
 * 分值, nothing is scored, and the levels are `unclassified` (none is printed, none is guessed).
 * A department's table has no funds block: its funds are blank without a warning.
 */
import { displayWidth, isPageNoise, type TextLine } from '../lines.js';
import { parseNumber } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { chunksOf, placeCells, type Chunk } from './columns.js';
import { splitGaps, type IndicatorOut } from './indicators.js';
import { level1From, level1Of } from './levels.js';
import { party } from './party.js';
import { targetOfParts } from './target.js';

type Obj = Record<string, unknown>;

const COLUMNS: ReadonlyArray<[string, RegExp]> = [
  ['name', /^(?:指标名称|绩效指标)$/],
  ['nature', /^指标性质$/],
  ['value', /^指标值$/],
  ['unit', /^(?:计量|度量)单位$/],
  ['weight', /^指标权重|^分值/],
];

/** The indicator header of this kind: 指标名称, 指标性质 and 指标值, and no 一级指标 column. */
function isFlatHeader(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /指标名称|绩效指标/.test(t) && /指标性质/.test(t) && /指标值/.test(t) && !/一级指标|三级指标/.test(t);
}

/** Whether the region holds such a table (its indicator header within it). */
export function opensFlatTargets(lines: TextLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isFlatHeader(lines[i]!.text)) return true;
  return false;
}

/** A text label at the left edge of the head: 项目概况, or the goal's (当年绩效目标, 当年整体绩效目标). */
const TEXT_LABEL = /^(?:项目概况|(?:当年|年度)?(?:整体|总体)?绩效目标|(?:年度)?总体目标)/;
const GOAL_LABEL = /目标/;

/** Prose, not a row: sentence punctuation, or a run of text longer than any cell label. */
function isProse(chunks: Chunk[]): boolean {
  return chunks.some((c) => /[，。；]/.test(c.text) || c.text.replace(/\s+/g, '').length >= 24);
}

/** A table's title, number or unit line, which belongs to no card row. */
function isTitleLine(text: string): boolean {
  const whole = text.replace(/\s+/g, '');
  return /绩效目标表(?:[(（][^)）]{1,12}[)）])?$/.test(whole) || /^[(（]?\d{4}年度?[)）]?$/.test(whole) || /^表[一二三四五六七八九十\d]+$/.test(whole) || /^(?:金额)?单位[:：]/.test(whole);
}

/**
 * The card of such a table in lines [from, to), or undefined when it holds none. `department`:
 * the department's own table (kind department, named by its 单位名称).
 */
export function parseFlatTargets(lines: TextLine[], from: number, to: number, warnings: WarningSink, department: boolean): Obj | undefined {
  const card: Obj = department ? { kind: 'department', name: '' } : { name: '' };
  const funds: Obj = {};
  const labels: { at: number; label: string }[] = [];
  const texts: { at: number; text: string }[] = [];
  let header: Header | undefined;
  const rows: Rows = { rows: [], pieces: [] };
  let first: TextLine | undefined;
  // Short labelled lines of the head (市级支出 | 补助区县 beside 当年预算), settled after the loop.
  const partLines: { at: number; line: TextLine; label: string; amount: number | null }[] = [];
  let budgetAt = -1;
  let i = from;
  for (; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '' || isPageNoise(line)) continue;
    // A title after the rows opens the next table.
    if (isTitleLine(line.text)) {
      if (header && rows.rows.length > 0) break;
      continue;
    }
    first ??= line;
    const chunks = chunksOf(line);
    const head = chunks[0]!.text.replace(/\s+/g, '');
    if (isFlatHeader(line.text)) {
      if (header) break;
      header = { chunks, keys: chunks.map((c) => COLUMNS.find(([, pattern]) => pattern.test(c.text.replace(/\s+/g, '')))?.[0]) };
      continue;
    }
    if (header) {
      readRow(line, chunks, header, rows, warnings, String(card.name));
      continue;
    }
    if (/^项目名称/.test(head)) {
      const rest = chunks.slice(1).map((c) => c.text);
      const at = rest.findIndex((t) => /^主管部门/.test(t.replace(/\s+/g, '')));
      card.name = (at < 0 ? rest : rest.slice(0, at)).join('').trim();
      const owner = at < 0 ? undefined : party(rest.slice(at + 1).join(''));
      if (owner) card.department = owner;
      card.source = { line: line.no };
      continue;
    }
    const named = /^(?:单位名称|部门[(（]单位[)）]名称|部门名称)[:：]?\s*(.*)$/.exec(line.text.trim());
    if (named) {
      card.name = named[1]!.replace(/\s+/g, '');
      card.source = { line: line.no };
      continue;
    }
    // A department's 总体资金情况: 预算支出总额 | 财政拨款 (合计 | 基本 | 项目) | 其他资金 (合计 | 基本 | 项目).
    const amounts = chunks.map((c) => parseNumber(c.text));
    if (department && amounts.length === 7 && amounts.every((n) => typeof n === 'number') && /预算支出总额/.test(lines.slice(Math.max(from, i - 4), i).map((l) => l.text).join(''))) {
      const fund = (value: number | null) => ({ initialBudget: value, annualBudget: null, executed: null, source: { line: line.no } });
      Object.assign(funds, { total: fund(amounts[0] as number), fiscal: fund(amounts[1] as number), other: fund(amounts[4] as number) });
      continue;
    }
    if (/^(?:当年|年度)预算/.test(head) && !isProse(chunks)) {
      const amount = chunks.map((c) => parseNumber(c.text)).find((n): n is number => typeof n === 'number');
      funds.total = { initialBudget: amount ?? null, annualBudget: null, executed: null, source: { line: line.no } };
      budgetAt = i;
      continue;
    }
    const part = fundsPart(chunks);
    if (part && !TEXT_LABEL.test(head)) {
      partLines.push({ at: i, line, ...part });
      continue;
    }
    const label = TEXT_LABEL.exec(head)?.[0];
    if (label) labels.push({ at: i, label });
    const body = (label ? chunks.slice(1) : chunks).map((c) => c.text).join('');
    if (body === '') continue;
    if (label || isProse(chunks)) texts.push({ at: i, text: body });
    else if (/\d/.test(line.text)) warnings.add('line-unread', { line: line.no, text: line.raw }, { where: `绩效目标表“${String(card.name)}”` });
  }
  if (!first || !header) return undefined;
  settleParts(lines, partLines, budgetAt, funds, warnings, String(card.name));
  const goal = goalText(labels, texts);
  if (goal) card.goal = { expected: goal, actual: '' };
  card.source ??= { line: first.no };
  card.unit = '万元';
  // The department's table has no funds block to miss; a project's has its 当年预算.
  if (!funds.total && !department) warnings.add('scorecard-funds-missing', { line: first.no, text: first.raw }, { name: String(card.name) });
  card.funds = funds.total ? funds : { total: { initialBudget: null, annualBudget: null, executed: null } };
  card.indicators = settleRows(rows);
  card.totalScore = null;
  return card;
}

/**
 * A line that is one short label, alone or with one amount ("市级支出", "补助区县 12,700.00"):
 * a part of the year's funds when printed beside the 当年预算 line.
 */
function fundsPart(chunks: Chunk[]): { label: string; amount: number | null } | undefined {
  if (chunks.length > 2) return undefined;
  const label = chunks[0]!.text.replace(/\s+/g, '');
  if (!/^[\u4e00-\u9fff（）()]{2,10}$/.test(label)) return undefined;
  if (chunks.length === 1) return { label, amount: null };
  const amount = parseNumber(chunks[1]!.text);
  return typeof amount === 'number' ? { label, amount } : undefined;
}

/**
 * The head's labelled parts within two printed lines of the 当年预算 line are the funds'
 * parts (a blank one null: not printed is not 0); any other such line with an amount is
 * reported unread, as before, and a lone label elsewhere is a wrapped word, not a part.
 */
function settleParts(lines: TextLine[], found: { at: number; line: TextLine; label: string; amount: number | null }[], budgetAt: number, funds: Obj, warnings: WarningSink, name: string): void {
  const printedBetween = (a: number, b: number) => lines.slice(Math.min(a, b) + 1, Math.max(a, b)).filter((l) => l.text !== '' && !isPageNoise(l)).length;
  const near = found.filter((part) => budgetAt >= 0 && printedBetween(part.at, budgetAt) <= 1);
  // Two or more parts, one with an amount, make a split; one lone label is no split of the funds.
  const split = near.length >= 2 && near.some((part) => part.amount !== null);
  if (split) funds.parts = near.map((part) => ({ label: part.label, initialBudget: part.amount, annualBudget: null, executed: null, source: { line: part.line.no } }));
  for (const part of found) {
    if (part.amount !== null && !(split && near.includes(part))) warnings.add('line-unread', { line: part.line.no, text: part.line.raw }, { where: `绩效目标表“${name}”` });
  }
}

/** The header line's chunks, each with its column key (undefined: a column not read, 是否核心). */
interface Header {
  chunks: Chunk[];
  keys: (string | undefined)[];
}

/** The rows read and the pieces of their cells printed on the lines around them. */
interface Rows {
  rows: { line: number; cells: Record<string, string> }[];
  pieces: { line: number; key: 'name' | 'value'; text: string }[];
}

/** A comparator printed one space after the name ("…差错率 ≤"): its own cell. */
const NATURE_TAIL = /^(.*\S)\s+(≥|≤|＝|=|>|<|＞|＜|定性|定量)$/;
const NATURE = /^(?:≥|≤|＝|=|>|<|＞|＜|定性|定量)$/;

/**
 * One line under the header: a row (its 指标性质 printed: ≥, ＝, 定性), else pieces of the
 * name and value cells, which wrap above and below their row; else unread.
 */
function readRow(line: TextLine, chunks: Chunk[], header: Header, out: Rows, warnings: WarningSink, card: string): void {
  const nameAt = header.keys.indexOf('name');
  // The 绩效指标 / 整体绩效目标 label down the left edge, beside a row or alone.
  const kept = chunks
    .filter((c) => !(/^(?:绩效指标|整体绩效目标)$/.test(c.text.replace(/\s+/g, '')) && c.end <= header.chunks[nameAt]!.start + 2))
    .flatMap((c) => {
      const tail = NATURE_TAIL.exec(c.text);
      if (!tail) return [c];
      const cut = c.text.length - tail[2]!.length;
      return [{ ...c, text: tail[1]!, end: c.start + displayWidth(tail[1]!), cend: c.cstart + tail[1]!.length }, { ...c, text: tail[2]!, start: c.end - displayWidth(tail[2]!), cstart: c.cstart + cut }];
    });
  if (kept.length === 0) return;
  // A 指标性质 is a word of its own wherever it lands; what lands under 指标性质 and is none
  // is the 指标值 wrapped wide (定性 values are long).
  const natures = kept.filter((c) => NATURE.test(c.text.trim()));
  const placed = placeCells(kept.filter((c) => !natures.includes(c)), header.chunks);
  const cells: Record<string, string> = {};
  header.keys.forEach((key, k) => {
    if (key) cells[key] = (placed[k] ?? '').trim();
  });
  if (cells.nature) cells.value = cells.nature + (cells.value ?? '');
  cells.nature = natures.map((c) => c.text.trim()).join('');
  if (cells.nature || (cells.value && /\d/.test(cells.value) && cells.name)) {
    out.rows.push({ line: line.no, cells });
    return;
  }
  const others = placed.filter((c, k) => c.trim() !== '' && !['name', 'value'].includes(header.keys[k] ?? ''));
  // A column this reader does not read (活动) may repeat beside a piece.
  if (others.length > 0 && others.some((c) => /\d/.test(c))) {
    warnings.add('line-unread', { line: line.no, text: line.raw }, { where: `绩效目标表“${card}”` });
    return;
  }
  if (cells.name) out.pieces.push({ line: line.no, key: 'name', text: cells.name });
  // A long 定性 value wraps wider than its column: what lies right of the name is the value's.
  const value = [cells.value, cells.unit].filter((t) => t).join('');
  if (value) out.pieces.push({ line: line.no, key: 'value', text: value });
}

/** The rows as targets, each cell joined with its pieces (centred on the row); 一级/二级 read off the name's head. */
function settleRows({ rows, pieces }: Rows): IndicatorOut[] {
  const texts = rows.map((r) => ({ name: r.cells.name ?? '', value: r.cells.value ?? '' }));
  for (const key of ['name', 'value'] as const) {
    const mine = pieces.filter((p) => p.key === key);
    const gaps = rows.map(() => [] as typeof mine).concat([[]]);
    for (const piece of mine) {
      const next = rows.findIndex((r) => r.line > piece.line);
      gaps[next < 0 ? rows.length : next]!.push(piece);
    }
    if (rows.length === 0) continue;
    const down = splitGaps(gaps.map((g) => g.length));
    rows.forEach((_, i) => {
      const above = gaps[i]!.slice(down[i]!).map((p) => p.text).join('');
      const below = gaps[i + 1]!.slice(0, i + 1 === rows.length ? gaps[i + 1]!.length : down[i + 1]!).map((p) => p.text).join('');
      texts[i]![key] = above + texts[i]![key] + below;
    });
  }
  return rows.map((row, i) => {
    const weight = parseNumber(row.cells.weight ?? '');
    const levels = LEVELS.exec(texts[i]!.name);
    const level2 = levels ? levels[2]! : '';
    const level1 = levels ? (level1Of(levels[1]!) ?? level1From(level2)) : undefined;
    return {
      level1: level1 ?? 'unclassified',
      level2: level1 ? level2 : '',
      name: level1 ? levels![3]! : texts[i]!.name,
      target: targetOfParts(row.cells.nature ?? '', texts[i]!.value, row.cells.unit ?? ''),
      actual: { text: '' },
      weight: typeof weight === 'number' && weight >= 0 ? weight : null,
      score: null,
      source: { line: row.line },
    };
  });
}

/** A name printed after its levels ("产出指标数量指标开展监测工作"): 一级, 二级, the name. */
const LEVELS = /^(产出指标|效益指标|满意度指标|成本指标)((?:数量|质量|时效|经济成本|社会成本|生态环境成本|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|社会公众满意度|满意度)指标)(.+)$/;

/**
 * The goal's text: with one text label, every text line; with several (项目概况 above the
 * goal), each label's text is the run of lines centred on it, split where the runs are most
 * nearly centred on their labels.
 */
function goalText(labels: { at: number; label: string }[], texts: { at: number; text: string }[]): string {
  const goalAt = labels.findIndex((l) => GOAL_LABEL.test(l.label));
  if (texts.length === 0 || (goalAt < 0 && labels.length > 0)) return '';
  if (labels.length <= 1) return texts.map((t) => t.text).join('');
  // Cut points between consecutive labels: the lines from cut k to cut k+1 are label k's.
  const positions = texts.map((t) => t.at);
  const cuts: number[] = [0];
  for (let k = 1; k < labels.length; k++) {
    let best = cuts[k - 1]!;
    let cost = Infinity;
    for (let s = cuts[k - 1]!; s <= texts.length; s++) {
      if (s < texts.length && positions[s]! > labels[k]!.at) break;
      const c = offCentre(positions.slice(cuts[k - 1]!, s), labels[k - 1]!.at) + offCentre(positions.slice(s), labels[k]!.at);
      if (c < cost) [best, cost] = [s, c];
    }
    cuts.push(best);
  }
  cuts.push(texts.length);
  return texts
    .slice(cuts[goalAt]!, cuts[goalAt + 1]!)
    .map((t) => t.text)
    .join('');
}

/** How far a run of lines is from being centred on its label's line. */
function offCentre(run: number[], label: number): number {
  if (run.length === 0) return 1;
  const above = run.filter((at) => at < label).length;
  const below = run.filter((at) => at > label).length;
  return Math.abs(above - below);
}
