import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

/** The clean document with a 目录 that lists the nine tables (line 12). */
const listing = (ids = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']) =>
  ids.map((table, i) => ({ title: `${i + 1}.表${i + 1}`, table, source: { line: 12 } }));

describe('audit/rules/contents (R42, 目录 against the body)', () => {
  it('passes when the 目录 lists exactly the tables printed, and says nothing without a 目录', () => {
    expect(findingsOf(edit((d) => (d.meta.contents = listing())), 'R42')).to.deep.equal([]);
    expect(findingsOf(cleanDocument(), 'R42')).to.deep.equal([]);
  });
  it('names a table the 目录 lists but the body lacks — once, not again under R37', () => {
    const doc = edit((d) => {
      d.meta.contents = listing();
      delete d.tables.t9;
    });
    const [f, ...rest] = findingsOf(doc, 'R42');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['contents-match-body', 'warning', '9.表9', null]);
    expect(fieldPaths(f)).to.deep.equal(['meta.contents']);
    expect(f!.fields![0]!.line).to.equal(12);
    expect(f!.message['zh-CN']).to.equal('目录列有“9.表9”（公开09表），正文中没有找到此表（部门决算）');
    expect(findingsOf(doc, 'R37')).to.deep.equal([]);
  });
  it('names a table the body prints but the 目录 leaves out', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.meta.contents = listing(['t1', 't2', 't3', 't4', 't5', 't6', 't8', 't9']))), 'R42');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['warning', null, '“三公”经费支出决算表']);
    expect(cellKeys(f)).to.have.length(1);
    expect(f!.message.en).to.contain('the 目录 does not list it');
  });
});

describe('audit/rules/contents (R42, the 目录’s sections against the body)', () => {
  const sections = [
    { title: '第一部分 部门概况', listed: true, printed: true, source: { line: 3 } },
    { title: '一、主要职能', listed: true, printed: true, source: { line: 4 } },
  ];
  it('passes sections listed and printed, with or without a 目录 of tables', () => {
    expect(findingsOf(edit((d) => (d.meta.sections = sections)), 'R42')).to.deep.equal([]);
    expect(findingsOf(edit((d) => ((d.meta.sections = sections), (d.meta.contents = listing()))), 'R42')).to.deep.equal([]);
  });
  it('names a section the 目录 lists but the body never heads, and a part the body prints unlisted', () => {
    const doc = edit((d) => {
      d.meta.sections = [
        ...sections,
        { title: '三、2021年度部门主要工作任务及目标', listed: true, printed: false, source: { line: 6 } },
        { title: '第五部分 附件', listed: false, printed: true, source: { line: 880 } },
      ];
    });
    const found = findingsOf(doc, 'R42');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).to.deep.equal([
      ['warning', '三、2021年度部门主要工作任务及目标', null],
      ['warning', null, '第五部分 附件'],
    ]);
    expect(found.map(fieldPaths)).to.deep.equal([['meta.sections[2]'], ['meta.sections[3]']]);
    expect(found[0]!.fields![0]!.line).to.equal(6);
    expect(found[0]!.message['zh-CN']).to.equal('目录列有“三、2021年度部门主要工作任务及目标”，正文中没有找到这一部分');
    expect(found[1]!.message.en).to.equal('The body prints “第五部分 附件”, but the 目录 does not list it');
  });
});
