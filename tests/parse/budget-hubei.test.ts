// A 湖北 (武汉) 部门预算 numbered by part: 表1-4, 表1-7 at the right above each title. The label of
// the next table, printed at the foot of the region before its title, is furniture, never an
// expenditure line of the table above (it read as a 表1-7 line of 财政拨款收支总表 before).
// 财政拨款收支总表 with 合计 | 一般公共预算 | 政府性基金预算 on the expenditure side; "三公" with the
// years as rows (2025年预算数, 2026年预算数, 增减额: their difference, one year blank). Synthetic text:
// tests/fixtures/variants/budget-hubei-fiscal.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

describe('parse 部门预算 湖北 layout (表1-N)', () => {
  it('财政拨款收支总表: 类 lines by fund; the next table\'s 表1-7 label is no line', async () => {
    const { doc, faults } = await budgetVariant('budget-hubei-fiscal');
    const t4 = doc.tables.t4!;
    expect(t4.income.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 650],
      ['governmentFund', 200],
      ['stateCapital', null],
    ]);
    expect(t4.expenditure.map((l) => [l.code, l.amounts.total, l.amounts.generalBudget, l.amounts.governmentFund])).to.deep.equal([
      ['201', 450, 450, null],
      ['212', 300, 100, 200],
      ['221', 100, 100, null],
    ]);
    expect(t4.totals.expenditureGrandTotal!.amounts).to.deep.equal({ total: 850, generalBudget: 650, governmentFund: 200 });
    expect(t4.totals.carryOverStart!.amount).to.equal(null);
    expect(faults).to.deep.equal([]);
  });

  it('"三公" by year rows: 2026 the budget, 2025 the previous; the 增减额 row their difference', async () => {
    const { doc, warned } = await budgetVariant('budget-hubei-fiscal');
    const keys = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
    const t7 = doc.tables.t7!;
    expect(keys.map((k) => t7.budget![k])).to.deep.equal([36, null, 30, null, 30, 6]);
    expect(keys.map((k) => t7.previousBudget![k])).to.deep.equal([48, 10, 30, null, 30, 8]);
    // 增减额 prints 2026 less 2025 in every column, a blank year counted as nothing (因公出国
    // -10.00 against a blank 2026): derived, so read (before, it was taken for unread data).
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
  });
});
