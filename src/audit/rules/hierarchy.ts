/**
 * Rule 8: in the function-classification tables (表2, 3, 5, 8, 9), for every column,
 * 类 = Σ its 款, 款 = Σ its 项 (children found by code prefix, never by name) and
 * 合计 = Σ 类. A 类 printed without any 款 has nothing to check. Children come from the
 * run's row index (row-index.ts): one pass per table, not one scan per 类 and 款.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { FunctionTableId } from '../../schema/tables.js';
import { FUNCTION_TABLE_COLUMNS } from '../../schema/tables.js';
import type { Source } from '../../schema/primitives.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { functionCell, sumSentence, tableName, tableUnit } from '../cells.js';
import { checkSum, guard } from '../check.js';
import type { AuditContext } from '../row-index.js';

export const FUNCTION_TABLES: readonly FunctionTableId[] = ['t2', 't3', 't5', 't8', 't9'];

const INFO: RuleInfo = {
  id: 'R08',
  name: 'function-hierarchy',
  description: {
    'zh-CN': '公开02、03、05、08、09表每一栏：类 = 其款之和，款 = 其项之和，合计 = 各类之和（按科目编码归属）。',
    en: 'Tables 2, 3, 5, 8 and 9, every column: each 类 equals the sum of its 款, each 款 the sum of its 项 (by code prefix), and 合计 the sum of the 类.',
  },
};

interface Row {
  code?: string;
  name: string;
  values: Record<string, number | null | undefined>;
  source?: Source;
}

const CHILD_WORD = { 3: ['其款合计', 'its 款 rows'], 5: ['其项合计', 'its 项 rows'], 0: ['各类合计', 'the 类 rows'] } as const;

function checkTable(doc: Disclosure, id: FunctionTableId, context: AuditContext): Finding[] {
  const table = doc.tables[id];
  if (!table) return [];
  const index = context.index(table.rows as unknown as Row[]);
  const columns = FUNCTION_TABLE_COLUMNS[id];
  const parents: { row: Row; length: 0 | 3 | 5 }[] = [];
  if (table.total) parents.push({ row: table.total as unknown as Row, length: 0 });
  for (const row of index.parents) parents.push({ row, length: row.code!.length as 3 | 5 });
  const out: Finding[] = [];
  for (const { row: parent, length } of parents) {
    const children = index.children.get(length === 0 ? '' : parent.code!) ?? [];
    if (children.length === 0) continue;
    const [zh, en] = CHILD_WORD[length];
    for (const column of columns) {
      const cell = functionCell(id, parent, column);
      out.push(
        ...checkSum(
          {
            rule: INFO,
            cells: [cell],
            unit: tableUnit(doc, id),
            message: sumSentence(doc, cell, { zh, en }),
          },
          parent.values?.[column],
          children.map((child) => ({ value: child.values?.[column], cell: () => functionCell(id, child, column) })),
        ),
      );
    }
  }
  return out;
}

export const R08: Rule = {
  ...INFO,
  check: (doc, context) =>
    FUNCTION_TABLES.flatMap((id) => guard(INFO, () => checkTable(doc, id, context), (lang) => tableName(doc, id, lang))),
};
