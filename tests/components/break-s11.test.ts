// A demanding new user's pass, session 11: what users of ECharts, Chart.js, Vega, Plotly and nivo
// reported (../shared/docs/widget-anchors.md) tried on every element it applies to, beyond
// break-s10.test.ts, hostile-pages.test.ts and tests/fuzz/adversarial*.test.ts (which have the
// scrollbar loop, elements created before their definition, a hidden tab, a live <html lang>):
// a chart in a flex or grid item that must shrink with its column, an element drawn while hidden
// (display: none, a closed <details>, an inactive tab panel, a modal dialog) and shown later, a
// page zoomed with CSS `zoom`, the language switched inside another component's shadow root, the
// element moved into an iframe (a "pop out" window) and used there, and a storm of resizes.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS, WIDGET_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements, nonFiniteDrawn } from '../helpers/drawn.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { frames, settle, textOutside } from '../helpers/settle.js';
import { mountSettled } from '../helpers/settle.js';
import { renamed } from '../helpers/renamed.js';

type Widget = HTMLElement & {
  data?: unknown;
  state: string;
  updateComplete: Promise<boolean>;
  toSVG(): string;
  toCSV(): string;
};



/** Every widget inside `el` (itself, and those of a report), settled. */
async function settleDeep(el: Widget): Promise<void> {
  await settle(el);
  for (const inner of Array.from(deepElements(el.shadowRoot!)).filter((node) => (WIDGET_TAGS as readonly string[]).includes(node.localName)) as Widget[]) await settle(inner);
  await frames(2);
}

/** `tag` drawn on this page, then moved into `iframe` (a "pop out"). */
async function movedInto(iframe: HTMLIFrameElement, tag: string, doc: unknown): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  el.data = doc;
  document.body.append(el);
  await settleDeep(el);
  iframe.contentDocument!.body.append(el);
  return el;
}

const mount = (tag: string, doc: unknown, width = 800, attributes: Record<string, string> = {}) => mountSettled<Widget>(tag, doc, width, attributes, settleDeep);

