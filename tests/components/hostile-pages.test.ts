// A demanding new user's pass over all eight elements, on what users of ECharts, Chart.js,
// Highcharts and Vega filed against their charts (../shared/docs/widget-anchors.md) and that
// tests/fuzz/adversarial*.test.ts does not already try: option attributes removed at runtime,
// numeric attributes at their edges, `src` answers arriving out of order, data swapped under
// keyboard focus, the element moved within its page, one deep-frozen document shared by every
// kind, names without a single space, a container scaled by a transform, the reader's dark
// preference, and the element's own `lang` switched back and forth faster than its words load.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements, nonFiniteDrawn } from '../helpers/drawn.js';
import { frames, settle, textOutside } from '../helpers/settle.js';

type Widget = HTMLElement & {
  data?: unknown;
  src?: string;
  state: string;
  disclosure?: Disclosure;
  updateComplete: Promise<boolean>;
  toSVG(): string;
  toCSV(): string;
  optionProblems: unknown[];
};
type Spec = { kind: 'choice' | 'range'; attribute: string; values?: readonly string[]; default: unknown; min?: number; max?: number };



/** The drawing, ids made comparable across elements. */
const drawing = (el: Widget) => el.toSVG().replace(/dw-[a-z0-9]+-/g, 'dw-');
/** The shadow text, with ids made comparable. */
const text = (el: Widget) => (el.shadowRoot!.textContent ?? '').replace(/dw-[a-z0-9]+-/g, 'dw-');

async function mount(tag: string, doc: unknown, width = 800, attributes: Record<string, string> = {}): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}

function optionsOf(tag: string): Record<string, Spec> {
  return (customElements.get(tag) as unknown as { options: Record<string, Spec> }).options;
}

function nonFinite(el: Widget): string[] {
  // The option note quotes the page's own value ("NaN"): only the rest is drawn from numbers.
  const drawn = Array.from(el.shadowRoot!.childNodes).map((node) => (node instanceof Element ? textWithout(node, '.option-note') : node.textContent)).join('');
  return nonFiniteDrawn(el.shadowRoot!, drawn);
}

/**
 * Text that reaches outside the element sideways. Each text's own extent (a Range), not its
 * element's box: an unbreakable word overflows a paragraph whose box stays inside.
 */

