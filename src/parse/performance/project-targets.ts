/**
 * A budget's 项目支出绩效目标表 printed as one table of all projects (北京 预算表12):
 * 项目名称 | 项目总额 (财政资金 | 其他资金) | 绩效目标 | 一级指标 | 二级指标 | 三级指标 | 绩效指标性质
 * | 本年绩效指标值 | 绩效度量单位. A project's name, amounts and goal are merged cells printed
 * at the vertical middle of its rows, each indicator's 三级 name wraps above and below its
 * row, and a project cut by a page break is printed again (name and amounts) on the next page.
 * Every word is placed under its header column by position (in the metric the line fits
 * best); the amounts line anchors a project, wrapped pieces join the nearest row, the goal
 * runs (consecutive lines of goal text) join the nearest project and the indicator rows the
 * nearest goal run. Each project becomes a targets-only scorecard (万元).
 */
import { isPageNoise, type TextLine } from '../lines.js';
import { parseNumber } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { chunksOf, wordsOf, type Chunk, type Metric } from './columns.js';
import { level1Of, level2Of } from './levels.js';
import { targetOfParts } from './target.js';

type Obj = Record<string, unknown>;

const COLUMNS: ReadonlyArray<[string, RegExp]> = [
  ['name', /^项目名称$/],
  ['total', /^项目总额$/],
  ['fiscal', /^财政资金$/],
  ['other', /^其他资金$/],
  ['goal', /^(?:绩效目标|年度目标)$/],
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['level3', /^三级指标$/],
  ['nature', /指标性质$/],
  ['value', /指标值$/],
  ['unit', /度量单位$|^计量单位$/],
];

/**
 * Whether lines[at…] open such a table: 项目名称 and 项目总额 in its header, with the indicator
 * columns on the same line or the next (goal text printed into the header can push them down);
 * `continued`: a later page of a table already open, whose header is enough.
 */
export function opensProjectTargets(lines: TextLine[], at: number, to: number, continued = false): boolean {
  for (let i = at; i < Math.min(to, at + 6); i++) {
    const t = lines[i]!.text.replace(/\s+/g, '');
    if (!(/项目名称/.test(t) && /项目总额/.test(t))) continue;
    // A later page's header may print its indicator columns anywhere around it.
    if (continued) return true;
    const next = (lines[i + 1]?.text ?? '').replace(/\s+/g, '');
    return (/一级指标/.test(t) && /三级指标/.test(t)) || (/一级指标/.test(next) && /三级指标/.test(next));
  }
  return false;
}

interface Column {
  key: string;
  chunk: Chunk;
}

interface Placed {
  at: number;
  line: TextLine;
  cells: Map<string, string>;
  display: Map<string, string>;
}

/** Words of a line, each under the nearest header column in `metric`. */
function place(words: Chunk[], columns: Column[], metric: Metric): { cells: Map<string, string>; cost: number } {
  {
    const cells = new Map<string, string>();
    let cost = 0;
    for (const word of words) {
      const [s, e] = metric === 'chars' ? [word.cstart, word.cend] : [word.start, word.end];
      let key = columns[0]!.key;
      let gap = Infinity;
      for (const { key: k, chunk } of columns) {
        const [hs, he] = metric === 'chars' ? [chunk.cstart, chunk.cend] : [chunk.start, chunk.end];
        // Flush-left cells start at or after their header's left edge.
        const g = s >= hs - 1 && s < he ? 0 : Math.min(Math.abs(s - hs), Math.abs(e - he)) + 1;
        if (g < gap) [key, gap] = [k, g];
      }
      cost += gap;
      cells.set(key, (cells.get(key) ?? '') + word.text);
    }
    return { cells, cost };
  }
}

