import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/table1 (R01–R05)', () => {
  it('R01 passes when 本年收入合计 is the sum of the income rows', () => {
    expect(findingsOf(cleanDocument(), 'R01')).to.deep.equal([]);
  });
  it('R01 reports a 本年收入合计 that is not the sum of the income rows', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t1.totals.incomeTotal.amount = 111)), 'R01');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('table1-income-total');
    expect(f!.severity).to.equal('error');
    expect(f!.expected).to.equal(110);
    expect(f!.actual).to.equal(111);
    expect(f!.difference).to.equal(1);
    expect(cellKeys(f)).to.deep.equal(['t1:27/amount', 't1:1/amount', 't1:4/amount']);
    expect(f!.cells[0]!.line).to.equal(127);
    expect(f!.message['zh-CN']).to.equal('公开01表 本年收入合计 = 111.00，但各项收入合计为 110.00');
  });
  it('R01 treats blank income rows as 0 but skips a blank total', () => {
    expect(findingsOf(edit((d) => (d.tables.t1.totals.incomeTotal.amount = null)), 'R01')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t1.income[3].amount = null)), 'R01');
    expect(f!.expected).to.equal(100);
  });
  it('R01 calls a gap of 0.03 over two terms rounding', () => {
    const [f] = findingsOf(edit((d) => (d.tables.t1.totals.incomeTotal.amount = 110.03)), 'R01');
    expect(f!.severity).to.equal('rounding');
  });
  it('R02 adds up only the 类 rows when 款/项 lines without a code are listed under them', () => {
    // 深圳大鹏 2026 表1: "一、社会保障和就业支出 281.48" then "行政事业单位养老支出 281.48" …
    const nested = (other: number) =>
      edit((d) => {
        d.tables.t1.expenditure.splice(1, 0, { name: '人大事务', line: 321, amount: 70 });
        d.tables.t1.expenditure.push({ name: '上缴上级支出', line: 340, amount: other });
        d.tables.t1.totals.expenditureTotal.amount = 110 + other;
      });
    expect(findingsOf(nested(0), 'R02')).to.deep.equal([]);
    // 上缴上级支出 is no 功能分类 line: still a term.
    expect(findingsOf(nested(5), 'R02')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => {
      d.tables.t1.expenditure.splice(1, 0, { name: '人大事务', line: 321, amount: 70 });
      d.tables.t1.totals.expenditureTotal.amount = 120;
    }), 'R02');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 110, 120]);
  });
  it('R02 reports a 本年支出合计 that is not the sum of the 类 rows', () => {
    expect(findingsOf(cleanDocument(), 'R02')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t1.expenditure[2].amount = 41)), 'R02');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([111, 110]);
    expect(cellKeys(f)).to.deep.equal(['t1:58/amount', 't1:32/amount', 't1:39/amount']);
  });
  it('R03 reports an income 总计 that is not 本年收入 + 结余 + 年初结转', () => {
    expect(findingsOf(cleanDocument(), 'R03')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t1.totals.carryOverStart.amount = 6)), 'R03');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([116, 115]);
    expect(cellKeys(f)).to.deep.equal(['t1:31/amount', 't1:27/amount', 't1:29/amount']);
  });
  it('R04 reports an expenditure 总计 that is not 本年支出 + 结余分配 + 年末结转', () => {
    expect(findingsOf(cleanDocument(), 'R04')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t1.totals.balanceDistribution.amount = 0.04)), 'R04');
    expect(f!.severity).to.equal('rounding');
    expect([f!.expected, f!.actual]).to.deep.equal([115.04, 115]);
    expect(cellKeys(f)).to.deep.equal(['t1:62/amount', 't1:58/amount', 't1:59/amount', 't1:60/amount']);
  });
  it('R03/R04 add up the rows when the 本年收入合计 / 本年支出合计 line is missing (never 0)', () => {
    expect(findingsOf(edit((d) => delete d.tables.t1.totals.incomeTotal), 'R03')).to.deep.equal([]);
    expect(findingsOf(edit((d) => delete d.tables.t1.totals.expenditureTotal), 'R04')).to.deep.equal([]);
    const [f] = findingsOf(
      edit((d) => {
        delete d.tables.t1.totals.incomeTotal;
        d.tables.t1.totals.carryOverStart.amount = 6;
      }),
      'R03',
    );
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 116, 115]);
    expect(cellKeys(f)[0]).to.equal('t1:31/amount');
  });
  it('R05 reports two 总计 that differ', () => {
    expect(findingsOf(cleanDocument(), 'R05')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t1.totals.expenditureGrandTotal.amount = 120)), 'R05');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([115, 120]);
    expect(cellKeys(f)).to.deep.equal(['t1:62/amount', 't1:31/amount']);
  });
});
