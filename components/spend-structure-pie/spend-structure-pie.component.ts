import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { frameStyles } from '../base/frame.styles.js';
import { MarksController, type Mark, type MarkGraph } from '../base/marks-controller.js';
import { markStyles } from '../base/marks.styles.js';
import { chartStyles } from '../base/chart.styles.js';
import { auditHeading, auditOnce, findingsAbout } from '../base/audit-cache.js';
import { choice, range } from '../base/options.js';
import { buildPieModel, itemAt, type PieBy, type PieModel } from '../../src/model/pie.js';
import type { PieItem } from '../../src/model/pie-items.js';
import { otherId, type PieLevel, type PieSlice } from '../../src/model/pie-slices.js';
import { fitPie } from '../../src/layout/pie-fit.js';
import type { PieLayout } from '../../src/layout/pie.js';
import type { Finding } from '../../src/audit/types.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { Unit } from '../../src/schema/primitives.js';
import { t, type Lang } from '../../src/format/messages.js';
import { formatAmountNumber } from '../../src/format/number.js';
import { convert, resolveUnit, unitLabel } from '../../src/format/units.js';
import { pieStyles } from './spend-structure-pie.styles.js';
import { PIE } from './spend-structure-pie.messages.js';
import { colourOf, renderLegend, renderPie } from './spend-structure-pie.marks.js';
import { announceSlice, csvRows, describeSlice, excludedNotes, figure, itemName, renderTable, sliceName, summarize, type PieContext } from './spend-structure-pie.text.js';

/**
 * What a department's money is made of, as a donut (or pie): spending by function class (类,
 * then 款 and 项 on activation), basic vs project, income by kind, basic expenditure by
 * economic class, or fiscal spending by source. Shares add to exactly 100.0; small slices
 * merge into "其他 (N项)", which opens; labels sit outside with leader lines and never overlap.
 *
 * @summary An accessible, drillable donut of a 部门决算 / 部门预算 disclosure's structure.
 * @tagname spend-structure-pie
 * @customElement spend-structure-pie
 *
 * @example
 * <spend-structure-pie src="/data/2021.json" by="class"></spend-structure-pie>
 *
 * @attr {string} src - URL of a disclosure JSON file (fetched, aborted on change or removal).
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Unit of the amounts shown (default `auto`).
 * @attr {'class'|'kind'|'income'|'economic'|'fund'} by - The breakdown: 功能分类 (公开03表), 基本/项目 (公开03表), income kinds (公开01表), 经济分类 (公开06表), fiscal source (公开04表). Default `class`.
 * @attr {'donut'|'pie'} variant - A ring with the total in the hole (default) or a full pie.
 * @attr {number} min-share - Slices below this share (percent, 0–25, default 2) merge into "其他 (N项)".
 * @attr {number} narrow-below - Width (px) below which a legend list replaces outside labels (default 480).
 * @attr {boolean} toolbar - Show the SVG / PNG / CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - `auto` follows `prefers-color-scheme`.
 *
 * @prop {unknown} data - The disclosure document as an object (takes precedence over `src`).
 * @prop {string[]} path - Ids of the slices drilled into, from the top (`[]` at the top). Settable.
 * @prop {PieModel | undefined} model - The breakdown tree drawn (read-only).
 * @prop {PieLevel | undefined} level - The slices of the level shown (read-only).
 * @prop {PieLayout | undefined} layout - The geometry drawn (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 * @prop {Problem[]} optionProblems - Option values that were not allowed and fell back to their default (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid or the `src` could not be loaded.
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed, so its default is used.
 * @fires {CustomEvent<{kind: 'slice'|'other', code: string, name: string, label?: string, value: number, provenance: Provenance}>} dw-select - A slice was chosen (click, tap, Enter or Space); a drillable one then shows its parts, "其他" opens.
 *
 * @slot - An optional `<script type="application/json">` holding the document.
 *
 * @csspart base - The element's frame.
 * @csspart svg - The chart.
 * @csspart slice - Each slice.
 * @csspart leader - Each label's leader line.
 * @csspart label - Each outside label.
 * @csspart centre - The total in the donut's hole.
 * @csspart legend - The list replacing outside labels on narrow widths.
 * @csspart breadcrumb - The path back up from a drilled level.
 * @csspart summary - The visible summary sentence.
 * @csspart note - Blank and negative values, audit and option notes.
 * @csspart option-note - The note naming option values that were not allowed.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart toolbar - The bar with the data-table toggle and the downloads.
 * @csspart error - The error panel.
 *
 * @cssprop [--dw-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', …] - Font stack.
 * @cssprop [--dw-print-width=190mm] - Width the chart is laid out for while printing.
 * @cssprop [--dw-text=#1f1f1f] - Text colour.
 * @cssprop [--dw-text-muted=#595959] - Secondary text (figures under names).
 * @cssprop [--dw-background=#ffffff] - Background (also of exported images).
 * @cssprop [--dw-surface=#f4f4f5] - Panels and the 差额 hatch background.
 * @cssprop [--dw-border=#c4c4c8] - Borders and table rules.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring and breadcrumb links.
 * @cssprop [--dw-error=#b3261e] - The hatch of a derived 差额 slice.
 * @cssprop [--dw-palette-1=#0072b2] - Okabe–Ito palette, 1 to 6, given to slices in turn.
 * @cssprop [--dw-neutral=#8c8c8c] - The merged "其他" slice.
 * @cssprop [--dw-slice-separator=var(--dw-background)] - The line between slices.
 * @cssprop [--dw-leader=var(--dw-text-muted)] - Leader lines.
 */
