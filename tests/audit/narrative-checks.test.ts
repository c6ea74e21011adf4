import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/narrative-checks (R34–R36)', () => {
  it('passes the clean document', () => {
    for (const rule of ['R34', 'R35', 'R36']) expect(findingsOf(cleanDocument(), rule), rule).to.deep.equal([]);
  });

  it('R34: reports "完成年初预算的X%" for an item whose 年初预算 is 0', () => {
    // The clean document's second item has a budget of 0 and prints no rate: nothing to say.
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.execution.items[1].rate = 100)), 'R34');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.actual]).to.deep.equal(['execution-rate-without-budget', 'error', 100]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.execution.items[1].rate', 'narrative.execution.items[1].budget']);
    expect(f!.message['zh-CN']).to.contain('年初预算为 0，却写作完成年初预算的 100.00%');
  });

  it('R35: reports a "三公" amount in the text while the 表7 cell is blank, and the reverse', () => {
    const [text] = findingsOf(edit((d) => (d.tables.t7.final.reception = null)), 'R35');
    expect([text!.name, text!.severity, text!.expected, text!.actual]).to.deep.equal(['three-public-text-blank-cell', 'error', 3, null]);
    expect(cellKeys(text)).to.deep.equal(['t7:final/reception']);
    expect(fieldPaths(text)).to.deep.equal(['narrative.threePublic.reception.execution.final']);
    const [table] = findingsOf(edit((d) => (d.narrative.threePublic.reception.execution.final = null)), 'R35');
    expect([table!.expected, table!.actual]).to.deep.equal([null, 3]);
    expect(table!.message['zh-CN']).to.contain('但情况说明“公务接待费”留空');
  });
  it('R35: says nothing of a 0 against a blank, or of a part the table does not print', () => {
    expect(findingsOf(edit((d) => (d.tables.t7.final.vehiclePurchase = null)), 'R35')).to.deep.equal([]);
    expect(findingsOf(edit((d) => delete d.tables.t7.budget), 'R35')).to.deep.equal([]);
  });

  it('R36: reports fewer vehicles in the 国有资产 section than official cars held', () => {
    const withCounts = (vehicles: number, held: number) =>
      edit((d) => {
        d.narrative.assets = { vehicles };
        d.narrative.threePublic.vehicles = { held };
      });
    expect(findingsOf(withCounts(3, 3), 'R36')).to.deep.equal([]);
    expect(findingsOf(withCounts(5, 3), 'R36')).to.deep.equal([]);
    const [f] = findingsOf(withCounts(2, 3), 'R36');
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['assets-vehicles', 'error', 3, 2]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.assets.vehicles', 'narrative.threePublic.vehicles.held']);
  });
});
