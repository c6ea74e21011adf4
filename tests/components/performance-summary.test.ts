import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { PerformanceSummary } from '../../components/performance-summary/define.js';
import { PerformanceScorecard } from '../../components/performance-scorecard/define.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { manyProjects } from '../helpers/performance-document.js';
import { parseSvg, shadow } from './helpers.js';
import { mountWidget } from './mount-widget.js';
import { deepFreeze } from '../model/flow-checks.js';


const summaryAt = (width: number, doc: unknown, attributes: Record<string, string> = {}) =>
  mountWidget<PerformanceSummary>('performance-summary', width, doc, attributes);

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (el: HTMLElement) => [...shadow(el).querySelectorAll('table.projects tbody button.project')].map(text);

describe('<performance-summary> with the sample', () => {
  let doc: Disclosure;
  before(async () => {
    doc = deepFreeze(await sampleDocument());
  });

  it('lists every project with score, grade, rate and budget, the department score and grade counts', async () => {
    const el = await summaryAt(1100, doc);
    const root = shadow(el);
    expect(el.state).to.equal('ready');
    expect(names(el)).to.have.length(9);
    expect(text(root.querySelector('.counts'))).to.contain('96.00').and.contain('优 9 个').and.contain('良 0 个');
    const last = text(root.querySelectorAll('table.projects tbody tr')[8]!);
    expect(last).to.contain('95.00').and.contain('50.00%').and.contain('6.00');
    expect(root.querySelectorAll('svg[part~="svg"] circle.dot').length).to.equal(9);
  });

  it('shows self vs independent evaluation side by side with the gap', async () => {
    const el = await summaryAt(1100, doc);
    const row = text(shadow(el).querySelectorAll('table.projects tbody tr')[3]!);
    expect(row).to.contain('97.23').and.contain('89.25').and.contain('良').and.contain('-7.98');
    expect(shadow(el).querySelectorAll('svg[part~="svg"] rect.dot.evaluation').length).to.equal(2);
  });

  it('flags the rows the audit found fault with, and no others', async () => {
    const el = await summaryAt(1100, doc);
    const rules = [...shadow(el).querySelectorAll('table.projects tbody tr')].map((row) => [...row.querySelectorAll('.flag')].map((f) => f.getAttribute('data-rule')).join(' '));
    expect(rules).to.deep.equal(['', '', 'R28', '', '', '', '', '', 'R25 R26']);
  });

  it('sorts by column with buttons and aria-sort, and returns to the official order', async () => {
    const el = await summaryAt(1100, doc);
    const official = names(el);
    const header = () => [...shadow(el).querySelectorAll('table.projects thead th')][1]!;
    header().querySelector('button')!.click();
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    expect(names(el)[0]).to.equal('“亩产效益”评价改革专项经费');
    expect(text(shadow(el).querySelector('[aria-live]'))).to.contain('升序');
    // The page switches language: the region says the order in effect in English, not the old Chinese.
    el.lang = 'en';
    await waitUntil(() => /ascending/.test(text(shadow(el).querySelector('[aria-live]'))), 'the live region follows the language');
    expect(text(shadow(el).querySelector('[aria-live]'))).not.to.match(/[\u4e00-\u9fff]{2}/u);
    el.lang = 'zh-CN';
    await waitUntil(() => /升序/.test(text(shadow(el).querySelector('[aria-live]'))));
    header().querySelector('button')!.click();
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    expect(names(el)[0]).to.equal(official[0]);
    header().querySelector('button')!.click();
    await el.updateComplete;
    expect(header().hasAttribute('aria-sort')).to.equal(false);
    expect(names(el)).to.deep.equal(official);
  });

  it('fires dw-select with the scorecard index, which a page can hand to a scorecard', async () => {
    const el = await summaryAt(1100, doc);
    const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.project')][8]!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'dw-select');
    expect(event.detail).to.include({ kind: 'project', code: '8', name: '专家安全检查、行业监管费', value: 95 });
    const card = document.createElement('performance-scorecard') as PerformanceScorecard;
    card.project = event.detail.code;
    card.data = doc;
    el.parentElement!.append(card);
    await waitUntil(() => card.state === 'ready');
    expect(card.model!.index).to.equal(8);
  });

  it('passes axe, names itself with the summary, and exports', async () => {
    const el = await summaryAt(1100, doc);
    const section = shadow(el).querySelector('section')!;
    expect(text(shadow(el).getElementById(section.getAttribute('aria-labelledby')!))).to.contain('9 个项目绩效自评');
    await expect(el).to.be.accessible();
    expect(parseSvg(el.toSVG()).querySelectorAll('circle').length).to.equal(9);
    const csv = el.toCSV().split('\r\n');
    expect(csv).to.have.length(10);
    expect(csv[4]).to.contain('89.25').and.contain('-7.98');
  });

  it('fits 360 px in English and dark, without scrolling sideways', async () => {
    const el = await summaryAt(360, doc, { lang: 'en', theme: 'dark' });
    expect(shadow(el).querySelector('table.projects.narrow')).to.exist;
    expect(el.scrollWidth).to.be.at.most(360);
    expect(text(shadow(el).querySelector('.summary'))).to.contain('9 project self-evaluations');
    await expect(el).to.be.accessible();
  });
});

describe('<performance-summary> with 30 projects', () => {
  it('lists all 30, counts three grades and sorts by budget', async () => {
    const el = await summaryAt(1000, manyProjects(30));
    expect(names(el)).to.have.length(30);
    const budgetHeader = [...shadow(el).querySelectorAll('table.projects thead th')][4]!;
    budgetHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('项目01');
    budgetHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('项目30');
  });
});
