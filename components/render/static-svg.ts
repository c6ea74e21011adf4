/**
 * A widget's chart as standalone SVG text, rendered in Node without a browser: for pages
 * without JavaScript, print, newsroom graphics and social cards.
 *
 * Nothing here draws. The element class itself derives its model and layout (`willUpdate`,
 * the same code path as in the page) and returns its chart template (`renderChart`), and Lit's
 * server renderer (@lit-labs/ssr) turns that template into text. So the marks, the layout and
 * the summary are the element's own, and a change to a widget's templates changes its static
 * SVG with it. What is added is what a browser supplies in the page: the width (given, not
 * measured), and the element's stylesheet, put in a `<style>` inside the SVG with `:host`
 * turned into the SVG's own root class (theme custom properties included, so `--theme dark`
 * and the palette apply as in the element).
 *
 * Importing this module needs Lit's Node build (the `node` export condition installs a
 * minimal DOM shim); it is loaded by the CLI's `render` command only.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { CSSResultOrNative, PropertyValues, TemplateResult } from 'lit';
import type { Lang, Localized } from '../../src/format/messages.js';
import { NOTE_BASELINE, NOTE_LINE, NOTE_START } from '../base/export.js';
import { unitNoteText } from '../base/unit-note.js';
import type { Unit } from '../../src/schema/primitives.js';
import type { Problem } from '../../src/schema/validate.js';
import type { DisclosureElement } from '../base/disclosure-element.js';
import { STATIC_WIDGETS, type StaticWidget } from './widgets.js';

export { STATIC_WIDGETS, type StaticWidget };

export interface StaticSvgOptions {
  /** Width to lay out for, in CSS px (the element's container width). Default 960. */
  width?: number;
  /** `zh-CN` (default) or `en`. */
  lang?: Lang;
  /** `light` (default) or `dark`. `auto` keeps the viewer's `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Other attributes of the element, by attribute name (`{ money: 'fiscal', depth: 'item' }`). */
  attributes?: Readonly<Record<string, string>>;
}

export type StaticSvgResult =
  | { ok: true; svg: string; summary: string; width: number; height: number; warnings: Problem[] }
  /** `problems`: invalid data or options (with paths); `empty`: the document has nothing to draw. */
  | { ok: false; problems: Problem[]; empty?: Localized };

/** The element's members the server render reads: protected in the class, used only here. */
interface ServerSide {
  size: { width: number };
  emptyReason?: Localized;
  willUpdate(changed: PropertyValues): void;
  renderChart(lang: Lang): TemplateResult;
  summary(lang: Lang): string;
  drawnUnit(): Unit | undefined;
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
}

/**
 * Render `widget`'s chart for `doc` (any value: it is validated as by the element).
 * Never throws for bad data or options: they come back as `{ ok: false, problems }`, each with
 * its JSON path or `@attribute`, in both languages.
 * @example const result = renderStaticSvg('budget-sankey', doc, { width: 960, lang: 'en' });
 */
export function renderStaticSvg(widget: StaticWidget, doc: unknown, options: StaticSvgOptions = {}): StaticSvgResult {
  const ctor = STATIC_WIDGETS[widget];
  const element = new ctor() as DisclosureElement;
  const side = element as unknown as ServerSide;
  const lang = options.lang ?? 'zh-CN';
  const theme = options.theme ?? 'light';
  const changed = new Map<PropertyKey, unknown>([['data', undefined]]);
  const unknown: Problem[] = [];
  // Through the element's own attribute → property conversion, as a page's attributes would be.
  for (const [name, value] of Object.entries({ ...options.attributes, lang, theme })) {
    const property = propertyOf(ctor, name);
    if (!property || name === 'src') {
      unknown.push(unknownAttribute(widget, name, value));
      continue;
    }
    element.setAttribute(name, value);
    side.attributeChangedCallback(name, null, value);
    changed.set(property, undefined);
  }
  if (unknown.length) return { ok: false, problems: unknown };
  element.data = doc;
  side.size.width = Math.max(1, Math.floor(options.width ?? 960));
  withoutConsoleWarnings(() => side.willUpdate(changed as PropertyValues));
  const warnings = element.optionProblems;
  if (element.state === 'invalid') return { ok: false, problems: [...element.problems, ...warnings] };
  if (element.state !== 'ready') {
    const empty = side.emptyReason ?? { 'zh-CN': '文件中没有可绘制的数据。', en: 'The document has nothing to draw.' };
    return { ok: false, problems: warnings, empty };
  }
  const markup = collectResultSync(render(side.renderChart(lang)));
  const chart = firstChartSvg(stripMarkers(markup));
  // Ready, yet no chart: the element shows this document as text and tables only (a budget's
  // 绩效目标表 has targets but no scores to draw). Said with the widget's name, not as a fault.
  if (!chart) {
    const empty = { 'zh-CN': `<${widget}> 在这份文档上只有文字和表格，没有可导出为 SVG 的图形。`, en: `<${widget}> shows this document as text and tables only: there is no chart to export as SVG.` };
    return { ok: false, problems: warnings, empty };
  }
  const summary = side.summary(lang);
  const width = Number(/\swidth="([\d.]+)"/.exec(chart)?.[1] ?? 0);
  const note = unitNoteText(chart.replace(/<[^>]*>/g, ' '), side.drawnUnit(), lang);
  // The note's line below the chart (12 px text on a 24 px line).
  const height = Number(/\sheight="([\d.]+)"/.exec(chart)?.[1] ?? 0) + (note ? NOTE_LINE : 0);
  const styles = `${hostToRoot(cssTextOf((ctor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles))}\n.dw-background { fill: var(--dw-background); }\n.dw-unit-note { fill: var(--dw-text-muted); font-family: var(--dw-font-family); font-size: 12px; }`;
  return { ok: true, svg: standalone(chart, { summary, styles, theme, lang, note }), summary, width, height, warnings };
}

