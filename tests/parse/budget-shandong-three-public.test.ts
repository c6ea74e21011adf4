// A 山东 (烟台) "三公" table with the items as rows under 2025年预算数 | 2026年预算数 | 增减额 |
// 增减率 and no year in its title. Before, both columns read as 预算 (the title gave no year to
// tell them apart), the 2025 column became the budget and the rest was dropped silently.
// Synthetic text: tests/fixtures/variants/budget-shandong-three-public-years.txt; expected cells
// stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

const KEYS = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

describe('parse 部门预算 "三公" items as rows under two year columns', () => {
  it('the later year is the budget, the earlier the previous; 增减额 and 增减率 kept', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-shandong-three-public-years');
    const t7 = doc.tables.t7!;
    expect(KEYS.map((k) => t7.budget![k])).to.deep.equal([24, null, 20, null, 20, 4]);
    expect(KEYS.map((k) => t7.previousBudget![k])).to.deep.equal([30, 6, 20, null, 20, 4]);
    const kept = doc.otherTables!.find((t) => t.of === 't7')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['增减额', '增减率']);
    expect(kept.rows[0]!.values).to.deep.equal([-6, -20]);
    expect(warned).to.deep.equal(['column-kept', 'column-kept']);
    expect(faults).to.deep.equal([]);
  });
});
