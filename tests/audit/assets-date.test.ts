import { expect } from '@open-wc/testing';
import { edit, fieldPaths, findingsOf } from './documents.js';

const withDate = (asOf: string, kind: 'final' | 'budget' = 'final') =>
  edit((d) => {
    d.meta.kind = kind;
    d.narrative.assets = { vehicles: 2, asOf, source: { line: 564 } };
  });

describe('audit/rules/assets-date (R44, the 国有资产 "截至" year)', () => {
  it('passes a 决算 counted at the end of its year, and a 预算 counted in the year before or its own', () => {
    expect(findingsOf(withDate('2021年12月31日'), 'R44')).to.deep.equal([]);
    expect(findingsOf(withDate('2020年8月31日', 'budget'), 'R44')).to.deep.equal([]);
    expect(findingsOf(withDate('2021年1月31日', 'budget'), 'R44')).to.deep.equal([]);
  });
  it('warns of a date of another year (a paragraph copied from last year’s document)', () => {
    const [f, ...rest] = findingsOf(withDate('2020年12月31日'), 'R44');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['assets-date-year', 'warning', 2021, 2020]);
    expect(fieldPaths(f)).to.deep.equal(['narrative.assets.asOf']);
    expect(f!.message['zh-CN']).to.equal('国有资产占用情况写作“截至2020年12月31日”：2021 年决算应为 2021 年');
    const [budget] = findingsOf(withDate('2019年底', 'budget'), 'R44');
    expect([budget!.expected, budget!.actual]).to.deep.equal([2021, 2019]);
  });
});
