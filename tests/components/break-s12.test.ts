// A demanding new user's pass, session 12: kinds of fault that users of ECharts, Chart.js,
// Highcharts, Plotly, Vega, nivo and Lit reported, tried on every element they apply to, beyond
// break-s10/s11, hostile-pages and tests/fuzz/adversarial*: a page's inherited typography
// (text-transform, letter-spacing, …) and a vertical writing mode reaching into the chart, a
// negative zero printed "-0", exported SVGs pasted side by side sharing ids, names left empty,
// a chart detached and put back that stops following its width, a section with
// `content-visibility: auto`, a chart in a fixed drawer on a scrolled page, an element cloned
// from a <template>, Escape pressed in a modal dialog, export from an element never shown, and
// forced colours (Windows high contrast).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS, WIDGET_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements } from '../helpers/drawn.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { frames, mountSettled, settle } from '../helpers/settle.js';
import { renamed } from '../helpers/renamed.js';

type Widget = HTMLElement & {
  data?: unknown;
  state: string;
  updateComplete: Promise<boolean>;
  toSVG(): string;
  toCSV(): string;
  toPNG(scale?: number): Promise<Blob>;
};

/** Every widget inside `el` (itself, and those of a report), settled. */
async function settleDeep(el: Widget): Promise<void> {
  await settle(el);
  for (const inner of innerWidgets(el)) await settle(inner);
  await frames(2);
}
const innerWidgets = (el: Widget) => Array.from(deepElements(el.shadowRoot!)).filter((node) => (WIDGET_TAGS as readonly string[]).includes(node.localName)) as Widget[];

const mount = (tag: string, doc: unknown, width = 800, attributes: Record<string, string> = {}) => mountSettled<Widget>(tag, doc, width, attributes, settleDeep);

const unid = (text: string) => text.replace(/dw-[a-z0-9]+-/g, 'dw-');
function deepText(root: ParentNode): string {
  return Array.from(deepElements(root))
    .map((node) => (node.shadowRoot ? '' : Array.from(node.childNodes).filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join('')))
    .join('');
}
/** What the element shows: its SVG drawing(s) and its text, ids made comparable, through a report's widgets. */
function picture(el: Widget): string {
  return unid([el, ...innerWidgets(el)].map((widget) => widget.toSVG()).join('\n') + '\n' + deepText(el.shadowRoot!));
}
/**
 * Where each piece of visible text sits (relative to the host), rounded to a pixel, and how it
 * is set (transform, spacing, style): what a page's inherited typography would change.
 */
