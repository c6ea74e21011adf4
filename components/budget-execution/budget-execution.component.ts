import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { partsValidator } from '../../src/schema/parts.js';
import { Narrative } from '../../src/schema/narrative.js';
import { frameStyles } from '../base/frame.styles.js';
import { MarksController } from '../base/marks-controller.js';
import { markStyles } from '../base/marks.styles.js';
import { chartStyles } from '../base/chart.styles.js';
import { barStyles } from '../base/bars.styles.js';
import { barMarks, renderAxis, renderBarRows, type BarMark } from '../base/bar-marks.js';
import { auditOnce, findingsAbout, type Auditor } from '../base/audit-cache.js';
import { renderAuditNote } from '../base/audit-note.js';
import { choice, range } from '../base/options.js';
import { buildExecutionModel, cellsOf, executionAmounts, type ExecutionModel } from '../../src/model/execution.js';
import { buildYoyModel, type YoyModel } from '../../src/model/year-over-year.js';
import { layoutBars, type BarsLayout } from '../../src/layout/bars.js';
import type { Finding } from '../../src/audit/types.js';
import type { Unit } from '../../src/schema/primitives.js';
import { t, type Lang } from '../../src/format/messages.js';
import { formatAmountNumber } from '../../src/format/number.js';
import { resolveUnit, unitLabel } from '../../src/format/units.js';
import type { DwSelectDetail } from '../base/events.js';
import { BARS } from '../base/bar-messages.js';
import { EXECUTION } from './budget-execution.messages.js';
import { executionStyles } from './budget-execution.styles.js';
import {
  announceItem,
  announceYoy,
  describeItem,
  describeYoy,
  hasAdjusted,
  itemBars,
  itemsCsv,
  itemsSummary,
  itemsTable,
  shownNames,
  yoyBars,
  yoyCsv,
  yoySummary,
  yoyTable,
  type ItemsContext,
  type YoyContext,
} from './budget-execution.text.js';

/** Above this many rows the chart scrolls within the element, its scale kept on top. */
const SCROLL_ABOVE = 40;