function textWithout(node: Element, selector: string): string {
  const copy = node.cloneNode(true) as Element;
  for (const skip of Array.from(copy.querySelectorAll(selector))) skip.remove();
  return copy.textContent ?? '';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('hostile pages: option attributes removed and pushed to their edges', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: each option set to another allowed value and then removed draws the default chart again, with no note`, async () => {
      const doc = await sampleDocument();
      const reference = await mount(tag, doc);
      const el = await mount(tag, doc);
      for (const spec of Object.values(optionsOf(tag))) {
        if (spec.attribute === 'lang' || spec.attribute === 'project') continue;
        const other = spec.kind === 'choice' ? spec.values!.find((value) => value !== spec.default)! : String(spec.max);
        el.setAttribute(spec.attribute, other);
        await settle(el);
        el.removeAttribute(spec.attribute);
        await settle(el);
        expect(el.optionProblems, `${spec.attribute} removed: no note`).to.deep.equal([]);
        expect(el.state, `${spec.attribute} removed`).to.equal(reference.state);
        expect(drawing(el) === drawing(reference), `${spec.attribute} removed: the default drawing`).to.equal(true);
      }
      el.setAttribute('lang', 'en');
      await settle(el);
      el.removeAttribute('lang');
      await settle(el);
      expect(text(el) === text(reference), 'lang removed: the page language again').to.equal(true);
    });

    it(`<${tag}>: numeric options at their edges (NaN, ±Infinity, 1e400, -0, " 14 ", 14px, 1e-400) never reach the drawing as NaN`, async () => {
      const doc = await sampleDocument();
      const ranges = Object.values(optionsOf(tag)).filter((spec) => spec.kind === 'range');
      if (!ranges.length) return;
      const el = await mount(tag, doc, 360);
      for (const spec of ranges) {
        for (const value of ['NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '-0', ' 14 ', '14px', '1e-400', '0x10', '48.0000001', '9'.repeat(400)]) {
          el.setAttribute(spec.attribute, value);
          await settle(el);
          expect(nonFinite(el), `${spec.attribute}="${value.slice(0, 12)}"`).to.deep.equal([]);
          expect(el.state, `${spec.attribute}="${value.slice(0, 12)}"`).to.not.equal('invalid');
        }
        el.removeAttribute(spec.attribute);
      }
    });
  }
});

describe('hostile pages: data arriving out of order', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  /**
   * A fetch whose answers the test releases by hand, in any order, and which (like a slow
   * proxy or a service worker that ignores the signal) answers even after being aborted.
   */
  function manualFetch(): Map<string, (body: unknown) => void> {
    const pending = new Map<string, (body: unknown) => void>();
    window.fetch = ((input: RequestInfo | URL) =>
      new Promise<Response>((resolve) => {
        pending.set(String(input), (body) => resolve(new Response(JSON.stringify(body), { status: 200 })));
      })) as typeof fetch;
    return pending;
  }

  const renamed = (doc: Disclosure, department: string): Disclosure => ({ ...doc, meta: { ...doc.meta, department } });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: an older src answering after a newer one is ignored; .data set during a fetch wins over it`, async () => {
      const doc = await sampleDocument();
      const pending = manualFetch();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = '800px';
      const el = document.createElement(tag) as Widget;
      el.src = 'older.json';
      wrapper.append(el);
      await el.updateComplete;
      el.src = 'newer.json';
      await el.updateComplete;
      await waitUntil(() => pending.has('older.json') && pending.has('newer.json'), 'both fetched');
      pending.get('newer.json')!(renamed(doc, '新局'));
      await settle(el);
      pending.get('older.json')!(renamed(doc, '旧局'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      expect(el.disclosure?.meta.department, 'the newer answer stays').to.equal('新局');

      // .data set while a fetch is on its way takes precedence, and keeps it when the answer lands.
      el.src = 'late.json';
      await el.updateComplete;
      el.data = renamed(doc, '直接局');
      await settle(el);
      await waitUntil(() => pending.has('late.json'), 'fetched');
      pending.get('late.json')!(renamed(doc, '迟到局'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      expect(el.disclosure?.meta.department, '.data wins').to.equal('直接局');
    });

    it(`<${tag}>: removed while its src loads, given another src while away, and put back shows the last src`, async () => {
      const doc = await sampleDocument();
      const pending = manualFetch();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = '800px';
      const el = document.createElement(tag) as Widget;
      el.src = 'first.json';
      wrapper.append(el);
      await el.updateComplete;
      el.remove();
      el.src = 'second.json';
      await el.updateComplete;
      wrapper.append(el);
      await el.updateComplete;
      await waitUntil(() => pending.has('second.json'), 'the last src is fetched');
      pending.get('second.json')!(renamed(doc, '第二局'));
      pending.get('first.json')?.(renamed(doc, '第一局'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      expect(el.disclosure?.meta.department).to.equal('第二局');
    });
  }
});

describe('hostile pages: the data source changed under the element', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });
  const renamed = (doc: Disclosure, department: string): Disclosure => ({ ...doc, meta: { ...doc.meta, department } });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: inline JSON whose text a framework rewrites in place, or replaced by another script, is read again`, async () => {
      const doc = await sampleDocument();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = '800px';
      const el = document.createElement(tag) as Widget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(renamed(doc, '甲局'));
      el.append(script);
      wrapper.append(el);
      await settle(el);
      expect(el.disclosure?.meta.department).to.equal('甲局');
      // Vue and React patch a text child in place: no child is added or removed.
      script.firstChild!.textContent = JSON.stringify(renamed(doc, '乙局'));
      await waitUntil(() => el.disclosure?.meta.department === '乙局', 'the rewritten text is read', { timeout: 2000 });
      const other = document.createElement('script');
      other.type = 'application/json';
      other.textContent = JSON.stringify(renamed(doc, '丙局'));
      script.replaceWith(other);
      await waitUntil(() => el.disclosure?.meta.department === '丙局', 'the new script is read', { timeout: 2000 });
    });

    it(`<${tag}>: .data cleared falls back to src, then to nothing`, async () => {
      const doc = await sampleDocument();
      const el = await mount(tag, renamed(doc, '甲局'));
      el.setAttribute('src', new URL('../fixtures/linzi-industry-it-bureau-2021-final.json', import.meta.url).href);
      await settle(el);
      expect(el.disclosure?.meta.department, '.data wins over src').to.equal('甲局');
      el.data = undefined;
      // The drawing of .data stays while src loads (state loading): wait for src's document.
      await waitUntil(() => el.disclosure?.meta.department === doc.meta.department, 'then src', { timeout: 5000 });
      await settle(el);
      expect(el.state).to.equal('ready');
      el.removeAttribute('src');
      await el.updateComplete;
      await frames(2);
      expect(el.state, 'nothing left').to.equal('none');
    });
  }
});

describe('hostile pages: one frozen document, every kind, before and after connecting', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });

  it('every element shares one deep-frozen document: each draws, opens its table, walks its marks and exports, mutating nothing', async () => {
    const doc = deepFreeze(await sampleDocument());
    const snapshot = JSON.stringify(doc);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.style.width = '900px';
    const elements = ELEMENT_TAGS.map((tag) => {
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      wrapper.append(el);
      return el;
    });
    for (const el of elements) await settle(el);
    for (const el of elements) {
      expect(el.state, el.localName).to.equal('ready');
      for (const toggle of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.classList.contains('table-toggle')) as HTMLElement[]) toggle.click();
      for (const surface of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0') as HTMLElement[]) {
        surface.focus();
        for (const key of ['ArrowDown', 'ArrowRight', 'End', 'Enter', 'Home', 'Enter', 'Escape']) {
          surface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          await frames(1);
        }
      }
      await settle(el);
      expect(el.toCSV().length, `${el.localName} CSV`).to.be.greaterThan(0);
      el.toSVG();
    }
    expect(JSON.stringify(doc) === snapshot, 'the document is unchanged').to.equal(true);
    // Seven open data tables on one page are seven landmarks, each with a name of its own (the
    // report, which repeats the same charts of the same document, leaves for this check).
    elements.at(-1)!.remove();
    const names = elements.slice(0, -1).map((el) => {
      const region = Array.from(deepElements(el.shadowRoot!)).find((node) => node.classList.contains('table-wrap') && node.getAttribute('role') === 'region');
      const root = region?.getRootNode() as ShadowRoot | undefined;
      return (region?.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => root?.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    });
    const named = names.filter(Boolean);
    expect(named.length, 'open tables').to.equal(7);
    expect(new Set(named).size, `distinct names: ${named.join(' | ')}`).to.equal(named.length);
    await expect(wrapper).to.be.accessible();
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: data set before connecting, after connecting, and as inline JSON draw the same`, async () => {
      const doc = await sampleDocument();
      const before = await mount(tag, doc);
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = '800px';
      const after = document.createElement(tag) as Widget;
      wrapper.append(after);
      await after.updateComplete;
      after.data = doc;
      await settle(after);
      const inlineWrapper = await fixture<HTMLElement>(html`<div></div>`);
      inlineWrapper.style.width = '800px';
      const inline = document.createElement(tag) as Widget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(doc);
      inline.append(script);
      inlineWrapper.append(inline);
      await settle(inline);
      expect(drawing(after) === drawing(before), 'after connecting').to.equal(true);
      expect(drawing(inline) === drawing(before), 'inline JSON').to.equal(true);
    });
  }
});

