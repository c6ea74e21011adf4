// A real 决算 (西安市卫生健康委员会 2022, parsed from ../shared/samples/real by `parse`): 89
// scorecards, totals out of 90 on some, no 汇总表, one scorecard without a printed name.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import type { PerformanceScorecard } from '../../components/performance-scorecard/define.js';
import type { PerformanceSummary } from '../../components/performance-summary/define.js';
import { fixtureJson } from '../helpers/fixtures.js';
import { shadow } from './helpers.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount<T extends HTMLElement & { state: string; updateComplete: Promise<boolean> }>(tag: string, width: number, doc: unknown, project?: string): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as unknown as T & { data: unknown; project?: string };
  if (project !== undefined) el.project = project;
  el.data = doc;
  wrapper.append(el);
  await waitUntil(() => el.state !== 'none' && el.state !== 'loading', 'never settled', { timeout: 8000 });
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
  return el;
}

describe('performance widgets on a real 决算 (Xi’an health commission 2022)', () => {
  let doc: unknown;
  before(async () => {
    doc = await fixtureJson('real/xian-weijian-2022-final.json');
  });

  it('lists the 88 project scorecards with grades derived from their totals; the 部门整体 card is the department\'s, not a project', async () => {
    const el = await mount<PerformanceSummary>('performance-summary', 1000, doc);
    // 89 cards: 88 项目支出绩效自评表 and the 部门整体支出绩效自评表 (西安市卫生健康委员会), which
    // the parser now reads as kind "department" (it used to be an unnamed project).
    expect(el.model!.rows).to.have.length(88);
    expect([...el.model!.counts]).to.deep.equal([['优', 78], ['良', 9], ['中', 1], ['差', 0]]);
    expect(text(shadow(el).querySelector('button.project'))).to.equal('2022年病媒生物防制');
    expect(el.model!.rows.some((row) => row.name === '西安市卫生健康委员会')).to.equal(false);
    expect(text(shadow(el).querySelector('.summary'))).to.contain('75.55–100.00');
    // 89 close scores stay a strip, not a tower.
    expect(Number(shadow(el).querySelector('svg[part~="svg"]')!.getAttribute('height'))).to.be.below(140);
  });

  it('draws a scorecard out of 90 as printed; actuals printed as bounds (>1000人 for >1000人) are met, not flagged', async () => {
    const el = await mount<PerformanceScorecard>('performance-scorecard', 1000, doc, '16');
    expect(text(shadow(el).querySelector('.project'))).to.equal('中职免学费补助（市级资金）');
    expect(text(shadow(el).querySelector('svg[part~="svg"] .row-total .value'))).to.equal('90.00 / 90.00');
    const flagged = [...shadow(el).querySelectorAll('tr.level3')].filter((row) => row.querySelector('.flag')).map((row) => row.getAttribute('data-index'));
    expect(flagged).to.deep.equal([]);
    const first = shadow(el).querySelector('tr.level3[data-index="0"]');
    expect(text(first)).to.contain('>1000人');
    expect(el.scrollWidth).to.be.at.most(1000);
  });
});
