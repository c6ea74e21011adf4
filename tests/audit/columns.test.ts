import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

const t8Row = (code: string, start: number | null, income: number | null, spent: number | null, end: number | null) => ({
  code,
  name: code === '' ? '合计' : '城乡社区支出',
  values: { carryOverStart: start, income, total: spent, basic: null, project: spent, carryOverEnd: end },
});

describe('audit/rules/columns (R09, R10, R17, R33)', () => {
  it('R33 passes when every 表2 row is the sum of its income sources', () => {
    expect(findingsOf(cleanDocument(), 'R33')).to.deep.equal([]);
  });
  it('R33 reports a 表2 row whose total is not the sum of its sources, a budget’s 上年结转 included', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t2.rows[3].values.total = 45)), 'R33');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['table2-row-sources', 'error', 40, 45]);
    expect(cellKeys(f)).to.deep.equal(['t2:208/total', 't2:208/fiscal']);
    const carried = edit((d) => {
      d.tables.t2.rows[3].values.total = 45;
      d.tables.t2.rows[3].values.carryOverStart = 5;
    });
    expect(findingsOf(carried, 'R33')).to.deep.equal([]);
  });
  it('R09 passes when every 表3 row is 基本 + 项目 + …', () => {
    expect(findingsOf(cleanDocument(), 'R09')).to.deep.equal([]);
  });
  it('R09 reports a 表3 row whose columns do not add up', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t3.rows[2].values.superiorRemit = 1)), 'R09');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('table3-row-columns');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([71, 70]);
    expect(cellKeys(f)).to.deep.equal(['t3:2010101/total', 't3:2010101/basic', 't3:2010101/project', 't3:2010101/superiorRemit']);
    expect(f!.cells[0]!.line).to.equal(207);
  });
  it('R10 reports a 表5 row where 小计 ≠ 基本 + 项目', () => {
    expect(findingsOf(cleanDocument(), 'R10')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => (d.tables.t5.total.values.project = 30.03)), 'R10');
    expect(f!.severity).to.equal('rounding');
    expect([f!.expected, f!.actual]).to.deep.equal([100.03, 100]);
    expect(cellKeys(f)).to.deep.equal(['t5:total/total', 't5:total/basic', 't5:total/project']);
  });
  it('R10 leaves alone a 表5 that prints no 基本/项目 column at all (金额 only), but not one row of blanks', () => {
    // 江苏省人民检察院 2019 一般公共预算支出预算表: 科目代码 | 功能科目名称 | 金额.
    const amountOnly = edit((d) => {
      for (const row of [d.tables.t5.total, ...d.tables.t5.rows]) row.values = { total: row.values.total, basic: null, project: null };
    });
    expect(findingsOf(amountOnly, 'R10')).to.deep.equal([]);
    const oneBlank = edit((d) => (d.tables.t5.rows[0].values = { total: d.tables.t5.rows[0].values.total, basic: null, project: null }));
    const [f] = findingsOf(oneBlank, 'R10');
    expect(cellKeys(f)[0]).to.equal('t5:201/total');
    expect(f!.severity).to.equal('error');
  });
  it('R10 checks 表9 the same way', () => {
    const [f] = findingsOf(edit((d) => (d.tables.t9.rows = [{ code: '223', name: '国有资本经营预算支出', values: { total: 5, basic: 1, project: 3 } }])), 'R10');
    expect(cellKeys(f)).to.deep.equal(['t9:223/total', 't9:223/basic', 't9:223/project']);
    expect([f!.expected, f!.actual]).to.deep.equal([4, 5]);
  });
  it('R17 passes when 年末 = 年初 + 收入 − 支出 in 表8', () => {
    expect(findingsOf(cleanDocument(), 'R17')).to.deep.equal([]);
    expect(findingsOf(edit((d) => (d.tables.t8.rows = [t8Row('212', 2, 10, 8, 4)])), 'R17')).to.deep.equal([]);
  });
  it('R17 reports a 表8 row whose balance does not carry over', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t8.rows = [t8Row('212', 2, 10, 8, 5), t8Row('213', null, null, null, null)])), 'R17');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('table8-carry-over');
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([4, 5]);
    expect(cellKeys(f)).to.deep.equal(['t8:212/carryOverEnd', 't8:212/carryOverStart', 't8:212/income', 't8:212/total']);
  });
});
