/** Registers `<performance-scorecard>` (safe to import twice). */
import { define } from '../base/register.js';
import { PerformanceScorecard } from './performance-scorecard.component.js';

export { PerformanceScorecard };
export type { DwSelectDetail, DwErrorDetail } from '../base/events.js';

define('performance-scorecard', PerformanceScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'performance-scorecard': PerformanceScorecard;
  }
}
