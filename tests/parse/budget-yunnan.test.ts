// A 云南 (昆明) 部门预算 with the province's table names (部门财务收支预算总表, 部门收入预算表,
// 对下转移支付预算表), a 目录 with dot leaders and page numbers, 单位资金 with 事业收入 / 其他收入
// numbered under it, and an extra table with no counterpart among the nine, empty ("故此表无
// 数据"). Synthetic text: tests/fixtures/variants/budget-yunnan-names.txt; expected cells by hand.
// It read right when written: the test guards the kind.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 云南 layout (regional table names)', () => {
  it('目录 entries with leaders name 表一 and 表二; 对下转移支付预算表 is none of the nine', async () => {
    const { doc, faults } = await budgetVariant('budget-yunnan-names');
    expect((doc.meta.contents ?? []).map((c) => [c.title, c.table])).to.deep.equal([
      ['表一 部门财务收支预算总表', 't1'],
      ['表二 部门收入预算表', 't2'],
    ]);
    expect(faults).to.deep.equal([]);
  });

  it('部门财务收支预算总表: 单位资金 with its numbered parts', async () => {
    const { doc } = await budgetVariant('budget-yunnan-names');
    const t1 = doc.tables.t1!;
    const unit = t1.income.find((l) => l.name === '单位资金')!;
    expect([unit.amount, unit.parts!.map((p) => [p.kind, p.name, p.amount])]).to.deep.equal([40, [['institution', '事业收入', 30], ['other', '其他收入', 10]]]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 280], ['208', 40], ['210', 20]]);
    expect([t1.totals.incomeTotal!.amount, t1.totals.carryOverStart!.amount, t1.totals.expenditureGrandTotal!.amount]).to.deep.equal([340, null, 340]);
  });

  it('部门收入预算表: 一般公共预算, 事业收入 and 其他收入 typed, blanks null', async () => {
    const { doc, warned } = await budgetVariant('budget-yunnan-names');
    expect(doc.tables.t2!.total!.values).to.deep.equal({ total: 340, generalBudget: 300, institution: 30, other: 10 });
    expect(rowsOf(doc.tables.t2!.rows, ['total', 'institution', 'other'])).to.deep.equal([
      ['201', '一般公共服务支出', 280, 30, null],
      ['20138', '市场监督管理事务', 280, 30, null],
      ['2013801', '行政运行', 200, null, null],
      ['2013812', '药品事务', 80, 30, null],
      ['208', '社会保障和就业支出', 40, null, null],
      ['20805', '行政事业单位养老支出', 40, null, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 40, null, null],
      ['210', '卫生健康支出', 20, null, 10],
      ['21011', '行政事业单位医疗', 20, null, 10],
      ['2101101', '行政单位医疗', 20, null, 10],
    ]);
    expect(warned).to.deep.equal([]);
  });
});
