// Kind: 收支总表 and 财政拨款收支总表 whose sides print last year beside this year (上年预算数 |
// 本年预算数 | 增减, or 2025年预算数 | 2026年预算数). Each line's amount is this year's; before, the
// first amount column that was not a part was taken, i.e. last year's (every amount wrong, no
// warning), and this year's was kept as printed. Last year's and 增减 are kept as printed now.
// Synthetic text: tests/fixtures/variants/budget-summary-prior-year.txt; expected cells by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

const amountsOf = (totals: object) => Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, (v as { amount?: number | null; amounts?: object }).amount ?? (v as { amounts?: object }).amounts ?? null]));

describe('parse 部门预算 收支总表 with last year beside this year', () => {
  it('部门收支总表: 本年预算数 is each line\'s amount; 上年预算数 and 增减 kept as printed', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-summary-prior-year');
    const t1 = doc.tables.t1!;
    expect(t1.income.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 865.5],
      ['governmentFund', 120],
      ['institution', 41],
      ['other', null],
    ]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([
      ['201', 742.5],
      ['205', 12],
      ['208', 102],
      ['212', 170],
    ]);
    expect(amountsOf(t1.totals)).to.deep.equal({
      incomeTotal: 1026.5,
      expenditureTotal: 1026.5,
      carryOverStart: null,
      carryOverEnd: null,
      incomeGrandTotal: 1026.5,
      expenditureGrandTotal: 1026.5,
    });
    const kept = doc.otherTables!.find((t) => t.of === 't1')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['收入/上年预算数', '收入/增减', '支出/上年预算数', '支出/增减']);
    expect(kept.rows.find((r) => r.name === '三、事业收入')!.values).to.deep.equal([52, -11, null, null]);
    expect(kept.rows.find((r) => r.name === '二、教育支出')!.values).to.deep.equal([null, null, null, 12]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('财政拨款收支总表: the 2026年预算数 column, not 2025年预算数', async () => {
    const { doc } = await budgetVariant('budget-summary-prior-year');
    const t4 = doc.tables.t4!;
    expect(t4.income.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 865.5],
      ['governmentFund', 120],
      ['stateCapital', null],
    ]);
    expect(t4.expenditure.map((l) => [l.code, l.amounts])).to.deep.equal([
      ['201', { total: 712.5 }],
      ['205', { total: 12 }],
      ['208', { total: 91 }],
      ['212', { total: 170 }],
    ]);
    expect(t4.totals.incomeGrandTotal!.amount).to.equal(985.5);
    expect(t4.totals.expenditureGrandTotal!.amounts).to.deep.equal({ total: 985.5 });
    const kept = doc.otherTables!.find((t) => t.of === 't4')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['收入/2025年预算数', '支出/2025年预算数']);
  });
});
