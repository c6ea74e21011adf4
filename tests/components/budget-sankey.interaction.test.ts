// <budget-sankey> through the shared marks controller: the keys in both orientations, and the
// tooltip inside ancestors that clip and transform. Sizes are set through the CSSOM (the test
// page's CSP blocks style attributes).
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { BudgetSankey } from '../../components/budget-sankey/define.js';
import { mountIn } from './mount.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { shadow } from './helpers.js';

const live = (el: BudgetSankey) => shadow(el).querySelector('[aria-live]')!.textContent!.trim();

async function press(el: BudgetSankey, key: string): Promise<string> {
  await sendKeys({ press: key });
  await el.updateComplete;
  return live(el);
}

describe('<budget-sankey> keys in each orientation', () => {
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('horizontal: up and down stay in a column, left and right follow the money', async () => {
    const el = await mountIn(doc, (wrapper) => (wrapper.style.width = '960px'));
    await setViewport({ width: 1000, height: 700 });
    expect(el.layout!.orientation).to.equal('horizontal');
    await press(el, 'Tab');
    for (let i = 0; i < 4; i++) await press(el, 'ArrowRight'); // flow, 本年收入合计, flow, first class
    expect(live(el)).to.match(/第3列第1项/);
    expect(await press(el, 'ArrowDown')).to.match(/第3列第2项/);
    expect(await press(el, 'ArrowUp')).to.match(/第3列第1项/);
    expect(await press(el, 'ArrowLeft')).to.match(/流向$/);
    expect(await press(el, 'ArrowLeft')).to.match(/第2列第1项/);
  });

  it('vertical (360 px): left and right stay in a stage, up and down follow the money', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await mountIn(doc, (wrapper) => (wrapper.style.width = '360px'));
    expect(el.layout!.orientation).to.equal('vertical');
    expect(el.layout!.width).to.be.at.most(360);
    const chart = shadow(el).querySelector('.chart')!;
    expect(shadow(el).getElementById(chart.getAttribute('aria-describedby')!)!.textContent).to.contain('左右在同一层中移动');
    await press(el, 'Tab');
    expect(live(el)).to.match(/第1列第1项/);
    expect(await press(el, 'ArrowDown')).to.match(/流向$/);
    expect(await press(el, 'ArrowDown')).to.match(/第2列第1项/);
    await press(el, 'ArrowDown');
    expect(await press(el, 'ArrowDown')).to.match(/第3列第1项/);
    expect(await press(el, 'ArrowRight')).to.match(/第3列第2项/);
    expect(await press(el, 'ArrowLeft')).to.match(/第3列第1项/);
    expect(await press(el, 'ArrowUp')).to.match(/流向$/);
    expect(await press(el, 'ArrowUp')).to.match(/第2列第1项/);
  });
});

describe('<budget-sankey> tooltip inside clipping, transformed ancestors', () => {
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
  });

  // Each makes the box the containing block of position: fixed descendants.
  const boxes: Record<string, (wrapper: HTMLElement) => void> = {
    'transform: translate(50px, 50px) scale(0.9)': (wrapper) => (wrapper.style.transform = 'translate(50px, 50px) scale(0.9)'),
    'contain: paint': (wrapper) => (wrapper.style.contain = 'paint'),
    'filter: opacity(1)': (wrapper) => (wrapper.style.filter = 'opacity(1)'),
    'will-change: transform': (wrapper) => (wrapper.style.willChange = 'transform'),
  };

  for (const [name, apply] of Object.entries(boxes)) {
    it(`stays whole and beside its mark under overflow: hidden + ${name}`, async () => {
      const el = await mountIn(doc, (wrapper) => {
        wrapper.style.width = '720px';
        wrapper.style.height = '160px';
        wrapper.style.margin = '50px 0 0 50px';
        wrapper.style.overflow = 'hidden';
        apply(wrapper);
      });
      const tooltip = shadow(el).querySelector<HTMLElement>('[part~="tooltip"]')!;
      // Focus: the tooltip goes beside the first mark.
      shadow(el).querySelector<HTMLElement>('.chart')!.focus();
      await el.updateComplete;
      const mark = shadow(el).querySelector(`[data-id="${CSS.escape(el.layout!.nodes[0]!.id)}"]`)!.getBoundingClientRect();
      expect(tooltip.hidden).to.equal(false);
      let tip = tooltip.getBoundingClientRect();
      expect(tip.left).to.be.at.least(0);
      expect(tip.top).to.be.at.least(0);
      expect(tip.right).to.be.at.most(window.innerWidth);
      expect(tip.bottom).to.be.at.most(window.innerHeight);
      expect(Math.abs(tip.left - (mark.right + 12)), '12 px right of the mark').to.be.below(2);
      expect(Math.abs(tip.top - mark.top), 'level with the mark').to.be.below(2);
      // Not clipped: the tooltip is what is drawn at its centre (hit-testable for this check only).
      tooltip.style.pointerEvents = 'auto';
      const hit = shadow(el).elementFromPoint(tip.left + tip.width / 2, tip.top + tip.height / 2);
      expect(hit && tooltip.contains(hit), 'the tooltip is drawn at its centre').to.equal(true);
      tooltip.style.pointerEvents = '';
      // Hover: beside the pointer.
      const link = shadow(el).querySelector<SVGPathElement>('path[part~="link"]')!;
      const at = link.getBoundingClientRect();
      const x = Math.round(at.left + 4);
      const y = Math.round(at.top + at.height / 2);
      link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: x, clientY: y }));
      await el.updateComplete;
      tip = tooltip.getBoundingClientRect();
      expect(Math.abs(tip.left - (x + 12)), '12 px right of the pointer').to.be.below(2);
      expect(tip.bottom).to.be.at.most(window.innerHeight);
    });
  }
});
