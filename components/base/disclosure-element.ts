/**
 * The shared base of every widget: data in (`.data`, `src`, inline JSON), validation, the
 * loading / ready / empty / invalid states, language, unit and theme attributes, the
 * container width, the data-table toggle, the export methods and the optional toolbar.
 * A widget subclass derives its model in `willUpdate` and draws it in `renderChart()`.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { COMMON, t, type Lang, type Localized } from '../../src/format/messages.js';
import type { UnitChoice } from '../../src/format/units.js';
import type { Unit } from '../../src/schema/primitives.js';
import { messageBody, type Problem } from '../../src/schema/validate.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { partsValidator, type DocumentValidator } from '../../src/schema/parts.js';
import { DataController } from './data-controller.js';
import { SizeController } from './size-controller.js';
import { emit } from './events.js';
import { choice, checkedValue, givenValue, OptionReporter, type OptionSpecs } from './options.js';
import { langOf, watchPageLang } from './lang.js';
import { uniquePrefix } from './ids.js';
import { FRAME } from './messages.js';
import { download, serializeSvg, toCsvText, type ExportNote } from './export.js';
import { loadRaster } from './raster-loader.js';
import { unitNoteText } from './unit-note.js';
import { frameStyles } from './frame.styles.js';
import { adoptForDocument } from './adopt-styles.js';
import { speak, speaks } from './catalogue.js';

export type WidgetState = 'none' | 'loading' | 'ready' | 'empty' | 'invalid';
export type Theme = 'auto' | 'light' | 'dark';
export type CsvRow = readonly (string | number | null | undefined)[];

/** `en-US`, `en-GB` → en; `zh`, `zh-Hans`, `zh-CN` → zh-CN; another language is not spoken. */
function speakable(tag: string): Lang | '' | undefined {
  if (tag === '') return '';
  if (/^en(?:[-_]|$)/i.test(tag)) return 'en';
  if (/^zh(?:[-_]|$)/i.test(tag)) return 'zh-CN';
  return undefined;
}

export abstract class DisclosureElement extends LitElement {
  static override styles = [frameStyles];

  /**
   * The allowed values and defaults of the options, keyed by property; a widget adds its own
   * (`static override options = { ...DisclosureElement.options, … }`). Checked before anything
   * is derived: see `checked()` and components/base/options.ts.
   */
  static options: OptionSpecs = {
    lang: choice<Lang | ''>('lang', ['zh-CN', 'en'], '', {
      normalize: speakable,
      defaultName: { 'zh-CN': '页面的语言', en: "the page's language" },
    }),
    unit: choice<UnitChoice>('unit', ['auto', '元', '万元', '亿元'], 'auto'),
    theme: choice<Theme>('theme', ['auto', 'light', 'dark'], 'auto'),
  };

  /**
   * Whether the frame offers a data-table toggle and exports of its own drawing under the chart.
   * A composite element (<disclosure-report>) sets it false: each widget inside offers its own.
   */
  static frameTools = true;

  /**
   * How documents are checked: the core (version, metadata, tables) plus the parts the widget
   * draws (`partsValidator({ narrative: Narrative })` in a widget that reads the narrative), so
   * its bundle leaves out the schemas it does not use; parts it does not draw are not checked
   * and not handed to it. `elements/with-audit` sets `everyPart`, which the audit needs.
   */
  static validator: DocumentValidator = partsValidator({});

  /**
   * The disclosure document as an object. Validated, never mutated. Takes precedence over `src`.
   * Setting the same object again after changing it in place redraws with its new content.
   */
  @property({ attribute: false, hasChanged: () => true }) data?: unknown;

  /** URL of a disclosure JSON file, fetched (and aborted when it changes or the element is removed). */
  @property() src?: string;

  /** `zh-CN` or `en`; when absent, the nearest `lang` in the page, else zh-CN. */
  @property() override lang = '';

  /** Unit of the amounts shown: `auto` (the largest that reads well), `元`, `万元` or `亿元`. */
  @property() unit: UnitChoice = 'auto';

  /** Show the export toolbar (SVG, PNG, CSV downloads). */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Whether the data table is shown under the chart. */
  @state() protected tableOpen = false;

  /** Why the last toolbar export failed, shown beside the toolbar (cleared by the next one). */
  @state() private exportFailure?: Localized;

