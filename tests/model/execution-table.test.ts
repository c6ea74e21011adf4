// buildExecutionModel with 公开05表's printed budgets (values.budgetAtStart / budgetAdjusted):
// budgets and 决算 from the table with its cells, the text's reasons merged by code, the table
// alone when the text lists nothing, units converted, 0 / blank budgets without a rate.
import { expect } from '@open-wc/testing';
import { buildExecutionModel, type ExecutionModel } from '../../src/model/execution.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { deepFreeze } from './flow-checks.js';

function items(doc: Disclosure): ExecutionModel {
  const result = buildExecutionModel(doc);
  if (!result.ok) throw new Error(result.empty.en);
  return result.model;
}

/** 年初预算数 | 调整预算数 of the sample's 表5 (万元): 2013202 budgeted 0, 2080801 blank. */
const BUDGETS: Record<string, [number | null, number | null]> = {
  '2010401': [964.42, 1000],
  '2013202': [0, 1.35],
  '2013602': [4, 4],
  '2080801': [null, 17.98],
  '2150299': [3000, 3440.13],
  '2150517': [3608.82, 1800],
  '2150805': [200, 150.92],
};

/** The sample with its 表5 printing budgets (in `unit`, amounts scaled to it); `items: false` drops the text's items. */
async function withTableBudgets(options: { items?: boolean; unit?: '元' | '万元' } = {}): Promise<Disclosure> {
  const doc = await sampleDocument();
  const t5 = doc.tables.t5!;
  const scale = options.unit === '元' ? 10000 : 1;
  const scaled = (v: number | null | undefined) => (typeof v === 'number' ? Math.round(v * scale * 100) / 100 : v);
  for (const row of t5.rows) {
    for (const key of Object.keys(row.values) as (keyof typeof row.values)[]) row.values[key] = scaled(row.values[key]);
    const budgets = BUDGETS[row.code];
    if (budgets) [row.values.budgetAtStart, row.values.budgetAdjusted] = budgets.map(scaled);
  }
  const total = t5.total!.values;
  for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] = scaled(total[key]);
  total.budgetAtStart = scaled(4573.24);
  total.budgetAdjusted = scaled(6413.38);
  if (options.unit) t5.unit = options.unit;
  if (options.items === false) delete doc.narrative!.execution;
  return deepFreeze(doc);
}

describe('buildExecutionModel with 公开05表 budgets', () => {
  it('draws from 表5 alone when the text lists no item: budgets, 决算 and their cells', async () => {
    const model = items(await withTableBudgets({ items: false }));
    expect(model.unit).to.equal('万元');
    expect(model.tables).to.deep.equal(['t5']);
    expect(model.rows.map((r) => r.code)).to.deep.equal(Object.keys(BUDGETS));
    const first = model.rows[0]!;
    expect(first).to.include({ name: '行政运行', budget: 964.42, budgetAdjusted: 1000, final: 1039.24, status: 'above' });
    expect([first.reason, first.line, first.statedRate]).to.deep.equal([undefined, undefined, undefined]);
    expect(first.rate).to.be.closeTo(107.76, 0.005);
    expect(first.budgetCell).to.deep.include({ table: 't5', row: '2010401', column: 'budgetAtStart' });
    expect(first.finalCell).to.deep.include({ table: 't5', row: '2010401', column: 'total' });
    expect(model.rows.find((r) => r.code === '2150517')).to.include({ status: 'below', budgetAdjusted: 1800 });
    expect(model.groups.map((g) => [g.code, g.rows.length])).to.deep.equal([['201', 3], ['208', 1], ['215', 3]]);
    // The total: the table's subject, not "合计", with its two budgets.
    expect(model.total).to.include({ name: '一般公共预算财政拨款支出', budget: 4573.24, budgetAdjusted: 6413.38, final: 6443.6, status: 'above' });
    expect(model.total!.budgetCell).to.deep.include({ table: 't5', row: 'total', column: 'budgetAtStart' });
  });

  it('gives a budget of 0 or blank no rate ("年初未预算"), never Infinity', async () => {
    const model = items(await withTableBudgets({ items: false }));
    const zero = model.rows.find((r) => r.code === '2013202')!;
    const blank = model.rows.find((r) => r.code === '2080801')!;
    expect(zero).to.include({ budget: 0, status: 'unbudgeted', rate: null });
    expect(blank).to.include({ budget: null, budgetAdjusted: 17.98, status: 'unbudgeted', rate: null, deviation: null });
    for (const row of model.rows) expect(row.rate === null || Number.isFinite(row.rate)).to.equal(true);
  });

  it('merges the text by code: the table\'s budget and 决算, the text\'s reason, stated rate and line', async () => {
    const model = items(await withTableBudgets());
    const first = model.rows.find((r) => r.code === '2010401')!;
    expect(first).to.include({ budget: 964.42, budgetAdjusted: 1000, final: 1039.24, reason: '单位工资支出增加', statedRate: 107.76, line: 500 });
    expect(first.budgetCell).to.deep.include({ row: '2010401', column: 'budgetAtStart' });
    // The text said 0 for 2150299; the table prints 3000: the table's is drawn.
    expect(model.rows.find((r) => r.code === '2150299')).to.include({ budget: 3000, status: 'above' });
    expect(model.rows).to.have.length(7);
    expect(model.total).to.include({ name: '一般公共预算财政拨款支出', budget: 4573.24, budgetAdjusted: 6413.38, line: 498 });
    expect(model.total!.reason).to.match(/扶持企业/);
  });

  it('converts 表5 in 元 to the text\'s 万元', async () => {
    const model = items(await withTableBudgets({ unit: '元' }));
    const first = model.rows.find((r) => r.code === '2010401')!;
    expect(first.budget).to.be.closeTo(964.42, 1e-9);
    expect(first.budgetAdjusted).to.be.closeTo(1000, 1e-9);
    expect(first.final).to.be.closeTo(1039.24, 1e-9);
    expect(first.rate).to.be.closeTo(107.76, 0.005);
  });

  it('draws in 表5\'s own unit when the table alone is drawn', async () => {
    const model = items(await withTableBudgets({ items: false, unit: '元' }));
    expect(model.unit).to.equal('元');
    expect(model.rows[0]).to.include({ budget: 9644200, final: 10392400 });
  });

  it('keeps the text\'s budget when 表5 prints only a 调整预算数', async () => {
    const doc = structuredClone(await withTableBudgets()) as Disclosure;
    for (const row of doc.tables.t5!.rows) delete row.values.budgetAtStart;
    delete doc.tables.t5!.total!.values.budgetAtStart;
    const model = items(doc);
    const first = model.rows.find((r) => r.code === '2010401')!;
    expect(first).to.include({ budget: 964.42, budgetAdjusted: 1000, status: 'above' });
    expect(first.budgetCell).to.equal(undefined);
    expect(model.rows.find((r) => r.code === '2150299')).to.include({ budget: 0, status: 'unbudgeted' });
  });

  it('is empty when neither the text nor 表5 gives a budget', async () => {
    const doc = await sampleDocument();
    delete doc.narrative!.execution;
    const result = buildExecutionModel(doc);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.empty['zh-CN']).to.match(/公开05表也未列年初预算数/);
  });
});
