import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { frameStyles } from '../base/frame.styles.js';
import { emit } from '../base/events.js';
import { positionTooltip, type Anchor } from '../base/tooltip.js';
import { buildFlowModel } from '../../src/model/flows.js';
import { modelInUnit } from '../../src/model/flows-unit.js';
import { layoutSankey } from '../../src/layout/sankey.js';
import type { Finding } from '../../src/audit/types.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { FlowModel } from '../../src/model/sankey-types.js';
import type { SankeyLayout } from '../../src/layout/sankey-types.js';
import type { Unit } from '../../src/schema/primitives.js';
import { COMMON, t, type Lang } from '../../src/format/messages.js';
import { formatAmount, resolveUnit, unitLabel } from '../../src/format/units.js';
import { sankeyStyles } from './budget-sankey.styles.js';
import { SANKEY } from './budget-sankey.messages.js';
import { renderMarks } from './budget-sankey.marks.js';
import { buildGraph, firstFocus, flowThrough, keyMove, move, selectDetail, type Focus, type SankeyGraph } from './sankey-graph.js';
import { announce, csvRows, describeMark, renderTables, summarize, type TextContext } from './budget-sankey.text.js';


/**
 * Where a department's money comes from and where it goes: income kinds → function classes
 * → basic / project expenditure → personnel / public costs, drawn from the disclosure tables
 * (公开01表, 公开03表, 公开06表; or the fiscal tables 公开04表, 公开05表 with `money="fiscal"`).
 * Every band traces back to its table cells; imbalances are drawn and named.
 *
 * @summary An accessible, responsive sankey diagram of a 部门决算 / 部门预算 disclosure.
 * @tagname budget-sankey
 * @customElement budget-sankey
 *
 * @example
 * <budget-sankey src="/data/2021.json" lang="zh-CN" toolbar></budget-sankey>
 *
 * @attr {string} src - URL of a disclosure JSON file (fetched, aborted on change or removal).
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Unit of the amounts shown. Default `auto`.
 * @attr {'all'|'fiscal'} money - All money (表1, 表3, 表6) or fiscal money only (表4, 表5, 表6).
 * @attr {'class'|'item'|'subitem'} depth - Function classification depth: 类, 款 or 项.
 * @attr {'official'|'value'} order - Official code/table order (default) or largest first.
 * @attr {'auto'|'horizontal'|'vertical'} orientation - `auto` turns vertical below `narrow-below` px.
 * @attr {number} narrow-below - Width in px under which `auto` orientation is vertical. Default 640.
 * @attr {number} label-size - Label font size in px, never below 12. Default 12.
 * @attr {boolean} toolbar - Show SVG, PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {unknown} data - The disclosure document as an object (takes precedence over `src`).
 * @prop {FlowModel | undefined} model - The flow model drawn (read-only).
 * @prop {SankeyLayout | undefined} layout - The geometry drawn (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[]}>} dw-error - The data is invalid or could not be loaded; `detail.problems` lists each path and message.
 * @fires {CustomEvent<{kind: string, code: string, name: string, value: number, provenance: Provenance}>} dw-select - A node or flow was chosen (click, tap or Enter).
 *
 * @slot - An optional `<script type="application/json">` holding the document (for CMSs without JavaScript).
 *
 * @csspart base - The element's frame.
 * @csspart svg - The chart.
 * @csspart node - Each node bar.
 * @csspart node-panel - The tinted panel joining a bar to its bands, behind its label.
 * @csspart label-panel - A label's own panel, when it reaches beyond its bar (drawn over other panels).
 * @csspart leader - The line joining a label moved for room to its bar.
 * @csspart link - Each flow band.
 * @csspart label - Each node label.
 * @csspart summary - The visible summary sentence.
 * @csspart legend - The column legend.
 * @csspart note - Imbalance and audit notes.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data tables.
 * @csspart toolbar - The bar with the data-table toggle and the downloads.
 * @csspart error - The error panel.
 *
 * @cssprop [--dw-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', …] - Font stack.
 * @cssprop [--dw-font-size=14px] - Base font size of text outside the chart.
 * @cssprop [--dw-print-width=190mm] - Width the chart is laid out for while printing (A4 portrait less default margins).
 * @cssprop [--dw-text=#1f1f1f] - Text colour.
 * @cssprop [--dw-text-muted=#595959] - Secondary text colour.
 * @cssprop [--dw-background=#ffffff] - Background (also of exported images).
 * @cssprop [--dw-surface=#f4f4f5] - Panels, buttons and notes.
 * @cssprop [--dw-border=#c4c4c8] - Borders and table rules.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring.
 * @cssprop [--dw-error=#b3261e] - Errors and imbalances.
 * @cssprop [--dw-warning=#8a5300] - Audit notes.
 * @cssprop [--dw-palette-1=#0072b2] - Okabe–Ito palette, 1 to 8 (blue, orange, green, purple, sky, vermillion, yellow, black).
 * @cssprop [--dw-neutral=#8c8c8c] - Merged "其他" nodes.
 * @cssprop [--dw-color-income=var(--dw-palette-1)] - Income nodes and their flows.
 * @cssprop [--dw-color-total=#5f6b7a] - The 本年收入合计 / 总计 hub and its flows.
 * @cssprop [--dw-panel-opacity=0.16] - Opacity of the label panels.
 * @cssprop [--dw-color-carry-over=var(--dw-palette-5)] - Carry-over balances.
 * @cssprop [--dw-color-function=var(--dw-palette-3)] - Function classes.
 * @cssprop [--dw-color-expenditure=var(--dw-palette-2)] - Basic / project expenditure.
 * @cssprop [--dw-color-cost=var(--dw-palette-6)] - Personnel / public costs.
 * @cssprop [--dw-color-sink=var(--dw-palette-4)] - Balance distribution.
 * @cssprop [--dw-color-imbalance=var(--dw-error)] - Imbalance nodes (hatched).
 * @cssprop [--dw-link-opacity=0.38] - Opacity of flow bands.
 * @cssprop [--dw-link-opacity-active=0.7] - Opacity of highlighted bands.
 * @cssprop [--dw-dim-opacity=0.12] - Opacity of bands outside the highlighted flow.
 */
