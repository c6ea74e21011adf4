// 公开01表 收入支出决算总表 printed 项目 | 行次 | 金额 on both sides (浙江 layout; pdftotext
// -layout text aligned by display width): the 行次 1…30 and 31…60 are line numbers, never
// amounts, also on the lines (9–26) that print a 行次 and no amount. Synthetic text:
// tests/fixtures/variants/final-summary-line-numbers.txt; expected cells stated here.
import { expect } from '@open-wc/testing';
import { finalVariant, lineOf } from './final-variants-helpers.js';

describe('parse 决算 公开01表: 项目 | 行次 | 金额 on both sides', () => {
  it('reads each income and 类 line with its 行次 and amount, blank amounts null', async () => {
    const { doc, warned, faults } = await finalVariant('final-summary-line-numbers');
    const t1 = doc.tables.t1!;
    expect(t1.code).to.equal('公开01表');
    expect(t1.income.map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 1, 1330.4],
      ['governmentFund', 2, null],
      ['stateCapital', 3, null],
      ['superiorSubsidy', 4, null],
      ['institution', 5, 120.5],
      ['operating', 6, null],
      ['affiliated', 7, null],
      ['other', 8, 9.1],
    ]);
    expect(t1.expenditure).to.have.length(26);
    const printed = t1.expenditure.filter((l) => l.amount !== null).map((l) => [l.code, l.line, l.amount]);
    expect(printed).to.deep.equal([
      ['201', 31, 20],
      ['208', 38, 160.2],
      ['210', 39, 70.1],
      ['213', 42, 1110.3],
      ['221', 49, 60.4],
    ]);
    expect(t1.expenditure[25]).to.include({ code: '234', line: 56, amount: null });
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('reads the footer: 本年收支合计, 使用非财政拨款结余 (blank), 结余分配, 年初/年末结转和结余, 总计', async () => {
    const { doc } = await finalVariant('final-summary-line-numbers');
    const totals = doc.tables.t1!.totals;
    expect(lineOf(totals.incomeTotal)).to.deep.equal(['本年收入合计', 27, 1460]);
    expect(lineOf(totals.expenditureTotal)).to.deep.equal(['本年支出合计', 57, 1421]);
    expect(lineOf(totals.nonFiscalBalanceUsed)).to.deep.equal(['使用非财政拨款结余', 28, null]);
    expect(lineOf(totals.balanceDistribution)).to.deep.equal(['结余分配', 58, 3]);
    expect(lineOf(totals.carryOverStart)).to.deep.equal(['年初结转和结余', 29, 100]);
    expect(lineOf(totals.carryOverEnd)).to.deep.equal(['年末结转和结余', 59, 136]);
    expect(lineOf(totals.incomeGrandTotal)).to.deep.equal(['总计', 30, 1560]);
    expect(lineOf(totals.expenditureGrandTotal)).to.deep.equal(['总计', 60, 1560]);
  });
});

// The same 表1 in whole 元 without separators ("91000", "1205000", "1000000"): a left amount
// printed before the right side's name is an amount, not that name's classification code
// (grid/panels.ts isCodeBefore). Synthetic text: tests/fixtures/variants/final-summary-whole-yuan.txt.
describe('parse 决算 公开01表 in whole 元: amounts before the right-hand names', () => {
  it('reads 事业收入, 其他收入 and 年初结转和结余 on the left, right names clean', async () => {
    const { doc, warned, faults } = await finalVariant('final-summary-whole-yuan');
    const t1 = doc.tables.t1!;
    expect(t1.unit).to.equal('元');
    expect(t1.income.filter((l) => l.amount !== null).map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 1, 13304000],
      ['institution', 5, 1205000],
      ['other', 8, 91000],
    ]);
    expect(t1.expenditure.filter((l) => l.amount !== null).map((l) => [l.code, l.name, l.line, l.amount])).to.deep.equal([
      ['201', '一般公共服务支出', 31, 200000],
      ['208', '社会保障和就业支出', 38, 1602000],
      ['210', '卫生健康支出', 39, 701000],
      ['213', '农林水支出', 42, 11103000],
      ['221', '住房保障支出', 49, 604000],
    ]);
    expect(lineOf(t1.totals.carryOverStart)).to.deep.equal(['年初结转和结余', 29, 1000000]);
    expect(lineOf(t1.totals.carryOverEnd)).to.deep.equal(['年末结转和结余', 59, 1360000]);
    expect(lineOf(t1.totals.balanceDistribution)).to.deep.equal(['结余分配', 58, 30000]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
