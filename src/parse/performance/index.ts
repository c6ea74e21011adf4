/** 预算绩效: the section 十一 summary, the 汇总表, every scorecard and every evaluation report. */
import type { TextLine } from '../lines.js';
import type { Region } from '../regions.js';
import { narrativeLines, narrativeSentences } from '../narrative/text.js';
import type { WarningSink } from '../warnings.js';
import { parseEvaluation } from './evaluation.js';
import { parseDepartmentScorecard } from './department.js';
import { parseScorecard } from './scorecard.js';
import { continuedCardEnd } from './continued.js';
import { opensFlatTargets, parseFlatTargets } from './flat-targets.js';
import { opensProjectTargets, parseProjectTargets } from './project-targets.js';
import { readSelfEvaluations, readSummarySentences } from './summary.js';
import { readTargetCoverage } from './targets.js';

export function parsePerformance(lines: TextLine[], regions: Region[], warnings: WarningSink): Record<string, unknown> | undefined {
  const summary: Record<string, unknown> = {};
  readSummarySentences(narrativeLines(lines, regions), summary);
  readTargetCoverage(narrativeSentences(lines, regions), summary);
  const scorecards: Record<string, unknown>[] = [];
  const evaluations: Record<string, unknown>[] = [];
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r]!;
    const targets = region.kind === 'scorecard' ? projectTargetsEnd(lines, regions, r) : undefined;
    if (targets) {
      // One table of all projects (a page's repeated header opens no new card).
      scorecards.push(...(parseProjectTargets(lines, region.start, regions[targets.last]!.end, warnings) ?? []));
      r = targets.last;
      continue;
    }
    if (region.kind === 'selfEvalSummary') {
      const rows = readSelfEvaluations(lines, region.start + 1, region.end, warnings);
      if (rows.length > 0) summary.selfEvaluations = rows;
    } else if (region.kind === 'scorecard') {
      const title = region.title.replace(/\s+/g, '');
      // The card's pages under its title printed again are one card.
      const last = continuedCardEnd(lines, regions, r);
      const end = regions[last]!.end;
      r = last;
      // "部门整体绩效目标申报表" (a budget's, by its form's name) is the same department card.
      const department = /部门整体(?:支出)?绩效(?:自评|目标(?:申报)?)表/.test(title);
      // A 绩效目标表 of 指标名称 | 指标性质 | 指标值 rows (no levels) has its own reader.
      const flat = opensFlatTargets(lines, region.start, end) ? parseFlatTargets(lines, region.start, end, warnings, /部门整体/.test(title)) : undefined;
      const card = flat ?? (department ? parseDepartmentScorecard(lines, region.start, end, warnings, /绩效目标(?:申报)?表/.test(title)) : undefined) ?? parseScorecard(lines, region.start, end, warnings);
      // A 部门整体 card without task rows reads as a project card does, but is the department's.
      if (card && department && card.kind === undefined) card.kind = 'department';
      if (card) scorecards.push(card);
    } else if (region.kind === 'evaluation') {
      // A report's cover page (its title, the department, the date) before the title printed
      // again over its text: no report of its own.
      const next = regions[r + 1];
      if (next?.kind === 'evaluation' && isCover(lines, region.start + 1, region.end)) continue;
      const report = parseEvaluation(lines, region.start, region.end);
      if (report.score === null) {
        const title = lines[region.start]!;
        warnings.add('evaluation-incomplete', { line: title.no, text: title.raw }, { name: String(report.project) });
      }
      evaluations.push(report);
    }
  }
  // The 汇总表 and the text count project cards: the 部门整体 card is none of them.
  reportMissingScorecards(lines, regions, summary, scorecards.filter((c) => c.kind !== 'department').length, warnings);
  if (Object.keys(summary).length === 0 && scorecards.length === 0 && evaluations.length === 0) return undefined;
  const out: Record<string, unknown> = { unit: '万元' };
  if (Object.keys(summary).length > 0) out.summary = summary;
  out.scorecards = scorecards;
  if (evaluations.length > 0) out.evaluations = evaluations;
  return out;
}

/**
 * The 汇总表 lists one row per scorecard, and section 十一 says how many scorecards are
 * attached ("等9个项目的绩效自评表"); fewer printed means pages are missing.
 */
function reportMissingScorecards(
  lines: TextLine[],
  regions: Region[],
  summary: Record<string, unknown>,
  found: number,
  warnings: WarningSink,
): void {
  let promised = Array.isArray(summary.selfEvaluations) ? summary.selfEvaluations.length : 0;
  let at: TextLine | undefined;
  for (const line of narrativeLines(lines, regions)) {
    const match = /等(\d+)个项目的(?:绩效)?自评表/.exec(line.text.replace(/\s+/g, ''));
    if (match && Number(match[1]) > promised) {
      promised = Number(match[1]);
      at = line;
    }
  }
  if (found < promised) {
    warnings.add('scorecards-missing', at ? { line: at.no, text: at.raw } : undefined, { found, promised });
  }
}

/**
 * When scorecard region `r` opens a 项目支出绩效目标表 of all projects (its header within the
 * first lines), the last of the scorecard regions that continue it: those opened only by the
 * header repeated on the next pages.
 */
function projectTargetsEnd(lines: TextLine[], regions: Region[], r: number): { last: number } | undefined {
  const opens = (region: Region, continued: boolean) => opensProjectTargets(lines, region.start, region.end, continued);
  if (!opens(regions[r]!, false)) return undefined;
  let last = r;
  while (regions[last + 1]?.kind === 'scorecard' && regions[last + 1]!.title === '' && opens(regions[last + 1]!, true)) last++;
  return { last };
}

/** Lines with no sentence (no 。), a few short ones at most: a cover page, not a report's text. */
function isCover(lines: TextLine[], from: number, to: number): boolean {
  const text = lines.slice(from, to).filter((line) => line.text.trim() !== '');
  return text.length <= 6 && text.every((line) => !/[。；]/.test(line.text) && line.text.replace(/\s+/g, '').length <= 30);
}
