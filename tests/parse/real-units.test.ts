// Tables that print each unit (预算单位) as a block of codes with no heading row, pages laid
// out with their columns a few characters apart, and 表6 with two economic classifications
// side by side (政府 50101-… | 部门 30101-…). Synthetic texts with their cells stated here, and
// the real 北京市统计局 2026 部门预算 (tests/fixtures/real/beijing-tongji-2026-budget-2-tables.layout.txt),
// whose expected cells were read from the text by hand, not from the parser.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

type Row = { code: string; name: string; values: Record<string, number | null> };
const KEYS = ['total', 'basic', 'personnel', 'public', 'project'];
const cells = (rows: readonly Row[], keys = KEYS) => rows.map((r) => [r.code, r.name, ...keys.map((k) => r.values[k] ?? null)]);
const codes = (result: ParseResult) => result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent');

const HEADER = (indent: number) => [
  '        功能分类科目                                       预算数',
  '',
  `${' '.repeat(indent + 47)}基本支出                         项目支出`,
  '  科目编码        科目名称     合计',
];

describe('parse units: blocks of codes with no heading row', () => {
  // Page 2 is laid out 2 characters narrower per column than page 1, as pdftotext does.
  const text = [
    '2026年测试局部门预算',
    '                     预算05表 一般公共预算支出表',
    '                                                                            金额单位：万元',
    '',
    ...HEADER(0),
    '                                      小计        人员经费      公用经费      项目支出总数',
    '2010501   行政运行         100.000000    90.000000     80.000000     10.000000     10.000000',
    '2010505   专项业务          50.000000                                              50.000000',
    '2210201   住房公积金        20.000000    20.000000     20.000000',
    '2010501   行政运行          40.000000    40.000000     30.000000     10.000000',
    '- 2 -',
    '\f' + HEADER(-2)[0],
    ...HEADER(-2).slice(1),
    '                                    小计       人员经费     公用经费     项目支出总数',
    '2010505   专项业务         30.000000                                         30.000000',
    '2050803   培训支出          5.000000     5.000000                  5.000000',
    '2210201   住房公积金       10.000000    10.000000    10.000000',
    '               合   计     255.000000   165.000000   140.000000    25.000000    90.000000',
  ].join('\n');

  it('keeps each block as an unnamed unit, in printed order, and sums them by code for the department', () => {
    const result = parse(text);
    expect(codes(result)).to.deep.equal(['units-unnamed']);
    const t5 = result.document!.tables.t5!;
    expect(t5.total!.values).to.deep.equal({ total: 255, basic: 165, personnel: 140, public: 25, project: 90 });
    // A block starts where the codes start again (2010501 after 2210201).
    expect(t5.units!.map((u) => [u.name, u.values, cells(u.rows)])).to.deep.equal([
      [undefined, undefined, [
        ['2010501', '行政运行', 100, 90, 80, 10, 10],
        ['2010505', '专项业务', 50, null, null, null, 50],
        ['2210201', '住房公积金', 20, 20, 20, null, null],
      ]],
      [undefined, undefined, [
        ['2010501', '行政运行', 40, 40, 30, 10, null],
        ['2010505', '专项业务', 30, null, null, null, 30],
        ['2050803', '培训支出', 5, 5, null, 5, null],
        ['2210201', '住房公积金', 10, 10, 10, null, null],
      ]],
    ]);
    expect(cells(t5.rows)).to.deep.equal([
      ['2010501', '行政运行', 140, 130, 110, 20, 10],
      ['2010505', '专项业务', 80, null, null, null, 80],
      ['2210201', '住房公积金', 30, 30, 30, null, null],
      ['2050803', '培训支出', 5, 5, null, 5, null],
    ]);
    expect(validate(result.document).ok).to.equal(true);
  });
});

