/**
 * Tables kept as printed: what the nine typed tables have no place for. Real documents print
 * more than the national nine — 政府采购 lists, 基本支出 and 项目支出 tables by unit and by
 * fund, 绩效目标 amounts, a second copy of a table by unit — and typed tables carry columns the
 * schema has no key for (表2's 一般公共预算 / 政府性基金 / 国有资本经营 split). Rather than
 * lose them, the parser keeps each as a grid: header paths × row labels × the printed numbers.
 * Nothing here is interpreted (no column is known to be money, no row to be a total), so no
 * widget draws it as a chart and the audit does not add it up; `<disclosure-report>` lists it.
 */
import * as v from 'valibot';
import { MAX_AMOUNT, Name, Source, TableId, Text, Unit, describe } from './primitives.js';

/** A number as printed (a change or a count may be negative or whole); null for a blank cell. */
const PrintedNumber = describe(
  v.nullable(v.pipe(v.number(), v.finite(), v.minValue(-MAX_AMOUNT), v.maxValue(MAX_AMOUNT))),
  'A number as printed, in the table unit for money columns (the column path says what it is); null for a blank or unreadable cell (blank is not 0).',
);

export const OtherColumn = v.strictObject({
  path: describe(
    v.pipe(v.array(Name), v.maxLength(8)),
    'The header cells over the column, top first: ["财政拨款", "一般公共预算拨款"]. Empty when no header was printed over it.',
  ),
});

export const OtherRow = v.strictObject({
  code: v.optional(describe(v.pipe(v.string(), v.regex(/^\d{3,12}$/)), 'A code printed at the start of the row (功能分类, 经济分类 or 单位编码).')),
  name: describe(Name, 'The row label as printed (its text cells joined); may be empty.'),
  values: describe(v.array(PrintedNumber), 'One number (or null) per column of `columns`, in the same order.'),
  source: v.optional(Source),
});

export const OtherTable = v.pipe(
  v.strictObject({
    title: describe(Name, 'The table title as printed.'),
    label: v.optional(describe(Name, 'The printed table label, e.g. 表11 or 预算表12.')),
    reason: describe(
      v.picklist(['untyped', 'duplicate', 'unmapped-columns', 'read-with-loss', 'unit-rows']),
      'Why it is kept here: untyped (none of the nine tables: 政府采购, tables by unit or by fund …), duplicate (a second table of a kind already read, e.g. the same table for one unit; `of` names the kind), unmapped-columns (the columns of the typed table `of` that no schema key took), read-with-loss (the typed table `of` could not be read completely: the whole table as printed, beside what was read), unit-rows (the typed table `of` also prints rows by unit, which its schema does not hold: the whole table as printed).',
    ),
    of: v.optional(describe(TableId, 'The typed table (t1 … t9) these numbers belong to (unmapped-columns, read-with-loss), or the kind a duplicate reads like.')),
    unit: Unit,
    note: v.optional(describe(Text, 'The 注 printed under the table.')),
    columns: describe(v.array(OtherColumn), 'The number columns, left to right.'),
    rows: describe(v.array(OtherRow), 'The rows that print at least one number, top to bottom.'),
    source: v.optional(Source),
  }),
  v.check(
    (table) => table.rows.every((row) => row.values.length === table.columns.length),
    'Every row has one value per column.',
  ),
);

export const OtherTables = describe(
  v.array(OtherTable),
  'Tables (and columns of typed tables) the nine tables have no place for, kept as printed: header paths × row labels × numbers. Not interpreted: not drawn as charts and not audited.',
);

export type OtherTable = v.InferOutput<typeof OtherTable>;
export type OtherTables = v.InferOutput<typeof OtherTables>;