/**
 * Run `fn` with console.warn silenced. An element warns a page's developer of a bad option in
 * the console, in English; here the caller gets the same problem back in `warnings`, in both
 * languages, so the console line would only repeat it (in English inside a Chinese CLI run).
 */
function withoutConsoleWarnings(fn: () => void): void {
  const warn = console.warn;
  console.warn = () => {};
  try {
    fn();
  } finally {
    console.warn = warn;
  }
}

/** The property an attribute sets (`narrow-below` → `narrowBelow`), from Lit's declarations. */
function propertyOf(ctor: StaticConstructor, attribute: string): string | undefined {
  for (const [name, declaration] of ctor.elementProperties) {
    const declared = declaration.attribute;
    const attr = typeof declared === 'string' ? declared : declared === false ? undefined : String(name).toLowerCase();
    if (attr === attribute) return String(name);
  }
  return undefined;
}

function unknownAttribute(widget: StaticWidget, name: string, value: string): Problem {
  return {
    path: `@${name}`,
    expected: `an attribute of <${widget}>`,
    found: value,
    message: {
      'zh-CN': `@${name}：<${widget}> 没有这个属性（拼写错误，或属于另一个组件）。`,
      en: `@${name}: <${widget}> has no such attribute (a typo, or another widget's).`,
    },
  };
}

type StaticConstructor = (typeof STATIC_WIDGETS)[StaticWidget];

/**
 * Lit's hydration comments and markers carry nothing a static file needs. `<?>` is the marker
 * lit-html appends to a template that ends in a binding: HTML reads it as a bogus comment, but
 * in an .svg file it is a malformed processing instruction and the browser shows an XML error.
 */
function stripMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '').replace(/<\?(?:lit\$[^>]*\?)?>/g, '');
}

/** The first `<svg>` whose `part` names `svg` (what `toSVG()` exports), with its nested content. */
export function firstChartSvg(markup: string): string | undefined {
  const start = markup.search(/<svg\b[^>]*\bpart="(?:[^"]*\s)?svg(?:\s[^"]*)?"/);
  if (start < 0) return undefined;
  const tag = /<\/?svg\b/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    depth += match[0] === '<svg' ? 1 : -1;
    if (depth === 0) return markup.slice(start, markup.indexOf('>', match.index) + 1);
  }
  return undefined;
}

function cssTextOf(styles: readonly CSSResultOrNative[]): string {
  return styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

/** The root class standing for the element in a standalone file. */
const ROOT = 'svg.dw-chart';

/**
 * `:host` → the SVG root; `:host(X)` → the SVG root that is also X (`:host([theme='dark'])` →
 * `svg.dw-chart[theme='dark']`), parentheses inside X kept. `::part()` and slot rules match
 * nothing in a file and are left as they are.
 */
export function hostToRoot(css: string): string {
  let out = '';
  let index = 0;
  for (;;) {
    const at = css.indexOf(':host', index);
    if (at < 0) return out + css.slice(index);
    out += css.slice(index, at) + ROOT;
    index = at + ':host'.length;
    if (css[index] !== '(') continue;
    let depth = 0;
    let end = index;
    for (; end < css.length; end += 1) {
      if (css[end] === '(') depth += 1;
      else if (css[end] === ')' && --depth === 0) break;
    }
    out += css.slice(index + 1, end);
    index = end + 1;
  }
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The chart's `<svg>` made a file: namespace, role and title, the theme, styles and background. */
function standalone(chart: string, { summary, styles, theme, lang, note }: { summary: string; styles: string; theme: string; lang: Lang; note?: string | undefined }): string {
  let open = /^<svg\b[^>]*>/.exec(chart)![0];
  const classes = /\sclass="([^"]*)"/.exec(open)?.[1];
  let body = chart.slice(open.length).replace(/\spart="[^"]*"/g, '');
  if (note) {
    // One line more at the bottom, in the height and the viewBox, with the note on it.
    const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? 0);
    open = open
      .replace(/(\sheight=")([\d.]+)"/, (_, start: string, h: string) => `${start}${Number(h) + NOTE_LINE}"`)
      .replace(/(\sviewBox="[-\d.]+ [-\d.]+ [\d.]+ )([\d.]+)"/, (_, start: string, h: string) => `${start}${Number(h) + NOTE_LINE}"`);
    const end = body.lastIndexOf('</svg');
    body = `${body.slice(0, end)}<text class="dw-unit-note" x="${NOTE_START}" y="${height + NOTE_BASELINE}">${escapeText(note)}</text>${body.slice(end)}`;
  }
  const root = open
    .replace(/\s(?:part|aria-hidden|class)="[^"]*"/g, '')
    .replace(/^<svg/, `<svg xmlns="http://www.w3.org/2000/svg" class="${classes ? `dw-chart ${classes}` : 'dw-chart'}" theme="${theme}" lang="${lang}" role="img"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}<title>${escapeText(summary)}</title><style>${escapeText(styles)}</style><rect class="dw-background" width="100%" height="100%"></rect>${body}\n`;
}
