/**
 * The disclosure document: the one contract between the parser, the audit and every widget.
 * A 部门决算 (kind "final") and a 部门预算 (kind "budget") share this shape.
 */
import * as v from 'valibot';
import { Name, Source, TableId, Unit, describe } from './primitives.js';
import { Tables } from './tables.js';
import { Narrative } from './narrative.js';
import { Performance } from './performance.js';
import { OtherTables } from './other-tables.js';

export const SCHEMA_VERSION = 1;

export const Meta = v.strictObject({
  kind: describe(v.picklist(['final', 'budget']), 'final 部门决算 or budget 部门预算.'),
  year: v.optional(
    describe(
      v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
      'The fiscal year; absent when the document prints none that can be recognised (its tables are still read).',
    ),
  ),
  department: describe(Name, 'The department as printed, e.g. 淄博市临淄区工业和信息化局.'),
  region: v.optional(describe(Name, 'The region, e.g. 山东省淄博市临淄区.')),
  subUnits: v.optional(describe(v.array(Name), 'The units consolidated in the document (编制范围).')),
  unit: describe(Unit, 'The document\'s default unit; each table states its own.'),
  title: v.optional(Name),
  contents: v.optional(
    describe(
      v.array(v.strictObject({ title: Name, table: TableId, source: v.optional(Source) })),
      'The tables the 目录 (or a list of tables) promises, each with the table its title names: for the audit of the 目录 against the body.',
    ),
  ),
  sections: v.optional(
    describe(
      v.array(v.strictObject({ title: Name, listed: v.boolean(), printed: v.boolean(), source: v.optional(Source) })),
      'The 目录\'s sections (not tables) and the body\'s 第X部分 it leaves out: listed in the 目录, printed in the body. For the audit of the 目录 against the body.',
    ),
  ),
  readDoubts: v.optional(
    describe(
      v.strictObject({
        tables: v.optional(v.array(v.strictObject({ table: TableId, warnings: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(40)) }))),
        scorecards: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))),
      }),
      'Written by the parser: the tables (with the codes of their parse warnings) and the scorecards (indexes into performance.scorecards) it could not read with confidence. A sum that does not hold there may be a parse artefact: the audit reports it as could-not-check and the sankey draws its gap as unverified, never as the document\'s own imbalance.',
    ),
  ),
  source: v.optional(Source),
});

/**
 * What every widget checks: the version, the metadata and the nine tables. The narrative and
 * performance parts are added by composition (`documentSchema`), here for the whole document
 * and in parts.ts only for the widgets that draw them, so a widget's bundle leaves out the
 * schemas it does not use.
 * @internal Not in the shipped types: its valibot types would cost a consumer's type-check.
 */
export const DisclosureCore = {
  $schema: v.optional(v.string()),
  schemaVersion: describe(v.literal(SCHEMA_VERSION), 'Version of this schema; 1.'),
  meta: Meta,
  tables: Tables,
};

/**
 * The document object: the core and the two optional parts, each given as a schema. Marked
 * free of side effects so that bundlers drop an unused call with the schemas it was given.
 * @internal Not in the shipped types (see DisclosureCore).
 */
/* @__NO_SIDE_EFFECTS__ */
export function documentSchema<N extends v.GenericSchema, P extends v.GenericSchema, O extends v.GenericSchema>(parts: { narrative: N; performance: P; otherTables: O }) {
  return v.strictObject({ ...DisclosureCore, narrative: parts.narrative, performance: parts.performance, otherTables: parts.otherTables });
}

export const Disclosure = describe(
  documentSchema({ narrative: v.optional(Narrative), performance: v.optional(Performance), otherTables: v.optional(OtherTables) }),
  'A Chinese government department budget disclosure (部门决算 or 部门预算公开) as JSON: metadata, the nine tables, the narrative figures and performance evaluation.',
);

export type Meta = v.InferOutput<typeof Meta>;
/** A validated disclosure document. Treat it as read-only. */
export type Disclosure = v.InferOutput<typeof Disclosure>;