const unid = (text: string) => text.replace(/dw-[a-z0-9]+-/g, 'dw-');
/** What the element shows: its SVG drawing(s) and its text, ids made comparable, through a report's widgets. */
function picture(el: Widget): string {
  const widgets = [el, ...(Array.from(deepElements(el.shadowRoot!)).filter((node) => (WIDGET_TAGS as readonly string[]).includes(node.localName)) as Widget[])];
  return unid(widgets.map((widget) => widget.toSVG()).join('\n') + '\n' + deepText(el.shadowRoot!));
}
function deepText(root: ParentNode): string {
  return Array.from(deepElements(root))
    .map((node) => (node.shadowRoot ? '' : Array.from(node.childNodes).filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join('')))
    .join('');
}
const find = (el: Widget, test: (node: Element) => boolean) => Array.from(deepElements(el.shadowRoot!)).find(test) as HTMLElement | undefined;
const surfaceOf = (el: Widget) => find(el, (node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0');
const tooltipOf = (el: Widget) => find(el, (node) => node.classList.contains('tooltip'));

describe('break s11: a chart in a flex or grid item shrinks with its column', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  const layouts: [string, (outer: HTMLElement, item: HTMLElement) => void][] = [
    ['a flex item (flex: 1, min-width auto)', (outer, item) => {
      outer.style.display = 'flex';
      item.style.flex = '1';
    }],
    ['a flex row, itself a flex item (flex: 1)', (outer, item) => {
      outer.style.display = 'flex';
      item.style.display = 'contents';
    }],
    ['a grid column of 1fr', (outer) => {
      outer.style.display = 'grid';
      outer.style.gridTemplateColumns = '1fr';
    }],
  ];
  for (const tag of ELEMENT_TAGS) {
    for (const [name, lay] of layouts) {
      it(`<${tag}>: in ${name}, narrowed from 900 to 420 px, lays out at 420 px (Chart.js #4156, ECharts #3894)`, async () => {
        const doc = await sampleDocument();
        const reference = await mount(tag, doc, 420);
        const outer = await fixture<HTMLElement>(html`<div></div>`);
        outer.style.width = '900px';
        const item = document.createElement('div');
        lay(outer, item);
        const el = document.createElement(tag) as Widget;
        el.data = doc;
        if (item.style.display === 'contents') el.style.flex = '1';
        item.append(el);
        outer.append(item);
        await settleDeep(el);
        outer.style.width = '420px';
        await frames(4);
        await settleDeep(el);
        expect(Math.round(el.getBoundingClientRect().width), 'the element\'s width').to.be.at.most(420);
        expect(outer.scrollWidth, 'nothing sticks out of the column').to.be.at.most(421);
        expect(picture(el) === picture(reference), 'the 420 px drawing').to.equal(true);
      });
    }
  }
});

describe('break s11: drawn while hidden, shown later', function () {
  this.timeout(90000);
  watchPageErrors({ perTest: true });

  const hiders: [string, (el: Widget) => Promise<{ outer: HTMLElement; show: () => void }>][] = [
    ['display: none', async (el) => {
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      outer.style.width = '800px';
      outer.style.display = 'none';
      outer.append(el);
      return { outer, show: () => (outer.style.display = 'block') };
    }],
    ['a closed <details>', async (el) => {
      const outer = await fixture<HTMLDetailsElement>(html`<details><summary>明细</summary></details>`);
      outer.style.width = '800px';
      outer.append(el);
      return { outer, show: () => (outer.open = true) };
    }],
    ['an inactive tab panel (hidden)', async (el) => {
      const outer = await fixture<HTMLElement>(html`<div><div role="tabpanel" hidden></div></div>`);
      outer.style.width = '800px';
      const panel = outer.firstElementChild as HTMLElement;
      panel.append(el);
      return { outer, show: () => (panel.hidden = false) };
    }],
  ];
  for (const tag of ELEMENT_TAGS) {
    for (const [name, hide] of hiders) {
      it(`<${tag}>: in ${name}, shown later, draws at its width (ECharts "chart in a hidden tab is 0 wide")`, async () => {
        const doc = await sampleDocument();
        const reference = await mount(tag, doc, 800);
        const el = document.createElement(tag) as Widget;
        el.data = doc;
        const { show } = await hide(el);
        await settle(el);
        await frames(2);
        show();
        await frames(3);
        await settleDeep(el);
        expect(picture(el) === picture(reference), 'the 800 px drawing').to.equal(true);
      });
    }
    it(`<${tag}>: in a modal <dialog> opened later draws at the dialog's width`, async () => {
      const doc = await sampleDocument();
      const reference = await mount(tag, doc, 600);
      const dialog = await fixture<HTMLDialogElement>(html`<dialog></dialog>`);
      const inner = document.createElement('div');
      inner.style.width = '600px';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      inner.append(el);
      dialog.append(inner);
      await settle(el);
      dialog.showModal();
      try {
        await frames(3);
        await settleDeep(el);
        expect(picture(el) === picture(reference), 'the 600 px drawing').to.equal(true);
        const surface = surfaceOf(el);
        if (!surface) return;
        surface.focus();
        await el.updateComplete;
        await frames(2);
        const tooltip = tooltipOf(el);
        if (!tooltip || tooltip.hidden) return;
        expect(getComputedStyle(tooltip).visibility).to.equal('visible');
        const box = tooltip.getBoundingClientRect();
        expect(box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight, 'shown whole in the viewport').to.equal(true);
        // Above the modal dialog: the tooltip is what the reader sees at its centre.
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(hit === el || el.shadowRoot!.contains(hit) || hit?.getRootNode() === el.shadowRoot, `the tooltip is on top (found <${hit?.localName}>)`).to.equal(true);
      } finally {
        dialog.close();
      }
    });
  }
});

describe('break s11: a page zoomed with CSS zoom', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: under zoom: 1.5 lays out for its own width, and the tooltip stays beside its mark, by keyboard and by pointer (Chart.js #10951, ECharts #14287)`, async () => {
      const doc = await sampleDocument();
      const reference = await mount(tag, doc, 500);
      const expected = picture(reference);
      reference.parentElement!.remove();
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      outer.style.zoom = '1.5';
      outer.style.width = '500px';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      outer.append(el);
      await settle(el);
      expect(picture(el) === expected, 'the 500 px drawing').to.equal(true);
      const surface = surfaceOf(el);
      if (!surface) return;
      surface.focus();
      await el.updateComplete;
      await frames(2);
      const tooltip = tooltipOf(el);
      if (!tooltip || tooltip.hidden) return;
      const focused = Array.from(el.shadowRoot!.querySelectorAll('[data-id]')).find((node) => inView(node));
      expect(getComputedStyle(tooltip).visibility).to.equal('visible');
      const box = tooltip.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(box.left >= 0 && box.right <= window.innerWidth + 1 && box.top >= 0 && box.bottom <= window.innerHeight + 1, `inside the viewport (${Math.round(box.left)}…${Math.round(box.right)}, ${Math.round(box.top)}…${Math.round(box.bottom)})`).to.equal(true);
      expect(box.top < host.bottom && box.bottom > host.top, `beside the chart (${Math.round(box.top)}…${Math.round(box.bottom)} vs ${Math.round(host.top)}…${Math.round(host.bottom)})`).to.equal(true);
      // The pointer on a mark: the tooltip within reach of the pointer, not 1.5 times as far.
      surface.blur();
      await el.updateComplete;
      if (!focused) return;
      const mark = focused.getBoundingClientRect();
      const x = Math.round(mark.left + Math.min(mark.width / 2, 4));
      const y = Math.round(mark.top + mark.height / 2);
      await sendMouse({ type: 'move', position: [x, y] });
      await el.updateComplete;
      await frames(2);
      if (tooltip.hidden) return;
      const hovered = tooltip.getBoundingClientRect();
      const near = Math.min(Math.abs(hovered.left - x), Math.abs(hovered.right - x)) < 40 && Math.min(Math.abs(hovered.top - y), Math.abs(hovered.bottom - y), hovered.top < y && hovered.bottom > y ? 0 : 99) < 40;
      expect(near, `beside the pointer at ${x},${y} (${Math.round(hovered.left)}…${Math.round(hovered.right)}, ${Math.round(hovered.top)}…${Math.round(hovered.bottom)})`).to.equal(true);
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  }
});