/** The project scorecards of one such table, or undefined when `lines[from]` does not open one. */
export function parseProjectTargets(lines: TextLine[], from: number, to: number, warnings: WarningSink): Obj[] | undefined {
  let columns: Column[] = [];
  const placed: Placed[] = [];
  const cost = { chars: 0, display: 0 };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '' || isPageNoise(line)) continue;
    const words = chunksOf(line).flatMap(wordsOf);
    const named = words.map((w) => [COLUMNS.find(([, p]) => p.test(w.text))?.[0], w] as const);
    const fresh = named.filter(([k]) => k !== undefined).map(([key, chunk]) => ({ key: key!, chunk }));
    if (fresh.length >= 2) {
      // The header, repeated on every page over two or three lines: each column where this
      // page prints it. Other words on a header line are data (goal text printed into it).
      columns = [...columns.filter((c) => !fresh.some((f) => f.key === c.key)), ...fresh];
    }
    // Header words are never data (a page's header split by goal text leaves them alone on a line).
    const rest = named.filter(([k, w]) => k === undefined && !/^其中[:：]?$/.test(w.text)).map(([, w]) => w);
    if (rest.length === 0) continue;
    words.splice(0, words.length, ...rest);
    if (!columns.some((c) => c.key === 'level1') || /^其中[:：]?$/.test(line.text.trim()) || /金额单位|绩效目标表$/.test(line.text)) continue;
    const chars = place(words, columns, 'chars');
    const display = place(words, columns, 'display');
    placed.push({ at: i, line, cells: chars.cells, display: display.cells });
    // The metric is judged by where the 一级 labels land: under 一级指标.
    if (level1Of(chars.cells.get('level1') ?? '')) cost.chars--;
    if (level1Of(display.cells.get('level1') ?? '')) cost.display--;
  }
  if (columns.length === 0) return undefined;
  // One metric for the whole table: the one that puts more 一级 labels under 一级指标.
  if (cost.display < cost.chars) for (const p of placed) p.cells = p.display;
  const amount = (cells: Map<string, string>, key: string) => {
    const value = parseNumber(cells.get(key) ?? '');
    return typeof value === 'number' ? value : null;
  };
  // Anchors: the lines printing the 项目总额.
  const projects = placed
    .filter((p) => amount(p.cells, 'total') !== null)
    .map((p) => ({ at: p.at, line: p.line, total: amount(p.cells, 'total'), fiscal: amount(p.cells, 'fiscal'), other: amount(p.cells, 'other'), name: [] as [number, string][], goal: [] as [number, string][], rows: [] as Obj[] }));
  if (projects.length === 0) return [];
  const nearest = (at: number) => projects.reduce((b, p) => (Math.abs(p.at - at) < Math.abs(b.at - at) ? p : b));
  // Indicator rows: a line with a 一级 label; 三级 pieces on other lines join the nearest row.
  const rows: { at: number; cells: Map<string, string>; level3: string[]; value: string[] }[] = [];
  const pieces: { at: number; text: string; key: 'level3' | 'value' }[] = [];
  const goals: { at: number; text: string }[] = [];
  for (const p of placed) {
    const name = p.cells.get('name');
    if (name) nearest(p.at).name.push([p.at, name]);
    const goal = p.cells.get('goal');
    if (goal) goals.push({ at: p.at, text: goal });
    if (level1Of(p.cells.get('level1') ?? '')) rows.push({ at: p.at, cells: p.cells, level3: [], value: [] });
    else {
      if (p.cells.get('level3')) pieces.push({ at: p.at, text: p.cells.get('level3')!, key: 'level3' });
      if (p.cells.get('value')) pieces.push({ at: p.at, text: p.cells.get('value')!, key: 'value' });
    }
  }
  // A wrapped 指标值 is a qualitative one (定性): numbers do not wrap.
  const qualitative = (r: (typeof rows)[number]) => /定性/.test(r.cells.get('nature') ?? '') || !(r.cells.get('nature') ?? '').trim();
  for (const piece of pieces) {
    const candidates = piece.key === 'value' ? rows.filter(qualitative) : rows;
    const row = candidates.reduce<(typeof rows)[number] | undefined>((b, r) => (!b || Math.abs(r.at - piece.at) < Math.abs(b.at - piece.at) ? r : b), undefined);
    if (row) row[piece.key].push(`${piece.at}\u0000${piece.text}`);
  }
  // Goal runs (consecutive lines) join the nearest project; rows join the nearest run.
  const runs: { from: number; to: number; text: string; project: (typeof projects)[number] }[] = [];
  for (const goal of goals) {
    const last = runs[runs.length - 1];
    if (last && goal.at - last.to <= 1 && !(projects.some((p) => p.at > last.to && p.at <= goal.at) && /^目标1/.test(goal.text))) {
      last.to = goal.at;
      last.text += goal.text;
    } else runs.push({ from: goal.at, to: goal.at, text: goal.text, project: projects[0]! });
  }
  for (const run of runs) {
    const inside = projects.find((p) => p.at >= run.from && p.at <= run.to);
    run.project = inside ?? nearest((run.from + run.to) / 2);
    run.project.goal.push([run.from, run.text]);
  }
  for (const row of rows) {
    const distance = (r: (typeof runs)[number]) => (row.at < r.from ? r.from - row.at : row.at > r.to ? row.at - r.to : 0);
    const run = runs.reduce<(typeof runs)[number] | undefined>((b, r) => (!b || distance(r) < distance(b) ? r : b), undefined);
    const project = run?.project ?? nearest(row.at);
    const wrapped = (list: string[], own: string) => {
      const around = list.map((t) => t.split('\u0000')) as [string, string][];
      const side = (below: boolean) => around.filter(([at]) => (Number(at) > row.at) === below).map(([, t]) => t).join('');
      return side(false) + own + side(true);
    };
    const level2Text = row.cells.get('level2') ?? '';
    const nature = (row.cells.get('nature') ?? '').trim();
    const value = wrapped(row.value, (row.cells.get('value') ?? '').trim());
    const unit = (row.cells.get('unit') ?? '').trim();
    project.rows.push({
      level1: level1Of(row.cells.get('level1')!)!,
      level2: level2Of(level2Text) ?? level2Text,
      name: wrapped(row.level3, row.cells.get('level3') ?? ''),
      target: targetOfParts(nature, value, unit),
      actual: { text: '' },
      weight: null,
      score: null,
      source: { line: lines[row.at]!.no },
    });
  }
  return merged(projects).map((p) => {
    const name = p.name.sort((a, b) => a[0] - b[0]).map(([, t]) => t).filter((t) => !/^\d{8,}[A-Z]?\d*$/.test(t) && !/^[A-Z\d]{12,}$/.test(t)).join('');
    const fund = (value: number | null) => ({ initialBudget: value, annualBudget: null, executed: null, source: { line: p.line.no } });
    const card: Obj = { name, unit: '万元', funds: { total: fund(p.total) }, indicators: p.rows, totalScore: null, source: { line: p.line.no } };
    if (p.fiscal !== null) (card.funds as Obj).fiscal = fund(p.fiscal);
    if (p.other !== null) (card.funds as Obj).other = fund(p.other);
    const goal = p.goal.sort((a, b) => a[0] - b[0]).map(([, t]) => t).join('');
    if (goal) card.goal = { expected: goal, actual: '' };
    if (!name) warnings.add('scorecard-name-missing', { line: p.line.no, text: p.line.raw }, {});
    return card;
  });
}

/** A project cut by a page break is printed again with the same amounts: one project. */
function merged<T extends { total: number | null; fiscal: number | null; name: [number, string][]; goal: [number, string][]; rows: Obj[] }>(projects: T[]): T[] {
  const out: T[] = [];
  const key = (p: T) => p.name.map(([, t]) => t).join('');
  for (const p of projects) {
    const last = out[out.length - 1];
    if (last && last.total === p.total && (last.fiscal === p.fiscal || p.fiscal === null) && (key(p).startsWith(key(last).slice(0, 6)) || key(last).startsWith(key(p).slice(0, 6)))) {
      last.rows.push(...p.rows);
      last.goal.push(...p.goal);
      // The name printed again: keep the longer printing.
      if (key(p).length > key(last).length) last.name = p.name;
    } else out.push(p);
  }
  return out;
}
