// Function tables from space-aligned text as pdftotext -layout prints them: a two-line
// merged header (项目 over 编码 and 名称, 本年支出 over 小计/基本支出/项目支出, headers wrapped
// over two lines), the 栏次 row centred, amounts right-aligned with thousands separators,
// blank cells vanished in the middle of a row, and a page break (page number, form feed,
// running title, header and 栏次 repeated) inside the table. Every cell is asserted.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

type Row = [code: string, name: string, line: number, ...values: (number | null)[]];

function cells(table: { rows: { code: string; name: string; values: Record<string, number | null>; source?: unknown }[] }, keys: string[]): Row[] {
  return table.rows.map((r) => [r.code, r.name, (r.source as { line: number }).line, ...keys.map((k) => r.values[k] ?? null)] as Row);
}

describe('parse: function tables in pdftotext -layout text with merged headers', () => {
  let result: ParseResult;

  before(async () => {
    result = parse(await fixtureText('variants/tables-space-merged.txt'));
  });

  it('reads both tables with no column, number or unread-line warnings', () => {
    const codes = result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent');
    expect(codes).to.deep.equal([]);
    expect(validate(result.document).ok).to.equal(true);
  });

  it('表3: every cell, blanks in the middle columns as null, across the page break', () => {
    const t3 = result.document!.tables.t3!;
    expect(t3.code).to.equal('公开03表');
    expect(t3.unit).to.equal('万元');
    expect(t3.note).to.equal('本表反映部门本年度各项支出情况。');
    const keys = ['total', 'basic', 'project', 'superiorRemit', 'operating', 'subsidiaryGrant'];
    expect(t3.total!.name).to.equal('合计');
    expect(t3.total!.values).to.deep.equal({ total: 13580.4, basic: 2345.6, project: 10934.8, superiorRemit: 100, operating: 200, subsidiaryGrant: null });
    expect(cells(t3, keys)).to.deep.equal([
      ['201', '一般公共服务支出', 14, 2445.6, 2345.6, null, 100, null, null],
      ['20101', '人大事务', 15, 2445.6, 2345.6, null, 100, null, null],
      ['2010101', '行政运行', 16, 2345.6, 2345.6, null, null, null, null],
      ['2010199', '其他人大事务支出', 17, 100, null, null, 100, null, null],
      ['208', '社会保障和就业支出', 18, 1200, null, 1000, null, 200, null],
      ['20805', '行政事业单位养老支出', 19, 1200, null, 1000, null, 200, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 20, 1000, null, 1000, null, null, null],
      ['2080506', '机关事业单位职业年金缴费支出', 21, 200, null, null, null, 200, null],
      ['215', '资源勘探工业信息等支出', 29, 9934.8, null, 9934.8, null, null, null],
      ['21505', '工业和信息产业监管', 30, 9934.8, null, 9934.8, null, null, null],
      ['2150517', '产业发展', 31, 9934.8, null, 9934.8, null, null, null],
    ]);
  });

  it('表5: 本年支出 centred over 小计/基本支出/项目支出, every cell, across the page break', () => {
    const t5 = result.document!.tables.t5!;
    expect(t5.code).to.equal('公开05表');
    expect(t5.total!.values).to.deep.equal({ total: 12280.4, basic: 2345.6, project: 9934.8 });
    expect(cells(t5, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 44, 2345.6, 2345.6, null],
      ['20101', '人大事务', 45, 2345.6, 2345.6, null],
      ['2010101', '行政运行', 46, 2345.6, 2345.6, null],
      ['215', '资源勘探工业信息等支出', 53, 9934.8, null, 9934.8],
      ['21505', '工业和信息产业监管', 54, 9934.8, null, 9934.8],
      ['2150517', '产业发展', 55, 9934.8, null, 9934.8],
    ]);
  });

  it('reads the same tables aligned by display width (CJK two columns) instead of characters', async () => {
    const wide = parse(await fixtureText('variants/tables-space-merged-display.txt'));
    expect(wide.warnings.map((w) => w.code).filter((c) => c !== 'table-absent')).to.deep.equal([]);
    expect(wide.document!.tables.t3).to.deep.equal(result.document!.tables.t3);
    expect(wide.document!.tables.t5).to.deep.equal(result.document!.tables.t5);
  });

  it('puts a code and its name in their columns when one space separates them', () => {
    const text = [
      '2022年度',
      '测试市单空格局',
      '部门决算',
      '',
      '一般公共预算财政拨款支出决算表',
      '公开05表',
      '金额单位：万元',
      '              项目                       本年支出',
      '  功能分类科目编码   科目名称      小计     基本支出     项目支出',
      '合计                                 30.00        20.00        10.00',
      '201 一般公共服务支出                 30.00        20.00        10.00',
      '20101 人大事务                       20.00        20.00',
      '2010199 其他人大事务支出             10.00                     10.00',
    ].join('\n');
    const t5 = parse(text).document!.tables.t5!;
    expect(t5.rows.map((r) => [r.code, r.name, r.values.total, r.values.basic, r.values.project])).to.deep.equal([
      ['201', '一般公共服务支出', 30, 20, 10],
      ['20101', '人大事务', 20, 20, null],
      ['2010199', '其他人大事务支出', 10, null, 10],
    ]);
    expect(t5.total!.values).to.deep.equal({ total: 30, basic: 20, project: 10 });
  });
});
