// Adversarial pass over every widget, on the bug kinds users of other chart libraries have
// reported (../shared/docs/widget-anchors.md) and the standards (widget-standards.md): each
// attack is tried on all eight elements, on the sample document, and every drawing is checked
// for the same invariants (no NaN/Infinity reaching the SVG or the text, no error thrown into
// the page, a state that says something).
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { crowdedPie, extremeSankey, scaledTables } from '../helpers/adversarial-documents.js';
import { bidiLeaks } from '../helpers/bidi-leaks.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements, nonFiniteDrawn } from '../helpers/drawn.js';
import { frames, settle } from '../helpers/settle.js';

const TAGS = ELEMENT_TAGS;

type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean>; lang: string; toSVG(): string };



/** NaN, Infinity, undefined or null that reached a drawn attribute or the visible text. */
const nonFinite = (el: Widget) => nonFiniteDrawn(el.shadowRoot!, el.shadowRoot!.textContent ?? '', /\b(NaN|Infinity|undefined|null)\b/);

describe('adversarial: every widget against reported chart-library bugs', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
  });

  async function mount(tag: string, width = 800, setup?: (el: Widget, wrapper: HTMLElement) => void): Promise<{ el: Widget; wrapper: HTMLElement }> {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.style.width = `${width}px`;
    const el = document.createElement(tag) as Widget;
    el.data = doc;
    setup?.(el, wrapper);
    wrapper.append(el);
    await settle(el);
    return { el, wrapper };
  }

  for (const tag of TAGS) {
    it(`<${tag}>: resized to 0 px wide and back draws again, never NaN`, async () => {
      const { el, wrapper } = await mount(tag);
      const before = el.toSVG().length;
      expect(el.state).to.equal('ready');
      wrapper.style.width = '0px';
      await frames(3);
      await el.updateComplete;
      expect(nonFinite(el), 'at 0 px').to.deep.equal([]);
      wrapper.style.display = 'none';
      await frames(3);
      await el.updateComplete;
      wrapper.style.display = '';
      wrapper.style.width = '800px';
      await frames(3);
      await el.updateComplete;
      expect(nonFinite(el), 'back at 800 px').to.deep.equal([]);
      expect(el.toSVG().length, 'drawn again').to.equal(before);
    });

    it(`<${tag}>: created in a hidden tab (display: none) and shown later draws at the tab's width, as if it had been visible`, async () => {
      const visible = await mount(tag, 700);
      const expected = visible.el.toSVG().replace(/dw-[a-z0-9]+-/g, 'dw-');
      const tab = await fixture<HTMLElement>(html`<div></div>`);
      tab.style.display = 'none';
      tab.style.width = '700px';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      tab.append(el);
      await settle(el);
      expect(nonFinite(el), 'hidden').to.deep.equal([]);
      tab.style.display = '';
      await frames(3);
      await el.updateComplete;
      expect(el.toSVG().replace(/dw-[a-z0-9]+-/g, 'dw-') === expected, 'the same drawing as when visible from the start').to.equal(true);
    });

    it(`<${tag}>: moved into another document (an iframe) and back keeps drawing and styled`, async () => {
      const { el, wrapper } = await mount(tag);
      const iframe = document.createElement('iframe');
      wrapper.before(iframe);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const other = iframe.contentDocument!;
      other.body.append(el);
      await frames(3);
      await el.updateComplete;
      expect(nonFinite(el)).to.deep.equal([]);
      expect(iframe.contentWindow!.getComputedStyle(el).getPropertyValue('--dw-background').trim(), 'styled in the iframe').to.equal('#ffffff');
      wrapper.append(el);
      await frames(3);
      await el.updateComplete;
      // The shared stylesheets still apply after the round trip.
      expect(getComputedStyle(el).getPropertyValue('--dw-background').trim(), 'styled back home').to.equal('#ffffff');
      expect(el.state).to.equal('ready');
      iframe.remove();
    });

    it(`<${tag}>: in an RTL page and dark theme it keeps its own direction`, async () => {
      const { el } = await mount(tag, 800, (el, wrapper) => {
        wrapper.dir = 'rtl';
        el.setAttribute('theme', 'dark');
      });
      const frame = el.shadowRoot!.querySelector('.frame')!;
      expect(getComputedStyle(frame).direction).to.equal('ltr');
      expect(nonFinite(el)).to.deep.equal([]);
    });

    it(`<${tag}>: follows a live switch of the page's lang`, async () => {
      const { el, wrapper } = await mount(tag, 800, (_el, wrapper) => {
        wrapper.lang = 'zh-CN';
      });
      const zh = el.shadowRoot!.textContent ?? '';
      wrapper.lang = 'en';
      await frames(2);
      await el.updateComplete;
      const en = el.shadowRoot!.textContent ?? '';
      expect(en, 'English after the switch').to.not.equal(zh);
      expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('en');
      wrapper.lang = 'zh-CN';
      await frames(2);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('zh-CN');
    });

    it(`<${tag}>: tooltip inside a scaled, rotated, overflow:hidden box at the viewport's right edge stays whole and beside its mark`, async () => {
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      outer.style.overflow = 'hidden';
      outer.style.position = 'fixed';
      outer.style.left = `${window.innerWidth - 420}px`;
      outer.style.top = '10px';
      outer.style.width = '800px';
      outer.style.height = '600px';
      outer.style.transform = 'scale(0.5) rotate(3deg)';
      outer.style.transformOrigin = '0 0';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      outer.append(el);
      await settle(el);
      const surfaces = Array.from(deepElements(el.shadowRoot!)).filter((node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0');
      let measured = 0;
      for (const surface of surfaces.slice(0, 1) as HTMLElement[]) {
        surface.focus();
        await frames(2);
        const host = (surface.getRootNode() as ShadowRoot).host as Widget;
        await host.updateComplete;
        await frames(1);
        const tip = (surface.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.tooltip');
        if (!tip || tip.hidden) continue;
        const box = tip.getBoundingClientRect();
        expect(box.width, 'tooltip has a size').to.be.greaterThan(20);
        expect(box.left, 'left edge').to.be.at.least(0);
        expect(box.top, 'top edge').to.be.at.least(0);
        expect(box.right, 'right edge').to.be.at.most(window.innerWidth);
        expect(box.bottom, 'bottom edge').to.be.at.most(window.innerHeight);
        measured++;
      }
      // The scorecard, the summary and the audit are tables and lists whose text is on the page: no tooltips.
      if (['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'disclosure-report'].includes(tag)) {
        expect(measured, 'a tooltip was shown').to.equal(1);
      }
      outer.remove();
    });
  }
});

/** Every `unit` field of a document set to 元: the same numbers, 10,000 times smaller. */
function inYuan(doc: Disclosure): Disclosure {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'unit' && typeof inner === 'string' ? '元' : walk(inner)]));
    }
    return value;
  };
  return walk(doc) as Disclosure;
}

