import { expect } from '@open-wc/testing';
import { edit, fieldPaths, findingsOf, type Editable } from './documents.js';
import { audit } from '../../src/audit/index.js';

/** R48's findings, 未能核对 included (findingsOf throws on any). */
const r48 = (doc: ReturnType<typeof edit>) => audit(doc).filter((f) => f.rule === 'R48');

const columns = (...paths: string[][]) => paths.map((path) => ({ path }));
const row = (code: string | undefined, name: string, values: (number | null)[], line?: number) => ({
  ...(code ? { code } : {}),
  name,
  values,
  ...(line ? { source: { line } } : {}),
});

/** 苏州 公开05表's shape: 合计 | 基本支出 (小计, 人员经费, 公用经费) | 项目支出, rows by 功能分类 code. */
const byFunction = () => ({
  title: '财政拨款支出表（功能科目）',
  label: '公开05表',
  reason: 'duplicate',
  of: 't3',
  unit: '万元',
  columns: columns(['合计'], ['基本支出', '小计'], ['基本支出', '人员经费'], ['基本支出', '公用经费'], ['项目支出']),
  rows: [
    row(undefined, '合计', [1684.76, 1384.76, 1284.76, 100, 300], 449),
    row('208', '社会保障和就业支出', [1284.76, 1284.76, 1284.76, null, null], 450),
    row('20805', '行政事业单位养老支出', [1284.76, 1284.76, 1284.76, null, null], 452),
    row('2080505', '机关事业单位基本养老保险缴费支出', [878.07, 878.07, 878.07, null, null], 454),
    row('2080506', '机关事业单位职业年金缴费支出', [406.69, 406.69, 406.69, null, null], 456),
    row('220', '自然资源海洋气象等支出', [400, 100, null, 100, 300], 472),
    row('22001', '自然资源事务', [400, 100, null, 100, 300], 474),
    row('2200101', '行政运行', [100, 100, null, 100, null], 476),
    row('2200102', '一般行政管理事务', [300, null, null, null, 300], 478),
  ],
});

/** A 政府采购 list by unit: no codes, a 合计 row over flat rows. */
const purchases = () => ({
  title: '政府采购支出表',
  label: '公开13表',
  reason: 'untyped',
  unit: '元',
  columns: columns(['总计'], ['一般公共预算'], ['政府性基金']),
  rows: [row(undefined, '合计', [3000, 2000, 1000]), row(undefined, '本级', [1800, 1200, 600]), row(undefined, '所属事业单位', [1200, 800, 400])],
});

const withTables = (change: (tables: Editable[]) => void = () => {}) =>
  edit((d) => {
    const tables = [byFunction(), purchases()];
    change(tables);
    d.otherTables = tables;
  });