function textLayout(el: Widget): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of deepElements(el.shadowRoot!)) {
    if (node.closest('.sr-only')) continue;
    const style = getComputedStyle(node);
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      const box = range.getBoundingClientRect();
      out.push(`${node.localName} ${Math.round(box.left - host.left)},${Math.round(box.top - host.top)} ${Math.round(box.width)}×${Math.round(box.height)} ${style.textTransform} ${style.letterSpacing} ${style.wordSpacing} ${style.fontStyle} ${style.fontWeight} ${style.textIndent} ${style.writingMode}: ${child.textContent!.trim().slice(0, 24)}`);
    }
  }
  return out;
}
const find = (el: Widget, test: (node: Element) => boolean) => Array.from(deepElements(el.shadowRoot!)).find(test) as HTMLElement | undefined;
const surfaceOf = (el: Widget) => find(el, (node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0');
const tooltipOf = (el: Widget) => find(el, (node) => node.classList.contains('tooltip'));

/** The first lines that differ between two lists, for a readable failure. */
function firstDifference(a: string[], b: string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `#${i}: ${a[i]} ≠ ${b[i]}`;
  return '';
}

describe('break s12: a page\'s inherited typography stays out of the chart', function () {
  this.timeout(90000);
  watchPageErrors({ perTest: true });

  // Highcharts: "Bootstrap / the theme's `text-transform: uppercase` and `letter-spacing` show up
  // in the chart's labels and tooltip"; ECharts: "the tooltip inherits the page's `white-space:
  // nowrap` / `line-height` and overflows"; Chart.js HTML legends inheriting `text-indent`.
  // Inherited properties cross a shadow root: only the element itself can stop them.
  const pageTypography: [string, string][] = [
    ['textTransform', 'uppercase'],
    ['letterSpacing', '3px'],
    ['wordSpacing', '12px'],
    ['textIndent', '40px'],
    ['fontStyle', 'italic'],
    ['fontWeight', '900'],
    ['fontVariant', 'small-caps'],
    ['textAlign', 'right'],
    ['whiteSpace', 'nowrap'],
    ['wordBreak', 'break-all'],
    ['fontStretch', 'condensed'],
    ['textShadow', '2px 2px red'],
  ];
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: under an ancestor with uppercase, letter- and word-spacing, text-indent, italic, 900, nowrap… draws and sets its text as on a plain page`, async () => {
      const doc = await sampleDocument();
      const reference = await mount(tag, doc, 800, { lang: 'en' });
      const expected = { picture: picture(reference), layout: textLayout(reference) };
      reference.parentElement!.remove();
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      outer.style.width = '800px';
      for (const [name, value] of pageTypography) (outer.style as unknown as Record<string, string>)[name] = value;
      const el = document.createElement(tag) as Widget;
      el.setAttribute('lang', 'en');
      el.data = doc;
      outer.append(el);
      await settleDeep(el);
      const layout = textLayout(el);
      expect(firstDifference(layout, expected.layout), 'text set as on a plain page').to.equal('');
      expect(picture(el) === expected.picture, 'the same drawing and export').to.equal(true);
    });

    // Vertical Chinese typesetting (`writing-mode: vertical-rl`, used for classical or
    // poster-like pages) is inherited too: ECharts and Highcharts charts in such a column came
    // out rotated or zero wide ("chart inside a vertical-rl container renders sideways").
    it(`<${tag}>: in a vertical-rl (竖排) column 800 px wide lays out horizontally at 800 px`, async () => {
      const doc = await sampleDocument();
      const reference = await mount(tag, doc, 800);
      const expected = picture(reference);
      reference.parentElement!.remove();
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      outer.style.width = '800px';
      outer.style.writingMode = 'vertical-rl';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      outer.append(el);
      await settleDeep(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('*')!).writingMode).to.equal('horizontal-tb');
      expect(Math.round(el.getBoundingClientRect().width), 'its width').to.equal(800);
      expect(picture(el) === expected, 'the 800 px drawing').to.equal(true);
    });
  }
});

/** `doc` with every amount replaced by `value(amount)` (line numbers, pages and sources kept). */
function reamount(doc: Disclosure, value: (amount: number) => number): Disclosure {
  const walk = (node: unknown, key: string): unknown => {
    if (typeof node === 'number') return key === 'line' || key === 'page' ? node : value(node);
    if (Array.isArray(node)) return node.map((inner) => walk(inner, key));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([inner, child]) => [inner, inner === 'source' ? child : walk(child, inner)]));
    return node;
  };
  return { ...doc, tables: walk(doc.tables, 'tables') as Disclosure['tables'] };
}


describe('break s12: amounts of negative zero', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // d3-format and Intl print -0 as "-0" / "−0.00" (d3/d3-format's negative-zero reports,
  // Chart.js axis ticks reading "-0", Plotly hover "−0"). A -0 arrives from a spreadsheet
  // export or from arithmetic (0 × -1, a difference that rounds to nothing).
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: every zero amount given as -0 shows and exports as 0, never "-0"`, async () => {
      const doc = await sampleDocument();
      const negative = reamount(doc, (amount) => (amount === 0 ? -0 : amount));
      const el = await mount(tag, negative);
      const reference = await mount(tag, doc);
      for (const details of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.localName === 'details') as HTMLDetailsElement[]) details.open = true;
      for (const toggle of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.classList.contains('table-toggle')) as HTMLElement[]) toggle.click();
      await settleDeep(el);
      const text = deepText(el.shadowRoot!) + el.toSVG() + el.toCSV();
      const match = /.{0,20}[-−‒–]0(?:\.0+)?(?![.\d]).{0,20}/.exec(text.replace(/\s+/g, ' '));
      expect(match?.[0] ?? '', 'no "-0" anywhere').to.equal('');
      expect(el.toCSV() === reference.toCSV(), 'the CSV of the same document with 0').to.equal(true);
    });
  }
});

