import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/fiscal-income (R29)', () => {
  it('passes when 表1 and 表4 print the same fiscal sources', () => {
    expect(findingsOf(cleanDocument(), 'R29')).to.deep.equal([]);
  });
  it('reports a blank 表4 while 表1 shows 财政拨款 income', () => {
    const doc = edit((d) => {
      for (const line of d.tables.t4.income) line.amount = null;
      d.tables.t4.totals.incomeTotal.amount = null;
    });
    const [f, ...rest] = findingsOf(doc, 'R29');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.actual]).to.deep.equal(['fiscal-income-both-tables', 'error', 100]);
    expect(cellKeys(f)).to.deep.equal(['t1:1/amount']);
    expect(f!.message['zh-CN']).to.equal('公开01表“一般公共预算财政拨款收入”为 100.00，但公开04表是空表');
  });
  it('reports a source 表1 prints that 表4 leaves blank, and the reverse', () => {
    const [one] = findingsOf(edit((d) => (d.tables.t1.income[1].amount = 20)), 'R29');
    expect(cellKeys(one)).to.deep.equal(['t1:2/amount']);
    expect(one!.message['zh-CN']).to.equal('公开01表“政府性基金预算财政拨款收入”为 20.00，但公开04表没有这项收入或留空');
    const [four] = findingsOf(edit((d) => (d.tables.t4.income[2].amount = 7)), 'R29');
    expect(cellKeys(four)).to.deep.equal(['t4:3/amount']);
    expect([four!.severity, four!.actual]).to.deep.equal(['error', 7]);
  });
  it('compares an unsplit 财政拨款 row of 表1 with 表4 as a whole', () => {
    const unsplit = (amount: number) =>
      edit((d) => {
        d.tables.t1.income.splice(0, 3, { name: '财政拨款收入', line: 1, amount, kind: 'fiscal' });
      });
    expect(findingsOf(unsplit(100), 'R29')).to.deep.equal([]);
    const [f] = findingsOf(unsplit(90), 'R29');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 100, 90]);
  });
  // 深圳大鹏 2026 表4 prints 财政拨款 above its three sources; with 本年收入合计 missing the
  // sum was taken over all four lines (twice the income).
  it('adds up 表4 without its 财政拨款 subtotal line when 本年收入合计 is missing', () => {
    const doc = edit((d) => {
      d.tables.t1.income.splice(0, 3, { name: '财政拨款收入', line: 1, amount: 100, kind: 'fiscal' });
      d.tables.t4.income.unshift({ name: '财政拨款', line: 1, amount: 100, kind: 'fiscal' });
      delete d.tables.t4.totals.incomeTotal;
    });
    expect(findingsOf(doc, 'R29')).to.deep.equal([]);
  });
  it('takes 表4 上年结转 of a source as that source when 表1 folds carry-overs into its lines', () => {
    // 重庆水利 2026: 表1 政府性基金预算资金 44,134.59, all of it carried over (表4 本年收入 blank).
    const folded = (carried: number | null) =>
      edit((d) => {
        delete d.tables.t1.totals.carryOverStart;
        d.tables.t1.income[1].amount = 44134.59;
        d.tables.t4.totals.carryOverStartBySource = [
          { name: '一般公共预算拨款', line: 29, amount: 5, kind: 'generalBudget' },
          { name: '政府性基金预算拨款', line: 30, amount: carried, kind: 'governmentFund' },
        ];
      });
    expect(findingsOf(folded(44134.59), 'R29')).to.deep.equal([]);
    const [f, ...rest] = findingsOf(folded(null), 'R29');
    expect(rest).to.have.length(0);
    expect(cellKeys(f)).to.deep.equal(['t1:2/amount']);
  });
});
