import { expect } from '@open-wc/testing';
import '../../components/index.js';
import { PerformanceScorecard } from '../../components/performance-scorecard/define.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { noWeightColumn, performanceDocument, qualitativeOnly, targetsDocument, truncatedCard, weights8and10 } from '../helpers/performance-document.js';
import { parseSvg, shadow } from './helpers.js';
import { mountWidget } from './mount-widget.js';
import { deepFreeze } from '../model/flow-checks.js';


const cardAt = (width: number, doc: unknown, attributes: Record<string, string> = {}) =>
  mountWidget<PerformanceScorecard>('performance-scorecard', width, doc, attributes);

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<performance-scorecard> with the sample', () => {
  let doc: Disclosure;
  before(async () => {
    doc = deepFreeze(await sampleDocument());
  });

  it('draws the total, grade, funds and every indicator of scorecard 8 with its flags in place', async () => {
    const el = await cardAt(1000, doc, { project: '8' });
    const root = shadow(el);
    expect(el.state).to.equal('ready');
    expect(text(root.querySelector('.project'))).to.equal('专家安全检查、行业监管费');
    expect(text(root.querySelector('.headline'))).to.contain('95.00').and.contain('优');
    expect(root.querySelectorAll('tr.level3').length).to.equal(11);
    // R25 on the row it is about (社会效益 提高企业的本质安全生产水平, index 5); R26 on the header.
    const flagged = [...root.querySelectorAll('tr.level3')].filter((row) => row.querySelector('.flag'));
    expect(flagged.map((row) => row.getAttribute('data-index'))).to.deep.equal(['5']);
    expect(text(flagged[0]!.querySelector('.flag'))).to.contain('R25').and.contain('10.00').and.contain('5.00');
    expect([...root.querySelectorAll('.header .flag')].map((f) => f.getAttribute('data-rule'))).to.deep.equal(['R26']);
    expect(root.querySelectorAll('.flag').length).to.equal(2);
    // The funds line: 6.00 / 6.00 / 3.00, 50.00%, 5.00 of 10.00.
    const total = text(root.querySelector('.funds tbody tr'));
    expect(total).to.contain('6.00').and.contain('3.00').and.contain('50.00%').and.contain('5.00 / 10.00');
  });

  it('flags the missed target scored in full on scorecard 2, and nothing on the clean ones', async () => {
    const el = await cardAt(1000, doc, { project: '2' });
    const flagged = [...shadow(el).querySelectorAll('tr.level3')].filter((row) => row.querySelector('.flag'));
    expect(flagged.map((row) => row.getAttribute('data-index'))).to.deep.equal(['5']);
    expect(text(flagged[0]!.querySelector('.target-status'))).to.contain('未达成');
    for (const project of ['0', '1', '3', '4', '5', '6', '7']) {
      el.project = project;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.flag').length, `scorecard ${project}`).to.equal(0);
    }
  });

  it('shows the independent evaluation beside the self-evaluation', async () => {
    const el = await cardAt(1000, doc, { project: '临淄区化工产业安全生产转型升级工作经费' });
    const headline = text(shadow(el).querySelector('.headline'));
    expect(headline).to.contain('97.23').and.contain('89.25').and.contain('良');
    expect(shadow(el).querySelector('.row-evaluation')).to.exist;
  });

  it('names itself with the summary sentence and passes axe', async () => {
    const el = await cardAt(1000, doc, { project: '8' });
    const section = shadow(el).querySelector('section')!;
    const summary = shadow(el).getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(text(summary)).to.contain('95.00').and.contain('核对发现 2 处问题');
    await expect(el).to.be.accessible();
  });

  it('collapses and expands by level with keyboard-reachable buttons, and opens all for print', async () => {
    const el = await cardAt(1000, doc, { project: '8' });
    const root = shadow(el);
    const button = root.querySelector<HTMLButtonElement>('tr.level1 button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.focus();
    button.click();
    await el.updateComplete;
    expect(root.querySelector('tr.level1 button')!.getAttribute('aria-expanded')).to.equal('false');
    const hidden = root.querySelector('table.indicators tbody')!.querySelectorAll('tr.level3[hidden]').length;
    expect(hidden).to.equal(4);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root.querySelectorAll('tr[hidden]').length).to.equal(0);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root.querySelectorAll('tr.level3[hidden]').length).to.equal(4);
  });

  it('speaks English, fits 360 px without scrolling sideways, and passes axe in dark', async () => {
    const el = await cardAt(360, doc, { project: '8', lang: 'en', theme: 'dark' });
    expect(text(shadow(el).querySelector('.summary'))).to.contain('scored 95.00 of 100.00');
    expect(shadow(el).querySelector('table.indicators.narrow')).to.exist;
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('exports SVG, PNG and CSV with the printed numbers', async () => {
    const el = await cardAt(1000, doc, { project: '8' });
    const svg = parseSvg(el.toSVG());
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.documentElement.textContent).to.contain('95.00 / 100.00');
    const png = await el.toPNG(1);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.be.greaterThan(100);
    const lines = el.toCSV().split('\r\n');
    expect(lines[0]).to.equal('part,level1,level2,name,target,actual,status,weight,score,deviation,initialBudget,annualBudget,executed,rate,unit,line');
    expect(lines).to.have.length(1 + 4 + 11 + 1);
    expect(lines.find((line) => line.includes('提高企业的本质安全生产水平'))).to.contain(',5,10,');
  });

  it('shows the data table captioned with its source, with line numbers', async () => {
    const el = await cardAt(1000, doc, { project: '8' });
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const captions = [...shadow(el).querySelectorAll('.table-wrap caption')].map(text);
    expect(captions[0]).to.contain('项目支出绩效自评表');
    expect(text(shadow(el).querySelector('.table-wrap'))).to.contain('第 941 行');
  });

  it('says so when the project is not in the document', async () => {
    const el = await cardAt(800, doc, { project: '不存在的项目' });
    expect(el.state).to.equal('empty');
    expect(text(shadow(el).querySelector('.empty'))).to.contain('不存在的项目');
  });
});

