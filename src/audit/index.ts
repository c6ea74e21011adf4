/**
 * The consistency audit: `audit(doc)` checks a disclosure against the 28 rules of the
 * format (docs/disclosure-format.md §5) and returns what it found, by rule number and then
 * in table order. Pure and DOM-free; it never throws and never changes the document. Its
 * cost grows linearly with the document: rows are looked up through indexes (row-index.ts).
 *
 * ```ts
 * import { audit, RULES } from 'disclosure-widgets';
 * for (const finding of audit(doc)) console.log(finding.rule, finding.severity, finding.message['zh-CN']);
 * ```
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Finding, RuleInfo } from './types.js';
import { RULE_CHECKS } from './rules/index.js';
import { runRules } from './run.js';
import { doubtsOf, withReadConfidence, type ReadWarning } from './confidence.js';

export type { Finding, FieldRef, Rule, RuleInfo, Severity } from './types.js';
export { runRules } from './run.js';
export { ruleCoverage, ruleNeeds, hasPart, type RuleCoverage, type DocumentPart } from './coverage.js';
export { doubtsOf, readDoubtsOf, unreadScorecards, unreadTables, withReadConfidence, type ReadWarning } from './confidence.js';
export { amountVerdict, percentVerdict, precisionOf, type Verdict, type Precision } from './tolerance.js';

/** Every rule's id, slug and description, in rule order, for the CLI and the docs. */
export const RULES: readonly RuleInfo[] = RULE_CHECKS.map(({ id, name, description }) => ({ id, name, description }));

export interface AuditOptions {
  /**
   * The warnings of the `parse()` that produced `doc` (a parsed document also carries them as
   * `meta.readDoubts`, honoured without this option). With them, an error or warning about
   * a cell of a table (or about a scorecard) the parser could not read confidently becomes `unchecked` (see
   * confidence.ts): a parse artefact must never look like the document's own inconsistency.
   */
  warnings?: readonly ReadWarning[];
}

/**
 * Check a document against every rule. A rule (or part of one) that meets data it cannot
 * read gives one `unchecked` finding ("R16 未能核对"), never silence and never a throw.
 *
 * ```ts
 * const { document, warnings } = parse(text);
 * if (document) audit(document, { warnings });
 * ```
 */
export function audit(doc: Disclosure, options: AuditOptions = {}): Finding[] {
  const findings = runRules(doc, RULE_CHECKS);
  // The doubts come with the parse warnings, or with the document itself (meta.readDoubts,
  // written by parse()), so a JSON file audited later still tells artefacts from errors.
  const { tables, scorecards } = doubtsOf(doc, options.warnings);
  return withReadConfidence(doc, findings, tables, scorecards);
}
