// A demanding new user's pass, session 10: what users of ECharts, Highcharts, Chart.js, Vega and
// Plotly reported (../shared/docs/widget-anchors.md) tried on every element it applies to, beyond
// hostile-pages.test.ts: a document edited in place and set again, a tooltip whose mark has
// been scrolled out of sight (page or scrolling box), …
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS, WIDGET_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements } from '../helpers/drawn.js';
import { manyProjects } from '../helpers/performance-document.js';
import { executionDocument } from '../helpers/bars-documents.js';
import { frames, settle } from '../helpers/settle.js';
import { mountSettled } from '../helpers/settle.js';

type Widget = HTMLElement & {
  data?: unknown;
  previous?: unknown;
  state: string;
  updateComplete: Promise<boolean>;
  toSVG(): string;
  toCSV(): string;
};



const mount = (tag: string, doc: unknown, width = 800, attributes: Record<string, string> = {}) => mountSettled<Widget>(tag, doc, width, attributes, settle);

const find = (el: Widget, test: (node: Element) => boolean) => Array.from(deepElements(el.shadowRoot!)).find(test) as HTMLElement | undefined;
const surfaceOf = (el: Widget) => find(el, (node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0');
const tooltipOf = (el: Widget) => find(el, (node) => node.classList.contains('tooltip'));
const shownText = (el: Widget) => Array.from(deepElements(el.shadowRoot!)).map((node) => (node.shadowRoot ? '' : Array.from(node.childNodes).filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join(''))).join('');

/** Each coded row's name, and each project's, prefixed with "改" (edited in place). */
function renameInPlace(value: unknown): void {
  if (Array.isArray(value)) value.forEach(renameInPlace);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === 'name' && typeof record[key] === 'string') record[key] = `改${record[key] as string}`;
      else renameInPlace(record[key]);
    }
  }
}

describe('break s10: the same document object, edited in place and set again', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: redraws with the edited content (ECharts setOption, Chart.js update())`, async () => {
      const doc = await sampleDocument();
      const el = await mount(tag, doc);
      const fresh = await sampleDocument();
      renameInPlace(fresh);
      const reference = await mount(tag, fresh);
      renameInPlace(doc);
      el.data = doc;
      await settle(el);
      await frames(2);
      await settle(el);
      expect(el.toCSV() === reference.toCSV(), 'the CSV of the edited document').to.equal(true);
      expect(shownText(el).replace(/dw-[a-z0-9]+-/g, '') === shownText(reference).replace(/dw-[a-z0-9]+-/g, ''), 'the text of the edited document').to.equal(true);
    });
  }

  it('the same object set again unchanged keeps the drawing and the keyboard focus', async () => {
    const doc = await sampleDocument();
    const el = await mount('budget-sankey', doc);
    const surface = surfaceOf(el)!;
    surface.focus();
    surface.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    const before = el.toSVG();
    const errors: Event[] = [];
    el.addEventListener('dw-error', (event) => errors.push(event));
    el.data = doc;
    await settle(el);
    // Each export has ids of its own (break-s12: two pasted into one page must not share them).
    const sameIds = (text: string) => text.replace(/\bdw-[0-9a-z]+-/g, 'dw-');
    expect(sameIds(el.toSVG()) === sameIds(before), 'the same drawing, focus ring included').to.equal(true);
  });

  it('<three-public-costs>: last year\'s document edited in place and set again is drawn anew', async () => {
    const doc = await sampleDocument();
    const previous = await sampleDocument();
    const el = await mount('three-public-costs', doc);
    el.previous = previous;
    await settle(el);
    const before = el.toCSV();
    const t7 = (previous as unknown as { tables: { t7: { final: Record<string, number | null> } } }).tables.t7;
    t7.final.reception = 3.21;
    t7.final.total = 3.21;
    el.previous = previous;
    await settle(el);
    expect(el.toCSV()).to.not.equal(before);
    expect(el.toCSV()).to.contain('3.21');
  });
});

describe('break s10: a tooltip whose mark is out of sight', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: the focused mark's tooltip hides when the page scrolls the chart away, and comes back with it`, async () => {
      const doc = await sampleDocument();
      const el = await mount(tag, doc);
      const surface = surfaceOf(el);
      if (!surface) return; // a table-only element: no tooltip
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      el.parentElement!.after(spacer);
      try {
        surface.focus();
        await el.updateComplete;
        await frames(2);
        const tooltip = tooltipOf(el);
        if (!tooltip || tooltip.hidden) return; // <disclosure-audit>: its findings are the text, no tooltip
        expect(getComputedStyle(tooltip).visibility).to.equal('visible');
        window.scrollTo(0, 3000);
        await frames(3);
        expect(el.getBoundingClientRect().bottom).to.be.below(0);
        // Before: clamped to the viewport's top edge, over whatever the page shows there.
        expect(getComputedStyle(tooltip).visibility, 'no tooltip floating over the page').to.equal('hidden');
        window.scrollTo(0, 0);
        await frames(3);
        expect(getComputedStyle(tooltip).visibility).to.equal('visible');
        const box = tooltip.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        expect(box.top < host.bottom && box.bottom > host.top, 'beside the chart again').to.equal(true);
      } finally {
        window.scrollTo(0, 0);
        spacer.remove();
      }
    });

    it(`<${tag}>: inside a scrolling box, the tooltip hides while its mark is scrolled out of the box`, async () => {
      const doc = await sampleDocument();
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.style.height = '200px';
      box.style.overflow = 'auto';
      box.style.width = '820px';
      const top = document.createElement('div');
      top.style.height = '10px';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      const bottom = document.createElement('div');
      bottom.style.height = '3000px';
      box.append(top, el, bottom);
      await settle(el);
      const surface = surfaceOf(el);
      if (!surface) return;
      surface.focus({ preventScroll: true });
      await el.updateComplete;
      await frames(2);
      const tooltip = tooltipOf(el);
      if (!tooltip || tooltip.hidden) return;
      expect(getComputedStyle(tooltip).visibility).to.equal('visible');
      box.scrollTop = 2500;
      await frames(3);
      expect(getComputedStyle(tooltip).visibility, 'hidden with its mark').to.equal('hidden');
    });
  }
});