describe('break s12: exported SVGs pasted into one page', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // Plotly and Highcharts: "two exported SVGs on one page share clip-path / gradient ids, the
  // second chart is clipped or filled by the first's" (ids repeat between exports of the same
  // chart: a report that pastes last year's and this year's export, or the same one twice).
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: two exports of the same element, and one of another, have no id in common, and each url(#…) finds its own`, async () => {
      const doc = await sampleDocument();
      // Amounts that do not add up draw the hatched 差额 marks (defs with ids) where a widget has them.
      const odd = reamount(doc, (amount) => (amount > 100 ? amount * 1.3 : amount));
      const el = await mount(tag, odd);
      const first = el.toSVG();
      el.setAttribute('lang', 'en');
      await settleDeep(el);
      const second = el.toSVG();
      const other = (await mount(tag, odd)).toSVG();
      if (!first) return; // nothing drawn as SVG
      // Read as text, not parsed (the test page's CSP reports the style attributes even of an
      // inert parsed copy): the ids a page holding all three would hold.
      const idsOf = (text: string) => Array.from(text.matchAll(/\sid="([^"]+)"/g), (match) => match[1]!);
      const ids = [first, second, other].flatMap(idsOf);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(repeated, 'ids repeated between exports').to.deep.equal([]);
      for (const text of [first, second, other]) {
        const own = new Set(idsOf(text));
        for (const [, id] of text.matchAll(/url\((?:&quot;|["'])?#([^"')&]+)/g)) expect(own.has(id!), `url(#${id}) in the same SVG`).to.equal(true);
      }
    });
  }
});

describe('break s12: names left empty', function () {
  this.timeout(90000);
  watchPageErrors({ perTest: true });

  // ECharts: "a pie slice with name '' shows a bare value and an empty legend entry"; Chart.js:
  // "tooltip of an unlabeled point reads ': 12'"; nivo: an empty-id node breaks the sankey.
  // A PDF cell can be blank where the name should be; a reader must still be told which row.
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: every name "" is said (invalid with its path, or named by code / a placeholder), never an empty label`, async () => {
      const doc = renamed(await sampleDocument(), '');
      const el = await mount(tag, doc);
      expect(['ready', 'empty', 'invalid']).to.include(el.state);
      if (el.state !== 'ready') {
        expect(deepText(el.shadowRoot!).trim().length).to.be.above(0);
        return;
      }
      const surface = surfaceOf(el);
      if (surface) {
        surface.focus();
        await el.updateComplete;
        // The first marks of each column or list, by keyboard: tooltip and announcement.
        for (const key of ['Home', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'End']) {
          surface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          await el.updateComplete;
          await frames(1);
          const tooltip = tooltipOf(el);
          if (tooltip && !tooltip.hidden) {
            const said = tooltip.textContent!.replace(/\s+/g, ' ').trim();
            expect(/^[:：,，]|[（(]\s*[)）]|“\s*”|"\s*"/.test(said), `tooltip after ${key}: ${said}`).to.equal(false);
          }
          const live = find(el, (node) => node.getAttribute('aria-live') === 'polite')?.textContent?.trim() ?? '';
          expect(/^[:：,，]|“\s*”|"\s*"/.test(live), `announced after ${key}: ${live}`).to.equal(false);
        }
      }
      for (const toggle of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.classList.contains('table-toggle')) as HTMLElement[]) toggle.click();
      await settleDeep(el);
      const blankRows = Array.from(deepElements(el.shadowRoot!)).filter((node) => node.matches('th[scope="row"]') && !node.textContent!.trim());
      expect(blankRows.length, 'data-table rows without a name').to.equal(0);
      const label = el.shadowRoot!.querySelector('[role="graphics-document"], svg[aria-label], .chart[aria-label]')?.getAttribute('aria-label') ?? '';
      expect(/“\s*”|"\s*"|[（(]\s*[)）]/.test(label), `accessible name: ${label}`).to.equal(false);
    });
  }
});

describe('break s12: detached, put back and resized', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // Chart.js: "responsive chart stops resizing after its canvas is removed from the DOM and
  // re-added" (the resize listener was dropped on detach and never attached again); Lit
  // controllers must observe again in hostConnected.
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: removed, put back in another box, then that box narrowed to 400 px draws at 400 px`, async () => {
      const doc = await sampleDocument();
      const expected = picture(await mount(tag, doc, 400));
      const el = await mount(tag, doc, 800);
      el.remove();
      await frames(2);
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.style.width = '700px';
      box.append(el);
      await settleDeep(el);
      box.style.width = '400px';
      await frames(4);
      await settleDeep(el);
      expect(picture(el) === expected, 'the 400 px drawing').to.equal(true);
    });
  }
});

