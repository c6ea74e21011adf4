import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';
import { parse } from '../../src/parse/index.js';
import { fixtureText, SAMPLE_TEXT } from '../helpers/fixtures.js';

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
  it('R39: warns of a reason left blank ("主要原因是。"), and passes a reason written out', () => {
    const written = edit((d) => {
      d.narrative.comparisons[0].reason = '项目经费增加';
      d.narrative.operatingCosts.reason = '公用经费压减';
    });
    expect(findingsOf(written, 'R39')).to.deep.equal([]);
    const blank = edit((d) => {
      d.narrative.comparisons[0].reason = '。';
      d.narrative.operatingCosts.reason = '：；';
    });
    const findings = findingsOf(blank, 'R39');
    expect(findings.map((f) => [f.severity, f.actual, fieldPaths(f)[0]])).to.deep.equal([
      ['warning', '。', 'narrative.comparisons[0].reason'],
      ['warning', '：；', 'narrative.operatingCosts.reason'],
    ]);
    expect(findings[1]!.message['zh-CN']).to.equal('机关运行经费 原因留空：“主要原因是”之后没有写出原因');
    expect(findings[1]!.message.en).to.equal('机关运行经费 原因 is left blank: nothing follows “主要原因是” (the reason)');
  });
  it('R39 on a parsed text: a template sentence with no figure is kept as a note and named once', async () => {
    const lines = (await fixtureText(SAMPLE_TEXT)).split('\n');
    const at = lines.findIndex((line) => line.startsWith('2021年度一般公共预算财政拨款支出年初预算为'));
    lines.splice(at, 0, '2021年度XX局收入总计XX万元，比上年增加（减少）XX万元，主要原因是。', '', '机关运行经费支出比上年增加12.00万元，主要原因是。', '');
    const { document } = parse(lines.join('\n'));
    expect(document!.narrative!.notes).to.include('2021年度XX局收入总计XX万元，比上年增加（减少）XX万元，主要原因是。');
    // The 机关运行经费 sentence is a comparison (its reason "。"), not also a note.
    expect(document!.narrative!.notes!.filter((note) => note.startsWith('机关运行经费'))).to.deep.equal([]);
    const found = findingsOf(document!, 'R39').map((f) => [f.actual, fieldPaths(f)[0]!.replace(/\[\d+\]/, '[i]')]);
    expect(found).to.deep.equal([
      ['。', 'narrative.operatingCosts.reason'],
      ['XX局', 'narrative.notes[i]'],
    ]);
  });
});