export class SpendStructurePie extends DisclosureElement {
  static override styles = [frameStyles, markStyles, chartStyles, pieStyles];

  /** Set to `audit` by the all-elements entry (components/with-audit/define.ts); unset alone, to stay small. */
  static auditor?: (doc: Disclosure) => readonly Finding[];

  /** The breakdown drawn. */
  @property({ reflect: true }) by: PieBy = 'class';
  /** `donut` (total in the hole) or `pie`. */
  @property({ reflect: true }) variant: 'donut' | 'pie' = 'donut';
  /** Percent below which slices merge into "其他 (N项)". */
  @property({ attribute: 'min-share', type: Number }) minShare = 2;
  /** Width in px below which a legend list replaces the outside labels. */
  @property({ attribute: 'narrow-below', type: Number }) narrowBelow = 480;
  /** Ids of the slices drilled into, from the top. */
  @property({ attribute: false }) path: string[] = [];

  static override options = {
    ...DisclosureElement.options,
    by: choice('by', ['class', 'kind', 'income', 'economic', 'fund'], 'class'),
    variant: choice('variant', ['donut', 'pie'], 'donut'),
    minShare: range('min-share', { min: 0, max: 25, default: 2 }),
    narrowBelow: range('narrow-below', { min: 0, max: 10000, default: 480 }),
  };

  /** "其他" slices the reader opened. */
  @state() private expanded: ReadonlySet<string> = new Set();
  private readonly marks = new MarksController<Mark>(this, () => this.markGraph());

  private currentModel?: PieModel;
  private currentLevel?: PieLevel;
  private currentLayout?: PieLayout;
  private trail: PieItem[] = [];
  private findings: Finding[] = [];
  private displayUnit: Unit = '万元';

  protected override drawnUnit(): Unit {
    return this.displayUnit;
  }
  private seenVersion = -1;
  private layoutKey = '';
  /** Set when the level changed by keyboard: focus the new level's first slice. */
  private focusNewLevel = false;
  /** The last activation came from a pointer (a click drills without moving keyboard focus). */
  private byPointer = false;

  get model(): PieModel | undefined {
    return this.currentModel;
  }
  get level(): PieLevel | undefined {
    return this.currentLevel;
  }
  get layout(): PieLayout | undefined {
    return this.currentLayout;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const lang = this.currentLang;
    let modelChanged = false;
    if (this.source.version !== this.seenVersion || changed.has('by')) {
      this.seenVersion = this.source.version;
      modelChanged = true;
      // New data or another breakdown: the old drill path means nothing there.
      if (!changed.has('path') && this.path.length) this.path = [];
      this.deriveModel();
    }
    if (modelChanged || changed.has('unit')) this.displayUnit = this.resolveDisplayUnit();
    // `path` reads back what is drawn: ids that name nothing to drill into are dropped.
    if (this.currentModel && this.path.length) {
      const { trail } = itemAt(this.currentModel, this.path);
      if (trail.length !== this.path.length) this.path = trail.map((item) => item.id);
    }
    const key = [this.size.width, lang, this.displayUnit, this.checked('variant'), this.checked('minShare'), this.checked('narrowBelow'), this.path.join('/'), [...this.expanded].join('|')].join(';');
    if (modelChanged || key !== this.layoutKey) {
      this.layoutKey = key;
      this.deriveLayout(lang);
    }
  }

