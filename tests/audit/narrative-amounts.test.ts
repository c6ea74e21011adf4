import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/narrative-amounts (R18)', () => {
  it('passes when every quoted amount equals its table cell', () => {
    expect(findingsOf(cleanDocument(), 'R18')).to.deep.equal([]);
  });
  it('maps a comparison subject to its table cell', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.comparisons[0].current = 111)), 'R18');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('narrative-amounts');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 110, 111]);
    expect(cellKeys(f)).to.deep.equal(['t1:27/amount']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[0].current']);
    expect(f!.fields![0]!.line).to.equal(420);
    expect(f!.message['zh-CN']).to.equal('情况说明“本年收入合计” = 111.00，但 公开01表 本年收入合计 = 110.00');
  });
  it('reads 基本支出 from 表3, but 财政拨款基本支出 from 表5', () => {
    const [f] = findingsOf(edit((d) => (d.narrative.comparisons[1].current = 70)), 'R18');
    expect(cellKeys(f)).to.deep.equal(['t3:total/basic']);
    const fiscal = findingsOf(
      edit((d) => {
        d.narrative.comparisons[1].label = '一般公共预算财政拨款基本支出';
      }),
      'R18',
    );
    expect(cellKeys(fiscal[0])).to.deep.equal(['t5:total/basic']);
    expect([fiscal[0]!.expected, fiscal[0]!.actual]).to.deep.equal([70, 80]);
  });
  it('checks share totals and parts', () => {
    const [f] = findingsOf(edit((d) => (d.narrative.shares[0].parts[1].amount = 31)), 'R18');
    expect(cellKeys(f)).to.deep.equal(['t3:total/project']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.shares[0].parts[1].amount']);
  });
  it('checks execution items by code against the 表5 total column', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.narrative.execution.items[1].final = 40.02)), 'R18');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['rounding', 40, 40.02]);
    expect(cellKeys(f)).to.deep.equal(['t5:2080501/total']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.execution.items[1].final']);
  });
  it('checks the "三公" figures against 表7 预算数 and 决算数', () => {
    const findings = findingsOf(
      edit((d) => {
        d.narrative.threePublic.total.budget = 5;
        d.narrative.threePublic.reception.execution.final = 2;
      }),
      'R18',
    );
    expect(findings.map((f) => cellKeys(f)[0])).to.deep.equal(['t7:budget/total', 't7:final/reception']);
  });
  it('does not compare a quoted 0.00 with a blank cell', () => {
    const doc = edit((d) => d.narrative.comparisons.push({ subject: 'income.institution', label: '事业收入', current: 0, change: 0, direction: 'same' }));
    expect(findingsOf(doc, 'R18')).to.deep.equal([]);
  });
  it('converts units when the narrative and the table differ', () => {
    const doc = edit((d) => {
      d.narrative.unit = '元';
      d.narrative.comparisons = [{ subject: 'incomeTotal', label: '本年收入合计', current: 1100000 }];
      d.narrative.shares = [];
      delete d.narrative.execution;
      delete d.narrative.threePublic;
    });
    expect(findingsOf(doc, 'R18')).to.deep.equal([]);
  });
  it('does not hold the text’s 支出决算 against a 表5 合计 row that contradicts itself (a misread column, R10’s)', () => {
    const doc = edit((d) => {
      d.narrative.execution.total.final = 100;
      d.tables.t5.total.values = { total: 30, basic: 100, project: null };
    });
    expect(findingsOf(doc, 'R18').filter((f) => f.fields?.[0]?.path === 'narrative.execution.total.final')).to.deep.equal([]);
    const consistent = edit((d) => (d.narrative.execution.total.final = 90));
    expect(findingsOf(consistent, 'R18').map((f) => f.fields?.[0]?.path)).to.deep.equal(['narrative.execution.total.final']);
  });
});