export class BudgetSankey extends DisclosureElement {
  static override styles = [frameStyles, sankeyStyles];

  /**
   * The consistency check whose findings about the drawn tables are shown as a note
   * ("核对发现 N 处不一致"). The all-elements entry (`disclosure-widgets/elements`, the script
   * tag bundle) sets it to `audit` from the core (components/with-audit/define.ts); the
   * single-element entry leaves it unset to stay small (the audit is ~14 KB gzip). To opt in:
   * @example import 'disclosure-widgets/elements/with-audit';
   */
  static auditor?: (doc: Disclosure) => readonly Finding[];

  /** All money (表1, 表3, 表6) or fiscal money only (表4, 表5, 表6). */
  @property({ reflect: true }) money: 'all' | 'fiscal' = 'all';

  /** Depth of the function classification: 类 (`class`), 款 (`item`) or 项 (`subitem`). */
  @property({ reflect: true }) depth: 'class' | 'item' | 'subitem' = 'class';

  /** `official` (code and table order) or `value` (largest first). */
  @property({ reflect: true }) order: 'official' | 'value' = 'official';

  /** `auto` (vertical below `narrowBelow`), `horizontal` or `vertical`. */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Width in px below which the automatic orientation is vertical. */
  @property({ attribute: 'narrow-below', type: Number }) narrowBelow = 640;

  /** Label font size in px; never below 12. */
  @property({ attribute: 'label-size', type: Number }) labelSize = 12;