describe('hostile pages: moved, swapped and scaled while in use', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: moved to another place in the page keeps its drawing, and the keyboard still works there`, async () => {
      const doc = await sampleDocument();
      const el = await mount(tag, doc);
      const expected = drawing(el);
      const elsewhere = await fixture<HTMLElement>(html`<section><button>before</button></section>`);
      elsewhere.style.width = '800px';
      elsewhere.append(el);
      await frames(3);
      await settle(el);
      expect(drawing(el) === expected, 'the same drawing after the move').to.equal(true);
      const surface = Array.from(deepElements(el.shadowRoot!)).find((node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0') as HTMLElement | undefined;
      if (!surface) return;
      elsewhere.querySelector('button')!.focus();
      for (let i = 0; i < 12 && deepActive() !== surface; i++) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
      }
      expect(deepActive(), 'Tab reaches the chart').to.equal(surface);
      const selected: unknown[] = [];
      el.addEventListener('dw-select', (event) => selected.push((event as CustomEvent).detail));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(selected.length, 'Enter selects after the move').to.equal(1);
    });

    it(`<${tag}>: data swapped while a mark has keyboard focus: keys go on working on the new marks`, async () => {
      const doc = await sampleDocument();
      const el = await mount(tag, doc);
      const surface = Array.from(deepElements(el.shadowRoot!)).find((node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0') as HTMLElement | undefined;
      if (!surface) return;
      surface.focus();
      for (const key of ['End', 'ArrowUp']) {
        surface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await el.updateComplete;
      }
      // A smaller document: only its first class of the 公开03表, a fraction of the rest.
      const small = structuredClone(doc) as Disclosure;
      const t3 = small.tables.t3!;
      const firstClass = t3.rows.findIndex((row, i) => i > 0 && row.code?.length === 3);
      if (firstClass > 0) t3.rows.splice(firstClass);
      el.data = small;
      await settle(el);
      const selected: CustomEvent[] = [];
      el.addEventListener('dw-select', (event) => selected.push(event as CustomEvent));
      const liveSurface = (Array.from(deepElements(el.shadowRoot!)).find((node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0') as HTMLElement | undefined) ?? surface;
      for (const key of ['ArrowDown', 'ArrowRight', 'Enter']) {
        liveSurface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await el.updateComplete;
      }
      expect(nonFinite(el)).to.deep.equal([]);
      if (el.state === 'ready') expect(selected.length, 'Enter selects a mark of the new data').to.be.at.most(1);
    });

    it(`<${tag}>: inside a box scaled by a CSS transform lays out for its untransformed width`, async () => {
      const doc = await sampleDocument();
      const plain = await mount(tag, doc, 800);
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      outer.style.transform = 'scale(0.5)';
      outer.style.transformOrigin = '0 0';
      const inner = document.createElement('div');
      inner.style.width = '800px';
      outer.append(inner);
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      inner.append(el);
      await settle(el);
      expect(drawing(el) === drawing(plain), 'the same drawing as at 800 px').to.equal(true);
    });

    it(`<${tag}>: the reader's dark preference darkens it (theme auto), theme="light" keeps it light, and its text stays readable`, async () => {
      const doc = await sampleDocument();
      const auto = await mount(tag, doc, 800);
      const light = await mount(tag, doc, 800, { theme: 'light' });
      await emulateMedia({ colorScheme: 'dark' });
      await frames(2);
      expect(getComputedStyle(auto).getPropertyValue('--dw-background').trim()).to.equal('#18181b');
      expect(getComputedStyle(light).getPropertyValue('--dw-background').trim()).to.equal('#ffffff');
      for (const toggle of Array.from(deepElements(auto.shadowRoot!)).filter((node) => node.classList.contains('table-toggle')) as HTMLElement[]) toggle.click();
      await settle(auto);
      await expect(auto).to.be.accessible();
    });

    it(`<${tag}>: its own lang switched en → zh-CN → en → zh-CN in one task ends in Chinese`, async () => {
      const doc = await sampleDocument();
      const reference = await mount(tag, doc, 800);
      const el = await mount(tag, doc, 800);
      for (const lang of ['en', 'zh-CN', 'en', 'zh-CN']) el.setAttribute('lang', lang);
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(el);
      expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('zh-CN');
      el.removeAttribute('lang');
      await settle(el);
      expect(text(el) === text(reference), 'the same text as never switched').to.equal(true);
    });
  }
});

