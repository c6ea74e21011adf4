// A 天津 部门预算's 财政拨款收支总表 with all three funds: 合计 | 一般公共预算 | 政府性基金预算 |
// 国有资本经营预算 (the fund words wrapped over two lines), 上年结转 with its parts by fund, and a
// 国有资本经营预算支出表 with data. Synthetic text:
// tests/fixtures/variants/budget-tianjin-fiscal-carry.txt; expected cells stated by hand. It read
// right when written: the test guards the kind.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 天津 layout (财政拨款收支总表 with three funds)', () => {
  it('each 类 by fund; 上年结转 by fund, a blank part null', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-tianjin-fiscal-carry');
    const t4 = doc.tables.t4!;
    expect(t4.expenditure.map((l) => [l.code, l.amounts.total, l.amounts.generalBudget, l.amounts.governmentFund, l.amounts.stateCapital])).to.deep.equal([
      ['201', 700, 700, null, null],
      ['212', 160, null, 160, null],
      ['223', 50, null, null, 50],
      ['221', 110, 110, null, null],
    ]);
    expect(t4.totals.carryOverStart!.amount).to.equal(20);
    expect(t4.totals.carryOverStartBySource!.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 10],
      ['governmentFund', 10],
      ['stateCapital', null],
    ]);
    expect(t4.totals.expenditureTotal!.amounts).to.deep.equal({ total: 1020, generalBudget: 810, governmentFund: 160, stateCapital: 50 });
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('国有资本经营预算支出表 with data', async () => {
    const { doc } = await budgetVariant('budget-tianjin-fiscal-carry');
    expect(rowsOf(doc.tables.t9!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['223', '国有资本经营预算支出', 50, null, 50],
      ['22301', '解决历史遗留问题及改革成本支出', 50, null, 50],
      ['2230199', '其他解决历史遗留问题及改革成本支出', 50, null, 50],
    ]);
  });
});