  /** Merged groups the reader expanded. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** The mark chosen by keyboard, click or tap. */
  @state() private focused: Focus | null = null;
  /** The mark under the mouse. */
  @state() private hovered: Focus | null = null;
  @state() private announcement = '';

  private currentModel?: FlowModel;
  private currentLayout?: SankeyLayout;
  private graph?: SankeyGraph;
  private findings: Finding[] = [];
  private displayUnit: Unit = '万元';
  private seenVersion = -1;
  private layoutKey = '';
  private pointer: Anchor | null = null;
  private pointerFocus = false;

  /** The flow model drawn, once data is ready. */
  get model(): FlowModel | undefined {
    return this.currentModel;
  }

  /** The geometry drawn, once data is ready and the element has a width. */
  get layout(): SankeyLayout | undefined {
    return this.currentLayout;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const lang = this.currentLang;
    let modelChanged = false;
    if (this.source.version !== this.seenVersion || changed.has('money') || changed.has('depth') || changed.has('order')) {
      this.seenVersion = this.source.version;
      modelChanged = true;
      this.deriveModel();
    }
    if (modelChanged || changed.has('unit')) {
      const model = this.currentModel;
      this.displayUnit = model ? resolveUnit(this.unit, [model.total], model.unit) : '万元';
    }
    const key = [this.size.width, lang, this.displayUnit, this.orientation, this.narrowBelow, this.labelSize, [...this.expanded].join('|')].join(';');
    if (modelChanged || key !== this.layoutKey) {
      this.layoutKey = key;
      this.deriveLayout(lang);
    }
  }

  private deriveModel(): void {
    this.currentModel = undefined;
    this.findings = [];
    this.emptyReason = undefined;
    this.focused = null;
    this.hovered = null;
    this.expanded = new Set();
    const doc = this.disclosure;
    if (!doc) {
      this.setDerivedProblems([]);
      return;
    }
    try {
      const result = buildFlowModel(doc, { money: this.money, depth: this.depth, order: this.order });
      if (result.ok) {
        this.currentModel = result.model;
        this.setDerivedProblems([]);
      } else if (result.empty) {
        this.emptyReason = result.empty;
        this.setDerivedProblems([]);
      } else {
        this.setDerivedProblems(result.errors);
      }
    } catch (error) {
      this.setDerivedProblems([failure(error)]);
    }
    if (this.currentModel) this.findings = this.relevantFindings(doc, this.currentModel);
  }

  /** Audit findings about the tables this chart draws (rounding notes left out). */
  private relevantFindings(doc: Disclosure, model: FlowModel): Finding[] {
    const auditor = (this.constructor as typeof BudgetSankey).auditor;
    if (!auditor) return [];
    try {
      const drawn = new Set(model.tables);
      return auditor(doc).filter(
        (finding) => finding.severity !== 'rounding' && finding.cells.some((cell) => drawn.has(cell.table)),
      );
    } catch {
      return [];
    }
  }

  private deriveLayout(lang: Lang): void {
    this.currentLayout = undefined;
    this.graph = undefined;
    const model = this.currentModel;
    if (!model || this.size.width <= 0) return;
    try {
      const layout = layoutSankey(modelInUnit(model, this.displayUnit), {
        width: this.size.width,
        orientation: this.orientation,
        narrowBelow: this.narrowBelow,
        fontSize: Math.max(12, this.labelSize || 12),
        expanded: this.expanded,
        lang,
      });
      if (layout.error) {
        this.setDerivedProblems([layout.error]);
        return;
      }
      this.currentLayout = layout;
      this.graph = buildGraph(model, layout);
      if (this.focused && !this.graph.nodes.has(this.focused.id) && !this.graph.links.has(this.focused.id)) this.focused = null;
    } catch (error) {
      this.setDerivedProblems([failure(error)]);
    }
  }

  private context(lang: Lang): TextContext {
    return { doc: this.disclosure!, model: this.currentModel!, unit: this.displayUnit, lang };
  }