/** A drawn mark whose box is inside the viewport and of some size. */
function inView(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 2 && box.height > 2 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
}

describe('break s11: the page language switched after drawing', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  afterEach(() => document.documentElement.removeAttribute('lang'));

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: <html lang> set to en after the chart is drawn turns it English, name included`, async () => {
      const doc = await sampleDocument();
      const english = await mount(tag, doc, 800, { lang: 'en' });
      const el = await mount(tag, doc, 800);
      document.documentElement.lang = 'en';
      await frames(2);
      await settleDeep(el);
      expect(picture(el) === picture(english), 'drawn as in English').to.equal(true);
    });

    it(`<${tag}>: inside another component whose own lang switches to en (a shadow root), turns English`, async () => {
      const doc = await sampleDocument();
      const english = await mount(tag, doc, 800, { lang: 'en' });
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const pane = document.createElement('div');
      pane.lang = 'zh-CN';
      pane.style.width = '800px';
      shadow.append(pane);
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      pane.append(el);
      await settleDeep(el);
      pane.lang = 'en';
      await frames(2);
      await settleDeep(el);
      expect(picture(el) === picture(english), 'drawn as in English').to.equal(true);
    });
  }
});

describe('break s11: moved into an iframe (a "pop out" panel) and used there', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  async function frameOf(width: number): Promise<HTMLIFrameElement> {
    const iframe = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    iframe.style.width = `${width}px`;
    iframe.style.height = '500px';
    iframe.style.border = '0';
    await new Promise((resolve) => setTimeout(resolve, 50));
    iframe.contentDocument!.body.style.margin = '0';
    return iframe;
  }

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: lays out for the iframe's width and follows it when the iframe resizes (Chart.js "chart in a popup window does not resize")`, async () => {
      const doc = await sampleDocument();
      const at500 = picture(await mount(tag, doc, 500));
      const at360 = picture(await mount(tag, doc, 360));
      const iframe = await frameOf(500);
      const el = await movedInto(iframe, tag, doc);
      await frames(3);
      await settleDeep(el);
      expect(picture(el) === at500, 'the 500 px drawing').to.equal(true);
      iframe.style.width = '360px';
      await frames(4);
      await settleDeep(el);
      expect(picture(el) === at360, 'the 360 px drawing').to.equal(true);
    });

    it(`<${tag}>: follows the iframe's <html lang>, not the first page's`, async () => {
      const doc = await sampleDocument();
      const english = picture(await mount(tag, doc, 500, { lang: 'en' }));
      const iframe = await frameOf(500);
      const el = await movedInto(iframe, tag, doc);
      await settleDeep(el);
      iframe.contentDocument!.documentElement.lang = 'en';
      await frames(3);
      await settleDeep(el);
      expect(picture(el) === english, 'drawn in English').to.equal(true);
    });
  }

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: the focused mark's tooltip stays inside the iframe's viewport`, async () => {
      const doc = await sampleDocument();
      const iframe = await frameOf(420);
      const el = await movedInto(iframe, tag, doc);
      await frames(3);
      await settleDeep(el);
      const surface = surfaceOf(el);
      if (!surface) return;
      surface.focus();
      await el.updateComplete;
      await frames(2);
      const tooltip = tooltipOf(el);
      if (!tooltip || tooltip.hidden) return;
      const view = iframe.contentWindow!;
      expect(view.getComputedStyle(tooltip).visibility).to.equal('visible');
      const box = tooltip.getBoundingClientRect();
      expect(box.left >= 0 && box.right <= view.innerWidth + 1 && box.top >= 0 && box.bottom <= view.innerHeight + 1, `inside the iframe's ${view.innerWidth}×${view.innerHeight} viewport (${Math.round(box.left)}…${Math.round(box.right)}, ${Math.round(box.top)}…${Math.round(box.bottom)})`).to.equal(true);
    });
  }
});

