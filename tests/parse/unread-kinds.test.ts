// Lines the table readers do not type, by kind (issue 10): a `line-unread` warning must name
// a real gap in the document, never a line that holds no table data or one whose content is
// already reported another way. Each kind as a small synthetic text; expected values read
// from the text by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';

const unread = (text: string) => parse(text).warnings.filter((w) => w.code === 'line-unread').map((w) => w.line);

describe('line-unread: a 表8 that lists each unit in turn', () => {
  const text = [
    '2026年测试局部门预算',
    '表8',
    '                    一般公共预算支出表（按经济分类）',
    '部门名称：测试局                                                   单位：万元',
    '',
    '     预算单位              科目编码       科目名称             支出总计         基本支出         项目支出',
    '',
    '测试局                                                          300.00           200.00          100.00',
    '',
    '     测试局（本级）                                             180.00           120.00           60.00',
    '',
    '                           301         工资福利支出             120.00           120.00            0.00',
    '',
    '                           302         商品和服务支出            60.00             0.00           60.00',
    '',
    '     测试中心                                                    120.00            80.00           40.00',
    '',
    '                           301         工资福利支出              80.00            80.00            0.00',
    '',
    '                           302         商品和服务支出            40.00             0.00           40.00',
  ].join('\n');

  it('does not call each unit\'s heading row unread: each unit is kept with its heading', () => {
    const result = parse(text);
    expect(unread(text)).to.deep.equal([]);
    expect(result.warnings.filter((w) => w.code === 'units-as-rows').length).to.equal(1);
    // 基本支出 by code, summed over the two units: 301 = 120 + 80, 302 = 0 + 0.
    expect(result.document!.tables.t6!.rows.map((r) => [r.code, r.amount])).to.deep.equal([['301', 200], ['302', 0]]);
    // Each unit's heading is its own total, its rows its own.
    expect(result.document!.tables.t6!.units!.map((u) => [u.name, u.totals?.total?.amount, u.rows.map((r) => r.amount)])).to.deep.equal([
      ['测试局（本级）', 120, [120, 0]],
      ['测试中心', 80, [80, 0]],
    ]);
  });
});

describe('line-unread: a 表7 by year rows, then each unit\'s', () => {
  const text = [
    '2026年测试局部门预算',
    '表9',
    '                                     财政拨款“三公”经费支出表',
    '部门名称：测试局                                                                                    单位：万元',
    '',
    '                                                                                    公务用车购置及运行维护费',
    '                            总计           因公出国(境)费       公务接待费',
    '     预算单位      年度                                                         小计         公务用车购置费     公务用车运行维护费',
    '测试局            2025 年       30.00          5.00            5.00           20.00          12.00             8.00',
    '',
    '                  2026 年       40.00         10.00            6.00           24.00          15.00             9.00',
    '',
    '                  增减变化金额   10.00          5.00            1.00            4.00           3.00             1.00',
    '',
    '     测试局本级     2025 年       30.00          5.00            5.00           20.00          12.00             8.00',
    '',
    '                  2026 年       40.00         10.00            6.00           24.00          15.00             9.00',
    '',
    '                  增减变化金额   10.00          5.00            1.00            4.00           3.00             1.00',
  ].join('\n');
  const departmentOnly = text.split('\n').slice(0, 13).join('\n');

  it('reads the department\'s years, and each unit\'s years under units', () => {
    const result = parse(text);
    const t7 = result.document!.tables.t7!;
    expect(t7.budget).to.include({ total: 40, abroad: 10, reception: 6, vehicles: 24, vehiclePurchase: 15, vehicleOperation: 9 });
    expect(t7.previousBudget).to.include({ total: 30, abroad: 5, reception: 5, vehicles: 20, vehiclePurchase: 12, vehicleOperation: 8 });
    expect(unread(text)).to.deep.equal([]);
    expect(t7.units!.map((u) => [u.name, u.source, u.previousBudget!.source, u.budget!.source])).to.deep.equal([
      ['测试局本级', { table: 't7', line: 15, row: '测试局本级' }, { table: 't7', line: 15 }, { table: 't7', line: 17 }],
    ]);
    expect(t7.units![0]!.budget).to.include({ total: 40, abroad: 10, reception: 6, vehicles: 24, vehiclePurchase: 15, vehicleOperation: 9 });
    // Each change row that is this year less last year is kept as printed.
    expect(t7.change).to.include({ total: 10, abroad: 5, reception: 1, vehicles: 4, vehiclePurchase: 3, vehicleOperation: 1 });
    expect(t7.units![0]!.change).to.include({ total: 10, abroad: 5, reception: 1, vehicles: 4, vehiclePurchase: 3, vehicleOperation: 1 });
    expect(result.warnings.filter((w) => w.code === 'unit-rows-kept')).to.deep.equal([]);
    expect(result.document!.otherTables).to.equal(undefined);
  });

  it('a unit\'s change row that is not this year less last year stays unread, and is not kept as its change', () => {
    const changed = text.replace(/(测试局本级[\s\S]*增减变化金额   )10\.00/, (_m: string, head: string) => `${head}11.00`);
    expect(parse(changed).document!.tables.t7!.units![0]!.change).to.equal(undefined);
    expect(unread(text.replace(/(测试局本级[\s\S]*增减变化金额   )10\.00/, (_m: string, head: string) => `${head}11.00`))).to.deep.equal([19]);
  });

  it('takes a change row that is this year less last year as derived; one that is not stays unread', () => {
    expect(unread(departmentOnly)).to.deep.equal([]);
    expect(parse(departmentOnly).document!.otherTables).to.equal(undefined);
    // 11.00 is not 40.00 − 30.00: a real difference the reader cannot place.
    expect(unread(departmentOnly.replace('增减变化金额   10.00', '增减变化金额   11.00'))).to.deep.equal([13]);
  });
});

