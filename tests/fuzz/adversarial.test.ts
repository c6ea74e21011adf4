// Adversarial pass over every widget, on the bug kinds users of other chart libraries have
// reported (../shared/docs/widget-anchors.md) and the standards (widget-standards.md): each
// attack is tried on all eight elements, on the sample document, and every drawing is checked
// for the same invariants (no NaN/Infinity reaching the SVG or the text, no error thrown into
// the page, a state that says something).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import type { Disclosure } from '../../src/schema/disclosure.js';

const TAGS = [
  'budget-sankey',
  'spend-structure-pie',
  'budget-execution',
  'three-public-costs',
  'performance-scorecard',
  'performance-summary',
  'disclosure-audit',
  'disclosure-report',
] as const;

type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean>; lang: string; toSVG(): string };

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

async function settle(el: Widget): Promise<void> {
  await waitUntil(() => el.state !== 'none' && el.state !== 'loading', `<${el.localName}> never settled`, { timeout: 5000 });
  await el.updateComplete;
  await frames();
  await el.updateComplete;
}

/** Every element and shadow root under `root`, depth first. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** NaN, Infinity or undefined that reached a drawn attribute or the visible text. */
function nonFinite(el: Widget): string[] {
  const found: string[] = [];
  for (const node of deep(el.shadowRoot!)) {
    for (const attr of Array.from(node.attributes)) {
      if (/\b(NaN|Infinity|undefined)\b/.test(attr.value)) found.push(`${node.localName}[${attr.name}="${attr.value.slice(0, 60)}"]`);
    }
  }
  const text = el.shadowRoot!.textContent ?? '';
  const match = /.{0,30}\b(NaN|Infinity|undefined|null)\b.{0,30}/.exec(text);
  if (match) found.push(`text: ${match[0]}`);
  return found;
}

describe('adversarial: every widget against reported chart-library bugs', function () {
  this.timeout(120000);
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    pageErrors.length = 0;
  });
  afterEach(() => {
    expect(pageErrors, 'errors thrown into the page').to.deep.equal([]);
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
      const surfaces = Array.from(deep(el.shadowRoot!)).filter((node) => node.classList.contains('chart') && node.getAttribute('tabindex') === '0');
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
