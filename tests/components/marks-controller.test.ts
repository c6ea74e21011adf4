// The shared marks controller with a tiny fake widget: three dots in a row and one below the
// middle one. What a new widget can rely on: one tab stop, arrows, Home/End, Enter/Space,
// Escape, hover and tap, the tooltip in the top layer, announcements and dw-select.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, svg } from 'lit';
import { MarksController, type Direction, type MarkGraph } from '../../components/base/marks-controller.js';
import { markStyles } from '../../components/base/marks.styles.js';
import type { DwSelectDetail } from '../../components/base/events.js';

interface Dot {
  type: 'dot';
  id: string;
}

/** a b c in a row, d under b. */
const NEIGHBOURS: Record<string, Partial<Record<Direction, string>>> = {
  a: { right: 'b', end: 'c' },
  b: { left: 'a', right: 'c', down: 'd', home: 'a', end: 'c' },
  c: { left: 'b', home: 'a' },
  d: { up: 'b' },
};
const X: Record<string, number> = { a: 20, b: 120, c: 220, d: 120 };
const Y: Record<string, number> = { a: 20, b: 20, c: 20, d: 80 };

class FakeDots extends LitElement {
  static override styles = [markStyles];
  selected: string[] = [];
  readonly marks = new MarksController<Dot>(this, () => this.graph());

  private graph(): MarkGraph<Dot> {
    const dot = (id: string): Dot => ({ type: 'dot', id });
    return {
      first: () => dot('a'),
      find: (type, id) => (type === 'dot' && id in NEIGHBOURS ? dot(id) : null),
      move: (mark, direction) => dot(NEIGHBOURS[mark.id]?.[direction] ?? mark.id),
      describe: (mark) => ({ title: `Dot ${mark.id}`, value: `${X[mark.id]} yuan`, lines: ['a fake mark', 'second line', 'third line'] }),
      announce: (mark) => `Dot ${mark.id} focused`,
      select: (mark) => {
        this.selected.push(mark.id);
        return { detail: { kind: 'dot', code: mark.id, name: `Dot ${mark.id}`, value: X[mark.id]!, provenance: { cells: [] } } };
      },
    };
  }

  protected override render() {
    const focus = this.marks.focused?.id;
    return html`${this.marks.renderSurface(
        html`<svg width="300" height="110" aria-hidden="true">
          ${Object.keys(NEIGHBOURS).map(
            (id) => svg`<rect data-type="dot" data-id=${id} class=${id === focus ? 'focused' : ''}
              x=${X[id]! - 10} y=${Y[id]! - 10} width="20" height="20"></rect>`,
          )}
        </svg>`,
        { roleDescription: 'dots', labelledBy: 'name', describedBy: 'name' },
      )}
      <p id="name">Four dots</p>
      ${this.marks.renderLiveRegion()} ${this.marks.renderTooltip()}`;
  }
}
customElements.define('fake-dots', FakeDots);

const root = (el: FakeDots) => el.shadowRoot!;
const live = (el: FakeDots) => root(el).querySelector('[aria-live]')!.textContent!.trim();
const tooltip = (el: FakeDots) => root(el).querySelector<HTMLElement>('[part~="tooltip"]')!;
const rect = (el: FakeDots, id: string) => root(el).querySelector(`[data-id="${id}"]`)!;

