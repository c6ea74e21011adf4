// Adversarial pass, access side: the same keyboard path and the same accessibility checks on
// every element — Tab lands once, arrows move, Enter selects (a dw-select with the standard
// detail), Escape clears; axe finds nothing in either language, dark, narrow, table open.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';

const TAGS = ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'performance-scorecard', 'performance-summary', 'disclosure-audit', 'disclosure-report'];
/** The elements with a single-tab-stop chart surface (the others are native tables and lists). */
const SURFACES = ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'disclosure-audit'];

type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean> };

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

async function mount(tag: string, width: number, attributes: Record<string, string> = {}): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = await sampleDocument();
  wrapper.append(el);
  await waitUntil(() => el.state === 'ready', `<${tag}> not ready`, { timeout: 5000 });
  await el.updateComplete;
  await frames();
  return el;
}

/** The element focused inside shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('adversarial: the keyboard path on every chart surface', function () {
  this.timeout(60000);
  for (const tag of SURFACES) {
    it(`<${tag}>: Tab lands on the surface, arrows move and announce, Enter fires dw-select, Escape clears`, async () => {
      const el = await mount(tag, 900);
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      // Controls before the chart (the audit's severity filters) each take a Tab of their own.
      for (let i = 0; i < 12 && !deepActive()?.classList.contains('chart'); i++) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
      }
      const surface = deepActive() as HTMLElement;
      expect(surface?.classList.contains('chart'), 'focus on the chart surface').to.equal(true);
      const live = surface.getRootNode() as ShadowRoot;
      const announced = () => live.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
      await frames();
      const first = announced();
      expect(first, 'the first mark is announced').to.not.equal('');
      let moved = false;
      for (const key of ['ArrowDown', 'ArrowRight', 'ArrowDown']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        if (announced() !== first) moved = true;
      }
      expect(moved, 'an arrow moves to another mark').to.equal(true);
      const selected: CustomEvent[] = [];
      el.addEventListener('dw-select', (event) => selected.push(event as CustomEvent));
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(selected.length, 'dw-select on Enter').to.equal(1);
      const detail = selected[0]!.detail as Record<string, unknown>;
      for (const key of ['kind', 'name']) expect(detail, `detail.${key}`).to.have.property(key);
      expect(selected[0]!.bubbles && selected[0]!.composed, 'bubbles and composed').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await frames();
      const tip = live.querySelector<HTMLElement>('.tooltip');
      expect(!tip || tip.hidden, 'Escape hides the tooltip').to.equal(true);
      expect(deepActive(), 'focus stays on the surface').to.equal(surface);
    });
  }
});

describe('adversarial: axe on every element, every look', function () {
  this.timeout(120000);
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));
  for (const tag of TAGS) {
    for (const [look, width, attributes] of [
      ['zh-CN light 900', 900, {}],
      ['en dark 360', 360, { lang: 'en', theme: 'dark' }],
    ] as const) {
      it(`<${tag}> ${look}, data table open: axe finds nothing`, async () => {
        const el = await mount(tag, width, attributes);
        for (const toggle of Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.table-toggle'))) toggle.click();
        await el.updateComplete;
        await frames();
        await expect(el).to.be.accessible();
      });
    }
    it(`<${tag}>: under prefers-reduced-motion nothing transitions or animates`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount(tag, 900);
      const moving: string[] = [];
      const walk = (root: ParentNode) => {
        for (const node of Array.from(root.querySelectorAll('*'))) {
          const style = getComputedStyle(node);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((d) => parseFloat(d) || 0);
          if (durations.some((d) => d > 0.01)) moving.push(`${node.localName}.${node.getAttribute('class') ?? ''}`);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(el.shadowRoot!);
      expect(moving.slice(0, 5)).to.deep.equal([]);
    });
  }
});

describe('adversarial: every element printed on A4 from a wide window', function () {
  this.timeout(120000);
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });
  for (const tag of TAGS) {
    it(`<${tag}>: drawn for the paper's 718 px, no text under 12 px`, async () => {
      const el = await mount(tag, 1600);
      for (const toggle of Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.table-toggle'))) toggle.click();
      await el.updateComplete;
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await frames(2);
      await el.updateComplete;
      const problems: string[] = [];
      const walk = (root: ParentNode) => {
        for (const node of Array.from(root.querySelectorAll('*'))) {
          if (node.localName === 'svg' && node.matches('[part~="svg"]')) {
            const width = Number(node.getAttribute('width'));
            if (width > 718) problems.push(`svg ${width} px wide`);
          }
          const own = Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim());
          const style = getComputedStyle(node);
          if (own && style.display !== 'none' && style.visibility !== 'hidden' && !node.closest('.sr-only') && parseFloat(style.fontSize) < 11.99) {
            problems.push(`${node.localName}.${node.getAttribute('class') ?? ''} "${(node.textContent ?? '').trim().slice(0, 20)}" at ${style.fontSize}`);
          }
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(el.shadowRoot!);
      expect([...new Set(problems)].slice(0, 8)).to.deep.equal([]);
    });
  }
});
