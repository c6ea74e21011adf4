// 公开04表 财政拨款收入支出决算总表 (湖北 layout): income 项目 | 行次 | 金额, expenditure 项目 |
// 行次 | 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款 (group
// headers wrapped over two lines), 年初财政拨款结转和结余 split by source as three lines below it,
// 年末 by column. Synthetic text: tests/fixtures/variants/final-fiscal-summary-sources.txt.
import { expect } from '@open-wc/testing';
import { finalVariant, lineOf } from './final-variants-helpers.js';

const by = (a: { total?: number | null; generalBudget?: number | null; governmentFund?: number | null; stateCapital?: number | null } | undefined) =>
  a && [a.total ?? null, a.generalBudget ?? null, a.governmentFund ?? null, a.stateCapital ?? null];

describe('parse 决算 公开04表: three fiscal sources in column groups', () => {
  it('reads income by source and each 类 by source, 行次 kept apart from amounts', async () => {
    const { doc, warned, faults } = await finalVariant('final-fiscal-summary-sources');
    const t4 = doc.tables.t4!;
    expect(t4.income.map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 1, 1330.4],
      ['governmentFund', 2, 80],
      ['stateCapital', 3, null],
    ]);
    expect(t4.expenditure).to.have.length(26);
    const printed = t4.expenditure.filter((l) => l.amounts.total !== null).map((l) => [l.code, l.line, ...by(l.amounts)!]);
    expect(printed).to.deep.equal([
      ['201', 33, 20, 20, null, null],
      ['208', 40, 160.2, 160.2, null, null],
      ['210', 41, 70.1, 70.1, null, null],
      ['212', 43, 75, null, 75, null],
      ['220', 50, 1100.3, 1100.3, null, null],
      ['221', 51, 60.4, 60.4, null, null],
    ]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('reads the footer: 年初 by source as lines, 年末 and 总计 by column', async () => {
    const { doc } = await finalVariant('final-fiscal-summary-sources');
    const totals = doc.tables.t4!.totals;
    expect(lineOf(totals.incomeTotal)).to.deep.equal(['本年收入合计', 27, 1410.4]);
    expect(by(totals.expenditureTotal?.amounts)).to.deep.equal([1486, 1411, 75, null]);
    expect(lineOf(totals.carryOverStart)).to.deep.equal(['年初财政拨款结转和结余', 28, 90]);
    expect(totals.carryOverStartBySource!.map((l) => [l.kind, l.line, l.amount])).to.deep.equal([
      ['generalBudget', 29, 90],
      ['governmentFund', 30, null],
      ['stateCapital', 31, null],
    ]);
    expect([totals.carryOverEnd?.line, ...by(totals.carryOverEnd?.amounts)!]).to.deep.equal([60, 14.4, 9.4, 5, null]);
    expect(lineOf(totals.incomeGrandTotal)).to.deep.equal(['总计', 32, 1500.4]);
    expect([totals.expenditureGrandTotal?.line, ...by(totals.expenditureGrandTotal?.amounts)!]).to.deep.equal([64, 1500.4, 1420.4, 80, null]);
  });
});

// The same 公开04表 without the 国有资本经营预算财政拨款 column (older and county templates print
// only 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款): no stateCapital amount is invented.
// Synthetic text: tests/fixtures/variants/final-fiscal-summary-two-sources.txt.
describe('parse 决算 公开04表 with two source columns', () => {
  it('reads 合计 | 一般公共预算 | 政府性基金 and leaves 国有资本经营 out', async () => {
    const { doc, warned, faults } = await finalVariant('final-fiscal-summary-two-sources');
    const t4 = doc.tables.t4!;
    const printed = t4.expenditure.filter((l) => l.amounts.total !== null).map((l) => [l.code, l.amounts]);
    expect(printed).to.deep.equal([
      ['201', { total: 20, generalBudget: 20, governmentFund: null }],
      ['208', { total: 160.2, generalBudget: 160.2, governmentFund: null }],
      ['210', { total: 70.1, generalBudget: 70.1, governmentFund: null }],
      ['212', { total: 75, generalBudget: null, governmentFund: 75 }],
      ['220', { total: 1100.3, generalBudget: 1100.3, governmentFund: null }],
      ['221', { total: 60.4, generalBudget: 60.4, governmentFund: null }],
    ]);
    expect(t4.totals.carryOverEnd!.amounts).to.deep.equal({ total: 14.4, generalBudget: 9.4, governmentFund: 5 });
    expect(t4.totals.expenditureGrandTotal!.amounts).to.deep.equal({ total: 1500.4, generalBudget: 1420.4, governmentFund: 80 });
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
