// <budget-execution> on a 部门决算 whose 情况说明 lists no item but whose 公开05表 prints
// 年初预算数 | 调整预算数 beside 决算数 (the parsed synthetic text
// tests/fixtures/variants/final-general-budget-with-budget-columns.txt): drawn from the table
// alone — budgets as markers, 调整预算 as dashed ticks, the table's cells as provenance —
// instead of an empty element.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DwSelectDetail } from '../../components/base/events.js';
import type { ExecutionModel } from '../../src/model/execution.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { parseSvg } from './helpers.js';
import { mountBars, texts } from './bars-helpers.js';

const mount = (doc: unknown, attributes: Record<string, string> = {}) => mountBars('budget-execution', 1000, (el) => (el.data = doc), attributes);

describe('<budget-execution> from 公开05表 budgets alone', () => {
  let doc: Disclosure;
  before(async () => {
    doc = parse(await fixtureText('variants/final-general-budget-with-budget-columns.txt')).document!;
  });

  it('the document has no narrative items, and 表5 prints both budgets', () => {
    expect(doc.narrative?.execution?.items.length ?? 0).to.equal(0);
    expect(doc.tables.t5!.total!.values).to.include({ budgetAtStart: 1295, budgetAdjusted: 1410.7 });
  });

  it('draws every 项 with its 年初预算 marker and 调整预算 tick, and the total in words', async () => {
    const el = await mount(doc);
    expect(el.state).to.equal('ready');
    const model = el.model as ExecutionModel;
    expect(model.fromText).to.equal(false);
    expect(model.rows.map((r) => r.code)).to.deep.equal(['2010302', '2080505', '2080506', '2101101', '2130101', '2130104', '2130199', '2210201']);
    expect(texts(el, 'g.kind-group .value')[0]).to.equal('1,401.00 / 1,295.00 · 108.2% 超预算');
    const bars = texts(el, 'g.kind-bar .value');
    expect(bars[0]).to.equal('20.00 / 15.00 · 133.3% 超预算');
    expect(bars).to.include('180.00 / 200.00 · 90.0% 未达预算');
    // 其他农业农村支出: 年初预算数 blank → 年初未预算, no rate; its 调整预算 110 still drawn.
    expect(bars).to.include('110.00 · 年初未预算');
    expect(el.shadowRoot!.querySelectorAll('g.kind-bar .marker').length).to.equal(7);
    expect(el.shadowRoot!.querySelectorAll('g.kind-bar .tick-mark').length).to.equal(8);
    expect(texts(el, '.legend li').join(' ')).to.contain('调整预算');
    expect(el.shadowRoot!.textContent).not.to.match(/Infinity|NaN/);
    const summary = texts(el, '[part~="summary"]')[0]!;
    expect(summary).to.contain('一般公共预算财政拨款支出年初预算1,295.00万元，决算1,401.00万元，完成年初预算的108.2%');
    expect(summary).to.contain('8个支出项目中，5个超出年初预算，1个未达年初预算，1个年初未预算');
  });

  it('names the 表5 cells in the tooltip and in dw-select', async () => {
    const el = await mount(doc);
    const row = el.shadowRoot!.querySelector('[data-id="item:2130104"] .hit')!;
    row.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 100, clientY: 100 }));
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('调整预算 189.70万元');
    expect(tip).to.contain('年初预算数');
    expect(tip).to.contain('公开05表 科目2130104');
    expect(tip).not.to.contain('情况说明');
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    chart.focus();
    await el.updateComplete;
    const selected = oneEvent(el, 'dw-select');
    await sendKeys({ press: 'Enter' });
    const detail = (await selected).detail as DwSelectDetail;
    expect(detail).to.include({ code: '2010302', value: 20 });
    expect(detail.provenance.cells.map((c) => c.column)).to.deep.equal(['total', 'budgetAtStart']);
    expect(detail.provenance.derived).to.equal(undefined);
  });

  it('has a table and CSV with the 调整预算 column, captioned 公开05表 only', async () => {
    const el = await mount(doc);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('table')!;
    const caption = table.querySelector('caption')!.textContent!;
    expect(caption).to.contain('公开05表').and.not.contain('情况说明');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.include('调整预算');
    expect(table.querySelectorAll('tbody tr').length).to.equal(9);
    const csv = el.toCSV().trim().split(/\r?\n/);
    expect(csv[0]!.split(',').at(-1)).to.equal('budget_adjusted');
    expect(csv.find((line) => line.startsWith('2130199,'))).to.equal('2130199,其他农业农村支出,其他农业农村支出,万元,,110,,unbudgeted,,,110');
    expect(parseSvg(el.toSVG()).querySelector('parsererror')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await mount(doc, { lang: 'en' });
    expect(texts(el, '.legend li').join(' ')).to.contain('Adjusted budget');
    expect(el.shadowRoot!.textContent).not.to.match(/Infinity|NaN/);
  });
});
