import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/other-matters (R22, R23)', () => {
  it('R22 is silent when 机关运行经费 is within 20% of 公用经费', () => {
    expect(findingsOf(cleanDocument(), 'R22')).to.deep.equal([]);
    expect(findingsOf(edit((d) => (d.narrative.operatingCosts.current = 16.5)), 'R22')).to.deep.equal([]);
  });
  it('R22 is silent when 机关运行经费 is far below 公用经费 (it covers the 行政单位 only)', () => {
    expect(findingsOf(edit((d) => (d.narrative.operatingCosts.current = 5)), 'R22')).to.deep.equal([]);
  });
  it('R22 warns when 机关运行经费 exceeds 公用经费 by more than 20%', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.operatingCosts.current = 30)), 'R22');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('operating-costs');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['warning', 20, 30]);
    expect(cellKeys(f)).to.deep.equal(['t6:2/amount']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.operatingCosts.current']);
  });
  it('R22 says so when the figure quoted is the whole 基本支出', () => {
    const [f] = findingsOf(edit((d) => (d.narrative.operatingCosts.current = 70)), 'R22');
    expect(cellKeys(f)).to.deep.equal(['t6:2/amount', 't5:total/basic']);
    expect(f!.message['zh-CN']).to.contain('可能误填了基本支出');
  });
  it('R23 passes when procurement adds up', () => {
    expect(findingsOf(cleanDocument(), 'R23')).to.deep.equal([]);
  });
  it('R23 reports a total that is not goods + works + services', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.procurement.services = 7)), 'R23');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('procurement');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 11, 10]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.procurement.total', 'narrative.procurement.goods', 'narrative.procurement.works', 'narrative.procurement.services']);
  });
  it('R23 reports small-micro above SME and a wrong SME share', () => {
    const findings = findingsOf(edit((d) => (d.narrative.procurement.toSmallMicro = 9)), 'R23');
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).to.deep.equal([['error', 8, 9]]);
    const [share] = findingsOf(edit((d) => (d.narrative.procurement.toSmeShare = 100)), 'R23');
    expect([share!.severity, share!.expected, share!.actual]).to.deep.equal(['error', 80, 100]);
  });
});
