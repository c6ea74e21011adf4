/**
 * disclosure-widgets core: the schema, validation, audit and formatting. No Lit and no DOM,
 * so it runs in Node, workers and pages alike. The parser is its own entry point
 * (`disclosure-widgets/parse`), the elements theirs (`disclosure-widgets/elements`).
 */
export * from './schema/index.js';
export * from './format/index.js';
export { audit, RULES, ruleCoverage } from './audit/index.js';
export type { RuleCoverage, DocumentPart } from './audit/index.js';
export type { Finding, Severity } from './audit/types.js';
export type { CellRef, Provenance } from './model/provenance.js';
