import { everyPart } from '../../src/schema/parts.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DisclosureElement, type CsvRow } from '../base/disclosure-element.js';
import { frameStyles } from '../base/frame.styles.js';
import { overviewFigures, type OverviewFigure } from '../../src/model/overview.js';
import { t, type Lang } from '../../src/format/messages.js';
import { convert, formatAmount, resolveUnit, unitLabel } from '../../src/format/units.js';
import { formatNumber } from '../../src/format/number.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { REPORT } from './disclosure-report.messages.js';
import { reportStyles } from './disclosure-report.styles.js';
import { renderOtherTables } from './other-tables.js';

/** The sections in reading order; each is one widget (or two) on the same document. */
const SECTIONS = ['overview', 'flow', 'structure', 'threePublic', 'execution', 'performance', 'audit'] as const;
/** The appendix, only for a document that prints tables beyond the nine (`otherTables`). */
type Section = (typeof SECTIONS)[number] | 'otherTables';

/**
 * A whole disclosure in one tag: headline figures, then each part through its widget — flow
 * (`<budget-sankey>`), structure (`<spend-structure-pie>`), "三公" (`<three-public-costs>`),
 * execution (`<budget-execution>`), performance (`<performance-summary>` and one
 * `<performance-scorecard>` per project) and the consistency check (`<disclosure-audit>`) —
 * with headings and a table of contents; then, when the document prints tables beyond the nine
 * (`otherTables`), an appendix listing them as printed. A section the document has no data for says so in
 * one line (the widget's own empty message). Prints as a multi-page A4 document: every chart
 * lays out for the paper's width (components/base/size-controller.ts), headings stay with
 * what follows them, and a chart is not split across pages.
 *
 * @summary The whole 部门决算 / 部门预算 disclosure, section by section, for screen and print.
 * @tagname disclosure-report
 * @customElement disclosure-report
 *
 * @example
 * <disclosure-report src="/data/2021.json" lang="zh-CN"></disclosure-report>
 *
 * @attr {string} src - URL of a disclosure JSON file (fetched, aborted on change or removal).
 * @attr {string} lang - `zh-CN` or `en`; default: the nearest `lang` in the page, else zh-CN. Passed to every widget.
 * @attr {'auto'|'元'|'万元'|'亿元'} unit - Unit of the amounts, in the overview and every widget. Default `auto`.
 * @attr {boolean} toolbar - Give every widget its SVG, PNG and CSV download buttons.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme, for the report and every widget.
 *
 * @prop {unknown} data - The disclosure document as an object (takes precedence over `src`; never mutated).
 * @prop {OverviewFigure[]} figures - The overview's figures as shown (read-only).
 * @prop {'none'|'loading'|'ready'|'empty'|'invalid'} state - What the element shows (read-only).
 * @prop {Problem[]} optionProblems - Option values that were not allowed and fell back to their default (read-only).
 *
 * @fires {CustomEvent<{problems: Problem[], kind: 'load'|'data'}>} dw-error - The data is invalid or the `src` could not be loaded (the widgets inside fire their own too).
 * @fires {CustomEvent<{problems: Problem[]}>} dw-warning - An option value is not allowed, so its default is used.
 * @fires {CustomEvent<{kind: string, code: string, name: string, value: number, provenance: Provenance}>} dw-select - From the widgets inside (bubbles and is composed out of them).
 *
 * @slot - An optional `<script type="application/json">` holding the document.
 *
 * @csspart base - The element's frame.
 * @csspart contents - The table of contents.
 * @csspart section - Each section.
 * @csspart heading - Each section heading.
 * @csspart figures - The overview's list of figures.
 * @csspart empty - The one-line note of a section without data.
 * @csspart error - The error panel.
 *
 * @cssprop [--dw-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', …] - Font stack (inherited by the widgets).
 * @cssprop [--dw-font-size=14px] - Base font size.
 * @cssprop [--dw-print-width=190mm] - Width every chart is laid out for while printing (A4 portrait less default margins).
 * @cssprop [--dw-text=#1f1f1f] - Text colour.
 * @cssprop [--dw-text-muted=#595959] - Secondary text colour.
 * @cssprop [--dw-background=#ffffff] - Background.
 * @cssprop [--dw-surface=#f4f4f5] - The figures' panels.
 * @cssprop [--dw-border=#c4c4c8] - Rules between sections.
 * @cssprop [--dw-focus=#0b5cad] - Focus ring and contents links.
 */
