import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/index.js';
import type { SpendStructurePie } from '../../components/spend-structure-pie/define.js';
import type { DwSelectDetail } from '../../components/base/events.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { budgetDocument, manySlicesDocument, negativeDocument, twentyItemsDocument } from '../helpers/pie-documents.js';
import { SAMPLE_URL, nextFrame, parseSvg, shadow } from './helpers.js';
import { deepFreeze } from '../model/flow-checks.js';

/** A <spend-structure-pie> in a wrapper `width` px wide (set through the CSSOM), once drawn. */
async function pieAt(width: number, setup: (el: SpendStructurePie) => void, attributes: Record<string, string> = {}): Promise<SpendStructurePie> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const element = document.createElement('spend-structure-pie');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  setup(element);
  wrapper.append(element);
  await waitUntil(() => element.state !== 'none' && element.state !== 'loading', 'element never settled', { timeout: 5000 });
  if (element.state === 'ready') await waitUntil(() => element.layout, 'no layout', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const texts = (el: HTMLElement, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
/** Each outside label's lines, joined by a space. */
const labels = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll('text[part~="label"]')].map((node) => [...node.querySelectorAll('tspan')].map((span) => span.textContent).join(' '));

function boxesOverlap(el: HTMLElement): boolean {
  const boxes = [...shadow(el).querySelectorAll('text[part~="label"]')].map((node) => node.getBoundingClientRect());
  return boxes.some((a, i) => boxes.slice(i + 1).some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
}

describe('<spend-structure-pie> with the sample 决算', () => {
  let doc: Disclosure;
  let el: SpendStructurePie;
  before(async () => {
    doc = await sampleDocument();
  });
  beforeEach(async () => {
    el = await pieAt(960, (element) => (element.data = doc));
  });

  it('draws the three 公开03表 classes with shares adding to 100.0 and the total in the hole', () => {
    const root = shadow(el);
    expect(el.state).to.equal('ready');
    expect([...root.querySelectorAll('path[part~="slice"]')].map((path) => path.getAttribute('data-id'))).to.deep.equal(['t3:201', 't3:208', 't3:215']);
    expect(labels(el)).to.deep.equal([
      '一般公共服务支出 16.2% · 1,044.59',
      '社会保障和就业支出 0.3% · 17.98',
      '资源勘探工业信息等支出 83.5% · 5,381.03',
    ]);
    expect(texts(el, '[part~="centre"]')[0]).to.equal('合计6,443.60万元');
    expect(boxesOverlap(el)).to.equal(false);
    for (const node of root.querySelectorAll('text')) expect(parseFloat(getComputedStyle(node).fontSize)).to.be.at.least(12);
  });

  it('names the chart by its summary sentence', () => {
    const chart = shadow(el).querySelector('.chart')!;
    const summary = shadow(el).getElementById(chart.getAttribute('aria-labelledby')!)!.textContent!;
    expect(summary).to.contain('2021年度决算支出按功能分类：合计6,443.60万元，共3项');
    expect(summary).to.contain('资源勘探工业信息等支出');
    expect(summary).to.contain('83.5%');
  });

  it('drills into a class on click with dw-select and provenance, then back by the breadcrumb', async () => {
    const selected = oneEvent(el, 'dw-select');
    shadow(el).querySelector<SVGPathElement>('path[data-id="t3:215"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = (await selected) as CustomEvent<DwSelectDetail>;
    expect(event.detail).to.include({ kind: 'slice', code: '215', name: '资源勘探工业信息等支出', value: 5381.03 });
    expect(event.detail.provenance.cells[0]).to.include({ table: 't3', row: '215' });
    await el.updateComplete;
    expect(el.path).to.deep.equal(['t3:215']);
    expect(el.level!.slices.map((slice) => slice.item!.code)).to.deep.equal(['21502', '21505', '21508']);
    expect(texts(el, '[part~="breadcrumb"] li')).to.deep.equal(['全部', '215 资源勘探工业信息等支出']);
    expect(texts(el, '[part~="centre"]')[0]).to.equal('合计5,381.03万元');
    shadow(el).querySelector<HTMLButtonElement>('[part~="breadcrumb"] button')!.click();
    await el.updateComplete;
    expect(el.path).to.deep.equal([]);
    expect(shadow(el).querySelector('[part~="breadcrumb"]')).to.equal(null);
  });

  it('shows the cells in the tooltip on hover', async () => {
    shadow(el).querySelector('path[data-id="t3:201"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    await el.updateComplete;
    const tooltip = shadow(el).querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('201 一般公共服务支出');
    expect(tooltip.textContent).to.contain('公开03表');
    expect(tooltip.textContent).to.contain('1,044.59万元 · 16.2%');
  });

  it('offers a data table captioned with its source, listing blank rows too (by="kind")', async () => {
    el.by = 'kind';
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    expect(texts(el, 'caption')[0]).to.equal('公开03表 支出决算表（单位：万元）');
    const rows = texts(el, 'tbody tr');
    expect(rows[0]).to.contain('基本支出').and.contain('1,057.22').and.contain('16.4%');
    expect(rows.some((row) => row.includes('上缴上级支出') && row.includes('空白'))).to.equal(true);
    expect(rows[rows.length - 1]).to.contain('6,443.60').and.contain('100.0%');
    await expect(el).to.be.accessible();
  });

  it('passes axe', async () => {
    await expect(el).to.be.accessible();
  });

  it('exports SVG that parses, PNG that decodes and CSV with every row of the level', async () => {
    const parsed = parseSvg(el.toSVG());
    expect(parsed.querySelector('parsererror')).to.equal(null);
    expect(parsed.querySelectorAll('path[data-id]').length).to.equal(3);
    const bitmap = await createImageBitmap(await el.toPNG(1));
    expect(bitmap.width).to.equal(el.layout!.width);
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('code,name,label,value,unit,share,note,source');
    expect(csv[1]).to.match(/^201,一般公共服务支出,一般公共服务支出,1044.59,万元,16.2,/);
    expect(csv).to.have.length(4);
  });

  it('reads the other breakdowns: income (公开01表), economic (公开06表), fund (公开04表)', async () => {
    el.by = 'income';
    await el.updateComplete;
    expect(el.level!.slices.map((slice) => slice.id)).to.deep.equal(['t1:generalBudget']);
    expect(texts(el, '.note.excluded')[0]).to.match(/^空白（未填报）7项，未计入扇形：政府性基金预算财政拨款收入、/);
    el.by = 'economic';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['人员经费 86.4% · 913.01', '公用经费 13.6% · 144.21']);
    el.by = 'fund';
    await el.updateComplete;
    expect(el.level!.slices.map((slice) => slice.value)).to.deep.equal([6443.6]);
  });

  it('never changes the caller object (deep-frozen)', async () => {
    const before = JSON.stringify(doc);
    const frozen = deepFreeze(structuredClone(doc));
    const other = await pieAt(800, (element) => (element.data = frozen));
    expect(other.state).to.equal('ready');
    expect(JSON.stringify(frozen)).to.equal(before);
  });

  it('loads from src and from an inline script', async () => {
    const fromSrc = await pieAt(800, (element) => (element.src = SAMPLE_URL));
    expect(fromSrc.state).to.equal('ready');
    const wrapper = await fixture<HTMLElement>(html`<div><spend-structure-pie><script type="application/json">${JSON.stringify(doc)}</script></spend-structure-pie></div>`);
    const inline = wrapper.querySelector('spend-structure-pie')!;
    await waitUntil(() => inline.state === 'ready', 'inline never ready', { timeout: 5000 });
  });

  it('has one tab stop; arrows walk the slices; Enter drills; Backspace goes up; Escape clears', async () => {
    const root = shadow(el);
    const live = root.querySelector('[aria-live]')!;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('.chart'));
    expect(live.textContent).to.contain('201 一般公共服务支出，1,044.59万元，占16.2%，第1项，共3项');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live.textContent).to.contain('215');
    await sendKeys({ press: 'ArrowRight' }); // round the ring
    await el.updateComplete;
    expect(live.textContent).to.contain('201');
    await sendKeys({ press: 'End' });
    const selected = oneEvent(el, 'dw-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<DwSelectDetail>).detail.code).to.equal('215');
    await el.updateComplete;
    expect(el.path).to.deep.equal(['t3:215']);
    expect(root.querySelector('path.slice.focused')!.getAttribute('data-id')).to.equal('t3:21502');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.path).to.deep.equal([]);
    expect(live.textContent).to.contain('合计：3项');
    // Switched to English, the region says the level shown in English (not the Chinese sentence it said).
    el.lang = 'en';
    await waitUntil(() => /3 parts/.test(live.textContent ?? ''), 'the level sentence follows the language');
    el.lang = 'zh-CN';
    await waitUntil(() => /合计：3项/.test(live.textContent ?? ''));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root.querySelector('path.slice.focused')).to.equal(null);
  });
});

