/**
 * Rule 37: the document has every table it must publish. A 部门决算 and a 部门预算 both
 * publish the nine tables of the national format (an empty fund table is printed empty, with
 * its note, never left out). A table the parser did not find may be there under a layout it
 * cannot read yet, and some regional templates leave a table out, so a missing table is a
 * warning, never an error. A document with no table at all (a 情况说明 published apart from
 * its 报表) is not said to lack each of them: the parse already reports it.
 *
 * A table the 目录 lists is left to rule 42 (the 目录 against the body), which names it as
 * the 目录 prints it: one missing table, one finding. Sections are not compared: the
 * parser's `section-absent` warnings still miss headings the body words slightly differently
 * ("2022 年度部门工作任务" for the 目录's "2022 年部门工作任务").
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { TableId } from '../../schema/primitives.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { finding, guard } from '../check.js';
import { standardTableName } from '../../format/messages.js';
import { localized, say } from '../text.js';
import { listedTables } from './contents.js';

const INFO: RuleInfo = {
  id: 'R37',
  name: 'document-complete',
  description: {
    'zh-CN': '文件完整：部门决算和部门预算都应公开全部九张表（没有数据的表也应公开空表并说明）。',
    en: 'The document is complete: a 决算 and a 预算 both publish all nine tables (a table with no data is published empty, with its note).',
  },
};

const TABLES: readonly TableId[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];

/** National titles, for naming a table the document does not print. */
const TITLES: Record<'final' | 'budget', Record<TableId, string>> = {
  final: {
    t1: '收入支出决算总表', t2: '收入决算表', t3: '支出决算表', t4: '财政拨款收入支出决算总表', t5: '一般公共预算财政拨款支出决算表',
    t6: '一般公共预算财政拨款基本支出决算表', t7: '“三公”经费支出决算表', t8: '政府性基金预算财政拨款收入支出决算表', t9: '国有资本经营预算财政拨款支出决算表',
  },
  budget: {
    t1: '部门收支总表', t2: '部门收入总表', t3: '部门支出总表', t4: '财政拨款收支总表', t5: '一般公共预算支出表',
    t6: '一般公共预算基本支出表', t7: '“三公”经费支出表', t8: '政府性基金预算支出表', t9: '国有资本经营预算支出表',
  },
};

function check(doc: Disclosure): Finding[] {
  const kind = doc.meta?.kind === 'budget' ? 'budget' : 'final';
  const out: Finding[] = [];
  if (!TABLES.some((id) => doc.tables?.[id] !== undefined)) return out;
  const listed = listedTables(doc);
  for (const id of TABLES) {
    if (doc.tables?.[id] !== undefined || listed.has(id)) continue;
    const title = TITLES[kind][id];
    const message = localized((lang) =>
      say(
        lang,
        `没有找到${standardTableName(id, 'zh-CN')}（${title}）：${kind === 'final' ? '部门决算' : '部门预算'}应公开此表（无数据时应公开空表并说明）`,
        `${standardTableName(id, 'en')} (${title}) was not found: a ${kind === 'final' ? 'final account' : 'budget'} publishes it (empty, with a note, when there is no data)`,
      ),
    );
    out.push(finding({ rule: INFO, cells: [], fields: [{ path: `tables.${id}`, label: title }] }, 'warning', title, null, message));
  }
  return out;
}

export const R37: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
