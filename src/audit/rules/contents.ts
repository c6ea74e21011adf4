/**
 * Rule 42: the 目录 against the body. A table the 目录 (or a list of tables) promises that the
 * body does not print — a page left out, or a 目录 copied from another document — and a table
 * the body prints that the 目录 leaves out. Both are named by their national number and the
 * title the 目录 prints (or the body's). A warning: the parser may not have found a table
 * printed in a layout it cannot read yet. Rule 37 leaves the tables named here to this rule,
 * so one missing table gives one finding. The same for the 目录's sections (`meta.sections`,
 * the parser's match of each entry against the body's headings, rewordings allowed): a
 * section listed but not printed, and a part (第X部分) printed but not listed.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { TableId } from '../../schema/primitives.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { tableCell } from '../cells.js';
import { finding, guard } from '../check.js';
import { standardTableName } from '../../format/messages.js';
import { localized, say } from '../text.js';

const INFO: RuleInfo = {
  id: 'R42',
  name: 'contents-match-body',
  description: {
    'zh-CN': '目录与正文一致：目录列出的表和章节正文都有，正文的表和“第X部分”目录都列出（按部门决算、部门预算各自的九张表）。',
    en: 'The 目录 matches the body: every table and section it lists is printed, and every table and part (第X部分) printed is listed (the nine tables of a 决算 or a 预算).',
  },
};

const TABLES: readonly TableId[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];

/** The tables the 目录 lists, when it lists any. */
export function listedTables(doc: Disclosure): Map<TableId, { title: string; line?: number }> {
  return new Map((doc.meta?.contents ?? []).map((entry) => [entry.table, { title: entry.title, line: entry.source?.line }]));
}

function check(doc: Disclosure): Finding[] {
  const listed = listedTables(doc);
  // With no table at all the body was not read (a 情况说明 published apart from its 报表).
  if (!TABLES.some((id) => doc.tables?.[id] !== undefined)) return [];
  if (listed.size === 0) return sections(doc);
  const kind = doc.meta.kind === 'budget' ? { zh: '部门预算', en: 'budget' } : { zh: '部门决算', en: 'final account' };
  const out: Finding[] = [];
  for (const id of TABLES) {
    const entry = listed.get(id);
    const table = doc.tables[id];
    if (entry && !table) {
      const message = localized((lang) =>
        say(
          lang,
          `目录列有“${entry.title}”（${standardTableName(id, 'zh-CN')}），正文中没有找到此表（${kind.zh}）`,
          `The 目录 lists “${entry.title}” (${standardTableName(id, 'en')}), but the body does not print it (${kind.en})`,
        ),
      );
      const field = entry.line === undefined ? { path: 'meta.contents', label: '目录' } : { path: 'meta.contents', label: '目录', line: entry.line };
      out.push(finding({ rule: INFO, cells: [], fields: [field] }, 'warning', entry.title, null, message));
    } else if (table && !entry) {
      const message = localized((lang) =>
        say(
          lang,
          `正文有${standardTableName(id, 'zh-CN')}“${table.title}”，目录中没有列出`,
          `The body prints ${standardTableName(id, 'en')} “${table.title}”, but the 目录 does not list it`,
        ),
      );
      out.push(finding({ rule: INFO, cells: [tableCell(id, table)], fields: [{ path: 'meta.contents', label: '目录' }] }, 'warning', null, table.title, message));
    }
  }
  out.push(...sections(doc));
  return out;
}

/** The 目录's sections against the body's headings, as the parser matched them. */
function sections(doc: Disclosure): Finding[] {
  return (doc.meta?.sections ?? []).flatMap((section, i) => {
    if (section.listed === section.printed) return [];
    const line = section.source?.line;
    const path = `meta.sections[${i}]`;
    const field = line === undefined ? { path, label: '目录' } : { path, label: '目录', line };
    const message = localized((lang) =>
      section.listed
        ? say(lang, `目录列有“${section.title}”，正文中没有找到这一部分`, `The 目录 lists “${section.title}”, but the body prints no such heading`)
        : say(lang, `正文有“${section.title}”，目录中没有列出`, `The body prints “${section.title}”, but the 目录 does not list it`),
    );
    return [finding({ rule: INFO, cells: [], fields: [field] }, 'warning', section.listed ? section.title : null, section.printed ? section.title : null, message)];
  });
}

export const R42: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
