/**
 * 预算绩效 figures of section 十一 (projects covered, funds, grade counts, department score)
 * and the rows of the 项目支出绩效自评汇总表.
 */
import type { TextLine } from '../lines.js';
import { isPageNoise } from '../lines.js';
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
    const grades = [...text.matchAll(/(\d+)个项目(?:自评)?等级为[“"]?(优秀|良好|优|良|中|差|合格|不合格)/g)];
    if (grades.length > 0 && summary.gradeCounts === undefined) {
      summary.gradeCounts = Object.fromEntries(grades.map((m) => [m[2]!, Number(m[1])]));
      found = true;
    }
    const dept = new RegExp(`部门整体(?:支出)?绩效自评(?:结果|得分)为(${NUM})分(?:[，,]等级为[“"]?(优秀|良好|优|良|中|差|合格|不合格))?`).exec(text);
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

/** 序号 | 项目名称 | 资金使用单位 | 自评得分 | 自评等级 */
export function readSelfEvaluations(lines: TextLine[], from: number, to: number, warnings: WarningSink): Obj[] {
  const rows: Obj[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '' || isPageNoise(line) || /^部门[:：]/.test(line.text)) continue;
    const cells = line.cells.map((c) => c.text).filter((c) => c !== '');
    if (!/^\d+$/.test(cells[0] ?? '')) {
      if (/\d/.test(line.text) && !/汇总表|序号|单位[:：]/.test(line.text)) {
        warnings.add('line-unread', { line: line.no, text: line.raw }, { where: '绩效自评汇总表' });
      }
      continue;
    }
    const scoreAt = cells.findIndex((c, k) => k >= 2 && typeof parseNumber(c) === 'number');
    if (scoreAt < 0) {
      warnings.add('line-unread', { line: line.no, text: line.raw }, { where: '绩效自评汇总表' });
      continue;
    }
    const row: Obj = { index: Number(cells[0]), name: cells[1] ?? '', score: parseNumber(cells[scoreAt]!) };
    if (scoreAt >= 3) row.implementer = cells.slice(2, scoreAt).join('');
    const grade = cells[scoreAt + 1];
    if (grade) row.grade = grade;
    row.source = { line: line.no };
    rows.push(row);
  }
  return rows;
}
