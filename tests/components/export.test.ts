// Exports shared by every widget (components/base): CSV cells a spreadsheet would evaluate,
// CSV amounts as printed, and PNG painted without loading an image (the test pages run under
// img-src 'self', a portal's policy).
import { expect, html } from '@open-wc/testing';
import { NOTE_LINE, csvCell, toCsvText } from '../../components/base/export.js';
import { rasterizeSvg } from '../../components/base/raster.js';
import type { BudgetSankey } from '../../components/budget-sankey/define.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import { mountSankey, nextFrame, shadow } from './helpers.js';

/** The minimal document with one 类 (and its 款) of these amounts and this name. */
function oneClass(total: number, basic: number, project: number, name = '一般公共服务支出'): Disclosure {
  const doc = minimalDocument();
  const values = { total, basic, project };
  doc.tables.t3 = {
    ...doc.tables.t3!,
    total: { name: '合计', values },
    rows: [
      { code: '201', name, values },
      { code: '20101', name: '人大事务', values: { ...values, superiorRemit: null } },
    ],
  };
  return doc;
}

async function mounted(doc: Disclosure, attributes: Record<string, string> = {}): Promise<BudgetSankey> {
  const el = await mountSankey(html`<budget-sankey .data=${doc}></budget-sankey>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  await nextFrame();
  return el;
}

const labels = (el: BudgetSankey) =>
  [...shadow(el).querySelectorAll('text[part~="label"] tspan')].map((tspan) => tspan.textContent!.trim());

describe('CSV: cells a spreadsheet would evaluate are neutralised', () => {
  it('prefixes text cells starting with = + - @ TAB or CR with an apostrophe', () => {
    expect(csvCell(`+cmd|' /C calc'!A0`)).to.equal(`'+cmd|' /C calc'!A0`);
    expect(csvCell('=HYPERLINK("http://evil.invalid","点击")')).to.equal(`"'=HYPERLINK(""http://evil.invalid"",""点击"")"`);
    expect(csvCell('@SUM(1)')).to.equal(`'@SUM(1)`);
    expect(csvCell('-2+3')).to.equal(`'-2+3`);
    expect(csvCell('\tx')).to.equal(`'\tx`);
    expect(csvCell('\rx')).to.equal(`"'\rx"`);
  });

  it('writes numbers, negative ones included, as numbers, and names as they are', () => {
    expect(csvCell(-12.5)).to.equal('-12.5');
    expect(csvCell(0)).to.equal('0');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(null)).to.equal('');
    expect(csvCell('一般公共服务支出')).to.equal('一般公共服务支出');
    expect(csvCell('a, "b"')).to.equal('"a, ""b"""');
    expect(toCsvText([['name', 'value'], ['=1+1', -3.5]])).to.equal(`name,value\r\n'=1+1,-3.5`);
  });

  it('neutralises names from the document in the element\'s CSV', async () => {
    const el = await mounted(oneClass(10, 4, 6, '=HYPERLINK("http://evil.invalid","x")'));
    const csv = el.toCSV();
    expect(csv).to.contain(`"'=HYPERLINK(""http://evil.invalid"",""x"")"`);
    // No cell of any row starts a formula.
    for (const row of csv.split('\r\n')) expect(row, row).not.to.match(/(^|,)"?[=+@\t]/);
  });
});

describe('CSV and labels: no nonzero amount becomes zero', () => {
  it('writes the document\'s own amounts and unit, whatever unit the chart shows', async () => {
    const el = await mounted(oneClass(2417.98, 17.98, 2400), { unit: '亿元' });
    expect(shadow(el).querySelector('[part~="legend"] .unit')!.textContent).to.equal('单位：亿元');
    const rows = el.toCSV().split('\r\n');
    expect(rows[0]).to.equal('type,column,id,code,name,source,target,value,unit,provenance');
    expect(rows.some((row) => row.includes(',17.98,万元,'))).to.equal(true);
    expect(rows.some((row) => row.includes(',2417.98,万元,'))).to.equal(true);
    expect(rows.filter((row) => /,0,(万元|亿元),/.test(row))).to.deep.equal([]);
    // In 亿元 the labels keep two significant digits: 17.98 万元 is 0.0018, never 0.00.
    const shown = labels(el);
    expect(shown).to.include('0.0018');
    expect(shown).to.include('0.24');
    expect(shown.filter((text) => /^0\.0+$/.test(text))).to.deep.equal([]);
  });

  it('shows a 2.21 亿元 department whose smallest flow is 200 万元 in 万元, not 0.02 亿元', async () => {
    const el = await mounted(oneClass(22100, 200, 21900));
    expect(shadow(el).querySelector('[part~="legend"] .unit')!.textContent).to.equal('单位：万元');
    const shown = labels(el);
    expect(shown).to.include('200.00');
    expect(shown).to.include('22,100.00');
    expect(shown).not.to.include('0.02');
  });

  it('keeps 亿元 when the smallest drawn amount still has two significant digits', async () => {
    const el = await mounted(oneClass(22100, 1200, 20900));
    expect(shadow(el).querySelector('[part~="legend"] .unit')!.textContent).to.equal('单位：亿元');
    expect(labels(el)).to.include('0.12');
  });
});