describe('break s10: a report of many projects', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });

  it('its widgets share the report\'s validated document instead of each validating a copy (500 projects ran the tab out of memory)', async () => {
    const doc = manyProjects(300);
    const report = await mount('disclosure-report', doc) as Widget & { disclosure?: object };
    const widgets = Array.from(report.shadowRoot!.querySelectorAll<Widget & { disclosure?: object }>('.widget'));
    expect(widgets.filter((widget) => widget.localName === 'performance-scorecard').length).to.equal(300);
    await waitUntil(() => widgets.every((widget) => widget.state !== 'none' && widget.state !== 'loading'), 'widgets never settled', { timeout: 60000 });
    expect(widgets.every((widget) => widget.state === 'ready' || widget.state === 'empty')).to.equal(true);
    expect(widgets.every((widget) => widget.disclosure === report.disclosure), 'one document, not 300 copies').to.equal(true);
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: given another element's validated document, deep-frozen, draws it without changing it`, async () => {
      const source = await mount('disclosure-audit', await sampleDocument()) as Widget & { disclosure?: object };
      const shared = deepFreeze(source.disclosure!);
      const el = await mount(tag, shared);
      expect(el.state).to.equal('ready');
      expect((el as Widget & { disclosure?: object }).disclosure).to.equal(shared);
      const surface = surfaceOf(el);
      if (surface) {
        surface.focus();
        for (const key of ['ArrowDown', 'ArrowRight', 'Enter', 'End', 'Escape']) {
          surface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          await el.updateComplete;
        }
      }
      for (const toggle of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.classList.contains('table-toggle')) as HTMLElement[]) toggle.click();
      await settle(el);
      expect(el.toCSV().length).to.be.above(0);
      el.setAttribute('lang', 'en');
      el.setAttribute('unit', '元');
      await settle(el);
      expect(el.state).to.equal('ready');
    });
  }
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('break s10: removed under the pointer and put back elsewhere', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: shows no tooltip of the old hover once back (no pointerleave came)`, async () => {
      const el = await mount(tag, await sampleDocument());
      const mark = Array.from(deepElements(el.shadowRoot!)).find((node) => {
        const box = node.getBoundingClientRect();
        return node.hasAttribute('data-id') && box.width > 4 && box.height > 4;
      });
      if (!mark) return;
      const box = mark.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      await frames(2);
      const tooltip = () => tooltipOf(el)!;
      if (tooltip().hidden) return; // <disclosure-audit>: no tooltip
      el.remove();
      await frames(2);
      await sendMouse({ type: 'move', position: [2, 2] });
      const elsewhere = await fixture<HTMLElement>(html`<section><p>elsewhere</p></section>`);
      elsewhere.style.width = '800px';
      elsewhere.append(el);
      await settle(el);
      el.setAttribute('unit', '元');
      await settle(el);
      expect(tooltip().hidden || !tooltip().checkVisibility(), 'no tooltip with nothing under the pointer').to.equal(true);
    });
  }
});

/** An app shell whose content pane scrolls inside its own shadow root (as Ionic's ion-content does). */
class ShellPane extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const pane = document.createElement('div');
    pane.className = 'pane';
    pane.style.height = '400px';
    pane.style.overflowY = 'auto';
    pane.style.width = '820px';
    pane.append(document.createElement('slot'));
    const room = document.createElement('div');
    room.style.height = '3000px';
    pane.append(room);
    root.append(pane);
  }
}
customElements.define('s10-shell-pane', ShellPane);

/** Whether `tip` sits beside `box` vertically (overlapping it, or within the 12 px gap and a pixel). */
const beside = (tip: DOMRect, box: DOMRect) => tip.top <= box.bottom + 14 && tip.bottom >= box.top - 14;

describe('break s10: scrolling heard inside shadow roots', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  it('<budget-execution>: the tooltip follows the focused row when its own scroll area brings the row in', async () => {
    const el = await mount('budget-execution', executionDocument(120));
    const surface = surfaceOf(el)!;
    surface.focus();
    await el.updateComplete;
    for (const key of ['End', 'Home', 'End']) {
      surface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      await frames(3);
      const tooltip = tooltipOf(el)!;
      const ring = el.shadowRoot!.querySelector('.focus-ring')!.getBoundingClientRect();
      expect(getComputedStyle(tooltip).visibility, `${key}: shown`).to.equal('visible');
      // Before: placed beside where the row was before the scroll area moved it.
      expect(beside(tooltip.getBoundingClientRect(), ring), `${key}: beside the focused row`).to.equal(true);
    }
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: slotted into an app shell whose pane scrolls in its shadow root, the tooltip follows its mark`, async () => {
      const shell = await fixture<HTMLElement>(html`<s10-shell-pane></s10-shell-pane>`);
      const el = document.createElement(tag) as Widget;
      el.data = await sampleDocument();
      shell.append(el);
      await settle(el);
      const surface = surfaceOf(el);
      if (!surface) return;
      surface.focus({ preventScroll: true });
      await el.updateComplete;
      await frames(2);
      const tooltip = tooltipOf(el);
      if (!tooltip || tooltip.hidden) return;
      const pane = shell.shadowRoot!.querySelector<HTMLElement>('.pane')!;
      pane.scrollTop = 60;
      await frames(3);
      const mark = Array.from(deepElements(el.shadowRoot!)).find((node) => node.getAttribute('data-id') && node.closest('[data-id]') === node && inView(node));
      const focusedBox = focusedMarkBox(el) ?? mark?.getBoundingClientRect();
      if (getComputedStyle(tooltip).visibility === 'visible' && focusedBox) expect(beside(tooltip.getBoundingClientRect(), focusedBox), 'moved with its mark').to.equal(true);
      pane.scrollTop = 2500;
      await frames(3);
      expect(getComputedStyle(tooltip).visibility, 'hidden once its mark is scrolled out of the pane').to.equal('hidden');
    });
  }
});

