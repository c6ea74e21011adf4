/**
 * The audit note under a chart: "核对发现 N 处不一致" with one line per finding, shown without
 * failing the widget (components/base/audit-cache.ts picks the findings).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../../src/audit/types.js';
import type { Lang } from '../../src/format/messages.js';
import { auditHeading } from './audit-cache.js';

export function renderAuditNote(findings: readonly Finding[], lang: Lang, open = false): TemplateResult | typeof nothing {
  if (!findings.length) return nothing;
  return html`<details class="note audit" part="note" ?open=${open}>
    <summary>${auditHeading(findings, lang)}</summary>
    <ul>${findings.map((finding) => html`<li>${finding.rule} ${finding.message[lang]}</li>`)}</ul>
  </details>`;
}
