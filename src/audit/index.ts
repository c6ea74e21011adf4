/**
 * The consistency audit: `audit(doc)` checks a disclosure against the 28 rules of the
 * format (docs/disclosure-format.md §5) and returns what it found, by rule number and then
 * in table order. Pure and DOM-free; it never throws and never changes the document.
 *
 * ```ts
 * import { audit, RULES } from 'disclosure-widgets';
 * for (const finding of audit(doc)) console.log(finding.rule, finding.severity, finding.message['zh-CN']);
 * ```
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Finding, RuleInfo } from './types.js';
import { RULE_CHECKS } from './rules/index.js';
import { safely } from './check.js';

export type { Finding, FieldRef, RuleInfo, Severity } from './types.js';
export { amountVerdict, percentVerdict, precisionOf, type Verdict, type Precision } from './tolerance.js';

/** Every rule's id, slug and description, in rule order, for the CLI and the docs. */
export const RULES: readonly RuleInfo[] = RULE_CHECKS.map(({ id, name, description }) => ({ id, name, description }));

/** Check a document against every rule. A rule that meets data it cannot read reports nothing. */
export function audit(doc: Disclosure): Finding[] {
  if (typeof doc !== 'object' || doc === null) return [];
  return RULE_CHECKS.flatMap((rule) => safely(() => rule.check(doc)));
}
