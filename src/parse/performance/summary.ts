/**
 * 预算绩效 figures of section 十一 (projects covered, funds, grade counts, department score)
 * and the rows of the 项目支出绩效自评汇总表.
 */
import type { TextLine } from '../lines.js';
import { displayWidth, isPageNoise } from '../lines.js';
import { NUM, numberIn, parseNumber } from '../numbers.js';
import type { WarningSink } from '../warnings.js';

type Obj = Record<string, unknown>;

export function readSummarySentences(lines: TextLine[], summary: Obj): void {
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, '');
    let found = false;
    const covered = new RegExp(`涵盖项目(\\d+)个[；;，,]?涉及(?:预算)?资金(${NUM})万元(?:[，,]占[^\\d]{0,20}?(${NUM})%)?`).exec(text);
    if (covered && summary.projectCount === undefined) {
      summary.projectCount = Number(covered[1]);
      summary.fundsCovered = numberIn(covered[2]!);
      if (covered[3]) summary.fundsShare = numberIn(covered[3]);
      found = true;
    }
    // "8个项目自评等级为优", or the grade first: "自评结果为“优”的项目8个、“良”的项目1个".
    const grades = [...text.matchAll(/(\d+)个项目(?:自评)?等级为[“"]?(优秀|良好|优|良|中|差|合格|不合格)/g)].map((m) => [m[2]!, Number(m[1])] as const);
    const gradeFirst = [...text.matchAll(/[“"]?(优秀|良好|优|良|中|差|合格|不合格)[”"]?(?:等级)?的(?:项目)?(\d+)个/g)].map((m) => [m[1]!, Number(m[2])] as const);
    const counted = grades.length > 0 ? grades : gradeFirst;
    if (counted.length > 0 && summary.gradeCounts === undefined) {
      summary.gradeCounts = Object.fromEntries(counted);
      found = true;
    }
    // "对9个项目开展了绩效自评，涉及资金3,456.78万元".
    const selfEvaluated = new RegExp(`(?:对|共)(\\d+)个项目开展了?(?:绩效)?自评[，,]?(?:共)?涉及(?:预算)?资金(${NUM})万元`).exec(text);
    if (selfEvaluated && summary.projectCount === undefined) {
      summary.projectCount = Number(selfEvaluated[1]);
      summary.fundsCovered = numberIn(selfEvaluated[2]!);
      found = true;
    }
    const dept = new RegExp(`部门整体(?:支出)?绩效自评(?:结果|得分)为(${NUM})分(?:[，,](?:评价|自评)?等级为[“"]?(优秀|良好|优|良|中|差|合格|不合格))?`).exec(text);
    if (dept && summary.departmentScore === undefined) {
      summary.departmentScore = numberIn(dept[1]!);
      if (dept[2]) summary.departmentGrade = dept[2];
      found = true;
    }
    const evaluated = new RegExp(`等(\\d+)个项目开展了部门评价[，,]涉及(?:预算)?资金(${NUM})万元`).exec(text);
    if (evaluated && summary.evaluatedProjects === undefined) {
      summary.evaluatedProjects = Number(evaluated[1]);
      summary.evaluatedFunds = numberIn(evaluated[2]!);
      found = true;
    }
    if (found) summary.source ??= { line: line.no };
  }
}

/** 序号 | 项目名称 | 资金使用单位 (主管部门) | 自评得分 | 自评等级 */
export function readSelfEvaluations(lines: TextLine[], from: number, to: number, warnings: WarningSink): Obj[] {
  const rows: Obj[] = [];
  // Name pieces wrapped onto lines of their own, waiting for the next row to tell whose they are.
  let pieces: Piece[] = [];
  let lastName: NameCell | undefined;
  let lastSlack = 2;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '' || isPageNoise(line) || /^部门[:：]/.test(line.text)) continue;
    const all = line.cells.filter((c) => c.text !== '');
    const cells = all.map((c) => c.text);
    // With a 序号 column or without one (项目名称 | 主管部门 | 自评得分 | 自评等级).
    const indexed = /^\d+$/.test(cells[0] ?? '');
    const unindexed = !indexed && scoredRow(cells);
    if (!indexed && !unindexed) {
      if (/\d/.test(line.text) && !/汇总表|结果表|序号|单位[:：]/.test(line.text)) {
        warnings.add('line-unread', { line: line.no, text: line.raw }, { where: '绩效自评汇总表' });
      } else if (rows.length > 0 || !/序号|项目名称|得分|等级|主管部门|单位|汇总表|结果表/.test(line.text)) {
        pieces.push(...all.map((c) => ({ text: c.text.trim(), width: displayWidth(c.text.trim()), start: line.tabbed ? line.cells.indexOf(c) : c.start })));
      }
      continue;
    }
    const nameAt = indexed ? 1 : 0;
    // The 自评得分 is the last number of the row (a 预算数 | 执行数 | 执行率 printed before it are
    // amounts), and no score is above 100 points.
    const firstNumber = cells.findIndex((c, k) => k > nameAt && parseNumber(c.replace(/%$/, '')) !== undefined);
    let scoreAt = -1;
    cells.forEach((c, k) => {
      if (k > nameAt && typeof parseNumber(c) === 'number') scoreAt = k;
    });
    const score = scoreAt < 0 ? undefined : parseNumber(cells[scoreAt]!);
    if (scoreAt < 0 || typeof score !== 'number' || score > 100) {
      warnings.add('line-unread', { line: line.no, text: line.raw }, { where: '绩效自评汇总表' });
      continue;
    }
    const row: Obj = indexed ? { index: Number(cells[0]) } : {};
    Object.assign(row, { name: cells[nameAt] ?? '', score });
    if (firstNumber > nameAt + 1) row.implementer = cells.slice(nameAt + 1, firstNumber).join('');
    const grade = cells[scoreAt + 1];
    if (grade) row.grade = grade;
    row.source = { line: line.no };
    const nameCell = all[nameAt];
    settlePieces(pieces, rows[rows.length - 1], lastName, row, nameCell && { start: line.tabbed ? line.cells.indexOf(nameCell) : nameCell.start }, line.tabbed ? 0 : 2);
    pieces = [];
    lastSlack = line.tabbed ? 0 : 2;
    lastName = nameCell ? { start: line.tabbed ? line.cells.indexOf(nameCell) : nameCell.start, width: displayWidth(nameCell.text.trim()) } : undefined;
    rows.push(row);
  }
  settlePieces(pieces, rows[rows.length - 1], lastName, undefined, undefined, lastSlack);
  return rows;
}

