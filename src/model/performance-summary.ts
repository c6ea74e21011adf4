/**
 * Every project's self-evaluation in one document, as `<performance-summary>` lists it: the
 * 汇总表 rows (else the scorecards), each joined to its scorecard (budget, execution) and to
 * its independent 部门评价报告 (score and the gap), with grade counts and the department's
 * overall score. Pure; cost linear in the number of projects (names matched through a map,
 * approximate matching only for the few evaluation reports).
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Scorecard } from '../schema/performance.js';
import type { Unit } from '../schema/primitives.js';
import type { Finding } from '../audit/types.js';
import type { Localized } from '../format/messages.js';
import { gradeOf } from '../audit/rules/scorecard.js';
import { findReport, projectKey } from './project-match.js';
import type { Flag } from './scorecard-flags.js';
import type { GradeSource } from './scorecard.js';

export interface SummaryRow {
  /** Official order (汇总表 order, else scorecard order), 0-based: the stable id. */
  order: number;
  name: string;
  implementer?: string;
  /** 自评得分; null when not printed ("未评", never 0). */
  score: number | null;
  grade: { text: string; source: GradeSource } | null;
  /** Index of the project's scorecard, when one is printed. */
  scorecard?: number;
  /** 全年预算数 and 全年执行数 of its scorecard (年度资金总额), in `unit`. */
  budget: number | null;
  executed: number | null;
  /** 执行率 in percent: printed on the scorecard, else derived (executed / budget). */
  rate: number | null;
  rateDerived: boolean;
  evaluation?: { score: number; grade?: string; match: 'exact' | 'approximate'; gap: number };
  /** Rule 27 (and the scorecard's own findings) about this row. */
  flags: Flag[];
  /** Where the score was printed. */
  line?: number;
  /**
   * A scorecard the 汇总表 does not list (a truncated or partial 汇总表): kept as a row after the
   * listed ones so every printed project is reachable, and marked so a reader sees the gap.
   */
  unlisted?: true;
}

export interface SummaryModel {
  rows: SummaryRow[];
  unit: Unit;
  /** The grade scale in use, best first (优 良 中 差, or the document's own). */
  scale: string[];
  /** Projects per grade, counted from the rows. */
  counts: Map<string, number>;
  departmentScore: number | null;
  departmentGrade?: string;
  /** Rows with an independent evaluation. */
  evaluated: number;
}

export type SummaryResult = { ok: true; model: SummaryModel } | { ok: false; empty: Localized };

const NO_PROJECTS: Localized = {
  'zh-CN': '本文档没有项目支出绩效自评结果。',
  en: 'This document has no project self-evaluation results.',
};

const KNOWN_SCALES: readonly string[][] = [['优', '良', '中', '差'], ['优秀', '良好', '合格', '不合格'], ['合格', '不合格']];

function scaleOf(grades: readonly string[]): string[] {
  const known = KNOWN_SCALES.find((scale) => grades.every((grade) => scale.includes(grade)));
  return known ? [...known] : [...new Set(grades)];
}

function rateOf(card: Scorecard | undefined): { rate: number | null; derived: boolean } {
  const total = card?.funds.total;
  if (!total) return { rate: null, derived: false };
  if (typeof total.rate === 'number') return { rate: total.rate, derived: false };
  if (typeof total.executed === 'number' && total.executed >= 0 && typeof total.annualBudget === 'number' && total.annualBudget > 0) {
    return { rate: Math.round((total.executed / total.annualBudget) * 1e4) / 100, derived: true };
  }
  return { rate: null, derived: false };
}

function gradeFrom(printed: string | undefined, score: number | null): SummaryRow['grade'] {
  if (printed) return { text: printed, source: 'printed' };
  return typeof score === 'number' ? { text: gradeOf(score), source: 'derived' } : null;
}