describe('parse units: 表6 with 政府 and 部门 economic codes side by side', () => {
  const text = [
    '2026年测试局部门预算',
    '                  预算06表 一般公共预算基本支出表',
    '                                                          金额单位：万元',
    '',
    '                                                            预算数',
    '   政府支出经济分类科目    部门支出经济分类科目',
    '                                                          合计       人员经费       公用经费',
    '50101-工资奖金津补贴       30101-基本工资           100.000000     100.000000',
    '50201-办公经费             30201-办公费              20.000000                     20.000000',
    '50501-工资福利支出         30101-基本工资            60.000000      60.000000',
    '                                        合   计     180.000000     160.000000      20.000000',
  ].join('\n');

  it('reads code 30101 with its government code, and keeps 30101 under 50101 and under 50501 apart', () => {
    const result = parse(text);
    expect(codes(result)).to.deep.equal([]);
    const t6 = result.document!.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.governmentCode, r.name, r.amount, r.personnel, r.public])).to.deep.equal([
      ['30101', '50101', '基本工资', 100, 100, null],
      ['30201', '50201', '办公费', 20, null, 20],
      ['30101', '50501', '基本工资', 60, 60, null],
    ]);
    expect([t6.totals.total!.amount, t6.totals.personnel!.amount, t6.totals.public!.amount]).to.deep.equal([180, 160, 20]);
    expect(validate(result.document).ok).to.equal(true);
  });

  it('the schema refuses a government code that is not one (5 + 2 or 4 digits)', () => {
    const result = parse(text);
    const doc = structuredClone(result.document!);
    (doc.tables.t6!.rows[0] as { governmentCode?: string }).governmentCode = '30101';
    expect(validate(doc).ok).to.equal(false);
  });
});

describe('real units: 北京市统计局 2026 部门预算 (预算05表, 预算06表)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/beijing-tongji-2026-budget-2-tables.layout.txt'));
  });

  it('预算05表: 26 unnamed units, each cell under its column on every page; the department is their sum', () => {
    const t5 = result.document!.tables.t5!;
    expect(t5.total!.values).to.deep.equal({ total: 50818.175849, basic: 32757.015217, personnel: 29860.171136, public: 2896.844081, project: 18061.160632 });
    expect(t5.units!.length).to.equal(26);
    // Page 1, the first unit (lines 239–251).
    expect(cells(t5.units![0]!.rows.slice(0, 6))).to.deep.equal([
      ['2010501', '行政运行', 5193.319939, 5193.319939, 4557.3519, 635.968039, null],
      ['2010505', '专项统计业务', 5744.39, null, null, null, 5744.39],
      ['2010506', '统计管理', 328.6305, null, null, null, 328.6305],
      ['2010507', '专项普查活动', 3922.403, null, null, null, 3922.403],
      ['2010599', '其他统计信息事务支出', 569.632658, null, null, null, 569.632658],
      ['2050803', '培训支出', 267.095, 38, null, 38, 229.095],
    ]);
    // Page 2, a unit that starts on it (lines 284–285), the page laid out narrower.
    const unit = t5.units!.find((u) => (u.source as { line?: number } | undefined)?.line === 284)!;
    expect(cells(unit.rows.slice(0, 2))).to.deep.equal([
      ['2010501', '行政运行', 672.398345, 659.327945, 580.259076, 79.068869, 13.0704],
      ['2010502', '一般行政管理事务', 3.4, null, null, null, 3.4],
    ]);
    // Every unit's rows add up to the printed 合计.
    const sum = t5.units!.flatMap((u) => u.rows).reduce((s, r) => s + (r.values.total ?? 0), 0);
    expect(Math.abs(sum - 50818.175849)).to.be.below(1e-4);
    const department = t5.rows.reduce((s, r) => s + (r.values.project ?? 0), 0);
    expect(Math.abs(department - 18061.160632)).to.be.below(1e-4);
    expect(result.warnings.some((w) => w.code === 'units-unnamed' && w.line === 229)).to.equal(true);
  });

  it('预算06表: 部门 codes with their 政府 codes, every row read, totals as printed', () => {
    const t6 = result.document!.tables.t6!;
    expect(t6.rows.length).to.equal(59);
    const row = (line: number) => t6.rows.find((r) => (r.source as { line?: number }).line === line)!;
    expect([557, 575, 591, 621].map((l) => [row(l).code, row(l).governmentCode, row(l).name, row(l).amount, row(l).personnel, row(l).public])).to.deep.equal([
      ['30101', '50101', '基本工资', 3702.2064, 3702.2064, null],
      ['3021101', '50201', '差旅费', 115.39, null, 115.39],
      ['30101', '50501', '基本工资', 660.072, 660.072, null],
      ['30399', '50999', '其他对个人和家庭的补助', 844.322, 844.322, null],
    ]);
    expect([t6.totals.total!.amount, t6.totals.personnel!.amount, t6.totals.public!.amount]).to.deep.equal([32757.015217, 29860.171136, 2896.844081]);
    const personnel = t6.rows.reduce((s, r) => s + (r.personnel ?? 0), 0);
    expect(Math.abs(personnel - 29860.171136)).to.be.below(1e-4);
    expect(result.warnings.filter((w) => w.line !== undefined && w.line >= 551 && w.line <= 622)).to.deep.equal([]);
  });
});
