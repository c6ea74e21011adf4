/** Every element of the library, defined on import, with the audit wired in. */
import './with-audit/define.js';

export { BudgetSankey } from './budget-sankey/define.js';
export { BudgetExecution } from './budget-execution/define.js';
export { ThreePublicCosts } from './three-public-costs/define.js';
export { SpendStructurePie } from './spend-structure-pie/define.js';
export { PerformanceScorecard } from './performance-scorecard/define.js';
export { PerformanceSummary } from './performance-summary/define.js';
export { DisclosureElement } from './base/disclosure-element.js';
export { define } from './base/register.js';
export type { DwErrorDetail, DwSelectDetail, DwEventMap } from './base/events.js';
export { DisclosureAudit } from './disclosure-audit/define.js';
export { DisclosureReport } from './disclosure-report/define.js';
