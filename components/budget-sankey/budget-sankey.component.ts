import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { frameStyles } from '../base/frame.styles.js';
import { MarksController, type MarkGraph } from '../base/marks-controller.js';
import { markStyles } from '../base/marks.styles.js';
import { chartStyles } from '../base/chart.styles.js';
import { auditHeading, auditOnce, findingsAbout } from '../base/audit-cache.js';
import { choice, range } from '../base/options.js';
import { buildFlowModel } from '../../src/model/flows.js';
import { modelInUnit } from '../../src/model/flows-unit.js';
import { layoutSankey } from '../../src/layout/sankey.js';
import type { Finding } from '../../src/audit/types.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { FlowModel } from '../../src/model/sankey-types.js';
import type { SankeyLayout } from '../../src/layout/sankey-types.js';
import type { Unit } from '../../src/schema/primitives.js';
import { t, type Lang } from '../../src/format/messages.js';
import { formatAmount, resolveUnit, unitLabel } from '../../src/format/units.js';
import { sankeyStyles } from './budget-sankey.styles.js';
import { SANKEY } from './budget-sankey.messages.js';
import { renderMarks } from './budget-sankey.marks.js';
import { buildGraph, flowThrough, sankeyMarks, type Focus, type SankeyGraph } from './sankey-graph.js';
import { announce, csvRows, describeMark, labelledModel, markName, renderTables, summarize, type TextContext } from './budget-sankey.text.js';


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
 * @attr {number} label-size - Label font size in px, 12 to 48. Default 12.
 * @attr {boolean} toolbar - Show SVG, PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {unknown} data - The disclosure document as an object (takes precedence over `src`).
 * @prop {FlowModel | undefined} model - The flow model drawn (read-only).
 * @prop {SankeyLayout | undefined} layout - The geometry drawn (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 * @prop {Problem[]} optionProblems - Option values that were not allowed and fell back to their default (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid (`kind: 'data'`) or the `src` could not be loaded (`kind: 'load'`); `detail.problems` lists each path and message.
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed (e.g. `unit="yuan"`), so its default is used; each problem names the attribute (`@unit`), the allowed values and the value found. Also a console warning and a note in the frame.
 * @fires {CustomEvent<{kind: string, code: string, name: string, label?: string, value: number, provenance: Provenance}>} dw-select - A node or flow was chosen (click, tap, Enter or Space); `name` as printed, `label` as shown (qualified where two marks share a name).
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
 * @csspart note - Imbalance, audit and option notes.
 * @csspart option-note - The note naming option values that were not allowed.
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
  static override styles = [frameStyles, markStyles, chartStyles, sankeyStyles];

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

  /** Label font size in px, 12 to 48. */
  @property({ attribute: 'label-size', type: Number }) labelSize = 12;

  /** The allowed values of the options above; the base checks them before anything is derived. */
  static override options = {
    ...DisclosureElement.options,
    money: choice('money', ['all', 'fiscal'], 'all'),
    depth: choice('depth', ['class', 'item', 'subitem'], 'class'),
    order: choice('order', ['official', 'value'], 'official'),
    orientation: choice('orientation', ['auto', 'horizontal', 'vertical'], 'auto'),
    narrowBelow: range('narrow-below', { min: 0, max: 10000, default: 640 }),
    labelSize: range('label-size', { min: 12, max: 48, default: 12 }),
  };

  /** Merged groups the reader expanded. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** Focus, hover, keys, tooltip and selection across the drawn marks (shared by every widget). */
  private readonly marks = new MarksController<Focus>(this, () => this.markGraph());

  private currentModel?: FlowModel;
  private currentLayout?: SankeyLayout;
  private graph?: SankeyGraph;
  private findings: Finding[] = [];
  private displayUnit: Unit = '万元';

  protected override drawnUnit(): Unit {
    return this.displayUnit;
  }
  private seenVersion = -1;
  private layoutKey = '';

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
      // Every amount shown (marks, tooltips, table), so the smallest keeps two significant digits.
      const shown = model ? [model.total, ...model.nodes.map((n) => n.value), ...model.links.map((l) => l.value)] : [];
      this.displayUnit = model ? resolveUnit(this.checked('unit'), shown, model.unit) : '万元';
    }
    const key = [this.size.width, lang, this.displayUnit, this.checked('orientation'), this.checked('narrowBelow'), this.checked('labelSize'), [...this.expanded].join('|')].join(';');
    if (modelChanged || key !== this.layoutKey) {
      this.layoutKey = key;
      this.deriveLayout(lang);
    }
  }

  private deriveModel(): void {
    this.currentModel = undefined;
    this.findings = [];
    this.emptyReason = undefined;
    this.marks.reset();
    this.expanded = new Set();
    const doc = this.disclosure;
    if (!doc) {
      this.setDerivedProblems([]);
      return;
    }
    try {
      const result = buildFlowModel(doc, { money: this.checked('money'), depth: this.checked('depth'), order: this.checked('order') });
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

  /**
   * Audit findings about the tables this chart draws (rounding notes left out; rules that
   * could not check kept). The audit runs once per document (components/base/audit-cache.ts),
   * not again when money, depth or order change.
   */
  private relevantFindings(doc: Disclosure, model: FlowModel): Finding[] {
    const auditor = (this.constructor as typeof BudgetSankey).auditor;
    return auditor ? findingsAbout(auditOnce(auditor, doc), model.tables) : [];
  }

  private deriveLayout(lang: Lang): void {
    this.currentLayout = undefined;
    this.graph = undefined;
    const model = this.currentModel;
    if (!model || this.size.width <= 0) return;
    try {
      const layout = layoutSankey(labelledModel(modelInUnit(model, this.displayUnit), lang), {
        width: this.size.width,
        orientation: this.checked('orientation'),
        narrowBelow: this.checked('narrowBelow'),
        fontSize: this.checked('labelSize'),
        expanded: this.expanded,
        lang,
      });
      if (layout.error) {
        this.setDerivedProblems([layout.error]);
        return;
      }
      this.currentLayout = layout;
      this.graph = buildGraph(model, layout);
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
    const active = this.marks.active;
    const context = this.context(lang);
    const drawing =
      layout && graph
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
              focus: this.marks.focused,
              ids: this.ids,
              labelSize: layout.fontSize ?? this.checked('labelSize'),
            })}</svg
          >`
        : html`<div class="placeholder"></div>`;
    return html`${this.marks.renderSurface(drawing, {
        roleDescription: lang === 'en' ? 'sankey diagram' : '桑基图',
        labelledBy: summaryId,
        describedBy: hintId,
      })}
      <p class="summary" part="summary" id=${summaryId}>${summarize(context)}</p>
      <p class="sr-only" id=${hintId}>${t(SANKEY, layout?.orientation === 'vertical' ? 'keyboardHintVertical' : 'keyboardHint', lang)}</p>
      ${this.marks.renderLiveRegion()} ${this.renderLegend(model, lang)} ${this.renderNotes(model, context)}
      ${this.marks.renderTooltip()}`;
  }

  /** The drawn graph as the marks controller walks it, in the current language. */
  private markGraph(): MarkGraph<Focus> | undefined {
    const graph = this.graph;
    const layout = this.currentLayout;
    if (!graph || !layout || !this.currentModel || !this.disclosure) return undefined;
    const context = this.context(this.currentLang);
    return sankeyMarks(
      graph,
      layout.orientation,
      {
        name: (focus) => markName(graph, focus, context),
        describe: (focus) => describeMark(graph, focus, context),
        announce: (focus) => announce(graph, focus, context),
      },
      (id) => (this.expanded = new Set([...this.expanded, id])),
    );
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

  /**
   * The document's own imbalances, or (`unverifiedGaps`) gaps between cells of tables the
   * parser read with doubt: said apart, so a parse artefact never reads as the document's error.
   */
  private renderImbalances(items: FlowModel['imbalances'], heading: 'imbalances' | 'unverifiedGaps', lang: Lang): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<div class="note ${heading === 'imbalances' ? 'imbalances' : 'unverified'}" part="note">
      ${t(SANKEY, heading, lang, { count: items.length })}
      <ul>
        ${items.map((item) => html`<li>${item.message[lang]}</li>`)}
      </ul>
    </div>`;
  }

  private renderNotes(model: FlowModel, context: TextContext): TemplateResult {
    const { lang } = context;
    return html`${(model.notes ?? []).map((note) => html`<p class="note partial" part="note">${note[lang]}</p>`)}
    ${this.renderImbalances(model.imbalances.filter((item) => !item.unverified), 'imbalances', lang)}
    ${this.renderImbalances(model.imbalances.filter((item) => item.unverified), 'unverifiedGaps', lang)}
    ${this.findings.length
      ? html`<details class="note audit" part="note" ?open=${this.size.printing}>
          <summary>${auditHeading(this.findings, lang)}</summary>
          <ul>
            ${this.findings.map((finding) => html`<li>${finding.rule} ${finding.message[lang]}</li>`)}
          </ul>
        </details>`
      : nothing}`;
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
