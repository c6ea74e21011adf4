import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/table4-balance (R32)', () => {
  it('passes a 表4 whose sides balance, overall and per source', () => {
    expect(findingsOf(cleanDocument(), 'R32')).to.deep.equal([]);
  });
  it('reports 支出总计 that is not 收入总计', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t4.totals.expenditureGrandTotal.amounts.total = 98)), 'R32');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['table4-balance', 'error', 100, 98]);
    expect(cellKeys(f)).to.deep.equal(['t4:64/total', 't4:32/amount']);
  });
  it('reports a source whose income and opening balance are not spent or carried over', () => {
    const doc = edit((d) => {
      d.tables.t4.totals.carryOverStartBySource = [{ name: '一般公共预算财政拨款', kind: 'generalBudget', amount: 8 }];
      d.tables.t4.totals.carryOverEnd = { name: '年末财政拨款结转和结余', line: 61, amounts: { total: 5, generalBudget: 5, governmentFund: null, stateCapital: null } };
    });
    const [f] = findingsOf(doc, 'R32');
    // 100 + 8 available, 100 + 5 used.
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 108, 105]);
    expect(cellKeys(f)).to.deep.equal(['t4:59/generalBudget', 't4:61/generalBudget', 't4:1/amount', 't4:carryOverStart.generalBudget/amount']);
  });
  it('notes a one-cent gap as rounding', () => {
    const [f] = findingsOf(edit((d) => (d.tables.t4.totals.expenditureGrandTotal.amounts.total = 100.01)), 'R32');
    expect(f!.severity).to.equal('rounding');
  });
});
