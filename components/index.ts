/** Every element of the library, defined on import, with the audit wired in. */
import { audit } from '../src/audit/index.js';
import { BudgetSankey } from './budget-sankey/define.js';

BudgetSankey.auditor = audit;

export { BudgetSankey };
export { DisclosureElement } from './base/disclosure-element.js';
export { define } from './base/register.js';
export type { DwErrorDetail, DwSelectDetail, DwEventMap } from './base/events.js';