/** Amounts that read as zero ("0.00", "0", "-0.00") in the element's text, its data table open. */
async function zeroTokens(el: Widget): Promise<string[]> {
  for (const toggle of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.classList.contains('table-toggle')) as HTMLElement[]) {
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  }
  await frames(2);
  await el.updateComplete;
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(el.shadowRoot!);
  return texts.join('\n').match(/(?<![\d.,])-?0(?:\.0+)?(?![\d.,%])/g) ?? [];
}

describe('adversarial: amounts at the edges of their unit', function () {
  this.timeout(120000);
  for (const tag of TAGS) {
    it(`<${tag}>: a document in 元 shown in 亿元 has no more zeros than shown in 元 (no nonzero amount reads 0)`, async () => {
      const doc = inYuan(await sampleDocument());
      const counts: Record<string, number> = {};
      for (const unit of ['元', '亿元']) {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.style.width = '900px';
        const el = document.createElement(tag) as Widget;
        el.setAttribute('unit', unit);
        el.data = doc;
        wrapper.append(el);
        await settle(el);
        expect(el.state).to.equal('ready');
        counts[unit] = (await zeroTokens(el)).length;
        expect(nonFinite(el)).to.deep.equal([]);
      }
      expect(counts['亿元'], 'zeros in 亿元 vs 元').to.equal(counts['元']);
    });
  }
});

describe('adversarial: layouts that feed back into their own width', function () {
  this.timeout(120000);
  for (const tag of TAGS) {
    it(`<${tag}>: in a scroll box whose scrollbar comes and goes with the height, settles instead of relayouting every frame`, async () => {
      const doc = await sampleDocument();
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.style.width = '700px';
      box.style.overflowY = 'auto';
      const el = document.createElement(tag) as Widget;
      el.data = doc;
      box.append(el);
      await settle(el);
      // Heights around the element's own: the scrollbar (15 px in Chromium) appears when it is taller.
      const natural = el.getBoundingClientRect().height;
      for (const delta of [-12, -6, -2, 0, 2, 6]) {
        box.style.height = `${Math.round(natural + delta)}px`;
        await frames(6);
        let updates = 0;
        const count = () => updates++;
        el.addEventListener('dw-rendered', count);
        const before = el.shadowRoot!.innerHTML;
        let changes = 0;
        for (let i = 0; i < 10; i++) {
          const html0 = el.shadowRoot!.innerHTML;
          await frames(1);
          if (el.shadowRoot!.innerHTML !== html0) changes++;
        }
        el.removeEventListener('dw-rendered', count);
        expect(changes, `still relayouting at height ${natural + delta} (${before.length})`).to.be.below(2);
      }
    });
  }
});

