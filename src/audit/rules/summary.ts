/**
 * Rule 27: the 项目支出绩效自评汇总表 and the summary of section 十一 agree with the
 * scorecards: each listed project's score and grade, the count per grade, the number of
 * projects. Projects listed without a printed scorecard are not compared (documents attach
 * only some of them).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { finding, guard, isNumber } from '../check.js';
import { SCORE_UNIT, amountVerdict } from '../tolerance.js';
import { localized, num, say } from '../text.js';
import { isolate } from '../../format/bidi.js';
import { FOUR_GRADES, gradeOf } from './scorecard.js';

const INFO: RuleInfo = {
  id: 'R27',
  name: 'performance-summary',
  description: {
    'zh-CN': '绩效自评汇总表与各项目自评表一致（得分、等级）；各等级项目数与项目总数与汇总表一致。',
    en: 'The self-evaluation summary agrees with each scorecard (score, grade), and the counts per grade and of projects agree with the list.',
  },
};

/** Names are matched ignoring spaces and quote marks, which the PDF extraction moves about. */
function key(name: string): string {
  return name.replace(/[\s"'“”‘’「」]/g, '');
}

function field(path: string, label: string, line?: number): FieldRef {
  return line === undefined ? { path, label } : { path, label, line };
}

function check(doc: Disclosure): Finding[] {
  const summary = doc.performance?.summary;
  if (!summary) return [];
  const cards = doc.performance?.scorecards ?? [];
  const out: Finding[] = [];
  const list = summary.selfEvaluations ?? [];

  // The scorecards of each name in print order, built once rather than searched per entry: the
  // n-th listed project of a name is compared with the n-th scorecard of that name.
  const cardsByName = new Map<string, number[]>();
  cards.forEach((card, k) => {
    const name = key(card.name);
    cardsByName.set(name, [...(cardsByName.get(name) ?? []), k]);
  });
  const seen = new Map<string, number>();
  list.forEach((entry, j) => {
    const name = key(entry.name);
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    const same = cardsByName.get(name);
    const k = same ? (same[n] ?? same[0]!) : -1;
    if (k < 0) return;
    const card = cards[k]!;
    const path = `performance.summary.selfEvaluations[${j}]`;
    const line = entry.source?.line;
    if (isNumber(entry.score) && isNumber(card.totalScore)) {
      const verdict = amountVerdict(entry.score - card.totalScore, 1, SCORE_UNIT);
      if (verdict !== 'ok') {
        const message = localized((lang) =>
          say(
            lang,
            `汇总表中“${isolate(entry.name)}”自评得分为 ${num(entry.score, lang)}，但其自评表总分为 ${num(card.totalScore, lang)}`,
            `The summary gives “${isolate(entry.name)}” ${num(entry.score, lang)}, but its scorecard totals ${num(card.totalScore, lang)}`,
          ),
        );
        const fields = [field(`${path}.score`, `${isolate(entry.name)} 自评得分`, line), field(`performance.scorecards[${k}].totalScore`, '总分 得分')];
        out.push(finding({ rule: INFO, cells: [], fields, scorecard: k }, verdict, card.totalScore, entry.score, message));
      }
    }
    if (entry.grade && card.grade && entry.grade !== card.grade) {
      const message = localized((lang) =>
        say(
          lang,
          `汇总表中“${isolate(entry.name)}”自评等级为“${entry.grade}”，但其自评表为“${card.grade}”`,
          `The summary grades “${isolate(entry.name)}” “${entry.grade}”, but its scorecard says “${card.grade}”`,
        ),
      );
      const fields = [field(`${path}.grade`, `${isolate(entry.name)} 自评等级`, line), field(`performance.scorecards[${k}].grade`, '等级')];
      out.push(finding({ rule: INFO, cells: [], fields, scorecard: k }, 'error', card.grade, entry.grade, message));
    }
  });

  // Counts come from the list when there is one, else from the scorecards' grades.
  const grades: string[] = list.length > 0
    ? list.flatMap((entry) => (entry.grade ? [entry.grade] : isNumber(entry.score) ? [gradeOf(entry.score)] : []))
    : cards.flatMap((card) => (card.grade ? [card.grade] : isNumber(card.totalScore) ? [gradeOf(card.totalScore)] : []));
  if (grades.length > 0) {
    for (const [grade, count] of Object.entries(summary.gradeCounts ?? {})) {
      if (!isNumber(count)) continue;
      if (!FOUR_GRADES.has(grade) && !grades.includes(grade)) continue;
      const counted = grades.filter((g) => g === grade).length;
      if (counted === count) continue;
      const message = localized((lang) =>
        say(
          lang,
          `绩效说明称自评等级为“${grade}”的项目 ${count} 个，但${list.length > 0 ? '汇总表' : '自评表'}中有 ${counted} 个`,
          `The text counts ${count} projects graded “${grade}”, but the ${list.length > 0 ? 'summary table lists' : 'scorecards show'} ${counted}`,
        ),
      );
      const fields = [field(`performance.summary.gradeCounts.${grade}`, `自评等级为${grade}的项目数`, summary.source?.line)];
      out.push(finding({ rule: INFO, cells: [], fields }, 'error', counted, count, message));
    }
  }

  if (isNumber(summary.projectCount) && list.length > 0 && summary.projectCount !== list.length) {
    const message = localized((lang) =>
      say(
        lang,
        `绩效说明称涵盖项目 ${summary.projectCount} 个，但汇总表列出 ${list.length} 个`,
        `The text covers ${summary.projectCount} projects, but the summary table lists ${list.length}`,
      ),
    );
    const fields = [field('performance.summary.projectCount', '涵盖项目数', summary.source?.line)];
    out.push(finding({ rule: INFO, cells: [], fields }, 'error', list.length, summary.projectCount, message));
  }
  return out;
}

export const R27: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
