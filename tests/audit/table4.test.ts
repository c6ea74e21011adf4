import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/table4 (R11)', () => {
  it('passes when 表4 adds up and matches 表1 rows 1–3', () => {
    expect(findingsOf(cleanDocument(), 'R11')).to.deep.equal([]);
  });
  it('reports a line whose 合计 is not the sum of its sources', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t4.expenditure[0].amounts.generalBudget = 59)), 'R11');
    // The line itself, and 本年支出合计's 一般公共预算 column against the 类 rows.
    expect(rest).to.have.length(1);
    expect(f!.name).to.equal('table4-totals');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([59, 60]);
    expect(cellKeys(f)).to.deep.equal(['t4:33/total', 't4:33/generalBudget']);
    expect(cellKeys(rest[0])).to.deep.equal(['t4:59/generalBudget', 't4:33/generalBudget', 't4:40/generalBudget']);
  });
  it('reports a fiscal income row that differs from 表1', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t1.income[0].amount = 99)), 'R11');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 99, 100]);
    expect(cellKeys(f)).to.deep.equal(['t4:1/amount', 't1:1/amount']);
  });
  it('reports a 总计 that is not 本年合计 + 结转结余', () => {
    const [f] = findingsOf(edit((d) => (d.tables.t4.totals.incomeGrandTotal.amount = 100.04)), 'R11');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['rounding', 100, 100.04]);
    expect(cellKeys(f)).to.deep.equal(['t4:32/amount', 't4:27/amount']);
  });
  // 重庆水利 2026: 表1 "一般公共预算资金 128,148.56" with no 上年结转 line; 表4 本年收入 118,773.55 + 上年结转 9,375.01.
  const folded = (t1Amount: number) =>
    edit((d) => {
      delete d.tables.t1.totals.carryOverStart;
      d.tables.t1.income[0].amount = t1Amount;
      d.tables.t4.totals.carryOverStart = { name: '上年结转', line: 28, amount: 9375.01 };
      d.tables.t4.totals.carryOverStartBySource = [{ name: '一般公共预算拨款', line: 29, amount: 9375.01, kind: 'generalBudget' }];
      d.tables.t4.income[0].amount = 118773.55;
    });
  it('holds a 表1 that folds 上年结转 into its source lines against 表4 本年收入 + 上年结转 of that source', () => {
    expect(findingsOf(folded(128148.56), 'R11').filter((f) => cellKeys(f).includes('t1:1/amount'))).to.deep.equal([]);
    const [f, ...rest] = findingsOf(folded(128000), 'R11').filter((x) => cellKeys(x).includes('t1:1/amount'));
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 128000, 128148.56]);
    expect(cellKeys(f)).to.deep.equal(['t4:1/amount', 't4:29/amount', 't1:1/amount']);
  });
  // 深圳大鹏 2026 表6: 款/项 lines printed by name under each 类 carry no code.
  const withSubLines = (amount208: number) =>
    edit((d) => {
      d.tables.t4.expenditure.splice(2, 0, { name: '行政事业单位养老支出', line: 41, amounts: { total: 40, generalBudget: 40, governmentFund: null, stateCapital: null } });
      d.tables.t4.expenditure[1].amounts.total = amount208;
      d.tables.t4.expenditure[1].amounts.generalBudget = amount208;
    });
  it('adds up only the 类 rows when 款/项 lines without a code are listed under them', () => {
    expect(findingsOf(withSubLines(40), 'R11')).to.deep.equal([]);
    const found = findingsOf(withSubLines(30), 'R11').filter((f) => cellKeys(f)[0] === 't4:59/total');
    expect(found).to.have.length(1);
    expect([found[0]!.severity, found[0]!.expected, found[0]!.actual]).to.deep.equal(['error', 90, 100]);
    expect(cellKeys(found[0])).to.deep.equal(['t4:59/total', 't4:33/total', 't4:40/total']);
  });
  // 深圳大鹏 2026 表4 with its 本年收入合计 line lost at a page break (tests/parse/perturbed-real.test.ts):
  // the 总计 is checked against the income rows + 年初结转, never against 0 + 年初结转.
  it('checks 总计 against the rows when the 本年收入合计 or 本年支出合计 line is missing', () => {
    expect(findingsOf(edit((d) => delete d.tables.t4.totals.incomeTotal), 'R11')).to.deep.equal([]);
    expect(findingsOf(edit((d) => delete d.tables.t4.totals.expenditureTotal), 'R11')).to.deep.equal([]);
    const [f, ...rest] = findingsOf(
      edit((d) => {
        delete d.tables.t4.totals.incomeTotal;
        d.tables.t4.income[0].amount = 90;
      }),
      'R11',
    ).filter((x) => cellKeys(x)[0] === 't4:32/amount');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected]).to.deep.equal(['error', 90]);
    expect(cellKeys(f)).to.deep.equal(['t4:32/amount', 't4:1/amount']);
  });
});
