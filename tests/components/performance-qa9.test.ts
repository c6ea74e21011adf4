// QA (w-qa9): the performance widgets under hostile documents a portal may publish.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { PerformanceSummary } from '../../components/performance-summary/define.js';
import { PerformanceScorecard } from '../../components/performance-scorecard/define.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { shadow } from './helpers.js';
import { mountWidget } from './mount-widget.js';

const mount = mountWidget;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The sample plus a second project whose name extends an evaluated one ("… 二期"). */
async function withSequel(): Promise<Disclosure> {
  const doc = structuredClone(await sampleDocument());
  const perf = doc.performance!;
  const card = structuredClone(perf.scorecards![1]!);
  card.name = `${card.name}二期`;
  perf.scorecards!.push(card);
  const list = perf.summary!.selfEvaluations!;
  list.push({ ...structuredClone(list[1]!), index: list.length + 1, name: card.name });
  return doc;
}

describe('QA: one 部门评价报告 belongs to one project', () => {
  it('summary: the report on 工业企业五个优化… is not also given to “…二期”', async () => {
    const doc = await withSequel();
    const el = await mount<PerformanceSummary>('performance-summary', 1000, doc);
    const rows = [...shadow(el).querySelectorAll('table.projects tbody tr')].filter((row) => row.querySelector('button.project'));
    const sequel = rows.find((row) => text(row.querySelector('button.project')).endsWith('二期'))!;
    const original = rows.find((row) => text(row.querySelector('button.project')) === '工业企业五个优化及智能化改造评审服务费')!;
    expect(el.model!.evaluated).to.equal(2);
    expect(text(original)).to.contain('209.45 97.66 ★ 优');
    expect(text(sequel)).to.contain('——').and.not.contain('0.00');
    expect(el.model!.rows.find((row) => row.name.endsWith('二期'))!.evaluation).to.equal(undefined);
  });

  it('scorecard: “…二期” shows no independent evaluation', async () => {
    const doc = await withSequel();
    const el = await mount<PerformanceScorecard>('performance-scorecard', 1000, doc, { project: String(doc.performance!.scorecards!.length - 1) });
    expect(el.model!.evaluation).to.equal(undefined);
  });
});

/** Texts of the element's SVG figures that reach outside their SVG (1.5 px of glyph overhang allowed). */
function textsOutside(el: HTMLElement): string[] {
  const out: string[] = [];
  for (const figure of shadow(el).querySelectorAll('svg')) {
    const box = figure.getBoundingClientRect();
    for (const label of figure.querySelectorAll('text')) {
      const b = label.getBoundingClientRect();
      if (b.width && (b.right > box.right + 1.5 || b.left < box.left - 1.5)) out.push(`${label.textContent} ${Math.round(b.left)}–${Math.round(b.right)} in ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return out;
}

describe('QA: figure text stays inside the figure', () => {
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
  });
  for (const [width, lang] of [[1000, 'zh-CN'], [600, 'en'], [360, 'zh-CN']] as const) {
    it(`scorecard at ${width} px (${lang}): "95.00 / 100.00" is not cut at the right edge`, async () => {
      const el = await mount<PerformanceScorecard>('performance-scorecard', width, doc, { project: '8', lang });
      expect(textsOutside(el)).to.deep.equal([]);
    });
    it(`summary at ${width} px (${lang}): the dot strip's "0" and "100" are not cut`, async () => {
      const el = await mount<PerformanceSummary>('performance-summary', width, doc, { lang });
      expect(textsOutside(el)).to.deep.equal([]);
    });
  }
});

/** Two projects printed under one name (different cards, different numbers), listed twice. */
async function twinNames(): Promise<Disclosure> {
  const doc = structuredClone(await sampleDocument());
  const perf = doc.performance!;
  const name = perf.scorecards![0]!.name;
  perf.scorecards![1]!.name = name;
  perf.summary!.selfEvaluations![1]!.name = name;
  return doc;
}

