/**
 * Rule 47: a 预算's projects carry 绩效目标. Every project of a budget is to have 绩效目标
 * (预算绩效管理); the 情况说明 says how many projects do and how much money they cover
 * (`performance.summary.targetProjects` / `targetFunds`). When 表3 (or, a 表3 not read by
 * rows, the text) budgets 项目支出 but the
 * text says no project has 绩效目标 ("2019年本部门共 0 个项目实行绩效目标管理"), or the
 * money with 绩效目标 is more than the whole 项目支出 of 表3, the two do not fit. Warnings: the
 * text may count a different set of projects (one fund source, the key projects only).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { Unit } from '../../schema/primitives.js';
import type { CellRef } from '../../model/provenance.js';
import type { Lang } from '../../format/messages.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { cellName, functionCell, tableUnit } from '../cells.js';
import { finding, guard, isNumber } from '../check.js';
import { amountVerdict, clean, coarserUnit, inUnit } from '../tolerance.js';
import { localized, num, say } from '../text.js';
import { narrativeUnit } from './narrative-amounts.js';

const INFO: RuleInfo = {
  id: 'R47',
  name: 'budget-performance-targets',
  description: {
    'zh-CN': '预算：公开03表有项目支出时，情况说明所称编报绩效目标的项目不为 0 个，且其涉及的资金不超过项目支出合计（警告）。',
    en: 'Budgets: when table 3 budgets 项目支出, the text does not say that 0 projects have 绩效目标, and the money it says they cover is no more than the 项目支出 total (warnings).',
  },
};

/**
 * The whole 项目支出: 表3's 合计, or (a 表3 the parser could not read by rows) the department's
 * 项目支出 the text quotes ("项目支出预算数为4335.3万元", not a fund's part).
 */
function projectSpending(doc: Disclosure): { value: number; unit: Unit; cells: CellRef[]; fields: FieldRef[]; name: (lang: Lang) => string } | undefined {
  const row = doc.tables?.t3?.total;
  if (row && isNumber(row.values.project)) {
    const cell = functionCell('t3', row, 'project');
    return { value: row.values.project, unit: tableUnit(doc, 't3'), cells: [cell], fields: [], name: (lang) => cellName(doc, cell, lang) };
  }
  const comparisons = doc.narrative?.comparisons ?? [];
  const i = comparisons.findIndex((c) => c.subject === 'projectExpenditure' && !/财政拨款|一般公共预算|政府性基金/.test(c.label) && isNumber(c.current));
  if (i < 0) return undefined;
  const c = comparisons[i]!;
  const line = c.source?.line;
  const path = `narrative.comparisons[${i}].current`;
  return {
    value: c.current as number,
    unit: narrativeUnit(doc),
    cells: [],
    fields: [line === undefined ? { path, label: c.label } : { path, label: c.label, line }],
    name: (lang) => say(lang, `情况说明“${c.label}”`, `the text’s “${c.label}”`),
  };
}

function check(doc: Disclosure): Finding[] {
  const summary = doc.performance?.summary;
  if (doc.meta?.kind !== 'budget' || !summary) return [];
  const project = projectSpending(doc);
  if (!project) return [];
  const line = summary.source?.line;
  const field = (key: string, label: string) => (line === undefined ? { path: `performance.summary.${key}`, label } : { path: `performance.summary.${key}`, label, line });
  const out: Finding[] = [];
  if (summary.targetProjects === 0 && project.value > 0) {
    const message = localized((lang) =>
      say(
        lang,
        `${project.name(lang)} = ${num(project.value, lang)}，但情况说明称编报绩效目标的项目为 0 个`,
        `${project.name(lang)} = ${num(project.value, lang)}, but the text says no project has 绩效目标 (0 projects)`,
      ),
    );
    const fields = [field('targetProjects', '编报绩效目标的项目数'), ...project.fields];
    out.push(finding({ rule: INFO, cells: project.cells, fields }, 'warning', null, 0, message));
  }
  const funds = summary.targetFunds;
  if (isNumber(funds)) {
    const unit = coarserUnit(doc.performance?.unit ?? '万元', project.unit);
    const covered = inUnit(funds, doc.performance?.unit ?? '万元', unit)!;
    const whole = inUnit(project.value, project.unit, unit)!;
    if (covered > whole && amountVerdict(covered - whole, 2, unit) === 'error') {
      const message = localized((lang) =>
        say(
          lang,
          `情况说明称编报绩效目标的项目涉及资金 ${num(covered, lang)}，超过${project.name(lang)} = ${num(whole, lang)}`,
          `The text says the projects with 绩效目标 cover ${num(covered, lang)}, more than ${project.name(lang)} = ${num(whole, lang)}`,
        ),
      );
      const fields = [field('targetFunds', '绩效目标涉及资金'), ...project.fields];
      out.push(finding({ rule: INFO, cells: project.cells, fields }, 'warning', clean(whole), clean(covered), message));
    }
  }
  return out;
}

export const R47: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