async function press(el: FakeDots, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('MarksController (with a fake widget)', () => {
  let el: FakeDots;
  beforeEach(async () => {
    el = await fixture<FakeDots>(html`<fake-dots></fake-dots>`);
  });

  it('has one tab stop; Tab lands on the first mark and announces it', async () => {
    await press(el, 'Tab');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.chart'));
    expect(root(el).querySelectorAll('[tabindex="0"]').length).to.equal(1);
    expect(el.marks.focused?.id).to.equal('a');
    expect(live(el)).to.equal('Dot a focused');
    await press(el, 'Tab');
    expect(root(el).activeElement).to.equal(null);
    expect(el.marks.focused).to.equal(null);
  });

  it('moves with each arrow key and Home/End as the graph says, staying put at an edge', async () => {
    await press(el, 'Tab');
    const path: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowLeft', 'End', 'Home']) {
      await press(el, key);
      path.push(el.marks.focused!.id);
    }
    expect(path).to.deep.equal(['b', 'd', 'd', 'b', 'a', 'a', 'c', 'a']);
    expect(live(el)).to.equal('Dot a focused');
  });

  it('selects with Enter and Space (dw-select), and Escape clears focus and tooltip', async () => {
    await press(el, 'Tab');
    await press(el, 'ArrowRight');
    const selected = oneEvent(el, 'dw-select');
    await press(el, 'Enter');
    const event = (await selected) as CustomEvent<DwSelectDetail>;
    expect(event.detail).to.include({ kind: 'dot', code: 'b', value: 120 });
    expect(event.bubbles && event.composed).to.equal(true);
    await press(el, ' ');
    expect(el.selected).to.deep.equal(['b', 'b']);
    expect(tooltip(el).hidden).to.equal(false);
    await press(el, 'Escape');
    expect(el.marks.focused).to.equal(null);
    expect(tooltip(el).hidden).to.equal(true);
    expect(live(el)).to.equal('');
  });

  it('shows the tooltip on hover beside the pointer, in the top layer, and hides it on leave', async () => {
    const box = rect(el, 'c').getBoundingClientRect();
    rect(el, 'c').dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: box.left + 5, clientY: box.top + 5 }),
    );
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(false);
    expect(tooltip(el).textContent).to.contain('Dot c');
    expect(tooltip(el).matches(':popover-open')).to.equal(true);
    const tip = tooltip(el).getBoundingClientRect();
    expect(Math.abs(tip.left - (box.left + 5 + 12))).to.be.below(2);
    root(el).querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(true);
    expect(tooltip(el).matches(':popover-open')).to.equal(false);
  });

  it('selects on click or tap and keeps the tooltip shown; a tap on nothing lets go', async () => {
    const selected = oneEvent(el, 'dw-select');
    rect(el, 'd').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(((await selected) as CustomEvent<DwSelectDetail>).detail.code).to.equal('d');
    await el.updateComplete;
    expect(el.marks.focused?.id).to.equal('d');
    expect(tooltip(el).textContent).to.contain('Dot d');
    root(el).querySelector('svg')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.marks.focused).to.equal(null);
    expect(tooltip(el).hidden).to.equal(true);
  });

  it('keeps the tooltip beside its mark when the page scrolls', async () => {
    const [above, below] = [document.createElement('div'), document.createElement('div')];
    above.style.height = '200px';
    below.style.height = '3000px';
    document.body.prepend(above);
    document.body.append(below);
    try {
      rect(el, 'b').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      const before = rect(el, 'b').getBoundingClientRect().top;
      window.scrollBy(0, 100);
      await new Promise((resolve) => window.addEventListener('scroll', resolve, { once: true }));
      const box = rect(el, 'b').getBoundingClientRect();
      const tip = tooltip(el).getBoundingClientRect();
      expect(Math.abs(tip.left - (box.right + 12))).to.be.below(2);
      expect(before - box.top).to.equal(100);
      expect(Math.abs(tip.top - box.top)).to.be.below(2);
    } finally {
      window.scrollTo(0, 0);
      above.remove();
      below.remove();
    }
  });

  it('without the Popover API, places the tooltip against a transformed containing block', async () => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
    // As in a browser without popovers: the controller falls back to position: fixed.
    Object.defineProperty(HTMLElement.prototype, 'showPopover', { value: undefined, configurable: true, writable: true });
    try {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.style.transform = 'translate(50px, 50px) scale(0.9)';
      wrapper.style.width = '400px';
      const dots = document.createElement('fake-dots') as FakeDots;
      wrapper.append(dots);
      await dots.updateComplete;
      expect(tooltip(dots).hasAttribute('popover')).to.equal(false);
      const box = rect(dots, 'a').getBoundingClientRect();
      rect(dots, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await dots.updateComplete;
      const tip = tooltip(dots).getBoundingClientRect();
      // Beside the mark's right edge (12 px gap), at its top — not 50 px further.
      expect(Math.abs(tip.left - (box.right + 12))).to.be.below(2);
      expect(Math.abs(tip.top - box.top)).to.be.below(2);
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'showPopover', original);
    }
  });
});