  /** The width to lay out for: the container's on screen, the paper's while printing (size-controller.ts). */
  protected readonly size = new SizeController(this, () => speaks(this.currentLang) && this.performUpdate());
  protected readonly source = new DataController(
    this,
    (problems, kind) => this.reportProblems(problems, kind),
    () => (this.constructor as typeof DisclosureElement).validator,
  );
  /** Prefix for ids inside this element's shadow root and its exported SVG. */
  protected readonly ids = uniquePrefix('dw');

  /** Problems found after validation (e.g. the model cannot be built). */
  protected derivedProblems: Problem[] = [];
  /** Why there is nothing to draw, when the document says so. */
  protected emptyReason?: Localized;

  /** The language in effect. */
  get currentLang(): Lang {
    // The checked lang is '' (follow the page), zh-CN or en; another language is reported.
    return (this.checked('lang') as Lang | '') || langOf(this.parentElement ?? this);
  }

  private readonly optionReporter = new OptionReporter();

  /** Option values that are not allowed (each fell back to its default), as shown in the note. */
  get optionProblems(): Problem[] {
    return this.optionReporter.problems;
  }

  /**
   * The value of an option to derive from: the property when it is allowed, else its
   * default. Derivations read options only through this, so a bad value never reaches them.
   */
  protected checked<K extends keyof this & string>(name: K): this[K] {
    const spec = (this.constructor as typeof DisclosureElement).options[name];
    if (!spec) return this[name];
    return checkedValue(spec, givenValue(spec, this[name], this.getAttribute(spec.attribute))) as this[K];
  }