  private resolveDisplayUnit(): Unit {
    const model = this.currentModel;
    if (!model) return '万元';
    // Every amount the widget can show (all levels), so the smallest keeps two significant digits.
    const shown: (number | null)[] = [];
    const walk = (item: PieItem) => {
      shown.push(item.value);
      item.children.forEach(walk);
    };
    walk(model.root);
    return resolveUnit(this.checked('unit'), shown, model.unit);
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
      const result = buildPieModel(doc, this.checked('by'));
      if (result.ok) {
        this.currentModel = result.model;
        this.setDerivedProblems([]);
        const auditor = (this.constructor as typeof SpendStructurePie).auditor;
        this.findings = auditor ? findingsAbout(auditOnce(auditor, doc), [result.model.table]) : [];
      } else if ('empty' in result) {
        this.emptyReason = result.empty;
        this.setDerivedProblems([]);
      } else this.setDerivedProblems(result.errors);
    } catch (error) {
      this.setDerivedProblems([failure(error)]);
    }
  }

  private deriveLayout(lang: Lang): void {
    this.currentLayout = undefined;
    this.currentLevel = undefined;
    const model = this.currentModel;
    if (!model) return;
    try {
      const { item, trail } = itemAt(model, this.path);
      this.trail = trail;
      const context = { model, unit: this.displayUnit, lang };
      const naming = { level: { parent: item }, lang };
      const fitted = fitPie(item, {
        width: Math.max(this.size.width, 1),
        variant: this.checked('variant'),
        narrowBelow: this.checked('narrowBelow'),
        minShare: this.checked('minShare'),
        expanded: this.expanded,
        centre: [t(PIE, 'total', lang), formatAmountNumber(convert(item.value, model.unit, this.displayUnit), lang), unitLabel(this.displayUnit, lang)],
        text: (slice) => ({ name: sliceName(slice, naming), figure: figure(slice, context) }),
      });
      this.currentLevel = fitted.level;
      this.currentLayout = this.size.width > 0 ? fitted.layout : undefined;
      if (this.focusNewLevel) {
        this.focusNewLevel = false;
        const first = fitted.level.slices[0];
        this.marks.focused = first ? { type: 'slice', id: first.id } : null;
        const count = fitted.level.slices.length;
        this.marks.announcement = (now: Lang) => t(PIE, 'levelShown', now, { name: item.label?.[now] ?? item.name, count });
      }
    } catch (error) {
      this.setDerivedProblems([failure(error)]);
    }
  }

  private context(lang: Lang): PieContext {
    return { doc: this.disclosure!, model: this.currentModel!, level: this.currentLevel!, trail: this.trail, unit: this.displayUnit, lang };
  }

  protected summary(lang: Lang): string {
    return this.currentLevel && this.disclosure ? summarize(this.context(lang)) : '';
  }

  protected exportName(): string {
    return `spend-structure-pie-${this.checked('by')}-${this.disclosure?.meta.year ?? ''}`;
  }

  protected csvRows(): CsvRow[] {
    return this.currentLevel ? csvRows(this.context(this.currentLang)) : [];
  }

  protected renderTable(lang: Lang): TemplateResult {
    return this.currentLevel ? renderTable(this.context(lang)) : html``;
  }

  protected renderChart(lang: Lang): TemplateResult {
    const level = this.currentLevel;
    if (!level) return html`<div class="placeholder"></div>`;
    const layout = this.currentLayout;
    const context = this.context(lang);
    const summaryId = `${this.ids}-summary`;
    const hintId = `${this.ids}-hint`;
    const input = {
      layout: layout!,
      slices: level.slices,
      colour: colourOf(level.slices),
      focused: this.marks.focused?.id ?? null,
      lit: this.marks.active?.id ?? null,
      ids: this.ids,
      text: (slice: PieSlice) => ({ name: sliceName(slice, context), figure: figure(slice, context) }),
    };
    const drawing = layout
      ? html`<svg part="svg" width=${layout.width} height=${layout.height} viewBox=${`0 0 ${layout.width} ${layout.height}`} aria-hidden="true"
            >${renderPie(input)}</svg
          >${layout.mode === 'legend' ? renderLegend(input, t(PIE, 'legend', lang)) : nothing}`
      : html`<div class="placeholder"></div>`;
    const variant = this.checked('variant');
    return html`${this.renderBreadcrumb(lang)}
      <div class="drill" @keydown=${this.keyListener} @pointerdown=${() => (this.byPointer = true)}>
        ${this.marks.renderSurface(drawing, {
          roleDescription: t(PIE, variant === 'pie' ? 'roleDescriptionPie' : 'roleDescription', lang),
          labelledBy: summaryId,
          describedBy: hintId,
        })}
      </div>
      <p class="summary" part="summary" id=${summaryId}>${summarize(context)}</p>
      <p class="sr-only" id=${hintId}>${t(PIE, 'keyboardHint', lang)}</p>
      ${this.marks.renderLiveRegion()}
      ${level.slices.length ? nothing : html`<p class="note" part="note">${t(PIE, 'noPositive', lang)}</p>`}
      ${excludedNotes(context).map((note) => html`<p class="note excluded" part="note">${note}</p>`)}
      ${this.findings.length
        ? html`<details class="note audit" part="note">
            <summary>${auditHeading(this.findings, lang)}</summary>
            <ul>
              ${this.findings.map((finding) => html`<li>${finding.rule} ${finding.message[lang]}</li>`)}
            </ul>
          </details>`
        : nothing}
      ${this.marks.renderTooltip()}`;
  }

  private renderBreadcrumb(lang: Lang): TemplateResult | typeof nothing {
    if (!this.trail.length) return nothing;
    const naming = (index: number) => ({ level: { parent: index ? this.trail[index - 1]! : this.currentModel!.root }, lang });
    return html`<nav class="crumbs" part="breadcrumb" aria-label=${t(PIE, 'breadcrumb', lang)}>
      <ol>
        <li><button type="button" @click=${() => this.goTo(0)}>${t(PIE, 'top', lang)}</button></li>
        ${this.trail.map((item, index) =>
          index === this.trail.length - 1
            ? html`<li aria-current="page">${item.code ? `${item.code} ` : ''}${itemName(item, naming(index))}</li>`
            : html`<li><button type="button" @click=${() => this.goTo(index + 1)}>${item.code ? `${item.code} ` : ''}${itemName(item, naming(index))}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  /** Show the level `depth` steps from the top (0 = the top). */
  private goTo(depth: number, byKeyboard = false): void {
    if (depth >= this.path.length) return;
    this.path = this.path.slice(0, depth);
    this.expanded = new Set();
    this.focusNewLevel = byKeyboard;
  }

  /** Captured, so a key press is known before the marks controller acts on it. */
  private readonly keyListener = { handleEvent: (event: KeyboardEvent) => this.onKeyDown(event), capture: true };

  /** Backspace goes up a level (Escape stays "clear the selection", as in every widget). */
  private onKeyDown = (event: KeyboardEvent): void => {
    this.byPointer = false;
    if (event.key !== 'Backspace' || !this.path.length) return;
    event.preventDefault();
    this.goTo(this.path.length - 1, true);
  };

  private markGraph(): MarkGraph<Mark> | undefined {
    const level = this.currentLevel;
    if (!level || !this.currentLayout || !this.disclosure) return undefined;
    const slices = level.slices;
    const context = this.context(this.currentLang);
    const indexOf = (mark: Mark) => slices.findIndex((slice) => slice.id === mark.id);
    const mark = (index: number): Mark => ({ type: 'slice', id: slices[index]!.id });
    return {
      first: () => (slices.length ? mark(0) : null),
      find: (type, id) => {
        const plain = id.replace(/^legend:/, '');
        return type === 'slice' && slices.some((slice) => slice.id === plain) ? { type, id: plain } : null;
      },
      move: (from, direction) => {
        const index = indexOf(from);
        const count = slices.length;
        if (direction === 'home') return mark(0);
        if (direction === 'end') return mark(count - 1);
        // Clockwise with → and ↓, back with ← and ↑, round the ring.
        const step = direction === 'right' || direction === 'down' ? 1 : -1;
        return mark((index + step + count) % count);
      },
      describe: (from) => {
        const slice = slices[indexOf(from)];
        return slice ? describeSlice(slice, context) : null;
      },
      announce: (from) => {
        const index = indexOf(from);
        return index >= 0 ? announceSlice(slices[index]!, index, context) : '';
      },
      select: (from) => {
        const slice = slices[indexOf(from)];
        if (!slice) return undefined;
        const detail = {
          kind: slice.members ? 'other' : 'slice',
          code: slice.item?.code ?? slice.id,
          name: slice.item?.name ?? sliceName(slice, context),
          label: sliceName(slice, context),
          value: slice.value,
          provenance: slice.item?.provenance ?? {
            cells: slice.members!.flatMap(({ item }) => item.provenance.cells),
            derived: { 'zh-CN': '推算：并入“其他”的各项之和', en: 'Derived: the sum of the items in “Other”' },
          },
        };
        if (slice.members) {
          this.expanded = new Set([...this.expanded, otherId(level.parent)]);
          return { detail, focus: { type: 'slice', id: slice.members[0]!.item.id } };
        }
        if (slice.drillable) {
          this.path = [...this.path, slice.id];
          this.expanded = new Set();
          this.focusNewLevel = !this.byPointer;
        }
        return { detail };
      },
    };
  }
}

function failure(error: unknown): { 'zh-CN': string; en: string } {
  const reason = error instanceof Error ? error.message : String(error);
  return { 'zh-CN': `无法绘制：${reason}`, en: `Could not draw the chart: ${reason}` };
}
