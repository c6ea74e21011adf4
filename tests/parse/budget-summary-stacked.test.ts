// Kind: 收支总表 and 财政拨款收支总表 printed with the 支出 side under the 收入 side (one name
// column, one set of amount columns), the expenditure part opened by a letter-spaced "支 出"
// heading or starting right after 收入总计 with 本年支出. Before, every expenditure line was read
// as income and 支出总计 was lost (its slot taken by 收入总计), with no warning. Synthetic text:
// tests/fixtures/variants/budget-summary-stacked.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

describe('parse 部门预算 收支总表 with the sides stacked', () => {
  it('部门收支总表: income lines above the "支 出" heading, 类 lines below it, each total in its slot', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-summary-stacked');
    const t1 = doc.tables.t1!;
    expect(t1.income.map((l) => [l.kind ?? null, l.name, l.amount])).to.deep.equal([
      ['generalBudget', '一般公共预算拨款收入', 1180],
      ['governmentFund', '政府性基金预算拨款收入', 240],
      ['stateCapital', '国有资本经营预算拨款收入', null],
      [null, '单位资金收入', 80],
    ]);
    expect(t1.expenditure.map((l) => [l.code, l.name, l.amount])).to.deep.equal([
      ['201', '一般公共服务支出', 920],
      ['208', '社会保障和就业支出', 160],
      ['212', '城乡社区支出', 280],
      ['221', '住房保障支出', 200],
    ]);
    const totals = Object.fromEntries(Object.entries(t1.totals).map(([k, v]) => [k, (v as { amount: number | null }).amount]));
    expect(totals).to.deep.equal({
      incomeTotal: 1500,
      carryOverStart: 60,
      incomeGrandTotal: 1560,
      expenditureTotal: 1560,
      carryOverEnd: null,
      expenditureGrandTotal: 1560,
    });
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('财政拨款收支总表: 本年支出 after 收入总计 opens the expenditure side; 类 lines by fund', async () => {
    const { doc } = await budgetVariant('budget-summary-stacked');
    const t4 = doc.tables.t4!;
    expect(t4.income.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 1180],
      ['governmentFund', 240],
      ['stateCapital', null],
    ]);
    expect(t4.expenditure.map((l) => [l.code, l.amounts.total, l.amounts.generalBudget, l.amounts.governmentFund])).to.deep.equal([
      ['201', 840, 840, null],
      ['208', 160, 160, null],
      ['212', 280, 40, 240],
      ['221', 200, 200, null],
    ]);
    expect(t4.totals.incomeGrandTotal!.amount).to.equal(1480);
    expect(t4.totals.expenditureTotal!.amounts).to.deep.equal({ total: 1480, generalBudget: 1240, governmentFund: 240 });
    expect(t4.totals.expenditureGrandTotal!.amounts).to.deep.equal({ total: 1480, generalBudget: 1240, governmentFund: 240 });
  });
});
