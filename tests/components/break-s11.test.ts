// A demanding new user's pass, session 11: what users of ECharts, Chart.js, Vega, Plotly and nivo
// reported (../shared/docs/widget-anchors.md) tried on every element it applies to, beyond
// break-s10.test.ts, hostile-pages.test.ts and tests/fuzz/adversarial*.test.ts (which have the
// scrollbar loop, elements created before their definition, a hidden tab, a live <html lang>):
// a chart in a flex or grid item that must shrink with its column, an element drawn while hidden
// (display: none, a closed <details>, an inactive tab panel, a modal dialog) and shown later, a
// page zoomed with CSS `zoom`, the language switched inside another component's shadow root, the
// element moved into an iframe (a "pop out" window) and used there, and a storm of resizes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS, WIDGET_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements } from '../helpers/drawn.js';

type Widget = HTMLElement & {
  data?: unknown;
  state: string;
  updateComplete: Promise<boolean>;
  toSVG(): string;
  toCSV(): string;
};

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

async function settle(el: Widget): Promise<void> {
  await waitUntil(() => el.state !== 'none' && el.state !== 'loading', `<${el.localName}> never settled`, { timeout: 5000 });
  await el.updateComplete;
  await frames();
  await el.updateComplete;
}

/** Every widget inside `el` (itself, and those of a report), settled. */
async function settleDeep(el: Widget): Promise<void> {
  await settle(el);
  for (const inner of Array.from(deepElements(el.shadowRoot!)).filter((node) => (WIDGET_TAGS as readonly string[]).includes(node.localName)) as Widget[]) await settle(inner);
  await frames(2);
}

async function mount(tag: string, doc: unknown, width = 800, attributes: Record<string, string> = {}): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = doc;
  wrapper.append(el);
  await settleDeep(el);
  return el;
}

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
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      document.body.append(el);
      await settleDeep(el);
      iframe.contentDocument!.body.append(el);
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
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      document.body.append(el);
      await settleDeep(el);
      iframe.contentDocument!.body.append(el);
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
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      document.body.append(el);
      await settleDeep(el);
      iframe.contentDocument!.body.append(el);
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