/**
 * How the budget was executed: every 功能分类 item the 情况说明 explains, its 年初预算 (a marker)
 * and 决算 (a bar) on one scale, the completion rate, over or under in words and colour, and
 * the stated reason (`view="items"`) — read from 公开05表 where it prints 年初预算数 (and
 * 调整预算数, a dashed tick) beside 决算数, also when the text lists no item; or the 情况说明's comparisons with the previous year —
 * 收支总计, 财政拨款收入, 基本支出, 项目支出 … — with the change and its percent (`view="yoy"`).
 *
 * @summary Bullet bars of budget vs final per item, or this year vs last, from a 部门决算.
 * @tagname budget-execution
 * @customElement budget-execution
 *
 * @example
 * <budget-execution src="/data/2021.json" view="items" order="deviation"></budget-execution>
 *
 * @attr {string} src - URL of a disclosure JSON file (fetched, aborted on change or removal).
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Unit of the amounts shown. Default `auto`.
 * @attr {'items'|'yoy'} view - Budget vs final per item (default) or this year vs last year.
 * @attr {'code'|'deviation'} order - Code order grouped by 类 (default) or the largest |决算 − 预算| first.
 * @attr {number} narrow-below - Width in px under which labels go above the bars. Default 560.
 * @attr {number} label-size - Text size in px, 12 to 48. Default 12.
 * @attr {boolean} toolbar - Show SVG, PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {unknown} data - The disclosure document as an object (takes precedence over `src`; never mutated).
 * @prop {ExecutionModel | YoyModel | undefined} model - The model drawn (read-only).
 * @prop {BarsLayout | undefined} layout - The geometry drawn (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 * @prop {Problem[]} optionProblems - Option values that were not allowed and fell back to their default (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid or the `src` could not be loaded.
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed, so its default is used.
 * @fires {CustomEvent<{kind: 'bar', code: string, name: string, label?: string, value: number, provenance: Provenance}>} dw-select - A row was chosen (click, tap, Enter or Space); `value` is the 决算 (or this year's amount; NaN when blank, never 0).
 *
 * @slot - An optional `<script type="application/json">` holding the document.
 *
 * @csspart base - The element's frame.
 * @csspart svg - The chart.
 * @csspart axis - The scale (tick lines and values).
 * @csspart bar - Each bar (also `back` or `front`).
 * @csspart marker - The 年初预算 marker (a diamond when the budget is 0).
 * @csspart previous - The 调整预算 tick (dashed), where 公开05表 prints 调整预算数 / 全年预算数.
 * @csspart label - Each category label.
 * @csspart value - Each value text.
 * @csspart summary - The visible summary sentence.
 * @csspart legend - The key and the unit.
 * @csspart note - Derived-figure, scroll and audit notes.
 * @csspart option-note - The note naming option values that were not allowed.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart toolbar - The bar with the data-table toggle and the downloads.
 * @csspart error - The error panel.
 *
 * @cssprop [--dw-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', …] - Font stack.
 * @cssprop [--dw-font-size=14px] - Base font size of text outside the chart.
 * @cssprop [--dw-print-width=190mm] - Width the chart is laid out for while printing.
 * @cssprop [--dw-text=#1f1f1f] - Text colour.
 * @cssprop [--dw-text-muted=#595959] - Secondary text colour.
 * @cssprop [--dw-background=#ffffff] - Background (also of exported images).
 * @cssprop [--dw-surface=#f4f4f5] - Hovered row, buttons and notes.
 * @cssprop [--dw-border=#c4c4c8] - Grid lines and table rules.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring.
 * @cssprop [--dw-warning=#8a5300] - Audit notes.
 * @cssprop [--dw-palette-1=#0072b2] - Okabe–Ito palette, 1 to 8.
 * @cssprop [--dw-bar-back=palette-1 at 24%] - The light bar (last year in `yoy`).
 * @cssprop [--dw-bar-front=var(--dw-palette-1)] - The 决算 / this year's bar.
 * @cssprop [--dw-bar-over=var(--dw-palette-6)] - A 决算 bar over its budget.
 * @cssprop [--dw-bar-marker=var(--dw-text)] - The 年初预算 marker.
 * @cssprop [--dw-bar-previous=var(--dw-text-muted)] - The 调整预算 tick (dashed).
 * @cssprop [--dw-scroll-height=70vh] - Height of the chart when a long list scrolls within it.
 */
export class BudgetExecution extends DisclosureElement {
  static override styles = [frameStyles, markStyles, chartStyles, barStyles, executionStyles];

  /** The consistency check whose findings about the figures drawn are shown (set by the all-elements entry). */
  static auditor?: Auditor;

  /** Checks the tables and the narrative (stated reasons, the year-over-year figures). */
  static override validator = partsValidator({ narrative: Narrative });

  /** `items` (年初预算 vs 决算 per item) or `yoy` (this year vs last year). */
  @property({ reflect: true }) view: 'items' | 'yoy' = 'items';

  /** `code` (official order, grouped by 类) or `deviation` (largest |决算 − 预算| first). */
  @property({ reflect: true }) order: 'code' | 'deviation' = 'code';

  /** Width in px below which labels go above the bars. */
  @property({ attribute: 'narrow-below', type: Number }) narrowBelow = 560;

  /** Text size in px, 12 to 48. */
  @property({ attribute: 'label-size', type: Number }) labelSize = 12;

  static override options = {
    ...DisclosureElement.options,
    view: choice('view', ['items', 'yoy'], 'items'),
    order: choice('order', ['code', 'deviation'], 'code'),
    narrowBelow: range('narrow-below', { min: 0, max: 10000, default: 560 }),
    labelSize: range('label-size', { min: 12, max: 48, default: 12 }),
  };

  private readonly marks = new MarksController<BarMark>(this, () => this.markGraph());
  private items?: ExecutionModel;
  private yoy?: YoyModel;
  private currentLayout?: BarsLayout;
  private findings: Finding[] = [];
  private displayUnit: Unit = '万元';

  protected override drawnUnit(): Unit {
    return this.displayUnit;
  }
  private seenVersion = -1;
  private layoutKey = '';
  private names = new Map<string, string>();
  private namesFor: { model?: ExecutionModel; lang?: Lang } = {};

