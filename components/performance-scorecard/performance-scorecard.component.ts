import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { partsValidator } from '../../src/schema/parts.js';
import { Performance, type FundsLine } from '../../src/schema/performance.js';
import { frameStyles } from '../base/frame.styles.js';
import { auditOnce, type Auditor } from '../base/audit-cache.js';
import { choice } from '../base/options.js';
import { amountCell, flagList, gradeBadge, miniBar } from '../base/score-parts.js';
import { PERF, STATUS_SHAPES } from '../base/performance.messages.js';
import { performanceStyles } from '../base/performance.styles.js';
import { auditPerformance } from '../../src/audit/performance.js';
import { buildScorecardModel, type IndicatorRow, type Level1Group, type ScorecardModel } from '../../src/model/scorecard.js';
import { layoutScoreFigure, BAR_HEIGHT, type BarInput, type ScoreFigure } from '../../src/layout/score-bars.js';
import { t, type Lang } from '../../src/format/messages.js';
import { formatNumber } from '../../src/format/number.js';
import { shownName } from '../../src/format/names.js';
import { resolveUnit, unitLabel } from '../../src/format/units.js';
import { SCORECARD } from './performance-scorecard.messages.js';
import { scorecardStyles } from './performance-scorecard.styles.js';
import { csvRows, fundsLines, renderDataTable, score, summarize } from './performance-scorecard.text.js';

/**
 * One project's 项目支出绩效自评表: the total score on a 0–100 bar with its grade, the
 * independent 部门评价 beside it, the funds and their execution, and the indicator tree
 * 一级 → 二级 → 三级 with each target judged against its actual, score against weight, and
 * the audit's flags (rules 24–28) on the rows they are about. A budget's 绩效目标表 is drawn
 * as targets only.
 *
 * Keyboard: the indicator tree is a native table whose 一级/二级 rows carry disclosure
 * buttons (`aria-expanded`), so Tab walks the buttons and a screen reader's table commands
 * work; a single tab stop with arrow keys (MarksController) would hide those commands
 * (w3c/aria #1231). The bars are decorative: every number is printed beside its bar.
 *
 * @summary An accessible project performance scorecard (绩效自评表 / 绩效目标表).
 * @tagname performance-scorecard
 * @customElement performance-scorecard
 *
 * @example
 * <performance-scorecard src="/data/2021.json" project="专家安全检查、行业监管费"></performance-scorecard>
 *
 * @attr {string} project - The project: its name (exact, else the only approximate match) or its index among the scorecards (0-based). Default: the first.
 * @attr {string} src - URL of a disclosure JSON file.
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Unit of the funds shown. Default `auto` (the scorecard's own unit unless its amounts read better in another); CSV and data table keep the printed unit.
 * @attr {boolean} toolbar - Show SVG, PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme.
 *
 * @prop {unknown} data - The disclosure document as an object (never mutated).
 * @prop {ScorecardModel | undefined} model - The scorecard as drawn (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid or could not be loaded.
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed; its default is used.
 *
 * @slot - An optional `<script type="application/json">` holding the document.
 *
 * @csspart base - The element's frame.
 * @csspart svg - The score figure (total, evaluation, execution, groups): what SVG and PNG export.
 * @csspart summary - The summary sentence.
 * @csspart header - Project, department and implementer.
 * @csspart funds - The funds table.
 * @csspart tasks - A 部门整体 card's 年度主要任务 table.
 * @csspart goal - Planned vs achieved (and the goal for the whole period, when printed).
 * @csspart indicators - The indicator table.
 * @csspart flags - A list of audit flags.
 * @csspart table - The data tables.
 * @csspart toolbar - The data-table toggle and downloads.
 * @csspart note - Notes (targets only, truncated, weights as printed).
 * @csspart option-note - Option values that were not allowed.
 * @csspart error - The error panel.
 *
 * @cssprop [--dw-text=#1f1f1f] - Text colour.
 * @cssprop [--dw-text-muted=#595959] - Secondary text.
 * @cssprop [--dw-background=#ffffff] - Background (also of exported images).
 * @cssprop [--dw-surface=#f4f4f5] - Panels and bar tracks.
 * @cssprop [--dw-border=#c4c4c8] - Rules.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring.
 * @cssprop [--dw-error=#b3261e] - Error flags and scores above their weight.
 * @cssprop [--dw-warning=#8a5300] - Warning flags.
 * @cssprop [--dw-color-score=var(--dw-palette-1)] - Score bars.
 * @cssprop [--dw-color-evaluation=var(--dw-palette-2)] - The independent evaluation's bar.
 * @cssprop [--dw-color-met=var(--dw-palette-3)] - Met targets.
 * @cssprop [--dw-color-missed=var(--dw-palette-6)] - Missed targets.
 * @cssprop [--dw-print-width=190mm] - Width laid out for in print.
 */
