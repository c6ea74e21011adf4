/** Registers `<performance-summary>` (safe to import twice). */
import { define } from '../base/register.js';
import { PerformanceSummary } from './performance-summary.component.js';

export { PerformanceSummary };
export type { DwSelectDetail, DwErrorDetail } from '../base/events.js';

define('performance-summary', PerformanceSummary);

declare global {
  interface HTMLElementTagNameMap {
    'performance-summary': PerformanceSummary;
  }
}