/** A wrapped piece and a row's name cell: `start` in display columns, or (tab text) the cell's index. */
interface Piece {
  text: string;
  width: number;
  start: number;
}
interface NameCell {
  start: number;
  width: number;
}

/** A row without 序号: a name (no number), then a score of at most 100, then at most the unit and grade. */
function scoredRow(cells: string[]): boolean {
  if (cells.length < 2 || typeof parseNumber(cells[0]!) === 'number') return false;
  const at = cells.findIndex((c, k) => k >= 1 && typeof parseNumber(c) === 'number');
  const score = at < 0 ? undefined : parseNumber(cells[at]!);
  return typeof score === 'number' && score <= 100 && cells.length - at <= 2;
}

/**
 * Pieces of a name cell between two rows. A cell wraps only where its line is full: pieces
 * wider than the row above's name line (by three characters or more) did not continue it, so
 * they are the head of the next row's name, wrapped above its numbers; otherwise they are the
 * tail of the row above. Pieces outside the name column are not names and are left alone.
 */
function settlePieces(pieces: Piece[], above: Obj | undefined, aboveName: NameCell | undefined, below: Obj | undefined, belowName: { start: number } | undefined, slack: number): void {
  const column = aboveName?.start ?? belowName?.start;
  // In tab text the piece must be in the name's own cell (a group heading sits in the 序号 cell).
  const mine = column === undefined ? [] : pieces.filter((p) => Math.abs(p.start - column) <= slack);
  if (mine.length === 0) return;
  const text = mine.map((p) => p.text).join('');
  const toBelow = below !== undefined && (above === undefined || (aboveName !== undefined && mine[0]!.width >= aboveName.width + 6));
  if (toBelow) below!.name = text + String(below!.name);
  else if (above) above.name = String(above.name) + text;
}
