import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/three-public (R15, R16)', () => {
  it('R15 passes when 预算 and 决算 add up', () => {
    expect(findingsOf(cleanDocument(), 'R15')).to.deep.equal([]);
  });
  it('R15 reports a 合计 that is not the sum of the three kinds, for 预算 and 决算 separately', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t7.budget.total = 7)), 'R15');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('table7-sums');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 6, 7]);
    expect(cellKeys(f)).to.deep.equal(['t7:budget/total', 't7:budget/abroad', 't7:budget/vehicles', 't7:budget/reception']);
  });
  it('R15 reports a vehicles subtotal that is not 购置 + 运行', () => {
    const [f] = findingsOf(edit((d) => (d.tables.t7.final.vehiclePurchase = 1)), 'R15');
    expect([f!.expected, f!.actual]).to.deep.equal([3, 2]);
    expect(cellKeys(f)).to.deep.equal(['t7:final/vehicles', 't7:final/vehiclePurchase', 't7:final/vehicleOperation']);
    expect(f!.cells[0]!.line).to.equal(378);
  });
  it('R16 is silent when 表7 决算 exceeds the 表6 line (project money counts too)', () => {
    expect(findingsOf(cleanDocument(), 'R16')).to.deep.equal([]);
    expect(findingsOf(edit((d) => (d.tables.t6.rows[5].amount = 1.46)), 'R16')).to.deep.equal([]);
  });
  it('R16 warns when 表7 决算 is below the 表6 basic-spending line', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t7.final.reception = 2.5)), 'R16');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('table7-below-table6');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['warning', 3, 2.5]);
    expect(cellKeys(f)).to.deep.equal(['t7:final/reception', 't6:30217/amount']);
  });
  it('R16 does not compare a blank 表7 cell with 表6', () => {
    expect(findingsOf(edit((d) => (d.tables.t7.final.vehicleOperation = null)), 'R16')).to.deep.equal([]);
  });
});
