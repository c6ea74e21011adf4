import { expect } from '@open-wc/testing';
import { buildExecutionModel, splitLabel, type ExecutionModel } from '../../src/model/execution.js';
import { buildYoyModel, type YoyModel } from '../../src/model/year-over-year.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { executionDocument } from '../helpers/bars-documents.js';
import { deepFreeze } from './flow-checks.js';

function items(doc: Disclosure, order?: 'code' | 'deviation'): ExecutionModel {
  const result = buildExecutionModel(doc, { order });
  if (!result.ok) throw new Error(result.empty.en);
  return result.model;
}

function yoy(doc: Disclosure): YoyModel {
  const result = buildYoyModel(doc);
  if (!result.ok) throw new Error(result.empty.en);
  return result.model;
}

describe('buildExecutionModel', () => {
  let doc: Disclosure;
  before(async () => {
    doc = deepFreeze(await sampleDocument());
  });

  it('reads the sample: the total and its 7 items, in code order, grouped by 类', () => {
    const model = items(doc);
    expect(model.total).to.include({ budget: 4573.24, final: 6443.6, status: 'above' });
    expect(model.total!.rate).to.be.closeTo(140.898, 0.001);
    expect(model.rows.map((r) => r.code)).to.deep.equal(['2010401', '2013202', '2013602', '2080801', '2150299', '2150517', '2150805']);
    expect(model.groups.map((g) => [g.code, g.name, g.rows.length])).to.deep.equal([
      ['201', '一般公共服务支出', 3],
      ['208', '社会保障和就业支出', 1],
      ['215', '资源勘探工业信息等支出', 3],
    ]);
    const first = model.rows[0]!;
    expect(first).to.include({ name: '行政运行', budget: 964.42, final: 1039.24, status: 'above', reason: '单位工资支出增加', line: 500, statedRate: 107.76 });
    expect(first.rate).to.be.closeTo(107.76, 0.005);
    expect(first.parents).to.deep.equal(['发展与改革事务', '一般公共服务支出']);
    expect(first.finalCell).to.deep.include({ table: 't5', row: '2010401', column: 'total' });
    expect(model.rows[5]).to.include({ status: 'below', deviation: 1789.97 - 3608.82 });
  });

  it('gives a zero budget no rate ("年初未预算"), never Infinity', () => {
    const unbudgeted = items(doc).rows.filter((r) => r.status === 'unbudgeted');
    expect(unbudgeted.map((r) => r.code)).to.deep.equal(['2013202', '2013602', '2080801', '2150299', '2150805']);
    for (const row of unbudgeted) expect(row.rate).to.equal(null);
  });

  it('orders by deviation: the largest |决算 − 预算| first', () => {
    expect(items(doc, 'deviation').rows.slice(0, 3).map((r) => r.code)).to.deep.equal(['2150299', '2150517', '2150805']);
    expect(items(doc, 'deviation').groups).to.deep.equal([]);
  });

  it('adds the 项 of 公开05表 the text does not discuss, with no budget stated', () => {
    const copy = structuredClone(doc) as Disclosure;
    copy.narrative!.execution!.items = copy.narrative!.execution!.items.filter((item) => item.code !== '2080801');
    const row = items(copy).rows.find((r) => r.code === '2080801')!;
    expect(row).to.include({ name: '死亡抚恤', budget: undefined, final: 17.98, status: 'notStated', rate: null });
  });

  it('splits a printed 类/款/项 label', () => {
    expect(splitLabel('一般公共服务支出(类)组织事务(款)一般行政管理事务(组织事务)(项)')).to.deep.equal({
      cls: '一般公共服务支出',
      item: '组织事务',
      sub: '一般行政管理事务(组织事务)',
    });
  });

  it('is empty, with a reason, for a budget document or a text without execution figures', () => {
    const budget = structuredClone(doc) as Disclosure;
    budget.meta.kind = 'budget';
    delete budget.narrative!.execution;
    const result = buildExecutionModel(budget);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.empty['zh-CN']).to.contain('部门预算');
    const none = structuredClone(doc) as Disclosure;
    delete none.narrative;
    const other = buildExecutionModel(none);
    if (other.ok) throw new Error('expected empty');
    expect(other.empty['zh-CN']).to.contain('没有列出');
  });

  it('holds hundreds of items of a generated document, every one with its final', () => {
    // 27 类 × 2 款 × 8 项 = 432 项 in 公开05表; the text explains the first 400.
    const model = items(executionDocument(400, 2));
    expect(model.rows.length).to.equal(432);
    expect(model.rows.filter((r) => r.status === 'notStated').length).to.equal(32);
    expect(model.rows.filter((r) => r.status === 'unbudgeted').length).to.equal(57);
    expect(model.groups.reduce((n, g) => n + g.rows.length, 0)).to.equal(432);
    for (const r of model.rows) expect(r.final).to.be.a('number');
  });
});

describe('buildYoyModel', () => {
  it('derives last year from this year and the printed change, and flags it', async () => {
    const model = yoy(await sampleDocument());
    expect(model.rows.length).to.equal(14);
    const grand = model.rows[0]!;
    expect(grand).to.include({ label: '收、支总计', current: 6443.6, previous: 12982.92, change: -6539.32, percent: -50.37, trend: 'decrease' });
    expect(grand.derived).to.deep.equal({ previous: true, change: false, percent: false });
    const basic = model.rows.find((r) => r.subject === 'basicExpenditure')!;
    expect(basic).to.include({ previous: 918.2, trend: 'increase', reason: '单位人员工资增加' });
    expect(model.rows.find((r) => r.subject === 'income.institution')).to.include({ current: 0, previous: 0, trend: 'same', percent: null });
  });

  it('says "new" when last year was 0, with no percent', () => {
    const model = yoy(executionDocument(10));
    expect(model.rows.find((r) => r.subject === 'basicExpenditure')).to.include({ previous: 0, trend: 'new', percent: null });
    const project = model.rows.find((r) => r.subject === 'projectExpenditure')!;
    expect(project).to.include({ previous: 80, change: -30, percent: -37.5 });
    expect(project.derived.previous).to.equal(false);
  });

  it('leaves out comparisons with the budget (机关运行经费 vs 年初预算)', async () => {
    const doc = await sampleDocument();
    doc.narrative!.comparisons!.push({ subject: 'operatingCosts', label: '机关运行经费', current: 1, change: 1, comparedWith: 'budget' });
    expect(yoy(doc).rows.some((r) => r.subject === 'operatingCosts')).to.equal(false);
  });

  it('is empty when the text compares nothing with last year', async () => {
    const doc = await sampleDocument();
    delete doc.narrative!.comparisons;
    expect(buildYoyModel(doc).ok).to.equal(false);
  });
});
