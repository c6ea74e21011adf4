/**
 * One project's 项目支出绩效自评表 (or a budget's 绩效目标表) as the scorecard widget draws it:
 * the indicators grouped 一级 → 二级 → 三级 with printed weights and scores added up per
 * group, each target judged against its actual, the grade (printed, from the 汇总表, or
 * derived from the total and said so), the independent 部门评价 of the same project, and the
 * audit's flags placed on the rows they are about. Pure: no DOM, never mutates the document.
 */
import { isolate } from '../format/bidi.js';
import type { Disclosure } from '../schema/disclosure.js';
import type { EvaluationReport, Indicator, Level1, Scorecard } from '../schema/performance.js';
import type { Unit } from '../schema/primitives.js';
import type { Finding } from '../audit/types.js';
import type { Localized } from '../format/messages.js';
import { gradeOf } from '../audit/rules/scorecard.js';
import { targetStatus, type TargetStatus } from './target-status.js';
import { findProject, findReport, projectKey } from './project-match.js';
import { placeFlags, type Flag, type PlacedFlags } from './scorecard-flags.js';

export interface IndicatorRow {
  /** Index into the scorecard's `indicators` (stable id). */
  index: number;
  indicator: Indicator;
  status: TargetStatus;
  flags: Flag[];
}

export interface Level2Group {
  name: string;
  rows: IndicatorRow[];
  /** Σ printed 分值 / 得分 of the rows; null when none is printed. */
  weight: number | null;
  score: number | null;
}

export interface Level1Group {
  level1: Level1;
  groups: Level2Group[];
  weight: number | null;
  score: number | null;
}

/**
 * Where a grade comes from: printed where it is shown (`printed`), on the scorecard, in the
 * 汇总表 (shown on a scorecard that lacks one), or derived from the total.
 */
export type GradeSource = 'printed' | 'scorecard' | 'summary' | 'derived';

export interface ScorecardModel {
  index: number;
  card: Scorecard;
  /** `targets`: a budget's 绩效目标表 — targets only, nothing scored. */
  mode: 'scores' | 'targets';
  unit: Unit;
  levels: Level1Group[];
  grade: { text: string; source: GradeSource } | null;
  /** The 部门评价报告 of the same project, and whether its name matched exactly. */
  evaluation?: { report: EvaluationReport; match: 'exact' | 'approximate' };
  /** Σ printed weights of the funds line and the indicators, as printed (not forced to 100). */
  weightSum: number | null;
  flags: PlacedFlags;
  /** How many indicators fall in each status. */
  counts: Record<TargetStatus, number>;
}

export type ScorecardResult =
  | { ok: true; model: ScorecardModel }
  | { ok: false; empty: Localized };

const LEVEL1_ORDER: readonly Level1[] = ['output', 'outcome', 'satisfaction', 'unclassified'];

/** Σ of the numbers among `values`; null when there is none (blank is not 0). */
export function sumPrinted(values: readonly (number | null | undefined)[]): number | null {
  let sum: number | null = null;
  for (const value of values) if (typeof value === 'number') sum = (sum ?? 0) + value;
  return sum === null ? null : Math.round(sum * 1e6) / 1e6;
}

/**
 * The scorecard `project` names: a whole number is an index into the document's scorecards,
 * anything else a project name (exact, else the only approximate match). Empty: the first.
 */
export function pickScorecard(cards: readonly Scorecard[], project: string): number {
  const text = project.trim();
  if (text === '') return cards.length ? 0 : -1;
  if (/^\d+$/.test(text)) return Number(text) < cards.length ? Number(text) : -1;
  return findProject(text, cards, (card) => card.name)?.index ?? -1;
}

/** A card is targets-only when the document is a budget, or nothing on it is reported or scored. */
function isTargetsOnly(doc: Disclosure, card: Scorecard): boolean {
  if (doc.meta.kind === 'budget') return true;
  const reported = card.indicators.some((i) => i.actual.text.trim() !== '' || typeof i.score === 'number');
  return !reported && typeof card.totalScore !== 'number' && typeof card.funds.total.executed !== 'number';
}