/** Drawn text and label plates of `el` (and widgets inside it) that reach outside its drawing. */
function outside(el: Widget): string[] {
  const found: string[] = [];
  for (const svg of Array.from(deepElements(el.shadowRoot!)).filter((node): node is SVGSVGElement => node.localName === 'svg' && node.matches('[part~="svg"]'))) {
    const frame = svg.getBoundingClientRect();
    const host = ((svg.getRootNode() as ShadowRoot).host as HTMLElement).getBoundingClientRect();
    for (const mark of Array.from(svg.querySelectorAll('text, rect'))) {
      const box = mark.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      const left = Math.max(frame.left, host.left);
      const right = Math.min(frame.right, host.right);
      if (box.left < left - 1 || box.right > right + 1) {
        found.push(`${mark.localName} "${(mark.textContent ?? '').slice(0, 30)}" ${Math.round(box.left - left)}…${Math.round(box.right - right)}`);
      }
    }
  }
  return found;
}

describe('adversarial: labels stay inside the drawing', function () {
  this.timeout(120000);
  const cases: [string, () => Promise<Disclosure>][] = [
    ['the sample', () => sampleDocument()],
    ['a 0 and a 0.01 flow, long bidi names', async () => extremeSankey(await sampleDocument())],
    ['a crowded pie of long bidi names', async () => crowdedPie()],
    ['amounts 10⁸ times the sample (shown in 元)', async () => scaledTables(await sampleDocument(), 1e8)],
  ];
  for (const tag of TAGS) {
    for (const [name, make] of cases) {
      it(`<${tag}> on ${name}: no text or plate sticks out sideways at 320, 360 and 1200 px, zh-CN and en`, async () => {
        const doc = await make();
        const problems: string[] = [];
        for (const width of [320, 360, 1200]) {
          for (const lang of ['zh-CN', 'en']) {
            const wrapper = await fixture<HTMLElement>(html`<div></div>`);
            wrapper.style.width = `${width}px`;
            const el = document.createElement(tag) as Widget;
            el.lang = lang;
            if (name.includes('10⁸')) el.setAttribute('unit', '元');
            el.data = doc;
            wrapper.append(el);
            await settle(el);
            if (name.includes('10⁸')) expect(el.state, `<${tag}> on huge amounts`).to.equal('ready');
            problems.push(...outside(el).map((problem) => `${width} ${lang}: ${problem}`));
          }
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

/** An attribute value a page could write: a stray PDI and an RLO (reorder the sentence around them), markup. */
const GARBAGE = '\u2069\u202e💥<b>x</b>';

describe('adversarial: garbage in every attribute and in .data', function () {
  this.timeout(120000);
  watchPageErrors({ perTest: true });

  for (const tag of TAGS) {
    it(`<${tag}>: every option attribute set to garbage draws the default chart and names each attribute`, async () => {
      const doc = await sampleDocument();
      const plain = await fixture<HTMLElement>(html`<div></div>`);
      plain.style.width = '800px';
      const reference = document.createElement(tag) as Widget;
      reference.data = doc;
      plain.append(reference);
      await settle(reference);
      const options = (customElements.get(tag) as unknown as { options: Record<string, { attribute: string }> }).options;
      const attributes = Object.values(options).map((spec) => spec.attribute);
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = '800px';
      const el = document.createElement(tag) as Widget;
      const warnings: unknown[] = [];
      el.addEventListener('dw-warning', (event) => warnings.push((event as CustomEvent).detail));
      for (const name of attributes) el.setAttribute(name, GARBAGE);
      el.data = doc;
      wrapper.append(el);
      await settle(el);
      if (tag === 'performance-scorecard') {
        // `project` names a project of the document, not a value of a list: one the document
        // lacks is the empty state naming it (never another project's card).
        expect(el.state).to.equal('empty');
        expect(el.shadowRoot!.querySelector('.empty')?.textContent).to.include('💥<b>x</b>');
      } else expect(el.state).to.equal('ready');
      expect(warnings.length, 'a dw-warning').to.be.greaterThan(0);
      const note = el.shadowRoot!.querySelector('.option-note')?.textContent ?? '';
      for (const name of attributes.filter((name) => name !== 'project')) expect(note, `the note names ${name}`).to.include(name);
      // The page's text enters the sentence isolated: its RLO and stray PDI reorder nothing around it.
      for (const p of Array.from(el.shadowRoot!.querySelectorAll('.option-note p, .empty'))) {
        expect(bidiLeaks(p.textContent ?? ''), `bidi leaks out of: ${p.textContent}`).to.equal(false);
      }
      // The garbage is shown as text, never as markup.
      expect(el.shadowRoot!.querySelector('.option-note b')).to.equal(null);
      // The same drawing as with no attributes (ids are per element).
      const same = (svg: string) => svg.replace(/dw-[a-z0-9]+-/g, 'dw-');
      if (el.state === 'ready') expect(same(el.toSVG()) === same(reference.toSVG()), 'the default chart').to.equal(true);
    });

    it(`<${tag}>: a src of garbage fails to load, saying so with the address isolated`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as Widget;
      el.setAttribute('src', `missing-${GARBAGE}.json`);
      wrapper.append(el);
      await settle(el);
      expect(el.state).to.equal('invalid');
      const text = el.shadowRoot!.querySelector('.error')?.textContent ?? '';
      expect(text).to.include('💥');
      for (const p of Array.from(el.shadowRoot!.querySelectorAll('.error p'))) expect(bidiLeaks(p.textContent ?? ''), `bidi leaks out of: ${p.textContent}`).to.equal(false);
    });

    it(`<${tag}>: .data set to non-documents says why, never throws`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.width = '600px';
      const el = document.createElement(tag) as Widget;
      wrapper.append(el);
      const cyclic: Record<string, unknown> = { schemaVersion: 1 };
      cyclic.self = cyclic;
      const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
      const getter = Object.defineProperty({ schemaVersion: 1 }, 'meta', { enumerable: true, get: () => { throw new Error('getter'); } });
      for (const value of [1e308, NaN, -0, 'text', '{"schemaVersion":1}', [], true, () => 1, Symbol('x'), 10n, cyclic, trap, getter, new Date(), Object.create(null)]) {
        el.data = value;
        await el.updateComplete;
        await frames(1);
        expect(['invalid', 'none'], `state for ${String(typeof value)}`).to.include(el.state);
        expect((el.shadowRoot!.querySelector('.frame')?.textContent ?? '').trim().length, 'says why').to.be.greaterThan(0);
      }
    });
  }
});

describe('adversarial: pie labels as drawn (the most-reported pie complaint)', function () {
  this.timeout(120000);
  type Pie = Widget & { layout?: { mode: string; cx: number; cy: number; r: number } };
  it('on 40 classes of long bidi names, at every width and min-share: drawn labels never meet each other or the ring, and stay inside', async () => {
    const doc = crowdedPie();
    const problems: string[] = [];
    let labelled = 0;
    for (const minShare of ['0', '0.5', '2', '10']) {
      for (let width = 420; width <= 1300; width += 110) {
        for (const lang of ['zh-CN', 'en']) {
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          wrapper.style.width = `${width}px`;
          const el = document.createElement('spend-structure-pie') as Pie;
          el.setAttribute('min-share', minShare);
          el.lang = lang;
          el.data = doc;
          wrapper.append(el);
          await settle(el);
          const layout = el.layout!;
          if (layout.mode !== 'labels') continue;
          labelled++;
          const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
          const origin = svg.getBoundingClientRect();
          const boxes = Array.from(svg.querySelectorAll('text.label')).map((text) => {
            const box = text.getBoundingClientRect();
            return { name: (text.textContent ?? '').trim().slice(0, 16), left: box.left - origin.left, right: box.right - origin.left, top: box.top - origin.top, bottom: box.bottom - origin.top };
          });
          const where = `${width} px, min-share ${minShare}, ${lang}`;
          for (const [i, a] of boxes.entries()) {
            if (a.left < -1 || a.right > origin.width + 1 || a.top < -1 || a.bottom > origin.height + 1) problems.push(`${where}: "${a.name}" outside`);
            // The nearest point of the box to the centre lies outside the ring.
            const nx = Math.max(a.left, Math.min(layout.cx, a.right));
            const ny = Math.max(a.top, Math.min(layout.cy, a.bottom));
            if (Math.hypot(nx - layout.cx, ny - layout.cy) < layout.r - 1) problems.push(`${where}: "${a.name}" over the ring`);
            for (const b of boxes.slice(i + 1)) {
              const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              if (overlap) problems.push(`${where}: "${a.name}" meets "${b.name}"`);
            }
          }
        }
      }
    }
    expect(labelled, 'some widths lay labels out').to.be.greaterThan(4);
    expect(problems.slice(0, 10)).to.deep.equal([]);
  });
});
