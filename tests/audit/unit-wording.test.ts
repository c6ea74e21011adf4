import { expect } from '@open-wc/testing';
import { edit, fieldPaths, findingsOf, type Editable } from './documents.js';
import { isUnitDocument } from '../../src/audit/rules/unit-wording.js';

/** The clean document as a unit's own budget: its cover and table titles say 单位. */
const unitBudget = (change: (d: Editable) => void = () => {}) =>
  edit((d) => {
    d.meta.kind = 'budget';
    d.meta.title = '上海市2026年市级单位预算';
    d.tables.t1.title = '2021年预算单位财务收支预算总表';
    d.tables.t6.title = '2021年预算单位一般公共预算基本支出部门预算经济分类预算表';
    for (const id of ['t8', 't9']) if (d.tables[id]?.emptyReason) d.tables[id].emptyReason = d.tables[id].emptyReason.replace('本部门', '本单位');
    change(d);
  });

describe('audit/rules/unit-wording (R46, 部门 wording in a 单位 budget)', () => {
  it('passes a unit budget worded as a unit, and a department’s budget that says 本部门', () => {
    expect(isUnitDocument(unitBudget())).to.equal(true);
    // "部门预算经济分类" is the classification’s name, not the 部门 level.
    expect(findingsOf(unitBudget(), 'R46')).to.deep.equal([]);
    const department = edit((d) => {
      d.meta.title = '2021年度测试局部门决算';
      d.narrative.notes = ['本部门没有政府性基金预算财政拨款收入。'];
    });
    expect(isUnitDocument(department)).to.equal(false);
    expect(findingsOf(department, 'R46')).to.deep.equal([]);
  });
  it('warns of 本部门 in a unit budget’s text and of a 部门 table title among 单位 ones', () => {
    const doc = unitBudget((d) => {
      d.narrative.notes = ['本部门没有政府性基金预算财政拨款收入。'];
      d.tables.t3.title = '部门支出预算总表';
    });
    const found = findingsOf(doc, 'R46');
    expect(found.map((f) => [f.severity, f.actual])).to.deep.equal([
      ['warning', '部门支出预算总表'],
      ['warning', '本部门'],
    ]);
    expect(found.map(fieldPaths)).to.deep.equal([['tables.t3.title'], ['narrative.notes[0]']]);
    expect(found[1]!.message['zh-CN']).to.equal('这是单位预算（决算），但说明“本部门没有政府性基金预算财政拨款收入。”用了部门口径的“本部门”');
  });
  it('takes a document with no cover title as a unit’s when its titles name 单位 more than 部门', () => {
    const doc = unitBudget((d) => {
      delete d.meta.title;
      d.meta.contents = [{ title: '3.2026年预算单位支出预算总表', table: 't3' }];
    });
    expect(isUnitDocument(doc)).to.equal(true);
    expect(isUnitDocument(edit((d) => (d.tables.t1.title = '部门收支总表')))).to.equal(false);
  });
});