describe('<performance-scorecard> with synthetic scorecards', () => {
  it('draws a budget 绩效目标表 as targets, with no scores or statuses', async () => {
    const el = await cardAt(800, targetsDocument());
    const root = shadow(el);
    expect(el.model!.mode).to.equal('targets');
    expect(root.querySelector('svg[part~="svg"]')).to.equal(null);
    expect(text(root.querySelector('.note'))).to.contain('仅列目标');
    expect(root.querySelectorAll('.target-status').length).to.equal(0);
    expect(text(root.querySelector('table.indicators thead'))).not.to.contain('得分');
    await expect(el).to.be.accessible();
  });

  it('shows 实施期总目标 before 年度目标 when a 绩效目标表 prints both, in both languages', async () => {
    const doc = targetsDocument();
    doc.performance!.scorecards[0]!.goal = { expected: '2022年完成西段大中修', actual: '', period: '三年内完成全线大中修' };
    const el = await cardAt(800, doc);
    const rows = () => [...shadow(el).querySelectorAll('.goal div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(rows()).to.deep.equal([
      ['实施期总目标', '三年内完成全线大中修'],
      ['年度目标', '2022年完成西段大中修'],
    ]);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(rows().map(([label]) => label)).to.deep.equal(['Goal for the whole period', 'Goal for the year']);
    await expect(el).to.be.accessible();
  });

  it('lists the parts of the funds printed under words of their own, a blank part blank (not 0)', async () => {
    const doc = targetsDocument();
    const card = doc.performance!.scorecards[0]!;
    card.funds.parts = [
      { label: '市级支出', initialBudget: null, annualBudget: null, executed: null, source: { line: 9 } },
      { label: '补助区县', initialBudget: 50, annualBudget: null, executed: null, source: { line: 11 } },
    ];
    const frozen = deepFreeze(doc);
    const el = await cardAt(800, frozen);
    const rows = () => [...shadow(el).querySelectorAll('table.funds tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
    expect(rows().map((row) => row[0])).to.deep.equal(['年度资金总额', '其中：市级支出', '其中：补助区县']);
    expect(rows()[1]!.slice(1).every((cell) => cell === '—')).to.equal(true);
    expect(rows()[2]![1]).to.equal('50.00');
    const csv = el.toCSV();
    expect(csv).to.contain('其中：补助区县');
    const cityRow = csv.split('\r\n').find((line) => line.includes('其中：市级支出'))!.split(',');
    const header = csv.split('\r\n')[0]!.split(',');
    expect(cityRow[header.indexOf('initialBudget')]).to.equal('');
    expect(csv.split('\r\n').find((line) => line.includes('其中：补助区县'))!.split(',')[header.indexOf('initialBudget')]).to.equal('50');
    el.lang = 'en';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(rows().map((row) => row[0])).to.deep.equal(['Total funds', 'of which 市级支出', 'of which 补助区县']);
  });

  it('puts indicators printed without a 二级 under their 一级, with no empty toggle row', async () => {
    const doc = targetsDocument();
    const card = doc.performance!.scorecards[0]!;
    card.indicators = card.indicators.map((i) => ({ ...i, level1: 'unclassified', level2: '' }));
    const el = await cardAt(800, doc);
    const root = shadow(el);
    expect(root.querySelectorAll('tr.level2').length).to.equal(0);
    expect(root.querySelectorAll('tr.level3:not([hidden])').length).to.equal(card.indicators.length);
    root.querySelector<HTMLButtonElement>('tr.level1 button')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('tr.level3:not([hidden])').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reads weights 8/10 as printed and says so', async () => {
    const el = await cardAt(800, performanceDocument([weights8and10()]));
    expect(text(shadow(el).querySelector('.indicators ~ .note'))).to.contain('48.00');
  });

  it('draws blank weights as dashes, not zeros', async () => {
    const el = await cardAt(800, performanceDocument([noWeightColumn()]));
    const cells = [...shadow(el).querySelectorAll('tr.level3 td.num')].map(text);
    expect(cells[0]).to.equal('20.00 / —');
  });

  it('leaves qualitative targets unjudged, and marks a truncated card', async () => {
    const el = await cardAt(800, performanceDocument([qualitativeOnly(), truncatedCard()]));
    expect([...shadow(el).querySelectorAll('.target-status')].map(text).every((s) => s.includes('定性'))).to.equal(true);
    el.project = '1';
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.header'))).to.contain('不完整');
  });

  it('shows the error panel for invalid data, without throwing', async () => {
    const el = await cardAt(800, { schemaVersion: 1, meta: {} });
    expect(el.state).to.equal('invalid');
    expect(shadow(el).querySelector('[part~="error"]')).to.exist;
  });
});

describe('<performance-scorecard> units', () => {
  it('shows the funds in the unit asked for, and keeps the printed unit in the CSV', async () => {
    const doc = await sampleDocument();
    const el = await cardAt(1000, doc, { project: '8', unit: '元' });
    expect(text(shadow(el).querySelector('.funds caption'))).to.contain('元');
    expect(text(shadow(el).querySelector('.funds tbody tr'))).to.contain('60,000.00');
    expect(el.toCSV()).to.contain(',6,6,3,50,万元,');
  });
});