export class PerformanceScorecard extends DisclosureElement {
  static override styles = [frameStyles, performanceStyles, scorecardStyles];

  /** The consistency check: the performance rules alone, or the full audit with `elements/with-audit`. */
  static auditor: Auditor = auditPerformance;

  /** Checks the tables and the performance evaluation. */
  static override validator = partsValidator({ performance: Performance });

  /** The project: name or 0-based index among the scorecards. */
  @property({ reflect: true }) project = '';

  /**
   * `project` names something in the document, not one of a fixed list: any text is accepted
   * here, and one the document lacks is the empty state, which names it.
   */
  static override options = {
    ...DisclosureElement.options,
    project: choice<string>('project', [], '', { normalize: (raw) => raw }),
  };

  /** Keys of collapsed groups (`l1:output`, `l2:output:数量指标`). */
  @state() private collapsed: ReadonlySet<string> = new Set();

  private current?: ScorecardModel;
  private figure?: ScoreFigure;
  private seenVersion = -1;
  private figureKey = '';

  /** The scorecard as drawn, once data is ready. */
  get model(): ScorecardModel | undefined {
    return this.current;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const lang = this.currentLang;
    let fresh = false;
    if (this.source.version !== this.seenVersion || changed.has('project')) {
      this.seenVersion = this.source.version;
      fresh = true;
      this.derive();
    }
    const key = `${this.size.width};${lang}`;
    if (fresh || key !== this.figureKey) {
      this.figureKey = key;
      this.figure = this.current && this.size.width > 0 && this.current.mode === 'scores' ? layoutScoreFigure(this.bars(this.current, lang), this.size.width) : undefined;
    }
  }

  private derive(): void {
    this.current = undefined;
    this.emptyReason = undefined;
    this.collapsed = new Set();
    const doc = this.disclosure;
    this.setDerivedProblems([]);
    if (!doc) return;
    try {
      const findings = auditOnce((this.constructor as typeof PerformanceScorecard).auditor, doc);
      const result = buildScorecardModel(doc, this.checked('project') ?? '', findings);
      if (result.ok) this.current = result.model;
      else this.emptyReason = result.empty;
    } catch (error) {
      this.setDerivedProblems([{ 'zh-CN': `无法绘制：${String(error)}`, en: `Could not draw: ${String(error)}` }]);
    }
  }

  private bars(model: ScorecardModel, lang: Lang): BarInput[] {
    const card = model.card;
    const max = card.totalWeight ?? 100;
    const out: BarInput[] = [
      { key: 'total', label: t(PERF, 'total', lang), value: card.totalScore, max, valueText: `${score(card.totalScore, lang)} / ${score(max, lang)}`, ticks: [60, 80, 90] },
    ];
    const report = model.evaluation?.report;
    if (report) out.push({ key: 'evaluation', label: t(PERF, 'evaluation', lang), value: report.score, max: 100, valueText: `${score(report.score, lang)} / ${score(100, lang)}`, ticks: [60, 80, 90] });
    const funds = card.funds.total;
    if (typeof funds.weight === 'number' || typeof funds.score === 'number') {
      out.push({ key: 'funds', label: t(SCORECARD, 'fundsTotal', lang), value: funds.score ?? null, max: funds.weight ?? null, valueText: `${score(funds.score, lang)} / ${score(funds.weight, lang)}` });
    }
    for (const level of model.levels) {
      out.push({ key: level.level1, label: t(PERF, level.level1, lang), value: level.score, max: level.weight, valueText: `${score(level.score, lang)} / ${score(level.weight, lang)}` });
    }
    return out;
  }

