// A 部门预算 whose tables print every amount in full-width characters, thousands separator
// included ("１，２５０．００", each character two columns wide), right-aligned by display width.
// Before, "１，６００．００" became "1，600.00" (the full-width comma kept: number-unreadable)
// and each converted amount shrank to half its width, pulling the cells right of it out of
// their columns. Synthetic text: tests/fixtures/variants/budget-fullwidth-amounts.txt (the
// tables of budget-title-labels-right.txt printed full-width); expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 with full-width amounts', () => {
  it('收支总表: each side\'s amounts read whole, in their columns', async () => {
    const { doc, faults } = await budgetVariant('budget-fullwidth-amounts');
    const t1 = doc.tables.t1!;
    expect(t1.income.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 1250],
      ['governmentFund', 300],
      ['stateCapital', null],
      ['institution', 50],
    ]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 1020], ['208', 180], ['212', 300], ['221', 100]]);
    expect([t1.totals.incomeTotal!.amount, t1.totals.expenditureTotal!.amount, t1.totals.incomeGrandTotal!.amount, t1.totals.expenditureGrandTotal!.amount]).to.deep.equal([1600, 1600, 1600, 1600]);
    expect(faults).to.deep.equal([]);
  });

  it('部门支出总表 and "三公" (元): 合计 | 基本支出 | 项目支出 and the vehicle parts', async () => {
    const { doc, warned } = await budgetVariant('budget-fullwidth-amounts');
    const keys = ['total', 'basic', 'project'];
    const t3 = doc.tables.t3!;
    expect(keys.map((k) => t3.total!.values[k as 'total'])).to.deep.equal([1600, 1100, 500]);
    expect(rowsOf(t3.rows, keys).filter((r) => String(r[0]).length === 3)).to.deep.equal([
      ['201', '一般公共服务支出', 1020, 820, 200],
      ['208', '社会保障和就业支出', 180, 180, null],
      ['212', '城乡社区支出', 300, null, 300],
      ['221', '住房保障支出', 100, 100, null],
    ]);
    expect(rowsOf(t3.rows, keys).find((r) => r[0] === '2013816')).to.deep.equal(['2013816', '食品安全监管', 200, null, 200]);
    const b = doc.tables.t7!.budget!;
    expect([b.total, b.abroad, b.vehicles, b.vehiclePurchase, b.vehicleOperation, b.reception]).to.deep.equal([180000, null, 150000, null, 150000, 30000]);
    expect(warned).to.deep.equal([]);
  });
});
