/**
 * Only the performance rules (24–28): what the scorecard and summary widgets flag. Small
 * enough for a single element to carry; with the full audit wired in
 * (components/with-audit) the widgets use `audit` instead and share its one run.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Finding } from './types.js';
import { runRules } from './run.js';
import { R24, R25, R26, R28 } from './rules/scorecard.js';
import { R27 } from './rules/summary.js';

const RULES = [R24, R25, R26, R27, R28];

export function auditPerformance(doc: Disclosure): Finding[] {
  return runRules(doc, RULES);
}
