/** Registers `<budget-sankey>` (safe to import twice). */
import { define } from '../base/register.js';
import { BudgetSankey } from './budget-sankey.component.js';

export { BudgetSankey };
export type { DwSelectDetail, DwErrorDetail } from '../base/events.js';

define('budget-sankey', BudgetSankey);

declare global {
  interface HTMLElementTagNameMap {
    'budget-sankey': BudgetSankey;
  }
}
