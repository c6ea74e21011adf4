/**
 * Registers `<disclosure-report>` and every widget it holds, with the audit wired in (safe to
 * import twice).
 */
import '../with-audit/define.js';
import '../budget-sankey/define.js';
import '../spend-structure-pie/define.js';
import '../three-public-costs/define.js';
import '../budget-execution/define.js';
import '../performance-summary/define.js';
import '../performance-scorecard/define.js';
import '../disclosure-audit/define.js';
import { define } from '../base/register.js';
import { DisclosureReport } from './disclosure-report.component.js';

export { DisclosureReport };
export type { DwErrorDetail, DwSelectDetail } from '../base/events.js';

define('disclosure-report', DisclosureReport);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-report': DisclosureReport;
  }
}
