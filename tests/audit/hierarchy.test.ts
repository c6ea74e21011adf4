import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/hierarchy (R08)', () => {
  it('passes when every 类, 款 and 合计 is the sum of its children', () => {
    expect(findingsOf(cleanDocument(), 'R08')).to.deep.equal([]);
  });
  it('reports a 类 that is not the sum of its 款, in every column', () => {
    // The 合计 (printed first) ≠ Σ 类, then 201 ≠ Σ 款.
    const [total, f, ...rest] = findingsOf(edit((d) => (d.tables.t3.rows[0].values.basic = 51)), 'R08');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('function-hierarchy');
    expect(cellKeys(total)).to.deep.equal(['t3:total/basic', 't3:201/basic', 't3:208/basic']);
    expect([total!.expected, total!.actual]).to.deep.equal([81, 80]);
    expect(f!.severity).to.equal('error');
    expect([f!.expected, f!.actual]).to.deep.equal([50, 51]);
    expect(cellKeys(f)).to.deep.equal(['t3:201/basic', 't3:20101/basic']);
    expect(f!.message['zh-CN']).to.equal('公开03表 201 一般公共服务支出 基本支出 = 51.00，但其款合计为 50.00');
  });
  it('finds children by code prefix, not by position', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t5.rows[5].values.project = 10.5)), 'R08');
    expect(rest).to.have.length(0);
    expect(cellKeys(f)).to.deep.equal(['t5:20805/project', 't5:2080501/project']);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 10.5, 10]);
  });
  it('calls a 0.01 gap a rounding note, never silence, and so a small gap over many terms', () => {
    // 项 2010101 of 60.01 under 款 20101 of 60: one note.
    expect(findingsOf(edit((d) => (d.tables.t2.rows[2].values.fiscal = 60.01)), 'R08').map((f) => f.severity)).to.deep.equal(['rounding']);
    const [f] = findingsOf(edit((d) => (d.tables.t2.total.values.total = 110.04)), 'R08');
    expect(f!.severity).to.equal('rounding');
    expect(cellKeys(f)).to.deep.equal(['t2:total/total', 't2:201/total', 't2:208/total']);
  });
  it('skips a blank parent but counts blank children as 0', () => {
    // 201 blank: not compared with its 款; the 合计 of 10 now has only blank 类 under it.
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t2.rows[0].values.superiorSubsidy = null)), 'R08');
    expect(rest).to.have.length(0);
    expect(cellKeys(f)).to.deep.equal(['t2:total/superiorSubsidy']);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 0, 10]);
  });
  it('does not check a column the table does not have', () => {
    expect(findingsOf(edit((d) => {
      for (const row of [d.tables.t2.total, ...d.tables.t2.rows]) delete row.values.other;
    }), 'R08')).to.deep.equal([]);
  });
});
