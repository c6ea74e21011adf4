/**
 * Rule 46: 部门 wording in a 单位 budget (or final account). A unit that publishes its own
 * 单位预算 (上海市福利彩票发行中心's "2026年预算单位财务收支预算总表") is not a department: a
 * "本部门…", "部门预算" or "部门收支总表" left in its text was copied from the department
 * template. An editorial slip, a warning. The document counts as a unit's when its cover says
 * 单位预算/单位决算, or (no cover title read) when its table and 目录 titles name the 单位 level
 * more often than the 部门 level. "部门预算经济分类" (the classification's name) and "主管部门"
 * are not the 部门 level's wording.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { finding, guard } from '../check.js';
import { localized, say } from '../text.js';
import { texts } from './editorial.js';

const INFO: RuleInfo = {
  id: 'R46',
  name: 'department-wording-in-unit-document',
  description: {
    'zh-CN': '单位预算（决算）中不应出现“本部门”“部门预算”等部门口径的用语（多为沿用部门模板，警告）。',
    en: 'A unit’s own budget (or final account) does not speak of itself as a department (“本部门”, “部门预算”): wording copied from the department template (a warning).',
  },
};

/** The 部门 level's wording; not 部门预算经济分类 (a classification) nor 主管部门. */
const DEPARTMENT = /本部门|部门(?:预算|决算)(?!(?:支出)?经济分类)|部门(?:收支|收入|支出|财务|财政拨款)(?:预算|决算)?总?表/;
/** The 单位 level's wording. */
const UNIT = /单位(?:预算|决算)|预算单位(?!构成)|本单位|单位(?:收支|收入|支出|财务)/;

/** Whether the document is a unit's own, not a department's. */
export function isUnitDocument(doc: Disclosure): boolean {
  const title = doc.meta?.title?.replace(/\s+/g, '');
  if (title && /部门(?:预算|决算)/.test(title)) return false;
  if (title && /单位(?:预算|决算)/.test(title)) return true;
  const titles = [
    ...Object.values(doc.tables ?? {}).map((table) => (table as { title?: string } | undefined)?.title),
    ...(doc.meta?.contents ?? []).map((entry) => entry.title),
  ].filter((t): t is string => typeof t === 'string');
  const unit = titles.filter((t) => UNIT.test(t)).length;
  const department = titles.filter((t) => DEPARTMENT.test(t)).length;
  return unit > 0 && unit > department;
}

function check(doc: Disclosure): Finding[] {
  if (!isUnitDocument(doc)) return [];
  const fields: { text: string; field: FieldRef }[] = [
    ...texts(doc),
    ...(doc.meta.contents ?? []).map((entry, i) => ({
      text: entry.title,
      field: entry.source?.line === undefined ? { path: `meta.contents[${i}].title`, label: '目录' } : { path: `meta.contents[${i}].title`, label: '目录', line: entry.source.line },
    })),
  ];
  return fields.flatMap(({ text, field }) => {
    const match = DEPARTMENT.exec(text);
    if (!match) return [];
    const message = localized((lang) =>
      say(
        lang,
        `这是单位预算（决算），但${field.label}“${text}”用了部门口径的“${match[0]}”`,
        `This is a unit’s own document, but ${field.label} “${text}” says “${match[0]}” as a department would`,
      ),
    );
    return [finding({ rule: INFO, cells: [], fields: [field] }, 'warning', null, match[0], message)];
  });
}

export const R46: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
