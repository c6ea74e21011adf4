/**
 * Running a list of rules over one document. Every rule gets the same `AuditContext`, so
 * table indexes are built once per run; a rule that throws is reported as `unchecked`
 * (see `guard` in check.ts), never skipped, and the other rules still run.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Finding, Rule } from './types.js';
import { guard } from './check.js';
import { AuditContext } from './row-index.js';

/**
 * Check `doc` against `rules`, in their order. Findings come rule by rule, each rule's in
 * table order. Never throws; a non-object document has nothing to check (`[]`).
 */
export function runRules(doc: Disclosure, rules: readonly Rule[]): Finding[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const context = new AuditContext();
  return rules.flatMap((rule) => guard(rule, () => rule.check(doc, context)));
}
