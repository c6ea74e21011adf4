// A 部门预算 whose table numbers sit at the far right of the title line ("XX局2024年部门收支总表
// … 表1", "部门支出总表 … 表3"; the department's name and the year inside the title), with the
// unit stated three ways: "单位:万元" with an ASCII colon, only in a header cell ("金额（万元）",
// no 单位 line), and "金额单位：元" at the right of the 三公 title line. Amounts with thousands
// separators. Before, neither 表1 nor 表3 was found (a title line ending in "表1" is no title)
// and a unit printed only in the header warned unit-unknown. Synthetic text:
// tests/fixtures/variants/budget-title-labels-right.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 with the table number right of the title', () => {
  it('收支总表 "XX局2024年部门收支总表 表1": found, 单位:万元, separators read', async () => {
    const { doc, faults } = await budgetVariant('budget-title-labels-right');
    expect([doc.meta.kind, doc.meta.year, doc.meta.department]).to.deep.equal(['budget', 2024, '河北省测试市市场监督管理局']);
    const t1 = doc.tables.t1!;
    expect(t1.unit).to.equal('万元');
    expect(t1.income.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 1250],
      ['governmentFund', 300],
      ['stateCapital', null],
      ['institution', 50],
    ]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 1020], ['208', 180], ['212', 300], ['221', 100]]);
    expect([t1.totals.incomeTotal!.amount, t1.totals.expenditureTotal!.amount, t1.totals.carryOverStart!.amount, t1.totals.incomeGrandTotal!.amount]).to.deep.equal([1600, 1600, null, 1600]);
    expect(faults).to.deep.equal([]);
  });

  it('部门支出总表 "… 表3" with its unit only in the header cell 金额（万元）', async () => {
    const { doc, warned } = await budgetVariant('budget-title-labels-right');
    const t3 = doc.tables.t3!;
    expect(t3.unit).to.equal('万元');
    const keys = ['total', 'basic', 'project'];
    expect(keys.map((k) => t3.total!.values[k as 'total'])).to.deep.equal([1600, 1100, 500]);
    expect(rowsOf(t3.rows, keys)).to.deep.equal([
      ['201', '一般公共服务支出', 1020, 820, 200],
      ['20138', '市场监督管理事务', 1020, 820, 200],
      ['2013801', '行政运行', 820, 820, null],
      ['2013816', '食品安全监管', 200, null, 200],
      ['208', '社会保障和就业支出', 180, 180, null],
      ['20805', '行政事业单位养老支出', 180, 180, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 180, 180, null],
      ['212', '城乡社区支出', 300, null, 300],
      ['21208', '国有土地使用权出让收入安排的支出', 300, null, 300],
      ['2120899', '其他国有土地使用权出让收入安排的支出', 300, null, 300],
      ['221', '住房保障支出', 100, 100, null],
      ['22102', '住房改革支出', 100, 100, null],
      ['2210201', '住房公积金', 100, 100, null],
    ]);
    expect(warned).to.deep.equal([]);
  });

  it('"三公" with 金额单位：元 right of its title and 表7 on the 部门 line', async () => {
    const { doc } = await budgetVariant('budget-title-labels-right');
    const t7 = doc.tables.t7!;
    expect(t7.unit).to.equal('元');
    const b = t7.budget!;
    expect([b.total, b.abroad, b.vehicles, b.vehiclePurchase, b.vehicleOperation, b.reception]).to.deep.equal([180000, null, 150000, null, 150000, 30000]);
  });
});
