// The small pieces: numbers, codes, targets, line splitting, page noise, table titles.
import { expect } from '@open-wc/testing';
import { parseNumber, parsePercent } from '../../src/parse/numbers.js';
import { readCode, functionClassCode, stripNumbering } from '../../src/parse/codes.js';
import { parseTarget } from '../../src/parse/performance/target.js';
import { level1From, level1Of, level2Of, isLabelTail } from '../../src/parse/performance/levels.js';
import { isPageNoise, toLine } from '../../src/parse/lines.js';
import { tableIdOfTitle } from '../../src/parse/regions.js';

describe('parse: numbers', () => {
  it('reads plain and grouped numbers; blank and "-" are null; words are unreadable', () => {
    expect(parseNumber('6443.6')).to.equal(6443.6);
    expect(parseNumber('1,085.82')).to.equal(1085.82);
    expect(parseNumber('1,500')).to.equal(1500);
    expect(parseNumber('')).to.equal(null);
    expect(parseNumber('-')).to.equal(null);
    expect(parseNumber('3O')).to.equal(undefined);
    expect(parseNumber('1,50')).to.equal(undefined);
    expect(parsePercent('99.86%')).to.equal(99.86);
  });
});

describe('parse: codes', () => {
  const code = (cells: string[]) => readCode(cells).result;
  it('reads whole, split, in-cell split and zero-lost codes', () => {
    expect(code(['2010401'])).to.include({ kind: 'code', code: '2010401', repaired: false });
    expect(code(['201', '04', '01', '行政运行'])).to.include({ kind: 'code', code: '2010401' });
    expect(code(['201 04 01'])).to.include({ kind: 'code', code: '2010401' });
    expect(code(['301', '2'])).to.include({ kind: 'code', code: '30102', repaired: true });
    expect(code(['301 2'])).to.include({ kind: 'code', code: '30102', repaired: true });
  });
  it('calls a 4- or 6-digit code malformed rather than guessing', () => {
    expect(code(['3012']).kind).to.equal('malformed');
    expect(code(['30 19']).kind).to.equal('malformed');
    expect(code(['合计']).kind).to.equal('none');
  });
  it('finds 类 codes by name, exactly', () => {
    expect(functionClassCode('十四、资源勘探工业信息等支出')).to.equal('215');
    expect(functionClassCode('二十三、其他支出')).to.equal('229');
    expect(functionClassCode('其他制造业支出')).to.equal(undefined);
    expect(stripNumbering('（二）财政拨款')).to.equal('财政拨款');
  });
});

describe('parse: indicator values', () => {
  it('splits comparator, number and unit, keeping the text as printed', () => {
    expect(parseTarget('≥12人')).to.deep.equal({ text: '≥12人', comparator: '≥', value: 12, unit: '人' });
    expect(parseTarget('≥3 家')).to.deep.equal({ text: '≥3 家', comparator: '≥', value: 3, unit: '家' });
    expect(parseTarget('=100%')).to.deep.equal({ text: '=100%', comparator: '=', value: 100, unit: '%' });
    expect(parseTarget('3年')).to.deep.equal({ text: '3年', value: 3, unit: '年' });
    expect(parseTarget('>=90%')).to.include({ comparator: '≥', value: 90 });
    expect(parseTarget('是')).to.deep.equal({ text: '是' });
    expect(parseTarget('实施 5 个项目')).to.deep.equal({ text: '实施 5 个项目' });
  });
  it('knows 一级 from 二级 and completes split labels', () => {
    expect(level1From('成本指标')).to.equal('output');
    expect(level1From('可持续影响')).to.equal('outcome');
    expect(level1From('社会公众或服务对象满意度')).to.equal('satisfaction');
    expect(level1Of('项目产出 (50分)')).to.equal('output');
    expect(level1Of('满意度指')).to.equal('satisfaction');
    expect(level2Of('社会公众或服务对象满')).to.equal('社会公众或服务对象满意度');
    expect(isLabelTail('意度')).to.equal(true);
    expect(isLabelTail('标(10分)')).to.equal(true);
    expect(isLabelTail('业市场占有率排名保持率')).to.equal(false);
  });
});

describe('parse: lines and titles', () => {
  it('keeps blank cells of tab text and splits space text next to numbers only', () => {
    expect(toLine('201\t一般公共服务支出\t1044.59\t\t', 1).cells.map((c) => c.text)).to.deep.equal([
      '201',
      '一般公共服务支出',
      '1044.59',
      '',
      '',
    ]);
    expect(toLine('2010101 行政运行   1,039.24  1,039.24', 1).cells.map((c) => c.text)).to.deep.equal([
      '2010101',
      '行政运行',
      '1,039.24',
      '1,039.24',
    ]);
    expect(toLine('一般公共预算 财政拨款    合计', 1).cells.map((c) => c.text)).to.deep.equal(['一般公共预算 财政拨款', '合计']);
  });
  it('recognises page furniture', () => {
    for (const text of ['- 12 -', '第 3 页', '第3页 共20页', '3/20', '15']) expect(isPageNoise(toLine(text, 1)), text).to.equal(true);
    expect(isPageNoise(toLine('201\t一般公共服务支出', 1))).to.equal(false);
  });
  it('maps national and regional titles to table ids, most specific first', () => {
    expect(tableIdOfTitle('财政拨款收入支出决算总表')).to.equal('t4');
    expect(tableIdOfTitle('收入支出决算总表')).to.equal('t1');
    expect(tableIdOfTitle('政府性基金预算财政拨款收入支出决算表')).to.equal('t8');
    expect(tableIdOfTitle('一般公共预算财政拨款“三公”经费支出决算表')).to.equal('t7');
    expect(tableIdOfTitle('部门收支总表')).to.equal('t1');
    expect(tableIdOfTitle('财务收支预算总表')).to.equal('t1');
    expect(tableIdOfTitle('部门预算经济分类预算表')).to.equal('t6');
    expect(tableIdOfTitle('"三公"经费和机关运行经费预算表')).to.equal('t7');
    expect(tableIdOfTitle('一般公共预算支出表')).to.equal('t5');
    expect(tableIdOfTitle('部门支出总表')).to.equal('t3');
  });
});
