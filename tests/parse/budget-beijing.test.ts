// A 北京 部门预算 published as one PDF: 目录 of both parts, 第一部分 情况说明 (whose sentences cite
// "预算05表" in passing), 第二部分 报表 with 预算01表 / 预算05表 (over two pages, the title
// repeated) / 预算09表 (the "三公" header stacked over five lines, amounts several lines below).
// Synthetic text: tests/fixtures/variants/budget-beijing-notes-tables.txt; expected values by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 北京 layout (情况说明 and 报表 in one text)', () => {
  it('目录: both parts found in the body, the tables named by their entries', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-beijing-notes-tables');
    expect((doc.meta.contents ?? []).map((c) => c.table)).to.deep.equal(['t1', 't5', 't7']);
    expect((doc.meta.sections ?? []).filter((s) => !s.printed)).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('收支总表, and 一般公共预算支出表 continued on a page under its title again', async () => {
    const { doc } = await budgetVariant('budget-beijing-notes-tables');
    const t1 = doc.tables.t1!;
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 540], ['202', null], ['208', 50], ['221', 30]]);
    expect([t1.totals.carryOverStart!.amount, t1.totals.carryOverEnd!.amount, t1.totals.incomeGrandTotal!.amount]).to.deep.equal([20, null, 620]);
    expect(rowsOf(doc.tables.t5!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 540, 420, 120],
      ['20113', '商贸事务', 540, 420, 120],
      ['2011301', '行政运行', 420, 420, null],
      ['2011308', '招商引资', 120, null, 120],
      ['208', '社会保障和就业支出', 40, 40, null],
      ['20805', '行政事业单位养老支出', 40, 40, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 40, 40, null],
      ['221', '住房保障支出', 20, 20, null],
      ['22102', '住房改革支出', 20, 20, null],
      ['2210201', '住房公积金', 20, 20, null],
    ]);
  });

  it('"三公" under a stacked header: 因公出国 blank (null), 接待 and 车 in their columns', async () => {
    const { doc } = await budgetVariant('budget-beijing-notes-tables');
    const b = doc.tables.t7!.budget!;
    expect([b.total, b.abroad, b.vehicles, b.vehiclePurchase, b.vehicleOperation, b.reception]).to.deep.equal([12, null, 10, null, 10, 2]);
  });

  it('情况说明: shares of 支出预算, the "三公" change, and 因公出国（境）费 named whole', async () => {
    const { doc } = await budgetVariant('budget-beijing-notes-tables');
    const n = doc.narrative!;
    expect(n.shares!.map((s) => [s.label, s.total, s.parts.map((p) => [p.label, p.amount, p.percent])])).to.deep.equal([
      ['支出预算', 620, [['基本支出', 480, 77.42], ['项目支出', 140, 22.58]]],
    ]);
    expect(n.comparisons!.map((c) => [c.subject, c.current, c.change, c.direction])).to.deep.equal([['threePublic', 12, -3, 'decrease']]);
    // Before: the label stopped at the bracket ("费").
    expect(n.figures!.map((f) => [f.label, f.amount])).to.deep.equal([['因公出国（境）费', 0]]);
  });
});