describe('break s11: a storm of resizes (a sidebar animating open)', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: 30 widths in 30 frames end in the drawing of the last, with no error`, async () => {
      const doc = await sampleDocument();
      const expected = picture(await mount(tag, doc, 430));
      const el = await mount(tag, doc, 900);
      const wrapper = el.parentElement!;
      for (let i = 0; i < 30; i++) {
        wrapper.style.width = `${900 - i * 16 - (i % 3) * 7}px`;
        await frames(1);
      }
      wrapper.style.width = '430px';
      await frames(4);
      await settleDeep(el);
      expect(picture(el) === expected, 'the 430 px drawing').to.equal(true);
    });
  }
});

/** `doc` with every amount of its tables (not line numbers, pages or sources) replaced by `value(index)`. */
function reamount(doc: Disclosure, value: (index: number) => number): Disclosure {
  let index = 0;
  const walk = (node: unknown, key: string): unknown => {
    if (typeof node === 'number') return key === 'line' || key === 'page' ? node : value(index++);
    if (Array.isArray(node)) return node.map((inner) => walk(inner, key));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([inner, child]) => [inner, inner === 'source' ? child : walk(child, inner)]));
    return node;
  };
  return { ...doc, tables: walk(doc.tables, 'tables') as Disclosure['tables'] };
}

/** `doc` with every list of rows (tables, scorecards, self-evaluations) cut to its first `n`. */
function cutLists(doc: Disclosure, n: number): Disclosure {
  const walk = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return (['rows', 'income', 'expenditure', 'scorecards', 'selfEvaluations', 'evaluations', 'items'].includes(key) ? node.slice(0, n) : node).map((inner) => walk(inner, ''));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([inner, child]) => [inner, inner === 'source' || inner === 'meta' ? child : walk(child, inner)]));
    return node;
  };
  return walk(doc, '') as Disclosure;
}



describe('break s11: degenerate data (all equal, tiny beside huge, one item, none, one name for all)', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });

  const cases: [string, (doc: Disclosure) => Disclosure][] = [
    ['every amount equal (100)', (doc) => reamount(doc, () => 100)],
    ['0.001 beside 10¹² (万元)', (doc) => reamount(doc, (i) => (i % 2 ? 1e12 : 0.001))],
    ['every amount 0.001', (doc) => reamount(doc, () => 0.001)],
    ['one row in every list', (doc) => cutLists(doc, 1)],
    ['no rows in any list', (doc) => cutLists(doc, 0)],
    ['one name for every row (行政运行)', (doc) => renamed(doc, '行政运行')],
  ];
  for (const tag of ELEMENT_TAGS) {
    for (const [name, make] of cases) {
      it(`<${tag}> on ${name}: says what it is at 320 and 800 px, never NaN, no text outside`, async () => {
        const doc = make(await sampleDocument());
        for (const width of [800, 320]) {
          const el = await mount(tag, doc, width);
          expect(['ready', 'empty', 'invalid'], `state at ${width}`).to.include(el.state);
          const text = deepText(el.shadowRoot!);
          expect(text.trim().length, 'some words').to.be.above(0);
          expect(nonFiniteDrawn(el.shadowRoot!, text), `non-finite at ${width}`).to.deep.equal([]);
          expect(textOutside(el), `text outside at ${width}`).to.deep.equal([]);
          expect(/\b(NaN|Infinity|undefined)\b/.test(el.toCSV()), 'CSV').to.equal(false);
          expect(el.parentElement!.scrollWidth, `no sideways scrolling at ${width}`).to.be.at.most(width + 1);
        }
      });
    }
  }
});

describe('break s11: in a container that sizes to its content (shrink-to-fit)', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });

  const layouts: [string, (outer: HTMLElement, els: HTMLElement[]) => void, number][] = [
    ['a centred flex column (align-items: center)', (outer) => {
      outer.style.display = 'flex';
      outer.style.flexDirection = 'column';
      outer.style.alignItems = 'center';
    }, 1],
    ['a flex row of two, neither given flex', (outer) => {
      outer.style.display = 'flex';
    }, 2],
    ['a grid with justify-items: start', (outer) => {
      outer.style.display = 'grid';
      outer.style.justifyItems = 'start';
    }, 1],
  ];
  for (const tag of ELEMENT_TAGS) {
    for (const [name, lay, count] of layouts) {
      it(`<${tag}>: in ${name} of 800 px fills its share and draws there`, async () => {
        const doc = await sampleDocument();
        const outer = await fixture<HTMLElement>(html`<div></div>`);
        outer.style.width = '800px';
        const els: Widget[] = [];
        for (let i = 0; i < count; i++) {
          const el = document.createElement(tag) as Widget;
          el.data = doc;
          els.push(el);
        }
        lay(outer, els);
        outer.append(...els);
        for (const el of els) await settleDeep(el);
        await frames(4);
        for (const el of els) await settleDeep(el);
        const share = 800 / count;
        for (const el of els) {
          const width = el.getBoundingClientRect().width;
          expect(width, `<${tag}>'s width`).to.be.within(share - 2, share + 1);
        }
        expect(outer.scrollWidth, 'nothing sticks out').to.be.at.most(801);
        const expected = picture(await mount(tag, doc, Math.round(els[0]!.getBoundingClientRect().width)));
        expect(picture(els[0]!) === expected, 'drawn for its width').to.equal(true);
      });
    }
  }
});