  protected summary(lang: Lang): string {
    return this.current ? summarize(this.current, lang) : '';
  }

  protected exportName(): string {
    return `performance-scorecard-${this.current?.index ?? ''}`;
  }

  protected csvRows(): CsvRow[] {
    return this.current ? csvRows(this.current, this.currentLang) : [];
  }

  protected renderTable(lang: Lang): TemplateResult {
    return this.current ? renderDataTable(this.current, lang) : html``;
  }

  protected renderChart(lang: Lang): TemplateResult {
    const model = this.current!;
    const summaryId = `${this.ids}-summary`;
    const card = model.card;
    return html`<section class="scorecard" aria-labelledby=${summaryId}>
      <p class="summary" part="summary" id=${summaryId}>${summarize(model, lang)}</p>
      <div class="header" part="header">
        <p class="project">${card.name || t(SCORECARD, 'unnamed', lang)}</p>
        <dl class="parties">
          ${card.department ? html`<div><dt>${t(SCORECARD, 'department', lang)}</dt><dd>${card.department.name}</dd></div>` : nothing}
          ${card.implementer ? html`<div><dt>${t(SCORECARD, 'implementer', lang)}</dt><dd>${card.implementer.name}</dd></div>` : nothing}
        </dl>
        ${model.mode === 'targets' ? html`<p class="note" part="note">${t(SCORECARD, 'targetsOnly', lang)}</p>` : this.renderScores(model, lang)}
        ${card.truncated ? html`<p class="note" part="note">${t(SCORECARD, 'truncated', lang)}</p>` : nothing}
        ${flagList(model.flags.header, lang)}
      </div>
      ${this.renderFunds(model, lang)} ${this.renderTasks(model, lang)} ${this.renderGoal(model, lang)} ${this.renderIndicators(model, lang)}
    </section>`;
  }

  private renderScores(model: ScorecardModel, lang: Lang): TemplateResult {
    const report = model.evaluation?.report;
    return html`<p class="headline">
        <span class="total">${t(PERF, 'total', lang)} <strong>${score(model.card.totalScore, lang)}</strong></span>
        ${gradeBadge(model.grade, lang)}
        ${report
          ? html`<span class="evaluation">${t(PERF, 'evaluation', lang)} <strong>${score(report.score, lang)}</strong> ${report.grade ? gradeBadge({ text: report.grade, source: 'report' }, lang) : nothing}
              ${model.evaluation!.match === 'approximate' ? html`<span class="how">（${t(PERF, 'evaluationApprox', lang, { name: report.project })}）</span>` : nothing}</span>`
          : nothing}
      </p>
      ${this.renderFigure()}`;
  }

