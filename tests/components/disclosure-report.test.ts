import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { DisclosureReport } from '../../components/disclosure-report/define.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { fixtureJson, sampleDocument } from '../helpers/fixtures.js';
import { deepFreeze } from '../model/flow-checks.js';
import { shadow } from './helpers.js';
import { mountWidget } from './mount-widget.js';

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; layout?: { width: number } };

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const widgets = (el: HTMLElement) => [...shadow(el).querySelectorAll<Widget>('.widget')];

/** Mount the report and wait until every widget inside has settled and drawn. */
async function reportAt(width: number, doc: unknown, attributes: Record<string, string> = {}): Promise<DisclosureReport> {
  const el = await mountWidget<DisclosureReport>('disclosure-report', width, doc, attributes);
  await waitUntil(() => widgets(el).length > 0 && widgets(el).every((w) => w.state !== 'none' && w.state !== 'loading'), 'widgets never settled', { timeout: 10000 });
  await Promise.all(widgets(el).map((w) => w.updateComplete));
  await new Promise(requestAnimationFrame);
  await Promise.all(widgets(el).map((w) => w.updateComplete));
  return el;
}

describe('<disclosure-report> with the sample', () => {
  let doc: Disclosure;
  before(async () => {
    doc = deepFreeze(await sampleDocument());
  });

  it('shows the seven sections in order, each through its widget, with a table of contents', async () => {
    const el = await reportAt(1100, doc);
    const root = shadow(el);
    expect(el.state).to.equal('ready');
    const headings = [...root.querySelectorAll('section > h2')].map(text);
    expect(headings).to.deep.equal(['1 总体情况', '2 收支流向', '3 支出结构', '4 “三公”经费', '5 预算执行', '6 绩效评价', '7 数据核对']);
    expect([...root.querySelectorAll('nav.contents a')].map(text)).to.deep.equal(headings.map((h) => h.slice(2)));
    expect(widgets(el).map((w) => w.localName)).to.deep.equal([
      'budget-sankey',
      'spend-structure-pie',
      'three-public-costs',
      'budget-execution',
      'performance-summary',
      ...Array(9).fill('performance-scorecard'),
      'disclosure-audit',
    ]);
    expect(widgets(el).every((w) => w.state === 'ready')).to.equal(true);
    // One scorecard per project, each by its index.
    expect([...root.querySelectorAll('performance-scorecard')].map((w) => w.getAttribute('project'))).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('overview: the printed totals with their source cells; a blank cell reads blank, not 0', async () => {
    const el = await reportAt(1100, doc);
    const figures = [...shadow(el).querySelectorAll('.figure')].map(text);
    expect(figures[0]).to.equal('本年收入合计 6,443.60万元 来源：公开01表 本年收入合计（原文第169行）');
    expect(figures[1]).to.contain('本年支出合计').and.contain('6,443.60万元');
    expect(figures[2]).to.contain('年末结转和结余').and.contain('空白（未填报）').and.not.contain('0.00');
    expect(figures[3]).to.contain('基本支出').and.contain('1,057.22万元').and.contain('公开03表');
    expect(figures[4]).to.contain('项目支出').and.contain('5,386.38万元');
    expect(figures[5]).to.contain('“三公”经费').and.contain('1.79万元').and.contain('公开07表 决算数合计');
    expect(figures[6]).to.contain('绩效自评项目').and.contain('9 个');
    expect(el.toCSV().split('\r\n')[1]).to.equal('本年收入合计,6443.6,万元,公开01表 本年收入合计');
  });

  it('passes lang, unit and theme to every widget; English throughout with lang="en"', async () => {
    const el = await reportAt(1100, doc, { lang: 'en', unit: '元', theme: 'dark' });
    expect(widgets(el).every((w) => w.getAttribute('lang') === 'en' && w.getAttribute('theme') === 'dark')).to.equal(true);
    expect(widgets(el).filter((w) => w.localName !== 'disclosure-audit').every((w) => w.getAttribute('unit') === '元')).to.equal(true);
    expect(text(shadow(el).querySelector('section.overview h2'))).to.equal('1 Overview');
    expect(text(shadow(el).querySelector('.figure'))).to.contain('64,436,000.00 yuan');
  });

  it('contents links move focus to their section heading', async () => {
    const el = await reportAt(1100, doc);
    const link = [...shadow(el).querySelectorAll<HTMLAnchorElement>('nav.contents a')][6]!;
    link.click();
    expect(shadow(el).activeElement?.id).to.equal(link.getAttribute('href')!.slice(1));
    expect(text(shadow(el).activeElement)).to.equal('7 数据核对');
  });

  it('lets dw-select from a widget inside reach the page', async () => {
    const el = await reportAt(1100, doc);
    const sankey = shadow(el).querySelector<Widget>('budget-sankey')!;
    const surface = shadow(sankey).querySelector<HTMLElement>('.chart')!;
    surface.focus();
    const selected = oneEvent(el, 'dw-select');
    surface.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const event = (await selected) as CustomEvent<{ kind: string; name: string }>;
    expect(event.detail.kind).to.be.a('string');
    expect(event.detail.name).to.be.a('string').and.not.equal('');
  });

  it('at 360 px and in print every chart fits the width it is given (A4: 718 px)', async () => {
    const narrow = await reportAt(360, doc);
    for (const widget of widgets(narrow)) {
      const svg = shadow(widget).querySelector('svg[part~="svg"]');
      if (svg) expect(svg.getBoundingClientRect().width, widget.localName).to.be.at.most(360);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const wide = await reportAt(1500, doc);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await Promise.all(widgets(wide).map((w) => w.updateComplete));
      const sankey = shadow(wide).querySelector<Widget>('budget-sankey')!;
      expect(sankey.layout!.width).to.equal(718);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });
});

describe('<disclosure-report> with parts missing', () => {
  it('a section without data says so in one line, in the report language', async () => {
    const doc = await sampleDocument();
    const stripped = { ...doc, tables: { t1: doc.tables.t1, t3: doc.tables.t3, t6: doc.tables.t6 } } as Disclosure;
    // Without 公开07表 and the 情况说明 (whose "三公" details the widget would draw instead).
    delete (stripped as { performance?: unknown }).performance;
    delete (stripped as { narrative?: unknown }).narrative;
    for (const lang of ['zh-CN', 'en']) {
      const el = await reportAt(1100, stripped, { lang });
      const root = shadow(el);
      const empty = (section: string) => {
        const widget = root.querySelector<Widget>(`section.${section} .widget`)!;
        expect(widget.state, section).to.equal('empty');
        const lines = shadow(widget).querySelectorAll('.empty');
        expect(lines.length, section).to.equal(1);
        return text(lines[0]);
      };
      for (const section of ['threePublic', 'execution', 'performance']) expect(empty(section), `${section} ${lang}`).to.not.equal('');
      expect(root.querySelectorAll('performance-scorecard').length).to.equal(0);
      expect(root.querySelector<Widget>('section.flow .widget')!.state).to.equal('ready');
      if (lang === 'en') expect(empty('threePublic')).to.match(/^This document has no/);
      else expect(empty('threePublic')).to.match(/^本/);
    }
  });

  it('invalid data: one error panel with the JSON path and a dw-error, no widgets', async () => {
    const doc = await sampleDocument();
    (doc.tables.t1!.income[0] as { amount: unknown }).amount = '6,443.60';
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('disclosure-report') as DisclosureReport;
    const error = oneEvent(el, 'dw-error');
    el.data = doc;
    wrapper.append(el);
    const event = (await error) as CustomEvent<{ problems: { path: string }[] }>;
    expect(event.detail.problems.map((p) => p.path)).to.include('$.tables.t1.income[0].amount');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('$.tables.t1.income[0].amount');
    expect(widgets(el)).to.have.length(0);
  });

  it('a real budget document (Suzhou 2026) renders every section it has data for', async () => {
    const doc = await fixtureJson<Disclosure>('real/suzhou-ziranziyuan-2026-budget.json');
    const el = await reportAt(1100, doc);
    expect(el.state).to.equal('ready');
    expect(widgets(el).every((w) => w.state === 'ready' || w.state === 'empty')).to.equal(true);
    expect(shadow(el).querySelector<Widget>('budget-sankey')!.state).to.equal('ready');
    expect(text(shadow(el).querySelector('.figure'))).to.contain('本年收入合计');
    // No printed title: the heading names department, year and kind (bidi-isolated name).
    expect(text(shadow(el).querySelector('h1')).replace(/[\u2068\u2069]/g, '')).to.equal(`${doc.meta.department}2026年度部门预算`);
  });

  it('lists the tables kept as printed (otherTables) in an appendix, numbers with their printed decimals, blank apart from 0', async () => {
    const doc = deepFreeze({
      ...(await sampleDocument()),
      otherTables: [
        {
          title: '政府采购预算明细表',
          label: '表10',
          reason: 'untyped',
          unit: '万元',
          columns: [{ path: ['数量'] }, { path: ['资金来源', '财政拨款'] }, { path: ['资金来源', '其他资金'] }],
          rows: [
            { name: '合计', values: [null, 120.5, 0] },
            { code: '30201', name: '办公设备购置', values: [12, 0.004, null], source: { line: 9 } },
          ],
        },
      ],
    });
    const el = await reportAt(1100, doc);
    const root = shadow(el);
    const headings = [...root.querySelectorAll('section > h2')].map(text);
    expect(headings[7]).to.equal('8 附：其他表格（按原样）');
    expect(text(root.querySelectorAll('nav.contents a')[7])).to.equal('附：其他表格（按原样）');
    const table = root.querySelector('.other-table')!;
    expect(text(table.querySelector('summary'))).to.contain('表10').and.contain('政府采购预算明细表').and.contain('2行');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['项目', '数量', '资金来源 / 财政拨款', '资金来源 / 其他资金']);
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(cells).to.deep.equal([
      ['合计', '', '120.500', '0'],
      ['30201 办公设备购置', '12', '0.004', ''],
    ]);
    expect(table.querySelectorAll('td.blank').length).to.equal(2);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(root.querySelectorAll('section > h2')[7])).to.equal('8 Appendix: other tables, as printed');
  });

  it('has no appendix when the document prints nothing beyond the nine tables', async () => {
    const el = await reportAt(1100, deepFreeze(await sampleDocument()));
    expect(shadow(el).querySelector('.other-table')).to.equal(null);
    expect(shadow(el).querySelectorAll('section > h2').length).to.equal(7);
  });
});
