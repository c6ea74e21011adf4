import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DwSelectDetail } from '../../components/base/events.js';
import type { ExecutionModel } from '../../src/model/execution.js';
import type { YoyModel } from '../../src/model/year-over-year.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { executionDocument } from '../helpers/bars-documents.js';
import { parseSvg } from './helpers.js';
import { deepFreeze, mountBars, settled, texts } from './bars-helpers.js';

const mount = (width: number, doc: unknown, attributes: Record<string, string> = {}) =>
  mountBars('budget-execution', width, (el) => (el.data = doc), attributes);

describe('<budget-execution> view="items" on the sample', () => {
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
  });

  it('draws the total and the 7 items under their 类, with budget, final, rate and over/under in words', async () => {
    const el = await mount(1000, doc);
    expect(el.state).to.equal('ready');
    const bars = texts(el, 'g.kind-bar .value');
    expect(bars.length).to.equal(7);
    // The total heads the chart in words (as a bar it would dwarf the items it sums).
    expect(texts(el, 'g.kind-group .value')[0]).to.equal('6,443.60 / 4,573.24 · 140.9% 超预算');
    expect(bars[0]).to.equal('1,039.24 / 964.42 · 107.8% 超预算');
    expect(bars).to.include('1,789.97 / 3,608.82 · 49.6% 未达预算');
    expect(bars).to.include('1.35 · 年初未预算');
    expect(texts(el, 'g.kind-group .label')).to.deep.equal(['一般公共预算财政拨款支出', '201 一般公共服务支出', '208 社会保障和就业支出', '215 资源勘探工业信息等支出']);
    // Repeated names are qualified by their 款.
    expect(texts(el, 'g.kind-bar .label')).to.include('一般行政管理事务（组织事务）');
    const all = el.shadowRoot!.textContent!;
    expect(all).not.to.match(/Infinity|NaN/);
    // A zero budget is a diamond marker, never a line hidden by the axis.
    expect(el.shadowRoot!.querySelectorAll('[data-id="item:2013202"] .marker.zero').length).to.equal(1);
    // Over the budget: its own colour and the word.
    expect(el.shadowRoot!.querySelector('[data-id="item:2010401"]')!.classList.contains('over')).to.equal(true);
  });

  it('names the chart with a summary sentence of its main figures', async () => {
    const el = await mount(1000, doc);
    const chart = el.shadowRoot!.querySelector('.chart')!;
    const summary = el.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!.textContent!;
    expect(summary).to.contain('年初预算4,573.24万元，决算6,443.60万元，完成年初预算的140.9%');
    expect(summary).to.contain('7个支出项目中，1个超出年初预算，1个未达年初预算，5个年初未预算');
  });

  it('shows the stated reason and the sources on hover', async () => {
    const el = await mount(1000, doc);
    const row = el.shadowRoot!.querySelector('[data-id="item:2150517"] .hit')!;
    row.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 100, clientY: 100 }));
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent!;
    expect(tip).to.contain('原因：项目经费减少');
    expect(tip).to.contain('情况说明 第510行');
    expect(tip).to.contain('公开05表 科目2150517');
    expect(tip).to.contain('完成年初预算的 49.6%');
  });

  it('walks the rows by keyboard, announces them with the reason, and selects with Enter', async () => {
    const el = await mount(1000, doc);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    chart.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('行政运行').and.contain('单位工资支出增加').and.contain('第1项，共7项');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const selected = oneEvent(el, 'dw-select');
    await sendKeys({ press: 'Enter' });
    const detail = (await selected).detail as DwSelectDetail;
    expect(detail).to.include({ kind: 'bar', code: '2010401', name: '行政运行', value: 1039.24 });
    expect(detail.provenance.cells[0]).to.include({ table: 't5', row: '2010401' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.focus-ring')!.closest('g')!.getAttribute('data-id')).to.equal('item:2150805');
  });

  it('has a real table captioned with its sources, the CSV with the printed amounts, and a parsable SVG', async () => {
    const el = await mount(1000, doc);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('情况说明').and.contain('公开05表');
    expect(table.querySelectorAll('tbody tr').length).to.equal(8);
    expect(table.textContent).to.contain('对上积极争取各级扶持企业发展政策资金');
    const csv = el.toCSV().trim().split(/\r?\n/);
    expect(csv.length).to.equal(9);
    expect(csv[2]).to.equal('2010401,行政运行,行政运行,万元,964.42,1039.24,107.76,above,单位工资支出增加,500');
    expect(csv.find((line) => line.startsWith('2013202'))).to.contain(',0,1.35,,unbudgeted,');
    const svg = parseSvg(el.toSVG());
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.querySelectorAll('g[data-type="bar"]').length).to.equal(7);
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
    expect((await createImageBitmap(png)).width).to.be.greaterThan(900);
    await expect(el).to.be.accessible();
  });

  it('orders by deviation on request', async () => {
    const el = await mount(1000, doc, { order: 'deviation' });
    const ids = [...el.shadowRoot!.querySelectorAll('g.kind-bar')].map((g) => g.getAttribute('data-id'));
    expect(ids.slice(0, 3)).to.deep.equal(['item:2150299', 'item:2150517', 'item:2150805']);
    // Only the total heads the list: no 类 headings out of code order.
    expect(el.shadowRoot!.querySelectorAll('g.kind-group').length).to.equal(1);
  });

  it('lays labels above the bars at 360 px, nothing wider than the element', async () => {
    const el = await mount(360, doc);
    expect(el.layout!.narrow).to.equal(true);
    const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(360);
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en" and draws dark with theme="dark"', async () => {
    const el = await mount(1000, doc, { lang: 'en', theme: 'dark' });
    expect(texts(el, '[part~="summary"]')[0]).to.contain('Of 7 items, 1 spent more than the initial budget');
    expect(texts(el, 'g.kind-bar .value')).to.include('1.35 · no initial budget');
    expect(getComputedStyle(el).getPropertyValue('--dw-background').trim()).to.equal('#18181b');
    await expect(el).to.be.accessible();
  });

  it('never changes the caller object, even a frozen one', async () => {
    const before = JSON.stringify(doc);
    const frozen = deepFreeze(structuredClone(doc));
    const el = await mount(800, frozen);
    expect(el.state).to.equal('ready');
    expect(JSON.stringify(frozen)).to.equal(before);
  });

  it('falls back to items for a view it does not know, and says so', async () => {
    const el = await mount(800, doc, { view: 'pie' });
    expect(el.state).to.equal('ready');
    expect((el.model as ExecutionModel).rows.length).to.equal(7);
    expect(el.shadowRoot!.querySelector('[part~="option-note"]')!.textContent).to.contain('view');
  });
});