  protected summary(lang: Lang): string {
    return this.currentModel && this.disclosure ? summarize(this.context(lang)) : '';
  }

  protected exportName(): string {
    return `budget-sankey-${this.disclosure?.meta.year ?? ''}`;
  }

  protected csvRows(): CsvRow[] {
    return this.currentModel ? csvRows(this.context(this.currentLang)) : [];
  }

  protected renderTable(lang: Lang): TemplateResult {
    return this.currentModel ? renderTables(this.context(lang)) : html``;
  }

  protected renderChart(lang: Lang): TemplateResult {
    const layout = this.currentLayout;
    const graph = this.graph;
    const model = this.currentModel!;
    const summaryId = `${this.ids}-summary`;
    const hintId = `${this.ids}-hint`;
    const active = this.hovered ?? this.focused;
    const context = this.context(lang);
    return html`<div
        class="chart"
        role="application"
        aria-roledescription=${lang === 'en' ? 'sankey diagram' : '桑基图'}
        tabindex="0"
        aria-labelledby=${summaryId}
        aria-describedby=${hintId}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointerdown=${this.onPointerDown}
        @pointerover=${this.onPointerOver}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        ${layout && graph
          ? html`<svg
              part="svg"
              class=${layout.orientation}
              width=${layout.width}
              height=${layout.height}
              viewBox=${`0 0 ${layout.width} ${layout.height}`}
              aria-hidden="true"
              >${renderMarks({
                layout,
                graph,
                lit: active ? flowThrough(graph, active) : null,
                focus: this.focused,
                ids: this.ids,
                labelSize: layout.fontSize ?? Math.max(12, this.labelSize || 12),
              })}</svg
            >`
          : html`<div class="placeholder"></div>`}
      </div>
      <p class="summary" part="summary" id=${summaryId}>${summarize(context)}</p>
      <p class="sr-only" id=${hintId}>${t(SANKEY, 'keyboardHint', lang)}</p>
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
      ${this.renderLegend(model, lang)} ${this.renderNotes(model, context)}
      ${this.renderTooltip(context)}`;
  }

  private renderLegend(model: FlowModel, lang: Lang): TemplateResult {
    return html`<ol class="legend" part="legend" aria-label=${t(SANKEY, 'legend', lang)}>
      <li class="unit">${t(SANKEY, 'unit', lang, { unit: unitLabel(this.displayUnit, lang) })}</li>
      ${model.columns.map((title, column) => {
        const kind = model.nodes.find((node) => node.column === column)?.kind ?? 'other';
        return html`<li><span class=${`swatch kind-${kind}`}></span>${title[lang]}</li>`;
      })}
    </ol>`;
  }