function inView(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}

/** The box of the focused mark: the element drawn for the first mark Tab lands on. */
function focusedMarkBox(el: Widget): DOMRect | undefined {
  const ring = el.shadowRoot!.querySelector('.focus-ring, [class~="focused"]');
  return ring?.getBoundingClientRect();
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const SAMPLE_SRC = new URL('../fixtures/linzi-industry-it-bureau-2021-final.json', import.meta.url).href;
const OTHER_SRC = new URL('../fixtures/real/xian-weijian-2022-final.json', import.meta.url).href;

describe('break s10: the next document arriving under keyboard focus', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: src switched (a year picker) keeps the drawing while the next loads, and the keyboard focus in the chart`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = '800px';
      const el = document.createElement(tag) as Widget & { src?: string };
      el.src = SAMPLE_SRC;
      wrapper.append(el);
      await settle(el);
      const surface = surfaceOf(el);
      if (!surface) return;
      surface.focus();
      await el.updateComplete;
      el.src = OTHER_SRC;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      // Before: the chart gave way to "加载中" (a flash) and focus fell to the page.
      expect(el.shadowRoot!.querySelector('svg[part~="svg"]'), 'the drawing stays while loading').to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim(), 'loading is said').to.not.equal('');
      await settle(el);
      expect(deepActive()?.classList.contains('chart'), 'focus still in the chart').to.equal(true);
      surfaceOf(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim(), 'arrows announce marks of the new document').to.not.equal('');
    });

    it(`<${tag}>: data swapped for a much larger document keeps the keyboard focus in the chart`, async () => {
      const el = await mount(tag, await sampleDocument());
      const surface = surfaceOf(el);
      if (!surface) return;
      surface.focus();
      await el.updateComplete;
      el.data = await (await fetch(OTHER_SRC)).json();
      await settle(el);
      // Before: <budget-execution> drew 66 rows in its scroll area, a new surface, and focus fell to the page.
      expect(deepActive()?.classList.contains('chart'), 'focus still in the chart').to.equal(true);
    });
  }
});

describe('break s10: a nonzero amount in the words of a finding', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  for (const tag of ['disclosure-audit', 'three-public-costs', 'budget-sankey']) {
    it(`<${tag}>: a 三公 amount of 0.004 万元 is never said to be "= 0.00" (the charts print 0.004)`, async () => {
      const doc = await sampleDocument();
      const t7 = (doc as unknown as { tables: { t7: { final: Record<string, number | null> } } }).tables.t7;
      t7.final.reception = 0.004;
      t7.final.total = 0.004;
      const el = await mount(tag, doc);
      for (const details of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.localName === 'details') as HTMLDetailsElement[]) details.open = true;
      await settle(el);
      const text = shownText(el);
      expect(text, 'the finding about it is shown').to.contain('公务接待费');
      // Before: "公开07表 决算数 公务接待费 = 0.00，低于公开06表 …" (R16) and R18 alike.
      expect(/公务接待费 = 0\.00(?!\d)/.test(text), 'no "= 0.00" for 0.004').to.equal(false);
      expect(text).to.contain('公务接待费 = 0.004');
    });
  }
});
