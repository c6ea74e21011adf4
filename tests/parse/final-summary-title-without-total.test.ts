// 表1 titled "一、收入支出决算表" (no 总, no 表N label: the template of provinces that number their
// 决算表 一、二、三、 under "第二部分 2023年度部门决算表"). Before, a title naming 收入 and 支出
// without 总表 scored as 支出决算表: 表1 became 表3 (its lines code-missing, its sides kept as
// printed) and the real 三、支出决算表 was set aside. Synthetic text:
// tests/fixtures/variants/final-summary-title-without-total.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { finalVariant, lineOf } from './final-variants-helpers.js';
import { rowsOf } from './budget-variants-helpers.js';

describe('parse 决算 表1 titled 收入支出决算表', () => {
  it('reads it as 表1, and 三、支出决算表 as 表3', async () => {
    const { doc, warned, faults } = await finalVariant('final-summary-title-without-total');
    const t1 = doc.tables.t1!;
    expect(t1.title).to.equal('一、收入支出决算表');
    expect(t1.income.filter((l) => l.amount !== null).map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 1, 1032.6],
      ['institution', 5, 158.3],
      ['other', 8, 25.5],
    ]);
    expect(t1.expenditure.map((l) => [l.code, l.line, l.amount])).to.deep.equal([
      ['205', 31, 1041.9],
      ['208', 32, 112.6],
      ['210', 33, 46.2],
      ['221', 34, 58.7],
    ]);
    expect(lineOf(t1.totals.incomeGrandTotal)).to.deep.equal(['总计', 30, 1286.4]);
    expect(lineOf(t1.totals.expenditureGrandTotal)).to.deep.equal(['总计', 60, 1286.4]);
    const t3 = doc.tables.t3!;
    expect(t3.title).to.equal('三、支出决算表');
    expect(rowsOf(t3.rows, ['total', 'basic', 'project']).slice(0, 2)).to.deep.equal([
      ['205', '教育支出', 1041.9, 921.9, 120],
      ['20502', '普通教育', 1041.9, 921.9, 120],
    ]);
    expect(doc.tables.t2!.title).to.equal('二、收入决算表');
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