describe('PNG under img-src \'self\'', () => {
  /** The RGBA of a pixel of a PNG blob. */
  async function pixels(png: Blob): Promise<{ width: number; height: number; at: (x: number, y: number) => number[] }> {
    const bitmap = await createImageBitmap(png);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    return {
      width: bitmap.width,
      height: bitmap.height,
      at: (x, y) => [...data.slice((Math.round(y) * bitmap.width + Math.round(x)) * 4, (Math.round(y) * bitmap.width + Math.round(x)) * 4 + 4)],
    };
  }

  /** Any CSS colour as [r, g, b], through a one-pixel canvas. */
  const colour = (css: string) => {
    const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  const near = (a: number[], b: number[]) => a.slice(0, 3).every((value, index) => Math.abs(value - b[index]!) <= 8);

  it('paints any SVG of basic shapes: transforms, group opacity, dashes and pattern fills', async () => {
    const host = document.createElement('div');
    // An SVG of no widget: the painter is generic.
    host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 200 100">
      <defs><pattern id="stripes" width="20" height="20" patternUnits="userSpaceOnUse">
        <rect width="10" height="20" fill="rgb(0, 0, 255)"></rect></pattern></defs>
      <rect width="100" height="100" fill="url(#stripes)"></rect>
      <g transform="translate(100 0)" opacity="0.5"><circle cx="50" cy="50" r="40" fill="rgb(255, 0, 0)"></circle></g>
      <line x1="0" y1="96" x2="200" y2="96" stroke="rgb(0, 128, 0)" stroke-width="8"></line>
    </svg>`;
    document.body.append(host);
    try {
      const image = await pixels(await rasterizeSvg(host.querySelector('svg')!, { scale: 2, background: 'rgb(255, 255, 255)' }));
      expect([image.width, image.height]).to.deep.equal([200, 100]);
      // viewBox 200×100 drawn at 100×50, ×2: one canvas pixel per user unit.
      expect(near(image.at(5, 40), [0, 0, 255])).to.equal(true); // a stripe
      expect(near(image.at(15, 40), [255, 255, 255])).to.equal(true); // between stripes
      expect(near(image.at(150, 50), [255, 128, 128])).to.equal(true); // half-transparent red over white
      expect(near(image.at(195, 5), [255, 255, 255])).to.equal(true); // outside the circle
      expect(near(image.at(150, 97), [0, 128, 0])).to.equal(true); // the line
    } finally {
      host.remove();
    }
  });

  it('paints the drawn chart: right size, bars in their colours, background around, no CSP violation', async () => {
    const violations: string[] = [];
    const listen = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    document.addEventListener('securitypolicyviolation', listen);
    try {
      const el = await mounted(await sampleDocument());
      const layout = el.layout!;
      const png = await el.toPNG(2);
      expect(png.type).to.equal('image/png');
      const image = await pixels(png);
      // The chart, and the unit line under it ("单位：万元": the page states it outside the SVG).
      expect([image.width, image.height]).to.deep.equal([Math.round(layout.width * 2), Math.round((layout.height + NOTE_LINE) * 2)]);
      // Each node bar is painted in its own fill, sampled along its middle.
      const bars = [...shadow(el).querySelectorAll<SVGRectElement>('rect[part~="node"]')].filter((rect) => rect.height.baseVal.value >= 10);
      expect(bars.length).to.be.greaterThan(3);
      for (const bar of bars) {
        const x = bar.x.baseVal.value + bar.width.baseVal.value / 2;
        const y = bar.y.baseVal.value + bar.height.baseVal.value / 2;
        expect(image.at(x * 2, y * 2), bar.dataset.id).to.satisfy((pixel: number[]) => near(pixel, colour(getComputedStyle(bar).fill)));
      }
      // The bottom-left corner is the theme's background, opaque.
      const corner = image.at(1, image.height - 2);
      expect(corner[3]).to.equal(255);
      expect(near(corner, colour(getComputedStyle(el).getPropertyValue('--dw-background').trim()))).to.equal(true);
      await nextFrame();
      expect(violations).to.deep.equal([]);
    } finally {
      document.removeEventListener('securitypolicyviolation', listen);
    }
  });

  it('draws the labels: dark text pixels inside a label\'s box', async () => {
    const el = await mounted(await sampleDocument());
    const image = await pixels(await el.toPNG(1));
    const label = shadow(el).querySelector<SVGTextElement>('text[part~="label"]')!;
    const box = label.getBBox();
    let dark = 0;
    for (let x = box.x; x < box.x + box.width; x += 1) {
      for (let y = box.y; y < box.y + box.height; y += 1) {
        const [r, g, b] = image.at(x, y);
        if (r! + g! + b! < 200) dark += 1;
      }
    }
    expect(dark).to.be.greaterThan(20);
  });

  it('rejects a scale that is not a positive number instead of exporting at 2×', async () => {
    const el = await mounted(await sampleDocument());
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      let message = '';
      await el.toPNG(scale).then(
        () => (message = 'resolved'),
        (error: Error) => (message = error.message),
      );
      expect(message, String(scale)).to.match(/scale must be a positive number/);
    }
  });

  it('rejects with a clear message when the chart is not displayed, and the toolbar says so in the element', async () => {
    const el = await mounted(await sampleDocument());
    el.toolbar = true;
    await el.updateComplete;
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      el.style.display = 'none';
      let message = '';
      await el.toPNG().catch((error: Error) => (message = error.message));
      expect(message).to.match(/not displayed/);
      shadow(el).querySelector<HTMLButtonElement>('[data-export="png"]')!.click();
      for (let i = 0; i < 5 && !shadow(el).querySelector('.export-failure'); i += 1) await nextFrame();
      const failure = shadow(el).querySelector('.export-failure');
      expect(failure?.textContent).to.equal('无法生成 PNG 图片，请改用 SVG 或 CSV 下载。');
      expect(failure?.getAttribute('role')).to.equal('alert');
      el.lang = 'en';
      await el.updateComplete;
      expect(shadow(el).querySelector('.export-failure')?.textContent).to.equal('The PNG image could not be made; download the SVG or CSV instead.');
      await nextFrame();
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