describe('<budget-execution> view="yoy"', () => {
  it('draws the 14 comparisons of the sample with last year derived and flagged', async () => {
    const el = await mount(1000, await sampleDocument(), { view: 'yoy' });
    expect((el.model as YoyModel).rows.length).to.equal(14);
    const values = texts(el, 'g.kind-bar .value');
    expect(values[0]).to.equal('6,443.60 · 上年12,982.92（推算） · 减少6,539.32（50.37%）');
    expect(values).to.include('1,057.22 · 上年918.20（推算） · 增加139.02（15.14%）');
    expect(values).to.include('0.00 · 与上年持平');
    expect(texts(el, '[part~="note"]').join(' ')).to.contain('推算');
    expect(texts(el, '[part~="summary"]')[0]).to.contain('收、支总计6,443.60万元，减少6,539.32（50.37%）');
    await expect(el).to.be.accessible();
  });

  it('says "新增" when last year was 0, never a percent', async () => {
    const el = await mount(900, executionDocument(20), { view: 'yoy' });
    expect(texts(el, 'g.kind-bar .value').find((v) => v.startsWith('100.00'))).to.contain('新增（上年为0）');
  });
});

describe('<budget-execution> on other documents', () => {
  it('keeps hundreds of items legible: grouped by 类, scrolling within the element under a sticky scale', async () => {
    const el = await mount(1000, executionDocument(300, 4));
    const model = el.model as ExecutionModel;
    expect(model.rows.length).to.be.at.least(300);
    expect(el.shadowRoot!.querySelectorAll('g.kind-bar').length).to.equal(model.rows.length);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    expect(el.shadowRoot!.querySelector('.sticky-axis svg')).to.not.equal(null);
    expect(el.layout!.fontSize).to.be.at.least(12);
    // Every label keeps to its row: no row overlaps the next.
    const rows = el.layout!.rows;
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.y).to.be.at.least(rows[i - 1]!.y + rows[i - 1]!.height - 0.01);
  });

  it('says why there is nothing to draw for a budget document', async () => {
    const doc = await sampleDocument();
    doc.meta.kind = 'budget';
    delete doc.narrative!.execution;
    const el = await mount(800, doc);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('部门预算');
  });

  it('shows the error panel and fires dw-error for invalid data', async () => {
    const errors: Event[] = [];
    const el = await mountBars('budget-execution', 800, (element) => {
      element.addEventListener('dw-error', (event) => errors.push(event));
      element.data = { schemaVersion: 1, meta: {} };
    });
    expect(el.state).to.equal('invalid');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
    expect(errors.length).to.equal(1);
  });

  it('re-renders when view changes, without losing the data', async () => {
    const el = await mount(900, await sampleDocument());
    el.view = 'yoy';
    await settled(el);
    await waitUntil(() => (el.model as YoyModel).rows?.length === 14);
    el.view = 'items';
    await el.updateComplete;
    expect((el.model as ExecutionModel).total).to.not.equal(undefined);
  });
});
