// A 山东 (济南) 部门预算: 一般公共预算基本支出表 as two (code, name, amount) groups side by side
// (人员经费 | 公用经费) with 人员经费合计 / 公用经费合计, and the "三公" table as one row of twelve
// amounts under 2025年预算数 | 2026年预算数, the title without a year. Before, both groups read
// as 预算 and the 2026 amounts were dropped as repeats: the budget was last year's, silently.
// Synthetic text: tests/fixtures/variants/budget-shandong-groups.txt; expected cells by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

const KEYS = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

describe('parse 部门预算 山东 layout (groups side by side)', () => {
  it('"三公" under two year groups: the later year is the budget, the earlier the previous', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-shandong-groups');
    const t7 = doc.tables.t7!;
    expect(KEYS.map((k) => t7.budget![k])).to.deep.equal([33, null, 30, null, 30, 3]);
    expect(KEYS.map((k) => t7.previousBudget![k])).to.deep.equal([40, 8, 28, null, 28, 4]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('基本支出表 in two groups: rows in code order, totals from the 合计 labels', async () => {
    const { doc } = await budgetVariant('budget-shandong-groups');
    const t6 = doc.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.amount])).to.deep.equal([
      ['301', 520], ['30101', 200], ['30102', 150], ['30108', 100], ['30113', 70],
      ['302', 95], ['30201', 30], ['30211', 20], ['30228', 15], ['30231', 30],
      ['303', 40], ['30302', 40], ['310', 5], ['31002', 5],
    ]);
    expect([t6.totals.personnel!.amount, t6.totals.public!.amount]).to.deep.equal([560, 100]);
  });
});
