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
import { range } from '../base/options.js';
import { buildThreePublicModel, threePublicAmounts, type ThreePublicModel } from '../../src/model/three-public.js';
import { layoutBars, type BarsLayout } from '../../src/layout/bars.js';
import type { Finding } from '../../src/audit/types.js';
import type { Unit } from '../../src/schema/primitives.js';
import { t, type Lang } from '../../src/format/messages.js';
import { formatAmountNumber } from '../../src/format/number.js';
import { resolveUnit, unitLabel } from '../../src/format/units.js';
import { BARS } from '../base/bar-messages.js';
import { COSTS } from './three-public-costs.messages.js';
import { costStyles } from './three-public-costs.styles.js';
import { PreviousSource } from './previous-source.js';
import {
  announceCost,
  chartKeys,
  costBars,
  costsCsv,
  costsSummary,
  costsTable,
  describeCost,
  zeroHeadline,
  type CostsContext,
} from './three-public-costs.text.js';

/**
 * The "三公" 经费: 因公出国（境）费, 公务用车购置及运行维护费 (购置费, 运行维护费), 公务接待费 and their
 * 合计 from 公开07表 — 预算数 as a wide light bar, 决算数 as a narrow dark one inside it, one
 * scale — then, muted under their own heading, the 会议费 and 培训费 a table prints beside them
 * (never in their 合计; absent when not printed), with the execution rate, the stated reason, the counts beside the money (团组 and
 * 人次 abroad, vehicles bought and held, 接待批次 and 人次), last year on the same scale when a
 * previous document is given (or the text states it), and the audit's 三公 findings on their
 * rows. All zero is said as such ("0.00万元 · 0辆 · 0批次"); a blank cell says "空白", not 0.
 *
 * @summary The "三公" costs of a 部门决算 / 部门预算: budget vs final, counts, last year.
 * @tagname three-public-costs
 * @customElement three-public-costs
 *
 * @example
 * <three-public-costs src="/data/2021.json" previous-src="/data/2020.json"></three-public-costs>
 *
 * @attr {string} src - URL of a disclosure JSON file (fetched, aborted on change or removal).
 * @attr {string} previous-src - URL of the previous year's document (its 公开07表 决算数 is drawn as last year).
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Unit of the amounts shown. Default `auto`.
 * @attr {number} narrow-below - Width in px under which labels go above the bars. Default 560.
 * @attr {number} label-size - Text size in px, 12 to 48. Default 12.
 * @attr {boolean} toolbar - Show SVG, PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {unknown} data - The disclosure document as an object (takes precedence over `src`; never mutated).
 * @prop {unknown} previous - The previous year's document as an object (takes precedence over `previous-src`; never mutated).
 * @prop {ThreePublicModel | undefined} model - The model drawn (read-only).
 * @prop {BarsLayout | undefined} layout - The geometry drawn (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 * @prop {Problem[]} optionProblems - Option values that were not allowed and fell back to their default (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid or the `src` could not be loaded.
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed, so its default is used.
 * @fires {CustomEvent<{kind: 'bar', code: string, name: string, label?: string, value: number, provenance: Provenance}>} dw-select - A row was chosen; `code` is the row key (`abroad`, `vehicles`, `vehiclePurchase`, `vehicleOperation`, `reception`, `total`; `meetings`, `training` for the related 会议费 and 培训费), `value` the 决算数 (the 预算数 in a budget document; NaN when that cell is blank or not printed, never 0).
 *
 * @slot - An optional `<script type="application/json">` holding the document.
 *
 * @csspart base - The element's frame.
 * @csspart svg - The chart.
 * @csspart axis - The scale.
 * @csspart bar - Each bar (also `back` for 预算数 or `front` for 决算数).
 * @csspart previous - Last year's dashed tick.
 * @csspart label - Each category label (with its counts).
 * @csspart value - Each value text.
 * @csspart headline - The all-zero headline ("0.00万元 · 0辆 · 0批次").
 * @csspart summary - The visible summary sentence.
 * @csspart legend - The key and the unit.
 * @csspart note - Budget-only, blank, previous-year and audit notes.
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
 * @cssprop [--dw-text-muted=#595959] - Secondary text colour (counts, blank cells).
 * @cssprop [--dw-background=#ffffff] - Background (also of exported images).
 * @cssprop [--dw-surface=#f4f4f5] - Hovered row, buttons and notes.
 * @cssprop [--dw-border=#c4c4c8] - Grid lines and table rules.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring.
 * @cssprop [--dw-warning=#8a5300] - Audit notes and marks.
 * @cssprop [--dw-palette-1=#0072b2] - Okabe–Ito palette, 1 to 8.
 * @cssprop [--dw-bar-back=palette-1 at 24%] - The 预算数 bar.
 * @cssprop [--dw-bar-front=var(--dw-palette-1)] - The 决算数 bar.
 * @cssprop [--dw-bar-over=var(--dw-palette-6)] - A 决算数 bar over its budget.
 * @cssprop [--dw-bar-previous=var(--dw-palette-2)] - Last year's tick.
 */