describe('QA: two projects with one name', () => {
  it('summary: the second row shows its own scorecard’s budget and rate and selects it', async () => {
    const el = await mount<PerformanceSummary>('performance-summary', 1000, await twinNames());
    const [first, second] = el.model!.rows;
    expect([first!.scorecard, first!.budget, first!.rate]).to.deep.equal([0, 7.35, 99.86]);
    expect([second!.scorecard, second!.budget, second!.rate]).to.deep.equal([1, 209.45, 76.62]);
    const codes: string[] = [];
    el.addEventListener('dw-select', (event) => codes.push((event as CustomEvent).detail.code));
    shadow(el).querySelectorAll<HTMLButtonElement>('button.project')[1]!.click();
    expect(codes).to.deep.equal(['1']);
  });

  it('summary: no R27 flag from comparing the second entry with the first card', async () => {
    const el = await mount<PerformanceSummary>('performance-summary', 1000, await twinNames());
    expect(el.model!.rows.slice(0, 2).flatMap((row) => row.flags.map((flag) => flag.rule))).to.deep.equal([]);
  });
});

describe('QA: two projects with one name, one scorecard', () => {
  it('scorecard 1 takes its grade from the second 汇总表 entry of that name, not the first', async () => {
    const doc = await twinNames();
    const entry = doc.performance!.summary!.selfEvaluations![1]!;
    entry.grade = '良';
    delete doc.performance!.scorecards![1]!.grade;
    const el = await mount<PerformanceScorecard>('performance-scorecard', 1000, doc, { project: '1' });
    expect(el.model!.grade).to.deep.equal({ text: '良', source: 'summary' });
  });
});

describe('QA: scorecards the 汇总表 does not list', () => {
  // Was by design (README: "every project of the 汇总表, else of the scorecards"): a scorecard
  // printed without an entry (a truncated or partial 汇总表) could not be reached. Now it follows
  // the listed rows, marked 未列入汇总表.
  it('summary reaches a scorecard that has no 汇总表 entry', async () => {
    const doc = structuredClone(await sampleDocument());
    const extra = structuredClone(doc.performance!.scorecards![0]!);
    extra.name = '未列入汇总表的项目';
    doc.performance!.scorecards!.push(extra);
    const el = await mount<PerformanceSummary>('performance-summary', 1000, doc);
    expect(el.model!.rows.map((row) => row.scorecard)).to.include(9);
    const last = el.model!.rows.at(-1)!;
    expect(last.name).to.equal('未列入汇总表的项目');
    expect(last.unlisted).to.equal(true);
    expect(el.model!.rows.filter((row) => row.unlisted).length).to.equal(1);
    const cell = [...shadow(el).querySelectorAll('table.projects tbody th')].map(text).find((t) => t.includes('未列入汇总表的项目'))!;
    expect(cell).to.contain('（未列入汇总表）');
  });
});

describe('QA: inline JSON', () => {
  it('fires dw-error once for invalid inline JSON, not again on slotchange', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const events: unknown[] = [];
    wrapper.addEventListener('dw-error', (event) => events.push((event as CustomEvent).detail));
    const el = document.createElement('performance-summary') as PerformanceSummary;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"meta": {"bogus": 1}}';
    el.append(script);
    wrapper.append(el);
    await waitUntil(() => el.state === 'invalid', 'never invalid', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events.length).to.equal(1);
  });
});

/** The model rows in the order the table shows them (by each row's data-order). */
function sortRowsShown(el: PerformanceSummary) {
  return [...shadow(el).querySelectorAll<HTMLElement>('table.projects tbody tr')].map((tr) => el.model!.rows[Number(tr.dataset.order)]!);
}

describe('QA: narrow summary', () => {
  // Below 640 px the summary folds 等级/执行率/预算/评价 into the project cell; a sort select and a
  // 降序 switch keep every column's sort reachable.
  it('at 360 px every column the wide table sorts by can still be sorted', async () => {
    const el = await mount<PerformanceSummary>('performance-summary', 360, await sampleDocument());
    const labels = [...shadow(el).querySelectorAll('th button, [part~="sort"] button, select option')].map(text).join(' ');
    for (const column of ['执行率', '全年预算数', '部门评价得分']) expect(labels).to.contain(column);
    const select = shadow(el).querySelector<HTMLSelectElement>('[part~="sort"] select')!;
    select.value = 'rate';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const rates = sortRowsShown(el).map((row) => row.rate).filter((r): r is number => typeof r === 'number');
    expect(rates.length).to.be.greaterThan(2);
    expect(rates).to.deep.equal([...rates].sort((a, b) => a - b));
    const descending = shadow(el).querySelector<HTMLInputElement>('[part~="sort"] input[type="checkbox"]')!;
    descending.checked = true;
    descending.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const down = sortRowsShown(el).map((row) => row.rate).filter((r): r is number => typeof r === 'number');
    expect(down).to.deep.equal([...rates].sort((a, b) => b - a));
  });
});
