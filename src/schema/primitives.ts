/**
 * The small building blocks of the disclosure schema. Every schema in this folder is a
 * valibot schema: one definition gives the TypeScript type (`v.InferOutput`), the runtime
 * validator (no eval, so it works under a strict CSP) and, through
 * `scripts/write-json-schema.mjs`, the published JSON Schema. Descriptions here are the field
 * reference, so they are written for the person filling in the JSON.
 */
import * as v from 'valibot';

const describe = <S extends v.GenericSchema>(schema: S, text: string) =>
  v.pipe(schema, v.description(text));
export { describe };

/** Units the documents print amounts in. 万元 with two decimals is the national default. */
export const Unit = describe(
  v.picklist(['元', '万元', '亿元']),
  'Unit of the amounts (金额单位): 元, 万元 or 亿元.',
);

/**
 * The largest amount a document may hold, in any unit: 10^15. The largest real budget,
 * China's national general public expenditure, is about 2.7 × 10^13 元 (27 万亿元), so every
 * real amount fits in 元, 万元 or 亿元; and up to 10^15 the arithmetic stays exact to the
 * yuan (doubles hold whole numbers exactly up to 9 × 10^15) and can never overflow to
 * Infinity, however many rows are added up or however the unit is converted.
 */
export const MAX_AMOUNT = 1e15;

/**
 * A printed amount. `null` is a blank cell, which is not the same as 0 (a printed "0" or
 * "0.00"). An amount is kept with its sign as printed: real 决算 print negative amounts
 * (an expenditure 项 reduced by a refund of an earlier year's spending, a 结转 overspent),
 * and a widget shows them in its table and notes rather than as a mark, never as 0 or blank.
 * Never above `MAX_AMOUNT` either way.
 */
export const Amount = describe(
  v.nullable(v.pipe(v.number(), v.finite(), v.minValue(-MAX_AMOUNT), v.maxValue(MAX_AMOUNT))),
  'An amount as printed, in the unit of its table, with its sign (a printed "-12.30" is -12.3); null for a blank cell (blank is not 0). Never a string: write 6443.6, not "6,443.60". Between -10^15 and 10^15 in any unit.',
);

/** A change between two amounts, which may be negative; at most `MAX_AMOUNT` either way. */
export const SignedAmount = describe(
  v.nullable(v.pipe(v.number(), v.finite(), v.minValue(-MAX_AMOUNT), v.maxValue(MAX_AMOUNT))),
  'A signed amount (a change); null when not stated. Between -10^15 and 10^15.',
);

/** A percentage as printed, e.g. 50.37 for "50.37%". */
export const Percent = describe(
  v.nullable(v.pipe(v.number(), v.finite())),
  'A percentage as printed, in percent (50.37 for "50.37%"); null when not stated.',
);

/** A count of things (people, vehicles, projects). */
export const Count = describe(
  v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  'A whole count (people, vehicles, batches); null when not stated.',
);

/** A score on a scorecard (得分 / 分值). */
export const Score = describe(
  v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  'A score or weight in points; null when the cell is blank or "-".',
);

export const TableId = describe(
  v.picklist(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']),
  'One of the nine disclosure tables, t1 = 公开01表 … t9 = 公开09表.',
);

/**
 * Where a number came from, so a tooltip can say "公开03表 第8行 基本支出". For a table cell
 * the table, row and column follow from where the cell sits; `line` and `page` point into
 * the published text.
 */
export const Source = describe(
  v.strictObject({
    table: v.optional(TableId),
    row: v.optional(describe(v.string(), 'Row: 行次 or classification code.')),
    column: v.optional(describe(v.string(), 'Column: 栏次 or column key.')),
    line: v.optional(
      describe(v.pipe(v.number(), v.integer(), v.minValue(1)), 'Line number in the source text (1-based).'),
    ),
    page: v.optional(describe(v.pipe(v.number(), v.integer(), v.minValue(1)), 'Page in the published PDF.')),
    text: v.optional(describe(v.pipe(v.string(), v.maxLength(2000)), 'The source text excerpt.')),
  }),
  'Provenance of a number: table, row, column, source line and page.',
);

/** 功能分类 code: 类 (3 digits), 款 (5) or 项 (7). */
export const FunctionCode = describe(
  v.pipe(v.string(), v.regex(/^\d{3}(?:\d{2}){0,2}$/)),
  '功能分类科目编码: 类 3 digits, 款 5 digits, 项 7 digits, e.g. "2150517".',
);

/** 经济分类 code: 类 (3 digits) or 款 (5 digits). */
export const EconomicCode = describe(
  v.pipe(v.string(), v.regex(/^\d{3}(?:\d{2}){0,2}$/)),
  '经济分类科目编码: 类 3 digits, 款 5 digits or the 7 digits some regions print, e.g. "30217", "3010201".',
);

export const Name = describe(v.pipe(v.string(), v.maxLength(500)), 'A name as printed in the document.');
export const Text = describe(v.pipe(v.string(), v.maxLength(20000)), 'Text as printed in the document.');

export type Unit = v.InferOutput<typeof Unit>;
export type Amount = v.InferOutput<typeof Amount>;
export type Source = v.InferOutput<typeof Source>;
export type TableId = v.InferOutput<typeof TableId>;
