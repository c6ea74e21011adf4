// A 河北 (石家庄) 部门预算 in whole 元 with thousands separators: labels 公开表1 / 公开表6 / 公开表7
// above the title, 一般公共预算基本支出表 by 政府预算经济分类 (501/502/509, not 301/302/303) under
// 合计 | 人员经费 | 公用经费, and the "三公" table as one row by 单位名称 with 公务用车 over 小计 |
// 购置费 | 运行维护费. Synthetic text: tests/fixtures/variants/budget-hebei-yuan.txt; expected
// cells stated by hand. It read right when written: the test guards the kind.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

describe('parse 部门预算 河北 layout (元, 政府预算经济分类)', () => {
  it('收支总表 in 元: 0.00 kept as 0, not blank', async () => {
    const { doc } = await budgetVariant('budget-hebei-yuan');
    const t1 = doc.tables.t1!;
    expect(t1.unit).to.equal('元');
    expect(t1.income.map((l) => l.amount)).to.deep.equal([4800000, 0, 0, 0, 0]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 3800000], ['208', 600000], ['221', 400000]]);
    expect(t1.totals.carryOverStart!.amount).to.equal(0);
  });

  it('基本支出表 by 政府预算经济分类: 501/509 人员经费, 502 公用经费, totals', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-hebei-yuan');
    const t6 = doc.tables.t6!;
    expect(t6.unit).to.equal('元');
    expect(t6.rows.map((r) => [r.code, r.amount, r.personnel, r.public])).to.deep.equal([
      ['501', 3500000, 3500000, null],
      ['50101', 2400000, 2400000, null],
      ['50102', 700000, 700000, null],
      ['50103', 400000, 400000, null],
      ['502', 700000, null, 700000],
      ['50201', 500000, null, 500000],
      ['50206', 50000, null, 50000],
      ['50208', 150000, null, 150000],
      ['509', 600000, 600000, null],
      ['50905', 600000, 600000, null],
    ]);
    expect([t6.totals.total!.amount, t6.totals.personnel!.amount, t6.totals.public!.amount]).to.deep.equal([4800000, 4100000, 700000]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('"三公" as one row by unit: blank 因公出国 and 购置费 stay null', async () => {
    const { doc } = await budgetVariant('budget-hebei-yuan');
    const b = doc.tables.t7!.budget!;
    expect([b.total, b.abroad, b.vehicles, b.vehiclePurchase, b.vehicleOperation, b.reception]).to.deep.equal([200000, null, 150000, null, 150000, 50000]);
  });
});
