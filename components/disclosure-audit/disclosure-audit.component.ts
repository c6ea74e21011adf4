import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { everyPart } from '../../src/schema/parts.js';
import { frameStyles } from '../base/frame.styles.js';
import { MarksController, type Mark, type MarkGraph } from '../base/marks-controller.js';
import { markStyles } from '../base/marks.styles.js';
import { auditOnce, type Auditor } from '../base/audit-cache.js';
import type { DwSelectDetail } from '../base/events.js';
import { audit, RULES } from '../../src/audit/index.js';
import { ruleCoverage } from '../../src/audit/coverage.js';
import type { FieldRef, Severity } from '../../src/audit/types.js';
import { buildAuditView, SEVERITIES, type AuditItem, type AuditView, type PlaceKey } from '../../src/model/audit-view.js';
import { layoutAuditGrid, type AuditGrid } from '../../src/layout/audit-grid.js';
import { t, type Lang } from '../../src/format/messages.js';
import { auditStyles } from './disclosure-audit.styles.js';
import { AUDIT } from './disclosure-audit.messages.js';
import {
  announce,
  countWord,
  csvRows,
  GLYPHS,
  involved,
  lacks,
  placeName,
  placeUnit,
  renderTables,
  signed,
  statusWord,
  summarize,
  value,
  type TextContext,
} from './disclosure-audit.text.js';

/** What `dw-select` carries for a finding: the shared detail, plus the finding's own figures. */
export interface AuditSelectDetail extends DwSelectDetail {
  kind: 'finding';
  /** The finding's stable id (rule and first cell), as in `data-id`. */
  id: string;
  severity: Severity;
  /** Where the questioned value is printed: `t6`, `narrative`, `scorecard:8` … */
  place: PlaceKey;
  expected: number | string | null;
  actual: number | string | null;
  difference?: number;
  /** Values outside the tables (narrative figures, scorecard cells) by JSON path and source line. */
  fields: FieldRef[];
}

/**
 * Does the document add up? The consistency audit's findings (28 rules: table totals,
 * cross-table agreement, hierarchies, 三公, narrative figures, scorecards), by severity and
 * by the table where the questioned value is printed; each with its rule in plain words, the
 * cells and source lines involved, expected and actual values and the difference. A grid
 * shows every rule's result, including those the document lacks the data for.
 *
 * @summary The consistency findings of a 部门决算 / 部门预算 disclosure, with the rules checked.
 * @tagname disclosure-audit
 * @customElement disclosure-audit
 *
 * @example
 * <disclosure-audit src="/data/2021.json"></disclosure-audit>
 *
 * @attr {string} src - URL of a disclosure JSON file (fetched, aborted on change or removal).
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Accepted like every widget's, but findings quote the printed digits in each table's own unit (stated per table): an audit compares what is printed.
 * @attr {boolean} toolbar - Show SVG (the rule grid), PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {unknown} data - The disclosure document as an object (takes precedence over `src`). Never mutated.
 * @prop {AuditView | undefined} view - The findings by severity and place, and every rule's result (read-only).
 * @prop {Severity[]} shownSeverities - The severities the filter shows (all four by default).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 * @prop {Problem[]} optionProblems - Option values that were not allowed and fell back to their default (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid (`kind: 'data'`) or the `src` could not be loaded (`kind: 'load'`).
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed, so its default is used.
 * @fires {CustomEvent<AuditSelectDetail>} dw-select - A finding was activated (click, tap, Enter or Space): `kind: 'finding'`, `code` the rule (`R14`), `name` its slug, `label` the finding's sentence, `provenance.cells` the table cells involved, `fields` the narrative or scorecard values involved (JSON path, source line), `severity`, `expected`, `actual`, `difference`, and `value` (the printed value when a number, else NaN). A page can highlight these cells in another widget.
 *
 * @slot - An optional `<script type="application/json">` holding the document (for CMSs without JavaScript).
 *
 * @csspart base - The element's frame.
 * @csspart summary - The visible summary sentence (also the accessible name).
 * @csspart svg - The rule grid.
 * @csspart rule - Each cell of the rule grid.
 * @csspart legend - The grid's legend.
 * @csspart filter - The severity filter buttons.
 * @csspart findings - The list of findings.
 * @csspart finding - Each finding.
 * @csspart passed - The "all checks passed" message.
 * @csspart checks - The list of every rule and its result.
 * @csspart note - Option notes.
 * @csspart option-note - The note naming option values that were not allowed.
 * @csspart tooltip - The (unused) tooltip of the shared marks controller.
 * @csspart table - The data tables.
 * @csspart toolbar - The bar with the data-table toggle and the downloads.
 * @csspart error - The error panel.
 *
 * @cssprop [--dw-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', …] - Font stack.
 * @cssprop [--dw-font-size=14px] - Base font size.
 * @cssprop [--dw-print-width=190mm] - Width laid out for while printing.
 * @cssprop [--dw-text=#1f1f1f] - Text colour.
 * @cssprop [--dw-text-muted=#595959] - Secondary text colour.
 * @cssprop [--dw-background=#ffffff] - Background (also of exported images).
 * @cssprop [--dw-surface=#f4f4f5] - Panels and buttons.
 * @cssprop [--dw-border=#c4c4c8] - Borders and table rules.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring.
 * @cssprop [--dw-color-error=var(--dw-palette-6)] - Errors (vermillion).
 * @cssprop [--dw-color-warning=var(--dw-palette-2)] - Warnings (orange).
 * @cssprop [--dw-color-rounding=var(--dw-palette-5)] - Rounding differences (sky blue).
 * @cssprop [--dw-color-unchecked=var(--dw-palette-4)] - Parts that could not be checked (purple).
 * @cssprop [--dw-color-passed=var(--dw-palette-3)] - Rules passed (green).
 * @cssprop [--dw-color-not-run=var(--dw-neutral)] - Rules without data (grey, dashed).
 */
