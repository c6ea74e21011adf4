import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { partsValidator } from '../../src/schema/parts.js';
import { Performance } from '../../src/schema/performance.js';
import { frameStyles } from '../base/frame.styles.js';
import { auditOnce, type Auditor } from '../base/audit-cache.js';
import { emit } from '../base/events.js';
import { amountCell, flagList, gradeBadge, miniBar } from '../base/score-parts.js';
import { PERF } from '../base/performance.messages.js';
import { performanceStyles } from '../base/performance.styles.js';
import { auditPerformance } from '../../src/audit/performance.js';
import { buildSummaryModel, sortRows, type SortDirection, type SortKey, type SummaryModel, type SummaryRow } from '../../src/model/performance-summary.js';
import { layoutDotStrip } from '../../src/layout/score-bars.js';
import { t, type Lang } from '../../src/format/messages.js';
import { resolveUnit, unitLabel } from '../../src/format/units.js';
import type { Unit } from '../../src/schema/primitives.js';
import { SUMMARY } from './performance-summary.messages.js';
import { summaryStyles } from './performance-summary.styles.js';
import { caption, csvRows, gap, gradeCounts, rate, renderDataTable, score, summarize } from './performance-summary.text.js';

const RADIUS = 5;

/**
 * Every project's self-evaluation in one document: score, grade, execution rate and budget,
 * the department's overall score, the grade counts, and the independent 部门评价 beside the
 * self-evaluation with the gap. A native table, sortable by column (buttons in the headers,
 * `aria-sort`; a third press returns to the official order); choosing a project fires
 * `dw-select`, so a page can show its `<performance-scorecard>`.
 *
 * Keyboard: Tab walks the sort buttons and the project buttons in reading order, and a
 * screen reader's table commands work; a single-tab-stop chart surface (MarksController)
 * would hide them (w3c/aria #1231). The dot strip and the bars are decorative: the numbers
 * are in the cells beside them.
 *
 * @summary An accessible, sortable summary of a document's project performance self-evaluations.
 * @tagname performance-summary
 * @customElement performance-summary
 *
 * @example
 * <performance-summary src="/data/2021.json"></performance-summary>
 *
 * @attr {string} src - URL of a disclosure JSON file.
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Unit of the budgets shown. Default `auto`.
 * @attr {boolean} toolbar - Show SVG, PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme.
 *
 * @prop {unknown} data - The disclosure document as an object (never mutated).
 * @prop {SummaryModel | undefined} model - The rows as listed (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 *
 * @fires {CustomEvent<{kind: 'project', code: string, name: string, value: number, provenance: Provenance}>} dw-select - A project was chosen; `code` is its scorecard index (set it as a scorecard's `project`), or `summary:N` when it has no scorecard.
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid or could not be loaded.
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed; its default is used.
 *
 * @slot - An optional `<script type="application/json">` holding the document.
 *
 * @csspart base - The element's frame.
 * @csspart svg - The dot strip of scores on 0–100: what SVG and PNG export.
 * @csspart summary - The summary sentence.
 * @csspart counts - Department score and grade counts.
 * @csspart projects - The project table.
 * @csspart flags - Audit flags on a row.
 * @csspart sort - The sort control shown below 640 px, where columns fold into the project cell.
 * @csspart table - The data table.
 * @csspart toolbar - The data-table toggle and downloads.
 * @csspart option-note - Option values that were not allowed.
 * @csspart error - The error panel.
 *
 * @cssprop [--dw-text=#1f1f1f] - Text colour.
 * @cssprop [--dw-text-muted=#595959] - Secondary text.
 * @cssprop [--dw-background=#ffffff] - Background (also of exported images).
 * @cssprop [--dw-surface=#f4f4f5] - Bar tracks.
 * @cssprop [--dw-border=#c4c4c8] - Rules.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring.
 * @cssprop [--dw-error=#b3261e] - Error flags.
 * @cssprop [--dw-warning=#8a5300] - Warning flags.
 * @cssprop [--dw-color-score=var(--dw-palette-1)] - Self-evaluation dots and bars.
 * @cssprop [--dw-color-evaluation=var(--dw-palette-2)] - Independent evaluation marks.
 * @cssprop [--dw-print-width=190mm] - Width laid out for in print.
 */
export class PerformanceSummary extends DisclosureElement {
  static override styles = [frameStyles, performanceStyles, summaryStyles];