describe('break s12: a section with content-visibility: auto', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // Chrome users of Chart.js and ECharts: "chart blank / 0×0 in a section with
  // content-visibility: auto until the window is resized" (the off-screen section is skipped,
  // sized by contain-intrinsic-size, and the chart measured nothing).
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: far down the page in such a section, scrolled into view, draws at its width`, async () => {
      const doc = await sampleDocument();
      const expected = picture(await mount(tag, doc, 800));
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      const section = document.createElement('section');
      section.style.width = '800px';
      section.style.contentVisibility = 'auto';
      section.style.containIntrinsicSize = 'auto 300px';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      section.append(el);
      outer.append(spacer, section);
      try {
        await frames(3);
        section.scrollIntoView();
        await frames(4);
        await settleDeep(el);
        expect(picture(el) === expected, 'the 800 px drawing').to.equal(true);
      } finally {
        window.scrollTo(0, 0);
      }
    });
  }
});

describe('break s12: in a fixed drawer on a scrolled page', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // Highcharts and ECharts: "tooltip misplaced by the page's scroll offset when the chart is in
  // a position: fixed panel" (page coordinates used for a box that does not scroll).
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: the focused mark's tooltip sits beside the chart and inside the viewport`, async () => {
      const doc = await sampleDocument();
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      const tall = document.createElement('div');
      tall.style.height = '5000px';
      const drawer = document.createElement('aside');
      drawer.style.position = 'fixed';
      drawer.style.top = '20px';
      drawer.style.left = '20px';
      drawer.style.width = '520px';
      drawer.style.maxHeight = '560px';
      drawer.style.overflow = 'auto';
      drawer.style.background = 'white';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      drawer.append(el);
      outer.append(tall, drawer);
      try {
        window.scrollTo(0, 1500);
        await settleDeep(el);
        const surface = surfaceOf(el);
        if (!surface) return;
        surface.focus({ preventScroll: true });
        await el.updateComplete;
        await frames(3);
        const tooltip = tooltipOf(el);
        if (!tooltip || tooltip.hidden) return;
        expect(getComputedStyle(tooltip).visibility).to.equal('visible');
        const box = tooltip.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        expect(box.top >= 0 && box.bottom <= innerHeight + 1 && box.left >= 0 && box.right <= innerWidth + 1, 'inside the viewport').to.equal(true);
        expect(box.top < Math.min(host.bottom, 580) && box.bottom > host.top, `beside the chart (${Math.round(box.top)}…${Math.round(box.bottom)})`).to.equal(true);
      } finally {
        window.scrollTo(0, 0);
      }
    });
  }
});

describe('break s12: cloned from a <template>', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // Lit and Stencil users: "element inside <template> content is not upgraded after
  // importNode / cloneNode" and "inline JSON child read before the clone was connected";
  // frameworks (Vue, Alpine, htmx) stamp elements this way.
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: stamped from a template with inline JSON and lang="en" draws as mounted directly`, async () => {
      const doc = await sampleDocument();
      const expected = picture(await mount(tag, doc, 600, { lang: 'en' }));
      const template = document.createElement('template');
      template.innerHTML = `<div><${tag} lang="en"><script type="application/json"></script></${tag}></div>`;
      template.content.querySelector('script')!.textContent = JSON.stringify(doc);
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.style.width = '600px';
      box.append(document.importNode(template.content, true));
      const el = box.querySelector(tag) as Widget;
      await settleDeep(el);
      expect(el.state).to.equal('ready');
      expect(picture(el) === expected, 'the 600 px English drawing').to.equal(true);
      // A second stamp from the same template, by cloneNode this time.
      box.replaceChildren(template.content.cloneNode(true));
      const again = box.querySelector(tag) as Widget;
      await settleDeep(again);
      expect(picture(again) === expected, 'the second stamp too').to.equal(true);
    });
  }
});

describe('break s12: Escape inside a modal dialog', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // Highcharts accessibility and Chart.js in modals: "pressing Escape to leave the chart's
  // keyboard navigation closes the whole modal" — Escape backs out one level at a time.
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: Escape on a focused mark clears it and leaves the dialog open; a second Escape closes it`, async () => {
      const doc = await sampleDocument();
      const dialog = await fixture<HTMLDialogElement>(html`<dialog></dialog>`);
      const inner = document.createElement('div');
      inner.style.width = '600px';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      inner.append(el);
      dialog.append(inner);
      dialog.showModal();
      try {
        await settleDeep(el);
        const surface = surfaceOf(el);
        if (!surface) return;
        surface.focus();
        await el.updateComplete;
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await sendKeys({ press: 'Escape' });
        await frames(2);
        expect(dialog.open, 'the dialog stays open').to.equal(true);
        await sendKeys({ press: 'Escape' });
        await frames(2);
        expect(dialog.open, 'the second Escape closes it').to.equal(false);
      } finally {
        if (dialog.open) dialog.close();
      }
    });
  }
});