describe('line-unread: a 表7 that lists 行政经费 above its 三公 items', () => {
  const text = [
    '2026年测试局部门预算',
    '表8',
    '                 财政拨款安排的行政经费及“三公”经费预算表',
    '单位名称：测试局                                                       单位：万元',
    '                 项目                合计               一般公共预算         政府性基金预算',
    '行政经费                                    500.00          500.00         0.00',
    '“三公”经费                                   60.00           60.00         0.00',
    '  其中：（一）因公出国（境）支出                 10.00           10.00         0.00',
    '       （二）公务用车购置及运行维护支出           30.00           30.00         0.00',
    '          1.公务用车购置费                     20.00           20.00         0.00',
    '          2.公务用车运行维护费                 10.00           10.00         0.00',
    '       （三）公务接待费支出                     20.00           20.00         0.00',
  ].join('\n');

  it('keeps the 行政经费 row as printed with a notice instead of calling it unread', () => {
    const result = parse(text);
    expect(unread(text)).to.deep.equal([]);
    expect(result.document!.tables.t7!.budget).to.include({ total: 60, abroad: 10, vehicles: 30, vehiclePurchase: 20, vehicleOperation: 10, reception: 20 });
    expect(result.warnings.filter((w) => w.code === 'row-kept').map((w) => w.line)).to.deep.equal([6]);
    const kept = result.document!.otherTables!.find((t) => t.of === 't7')!;
    expect(kept.rows).to.deep.equal([{ name: '行政经费', values: [500, 500, 0], source: { table: 't7', row: '行政经费', line: 6 } }]);
  });
});

describe('line-unread: labels whose amounts are all blank', () => {
  // 收入预算总表 printed down the page (江苏 2019): sources with nothing printed beside them.
  const text = [
    '2019年测试院部门预算',
    '公开 02 表',
    '                        收入预算总表',
    '部门名称： 测试院                                     单位：万元',
    '                    项目名称                         金额',
    '                    收入总计                        100.00',
    '                 专项收入',
    '                 事业收入',
    '                 其他收入',
  ].join('\n');

  it('does not call a label with no amount unread: nothing is printed, so nothing is lost', () => {
    expect(unread(text)).to.deep.equal([]);
  });
});

describe('line-unread: a table whose only row of amounts prints no label', () => {
  // 支出预算总表 of one row (江苏 2019 公开03表): the amounts right under the header.
  const text = [
    '2019年测试院部门预算',
    '公开 03 表',
    '                        支出预算总表',
    '部门名称： 测试院                                     单位：万元',
    '',
    '   合计        基本支出          项目支出',
    '',
    '  300.00      200.00         100.00',
  ].join('\n');

  it('reads it as the table\'s total', () => {
    const result = parse(text);
    expect(unread(text)).to.deep.equal([]);
    expect(result.document!.tables.t3!.total).to.deep.include({ name: '合计', values: { total: 300, basic: 200, project: 100 } });
  });

  it('still reports an unlabelled row when the table has other rows (it could belong to any of them)', () => {
    const two = [
      ...text.split('\n').slice(0, 5),
      '  科目编码    科目名称              合计        基本支出      项目支出',
      '  201         一般公共服务支出      300.00      200.00        100.00',
      '                                     50.00       20.00         30.00',
    ].join('\n');
    expect(unread(two)).to.deep.equal([8]);
    const warning = parse(two).warnings.find((w) => w.code === 'line-unread')!;
    expect(warning.message.en).to.contain('without a row label');
  });
});

describe('code-missing: codes joined to names on rows crossed with the economic classifications', () => {
  // 北京 预算03表 支出总表: 功能分类 | 政府经济分类 | 部门经济分类, each "code-name". Such a row
  // was once only flagged (code-missing, "printed joined to its name"); it is now read as a
  // 功能 × 经济 pair (src/parse/tables/crossed.ts), so the warning must not come back.
  // Aligned as pdftotext prints it: a CJK character takes two columns.
  const text = [
    '2026年测试局部门预算',
    '预算03表 支出总表',
    '                                                                                 金额单位：万元',
    '    支出功能分类科目              政府支出经济分类科目        部门支出经济分类科目           合计            基本支出            项目支出',
    '2010501-行政运行                  50101-工资奖金津补贴        30101-基本工资           100.000000          100.000000',
    '2010502-一般行政管理事务          50201-办公经费              30201-办公费              20.000000                               20.000000',
  ].join('\n');

  it('reads each code-name cell as its code, the row as a pair under its 功能 code, every amount in its column', () => {
    const result = parse(text);
    expect(result.warnings.filter((w) => w.code === 'code-missing')).to.deep.equal([]);
    expect(result.warnings.filter((w) => w.code === 'line-unread')).to.deep.equal([]);
    type Pair = { code: string; governmentCode?: string; name: string; values: Record<string, number | null> };
    const rows = result.document!.tables.t3!.rows as unknown as { code: string; name: string; values: Record<string, number | null>; economic?: Pair[] }[];
    expect(rows.map((r) => [r.code, r.name, r.values.total, r.values.basic, r.values.project])).to.deep.equal([
      ['2010501', '行政运行', 100, 100, null],
      ['2010502', '一般行政管理事务', 20, null, 20],
    ]);
    expect(rows.map((r) => r.economic!.map((p) => [p.code, p.governmentCode, p.name]))).to.deep.equal([
      [['30101', '50101', '基本工资']],
      [['30201', '50201', '办公费']],
    ]);
  });
});
