// 表6 by 经济分类 that lists each unit (预算单位) in turn, as indented heading rows with their
// codes under them (深圳人社 2026 表8 一般公共预算支出表（按经济分类）): every unit kept apart
// with its heading's totals and its own rows, the department's rows their sum by code.
// Synthetic texts with their cells stated here, and the real 深圳人社 document, whose expected
// cells were read from the text by hand (lines 7895–7906), not from the parser.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

type Row = { code: string; name: string; amount: number | null; derived?: string; source?: { line?: number } };
const cells = (rows: readonly Row[]) => rows.map((r) => [r.code, r.name, r.amount]);
const codes = (result: ParseResult) => result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent' && c !== 'column-kept');

const HEAD = [
  '2026年测试局部门预算',
  '表8',
  '                    一般公共预算支出表（按经济分类）',
  '部门名称：测试局                                                   单位：万元',
  '',
  '     预算单位              科目编码       科目名称             支出总计         基本支出         项目支出',
  '',
];
const DEPARTMENT = ['测试局                                                          600.00           360.00          240.00', ''];
const UNITS = [
  '     测试局（本级）                                             300.00           200.00          100.00',
  '',
  '                           301         工资福利支出             150.00           150.00            0.00',
  '',
  '                           30101       基本工资                 150.00           150.00            0.00',
  '',
  '                           302         商品和服务支出           150.00            50.00          100.00',
  '',
  '                           30201       办公费                   150.00            50.00          100.00',
  '',
  '                           101002      测试中心                 200.00           120.00           80.00',
  '',
  '                           301         工资福利支出             120.00           120.00            0.00',
  '',
  '                           30101       基本工资                 120.00           120.00            0.00',
  '',
  '                           302         商品和服务支出            80.00             0.00           80.00',
  '',
  '                           30201       办公费                    80.00             0.00           80.00',
  '',
  '     测试考试院                                                  100.00            40.00           60.00',
  '',
  '                           302         商品和服务支出           100.00            40.00           60.00',
  '',
  '                           30201       办公费                   100.00            40.00           60.00',
];