  private renderFigure(): TemplateResult {
    const figure = this.figure;
    if (!figure) return html`<div class="placeholder"></div>`;
    return html`<svg part="svg" class="figure" width=${figure.width} height=${figure.height} viewBox=${`0 0 ${figure.width} ${figure.height}`} aria-hidden="true">
      ${figure.bars.map(
        (bar) => svg`<g class=${`score-row row-${bar.key}`} data-key=${bar.key}>
          ${bar.labelLines.map((line, i) => svg`<text class="label" x=${bar.labelX} y=${bar.labelY + i * 16}>${line}</text>`)}
          <rect class="track" x=${bar.barX} y=${bar.barY} width=${bar.trackWidth} height=${BAR_HEIGHT}></rect>
          <rect class=${bar.over ? 'fill over' : 'fill'} x=${bar.barX} y=${bar.barY} width=${bar.fillWidth} height=${BAR_HEIGHT}></rect>
          ${bar.ticks.map(
            (tick) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${bar.barY - 2} y2=${bar.barY + BAR_HEIGHT + 2}></line>
              ${tick.labelled ? svg`<text class="tick-label" x=${tick.x} y=${bar.barY + BAR_HEIGHT + 14}>${tick.value}</text>` : nothing}`,
          )}
          <text class="value" x=${figure.width} y=${bar.valueY}>${bar.valueText}</text>
        </g>`,
      )}
    </svg>`;
  }

  private renderFunds(model: ScorecardModel, lang: Lang): TemplateResult {
    const unit = model.unit;
    const targets = model.mode === 'targets';
    const narrow = this.size.width > 0 && this.size.width < 560;
    const lines = fundsLines(model.card, lang);
    // Every amount shown, so `unit="auto"` keeps two significant digits on the smallest.
    const shown = lines.flatMap(([, line]) => [line.initialBudget, line.annualBudget, line.executed]).filter((value) => typeof value === 'number');
    const to = shown.length ? resolveUnit(this.checked('unit'), shown, unit) : unit;
    const amount = (value: number | null) => amountCell(value, unit, to, lang);
    const cells = (line: FundsLine) => {
      const values: [string, unknown][] = [
        [t(PERF, 'initialBudget', lang), amount(line.initialBudget)],
        [t(PERF, 'budget', lang), amount(line.annualBudget)],
      ];
      if (!targets) {
        values.push(
          [t(PERF, 'executed', lang), amount(line.executed)],
          [t(PERF, 'rate', lang), typeof line.rate === 'number' ? `${formatNumber(line.rate, lang, 2)}%` : '—'],
          [
            `${t(PERF, 'score', lang)} / ${t(PERF, 'weight', lang)}`,
            typeof line.weight === 'number' || typeof line.score === 'number' ? html`${miniBar(line.score ?? null, line.weight ?? null)} ${score(line.score, lang)} / ${score(line.weight, lang)}` : '—',
          ],
        );
      }
      return values;
    };
    const header = lines.length ? cells(lines[0]![1]).map(([name]) => name) : [];
    return html`<table class=${`funds${narrow ? ' narrow' : ''}`} part="funds">
        <caption>${t(SCORECARD, 'funds', lang, { unit: unitLabel(to, lang) })}</caption>
        ${narrow
          ? nothing
          : html`<thead>
              <tr>
                <th scope="col"><span class="sr-only">${t(SCORECARD, 'part', lang)}</span></th>
                ${header.map((name) => html`<th scope="col">${name}</th>`)}
              </tr>
            </thead>`}
        <tbody>
          ${lines.map(
            ([label, line]) => html`<tr>
              <th scope="row">${label}</th>
              ${narrow
                ? html`<td><dl class="pairs">${cells(line).map(([name, value]) => html`<div><dt>${name}</dt><dd>${value}</dd></div>`)}</dl></td>`
                : cells(line).map(([, value]) => html`<td>${value}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
      ${flagList(model.flags.funds, lang)}`;
  }

  /** A 部门整体 card's 年度主要任务: each task's budget and spending (总额), rate and score. */
  private renderTasks(model: ScorecardModel, lang: Lang): TemplateResult | typeof nothing {
    const tasks = model.card.tasks;
    if (!tasks?.length) return nothing;
    const unit = model.unit;
    const to = resolveUnit(this.checked('unit'), tasks.flatMap((task) => [task.annualBudget.total, task.executed.total]).filter((v): v is number => typeof v === 'number'), unit);
    const heads = [t(SCORECARD, 'taskStatus', lang), t(PERF, 'budget', lang), t(PERF, 'executed', lang), t(PERF, 'rate', lang), `${t(PERF, 'score', lang)} / ${t(PERF, 'weight', lang)}`];
    return html`<table class="funds" part="tasks">
      <caption>${t(SCORECARD, 'tasks', lang, { unit: unitLabel(to, lang) })}</caption>
      <thead><tr><th scope="col">${t(SCORECARD, 'task', lang)}</th>${heads.map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>
      <tbody>
        ${tasks.map(
          (task) => html`<tr>
            <th scope="row">${task.name || t(SCORECARD, 'unnamed', lang)}</th>
            <td>${task.status ?? '—'}</td>
            <td>${amountCell(task.annualBudget.total, unit, to, lang)}</td>
            <td>${amountCell(task.executed.total, unit, to, lang)}</td>
            <td>${typeof task.rate === 'number' ? `${formatNumber(task.rate, lang, 2)}%` : '—'}</td>
            <td>${miniBar(task.score, task.weight)} ${score(task.score, lang)} / ${score(task.weight, lang)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderGoal(model: ScorecardModel, lang: Lang): TemplateResult | typeof nothing {
    const goal = model.card.goal;
    if (!goal) return nothing;
    // A 绩效目标表 printing 实施期总目标 beside 年度目标: both, the period's first, as printed.
    const period = goal.period;
    return html`<dl class="goal" part="goal">
      ${period === undefined ? nothing : html`<div><dt>${t(SCORECARD, 'goalPeriod', lang)}</dt><dd>${period || '—'}</dd></div>`}
      <div><dt>${t(SCORECARD, period === undefined ? 'goalExpected' : 'goalYear', lang)}</dt><dd>${goal.expected || '—'}</dd></div>
      ${model.mode === 'targets' ? nothing : html`<div><dt>${t(SCORECARD, 'goalActual', lang)}</dt><dd>${goal.actual || '—'}</dd></div>`}
    </dl>`;
  }

  private toggle(key: string): void {
    const next = new Set(this.collapsed);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.collapsed = next;
  }

  /** Collapsed groups open while printing: the paper shows every row. */
  private isOpen(key: string): boolean {
    return this.size.printing || !this.collapsed.has(key);
  }

  private renderIndicators(model: ScorecardModel, lang: Lang): TemplateResult {
    const targets = model.mode === 'targets';
    const narrow = this.size.width > 0 && this.size.width < 560;
    const columns = targets ? 2 : narrow ? 2 : 6;
    const weightNote =
      !targets && model.weightSum !== null && Math.abs(model.weightSum - (model.card.totalWeight ?? 100)) > 0.005
        ? html`<p class="note" part="note">${t(SCORECARD, 'weightsAsPrinted', lang, { sum: score(model.weightSum, lang) })}</p>`
        : nothing;
    const anyCollapsed = this.collapsed.size > 0;
    return html`<div class="indicators-head">
        <button type="button" class="all" @click=${() => (this.collapsed = anyCollapsed ? new Set() : new Set(model.levels.map((l) => `l1:${l.level1}`)))}>
          ${t(SCORECARD, anyCollapsed ? 'expandAll' : 'collapseAll', lang)}
        </button>
      </div>
      <table class=${`indicators${narrow ? ' narrow' : ''}`} part="indicators">
        <caption>${typeof model.card.indicatorWeight === 'number' && !targets ? t(SCORECARD, 'indicatorsWeight', lang, { weight: score(model.card.indicatorWeight, lang) }) : t(SCORECARD, 'indicators', lang)}</caption>
        <thead>
          <tr>
            <th scope="col">${t(SCORECARD, 'indicator', lang)}</th>
            ${targets
              ? html`<th scope="col">${t(SCORECARD, 'target', lang)}</th>`
              : narrow
                ? html`<th scope="col">${t(PERF, 'score', lang)} / ${t(PERF, 'weight', lang)}</th>`
                : html`<th scope="col">${t(SCORECARD, 'target', lang)}</th><th scope="col">${t(SCORECARD, 'actual', lang)}</th><th scope="col">${t(SCORECARD, 'status', lang)}</th><th scope="col">${t(PERF, 'score', lang)} / ${t(PERF, 'weight', lang)}</th><th scope="col">${t(SCORECARD, 'deviation', lang)}</th>`}
          </tr>
        </thead>
        ${model.levels.map((level) => this.renderLevel(level, lang, { targets, narrow, columns }))}
      </table>
      ${weightNote}`;
  }

  private renderLevel(level: Level1Group, lang: Lang, shape: { targets: boolean; narrow: boolean; columns: number }): TemplateResult {
    const key1 = `l1:${level.level1}`;
    const open1 = this.isOpen(key1);
    const subtotal = (weight: number | null, value: number | null) =>
      shape.targets ? nothing : html`<td class="num">${miniBar(value, weight)} ${score(value, lang)} / ${score(weight, lang)}</td>`;
    const pad = (n: number) => (n > 0 ? html`<td colspan=${n}></td>` : nothing);
    return html`<tbody>
      <tr class="level1">
        <th scope="rowgroup" colspan=${shape.targets ? shape.columns : 1}>
          <button type="button" class="disclosure" aria-expanded=${open1 ? 'true' : 'false'} @click=${() => this.toggle(key1)}>${t(PERF, level.level1, lang)}</button>
        </th>
        ${shape.targets ? nothing : html`${pad(shape.narrow ? 0 : 3)}${subtotal(level.weight, level.score)}${pad(shape.narrow ? 0 : 1)}`}
      </tr>
      ${level.groups.map((group) => {
        // No 二级 printed (a flat 绩效目标表): its rows sit under the 一级, with no empty toggle row.
        if (group.name === '') return html`${group.rows.map((row) => this.renderRow(row, lang, shape, open1))}`;
        const key2 = `l2:${level.level1}:${group.name}`;
        const open2 = this.isOpen(key2);
        return html`<tr class="level2" ?hidden=${!open1}>
            <th scope="row" colspan=${shape.targets ? shape.columns : 1}>
              <button type="button" class="disclosure" aria-expanded=${open2 ? 'true' : 'false'} @click=${() => this.toggle(key2)}>${group.name}</button>
            </th>
            ${shape.targets ? nothing : html`${pad(shape.narrow ? 0 : 3)}${subtotal(group.weight, group.score)}${pad(shape.narrow ? 0 : 1)}`}
          </tr>
          ${group.rows.map((row) => this.renderRow(row, lang, shape, open1 && open2))}`;
      })}
    </tbody>`;
  }

  private renderRow(row: IndicatorRow, lang: Lang, shape: { targets: boolean; narrow: boolean }, open: boolean): TemplateResult {
    const i = row.indicator;
    const status = html`<span class=${`target-status ${row.status}`}><span aria-hidden="true">${STATUS_SHAPES[row.status]}</span> ${t(PERF, row.status, lang)}</span>`;
    const scoreCell = html`<td class="num">${miniBar(i.score, i.weight)} ${score(i.score, lang)} / ${score(i.weight, lang)}</td>`;
    const flags = flagList(row.flags, lang);
    if (shape.targets) {
      return html`<tr class="level3" ?hidden=${!open} data-index=${row.index}><th scope="row">${shownName(i.name, lang)}</th><td>${i.target.text}</td></tr>`;
    }
    if (shape.narrow) {
      return html`<tr class=${`level3${row.flags.length ? ' flagged' : ''}`} ?hidden=${!open} data-index=${row.index}>
        <th scope="row">
          <span class="name">${shownName(i.name, lang)}</span>
          <span class="pair">${t(SCORECARD, 'target', lang)} ${i.target.text} · ${t(SCORECARD, 'actual', lang)} ${i.actual.text || '—'} · ${status}</span>
          ${i.deviation ? html`<span class="deviation">${t(SCORECARD, 'deviation', lang)}${lang === 'en' ? ': ' : '：'}${i.deviation}</span>` : nothing} ${flags}
        </th>
        ${scoreCell}
      </tr>`;
    }
    return html`<tr class=${`level3${row.flags.length ? ' flagged' : ''}`} ?hidden=${!open} data-index=${row.index}>
      <th scope="row"><span class="name">${shownName(i.name, lang)}</span>${flags}</th>
      <td>${i.target.text}</td>
      <td>${i.actual.text || '—'}</td>
      <td>${status}</td>
      ${scoreCell}
      <td class="deviation">${i.deviation ?? ''}</td>
    </tr>`;
  }
}
