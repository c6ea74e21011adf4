import { expect } from '@open-wc/testing';
import { cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/narrative (R19–R21)', () => {
  it('R19 passes when change, percent and word agree', () => {
    expect(findingsOf(cleanDocument(), 'R19')).to.deep.equal([]);
  });
  it('R19 reports a change that is not current − previous', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.comparisons[0].change = 12)), 'R19');
    // The change is wrong, and so is the percent computed from it against 100.
    expect(rest.map((r) => fieldPaths(r)[0])).to.deep.equal(['narrative.comparisons[0].changePercent']);
    expect(f!.name).to.equal('narrative-change');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 10, 12]);
    expect(f!.cells).to.deep.equal([]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[0].change', 'narrative.comparisons[0].current', 'narrative.comparisons[0].previous']);
  });
  it('R19 reports a percent that is not change / previous (previous = current − change when not printed)', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.comparisons[1].changePercent = -25)), 'R19');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', -20, -25]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[1].changePercent']);
  });
  it('R19 skips the percent when the previous year is 0', () => {
    const doc = edit((d) => d.narrative.comparisons.push({ subject: 'other', label: '新增', current: 5, previous: 0, change: 5, changePercent: 100, direction: 'increase' }));
    expect(findingsOf(doc, 'R19')).to.deep.equal([]);
  });
  it('R19 reports a word that contradicts the sign', () => {
    const [f] = findingsOf(edit((d) => (d.narrative.operatingCosts.direction = 'decrease')), 'R19');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 'increase', 'decrease']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.operatingCosts.direction']);
    expect(f!.message['zh-CN']).to.equal('“机关运行经费”写作“减少”，但变动额为 2.00（增加）');
  });
  it('R19 warns of "增加0万元": a zero change worded as an increase (a template slip)', () => {
    const doc = edit((d) => d.narrative.comparisons.push({ subject: 'other', label: '因公出国（境）费', current: 101.75, change: 0, changePercent: 0, direction: 'increase' }));
    const [f, ...rest] = findingsOf(doc, 'R19');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['warning', 'same', 'increase']);
    expect(f!.message['zh-CN']).to.equal('“因公出国（境）费”写作“增加”，但变动额为 0.00（持平）');
  });
  it('R20 passes when shares are amount / total and add up to 100', () => {
    expect(findingsOf(cleanDocument(), 'R20')).to.deep.equal([]);
  });
  it('R20 reports a share that is not amount / total, and a sum off 100', () => {
    const [sum, part, ...rest] = findingsOf(edit((d) => (d.narrative.shares[0].parts[0].percent = 73.73)), 'R20');
    expect(rest).to.have.length(0);
    expect(sum!.name).to.equal('narrative-shares');
    expect([sum!.severity, sum!.expected, sum!.actual]).to.deep.equal(['error', 100, 101]);
    expect([part!.severity, part!.expected, part!.actual]).to.deep.equal(['error', 72.727273, 73.73]);
    expect(fieldPaths(part)).to.deep.equal(['narrative.shares[0].parts[0].percent']);
  });
  it('R20 does not ask a partial list of shares to add up to 100', () => {
    const doc = edit((d) => d.narrative.shares[0].parts.pop());
    expect(findingsOf(doc, 'R20')).to.deep.equal([]);
  });
  it('R21 passes when rates and words agree', () => {
    expect(findingsOf(cleanDocument(), 'R21')).to.deep.equal([]);
  });
  it('R21 reports a rate that is not final / budget', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.execution.total.rate = 125.1)), 'R21');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('narrative-execution');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['rounding', 125, 125.1]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.execution.total.rate']);
  });
  it('R21 reports 大于 when the final is below the budget', () => {
    const [f] = findingsOf(edit((d) => (d.narrative.threePublic.total.comparison = 'above')), 'R21');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 'equal', 'above']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.threePublic.total.comparison']);
  });
});