  /** The model drawn: `ExecutionModel` for `items`, `YoyModel` for `yoy`. */
  get model(): ExecutionModel | YoyModel | undefined {
    return this.items ?? this.yoy;
  }

  /** The geometry drawn. */
  get layout(): BarsLayout | undefined {
    return this.currentLayout;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const lang = this.currentLang;
    let modelChanged = false;
    if (this.source.version !== this.seenVersion || changed.has('view') || changed.has('order')) {
      this.seenVersion = this.source.version;
      modelChanged = true;
      this.deriveModel();
    }
    if (modelChanged || changed.has('unit')) {
      const amounts = this.items ? executionAmounts(this.items) : (this.yoy?.rows.flatMap((r) => [r.current, r.previous]) ?? []);
      const from = this.model?.unit ?? '万元';
      this.displayUnit = resolveUnit(this.checked('unit'), amounts, from);
    }
    const key = [this.size.width, lang, this.displayUnit, this.checked('narrowBelow'), this.checked('labelSize')].join(';');
    if (modelChanged || key !== this.layoutKey || changed.has('lang')) {
      this.layoutKey = key;
      this.deriveLayout(lang);
    }
  }

  private deriveModel(): void {
    this.items = undefined;
    this.yoy = undefined;
    this.classes = new Map();
    this.findings = [];
    this.emptyReason = undefined;
    this.marks.reset();
    const doc = this.disclosure;
    this.setDerivedProblems([]);
    if (!doc) return;
    try {
      const view = this.checked('view');
      const result = view === 'yoy' ? buildYoyModel(doc) : buildExecutionModel(doc, { order: this.checked('order') });
      if (!result.ok) this.emptyReason = result.empty;
      else if (view === 'yoy') this.yoy = result.model as YoyModel;
      else this.items = result.model as ExecutionModel;
    } catch (error) {
      this.setDerivedProblems([failure(error)]);
    }
    const auditor = (this.constructor as typeof BudgetExecution).auditor;
    if (auditor && this.model) {
      const all = auditOnce(auditor, doc);
      const path = this.items ? 'narrative.execution' : 'narrative.comparisons';
      const about = new Set(findingsAbout(all, this.items?.tables ?? []));
      for (const finding of all) {
        if (finding.severity !== 'rounding' && finding.fields?.some((field) => field.path.startsWith(path))) about.add(finding);
      }
      this.findings = [...about];
    }
  }

  private deriveLayout(lang: Lang): void {
    this.currentLayout = undefined;
    if (!this.model || this.size.width <= 0) return;
    const rows = this.items ? itemBars(this.itemsContext(lang)) : yoyBars(this.yoyContext(lang));
    this.currentLayout = layoutBars(rows, {
      width: this.size.width,
      fontSize: this.checked('labelSize'),
      narrowBelow: this.checked('narrowBelow'),
      tickText: (value) => formatAmountNumber(value, lang).replace(/\.00$/, ''),
    });
  }

  private itemsContext(lang: Lang): ItemsContext {
    // Qualified names depend on the model and the language only: built once for each.
    if (this.namesFor.model !== this.items || this.namesFor.lang !== lang) {
      this.names = shownNames(this.items!, lang);
      this.namesFor = { model: this.items, lang };
    }
    return { doc: this.disclosure!, model: this.items!, unit: this.displayUnit, lang, names: this.names };
  }

  private yoyContext(lang: Lang): YoyContext {
    return { doc: this.disclosure!, model: this.yoy!, unit: this.displayUnit, lang };
  }

  protected summary(lang: Lang): string {
    if (!this.disclosure) return '';
    if (this.items) return itemsSummary(this.itemsContext(lang));
    if (this.yoy) return yoySummary(this.yoyContext(lang));
    return '';
  }

  protected exportName(): string {
    return `budget-execution-${this.checked('view')}-${this.disclosure?.meta.year ?? ''}`;
  }

  protected csvRows(): CsvRow[] {
    const lang = this.currentLang;
    if (this.items) return itemsCsv(this.itemsContext(lang));
    if (this.yoy) return yoyCsv(this.yoyContext(lang));
    return [];
  }

