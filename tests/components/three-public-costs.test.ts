import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DwSelectDetail } from '../../components/base/events.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { allZeroThreePublic, blankAndZeroThreePublic, budgetThreePublic, previousYearSample } from '../helpers/bars-documents.js';
import { SAMPLE_URL, parseSvg } from './helpers.js';
import { deepFreeze, mountBars, texts } from './bars-helpers.js';

const mount = (width: number, doc: unknown, attributes: Record<string, string> = {}, previous?: unknown) =>
  mountBars(
    'three-public-costs',
    width,
    (el) => {
      el.data = doc;
      if (previous) el.previous = previous;
    },
    attributes,
  );

const value = (el: HTMLElement, key: string) => el.shadowRoot!.querySelector(`[data-id="${key}"] .value`)!.textContent!.trim();

describe('<three-public-costs> on the sample', () => {
  let sample: Disclosure;
  before(async () => {
    sample = await sampleDocument();
  });

  it('draws the four kinds and the total, budget vs final, with the counts beside the money', async () => {
    const el = await mount(1000, sample);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('g.kind-bar').length).to.equal(6);
    expect(value(el, 'reception')).to.equal('1.79 / 4.00 · 44.8%');
    expect(value(el, 'total')).to.equal('1.79 / 4.00 · 44.8%');
    const labels = texts(el, 'g.kind-bar .label');
    expect(labels).to.include('公务接待费国内接待20批次 241人次 外事接待0批次 0人次');
    expect(labels.join('|')).to.contain('团组0个 0人次').and.contain('购置0辆 保有0辆');
    // 公开07表 leaves 出国 blank while the text says 0.00: both are said, neither becomes the other.
    expect(value(el, 'abroad')).to.equal('空白（情况说明：0.00） / 空白（情况说明：0.00）');
    expect(texts(el, '[part~="note"]').join(' ')).to.contain('“空白”表示表中未填报，不等于0');
    expect(texts(el, '[part~="summary"]')[0]).to.equal('淄博市临淄区工业和信息化局2021年度“三公”经费决算1.79万元，预算4.00万元，为预算的44.8%。');
  });

  it('shows the cells, the rate, the counts and the reason in the tooltip', async () => {
    const el = await mount(1000, sample);
    el.shadowRoot!.querySelector('[data-id="reception"] .hit')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 80, clientY: 80 }));
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent!;
    expect(tip).to.contain('决算数 1.79万元 — 公开07表');
    expect(tip).to.contain('决算为预算的 44.8%');
    expect(tip).to.contain('国内接待20批次 241人次');
    expect(tip).to.contain('原因：单位厉行节约压缩开支');
  });

  it('walks the rows by keyboard and fires dw-select with the 公开07表 cells', async () => {
    const el = await mount(1000, sample);
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('公务接待费').and.contain('第5项，共6项');
    const selected = oneEvent(el, 'dw-select');
    await sendKeys({ press: 'Enter' });
    const detail = (await selected).detail as DwSelectDetail;
    expect(detail).to.include({ kind: 'bar', code: 'reception', name: '公务接待费', value: 1.79 });
    expect(detail.provenance.cells.map((cell) => `${cell.table}:${cell.row}:${cell.column}`)).to.deep.equal(['t7:budget:reception', 't7:final:reception']);
  });

  it('has a table captioned 公开07表, a CSV keeping blank apart from 0, an SVG, and passes axe', async () => {
    const el = await mount(1000, sample);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('公开07表');
    expect(table.querySelectorAll('tbody tr').length).to.equal(6);
    const csv = el.toCSV().trim().split(/\r?\n/);
    // Blank cells are empty in the CSV; the text's 0 for them has its own columns.
    expect(csv[1]).to.equal('因公出国（境）费,万元,,,,,0,0,团组0个 0人次,');
    expect(csv[5]).to.equal('公务接待费,万元,4,1.79,44.75,,4,1.79,国内接待20批次 241人次 外事接待0批次 0人次,单位厉行节约压缩开支');
    expect(parseSvg(el.toSVG()).querySelectorAll('g[data-type="bar"]').length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('draws last year on the same scale from .previous', async () => {
    const el = await mount(1000, sample, {}, previousYearSample(sample));
    expect(el.model!.previousYear).to.equal(2020);
    expect(el.shadowRoot!.querySelectorAll('.tick-mark').length).to.equal(6);
    expect(value(el, 'total')).to.equal('1.79 / 4.00 · 44.8% · 上年5.50');
    const tick = el.layout!.rows.find((row) => row.id === 'total')!.tick!;
    expect(tick.x).to.be.closeTo(el.layout!.scale.x(5.5), 0.01);
    expect(texts(el, '[part~="legend"]')[0]).to.contain('2020年');
    expect(texts(el, '[part~="summary"]')[0]).to.contain('上年5.50万元');
  });

  it('loads last year from previous-src, and a missing one leaves this year drawn with a note', async () => {
    const el = await mount(1000, sample, { 'previous-src': SAMPLE_URL });
    await waitUntil(() => el.model?.previousYear === 2021, 'previous never loaded', { timeout: 5000 });
    const missing = await mount(1000, sample, { 'previous-src': '/no/such/file.json' });
    await waitUntil(() => missing.shadowRoot!.textContent!.includes('上年数据无法使用'), 'no note', { timeout: 5000 });
    expect(missing.state).to.equal('ready');
  });

  it('reads English, dark and 360 px', async () => {
    const el = await mount(360, sample, { lang: 'en', theme: 'dark' });
    expect(el.layout!.narrow).to.equal(true);
    expect(el.scrollWidth).to.be.at.most(360);
    expect(texts(el, 'g.kind-bar .label').join('|')).to.contain('公务接待费 (official receptions)');
    expect(value(el, 'abroad')).to.equal('blank (text: 0.00) / blank (text: 0.00)');
    await expect(el).to.be.accessible();
  });

  it('never changes the caller objects', async () => {
    const before = JSON.stringify(sample);
    const frozen = deepFreeze(structuredClone(sample));
    const previous = deepFreeze(previousYearSample(sample));
    const el = await mount(800, frozen, {}, previous);
    expect(el.state).to.equal('ready');
    expect(JSON.stringify(frozen)).to.equal(before);
  });
});

describe('<three-public-costs> on synthetic documents', () => {
  let sample: Disclosure;
  before(async () => {
    sample = await sampleDocument();
  });

  it('makes all zero look deliberate: "0.00万元 · 0辆 · 0批次", rows kept, no bars, no invented ticks', async () => {
    const el = await mount(1000, allZeroThreePublic(sample));
    expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('0.00万元 · 0辆 · 0批次');
    // The title already names the year: "…2021年度本年度…" doubled it (QA).
    expect(texts(el, '[part~="summary"]')[0]).to.equal('淄博市临淄区工业和信息化局2021年度“三公”经费预算数和决算数均为0。');
    expect(el.shadowRoot!.querySelectorAll('g.kind-bar').length).to.equal(6);
    expect(value(el, 'abroad')).to.equal('0.00 / 0.00');
    expect(el.layout!.scale.nominal).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.tick').length).to.equal(0);
    for (const bar of el.layout!.rows) expect(bar.front!.width).to.equal(0);
  });

  it('shows the audit\'s 三公 finding on its row (表7 below 表6 30217)', async () => {
    const el = await mount(1000, allZeroThreePublic(sample));
    expect(value(el, 'reception')).to.contain('⚠核对');
    expect(el.shadowRoot!.querySelector('[data-id="reception"]')!.classList.contains('audit')).to.equal(true);
    expect(texts(el, '.note.audit')[0]).to.contain('R16');
    el.shadowRoot!.querySelector('[data-id="reception"] .hit')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 80, clientY: 80 }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent).to.contain('R16');
  });

  it('tells blank from 0, and says "无预算" for spending against a budget of 0', async () => {
    const el = await mount(1000, blankAndZeroThreePublic(sample));
    expect(value(el, 'abroad')).to.equal('0.00 / 0.00');
    expect(value(el, 'vehicles')).to.equal('空白 / 空白');
    expect(value(el, 'reception')).to.equal('1.79 / 0.00 · 无预算');
    expect(el.shadowRoot!.textContent).not.to.match(/Infinity|NaN/);
    expect(texts(el, '[part~="summary"]')[0]).to.contain('预算为0，无预算');
  });

  it('says a budget document has budget figures only, with last year\'s budget beside', async () => {
    const el = await mount(1000, budgetThreePublic(sample));
    expect(texts(el, '[part~="note"]').join(' ')).to.contain('只有预算数');
    expect(value(el, 'total')).to.equal('5.00 · 上年预算4.00');
    expect(texts(el, '[part~="summary"]')[0]).to.contain('“三公”经费预算5.00万元').and.contain('上年预算4.00万元');
    await expect(el).to.be.accessible();
  });

  it('says why there is nothing to draw without 公开07表 or 三公 figures', async () => {
    const doc = structuredClone(sample);
    delete doc.tables.t7;
    delete doc.narrative!.threePublic;
    const el = await mount(800, doc);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('公开07表');
  });
});