export class DisclosureAudit extends DisclosureElement {
  static override styles = [frameStyles, markStyles, auditStyles];

  /**
   * The consistency check whose findings are shown: `audit` from the core. This element is
   * the audit, so it carries it in its own bundle (unlike the sankey, which opts in).
   */
  static auditor: Auditor = audit;

  /** The audit reads every part. */
  static override validator = everyPart;

  /** The severities shown (all four by default); the filter buttons toggle them. @example el.shownSeverities = ['error', 'warning']; */
  @property({ attribute: false }) shownSeverities: readonly Severity[] = SEVERITIES;

  /** Whether the list of every rule is open; by default open when nothing was found. */
  @state() private checksOpen?: boolean;

  /** Keys, focus, selection and announcements across the findings (shared by every widget). */
  private readonly marks = new MarksController<Mark>(this, () => this.markGraph());

  private currentView?: AuditView;
  private grid?: AuditGrid;
  private seenVersion = -1;
  private gridWidth = -1;
  private scrolledTo?: string;

  /** The findings by severity and place and every rule's result, once data is ready. */
  get view(): AuditView | undefined {
    return this.currentView;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.source.version !== this.seenVersion) {
      this.seenVersion = this.source.version;
      this.deriveView();
      this.gridWidth = -1;
    }
    if (this.currentView && this.size.width !== this.gridWidth) {
      this.gridWidth = this.size.width;
      this.grid = this.size.width > 0 ? layoutAuditGrid(this.currentView.checks.map((c) => c.rule.id), { width: this.size.width }) : undefined;
    }
  }

  private deriveView(): void {
    this.currentView = undefined;
    this.grid = undefined;
    this.checksOpen = undefined;
    this.marks.reset();
    const doc = this.disclosure;
    if (!doc) {
      this.setDerivedProblems([]);
      return;
    }
    try {
      const auditor = (this.constructor as typeof DisclosureAudit).auditor;
      this.currentView = buildAuditView(auditOnce(auditor, doc), ruleCoverage(doc, RULES), RULES);
      this.setDerivedProblems([]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.setDerivedProblems([{ 'zh-CN': `无法列出核对结果：${reason}`, en: `Could not list the audit: ${reason}` }]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Arrow keys walk a list longer than the screen: keep the focused finding in view.
    const focused = this.marks.focused?.id;
    if (focused && focused !== this.scrolledTo) {
      this.renderRoot.querySelector(`[data-id="${CSS.escape(focused)}"]`)?.scrollIntoView?.({ block: 'nearest' });
    }
    this.scrolledTo = focused;
  }

  private context(lang: Lang): TextContext {
    return { doc: this.disclosure!, view: this.currentView!, lang };
  }

  /** The findings the filter lets through, in the order shown. */
  private shown(): AuditItem[] {
    const shown = new Set(this.shownSeverities);
    return this.currentView?.items.filter((item) => shown.has(item.finding.severity)) ?? [];
  }

  protected summary(lang: Lang): string {
    return this.currentView && this.disclosure ? summarize(this.context(lang)) : '';
  }

  protected exportName(): string {
    return `disclosure-audit-${this.disclosure?.meta.year ?? ''}`;
  }

  protected csvRows(): CsvRow[] {
    return this.currentView ? csvRows(this.context(this.currentLang)) : [];
  }

  protected renderTable(lang: Lang): TemplateResult {
    return this.currentView ? renderTables(this.context(lang), this.currentView.items) : html``;
  }

  private toggleSeverity(severity: Severity): void {
    const shown = new Set(this.shownSeverities);
    if (shown.has(severity)) shown.delete(severity);
    else shown.add(severity);
    this.shownSeverities = SEVERITIES.filter((s) => shown.has(s));
  }

  /** The findings as the marks controller walks them: one list, in the order shown. */
  private markGraph(): MarkGraph<Mark> | undefined {
    const view = this.currentView;
    if (!view || !this.disclosure) return undefined;
    const items = this.shown();
    const byId = new Map(items.map((item, index) => [item.id, index]));
    const mark = (item: AuditItem | undefined): Mark | null => (item ? { type: 'finding', id: item.id } : null);
    const context = this.context(this.currentLang);
    return {
      first: () => mark(items[0]),
      find: (type, id) => (type === 'finding' && byId.has(id) ? { type, id } : null),
      move: (from, direction) => {
        const index = byId.get(from.id) ?? 0;
        const next = { up: index - 1, left: index - 1, down: index + 1, right: index + 1, home: 0, end: items.length - 1 }[direction];
        return mark(items[Math.max(0, Math.min(items.length - 1, next))]) ?? from;
      },
      // Everything a tooltip would say is already written out in the finding.
      describe: () => null,
      announce: (focus) => {
        const item = items[byId.get(focus.id) ?? -1];
        return item ? announce(item, context) : '';
      },
      select: (focus) => {
        const item = items[byId.get(focus.id) ?? -1];
        return item ? { detail: selectDetail(item, context.lang) } : undefined;
      },
    };
  }

  protected renderChart(lang: Lang): TemplateResult {
    const view = this.currentView!;
    const context = this.context(lang);
    const summaryId = `${this.ids}-summary`;
    const hintId = `${this.ids}-hint`;
    const shown = this.shown();
    return html`<section class="audit" aria-labelledby=${summaryId}>
      <p class="summary" part="summary" id=${summaryId}>${summarize(context)}</p>
      ${this.renderGrid(context)}
      ${view.clean ? this.renderPassed(context) : this.renderFindings(context, shown, summaryId, hintId)}
      ${this.renderChecks(context)}
      <p class="sr-only" id=${hintId}>${t(AUDIT, 'keyboardHint', lang)}</p>
      ${this.marks.renderLiveRegion()} ${this.marks.renderTooltip()}
    </section>`;
  }

  private renderGrid({ view, lang }: TextContext): TemplateResult {
    const grid = this.grid;
    if (!grid) return html`<div class="placeholder"></div>`;
    const size = grid.fontSize;
    return html`<svg
        part="svg"
        class="grid"
        width=${grid.width}
        height=${grid.height}
        viewBox=${`0 0 ${grid.width} ${grid.height}`}
        aria-hidden="true"
      >
        ${grid.cells.map((cell) => {
          const check = view.checks[cell.index]!;
          const cx = cell.x + cell.width / 2;
          return svg`<g part="rule" class=${`rule status-${check.status}`}>
            <rect x=${cell.x + 0.5} y=${cell.y + 0.5} width=${cell.width - 1} height=${cell.height - 1} rx="3"></rect>
            <text x=${cx} y=${cell.y + size * 1.3} font-size=${size} text-anchor="middle">${check.rule.id}</text>
            <text class="glyph" x=${cx} y=${cell.y + size * 2.65} font-size=${size} text-anchor="middle">${GLYPHS[check.status]}</text>
          </g>`;
        })}
      </svg>
      <ul class="legend" part="legend" aria-label=${t(AUDIT, 'legend', lang)}>
        ${(['error', 'warning', 'rounding', 'unchecked', 'passed', 'not-run'] as const).map(
          (status) => html`<li><span class=${`swatch status-${status}`} aria-hidden="true">${GLYPHS[status]}</span>${statusWord(status, lang)}</li>`,
        )}
      </ul>`;
  }

  private renderPassed({ view, lang }: TextContext): TemplateResult {
    // Nothing found because nothing could be checked is not "all passed".
    if (view.ran === 0) {
      return html`<p class="passed none-ran" part="passed"><span class="badge status-not-run" aria-hidden="true">${GLYPHS['not-run']}</span>${t(AUDIT, 'noneRan', lang)}</p>`;
    }
    return html`<p class="passed" part="passed"><span class="badge status-passed" aria-hidden="true">${GLYPHS.passed}</span>${t(AUDIT, 'allPassed', lang, { count: view.ran })}</p>`;
  }

  private renderFindings(context: TextContext, shown: readonly AuditItem[], summaryId: string, hintId: string): TemplateResult {
    const { view, lang } = context;
    const visible = new Set(shown);
    const focused = this.marks.focused?.id;
    const list = html`${view.severities.map((group) => {
      const places = group.places.map((place) => ({ ...place, items: place.items.filter((item) => visible.has(item)) })).filter((place) => place.items.length);
      if (!places.length) return nothing;
      return html`<section class=${`severity status-${group.severity}`}>
        <h3><span class="badge" aria-hidden="true">${GLYPHS[group.severity]}</span>${countWord(group.severity, group.count, lang)}</h3>
        ${places.map(
          (place) => html`<h4>${placeName(place.place, context)}<span class="unit">${placeUnit(place.place, context)}</span></h4>
            <ul>
              ${place.items.map((item, index) =>
                // A rule's description once per run of its findings: 31 rows of one rule read as a list, not 31 paragraphs.
                this.renderFinding(item, context, item.id === focused, place.items[index - 1]?.finding.rule !== item.finding.rule),
              )}
            </ul>`,
        )}
      </section>`;
    })}`;
    return html`<div class="filter" part="filter" role="group" aria-label=${t(AUDIT, 'filter', lang)}>
        ${SEVERITIES.map(
          (severity) => html`<button
            type="button"
            class=${`status-${severity}`}
            aria-pressed=${this.shownSeverities.includes(severity) ? 'true' : 'false'}
            @click=${() => this.toggleSeverity(severity)}
          >
            <span class="badge" aria-hidden="true">${GLYPHS[severity]}</span>${statusWord(severity, lang)}
            <span class="count">${view.counts[severity]}</span>
          </button>`,
        )}
      </div>
      ${shown.length
        ? this.marks.renderSurface(html`<div class="findings" part="findings">${list}</div>`, {
            roleDescription: t(AUDIT, 'roleDescription', lang),
            labelledBy: summaryId,
            describedBy: hintId,
          })
        : html`<p class="nothing" role="status">${t(AUDIT, 'nothingShown', lang)}</p>`}`;
  }

  private renderFinding(item: AuditItem, { doc, view, lang }: TextContext, focused: boolean, describe: boolean): TemplateResult {
    const f = item.finding;
    const rule = view.checks.find((check) => check.rule.id === f.rule)?.rule;
    const cells = involved(doc, f, lang);
    const numbers = f.expected !== null || f.actual !== null;
    return html`<li part="finding" class=${`finding status-${f.severity}${focused ? ' focused' : ''}`} data-type="finding" data-id=${item.id}>
      <p class="rule"><span class="badge" aria-hidden="true">${GLYPHS[f.severity]}</span><strong>${statusWord(f.severity, lang)}</strong>
        <span class="id">${f.rule}</span> ${describe ? (rule?.description[lang] ?? f.name) : nothing}</p>
      <p class="message">${f.message[lang]}</p>
      ${numbers
        ? html`<dl class="values">
            <div><dt>${t(AUDIT, 'expected', lang)}</dt><dd>${value(f.expected, lang)}</dd></div>
            <div><dt>${t(AUDIT, 'actual', lang)}</dt><dd>${value(f.actual, lang)}</dd></div>
            ${f.difference !== undefined ? html`<div><dt>${t(AUDIT, 'difference', lang)}</dt><dd>${signed(f.difference, lang)}</dd></div>` : nothing}
          </dl>`
        : nothing}
      ${cells.length ? html`<p class="cells">${t(AUDIT, 'involved', lang)}${lang === 'zh-CN' ? '：' : ': '}${cells.join(lang === 'zh-CN' ? '；' : '; ')}</p>` : nothing}
      ${f.error ? html`<p class="cells"><code>${f.error}</code></p>` : nothing}
    </li>`;
  }

  private renderChecks({ view, lang }: TextContext): TemplateResult {
    const open = this.checksOpen ?? view.clean;
    const id = `${this.ids}-checks`;
    const ran = view.checks.filter((check) => check.status !== 'not-run');
    const notRun = view.checks.filter((check) => check.status === 'not-run');
    return html`<div class="checks" part="checks">
      <button type="button" class="checks-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => (this.checksOpen = !open)}>
        ${t(AUDIT, 'checks', lang, { count: view.checks.length })}
      </button>
      <div id=${id} class="checks-body" ?hidden=${!open}>
        <h3>${t(AUDIT, 'checksRan', lang, { count: ran.length })}</h3>
        <ul>
          ${ran.map(
            (check) => html`<li class=${`status-${check.status}`}>
              <span class="badge" aria-hidden="true">${GLYPHS[check.status]}</span><span class="id">${check.rule.id}</span>
              ${check.rule.description[lang]} <em>${statusWord(check.status, lang)}${check.count ? ` × ${check.count}` : ''}</em>
            </li>`,
          )}
        </ul>
        ${notRun.length
          ? html`<h3>${t(AUDIT, 'checksNotRun', lang, { count: notRun.length })}</h3>
              <ul>
                ${notRun.map(
                  (check) => html`<li class="status-not-run">
                    <span class="badge" aria-hidden="true">${GLYPHS['not-run']}</span><span class="id">${check.rule.id}</span>
                    ${check.rule.description[lang]} <em>${lacks(check, lang)}</em>
                  </li>`,
                )}
              </ul>`
          : nothing}
      </div>
    </div>`;
  }
}

/** The `dw-select` detail of a finding. */
export function selectDetail(item: AuditItem, lang: Lang): AuditSelectDetail {
  const f = item.finding;
  return {
    kind: 'finding',
    id: item.id,
    code: f.rule,
    name: f.name,
    label: f.message[lang],
    value: typeof f.actual === 'number' ? f.actual : NaN,
    provenance: { cells: f.cells },
    fields: f.fields ?? [],
    severity: f.severity,
    place: item.place,
    expected: f.expected,
    actual: f.actual,
    ...(f.difference !== undefined ? { difference: f.difference } : {}),
  };
}
