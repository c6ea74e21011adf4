/** Registers `<disclosure-audit>` (safe to import twice). It carries the audit itself. */
import { define } from '../base/register.js';
import { DisclosureAudit } from './disclosure-audit.component.js';

export { DisclosureAudit };
export type { AuditSelectDetail } from './disclosure-audit.component.js';
export type { DwSelectDetail, DwErrorDetail } from '../base/events.js';

define('disclosure-audit', DisclosureAudit);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-audit': DisclosureAudit;
  }
}
