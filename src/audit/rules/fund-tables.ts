/**
 * Rules 30 and 31: the 政府性基金 (表8) and 国有资本经营 (表9) tables when a department has no
 * such money. A table printed empty must say why ("本部门没有政府性基金预算财政拨款收入，故
 * 本表无数据"), and the sentence must be about that table's fund, not the other's (a copied
 * note is a real published slip) — R30, a warning. And when 表4 prints no 政府性基金 (or 国
 * 有资本经营) money at all, the fund's own table must be empty too — R31, an error.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { FiscalLine, FunctionTableId } from '../../schema/tables.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { functionCell, tableCell, tableName } from '../cells.js';
import { finding, guard, isNumber } from '../check.js';
import { localized, num, say } from '../text.js';

const FUNDS = [
  { table: 't8', column: 'governmentFund', word: '政府性基金', other: '国有资本经营' },
  { table: 't9', column: 'stateCapital', word: '国有资本经营', other: '政府性基金' },
] as const;

type Fund = (typeof FUNDS)[number];

interface Row {
  code?: string;
  name: string;
  values: Record<string, number | null | undefined>;
  source?: { line?: number };
}

function rowsOf(doc: Disclosure, id: FunctionTableId): Row[] {
  const table = doc.tables[id];
  return table ? ([...(table.total ? [table.total] : []), ...table.rows] as unknown as Row[]) : [];
}

/** The first printed nonzero amount of a fund table, with its column; undefined when it is empty. */
function firstAmount(doc: Disclosure, id: FunctionTableId): { row: Row; column: string; value: number } | undefined {
  for (const row of rowsOf(doc, id)) {
    for (const [column, value] of Object.entries(row.values ?? {})) {
      if (isNumber(value) && value !== 0) return { row, column, value };
    }
  }
  return undefined;
}

const NONE = /没有|无|未|不涉及|为0|为零|空表/;

/**
 * The sentence that explains an empty table: "本部门没有政府性基金…" names the fund; a note
 * printed under the table itself may instead say "本表本年无发生额" / "本表无数据".
 */
function explains(text: string, word: string, own: boolean): boolean {
  return NONE.test(text) && (text.includes(word) || (own && /本表/.test(text)));
}

const R30_INFO: RuleInfo = {
  id: 'R30',
  name: 'empty-fund-table-note',
  description: {
    'zh-CN': '空的政府性基金表（公开08表）或国有资本经营表（公开09表）须说明原因（如“本部门没有政府性基金收支，故本表无数据”），且说明须针对本表的资金，而不是另一张表的。',
    en: 'An empty 政府性基金 table (table 8) or 国有资本经营 table (table 9) carries its explanation (“本部门没有…，故本表无数据”), and the note is about that table’s fund, not the other one’s.',
  },
};

function noteOf(doc: Disclosure, fund: Fund): Finding[] {
  const table = doc.tables[fund.table];
  if (!table || firstAmount(doc, fund.table)) return [];
  const own = [table.emptyReason, table.note].filter((text): text is string => typeof text === 'string' && text !== '');
  const narrative = (doc.narrative?.notes ?? []).filter((text) => typeof text === 'string');
  const where = (lang: 'zh-CN' | 'en') => tableName(doc, fund.table, lang);
  const wrong = own.find((text) => text.includes(fund.other) && !text.includes(fund.word));
  if (!wrong && (own.some((text) => explains(text, fund.word, true)) || narrative.some((text) => explains(text, fund.word, false)))) return [];
  const message = localized((lang) =>
    wrong
      ? say(lang, `${where(lang)}是空表，但其说明讲的是${fund.other}：“${wrong}”`, `${where(lang)} is empty, but its note is about ${fund.other}: “${wrong}”`)
      : say(
          lang,
          `${where(lang)}是空表，但没有说明原因（应写明本部门没有${fund.word}预算财政拨款收支）`,
          `${where(lang)} is empty with no explanation (it should say the department has no ${fund.word} money)`,
        ),
  );
  return [finding({ rule: R30_INFO, cells: [tableCell(fund.table, table)] }, 'warning', wrong ? fund.word : '说明', wrong ?? null, message)];
}

export const R30: Rule = {
  ...R30_INFO,
  check: (doc) => FUNDS.flatMap((fund) => guard(R30_INFO, () => noteOf(doc, fund), (lang) => tableName(doc, fund.table, lang))),
};

const R31_INFO: RuleInfo = {
  id: 'R31',
  name: 'fund-table-without-table4-money',
  description: {
    'zh-CN': '公开04表没有政府性基金（或国有资本经营）财政拨款时，公开08表（或公开09表）应为空表。',
    en: 'When table 4 shows no 政府性基金 (or 国有资本经营) money, table 8 (or table 9) is empty.',
  },
};

function fundWithoutMoney(doc: Disclosure, fund: Fund): Finding[] {
  const t4 = doc.tables.t4;
  if (!t4 || !doc.tables[fund.table]) return [];
  const lines: FiscalLine[] = [...t4.expenditure, ...[t4.totals.expenditureTotal, t4.totals.expenditureGrandTotal].filter((l): l is FiscalLine => !!l)];
  const incomeKind = fund.column;
  const printed = [
    ...lines.map((line) => line.amounts[fund.column]),
    ...t4.income.filter((line) => line.kind === incomeKind).map((line) => line.amount),
  ];
  // Only a 表4 that prints the fund's column (blank or 0) says "no such money"; a column the
  // document (or the parser) does not have says nothing.
  if (!printed.some((value) => value !== undefined) || printed.some((value) => isNumber(value) && value !== 0)) return [];
  const found = firstAmount(doc, fund.table);
  if (!found) return [];
  const cell = functionCell(fund.table, found.row as never, found.column);
  const message = localized((lang) =>
    say(
      lang,
      `${tableName(doc, 't4', lang)}没有${fund.word}财政拨款，但${tableName(doc, fund.table, lang)}列有金额（${found.row.name} ${num(found.value, lang)}）`,
      `${tableName(doc, 't4', lang)} shows no ${fund.word} money, but ${tableName(doc, fund.table, lang)} prints amounts (${found.row.name} ${num(found.value, lang)})`,
    ),
  );
  return [finding({ rule: R31_INFO, cells: [cell] }, 'error', 0, found.value, message)];
}

export const R31: Rule = {
  ...R31_INFO,
  check: (doc) => FUNDS.flatMap((fund) => guard(R31_INFO, () => fundWithoutMoney(doc, fund), (lang) => tableName(doc, fund.table, lang))),
};
