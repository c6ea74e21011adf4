import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

/** The clean document as a budget whose 表7 prints last year's budget too, and a text that compares with it. */
const budgetWithLastYear = (change: number, previousReception = 2) =>
  edit((d) => {
    d.meta.kind = 'budget';
    d.tables.t7.previousBudget = { total: 5, abroad: 1, vehicles: 2, vehiclePurchase: 0, vehicleOperation: 2, reception: previousReception };
    d.narrative.comparisons.push({ subject: 'other', label: '公务接待费', current: 3, change, direction: change < 0 ? 'decrease' : 'increase', source: { line: 600 } });
  });

describe('audit/rules R40 (三公 against last year) and R41 (one item, two amounts)', () => {
  it('pass the clean document', () => {
    for (const rule of ['R40', 'R41']) expect(findingsOf(cleanDocument(), rule), rule).to.deep.equal([]);
  });

  it('R40 passes when the stated change is this year’s budget − last year’s', () => {
    expect(findingsOf(budgetWithLastYear(1), 'R40')).to.deep.equal([]);
  });
  it('R40 reports a change that is not the difference of 表7’s two budgets', () => {
    const [f, ...rest] = findingsOf(budgetWithLastYear(-1), 'R40');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['three-public-versus-last-year', 'error', 1, -1]);
    expect(cellKeys(f)).to.deep.equal(['t7:budget/reception', 't7:previousBudget/reception']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[2].change']);
  });
  it('R40 says nothing for a final account, or when 表7’s last-year column does not add up (a misread column)', () => {
    const final = budgetWithLastYear(-1);
    final.meta.kind = 'final';
    expect(findingsOf(final, 'R40')).to.deep.equal([]);
    expect(findingsOf(budgetWithLastYear(-1, 9), 'R40')).to.deep.equal([]);
  });

  it('R41 passes the same item quoted twice with the same amount', () => {
    const doc = edit((d) => {
      d.narrative.comparisons.push({ subject: 'other', label: '2026年公务接待费预算', current: 3, change: 1, direction: 'increase' });
      d.narrative.comparisons.push({ subject: 'other', label: '公务接待费', current: 3.0, change: 1, direction: 'increase' });
    });
    expect(findingsOf(doc, 'R41')).to.deep.equal([]);
  });
  it('R41 warns of one item quoted with two different amounts', () => {
    const doc = edit((d) => {
      d.narrative.comparisons.push({ subject: 'other', label: '2026年公务接待费预算', current: 3, change: 1, direction: 'increase', source: { line: 600 } });
      d.narrative.comparisons.push({ subject: 'other', label: '本部门公务接待费', current: 4.2, change: 1, direction: 'increase', source: { line: 640 } });
    });
    const [f, ...rest] = findingsOf(doc, 'R41');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['narrative-item-two-amounts', 'warning', 3, 4.2]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[2].current', 'narrative.comparisons[3].current']);
    expect(f!.message['zh-CN']).to.equal('情况说明两处引用“2026年公务接待费预算”，金额不同：3.00 与 4.20');
  });
  it('R41 leaves figures with a subject to rule 18 (基本支出 may name two scopes)', () => {
    const doc = edit((d) => d.narrative.comparisons.push({ subject: 'basicExpenditure', label: '基本支出', current: 60, change: 1, direction: 'increase' }));
    expect(findingsOf(doc, 'R41')).to.deep.equal([]);
  });
});
