// Printing: every widget lays out for the paper, not the window (components/base/size-controller.ts).
// Printed to A4 from a 1600 px window, a chart laid out 1584 px wide was shrunk to 43% and its
// 12 px labels printed at ~5 px; its legend swatches (CSS backgrounds) vanished.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { lengthInPx } from '../../components/base/size-controller.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { sankeyAt, shadow } from './helpers.js';

/** A4 portrait, 210 mm, less 10 mm margins each side, at 96 px per inch. */
const A4_CONTENT_PX = 718;

const drawnWidth = (el: HTMLElement) => Number(shadow(el).querySelector('svg')!.getAttribute('width'));

describe('printing lays a widget out for the paper', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('re-renders at the A4 content width inside beforeprint, and back after printing', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(1600, (element) => (element.data = doc));
    expect(el.layout!.width).to.equal(1600);
    window.dispatchEvent(new Event('beforeprint'));
    // No await: the browser lays out the printed page right after the event.
    expect(el.layout!.width).to.equal(A4_CONTENT_PX);
    expect(drawnWidth(el)).to.equal(A4_CONTENT_PX);
    expect(el.layout!.orientation).to.equal('horizontal');
    // Drawn 1:1 on paper, labels keep their 12 px.
    expect(el.layout!.fontSize).to.be.at.least(12);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.layout!.width).to.equal(1600);
    expect(drawnWidth(el)).to.equal(1600);
  });

  it('opens the audit note for paper, where nothing can be clicked open', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(1200, (element) => (element.data = doc));
    const note = () => shadow(el).querySelector<HTMLDetailsElement>('details.note.audit')!;
    expect(note().open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(note().open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(note().open).to.equal(false);
  });

  it('takes the printed width from --dw-print-width (mm, px, in)', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(1600, (element) => (element.data = doc));
    el.style.setProperty('--dw-print-width', '150mm');
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.layout!.width).to.equal(566); // 150 / 25.4 × 96 = 566.9
    expect(lengthInPx('7.5in')).to.equal(720);
    expect(lengthInPx(' 500px ')).to.equal(500);
    expect(lengthInPx('100%')).to.equal(undefined);
    expect(lengthInPx('')).to.equal(undefined);
  });

  it('reads --dw-print-width set in the page\'s @media print rules', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@media print { budget-sankey { --dw-print-width: 500px } }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const doc = await sampleDocument();
      const el = await sankeyAt(1600, (element) => (element.data = doc));
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await waitUntil(() => el.layout?.width === 500, `print layout ${el.layout?.width} px`);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('keeps a chart narrower than the paper as it is', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(360, (element) => (element.data = doc));
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.layout!.width).to.be.at.most(360);
    expect(el.layout!.orientation).to.equal('vertical');
  });

  it('follows print media (print preview, PDF export) and prints swatches exactly', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(1600, (element) => (element.data = doc));
    await emulateMedia({ media: 'print' });
    await waitUntil(() => el.layout?.width === A4_CONTENT_PX, `print media left the layout at ${el.layout?.width} px`);
    await el.updateComplete;
    expect(drawnWidth(el)).to.equal(A4_CONTENT_PX);
    // Browsers drop backgrounds when printing unless told the colours matter.
    const swatch = shadow(el).querySelector('.swatch')!;
    expect(getComputedStyle(swatch).printColorAdjust).to.equal('exact');
    expect(getComputedStyle(swatch).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => el.layout?.width === 1600, 'did not return to the screen width');
  });

  // Found by QA: a portal reader in a dark system theme (or a page with theme="dark") printed
  // a black slab with light text, since `print-color-adjust: exact` prints the dark
  // background and the dark defaults outranked the print colours.
  for (const [attributes, scheme] of [['theme=dark', 'light'], ['', 'dark']] as const) {
    it(`prints dark text on white paper (${attributes || 'theme auto'}, ${scheme} system preference)`, async () => {
      const doc = await sampleDocument();
      const el = await sankeyAt(800, (element) => (element.data = doc), attributes);
      await emulateMedia({ media: 'print', colorScheme: scheme });
      await el.updateComplete;
      const style = getComputedStyle(el);
      expect(style.getPropertyValue('--dw-background').trim()).to.equal('#fff');
      expect(style.getPropertyValue('--dw-text').trim()).to.equal('#000');
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      // The label halo (backdrop) is the paper's colour too, not the dark theme's.
      const backdrop = shadow(el).querySelector('.label-backdrop');
      if (backdrop) expect(getComputedStyle(backdrop).fill).to.equal('rgb(255, 255, 255)');
      // On screen the dark theme is still dark.
      await emulateMedia({ media: 'screen', colorScheme: scheme });
      expect(getComputedStyle(el).getPropertyValue('--dw-background').trim()).to.equal('#18181b');
    });
  }
});
