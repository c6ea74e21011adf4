/**
 * Opt-in: show audit findings ("核对发现 N 处不一致") in the elements. The audit costs about
 * 14 KB gzip, so a single element leaves it out; the all-elements entry and the script-tag
 * bundle import this file. Named `define.ts` so bundlers keep it as a side effect. The audit
 * reads every part of the document, so the elements then check every part (`everyPart`)
 * instead of only the parts they draw (src/schema/parts.ts).
 * @example import 'disclosure-widgets/elements/with-audit';
 */
import { audit } from '../../src/audit/index.js';
import { everyPart } from '../../src/schema/parts.js';
import { BudgetSankey } from '../budget-sankey/budget-sankey.component.js';
import { SpendStructurePie } from '../spend-structure-pie/spend-structure-pie.component.js';
import { BudgetExecution } from '../budget-execution/budget-execution.component.js';
import { ThreePublicCosts } from '../three-public-costs/three-public-costs.component.js';
import { PerformanceScorecard } from '../performance-scorecard/performance-scorecard.component.js';
import { PerformanceSummary } from '../performance-summary/performance-summary.component.js';

BudgetSankey.auditor = audit;
SpendStructurePie.auditor = audit;
BudgetExecution.auditor = audit;
ThreePublicCosts.auditor = audit;
// The performance widgets carry rules 24–28 on their own; the full audit replaces them so that
// every widget on the page shares one run per document (audit-cache.ts).
PerformanceScorecard.auditor = audit;
PerformanceSummary.auditor = audit;

for (const element of [BudgetSankey, SpendStructurePie, BudgetExecution, ThreePublicCosts, PerformanceScorecard, PerformanceSummary]) {
  element.validator = everyPart;
}