export class ThreePublicCosts extends DisclosureElement {
  static override styles = [frameStyles, markStyles, chartStyles, barStyles, costStyles];

  /** The consistency check whose 公开07表 findings are shown on their rows (set by the all-elements entry). */
  static auditor?: Auditor;

  /** Checks the tables and the narrative (the 三公 counts and stated reasons). */
  static override validator = partsValidator({ narrative: Narrative });

  /** The previous year's document as an object. */
  @property({ attribute: false, hasChanged: () => true }) previous?: unknown;

  /** URL of the previous year's document. */
  @property({ attribute: 'previous-src' }) previousSrc?: string;

  /** Width in px below which labels go above the bars. */
  @property({ attribute: 'narrow-below', type: Number }) narrowBelow = 560;

  /** Text size in px, 12 to 48. */
  @property({ attribute: 'label-size', type: Number }) labelSize = 12;

  static override options = {
    ...DisclosureElement.options,
    narrowBelow: range('narrow-below', { min: 0, max: 10000, default: 560 }),
    labelSize: range('label-size', { min: 12, max: 48, default: 12 }),
  };

  private readonly marks = new MarksController<BarMark>(this, () => this.markGraph());
  private readonly lastYear = new PreviousSource(this, () => (this.constructor as typeof ThreePublicCosts).validator);
  private currentModel?: ThreePublicModel;
  private currentLayout?: BarsLayout;
  private findings: Finding[] = [];
  private byRow = new Map<string, Finding[]>();
  private displayUnit: Unit = '万元';

  protected override drawnUnit(): Unit {
    return this.displayUnit;
  }
  private seen = '';
  private layoutKey = '';

  /** The model drawn. */
  get model(): ThreePublicModel | undefined {
    return this.currentModel;
  }