  /** The consistency check: the performance rules alone, or the full audit with `elements/with-audit`. */
  static auditor: Auditor = auditPerformance;

  /** Checks the tables and the performance evaluation. */
  static override validator = partsValidator({ performance: Performance });

  @state() private sortKey: SortKey = 'order';
  @state() private sortDirection: SortDirection = 'ascending';
  /** Whether a sort happened, so the live region says the current order (in the current language). */
  @state() private sortAnnounced = false;

  private current?: SummaryModel;
  private fromList = false;
  private seenVersion = -1;

  /** The rows as listed (official order), once data is ready. */
  get model(): SummaryModel | undefined {
    return this.current;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.source.version === this.seenVersion) return;
    this.seenVersion = this.source.version;
    this.current = undefined;
    this.emptyReason = undefined;
    this.sortKey = 'order';
    this.sortDirection = 'ascending';
    this.setDerivedProblems([]);
    const doc = this.disclosure;
    if (!doc) return;
    try {
      const result = buildSummaryModel(doc, auditOnce((this.constructor as typeof PerformanceSummary).auditor, doc));
      if (result.ok) this.current = result.model;
      else this.emptyReason = result.empty;
      this.fromList = !!doc.performance?.summary?.selfEvaluations?.length;
    } catch (error) {
      this.setDerivedProblems([{ 'zh-CN': `无法绘制：${String(error)}`, en: `Could not draw: ${String(error)}` }]);
    }
  }

  /** The budgets' unit: `unit` when set, else one that keeps two significant digits. */
  private get amountUnit(): Unit {
    const model = this.current!;
    const shown = model.rows.flatMap((row) => [row.budget, row.executed]).filter((value) => typeof value === 'number');
    return shown.length ? resolveUnit(this.checked('unit'), shown, model.unit) : model.unit;
  }

  protected summary(lang: Lang): string {
    return this.current ? summarize(this.current, lang) : '';
  }

  protected exportName(): string {
    return `performance-summary-${this.disclosure?.meta.year ?? ''}`;
  }

  protected csvRows(): CsvRow[] {
    return this.current ? csvRows(this.current) : [];
  }

  protected renderTable(lang: Lang): TemplateResult {
    return this.current ? renderDataTable(this.current, this.fromList, lang) : html``;
  }

  private sortBy(key: SortKey): void {
    // 升序 → 降序 → 原始顺序 (APG sortable table, with a way back to the official order).
    if (this.sortKey !== key) {
      this.sortKey = key;
      this.sortDirection = 'ascending';
    } else if (this.sortDirection === 'ascending') this.sortDirection = 'descending';
    else {
      this.sortKey = 'order';
      this.sortDirection = 'ascending';
    }
    this.sortAnnounced = true;
  }

  /** The sentence the live region says after a sort, from the order in effect. */
  private sortSentence(model: SummaryModel, lang: Lang): string {
    if (this.sortKey === 'order') return t(SUMMARY, 'sortedOfficial', lang);
    const column = this.sortColumns(model.evaluated > 0, this.amountUnit, lang).find(([key]) => key === this.sortKey)?.[1] ?? '';
    return t(SUMMARY, this.sortDirection === 'ascending' ? 'sortedAsc' : 'sortedDesc', lang, { column });
  }

  private choose(row: SummaryRow): void {
    emit(this, 'dw-select', {
      kind: 'project',
      code: row.scorecard === undefined ? `summary:${row.order}` : String(row.scorecard),
      name: row.name,
      label: row.name,
      value: row.score ?? Number.NaN,
      provenance: { cells: [] },
    });
  }

  protected renderChart(lang: Lang): TemplateResult {
    const model = this.current!;
    const summaryId = `${this.ids}-summary`;
    return html`<section class="perf-summary" aria-labelledby=${summaryId}>
      <p class="summary" part="summary" id=${summaryId}>${summarize(model, lang)}</p>
      <div class="counts" part="counts">
        ${typeof model.departmentScore === 'number'
          ? html`<p>${t(SUMMARY, 'departmentScore', lang)} <strong>${score(model.departmentScore, lang)}</strong> ${model.departmentGrade ? gradeBadge({ text: model.departmentGrade, source: 'report' }, lang) : nothing}</p>`
          : nothing}
        <p>${gradeCounts(model, lang)}</p>
      </div>
      ${this.renderStrip(model, lang)} ${this.renderProjects(model, lang)}
      <div class="sr-only" aria-live="polite">${this.sortAnnounced ? this.sortSentence(model, lang) : ''}</div>
    </section>`;
  }

  private renderStrip(model: SummaryModel, lang: Lang): TemplateResult {
    const width = this.size.width;
    if (width <= 0) return html`<div class="placeholder"></div>`;
    const self = layoutDotStrip(model.rows.flatMap((row) => (typeof row.score === 'number' ? [{ key: String(row.order), value: row.score }] : [])), width, RADIUS);
    const evaluated = layoutDotStrip(model.rows.flatMap((row) => (row.evaluation ? [{ key: String(row.order), value: row.evaluation.score }] : [])), width, RADIUS);
    const top = 16;
    const selfHeight = self.lanes * (2 * self.radius + 1);
    const evalTop = top + selfHeight + (evaluated.dots.length ? 20 : 0);
    const axisY = evalTop + evaluated.lanes * (2 * evaluated.radius + 1) + 4;
    const x = (value: number) => self.radius + (value / 100) * (width - 2 * self.radius);
    const height = axisY + 18;
    return html`<svg part="svg" class="strip" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} aria-hidden="true">
      <text class="strip-label" x="0" y="12">${t(SUMMARY, 'selfScore', lang)}</text>
      ${[60, 80, 90].map((tick) => svg`<line class="tick" x1=${x(tick)} x2=${x(tick)} y1=${top - 2} y2=${axisY}></line>`)}
      ${self.dots.map((dot) => svg`<circle class="dot self" cx=${dot.cx} cy=${top + dot.cy} r=${self.radius}></circle>`)}
      ${evaluated.dots.length ? svg`<text class="strip-label" x="0" y=${evalTop - 6}>${t(SUMMARY, 'evaluation', lang)}</text>` : nothing}
      ${evaluated.dots.map((dot) => svg`<rect class="dot evaluation" x=${dot.cx - evaluated.radius} y=${evalTop + dot.cy - evaluated.radius} width=${2 * evaluated.radius} height=${2 * evaluated.radius} transform=${`rotate(45 ${dot.cx} ${evalTop + dot.cy})`}></rect>`)}
      <line class="axis" x1=${self.radius} x2=${width - self.radius} y1=${axisY} y2=${axisY}></line>
      ${[0, 60, 80, 90, 100].map((tick) => svg`<text class=${tick === 0 ? 'axis-label first' : tick === 100 ? 'axis-label last' : 'axis-label'} x=${tick === 0 ? 0 : tick === 100 ? width : x(tick)} y=${axisY + 14}>${tick}</text>`)}
    </svg>`;
  }

  /** The columns a reader can sort by, with their headings in `lang`. */
  private sortColumns(hasEvaluation: boolean, unit: Unit, lang: Lang): [SortKey, string][] {
    return [
      ['order', t(SUMMARY, 'sortOrder', lang)],
      ['name', t(SUMMARY, 'project', lang)],
      ['score', t(SUMMARY, 'selfScore', lang)],
      ['grade', t(PERF, 'grade', lang)],
      ['rate', t(PERF, 'rate', lang)],
      ['budget', t(SUMMARY, 'budget', lang, { unit: unitLabel(unit, lang) })],
      ...(hasEvaluation ? ([['evaluation', t(SUMMARY, 'evaluation', lang)], ['gap', t(SUMMARY, 'gap', lang)]] as [SortKey, string][]) : []),
    ];
  }

  /**
   * Below 640 px the grade, rate, budget and evaluation columns fold into the project cell, so
   * their header buttons go; a select and a direction switch keep every sort reachable.
   */
  private renderSortControl(hasEvaluation: boolean, unit: Unit, lang: Lang): TemplateResult {
    const columns = this.sortColumns(hasEvaluation, unit, lang);
    const apply = (key: SortKey, direction: SortDirection) => {
      this.sortKey = key;
      this.sortDirection = key === 'order' ? 'ascending' : direction;
      this.sortAnnounced = true;
    };
    return html`<div class="sort-control" part="sort">
      <label>${t(SUMMARY, 'sortColumn', lang)}
        <select @change=${(event: Event) => apply((event.target as HTMLSelectElement).value as SortKey, this.sortDirection)}>
          ${columns.map(([key, text]) => html`<option value=${key} ?selected=${this.sortKey === key}>${text}</option>`)}
        </select>
      </label>
      <label><input type="checkbox" .checked=${this.sortDirection === 'descending'} ?disabled=${this.sortKey === 'order'}
        @change=${(event: Event) => apply(this.sortKey, (event.target as HTMLInputElement).checked ? 'descending' : 'ascending')} />${t(SUMMARY, 'descending', lang)}</label>
    </div>`;
  }

  private renderProjects(model: SummaryModel, lang: Lang): TemplateResult {
    const narrow = this.size.width > 0 && this.size.width < 640;
    const unit = this.amountUnit;
    const rows = sortRows(model.rows, this.sortKey, this.sortDirection, model.scale);
    const hasEvaluation = model.evaluated > 0;
    const head = (key: SortKey, label: string) => {
      const sorted = this.sortKey === key;
      return html`<th scope="col" aria-sort=${sorted ? this.sortDirection : nothing}>
        <button type="button" class="sort" @click=${() => this.sortBy(key)}>
          ${label}<span class="sort-mark" aria-hidden="true">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '◇'}</span>
        </button>
      </th>`;
    };
    return html`${narrow ? this.renderSortControl(hasEvaluation, unit, lang) : nothing}<table class=${`projects${narrow ? ' narrow' : ''}`} part="projects">
      <caption>${caption(this.fromList, lang)}</caption>
      <thead>
        <tr>
          ${head('name', t(SUMMARY, 'project', lang))} ${head('score', t(SUMMARY, 'selfScore', lang))}
          ${narrow ? nothing : html`${head('grade', t(PERF, 'grade', lang))} ${head('rate', t(PERF, 'rate', lang))} ${head('budget', t(SUMMARY, 'budget', lang, { unit: unitLabel(unit, lang) }))}`}
          ${hasEvaluation && !narrow ? html`${head('evaluation', t(SUMMARY, 'evaluation', lang))} ${head('gap', t(SUMMARY, 'gap', lang))}` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const evaluation = row.evaluation
            ? html`${score(row.evaluation.score, lang)} ${row.evaluation.grade ? gradeBadge({ text: row.evaluation.grade, source: 'report' }, lang) : nothing}`
            : '—';
          const rateCell = html`${miniBar(row.rate, 100, 48)} ${rate(row.rate, lang)}${row.rateDerived ? html`<span class="how" title=${t(PERF, 'rateDerived', lang)}>*</span>` : nothing}`;
          return html`<tr data-order=${row.order} class=${row.flags.length ? 'flagged' : ''}>
            <th scope="row">
              <button type="button" class="project" @click=${() => this.choose(row)}>${row.name || t(SUMMARY, 'unnamed', lang)}</button>
              ${row.scorecard === undefined ? html`<span class="how">（${t(SUMMARY, 'noScorecard', lang)}）</span>` : nothing}
              ${row.unlisted ? html`<span class="how">（${t(SUMMARY, 'unlisted', lang)}）</span>` : nothing}
              ${narrow
                ? html`<span class="detail">${t(PERF, 'grade', lang)} ${gradeBadge(row.grade, lang)} · ${t(PERF, 'rate', lang)} ${rate(row.rate, lang)}${typeof row.budget === 'number' ? ` · ${amountCell(row.budget, model.unit, unit, lang)} ${unitLabel(unit, lang)}` : ''}
                    ${row.evaluation ? html` · ${t(SUMMARY, 'evaluation', lang)} ${evaluation} (${gap(row.evaluation.gap, lang)})` : nothing}</span>`
                : nothing}
              ${flagList(row.flags, lang)}
            </th>
            <td class="num">${miniBar(row.score, 100, 56, [60, 80, 90])} ${typeof row.score === 'number' ? score(row.score, lang) : t(PERF, 'unrated', lang)}</td>
            ${narrow
              ? nothing
              : html`<td>${gradeBadge(row.grade, lang)}</td>
                  <td class="num">${rateCell}</td>
                  <td class="num">${amountCell(row.budget, model.unit, unit, lang)}</td>`}
            ${hasEvaluation && !narrow
              ? html`<td class="num">${evaluation}</td><td class=${`num${row.evaluation && row.evaluation.gap < 0 ? ' below' : ''}`}>${row.evaluation ? gap(row.evaluation.gap, lang) : '—'}</td>`
              : nothing}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
