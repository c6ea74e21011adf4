/** Registers `<spend-structure-pie>` (safe to import twice). */
import { define } from '../base/register.js';
import { SpendStructurePie } from './spend-structure-pie.component.js';

export { SpendStructurePie };
export type { DwSelectDetail, DwErrorDetail } from '../base/events.js';

define('spend-structure-pie', SpendStructurePie);

declare global {
  interface HTMLElementTagNameMap {
    'spend-structure-pie': SpendStructurePie;
  }
}
