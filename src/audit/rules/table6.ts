/**
 * Rule 14: 公开06表 基本支出 by economic classification. 表5 基本支出 = 人员经费合计 + 公用经费
 * 合计; each 类 = Σ its 款; 人员经费合计 = 301 + 303 and 公用经费合计 = the other 类 (or, in
 * budgets that split every row, the sums of the split columns); 合计 = both.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { EconomicRow } from '../../schema/tables.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import type { CellRef } from '../../model/provenance.js';
import { economicCell, functionCell, summaryCell, sumSentence, tableUnit } from '../cells.js';
import { checkSum, guard } from '../check.js';
import type { AuditContext } from '../row-index.js';
import { compareSides, side, sumSide } from './cross-tables.js';

const INFO: RuleInfo = {
  id: 'R14',
  name: 'table6-basic-expenditure',
  description: {
    'zh-CN': '公开05表基本支出 = 公开06表人员经费合计 + 公用经费合计；公开06表每类 = 其款之和，人员经费 = 301 + 303，公用经费 = 其余各类。',
    en: 'Table 5 基本支出 equals table 6 人员经费合计 + 公用经费合计; in table 6 each 类 equals the sum of its 款, 人员经费 = 301 + 303 and 公用经费 = the other 类.',
  },
};

/** 人员经费 = 工资福利支出 + 对个人和家庭的补助; every other 类 is 公用经费. */
const PERSONNEL_CLASSES = new Set(['301', '303']);

type Column = 'amount' | 'personnel' | 'public';

function message(doc: Disclosure, cell: CellRef, zh: string, en: string) {
  return sumSentence(doc, cell, { zh, en });
}

function check(doc: Disclosure, context: AuditContext): Finding[] {
  const t6 = doc.tables.t6;
  if (!t6) return [];
  const unit = tableUnit(doc, 't6');
  const { personnel, public: publicTotal, total } = t6.totals;
  const out: Finding[] = [];

  const basic = doc.tables.t5?.total;
  if (basic && (personnel || publicTotal)) {
    const parts = [
      personnel && { value: personnel.amount, cell: summaryCell('t6', personnel, 'personnel') },
      publicTotal && { value: publicTotal.amount, cell: summaryCell('t6', publicTotal, 'public') },
    ].filter((part) => !!part);
    out.push(...compareSides(INFO, side(doc, 't5', basic.values.basic, functionCell('t5', basic, 'basic')), sumSide(doc, 't6', parts)));
  }

  const index = context.index(t6.rows);
  const classes = index.children.get('') ?? [];
  const split = t6.rows.some((row) => row.personnel !== undefined || row.public !== undefined);
  const columns: Column[] = split ? ['amount', 'personnel', 'public'] : ['amount'];
  for (const parent of classes) {
    const items = index.children.get(parent.code) ?? [];
    if (items.length === 0) continue;
    for (const column of columns) {
      const cell = economicCell(parent, column);
      out.push(
        ...checkSum(
          { rule: INFO, cells: [cell], unit, message: message(doc, cell, '其款合计', 'its 款 rows') },
          parent[column],
          items.map((item) => ({ value: item[column], cell: economicCell(item, column) })),
        ),
      );
    }
  }

  const classTerms = (rows: readonly EconomicRow[], column: Column) =>
    rows.map((row) => ({ value: row[column], cell: economicCell(row, column) }));
  const groups = [
    { line: personnel, key: 'personnel', column: 'personnel' as const, personnelClass: true, zh: '301、303 两类之和', en: 'classes 301 and 303' },
    { line: publicTotal, key: 'public', column: 'public' as const, personnelClass: false, zh: '其余各类之和', en: 'the other classes' },
  ];
  for (const group of groups) {
    if (!group.line) continue;
    const cell = summaryCell('t6', group.line, group.key);
    const terms = split
      ? classTerms(classes, group.column)
      : classTerms(classes.filter((row) => PERSONNEL_CLASSES.has(row.code) === group.personnelClass), 'amount');
    out.push(...checkSum({ rule: INFO, cells: [cell], unit, message: message(doc, cell, group.zh, group.en) }, group.line.amount, terms));
  }

  if (total && (personnel || publicTotal)) {
    const cell = summaryCell('t6', total, 'total');
    const parts = [
      personnel && { value: personnel.amount, cell: summaryCell('t6', personnel, 'personnel') },
      publicTotal && { value: publicTotal.amount, cell: summaryCell('t6', publicTotal, 'public') },
    ].filter((part) => !!part);
    out.push(...checkSum({ rule: INFO, cells: [cell], unit, message: message(doc, cell, '人员经费与公用经费之和', '人员经费 and 公用经费') }, total.amount, parts));
  }
  return out;
}

export const R14: Rule = { ...INFO, check: (doc, context) => guard(INFO, () => check(doc, context)) };
