/**
 * Rule 47: a 预算's projects carry 绩效目标. Every project of a budget is to have 绩效目标
 * (预算绩效管理); the 情况说明 says how many projects do and how much money they cover
 * (`performance.summary.targetProjects` / `targetFunds`). When 表3 budgets 项目支出 but the
 * text says no project has 绩效目标 ("2019年本部门共 0 个项目实行绩效目标管理"), or the
 * money with 绩效目标 is more than the whole 项目支出 of 表3, the two do not fit. Warnings: the
 * text may count a different set of projects (one fund source, the key projects only).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { cellName, functionCell, tableUnit } from '../cells.js';
import { finding, guard, isNumber } from '../check.js';
import { amountVerdict, clean, coarserUnit, inUnit } from '../tolerance.js';
import { localized, num, say } from '../text.js';

const INFO: RuleInfo = {
  id: 'R47',
  name: 'budget-performance-targets',
  description: {
    'zh-CN': '预算：公开03表有项目支出时，情况说明所称编报绩效目标的项目不为 0 个，且其涉及的资金不超过项目支出合计（警告）。',
    en: 'Budgets: when table 3 budgets 项目支出, the text does not say that 0 projects have 绩效目标, and the money it says they cover is no more than the 项目支出 total (warnings).',
  },
};

function check(doc: Disclosure): Finding[] {
  const summary = doc.performance?.summary;
  const row = doc.tables?.t3?.total;
  const project = row?.values.project;
  if (doc.meta?.kind !== 'budget' || !summary || !row || !isNumber(project)) return [];
  const cell = functionCell('t3', row, 'project');
  const line = summary.source?.line;
  const field = (key: string, label: string) => (line === undefined ? { path: `performance.summary.${key}`, label } : { path: `performance.summary.${key}`, label, line });
  const out: Finding[] = [];
  const tableUnitOf = tableUnit(doc, 't3');
  if (summary.targetProjects === 0 && project > 0) {
    const message = localized((lang) =>
      say(
        lang,
        `${cellName(doc, cell, lang)} = ${num(project, lang)}，但情况说明称编报绩效目标的项目为 0 个`,
        `${cellName(doc, cell, lang)} = ${num(project, lang)}, but the text says no project has 绩效目标 (0 projects)`,
      ),
    );
    out.push(finding({ rule: INFO, cells: [cell], fields: [field('targetProjects', '编报绩效目标的项目数')] }, 'warning', null, 0, message));
  }
  const funds = summary.targetFunds;
  if (isNumber(funds)) {
    const unit = coarserUnit(doc.performance?.unit ?? '万元', tableUnitOf);
    const covered = inUnit(funds, doc.performance?.unit ?? '万元', unit)!;
    const whole = inUnit(project, tableUnitOf, unit)!;
    if (covered > whole && amountVerdict(covered - whole, 2, unit) === 'error') {
      const message = localized((lang) =>
        say(
          lang,
          `情况说明称编报绩效目标的项目涉及资金 ${num(covered, lang)}，超过${cellName(doc, cell, lang)} = ${num(whole, lang)}`,
          `The text says the projects with 绩效目标 cover ${num(covered, lang)}, more than ${cellName(doc, cell, lang)} = ${num(whole, lang)}`,
        ),
      );
      out.push(finding({ rule: INFO, cells: [cell], fields: [field('targetFunds', '绩效目标涉及资金')] }, 'warning', clean(whole), clean(covered), message));
    }
  }
  return out;
}

export const R47: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
