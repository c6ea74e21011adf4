// 公开05表 printed as "一般公共预算财政拨款收入支出决算表": by 功能分类, 年初结转和结余 | 本年收入 |
// 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, the 表8 shape for the 一般公共预算 (the
// template of provinces whose 决算 lists it fifth). Before, its title's 财政拨款收入支出 made it 表4:
// its 功能 rows became income lines ("205教育支出") and every amount but one column was set aside.
// Now it is 表5 with its balances (`carryOverStart`, `income`, `carryOverEnd`) beside 支出, and
// 表4 beside it is still 表4. Where a document prints it and the plain 一般公共预算财政拨款支出决算表
// both, the plain one is 表5 and this one is kept as printed. Synthetic texts:
// tests/fixtures/variants/final-general-budget-income-expenditure.txt, …-both-tables.txt.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';
import { rowsOf } from './budget-variants-helpers.js';

const keys = ['carryOverStart', 'income', 'total', 'basic', 'project', 'carryOverEnd'];

describe('parse 决算 一般公共预算财政拨款收入支出决算表', () => {
  it('reads it as 表5 with its balances, cell for cell, and 表4 beside it as 表4', async () => {
    const { doc, warned, faults } = await finalVariant('final-general-budget-income-expenditure');
    const t5 = doc.tables.t5!;
    expect(t5.code).to.equal('公开05表');
    expect(keys.map((k) => t5.total!.values[k as 'total'])).to.deep.equal([12, 860, 850, 790, 60, 22]);
    expect(rowsOf(t5.rows, keys)).to.deep.equal([
      ['205', '教育支出', 12, 730, 720, 660, 60, 22],
      ['20502', '普通教育', 12, 730, 720, 660, 60, 22],
      ['2050202', '小学教育', 12, 450, 440, 400, 40, 22],
      ['2050203', '初中教育', null, 280, 280, 260, 20, null],
      ['208', '社会保障和就业支出', null, 90, 90, 90, null, null],
      ['20805', '行政事业单位养老支出', null, 90, 90, 90, null, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', null, 90, 90, 90, null, null],
      ['221', '住房保障支出', null, 40, 40, 40, null, null],
      ['22102', '住房改革支出', null, 40, 40, 40, null, null],
      ['2210201', '住房公积金', null, 40, 40, 40, null, null],
    ]);
    const t4 = doc.tables.t4!;
    expect(t4.code).to.equal('公开04表');
    expect(t4.income.map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 1, 860],
      ['governmentFund', 2, null],
      ['stateCapital', 3, null],
    ]);
    expect(t4.expenditure.map((l) => [l.code, l.amounts.total, l.amounts.generalBudget])).to.deep.equal([
      ['205', 720, 720],
      ['208', 90, 90],
      ['221', 40, 40],
    ]);
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('leaves 表5 to the plain 支出决算表 where both are printed, the other kept as printed', async () => {
    const { doc, warned, faults } = await finalVariant('final-general-budget-both-tables');
    const t5 = doc.tables.t5!;
    expect(t5.title).to.equal('六、一般公共预算财政拨款支出决算表');
    expect(rowsOf(t5.rows, ['total', 'basic', 'project']).slice(0, 4)).to.deep.equal([
      ['205', '教育支出', 720, 660, 60],
      ['20502', '普通教育', 720, 660, 60],
      ['2050202', '小学教育', 440, 400, 40],
      ['2050203', '初中教育', 280, 260, 20],
    ]);
    const kept = (doc.otherTables ?? []).map((o) => [o.title, o.rows.length, o.rows[0]!.values]);
    expect(kept).to.deep.equal([['五、一般公共预算财政拨款收入支出决算表', 11, [12, 860, 850, 790, 60, 22]]]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