  protected renderTable(lang: Lang): TemplateResult {
    if (this.items) return itemsTable(this.itemsContext(lang));
    if (this.yoy) return yoyTable(this.yoyContext(lang));
    return html``;
  }

  private markGraph() {
    const layout = this.currentLayout;
    if (!layout || !this.disclosure || !this.model) return undefined;
    const lang = this.currentLang;
    const ids = layout.rows.filter((row) => row.kind === 'bar').map((row) => row.id);
    const position = (id: string) => ids.indexOf(id) + 1;
    if (this.items) {
      const c = this.itemsContext(lang);
      return barMarks(layout, {
        describe: (id) => describeItem(c, id),
        announce: (id) => announceItem(c, id, position(id), ids.length),
        detail: (id) => this.itemDetail(c, id),
      });
    }
    const c = this.yoyContext(lang);
    return barMarks(layout, {
      describe: (id) => describeYoy(c, id),
      announce: (id) => announceYoy(c, id, position(id), ids.length),
      detail: (id) => {
        const row = c.model.rows.find((r) => r.id === id);
        if (!row) return undefined;
        const where = row.line ? t(EXECUTION, 'sourceLine', 'zh-CN', { line: row.line }) : t(EXECUTION, 'sourceNarrative', 'zh-CN');
        return {
          kind: 'bar',
          code: row.subject,
          name: row.label,
          value: row.current ?? NaN,
          provenance: { cells: [], derived: { 'zh-CN': where, en: where } },
        };
      },
    });
  }

  private itemDetail(c: ItemsContext, id: string): DwSelectDetail | undefined {
    const row = id === 'total' ? c.model.total : c.model.rows.find((r) => r.id === id);
    if (!row) return undefined;
    // A budget read from 公开05表 is a cell of its own; one from the text is its line.
    const line = row.line && !row.budgetCell ? { 'zh-CN': `年初预算见情况说明第${row.line}行`, en: `initial budget from the 情况说明, line ${row.line}` } : undefined;
    const cells = cellsOf(row);
    return {
      kind: 'bar',
      code: row.code ?? row.id,
      name: row.name,
      label: c.names.get(row.id),
      // A blank 决算 is not 0: NaN, as the audit does for a value in words.
      value: row.final ?? NaN,
      provenance: { cells, derived: line },
    };
  }

