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
});
