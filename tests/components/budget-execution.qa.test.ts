// Faults found by QA (issue 8) in <budget-execution>, each pinned by the case that showed it.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { executionDocument } from '../helpers/bars-documents.js';
import { fixtureJson, sampleDocument } from '../helpers/fixtures.js';
import { mountBars, texts } from './bars-helpers.js';

describe('<budget-execution> QA', () => {
  it('scrolls the focused row into view when the keyboard walks past the scroll area', async () => {
    const el = await mountBars('budget-execution', 1000, (element) => (element.data = executionDocument(300, 4)));
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const focused = el.shadowRoot!.querySelector('.focus-ring');
    expect(focused, 'a focused row').to.exist;
    const row = focused!.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(row.top, 'focused row below the top of the scroll area').to.be.at.least(view.top - 1);
    expect(row.bottom, 'focused row above the bottom of the scroll area').to.be.at.most(view.bottom + 1);
    // And back to the first row: below the sticky copy of the scale, not under it.
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('.focus-ring')!.getBoundingClientRect();
    const sticky = el.shadowRoot!.querySelector('.sticky-axis')!.getBoundingClientRect();
    expect(first.top, 'first row below the sticky scale').to.be.at.least(sticky.bottom - 1);
  });

  it('never writes a nonzero rate as 0 in toCSV()', async () => {
    // 决算 1 against a 预算 of 9,000,000,000: the chart said "<0.1%", the CSV's rate column 0.
    const doc = await sampleDocument();
    const item = doc.narrative!.execution!.items[2]!;
    item.budget = 9e9;
    item.final = 1;
    const el = await mountBars('budget-execution', 1000, (element) => (element.data = doc));
    const line = el.toCSV().split(/\r?\n/).find((row) => row.startsWith(`${item.code},`))!;
    const rate = Number(line.split(',')[6]);
    expect(rate).to.be.greaterThan(0);
  });

  it('marks a derived percent without brackets inside brackets', async () => {
    // 江苏省人民检察院 2019 (view="yoy"): "增加18.53（1.8%（推算））" / "up 18.53 (1.8% (derived))".
    const doc = await fixtureJson('real/jiangsu-jianchayuan-2019-budget.json');
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountBars('budget-execution', 1000, (element) => (element.data = doc), { view: 'yoy', lang });
      const values = texts(el, 'g.kind-bar .value').join(' | ');
      expect(values).to.contain(lang === 'en' ? 'derived' : '推算');
      expect(values).to.not.match(/（[^（）]*（推算）|\([^()]*\(derived\)\)/);
    }
  });

  // Was a fault of the width estimate: src/layout/text-width.ts took a digit as 0.58 em while the
  // sans-serif Chromium falls back to here (DejaVu Sans) draws digits at 0.64 em, so 40 digits at
  // 360 px were wrapped for 346 px and drawn 360 px wide ("超" cut at the edge).
  it('keeps digit-heavy value text inside the element at 360 px (unit="元", large amounts)', async () => {
    const doc = await sampleDocument();
    for (const item of doc.narrative!.execution!.items) {
      if (item.final !== null && item.final !== undefined) item.final *= 1e6;
      if (item.budget !== null && item.budget !== undefined) item.budget *= 1e6;
    }
    const el = await mountBars('budget-execution', 360, (element) => (element.data = doc), { unit: '元' });
    const box = el.getBoundingClientRect();
    for (const text of el.shadowRoot!.querySelectorAll('svg text')) {
      const r = text.getBoundingClientRect();
      if (!r.width) continue;
      expect(r.right, text.textContent!).to.be.at.most(box.right + 1);
    }
  });

  it('fires dw-select with NaN, not 0, for an item whose 决算 is blank', async () => {
    const doc = await sampleDocument();
    doc.narrative!.execution!.items[0]!.final = null;
    const el = await mountBars('budget-execution', 1000, (element) => (element.data = doc));
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    await el.updateComplete;
    const selected = oneEvent(el, 'dw-select');
    await sendKeys({ press: 'Enter' });
    const detail = (await selected).detail as { code: string; value: number };
    expect(detail.code).to.equal('2010401');
    expect(Number.isNaN(detail.value), `value ${detail.value}`).to.equal(true);
  });

  // Skipped: needs a status of its own. With the text's 决算 blank but its 年初预算 stated
  // (行政运行 budget 964.42, final null), src/model/execution.ts statusOf() returns 'notStated',
  // so the row reads "— · 未说明年初预算": it says the budget is missing when the 决算 is.
  it('says the 决算 is blank, not that the budget is unstated, when only the 决算 is missing', async () => {
    const doc = await sampleDocument();
    doc.narrative!.execution!.items[0]!.final = null;
    const el = await mountBars('budget-execution', 1000, (element) => (element.data = doc));
    const value = el.shadowRoot!.querySelector('[data-id="item:2010401"] .value')!.textContent!;
    expect(value).to.not.contain('未说明年初预算');
    expect(value).to.contain('964.42');
  });
});