function groupIndicators(card: Scorecard, flags: PlacedFlags): { levels: Level1Group[]; counts: Record<TargetStatus, number> } {
  const counts: Record<TargetStatus, number> = { met: 0, missed: 0, qualitative: 0, 'not-comparable': 0, 'no-actual': 0 };
  const byLevel = new Map<Level1, Map<string, IndicatorRow[]>>();
  card.indicators.forEach((indicator, index) => {
    const status = targetStatus(indicator.target, indicator.actual);
    counts[status]++;
    const groups = byLevel.get(indicator.level1) ?? new Map<string, IndicatorRow[]>();
    byLevel.set(indicator.level1, groups);
    const rows = groups.get(indicator.level2) ?? [];
    groups.set(indicator.level2, rows);
    rows.push({ index, indicator, status, flags: flags.indicators.get(index) ?? [] });
  });
  const levels = LEVEL1_ORDER.filter((level1) => byLevel.has(level1)).map((level1): Level1Group => {
    const groups = [...byLevel.get(level1)!].map(([name, rows]): Level2Group => ({
      name,
      rows,
      weight: sumPrinted(rows.map((row) => row.indicator.weight)),
      score: sumPrinted(rows.map((row) => row.indicator.score)),
    }));
    return { level1, groups, weight: sumPrinted(groups.map((g) => g.weight)), score: sumPrinted(groups.map((g) => g.score)) };
  });
  return { levels, counts };
}

function gradeFor(doc: Disclosure, card: Scorecard): ScorecardModel['grade'] {
  if (card.grade) return { text: card.grade, source: 'scorecard' };
  // Two projects printed under one name: the n-th scorecard of a name is the n-th entry of it.
  const key = projectKey(card.name);
  const cards = doc.performance?.scorecards ?? [];
  const n = cards.slice(0, Math.max(0, cards.indexOf(card))).filter((other) => projectKey(other.name) === key).length;
  const same = (doc.performance?.summary?.selfEvaluations ?? []).filter((entry) => projectKey(entry.name) === key);
  const twin = same.length > 1 ? (same[n] ?? same[0]) : undefined;
  if (twin?.grade) return { text: twin.grade, source: 'summary' };
  const listed = findProject(card.name, doc.performance?.summary?.selfEvaluations ?? [], (entry) => entry.name);
  if (listed?.match === 'exact' && listed.item.grade) return { text: listed.item.grade, source: 'summary' };
  return typeof card.totalScore === 'number' ? { text: gradeOf(card.totalScore), source: 'derived' } : null;
}

const NO_CARDS: Localized = { 'zh-CN': '本文档没有项目支出绩效自评表或绩效目标表。', en: 'This document has no project performance scorecard or target table.' };
const NOT_FOUND: Localized = { 'zh-CN': '本文档没有名为或编号为“{project}”的项目。', en: 'This document has no project named or numbered “{project}”.' };

/** The scorecard model for `project`, with `findings` (the audit's) placed on its rows. */
export function buildScorecardModel(doc: Disclosure, project: string, findings: readonly Finding[]): ScorecardResult {
  const cards = doc.performance?.scorecards ?? [];
  if (!cards.length) return { ok: false, empty: NO_CARDS };
  const index = pickScorecard(cards, project);
  if (index < 0) {
    // The project's name is the page's text: isolated when it enters the sentence (isolate()
    // also shelters a stray PDI or an opener the name leaves open).
    const name = isolate(project);
    return { ok: false, empty: { 'zh-CN': NOT_FOUND['zh-CN'].replace('{project}', name), en: NOT_FOUND.en.replace('{project}', name) } };
  }
  const card = cards[index]!;
  const mode = isTargetsOnly(doc, card) ? 'targets' : 'scores';
  const flags = placeFlags(findings, index);
  const { levels, counts } = groupIndicators(card, flags);
  const evaluation = findReport(card.name, doc.performance?.evaluations ?? [], (report) => report.project, cards.map((other) => other.name));
  return {
    ok: true,
    model: {
      index,
      card,
      mode,
      unit: card.unit ?? doc.performance?.unit ?? doc.meta.unit ?? '万元',
      levels,
      grade: mode === 'scores' ? gradeFor(doc, card) : null,
      evaluation: evaluation && typeof evaluation.item.score === 'number' ? { report: evaluation.item, match: evaluation.match } : undefined,
      weightSum: sumPrinted([card.funds.total.weight, ...card.indicators.map((i) => i.weight)]),
      flags,
      counts,
    },
  };
}
