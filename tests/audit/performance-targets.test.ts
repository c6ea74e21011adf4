import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

/** The clean document as a budget whose text states the projects with 绩效目标 (表3 项目支出 = 30). */
const budget = (targetProjects: number | undefined, targetFunds?: number) =>
  edit((d) => {
    d.meta.kind = 'budget';
    d.performance.summary = { source: { line: 990 } };
    if (targetProjects !== undefined) d.performance.summary.targetProjects = targetProjects;
    if (targetFunds !== undefined) d.performance.summary.targetFunds = targetFunds;
  });

describe('audit/rules/performance-targets (R47, a budget’s projects carry 绩效目标)', () => {
  it('passes projects with targets whose money fits in 项目支出, and says nothing of a 决算', () => {
    expect(findingsOf(budget(2, 30), 'R47')).to.deep.equal([]);
    expect(findingsOf(budget(1, 12.5), 'R47')).to.deep.equal([]);
    expect(findingsOf(cleanDocument(), 'R47')).to.deep.equal([]);
    expect(findingsOf(edit((d) => (d.performance.summary.targetProjects = 0)), 'R47')).to.deep.equal([]);
  });
  it('warns when 表3 budgets 项目支出 but the text says no project has 绩效目标', () => {
    const [f, ...rest] = findingsOf(budget(0), 'R47');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['budget-performance-targets', 'warning', null, 0]);
    expect(cellKeys(f)).to.deep.equal(['t3:total/project']);
    expect(fieldPaths(f)).to.deep.equal(['performance.summary.targetProjects']);
    expect(f!.fields![0]!.line).to.equal(990);
    expect(f!.message['zh-CN']).to.equal('公开03表 合计 项目支出 = 30.00，但情况说明称编报绩效目标的项目为 0 个');
  });
  it('warns when the money with 绩效目标 exceeds the 项目支出 total', () => {
    const [f] = findingsOf(budget(2, 31.5), 'R47');
    expect([f!.severity, f!.expected, f!.actual, f!.difference]).to.deep.equal(['warning', 30, 31.5, 1.5]);
    expect(fieldPaths(f)).to.deep.equal(['performance.summary.targetFunds']);
    // One cent over is the rounding of two printed figures, not a finding.
    expect(findingsOf(budget(2, 30.01), 'R47')).to.deep.equal([]);
  });
});

describe('audit/rules/performance-targets (R47) without a 表3 read by rows', () => {
  it('holds "0 个项目" against the department’s 项目支出 the text quotes (江苏检察院 2019), never a fund’s part', () => {
    const doc = (label: string) =>
      edit((d) => {
        d.meta.kind = 'budget';
        delete d.tables.t3;
        d.performance.summary = { targetProjects: 0, source: { line: 990 } };
        d.narrative.comparisons.push({ subject: 'projectExpenditure', label, current: 4335.3, change: -1237.7, direction: 'decrease', source: { line: 831 } });
      });
    const [f, ...rest] = findingsOf(doc('项目支出预算数'), 'R47');
    expect(rest).to.have.length(0);
    expect(f!.cells).to.deep.equal([]);
    expect(fieldPaths(f)).to.deep.equal(['performance.summary.targetProjects', 'narrative.comparisons[2].current']);
    expect(f!.message['zh-CN']).to.equal('情况说明“项目支出预算数” = 4,335.30，但情况说明称编报绩效目标的项目为 0 个');
    expect(findingsOf(doc('一般公共预算财政拨款项目支出'), 'R47')).to.deep.equal([]);
  });
});