describe('audit/rules/other-tables (R48, the totals of the tables kept as printed)', () => {
  it('passes tables whose codes, 合计 row, column groups and 总计 column all add up', () => {
    expect(findingsOf(withTables(), 'R48')).to.deep.equal([]);
  });

  it('warns when a coded row is not the sum of its rows in every column, naming the cells', () => {
    const found = findingsOf(
      withTables(([t]) => {
        t.rows[1].values = [1300, 1300, 1300, null, null];
        t.rows[0].values = [1700, 1400, 1300, 100, 300];
      }),
      'R48',
    );
    expect(found.map((f) => [f.severity, f.expected, f.actual])).to.deep.equal([
      ['warning', 1284.76, 1300],
      ['warning', 1284.76, 1300],
      ['warning', 1284.76, 1300],
    ]);
    expect(fieldPaths(found[0])).to.deep.equal(['otherTables[0].rows[1].values[0]', 'otherTables[0].rows[2].values[0]']);
    expect(found[0]!.message['zh-CN']).to.equal('公开05表 财政拨款支出表（功能科目）“社会保障和就业支出”行“合计”列为 1,300.00，但其下各行之和为 1,284.76');
    expect(found[0]!.message.en).to.equal('公开05表 财政拨款支出表（功能科目）, row “社会保障和就业支出”, column “合计” is 1,300.00, but the rows under it add up to 1,284.76');
  });

  it('warns when a column group or the 总计 column does not add up in a row', () => {
    const group = r48(withTables(([t]) => (t.rows[0].values = [1684.76, 1384.76, 1284.76, 90, 300])));
    expect(group.map((f) => [f.severity, f.message['zh-CN']])).to.deep.include([
      'warning',
      '公开05表 财政拨款支出表（功能科目）“合计”行“基本支出／小计”列为 1,384.76，但表头下属各列之和为 1,374.76',
    ]);
    const found = findingsOf(
      withTables(([, p]) => {
        p.rows[1].values = [1800, 1200, 500];
        p.rows[2].values = [1200, 800, 500];
      }),
      'R48',
    );
    expect(found.map((f) => [f.severity, f.expected, f.actual])).to.deep.equal([
      ['warning', 1700, 1800],
      ['warning', 1300, 1200],
    ]);
    expect(fieldPaths(found[0])).to.deep.equal(['otherTables[1].rows[1].values[0]', 'otherTables[1].rows[1].values[1]', 'otherTables[1].rows[1].values[2]']);
    expect(found[0]!.message.en).to.equal('公开13表 政府采购支出表, row “本级”, column “总计” is 1,800.00, but the columns under it in the header add up to 1,700.00');
  });

  it('notes a gap of 0.01 as rounding, in the table’s own unit', () => {
    const found = findingsOf(withTables(([t]) => (t.rows[3].values = [878.08, 878.08, 878.08, null, null])), 'R48');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).to.deep.equal([
      ['rounding', 1284.77, 1284.76],
      ['rounding', 1284.77, 1284.76],
      ['rounding', 1284.77, 1284.76],
    ]);
    // 元 tables allow 1 元 per term: 3,001 against 1,800 + 1,200 (rows) and 2,000 + 1,000 (columns) is rounding.
    expect(findingsOf(withTables(([, p]) => (p.rows[0].values[0] = 3001)), 'R48').map((f) => [f.severity, f.expected])).to.deep.equal([
      ['rounding', 3000],
      ['rounding', 3000],
    ]);
  });

  it('says "could not check" when rows add up in one column but not another (amounts in the wrong column)', () => {
    // 苏州 公开05表 line 488: a page laid out anew put 项目支出's amount under 人员经费.
    const found = r48(withTables(([t]) => (t.rows[8].values = [300, null, null, 300, null])));
    expect(found.map((f) => f.severity)).to.deep.equal(['unchecked']);
    expect(found[0]!.message['zh-CN']).to.equal('未能核对（公开05表 财政拨款支出表（功能科目））：“自然资源事务”行之下各行在一列相加相符、在另一列不符，金额可能被读入了错误的列');
  });

  it('says "could not check" when the parts of a total are not plain, and checks no columns kept only as unmapped', () => {
    const unclear = (change: (tables: Editable[]) => void) => r48(withTables(change)).map((f) => [f.severity, f.message['zh-CN']]);
    // Rows without codes whose plain sum is not the 合计: they may nest.
    expect(unclear(([, p]) => p.rows.push(row(undefined, '下属单位甲', [500, 500, 0])))).to.deep.equal([
      ['unchecked', '未能核对（公开13表 政府采购支出表）：各行未印科目编码，其层级不明确，且其直接相加不等于合计'],
    ]);
    // A second 小计 column beside the 总计: which columns it sums is not plain.
    expect(unclear(([, p]) => { p.columns[1] = { path: ['小计'] }; })).to.deep.equal([
      ['unchecked', '未能核对（公开13表 政府采购支出表）：合计（总计）列的构成不明确（表头另有小计、“其中”、空白或重复的列）'],
    ]);
    // A code printed twice under one parent (two classifications side by side): no tree check
    // there, though 400 ≠ 100 + 290; the 类 above it and the 合计 row are still checked.
    expect(unclear(([t]) => { t.rows[8].code = '2200101'; t.rows[8].values = [290, null, null, null, 290]; })).to.deep.equal([]);
    // A 项 whose name wrapped and took its code away (重庆 表二 from the PDF): the coded rows under
    // 20805 add up to 878.07 only; the uncoded row after them may be the rest.
    expect(unclear(([t]) => { delete t.rows[4].code; })).to.deep.equal([
      ['unchecked', '未能核对（公开05表 财政拨款支出表（功能科目））：合计行之外有未编码的行或重复的类级科目；“行政事业单位养老支出”行之下的编码行后接未印编码的行（可能是编码未读出的下级行），其和不等于该行'],
    ]);
    // Columns no schema key took are not the whole table: a 合计 column among them is not summed.
    expect(unclear(([, p]) => { p.reason = 'unmapped-columns'; p.of = 't2'; p.rows[1].values[0] = 9999; p.rows[0].values[0] = 11199; })).to.deep.equal([]);
  });
});