  private unwatchLang?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.renderRoot instanceof ShadowRoot) adoptForDocument(this.renderRoot, (this.constructor as typeof LitElement).elementStyles);
    // Without its own lang, the widget speaks the page's: follow the page when it switches.
    this.unwatchLang = watchPageLang(() => {
      if (!this.checked('lang')) this.requestUpdate();
    }, this);
  }

  /**
   * English words load on demand (catalogue.ts): an update in English waits for them, so the
   * element never draws a Chinese frame first; `updateComplete` includes the wait.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = this.currentLang;
    return speaks(lang) ? super.scheduleUpdate() : speak(lang).then(() => super.scheduleUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
    this.unwatchLang = undefined;
  }

  /** loading, ready, empty, invalid — or none before any data arrives. */
  get state(): WidgetState {
    const status = this.source.status;
    if (status !== 'ready') return status;
    if (this.derivedProblems.length) return 'invalid';
    if (this.emptyReason) return 'empty';
    return 'ready';
  }

  /** The validated document, once loaded. */
  get disclosure(): Disclosure | undefined {
    return this.source.document;
  }

  /** Every problem shown in the error panel. */
  get problems(): Problem[] {
    return this.source.status === 'invalid' ? this.source.problems : this.derivedProblems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.reportOptions(changed);
    if (changed.has('data') || changed.has('src')) this.source.load({ data: this.data, src: this.src ?? null });
  }

  protected reportProblems(problems: Problem[], kind: 'load' | 'data' = 'data'): void {
    emit(this, 'dw-error', { problems, kind });
  }

  /** Warn (console, once per attribute and value) and fire `dw-warning` when the option problems change. */
  private reportOptions(changed: PropertyValues<this>): void {
    const specs = (this.constructor as typeof DisclosureElement).options;
    // Hover and focus update the element too: check only when an option changed.
    if (this.hasUpdated && !Object.keys(specs).some((name) => (changed as Map<PropertyKey, unknown>).has(name))) return;
    const problems = this.optionReporter.check(this, specs);
    if (problems?.length) emit(this, 'dw-warning', { problems });
  }

  // ---- rendering -------------------------------------------------------------------------

  /** The chart for the ready state. */
  protected abstract renderChart(lang: Lang): TemplateResult;
  /** The same numbers as a real table (one or more `<table>`s). */
  protected abstract renderTable(lang: Lang): TemplateResult;
  /** Rows of the CSV export, the header first. */
  protected abstract csvRows(): CsvRow[];
  /** A short name for exported files. */
  protected abstract exportName(): string;
  /** The summary sentence, used as the export's title. */
  protected abstract summary(lang: Lang): string;

  protected override render(): TemplateResult {
    const lang = this.currentLang;
    const current = this.state;
    // The widget's text is Chinese or English: left to right whatever the page's direction.
    return html`<div class="frame" part="base" lang=${lang} dir="ltr">
      <slot hidden @slotchange=${() => this.source.inlineChanged()}></slot>
      ${current === 'loading' ? html`<p class="status" role="status">${t(COMMON, 'loading', lang)}</p>` : nothing}
      ${current === 'invalid' ? this.renderProblems(lang) : nothing}
      ${current === 'empty' || current === 'none'
        ? html`<p class="empty" role="status">${this.emptyReason?.[lang] ?? t(COMMON, 'noData', lang)}</p>`
        : nothing}
      ${current === 'ready' || (current === 'loading' && this.drawnBefore()) ? this.renderReady(lang) : nothing}
      ${this.renderOptionNote(lang)}
    </div>`;
  }

  /** While a new `src` loads: whether the document before it was drawn, and so stays drawn. */
  private drawnBefore(): boolean {
    return !!this.source.document && !this.derivedProblems.length && !this.emptyReason;
  }

  /** A small note naming each option value that was not allowed and the default used instead. */
  private renderOptionNote(lang: Lang): TemplateResult | typeof nothing {
    const problems = this.optionReporter.problems;
    if (!problems.length) return nothing;
    return html`<div class="option-note" part="note option-note">
      ${problems.map((problem) => html`<p>${problem.message[lang]}</p>`)}
    </div>`;
  }

  private renderReady(lang: Lang): TemplateResult {
    if (!(this.constructor as typeof DisclosureElement).frameTools) return this.renderChart(lang);
    const tableId = `${this.ids}-table`;
    const toggleId = `${this.ids}-table-toggle`;
    // A wide table scrolls sideways inside .table-wrap on a narrow screen: while open it is a
    // named, focusable region, so a keyboard can scroll it too (axe: scrollable-region-focusable).
    // Named by the toggle and the chart's summary sentence (each widget gives it the id
    // `${ids}-summary`): two widgets of a page with their tables open are two landmarks, and
    // "数据表" alone would name both alike (axe: landmark-unique).
    return html`${this.renderChart(lang)}
      <div class="bar" part="toolbar">
        <button
          type="button"
          id=${toggleId}
          class="table-toggle"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls=${tableId}
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${t(COMMON, 'dataTable', lang)}
        </button>
        ${this.toolbar
          ? html`<span class="sr-only">${t(FRAME, 'toolbar', lang)}</span>
              <button type="button" data-export="svg" @click=${() => this.downloadSvg()}>
                ${t(COMMON, 'downloadSvg', lang)}
              </button>
              <button type="button" data-export="png" @click=${() => this.downloadPng()}>
                ${t(COMMON, 'downloadPng', lang)}
              </button>
              <button type="button" data-export="csv" @click=${() => this.downloadCsv()}>
                ${t(COMMON, 'downloadCsv', lang)}
              </button>`
          : nothing}
        ${this.exportFailure ? html`<p class="export-failure" role="alert">${this.exportFailure[lang]}</p>` : nothing}
      </div>
      <div
        class="table-wrap"
        id=${tableId}
        ?hidden=${!this.tableOpen}
        role=${this.tableOpen ? 'region' : nothing}
        aria-labelledby=${this.tableOpen ? `${toggleId} ${this.ids}-summary` : nothing}
        tabindex=${this.tableOpen ? '0' : nothing}
      >
        ${this.tableOpen ? this.renderTable(lang) : nothing}
      </div>`;
  }

  private renderProblems(lang: Lang): TemplateResult {
    const problems = this.problems;
    // A src that could not be fetched is not a fault of the data: its own title, no paths.
    if (this.source.status === 'invalid' && this.source.failure === 'load') {
      return html`<div class="error" part="error" role="alert">
        <h2>${t(COMMON, 'loadFailedTitle', lang)}</h2>
        ${problems.map((problem) => html`<p>${problem.message[lang]}</p>`)}
      </div>`;
    }
    return html`<div class="error" part="error" role="alert">
      <h2>${t(COMMON, 'invalidTitle', lang)}</h2>
      <p>${t(FRAME, 'problemCount', lang, { count: problems.length })}</p>
      <ul>
        ${problems.map(
          // The path once, as code; the message without it ('$' says nothing to a reader).
          (problem) =>
            html`<li>${problem.path === '$' ? nothing : html`<code>${problem.path}</code>${lang === 'en' ? ': ' : '：'}`}${messageBody(problem, lang)}</li>`,
        )}
      </ul>
    </div>`;
  }

  // ---- export ----------------------------------------------------------------------------

  /**
   * The drawn chart, or null when nothing is drawn — also before the element was first
   * connected, when Lit has not made its render root yet (a script exporting from an element
   * it never showed got a TypeError, as users of Highcharts' and ECharts' export on an
   * unrendered chart did).
   */
  protected chartSvg(): SVGSVGElement | null {
    const root = this.renderRoot as HTMLElement | DocumentFragment | undefined;
    return root?.querySelector<SVGSVGElement>('svg[part~="svg"]') ?? null;
  }

  /**
   * The chart as standalone SVG text, styles inlined (opens on its own, pastes into reports).
   * Empty string when nothing is drawn.
   * @example const text = el.toSVG();
   */
  toSVG(): string {
    const svg = this.chartSvg();
    if (!svg) return '';
    return serializeSvg(svg, { background: this.background(), title: this.summary(this.currentLang), note: this.exportNote(svg), idPrefix: this.ids });
  }

  /** The unit the chart's amounts are drawn in; undefined for an element that draws no amounts in a unit. */
  protected drawnUnit(): Unit | undefined {
    return undefined;
  }

  /** The unit line under an exported chart (unit-note.ts), in the theme's muted colour and font. */
  private exportNote(svg: SVGSVGElement): ExportNote | undefined {
    const text = unitNoteText(svg.textContent ?? '', this.drawnUnit(), this.currentLang);
    if (!text) return undefined;
    const style = getComputedStyle(this);
    return { text, colour: style.getPropertyValue('--dw-text-muted').trim() || '#595959', font: style.getPropertyValue('--dw-font-family').trim() || 'sans-serif' };
  }

  /**
   * The chart as a PNG image (`scale` × its CSS size; default 2 for sharp print). Painted
   * from the drawn chart without loading any image, so it works under `img-src 'self'`.
   * Rejects with an Error saying why when it cannot (nothing drawn, the element hidden, a
   * scale that is not a positive number, a scale too large for a canvas).
   * @example const blob = await el.toPNG(2);
   */
  async toPNG(scale = 2): Promise<Blob> {
    const svg = this.chartSvg();
    if (!svg) throw new Error(this.isConnected ? 'nothing is drawn' : 'nothing is drawn: the element is not in a document');
    const { rasterizeSvg } = await loadRaster();
    return rasterizeSvg(svg, { scale, background: this.background(), note: this.exportNote(svg) });
  }

  /** The theme's background, painted behind exported images. */
  private background(): string {
    return getComputedStyle(this).getPropertyValue('--dw-background').trim() || '#ffffff';
  }

  /**
   * The numbers as CSV text (RFC 4180), one header row then one row per drawn value.
   * @example const csv = el.toCSV();
   */
  toCSV(): string {
    return this.state === 'ready' ? toCsvText(this.csvRows()) : '';
  }

  private downloadSvg(): void {
    this.exportFailure = undefined;
    download(new Blob([this.toSVG()], { type: 'image/svg+xml' }), `${this.exportName()}.svg`);
  }

  /** A click handler: a failure becomes a message in the element, never an unhandled rejection. */
  private async downloadPng(): Promise<void> {
    this.exportFailure = undefined;
    try {
      download(await this.toPNG(2), `${this.exportName()}.png`);
    } catch (error) {
      console.warn('disclosure-widgets: PNG export failed:', error);
      this.exportFailure = FRAME.pngFailed;
    }
  }

  private downloadCsv(): void {
    this.exportFailure = undefined;
    // The BOM lets spreadsheet programs read the Chinese names as UTF-8.
    download(new Blob(['\ufeff', this.toCSV()], { type: 'text/csv;charset=utf-8' }), `${this.exportName()}.csv`);
  }

  /** For subclasses: emit a problem list built after validation (model errors). */
  protected setDerivedProblems(messages: Localized[]): void {
    const problems = messages.map((message) => ({ path: '$', expected: '', found: '', message }));
    const changed = JSON.stringify(problems) !== JSON.stringify(this.derivedProblems);
    this.derivedProblems = problems;
    if (changed && problems.length) this.reportProblems(problems);
  }
}
