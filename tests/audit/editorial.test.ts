import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/editorial (R38, R39)', () => {
  it('passes the clean document', () => {
    expect(findingsOf(cleanDocument(), 'R38')).to.deep.equal([]);
    expect(findingsOf(cleanDocument(), 'R39')).to.deep.equal([]);
  });
  it('R38: accepts titles with the document year or none, and warns of another year', () => {
    const ok = edit((d) => {
      d.meta.title = '2021年度测试局部门决算';
      d.tables.t1.title = '2021年收入支出决算总表';
    });
    expect(findingsOf(ok, 'R38')).to.deep.equal([]);
    const wrong = edit((d) => {
      d.meta.title = '2020年度测试局部门决算';
      d.tables.t3.title = '2020年支出决算表';
    });
    const [cover, table, ...rest] = findingsOf(wrong, 'R38');
    expect(rest).to.have.length(0);
    expect([cover!.name, cover!.severity, cover!.expected, cover!.actual]).to.deep.equal(['year-in-titles', 'warning', 2021, 2020]);
    expect(fieldPaths(cover)).to.deep.equal(['meta.title']);
    expect(cellKeys(table)).to.deep.equal(['t3:title/title']);
  });
  it('R39: warns of template text left in names, titles and reasons', () => {
    const doc = edit((d) => {
      d.meta.department = 'XX局';
      d.narrative.comparisons[0].label = '本年收入合计增加（减少）';
    });
    const findings = findingsOf(doc, 'R39');
    expect(findings.map((f) => [f.severity, f.actual, fieldPaths(f)[0]])).to.deep.equal([
      ['warning', 'XX局', 'meta.department'],
      ['warning', '增加（减少）', 'narrative.comparisons[0].label'],
    ]);
    expect(findings[0]!.message['zh-CN']).to.equal('部门名称“XX局”中有残留的模板文字“XX局”');
  });
});