/** The sample with every coded row's name and every project name a long run without spaces. */
function spacelessNames(doc: Disclosure): Disclosure {
  let n = 0;
  const walk = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((inner) => walk(inner));
    if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      const coded = typeof object.code === 'string' || key === 'scorecards';
      return Object.fromEntries(
        Object.entries(object).map(([inner, field]) => [
          inner,
          inner === 'name' && typeof field === 'string' && coded
            ? (n++ % 2 ? 'Supercalifragilistic'.repeat(8) : '中华人民共和国财政部'.repeat(9)) + n
            : walk(field, inner),
        ]),
      );
    }
    return value;
  };
  return walk(doc) as Disclosure;
}

describe('hostile pages: names without a single space', function () {
  this.timeout(180000);
  watchPageErrors({ perTest: true });

  for (const tag of ELEMENT_TAGS) {
    for (const width of [360, 1200]) {
      it(`<${tag}> at ${width} px: 160-character names without spaces never push anything out sideways`, async () => {
        const doc = spacelessNames(await sampleDocument());
        const el = await mount(tag, doc, width);
        expect(nonFinite(el)).to.deep.equal([]);
        const out = textOutside(el);
        expect(out, 'text outside the element').to.deep.equal([]);
        const wrapper = el.parentElement!;
        expect(wrapper.scrollWidth, 'the container does not scroll sideways').to.be.at.most(wrapper.clientWidth + 1);
      });
    }
  }
});

describe('hostile pages: containers of no width, a huge width, and the largest labels', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: created in a 0 px wide box (not hidden) and widened to 800 px draws as if it had been 800 px from the start`, async () => {
      const doc = await sampleDocument();
      const plain = await mount(tag, doc, 800);
      const el = await mount(tag, doc, 0);
      expect(nonFinite(el), 'at 0 px').to.deep.equal([]);
      el.parentElement!.style.width = '800px';
      await frames(3);
      await settle(el);
      expect(drawing(el) === drawing(plain), 'the 800 px drawing').to.equal(true);
    });

    it(`<${tag}>: 20,000 px wide draws without NaN and keeps its text inside`, async () => {
      const el = await mount(tag, await sampleDocument(), 20000);
      expect(el.state).to.equal('ready');
      expect(nonFinite(el)).to.deep.equal([]);
      expect(textOutside(el)).to.deep.equal([]);
    });

    const sized = Object.values(optionsOf(tag)).some((spec) => spec.attribute === 'label-size');
    if (sized) {
      it(`<${tag}>: label-size at its largest (48) at 320 px keeps every text inside the element`, async () => {
        const el = await mount(tag, await sampleDocument(), 320, { 'label-size': '48' });
        expect(el.optionProblems).to.deep.equal([]);
        expect(nonFinite(el)).to.deep.equal([]);
        expect(textOutside(el)).to.deep.equal([]);
        expect(el.parentElement!.scrollWidth, 'no sideways scrolling').to.be.at.most(321);
      });
    }
  }
});
