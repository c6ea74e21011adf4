/** Registers `<budget-execution>` (safe to import twice). */
import { define } from '../base/register.js';
import { BudgetExecution } from './budget-execution.component.js';

export { BudgetExecution };
export type { DwSelectDetail, DwErrorDetail } from '../base/events.js';

define('budget-execution', BudgetExecution);

declare global {
  interface HTMLElementTagNameMap {
    'budget-execution': BudgetExecution;
  }
}