  protected renderChart(lang: Lang): TemplateResult {
    const layout = this.currentLayout;
    const summaryId = `${this.ids}-summary`;
    const hintId = `${this.ids}-hint`;
    const rowsCount = layout?.rows.length ?? 0;
    const scroll = rowsCount > SCROLL_ABOVE && !this.size.printing;
    const svgOf = (part: string, body: unknown, height: number) =>
      html`<svg part=${part} width=${layout!.width} height=${height} viewBox=${`0 0 ${layout!.width} ${height}`} aria-hidden="true">${body}</svg>`;
    const drawing = layout
      ? svgOf(
          'svg',
          html`${renderAxis(layout)}${renderBarRows({
            layout,
            ids: this.ids,
            focused: this.marks.focused?.id,
            active: this.marks.active?.id,
            classes: (row) => this.rowClass(row.id),
          })}`,
          layout.height,
        )
      : html`<div class="placeholder"></div>`;
    const surface = { roleDescription: t(EXECUTION, this.items ? 'roleItems' : 'roleYoy', lang), labelledBy: summaryId, describedBy: hintId };
    // A long list scrolls inside the element; the scroller holds the focusable surface (not the
    // other way round), so the scrolled region has keyboard access of its own: arrows move the
    // focus row by row and the scroller follows it (keepFocusInView).
    const chart =
      scroll && layout
        ? html`<div class="scroller"><div class="sticky-axis" aria-hidden="true">${svgOf('axis-copy', renderAxis({ ...layout, height: layout.axis.height }), layout.axis.height)}</div>${this.marks.renderSurface(drawing, surface)}</div>`
        : this.marks.renderSurface(drawing, surface);
    return html`${this.renderLegend(lang)}${chart}
      <p class="summary" part="summary" id=${summaryId}>${this.summary(lang)}</p>
      <p class="sr-only" id=${hintId}>${t(BARS, 'keyboardHint', lang)}</p>
      ${this.marks.renderLiveRegion()} ${this.renderNotes(lang, scroll)} ${this.marks.renderTooltip()}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The sticky copy of the axis lies over the chart's own axis (no layout space of its own).
    const sticky = this.renderRoot.querySelector<HTMLElement>('.sticky-axis');
    if (sticky && this.currentLayout) sticky.style.marginBottom = `-${this.currentLayout.axis.height}px`;
    // The sticky scale's height is read only when focus moved: reading it on every update
    // forced a layout of the whole chart inside the update (a third of the time at 500 rows),
    // which the margin just written then made the browser redo in the frame.
    this.keepFocusInView(() => sticky?.offsetHeight ?? 0);
  }

  private scrolledTo: string | undefined;

  /**
   * Above 40 rows the chart scrolls within the element: when the keyboard moves focus to a row
   * outside the scroll area, bring the row in (below the sticky scale), once per move.
   */
  private keepFocusInView(stickyHeightOf: () => number): void {
    const id = this.marks.focused?.id;
    if (id === this.scrolledTo) return;
    this.scrolledTo = id;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const ring = scroller?.querySelector('.focus-ring');
    if (!scroller || !ring) return;
    const stickyHeight = stickyHeightOf();
    const view = scroller.getBoundingClientRect();
    const row = ring.getBoundingClientRect();
    if (row.top < view.top + stickyHeight) scroller.scrollTop -= view.top + stickyHeight - row.top;
    else if (row.bottom > view.bottom) scroller.scrollTop += row.bottom - view.bottom;
  }

  /** Row classes by id, built once per model (a lookup per drawn row keeps rendering linear). */
  private classes = new Map<string, string>();

  private rowClass(id: string): string {
    if (!this.classes.size) {
      for (const row of this.items ? [...(this.items.total ? [this.items.total] : []), ...this.items.rows] : []) {
        this.classes.set(row.id, `status-${row.status}${row.status === 'above' ? ' over' : ''}`);
      }
      for (const row of this.yoy?.rows ?? []) this.classes.set(row.id, row.trend ? `trend-${row.trend}` : '');
    }
    return this.classes.get(id) ?? '';
  }

  private renderLegend(lang: Lang): TemplateResult {
    const unit = html`<li>${t(BARS, 'unit', lang, { unit: unitLabel(this.displayUnit, lang) })}</li>`;
    if (this.yoy) {
      return html`<ul class="legend" part="legend">
        ${unit}<li><span class="key"></span>${t(EXECUTION, 'legendPrevious', lang)}</li>
        <li><span class="key front"></span>${t(EXECUTION, 'legendCurrent', lang)}</li>
      </ul>`;
    }
    return html`<ul class="legend" part="legend">
      ${unit}<li><span class="key front"></span>${t(EXECUTION, 'legendFinal', lang)}</li>
      <li><span class="key over"></span>${t(EXECUTION, 'legendOver', lang)}</li>
      <li><span class="key marker"></span>${t(EXECUTION, 'legendBudget', lang)}</li>
      ${this.items && hasAdjusted(this.items) ? html`<li><span class="key previous"></span>${t(EXECUTION, 'legendAdjusted', lang)}</li>` : nothing}
    </ul>`;
  }

  private renderNotes(lang: Lang, scroll: boolean): TemplateResult {
    const derived = this.yoy?.rows.some((r) => r.derived.previous || r.derived.change || r.derived.percent);
    const count = this.items?.rows.length ?? 0;
    return html`${derived ? html`<p class="note" part="note">${t(EXECUTION, 'derivedNote', lang)}</p>` : nothing}
      ${scroll ? html`<p class="note" part="note">${t(EXECUTION, 'scrollNote', lang, { count })}</p>` : nothing}
      ${renderAuditNote(this.findings, lang)}`;
  }
}

function failure(error: unknown): { 'zh-CN': string; en: string } {
  const reason = error instanceof Error ? error.message : String(error);
  return { 'zh-CN': `无法绘制：${reason}`, en: `Could not draw the chart: ${reason}` };
}
