/**
 * The widgets that draw a chart, by tag, for the static renderer (static-svg.ts). Importing
 * the define files registers the elements too (harmless in Node, where the registry is a shim),
 * and the audit is wired in as in the all-elements entry, so the notes match the page's.
 * The server renders synchronously (no `scheduleUpdate`), so the English catalogues, which a
 * page loads on demand (components/base/catalogue.ts), are loaded here before anything is drawn.
 */
import '../with-audit/define.js';
import { BudgetSankey } from '../budget-sankey/define.js';
import { SpendStructurePie } from '../spend-structure-pie/define.js';
import { BudgetExecution } from '../budget-execution/define.js';
import { ThreePublicCosts } from '../three-public-costs/define.js';
import { PerformanceSummary } from '../performance-summary/define.js';
import { PerformanceScorecard } from '../performance-scorecard/define.js';
import { DisclosureAudit } from '../disclosure-audit/define.js';
import { speak } from '../base/catalogue.js';

await speak('en');

export const STATIC_WIDGETS = {
  'budget-sankey': BudgetSankey,
  'spend-structure-pie': SpendStructurePie,
  'budget-execution': BudgetExecution,
  'three-public-costs': ThreePublicCosts,
  'performance-summary': PerformanceSummary,
  'performance-scorecard': PerformanceScorecard,
  'disclosure-audit': DisclosureAudit,
} as const;

export type StaticWidget = keyof typeof STATIC_WIDGETS;