export class DisclosureReport extends DisclosureElement {
  static override styles = [frameStyles, reportStyles];
  static override frameTools = false;
  /** The report draws every part (narrative, performance) through its widgets: check them all. */
  static override validator = everyPart;

  private figureList: OverviewFigure[] = [];
  private seenVersion = -1;

  /** The overview's figures as shown, once data is ready. */
  get figures(): OverviewFigure[] {
    return this.figureList;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.source.version === this.seenVersion) return;
    this.seenVersion = this.source.version;
    const doc = this.disclosure;
    this.figureList = doc ? overviewFigures(doc) : [];
  }

  protected summary(lang: Lang): string {
    const doc = this.disclosure;
    if (!doc) return '';
    const values = { department: doc.meta.department, year: doc.meta.year ?? '', kind: t(REPORT, doc.meta.kind, lang) };
    const shown = this.figureList.filter((figure) => figure.key === 'income' || figure.key === 'expenditure');
    if (!shown.length) return t(REPORT, 'summaryEmpty', lang, values);
    const figures = shown.map((figure) => `${figure.label[lang]} ${this.amount(figure, lang)}`).join(lang === 'en' ? '; ' : '，');
    return t(REPORT, 'summary', lang, { ...values, figures });
  }

  protected exportName(): string {
    return `disclosure-report-${this.disclosure?.meta.year ?? ''}`;
  }

  /** The overview's figures: label, printed amount (its table's unit), unit, source. */
  protected csvRows(): CsvRow[] {
    const lang = this.currentLang;
    return [
      lang === 'en' ? ['figure', 'amount', 'unit', 'source'] : ['项目', '金额', '单位', '来源'],
      ...this.figureList.map((figure) => [figure.label[lang], figure.value, figure.unit ? unitLabel(figure.unit, lang) : '', figure.source[lang]]),
    ];
  }

  protected renderTable(): TemplateResult {
    return html``;
  }

  /** The unit every overview amount is shown in: one for all, chosen as the widgets choose. */
  private displayUnit(): OverviewFigure['unit'] {
    const doc = this.disclosure!;
    const amounts = this.figureList.filter((figure) => figure.unit);
    const from = amounts[0]?.unit ?? doc.meta.unit;
    return resolveUnit(this.checked('unit'), amounts.map((figure) => convert(figure.value, figure.unit!, from)), from);
  }

  private amount(figure: OverviewFigure, lang: Lang): string {
    if (figure.value === null) return t(REPORT, 'blank', lang);
    if (!figure.unit) return t(REPORT, 'count', lang, { count: formatNumber(figure.value, lang, 0) });
    return formatAmount(figure.value, figure.unit, this.displayUnit()!, lang);
  }

  protected renderChart(lang: Lang): TemplateResult {
    const doc = this.disclosure!;
    const id = (section: Section) => `${this.ids}-${section}`;
    const sections: Section[] = doc.otherTables?.length ? [...SECTIONS, 'otherTables'] : [...SECTIONS];
    return html`<article class="report" aria-labelledby=${`${this.ids}-title`}>
      <header>
        <h1 id=${`${this.ids}-title`}>${doc.meta.title ?? t(REPORT, 'summaryEmpty', lang, { department: doc.meta.department, year: doc.meta.year ?? '', kind: t(REPORT, doc.meta.kind, lang) })}</h1>
        <p class="summary">${this.summary(lang)}</p>
      </header>
      <nav class="contents" part="contents" aria-label=${t(REPORT, 'contents', lang)}>
        <h2>${t(REPORT, 'contents', lang)}</h2>
        <ol>
          ${sections.map(
            (section) => html`<li><a href=${`#${id(section)}`} @click=${(event: Event) => this.goTo(event, id(section))}>${t(REPORT, section, lang)}</a></li>`,
          )}
        </ol>
      </nav>
      ${sections.map(
        (section, index) => html`<section class=${`section ${section}`} part="section" aria-labelledby=${id(section)}>
          <h2 part="heading" id=${id(section)} tabindex="-1"><span class="number">${index + 1}</span> ${t(REPORT, section, lang)}</h2>
          ${this.renderSection(section, doc, lang)}
        </section>`,
      )}
    </article>`;
  }

  /**
   * Contents links: a fragment cannot reach an id inside a shadow root, so the link scrolls
   * its heading into view and moves focus there itself (the href stays for a copied link).
   */
  private goTo(event: Event, headingId: string): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(headingId)}`);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  private renderSection(section: Section, doc: Disclosure, lang: Lang): TemplateResult {
    // Each widget gets the validated document and the report's options; it says itself when
    // the document has nothing for it (its one-line empty message).
    const unit = this.checked('unit');
    const theme = this.checked('theme');
    switch (section) {
      case 'overview':
        return this.renderOverview(lang);
      case 'flow':
        return html`<budget-sankey class="widget" .data=${doc} lang=${lang} unit=${unit} theme=${theme} ?toolbar=${this.toolbar}></budget-sankey>`;
      case 'structure':
        return html`<spend-structure-pie class="widget" .data=${doc} lang=${lang} unit=${unit} theme=${theme} ?toolbar=${this.toolbar}></spend-structure-pie>`;
      case 'threePublic':
        return html`<three-public-costs class="widget" .data=${doc} lang=${lang} unit=${unit} theme=${theme} ?toolbar=${this.toolbar}></three-public-costs>`;
      case 'execution':
        return html`<budget-execution class="widget" .data=${doc} lang=${lang} unit=${unit} theme=${theme} ?toolbar=${this.toolbar}></budget-execution>`;
      case 'performance':
        return this.renderPerformance(doc, lang);
      case 'audit':
        return html`<disclosure-audit class="widget" .data=${doc} lang=${lang} theme=${theme} ?toolbar=${this.toolbar}></disclosure-audit>`;
      case 'otherTables':
        return renderOtherTables(doc.otherTables ?? [], lang);
    }
  }

  private renderOverview(lang: Lang): TemplateResult {
    const figures = this.figureList;
    if (!figures.length) return html`<p class="empty" part="empty">${t(REPORT, 'noFigures', lang)}</p>`;
    return html`<dl class="figures" part="figures">
      ${figures.map(
        (figure) => html`<div class=${`figure ${figure.key}`}>
          <dt>${figure.label[lang]}</dt>
          <dd class=${figure.value === null ? 'value blank' : 'value'}>${this.amount(figure, lang)}</dd>
          <dd class="source">${t(REPORT, 'source', lang, { source: figure.source[lang] })}${figure.line ? t(REPORT, 'line', lang, { line: figure.line }) : nothing}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private renderPerformance(doc: Disclosure, lang: Lang): TemplateResult {
    const unit = this.checked('unit');
    const theme = this.checked('theme');
    const scorecards = doc.performance?.scorecards ?? [];
    return html`<performance-summary class="widget" .data=${doc} lang=${lang} unit=${unit} theme=${theme} ?toolbar=${this.toolbar}></performance-summary>
      ${scorecards.length
        ? html`<h3>${t(REPORT, 'scorecards', lang)}</h3>
            ${scorecards.map(
              (card, index) => html`<div class="scorecard">
                <h4>${index + 1}. ${card.name}</h4>
                <performance-scorecard class="widget" .data=${doc} project=${String(index)} lang=${lang} unit=${unit} theme=${theme} ?toolbar=${this.toolbar}></performance-scorecard>
              </div>`,
            )}`
        : nothing}`;
  }
}
