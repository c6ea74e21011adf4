/**
 * Validators for the parts of a document a widget draws. Every widget checks the core (the
 * version, the metadata and the nine tables: what every document has); the narrative and the
 * performance evaluation are checked only by the widgets that draw them, so a widget's bundle
 * carries only the schemas it uses (the narrative schema is ~1.3 KB gzip with its share of
 * valibot). What is checked is checked exactly as `validate` does: the same schemas
 * (composed from disclosure.ts, never copied), problems, paths and messages. A part that is
 * not checked is left out of the validated document, so nothing unchecked reaches a widget.
 * The audit reads every part: `elements/with-audit` gives the widgets `everyPart`.
 */
import * as v from 'valibot';
import { documentSchema } from './disclosure.js';
import type { Narrative } from './narrative.js';
import type { Performance } from './performance.js';
import type { OtherTables } from './other-tables.js';
import { validate, validateJson, validateJsonWith, validateWith, type DocumentSchema, type ValidationResult } from './validate.js';

/** Checks a value (the `.data` property) or JSON text (`src`, inline JSON) as a document. */
export interface DocumentValidator {
  value(input: unknown): ValidationResult;
  json(text: string): ValidationResult;
}

/** The parts beyond the core a widget draws, given as their schemas so only those are bundled. */
export interface DrawnParts {
  narrative?: typeof Narrative;
  performance?: typeof Performance;
  otherTables?: typeof OtherTables;
}

/** A part the widget does not draw: accepted as anything and left out of the output. */
const notDrawn = () => v.optional(v.pipe(v.unknown(), v.transform((): undefined => undefined)));

/**
 * A validator for the core plus `parts`.
 * @example partsValidator({ narrative: Narrative }) // <budget-execution>: tables and narrative
 */
export function partsValidator(parts: DrawnParts): DocumentValidator {
  const schema = documentSchema({
    narrative: parts.narrative ? v.optional(parts.narrative) : notDrawn(),
    performance: parts.performance ? v.optional(parts.performance) : notDrawn(),
    otherTables: parts.otherTables ? v.optional(parts.otherTables) : notDrawn(),
  }) as DocumentSchema;
  return { value: (input) => validateWith(schema, input), json: (text) => validateJsonWith(schema, text) };
}

/** The whole document, as `validate` (the audit widget, and every widget with the audit). */
export const everyPart: DocumentValidator = { value: validate, json: validateJson };