describe('parse 表6 units: indented unit headings, each with its codes', () => {
  const text = [...HEAD, ...DEPARTMENT, ...UNITS].join('\n');

  it('keeps every unit with its name, code, heading total and rows, cell by cell', () => {
    const t6 = parse(text).document!.tables.t6!;
    expect(t6.units!.map((u) => [u.name, u.code, u.totals?.total?.amount, u.source])).to.deep.equal([
      ['测试局（本级）', undefined, 200, { table: 't6', line: 10, row: '测试局（本级）' }],
      ['测试中心', '101002', 120, { table: 't6', line: 20, row: '测试中心' }],
      ['测试考试院', undefined, 40, { table: 't6', line: 30, row: '测试考试院' }],
    ]);
    expect(t6.units!.map((u) => cells(u.rows))).to.deep.equal([
      [['301', '工资福利支出', 150], ['30101', '基本工资', 150], ['302', '商品和服务支出', 50], ['30201', '办公费', 50]],
      [['301', '工资福利支出', 120], ['30101', '基本工资', 120], ['302', '商品和服务支出', 0], ['30201', '办公费', 0]],
      [['302', '商品和服务支出', 40], ['30201', '办公费', 40]],
    ]);
    // The units' own rows keep their printed lines; none says it is derived.
    expect(t6.units![2]!.rows.map((r) => [r.source?.line, r.derived])).to.deep.equal([[32, undefined], [34, undefined]]);
  });

  it('keeps the department\'s rows as the units\' sum by code and its heading as the total', () => {
    const result = parse(text);
    const t6 = result.document!.tables.t6!;
    expect(t6.totals.total).to.deep.include({ name: '测试局', amount: 360 });
    expect(t6.rows.map((r) => [r.code, r.amount, r.derived, r.source])).to.deep.equal([
      ['301', 270, 'unitsSum', undefined],
      ['30101', 270, 'unitsSum', undefined],
      ['302', 90, 'unitsSum', undefined],
      ['30201', 90, 'unitsSum', undefined],
    ]);
    // Nothing printed is lost: a notice, and the document is complete.
    expect(codes(result)).to.deep.equal(['units-as-rows']);
    expect(result.warnings.find((w) => w.code === 'units-as-rows')!.message['zh-CN']).to.contain('3个单位');
    expect(validate(result.document!).ok).to.equal(true);
    expect(audit(result.document!).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('a table with no department heading: the first unit\'s heading is its own, not the department\'s total', () => {
    const result = parse([...HEAD, ...UNITS].join('\n'));
    const t6 = result.document!.tables.t6!;
    expect(t6.units!.map((u) => [u.name, u.totals?.total?.amount, u.rows.length])).to.deep.equal([
      ['测试局（本级）', 200, 4],
      ['测试中心', 120, 4],
      ['测试考试院', 40, 2],
    ]);
    expect(t6.totals).to.deep.equal({});
    expect(t6.rows.map((r) => [r.code, r.amount])).to.deep.equal([['301', 270], ['30101', 270], ['302', 90], ['30201', 90]]);
    expect(codes(result)).to.deep.equal(['units-as-rows']);
  });

  it('blocks of codes with no heading rows are unnamed units, as in the function tables', () => {
    const bare = UNITS.filter((l) => !/测试|^\s*$/.test(l));
    const result = parse([...HEAD, ...bare].join('\n'));
    const t6 = result.document!.tables.t6!;
    expect(t6.units!.map((u) => [u.name, cells(u.rows).map((c) => c[2])])).to.deep.equal([
      [undefined, [150, 150, 50, 50]],
      [undefined, [120, 120, 0, 0]],
      [undefined, [40, 40]],
    ]);
    expect(t6.rows.map((r) => [r.code, r.amount])).to.deep.equal([['301', 270], ['30101', 270], ['302', 90], ['30201', 90]]);
    expect(codes(result)).to.deep.equal(['units-unnamed']);
  });
});

describe('real 表6 units: 深圳人社 2026 表8 一般公共预算支出表（按经济分类）', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/shenzhen-renshe-2026-budget.layout.txt'));
  });

  it('keeps its 21 units apart, each with its own rows; the department\'s rows are their sum', () => {
    const t6 = result.document!.tables.t6!;
    expect(t6.units!.length).to.equal(21);
    expect(t6.totals.total).to.deep.include({ name: '深圳市人力资源和社会保障局', amount: 132061.73 });
    // Line 7895: "深圳市人力资源和社会保障数据管理中心  4,077.84  2,161.63  1,916.21" (基本支出 is 表6's amount).
    const unit = t6.units!.find((u) => u.name === '深圳市人力资源和社会保障数据管理中心')!;
    expect(unit.totals!.total!.amount).to.equal(2161.63);
    // Lines 7896–7900, then 7906–7910 on the next page.
    expect(cells(unit.rows.slice(0, 10))).to.deep.equal([
      ['301', '工资福利支出', 2019.66],
      ['30101', '基本工资', 373.35],
      ['30102', '津贴补贴', 256.07],
      ['30107', '绩效工资', 730.62],
      ['30108', '机关事业单位基本养老保险缴费', 124.85],
      ['30109', '职业年金缴费', 62.43],
      ['30110', '职工基本医疗保险缴费', 50.9],
      ['30112', '其他社会保障缴费', 7.8],
      ['30113', '住房公积金', 151.05],
      ['30199', '其他工资福利支出', 262.6],
    ]);
    // Every unit's 类 rows add up to its heading's 基本支出 (one slip of 0.01 a term allowed).
    for (const u of t6.units!) {
      const sum = u.rows.filter((r) => r.code.length === 3).reduce((s, r) => s + (r.amount ?? 0), 0);
      expect(Math.abs(sum - u.totals!.total!.amount!), u.name).to.be.below(0.05);
    }
    // The department's 301 is the units' 301 summed.
    const units301 = t6.units!.flatMap((u) => u.rows).filter((r) => r.code === '301').reduce((s, r) => s + (r.amount ?? 0), 0);
    expect(t6.rows.find((r) => r.code === '301')!.amount).to.be.closeTo(units301, 1e-6);
  });

  it('loses no unit row any more: units-as-rows, not units-summed, and no table kept whole for 表6', () => {
    expect(result.warnings.filter((w) => w.code === 'units-summed')).to.deep.equal([]);
    expect(result.warnings.some((w) => w.code === 'units-as-rows' && w.line === 7760)).to.equal(true);
    expect(result.document!.otherTables!.filter((t) => t.of === 't6' && t.reason === 'read-with-loss')).to.deep.equal([]);
    expect(result.status).to.equal('complete');
  });
});