export function buildSummaryModel(doc: Disclosure, findings: readonly Finding[]): SummaryResult {
  const performance = doc.performance;
  const cards = performance?.scorecards ?? [];
  const list = performance?.summary?.selfEvaluations ?? [];
  // Scorecards without a score, a grade or an execution rate (a budget's 绩效目标表) are not
  // self-evaluation results: an axis with no marks would read as a chart of nothing.
  if (!list.length && !cards.some((card) => card.totalScore !== null || card.grade || rateOf(card).rate !== null)) return { ok: false, empty: NO_PROJECTS };
  // The scorecards of each name in print order: the n-th listed project of a name is the n-th
  // scorecard of that name (two projects printed under one name keep their own numbers).
  const cardsByKey = new Map<string, number[]>();
  cards.forEach((card, k) => {
    const key = projectKey(card.name);
    cardsByKey.set(key, [...(cardsByKey.get(key) ?? []), k]);
  });
  const seen = new Map<string, number>();
  const cardOf = (name: string): number | undefined => {
    const key = projectKey(name);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const same = cardsByKey.get(key);
    return same ? (same[n] ?? same[0]) : undefined;
  };
  const flagsByCard = new Map<number, Flag[]>();
  const flagsByEntry = new Map<number, Flag[]>();
  for (const finding of findings) {
    if (finding.severity === 'rounding') continue;
    const flag = { rule: finding.rule, severity: finding.severity, message: finding.message };
    const entry = /selfEvaluations\[(\d+)\]/.exec(finding.fields?.[0]?.path ?? '');
    if (entry) flagsByEntry.set(Number(entry[1]), [...(flagsByEntry.get(Number(entry[1])) ?? []), flag]);
    else if (typeof finding.scorecard === 'number') flagsByCard.set(finding.scorecard, [...(flagsByCard.get(finding.scorecard) ?? []), flag]);
  }
  const evaluations = performance?.evaluations ?? [];
  const fromCard = (card: Scorecard, k: number, unlisted: boolean) => ({
    j: -1,
    name: card.name,
    implementer: card.implementer?.name,
    score: card.totalScore,
    grade: card.grade ? { text: card.grade, source: 'printed' as const } : gradeFrom(undefined, card.totalScore),
    k,
    line: card.source?.line,
    unlisted,
  });
  const listed = list.map((entry, j) => ({ j, name: entry.name, implementer: entry.implementer, score: entry.score, grade: gradeFrom(entry.grade ?? undefined, entry.score), k: cardOf(entry.name), line: entry.source?.line, unlisted: false }));
  // With a 汇总表, the scorecards none of its entries claimed follow it, marked unlisted.
  const claimed = new Set(listed.map((item) => item.k));
  // The 部门整体 card is the department's own, not a project: its score is the department's.
  const isProject = (card: Scorecard) => card.kind !== 'department';
  const base = list.length
    ? [...listed, ...cards.flatMap((card, k) => (claimed.has(k) || !isProject(card) ? [] : [fromCard(card, k, true)]))]
    : cards.flatMap((card, k) => (isProject(card) ? [fromCard(card, k, false)] : []));
  const projectNames = base.map((item) => item.name);
  const rows = base.map((item, order): SummaryRow => {
    const card = item.k === undefined ? undefined : cards[item.k];
    const { rate, derived } = rateOf(card);
    const report = findReport(item.name, evaluations, (r) => r.project, projectNames);
    const row: SummaryRow = {
      order,
      name: item.name,
      score: item.score,
      grade: item.grade,
      budget: card?.funds.total.annualBudget ?? null,
      executed: card?.funds.total.executed ?? null,
      rate,
      rateDerived: derived,
      flags: [...(flagsByEntry.get(item.j) ?? []), ...(item.k === undefined ? [] : (flagsByCard.get(item.k) ?? []))],
    };
    if (item.implementer) row.implementer = item.implementer;
    if (item.k !== undefined) row.scorecard = item.k;
    if (item.line !== undefined) row.line = item.line;
    if (item.unlisted) row.unlisted = true;
    if (report && typeof report.item.score === 'number' && typeof item.score === 'number') {
      row.evaluation = { score: report.item.score, match: report.match, gap: Math.round((report.item.score - item.score) * 100) / 100 };
      if (report.item.grade) row.evaluation.grade = report.item.grade;
    }
    return row;
  });
  const grades = rows.flatMap((row) => (row.grade ? [row.grade.text] : []));
  const scale = scaleOf(grades);
  const counts = new Map(scale.map((grade) => [grade, grades.filter((g) => g === grade).length]));
  const summary = performance?.summary;
  const department = cards.find((card) => !isProject(card));
  const model: SummaryModel = {
    rows,
    unit: performance?.unit ?? doc.meta.unit,
    scale,
    counts,
    departmentScore: summary?.departmentScore ?? department?.totalScore ?? null,
    evaluated: rows.filter((row) => row.evaluation).length,
  };
  if (summary?.departmentGrade) model.departmentGrade = summary.departmentGrade;
  return { ok: true, model };
}

export type SortKey = 'order' | 'name' | 'score' | 'grade' | 'rate' | 'budget' | 'evaluation' | 'gap';
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: SummaryRow, key: SortKey, scale: readonly string[]): number | string | null {
  switch (key) {
    case 'order': return row.order;
    case 'name': return row.name;
    case 'score': return row.score;
    // Best grade first when ascending by "rank": index in the scale.
    case 'grade': return row.grade ? scale.indexOf(row.grade.text) : null;
    case 'rate': return row.rate;
    case 'budget': return row.budget;
    case 'evaluation': return row.evaluation?.score ?? null;
    case 'gap': return row.evaluation?.gap ?? null;
  }
}

/**
 * The rows sorted by `key`; missing values (未评, no scorecard) always last, ties in official
 * order, so the sort is stable and reversible. Never mutates `rows`.
 */
export function sortRows(rows: readonly SummaryRow[], key: SortKey, direction: SortDirection, scale: readonly string[] = []): SummaryRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key, scale);
    const y = sortValue(b, key, scale);
    if (x === null || y === null || x === -1 || y === -1) {
      const missing = (v: unknown) => v === null || (key === 'grade' && v === -1);
      if (missing(x) !== missing(y)) return missing(x) ? 1 : -1;
      return a.order - b.order;
    }
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - (y as number);
    return order !== 0 ? sign * order : a.order - b.order;
  });
}