describe('break s11: the page language switched while the reader is on a mark', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });

  afterEach(() => document.documentElement.removeAttribute('lang'));

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: the open tooltip and the live region speak the new language, on the same mark`, async () => {
      const doc = await sampleDocument();
      const english = await mount(tag, doc, 800, { lang: 'en' });
      const el = await mount(tag, doc, 800);
      const said = async (widget: Widget) => {
        await widget.updateComplete;
        await frames(2);
        const tooltip = tooltipOf(widget);
        const live = find(widget, (node) => node.getAttribute('aria-live') === 'polite');
        return `${tooltip && !tooltip.hidden ? tooltip.textContent!.replace(/\s+/g, ' ').trim() : ''} | ${live?.textContent?.trim() ?? ''}`;
      };
      const walk = async (widget: Widget) => {
        const surface = surfaceOf(widget);
        if (!surface) return false;
        surface.focus({ preventScroll: true });
        await widget.updateComplete;
        await sendKeys({ press: 'ArrowDown' });
        return true;
      };
      if (!(await walk(english))) return;
      const expected = await said(english);
      english.shadowRoot!.querySelector<HTMLElement>('.chart')?.blur();
      await walk(el);
      const before = await said(el);
      document.documentElement.lang = 'en';
      await frames(2);
      await settle(el);
      const after = await said(el);
      expect(after, `was: ${before}`).to.equal(expected);
    });
  }
});
