import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/cross-tables (R06, R07, R12, R13)', () => {
  it('R06 passes when 表1 income agrees with the 合计 row of 表2', () => {
    expect(findingsOf(cleanDocument(), 'R06')).to.deep.equal([]);
  });
  it('R06 compares 表2 财政拨款收入 with the three fiscal rows of 表1 together', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t2.total.values.fiscal = 101)), 'R06');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('table1-table2-income');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([100, 101]);
    expect(cellKeys(f)).to.deep.equal(['t2:total/fiscal', 't1:1/amount']);
  });
  it('R06 compares 本年收入合计 and each other income kind', () => {
    const findings = findingsOf(
      edit((d) => {
        d.tables.t2.total.values.total = 110.02;
        d.tables.t2.total.values.superiorSubsidy = 12;
      }),
      'R06',
    );
    expect(findings.map((f) => [f.severity, ...cellKeys(f)])).to.deep.equal([
      ['rounding', 't2:total/total', 't1:27/amount'],
      ['error', 't2:total/superiorSubsidy', 't1:4/amount'],
    ]);
  });
  it('R06 does not compare a blank with a number', () => {
    expect(findingsOf(edit((d) => (d.tables.t2.total.values.superiorSubsidy = null)), 'R06')).to.deep.equal([]);
  });
  it('R07 reports a 类 whose 表3 total differs from 表1', () => {
    expect(findingsOf(cleanDocument(), 'R07')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t1.expenditure[0].amount = 72)), 'R07');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([72, 70]);
    expect(cellKeys(f)).to.deep.equal(['t3:201/total', 't1:32/amount']);
    expect(f!.cells[0]!.line).to.equal(203);
  });
  it('R12 reports a 表4 一般公共预算 column that differs from 表5', () => {
    expect(findingsOf(cleanDocument(), 'R12')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t5.rows[3].values.total = 41)), 'R12');
    expect(f!.name).to.equal('table4-source-tables');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([41, 40]);
    expect(cellKeys(f)).to.deep.equal(['t4:40/generalBudget', 't5:208/total']);
  });
  it('R12 compares the 政府性基金 column with 表8', () => {
    const doc = edit((d) => {
      d.tables.t4.totals.expenditureTotal.amounts.governmentFund = 9;
      d.tables.t8.rows = [];
      d.tables.t8.total = { name: '合计', values: { carryOverStart: null, income: 8, total: 8, basic: null, project: 8, carryOverEnd: null } };
    });
    const [f] = findingsOf(doc, 'R12');
    expect(cellKeys(f)).to.deep.equal(['t4:59/governmentFund', 't8:total/total']);
    expect([f!.expected, f!.actual]).to.deep.equal([8, 9]);
  });
  it('R13 passes when 表4 stays within 表1, and is silent when 表4 is smaller', () => {
    expect(findingsOf(cleanDocument(), 'R13')).to.deep.equal([]);
    expect(findingsOf(edit((d) => (d.tables.t4.expenditure[0].amounts.total = 10)), 'R13')).to.deep.equal([]);
  });
  it('R13 reports a 表4 amount above 表1', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t4.expenditure[1].amounts.total = 45)), 'R13');
    expect(rest).to.have.length(0);
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([40, 45]);
    expect(cellKeys(f)).to.deep.equal(['t4:40/total', 't1:39/amount']);
    expect(f!.message.en).to.equal('Table 04 社会保障和就业支出 合计 = 45.00 exceeds Table 01 社会保障和就业支出 = 40.00');
  });
});