  private renderNotes(model: FlowModel, context: TextContext): TemplateResult {
    const { lang } = context;
    return html`${(model.notes ?? []).map((note) => html`<p class="note partial" part="note">${note[lang]}</p>`)}
    ${model.imbalances.length
      ? html`<div class="note imbalances" part="note">
          ${t(SANKEY, 'imbalances', lang, { count: model.imbalances.length })}
          <ul>
            ${model.imbalances.map((item) => html`<li>${item.message[lang]}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${this.findings.length
      ? html`<details class="note audit" part="note">
          <summary>${t(COMMON, 'auditFindings', lang, { count: this.findings.length })}</summary>
          <ul>
            ${this.findings.map((finding) => html`<li>${finding.rule} ${finding.message[lang]}</li>`)}
          </ul>
        </details>`
      : nothing}`;
  }

  private renderTooltip(context: TextContext): TemplateResult {
    const active = this.hovered ?? this.focused;
    const text = active && this.graph ? describeMark(this.graph, active, context) : null;
    return html`<div class="tooltip" part="tooltip" role="tooltip" ?hidden=${!text}>
      ${text
        ? html`<p class="title">${text.title}</p>
            <p>${text.value}</p>
            ${text.lines.map((line) => html`<p class="muted">${line}</p>`)}`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const active = this.hovered ?? this.focused;
    if (!tooltip || tooltip.hidden || !active) return;
    let anchor = this.hovered ? this.pointer : null;
    if (!anchor) {
      const mark = this.renderRoot.querySelector(`[data-id="${CSS.escape(active.id)}"]`);
      const rect = mark?.getBoundingClientRect();
      if (rect) anchor = { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    }
    if (anchor) positionTooltip(tooltip, anchor);
  }

  // ---- interaction -----------------------------------------------------------------------

  private markAt(event: Event): Focus | null {
    const target = (event.composedPath()[0] as Element | undefined)?.closest?.('[data-id]');
    const type = target?.getAttribute('data-type');
    const id = target?.getAttribute('data-id');
    return id && (type === 'node' || type === 'link') ? { type, id } : null;
  }

  private onPointerDown = (): void => {
    this.pointerFocus = true;
  };

  private onPointerOver = (event: PointerEvent): void => {
    const mark = this.markAt(event);
    this.pointer = { x: event.clientX, y: event.clientY };
    if (mark?.id !== this.hovered?.id) this.hovered = mark;
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (!this.hovered) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip && !tooltip.hidden) positionTooltip(tooltip, this.pointer);
  };

  private onPointerLeave = (): void => {
    this.hovered = null;
    this.pointer = null;
  };

  private onClick = (event: MouseEvent): void => {
    this.pointerFocus = false;
    const mark = this.markAt(event);
    // A tap shows the same tooltip a hover does, and keeps it until the next tap.
    if (!mark) {
      this.focused = null;
      return;
    }
    this.hovered = null;
    this.setFocus(mark);
    this.activate(mark);
  };

  private onFocus = (): void => {
    if (this.pointerFocus) return;
    if (!this.focused && this.graph) this.setFocus(firstFocus(this.graph));
  };

  private onBlur = (): void => {
    this.pointerFocus = false;
    this.focused = null;
    this.announcement = '';
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const graph = this.graph;
    const layout = this.currentLayout;
    if (!graph || !layout) return;
    if (event.key === 'Escape') {
      if (this.focused || this.hovered) event.preventDefault();
      this.focused = null;
      this.hovered = null;
      this.announcement = '';
      return;
    }
    const current = this.focused ?? firstFocus(graph);
    if (!current) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.setFocus(current);
      this.activate(current);
      return;
    }
    const how = keyMove(layout.orientation, event.key);
    if (!how) return;
    event.preventDefault();
    this.hovered = null;
    this.setFocus(this.focused ? move(graph, current, how) : current);
  };

  private setFocus(focus: Focus | null): void {
    this.focused = focus;
    this.announcement = focus && this.graph ? announce(this.graph, focus, this.context(this.currentLang)) : '';
  }

  /** Enter, click or tap: expand a merged node, and tell the page what was chosen. */
  private activate(focus: Focus): void {
    const graph = this.graph;
    if (!graph) return;
    const merged = focus.type === 'node' ? graph.nodes.get(focus.id)?.drawn.merged : undefined;
    if (merged?.length) {
      this.expanded = new Set([...this.expanded, focus.id]);
      this.focused = { type: 'node', id: merged[0]! };
    }
    const detail = selectDetail(graph, focus);
    if (detail) emit(this, 'dw-select', detail);
  }

  /** The amount as shown, in the element's unit and language (for page scripts). */
  formatValue(value: number): string {
    const model = this.currentModel;
    return model ? formatAmount(value, model.unit, this.displayUnit, this.currentLang) : String(value);
  }
}

function failure(error: unknown): { 'zh-CN': string; en: string } {
  const reason = error instanceof Error ? error.message : String(error);
  return { 'zh-CN': `无法绘制：${reason}`, en: `Could not draw the chart: ${reason}` };
}