describe('break s12: export from an element never shown', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  // Highcharts' exporting and ECharts' getDataURL on a chart that was never rendered: a
  // TypeError from deep inside (users export from a script before or without showing it).
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: given data but never connected, the exports say "nothing drawn" without throwing, and work once connected`, async () => {
      const doc = await sampleDocument();
      const reference = await mount(tag, doc);
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      // Before: a TypeError from toSVG() and toPNG() (no render root yet).
      expect(() => el.toSVG()).to.not.throw();
      expect(el.toSVG(), 'no drawing: an empty SVG text, as documented').to.equal('');
      expect(() => el.toCSV()).to.not.throw();
      let failure: unknown;
      await el.toPNG().catch((error: unknown) => (failure = error));
      expect(failure, 'rejected').to.be.instanceOf(Error);
      expect((failure as Error).message, 'says why').to.contain('not in a document');
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.style.width = '800px';
      box.append(el);
      await settleDeep(el);
      expect(el.toCSV() === reference.toCSV(), 'the CSV once shown').to.equal(true);
      expect(unid(el.toSVG()) === unid(reference.toSVG()), 'the SVG once shown').to.equal(true);
    });
  }
});

describe('break s12: forced colours (Windows high contrast)', function () {
  this.timeout(90000);
  watchPageErrors({ perTest: true });
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  // Highcharts, Chart.js and Plotly: "in Windows High Contrast mode the chart's bars/slices
  // vanish or the focus indicator is invisible" (system colours replace the author's: fills
  // drawn with the background colour, a focus ring of box-shadow is dropped).
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: every drawn mark differs from the background, and the focused mark shows a ring`, async () => {
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
      const el = await mount(tag, await sampleDocument());
      const background = getComputedStyle(el).backgroundColor;
      const marks = Array.from(el.shadowRoot!.querySelectorAll<SVGGraphicsElement>('[data-id]')).filter((node) => node instanceof SVGGraphicsElement && node.closest('[data-id]') === node);
      const invisible = marks.filter((node) => {
        const painted = (paint: string, width = '1px') => paint !== 'none' && paint !== background && !/rgba\(.*, 0\)$/.test(paint) && parseFloat(width) > 0;
        const shown = (node: Element) => painted(getComputedStyle(node).fill) || painted(getComputedStyle(node).stroke, getComputedStyle(node).strokeWidth);
        return !(shown(node) || Array.from(node.querySelectorAll('rect, path, circle, line, polygon')).some(shown));
      });
      expect(invisible.map((node) => `${node.localName}[data-id=${node.getAttribute('data-id')}] fill ${getComputedStyle(node).fill}`).slice(0, 5), `marks painted like the background (${background})`).to.deep.equal([]);
      const surface = surfaceOf(el);
      if (!surface) return;
      surface.focus();
      await el.updateComplete;
      await frames(2);
      const ring = el.shadowRoot!.querySelector('.focus-ring');
      if (!ring) return;
      const style = getComputedStyle(ring);
      expect(style.stroke !== 'none' && style.stroke !== background && parseFloat(style.strokeWidth) >= 2, `the ring: stroke ${style.stroke} ${style.strokeWidth}`).to.equal(true);
    });
  }
});