describe('<spend-structure-pie> with synthetic documents', () => {
  it('merges the small 款 of a class with 20 款 into 其他, which lists and opens', async () => {
    const el = await pieAt(1000, (element) => {
      element.data = twentyItemsDocument();
      element.path = ['t3:215'];
    });
    const other = el.level!.slices.find((slice) => slice.members)!;
    expect(other.members!.length).to.be.at.least(4);
    const label = texts(el, `text[data-id="${other.id}"]`)[0]!;
    expect(label).to.match(/^其他 \(\d+项\)/);
    expect(boxesOverlap(el)).to.equal(false);
    shadow(el).querySelector(`path[data-id="${other.id}"]`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('款1');
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    expect(texts(el, 'tr.member').length).to.equal(other.members!.length);
    shadow(el).querySelector(`path[data-id="${other.id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const count = el.level!.slices.reduce((sum, slice) => sum + (slice.members?.length ?? 1), 0);
    expect(count).to.equal(20);
    expect(el.level!.slices.find((slice) => slice.id === other.id)).to.equal(undefined);
  });

  it('shows blank and zero values in the table (blank also in a note), never as slices', async () => {
    const el = await pieAt(900, (element) => (element.data = negativeDocument(false)));
    expect(el.level!.slices.map((slice) => slice.item!.code)).to.deep.equal(['201', '215']);
    const note = texts(el, '.note.excluded')[0]!;
    expect(note).to.equal('空白（未填报）1项，未计入扇形：社会保障和就业支出。');
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const rows = texts(el, 'tbody tr');
    expect(rows.some((row) => row.includes('社会保障和就业支出') && row.includes('空白'))).to.equal(true);
    expect(rows.some((row) => row.includes('卫生健康支出') && row.includes('0.00') && row.includes('0，未绘制'))).to.equal(true);
    expect(labels(el)).to.deep.equal(['一般公共服务支出 80.0% · 80.00', '资源勘探工业信息等支出 20.0% · 20.00']);
  });

  it('keeps a printed negative amount out of the angles, in a visible note and in the table with its sign', async () => {
    const el = await pieAt(900, (element) => (element.data = negativeDocument()));
    expect(el.state).to.equal('ready');
    expect(el.level!.slices.map((slice) => slice.item!.code)).to.deep.equal(['201', '215']);
    expect(el.level!.slices.map((slice) => slice.share)).to.deep.equal([80, 20]);
    expect(texts(el, '.note.excluded').join(' ')).to.contain('负数1项，未计入扇形：教育支出');
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    expect(texts(el, 'tbody tr').some((row) => row.includes('教育支出') && row.includes('-5.00'))).to.equal(true);
  });

  it('reads a budget document and says so', async () => {
    const el = await pieAt(900, (element) => (element.data = budgetDocument()), { by: 'kind' });
    expect(texts(el, '.summary')[0]).to.contain('2022年度预算');
    expect(el.level!.slices.map((slice) => slice.share)).to.deep.equal([70, 30]);
  });

  it('says in words when the table is missing', async () => {
    const el = await pieAt(900, (element) => (element.data = negativeDocument(false)), { by: 'economic' });
    expect(el.state).to.equal('empty');
    expect(texts(el, '.empty')[0]).to.contain('公开06表');
  });

  it('shows invalid data as the error panel with paths', async () => {
    const el = await pieAt(600, (element) => (element.data = { schemaVersion: 1, meta: {} }));
    expect(el.state).to.equal('invalid');
    expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.contain('$.meta');
  });

  it('falls back to the default for a bad option value, with a note', async () => {
    const el = await pieAt(800, (element) => (element.data = negativeDocument(false)), { by: 'typo', variant: 'ring' });
    expect(el.state).to.equal('ready');
    expect(el.model!.by).to.equal('class');
    expect(texts(el, '[part~="option-note"]')[0]).to.contain('by').and.contain('variant');
  });

  it('draws 300 slices with labels that never overlap, every item reachable', async () => {
    const el = await pieAt(1200, (element) => (element.data = manySlicesDocument(300)));
    expect(boxesOverlap(el)).to.equal(false);
    const count = el.level!.slices.reduce((sum, slice) => sum + (slice.members?.length ?? 1), 0);
    expect(count).to.equal(300);
  });

  it('draws a full pie (variant="pie") without a centre', async () => {
    const el = await pieAt(900, (element) => (element.data = negativeDocument(false)), { variant: 'pie' });
    expect(el.layout!.inner).to.equal(0);
    expect(shadow(el).querySelector('[part~="centre"]')).to.equal(null);
  });
});

describe('<spend-structure-pie> narrow, English, dark', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('replaces outside labels by a legend list at 360 px, nothing wider than its container', async () => {
    await setViewport({ width: 360, height: 800 });
    const doc = await sampleDocument();
    const el = await pieAt(360, (element) => (element.data = doc));
    expect(el.layout!.mode).to.equal('legend');
    expect(shadow(el).querySelectorAll('text[part~="label"]').length).to.equal(0);
    expect(texts(el, '[part~="legend"] li')).to.deep.equal([
      '一般公共服务支出16.2% · 1,044.59',
      '社会保障和就业支出0.3% · 17.98',
      '资源勘探工业信息等支出83.5% · 5,381.03',
    ]);
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const doc = await sampleDocument();
    const el = await pieAt(900, (element) => (element.data = doc), { lang: 'en', by: 'economic' });
    expect(texts(el, '.summary')[0]).to.contain('basic expenditure by economic class');
    expect(labels(el)[0]).to.equal('Personnel costs 86.4% · 913.01');
    expect(texts(el, '[part~="centre"]')[0]).to.equal('Total1,057.2210k yuan');
  });

  it('switches to dark colours and stays accessible', async () => {
    const doc = await sampleDocument();
    const el = await pieAt(800, (element) => (element.data = doc), { theme: 'dark' });
    await emulateMedia({ colorScheme: 'dark' });
    await nextFrame();
    expect(getComputedStyle(el).getPropertyValue('--dw-background').trim()).not.to.equal('#ffffff');
    await expect(el).to.be.accessible();
  });
});

describe('<spend-structure-pie> on real documents (parsed, tests/fixtures/real)', () => {
  const REAL = ['xian-weijian-2022-final', 'suzhou-ziranziyuan-2026-budget', 'jiangsu-jianchayuan-2019-budget'];
  for (const name of REAL) {
    it(`draws every breakdown of ${name} or says why not, labels apart, shares 100.0`, async () => {
      const doc = await (await fetch(new URL(`../fixtures/real/${name}.json`, import.meta.url))).json();
      for (const by of ['class', 'kind', 'income', 'economic', 'fund'] as const) {
        const el = await pieAt(1000, (element) => (element.data = doc), { by });
        expect(['ready', 'empty'], `${name} by=${by}`).to.include(el.state);
        if (el.state === 'empty') {
          expect(texts(el, '.empty')[0]).to.match(/公开0\d表/);
          continue;
        }
        expect(boxesOverlap(el), `${name} by=${by}`).to.equal(false);
        const slices = el.level!.slices;
        if (slices.length) expect(Math.round(slices.reduce((sum, slice) => sum + slice.share, 0) * 10) / 10).to.equal(100);
        else expect(texts(el, '.note')[0]).to.contain('没有可以绘制为扇形的正数金额');
      }
    });
  }
});

describe('<spend-structure-pie> pointer drill-down', () => {
  it('drills by click without moving keyboard focus onto the new level', async () => {
    const doc = await sampleDocument();
    const el = await pieAt(960, (element) => (element.data = doc));
    const path = shadow(el).querySelector('path[data-id="t3:215"]')!;
    path.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    path.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.path).to.deep.equal(['t3:215']);
    expect(shadow(el).querySelector('path.slice.focused')).to.equal(null);
  });
});
