import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/fund-tables (R30, R31)', () => {
  it('passes empty fund tables that say why', () => {
    expect(findingsOf(cleanDocument(), 'R30')).to.deep.equal([]);
    expect(findingsOf(cleanDocument(), 'R31')).to.deep.equal([]);
  });
  it('accepts the explanation from the 情况说明, or "本表本年无发生额" under the table itself', () => {
    const fromText = edit((d) => {
      delete d.tables.t8.emptyReason;
      d.narrative.notes = ['本部门2022年度无政府性基金预算财政拨款收支，已公开空表。'];
    });
    expect(findingsOf(fromText, 'R30')).to.deep.equal([]);
    const own = edit((d) => {
      delete d.tables.t9.emptyReason;
      d.tables.t9.note = '本表本年无发生额。';
    });
    expect(findingsOf(own, 'R30')).to.deep.equal([]);
  });
  it('warns of an empty table with no explanation', () => {
    const [f, ...rest] = findingsOf(edit((d) => delete d.tables.t8.emptyReason), 'R30');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity]).to.deep.equal(['empty-fund-table-note', 'warning']);
    expect(cellKeys(f)).to.deep.equal(['t8:title/title']);
    expect(f!.message['zh-CN']).to.equal('公开08表是空表，但没有说明原因（应写明本部门没有政府性基金预算财政拨款收支）');
  });
  it('warns of a note copied from the other fund table', () => {
    const [f] = findingsOf(edit((d) => (d.tables.t9.emptyReason = '本部门没有政府性基金收入，故本表无数据。')), 'R30');
    expect(cellKeys(f)).to.deep.equal(['t9:title/title']);
    expect(f!.message['zh-CN']).to.contain('但其说明讲的是政府性基金');
  });
  it('says nothing about the note of a fund table that has amounts', () => {
    const doc = edit((d) => {
      delete d.tables.t8.emptyReason;
      d.tables.t8.rows = [{ code: '229', name: '其他支出', values: { carryOverStart: null, income: 5, total: 5, basic: null, project: 5, carryOverEnd: null } }];
    });
    expect(findingsOf(doc, 'R30')).to.deep.equal([]);
  });
  it('reports a 政府性基金 table with amounts while 表4 prints that column empty', () => {
    const doc = edit((d) => {
      d.tables.t8.rows = [{ code: '229', name: '其他支出', values: { carryOverStart: null, income: 5, total: 5, basic: null, project: 5, carryOverEnd: null } }];
    });
    const [f, ...rest] = findingsOf(doc, 'R31');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['fund-table-without-table4-money', 'error', 0, 5]);
    expect(cellKeys(f)).to.deep.equal(['t8:229/income']);
    // 表4 with the money: the fund table may list it (R12 compares the amounts).
    const funded = edit((d) => {
      d.tables.t8.rows = doc.tables.t8!.rows;
      d.tables.t4.income[1].amount = 5;
    });
    expect(findingsOf(funded, 'R31')).to.deep.equal([]);
  });
});
