import { expect } from '@open-wc/testing';
import { cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/summary (R27)', () => {
  it('passes when the 汇总表 and the counts agree with the scorecards', () => {
    expect(findingsOf(cleanDocument(), 'R27')).to.deep.equal([]);
  });
  it('reports a listed score that differs from its scorecard, matched by name', () => {
    const doc = edit((d) => {
      d.performance.summary.selfEvaluations[1].score = 86;
      d.performance.summary.selfEvaluations[1].name = '项目 乙';
    });
    const [f, ...rest] = findingsOf(doc, 'R27');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('performance-summary');
    expect([f!.severity, f!.expected, f!.actual, f!.scorecard]).to.deep.equal(['error', 85, 86, 1]);
    expect(fieldPaths(f)).to.deep.equal(['performance.summary.selfEvaluations[1].score', 'performance.scorecards[1].totalScore']);
  });
  it('reports a listed grade that differs from its scorecard, and the grade counts', () => {
    const findings = findingsOf(edit((d) => (d.performance.summary.selfEvaluations[1].grade = '优')), 'R27');
    expect(findings.map((f) => [f.expected, f.actual])).to.deep.equal([
      ['良', '优'],
      [2, 1],
      [0, 1],
    ]);
    expect(fieldPaths(findings[1])).to.deep.equal(['performance.summary.gradeCounts.优']);
  });
  it('reports a project count that differs from the list', () => {
    const [f] = findingsOf(edit((d) => (d.performance.summary.projectCount = 3)), 'R27');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 2, 3]);
    expect(fieldPaths(f)).to.deep.equal(['performance.summary.projectCount']);
  });
  it('does not report a listed project without a printed scorecard', () => {
    const doc = edit((d) => {
      d.performance.summary.selfEvaluations.push({ index: 3, name: '项目丙', score: 70, grade: '中' });
      d.performance.summary.projectCount = 3;
      d.performance.summary.gradeCounts['中'] = 1;
    });
    expect(findingsOf(doc, 'R27')).to.deep.equal([]);
  });
});