  /** The geometry drawn. */
  get layout(): BarsLayout | undefined {
    return this.currentLayout;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('previous') || changed.has('previousSrc')) this.lastYear.load(this.previous, this.previousSrc);
    const lang = this.currentLang;
    const seen = `${this.source.version}/${this.lastYear.version}`;
    const modelChanged = seen !== this.seen;
    if (modelChanged) {
      this.seen = seen;
      this.deriveModel();
    }
    if (modelChanged || changed.has('unit')) {
      this.displayUnit = this.currentModel ? resolveUnit(this.checked('unit'), threePublicAmounts(this.currentModel), this.currentModel.unit) : '万元';
    }
    const key = [this.size.width, lang, this.displayUnit, this.checked('narrowBelow'), this.checked('labelSize')].join(';');
    if (modelChanged || key !== this.layoutKey) {
      this.layoutKey = key;
      this.deriveLayout(lang);
    }
  }

  private deriveModel(): void {
    this.currentModel = undefined;
    this.findings = [];
    this.byRow = new Map();
    this.emptyReason = undefined;
    this.marks.reset();
    this.setDerivedProblems([]);
    const doc = this.disclosure;
    if (!doc) return;
    try {
      const result = buildThreePublicModel(doc, this.lastYear.document);
      if (result.ok) this.currentModel = result.model;
      else this.emptyReason = result.empty;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.setDerivedProblems([{ 'zh-CN': `无法绘制：${reason}`, en: `Could not draw the chart: ${reason}` }]);
    }
    const auditor = (this.constructor as typeof ThreePublicCosts).auditor;
    if (auditor && this.currentModel) {
      this.findings = findingsAbout(auditOnce(auditor, doc), ['t7']);
      // In place: each finding on the row its first 公开07表 cell names.
      for (const finding of this.findings) {
        const cell = finding.cells.find((c) => c.table === 't7');
        if (!cell) continue;
        const list = this.byRow.get(cell.column) ?? [];
        list.push(finding);
        this.byRow.set(cell.column, list);
      }
    }
  }

  private deriveLayout(lang: Lang): void {
    this.currentLayout = undefined;
    if (!this.currentModel || this.size.width <= 0) return;
    this.currentLayout = layoutBars(costBars(this.context(lang)), {
      width: this.size.width,
      fontSize: this.checked('labelSize'),
      narrowBelow: this.checked('narrowBelow'),
      tickText: (value) => formatAmountNumber(value, lang).replace(/\.00$/, ''),
    });
  }

  private context(lang: Lang): CostsContext {
    return { doc: this.disclosure!, model: this.currentModel!, unit: this.displayUnit, lang, findings: this.byRow };
  }

  protected summary(lang: Lang): string {
    return this.currentModel && this.disclosure ? costsSummary(this.context(lang)) : '';
  }

  protected exportName(): string {
    return `three-public-costs-${this.disclosure?.meta.year ?? ''}`;
  }

  protected csvRows(): CsvRow[] {
    return this.currentModel ? costsCsv(this.context(this.currentLang)) : [];
  }

  protected renderTable(lang: Lang): TemplateResult {
    return this.currentModel ? costsTable(this.context(lang)) : html``;
  }

  private markGraph() {
    const layout = this.currentLayout;
    const model = this.currentModel;
    if (!layout || !model || !this.disclosure) return undefined;
    const c = this.context(this.currentLang);
    const ids = chartKeys(model);
    return barMarks(layout, {
      describe: (id) => describeCost(c, id),
      announce: (id) => announceCost(c, id, ids.indexOf(id) + 1, ids.length),
      detail: (id) => {
        const row = model.rows.find((r) => r.key === id);
        if (!row) return undefined;
        const amount = model.kind === 'budget' ? row.budget : row.final;
        return {
          kind: 'bar',
          code: row.key,
          name: row.name,
          // A blank (or unstated) cell is not 0: NaN, as the audit does for a value in words.
          value: typeof amount.value === 'number' ? amount.value : NaN,
          provenance: { cells: [row.budget.cell, row.final.cell].filter((cell) => !!cell) as NonNullable<typeof amount.cell>[] },
        };
      },
    });
  }

  protected renderChart(lang: Lang): TemplateResult {
    const layout = this.currentLayout;
    const model = this.currentModel!;
    const c = this.context(lang);
    const summaryId = `${this.ids}-summary`;
    const hintId = `${this.ids}-hint`;
    const drawing = layout
      ? html`<svg part="svg" width=${layout.width} height=${layout.height} viewBox=${`0 0 ${layout.width} ${layout.height}`} aria-hidden="true"
          >${renderAxis(layout)}${renderBarRows({
            layout,
            ids: this.ids,
            focused: this.marks.focused?.id,
            active: this.marks.active?.id,
            classes: (row) => this.rowClass(row.id),
          })}</svg
        >`
      : html`<div class="placeholder"></div>`;
    return html`${model.allZero ? html`<p class="headline" part="headline">${zeroHeadline(c)}</p>` : nothing}
      ${this.renderLegend(lang)}
      ${this.marks.renderSurface(drawing, { roleDescription: t(COSTS, 'role', lang), labelledBy: summaryId, describedBy: hintId })}
      <p class="summary" part="summary" id=${summaryId}>${costsSummary(c)}</p>
      <p class="sr-only" id=${hintId}>${t(BARS, 'keyboardHint', lang)}</p>
      ${this.marks.renderLiveRegion()} ${this.renderNotes(lang)} ${this.marks.renderTooltip()}`;
  }

  private rowClass(key: string): string {
    const row = this.currentModel?.rows.find((r) => r.key === key);
    if (!row) return '';
    const blank = row.budget.value === null || row.final.value === null;
    return `status-${row.status}${row.status === 'above' || row.status === 'unbudgeted' ? ' over' : ''}${blank ? ' blank' : ''}${this.byRow.has(key) ? ' audit' : ''}${key === 'total' ? ' total' : ''}${row.related ? ' related' : ''}`;
  }

  private renderLegend(lang: Lang): TemplateResult {
    const model = this.currentModel!;
    const previous =
      model.previousKind === 'budget'
        ? t(COSTS, 'legendPreviousBudget', lang)
        : model.previousYear
          ? t(COSTS, 'legendPrevious', lang, { year: model.previousYear })
          : '';
    return html`<ul class="legend" part="legend">
      <li>${t(BARS, 'unit', lang, { unit: unitLabel(this.displayUnit, lang) })}</li>
      ${model.kind === 'budget'
        ? html`<li><span class="key front"></span>${t(COSTS, 'legendBudgetOnly', lang)}</li>`
        : html`<li><span class="key"></span>${t(COSTS, 'legendBudget', lang)}</li>
            <li><span class="key front"></span>${t(COSTS, 'legendFinal', lang)}</li>
            <li>${t(COSTS, 'legendNumbers', lang)}</li>`}
      ${previous ? html`<li><span class="key previous"></span>${previous}</li>` : nothing}
      ${this.byRow.size ? html`<li>${t(COSTS, 'legendAudit', lang)}</li>` : nothing}
    </ul>`;
  }

  private renderNotes(lang: Lang): TemplateResult {
    const model = this.currentModel!;
    const blank = model.rows.some((r) => r.budget.value === null || r.final.value === null);
    return html`${model.kind === 'budget' ? html`<p class="note" part="note">${t(COSTS, 'budgetOnly', lang)}</p>` : nothing}
      ${model.allZero ? html`<p class="note" part="note">${t(COSTS, 'zeroNote', lang)}</p>` : nothing}
      ${blank ? html`<p class="note" part="note">${t(COSTS, 'blankNote', lang)}</p>` : nothing}
      ${model.derived ? html`<p class="note" part="note">${t(COSTS, 'vehiclesDerivedNote', lang)}</p>` : nothing}
      ${this.lastYear.problem ? html`<p class="note" part="note">${t(COSTS, 'previousProblem', lang, { reason: this.lastYear.problem[lang] })}</p>` : nothing}
      ${renderAuditNote(this.findings, lang, true)}`;
  }
}
