// Tables kept as printed (otherTables): what the nine typed tables have no place for. Each
// kind as a small synthetic text with its expected cells stated here, then real documents
// (tests/fixtures/real/*.layout.txt) with the expected numbers read from the text by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import type { OtherTable } from '../../src/schema/other-tables.js';
import { fixtureText } from '../helpers/fixtures.js';

const byTitle = (tables: OtherTable[] | undefined, title: string) => (tables ?? []).filter((t) => t.title.includes(title));
const row = (table: OtherTable, name: string) => table.rows.find((r) => r.name === name);
const paths = (table: OtherTable) => table.columns.map((c) => c.path.join('/'));

describe('otherTables: a table none of the nine takes is kept as printed', () => {
  const text = [
    '2026年测试局部门预算',
    '表10',
    '                         政府采购预算明细表',
    '部门：测试局                                                      单位：万元',
    '',
    '序号   采购项目             采购品目            数量              资金来源',
    '                                                            财政拨款      其他资金',
    ' 1     合计                                                  120.50        30.00',
    ' 2     办公设备购置         台式计算机             12         60.50',
    ' 3     物业管理服务         物业管理服务                      60.00        30.00',
  ].join('\n');

  it('keeps every number row with its label, header paths, blanks as null, and the serial number out of the label', () => {
    const result = parse(text);
    const [table] = byTitle(result.document!.otherTables, '政府采购预算明细表');
    expect(table, 'kept').to.not.equal(undefined);
    expect(table!.reason).to.equal('untyped');
    expect(table!.label).to.equal('表10');
    expect(table!.unit).to.equal('万元');
    expect(paths(table!)).to.deep.equal(['数量', '资金来源/财政拨款', '资金来源/其他资金']);
    expect(table!.rows.map((r) => [r.name, ...r.values])).to.deep.equal([
      ['合计', null, 120.5, 30],
      ['办公设备购置 台式计算机', 12, 60.5, null],
      ['物业管理服务 物业管理服务', null, 60, 30],
    ]);
    expect(table!.rows[1]!.source?.line).to.equal(9);
    expect(validate(result.document).ok).to.equal(true);
  });

  it('reads a leading code (whole or split over 类|款|项) apart from the name, and stops the label at the first amount', () => {
    const coded = [
      '2026年测试局部门预算',
      '表7',
      '                一般公共预算项目支出情况表（按经济分类科目）',
      '部门：测试局                                                      单位：万元',
      '',
      '科目编码           科目名称                       预算',
      '                   合计                          100.00',
      '301                工资福利支出                    40.00',
      '30199              其他工资福利支出                40.00',
      '302                商品和服务支出                  60.00     说明：按规定列支，保障运转。',
    ].join('\n');
    const [table] = byTitle(parse(coded).document!.otherTables, '项目支出情况表');
    expect(table!.rows.map((r) => [r.code ?? '', r.name, ...r.values])).to.deep.equal([
      ['', '合计', 100],
      ['301', '工资福利支出', 40],
      ['30199', '其他工资福利支出', 40],
      ['302', '商品和服务支出', 60],
    ]);
  });

  it('keeps a second table of a kind already read (the same table for one unit), naming the kind it reads like', () => {
    const twice = [
      '2026年测试局部门预算',
      '表3',
      '                         支出总表',
      '部门：测试局                                              单位：万元',
      '科目编码     科目名称                合计        基本支出      项目支出',
      '             合计                   100.00        60.00        40.00',
      '205          教育支出               100.00        60.00        40.00',
      '',
      '表6',
      '                       本级支出总表',
      '部门：测试局本级                                          单位：万元',
      '科目编码     科目名称                合计        基本支出      项目支出',
      '             合计                    70.00        50.00        20.00',
      '205          教育支出                70.00        50.00        20.00',
    ].join('\n');
    const result = parse(twice);
    expect(result.document!.tables.t3!.total!.values.total).to.equal(100);
    const kept = byTitle(result.document!.otherTables, '本级支出总表');
    expect(kept.map((t) => [t.reason, t.of, ...t.rows.map((r) => r.values[0])])).to.deep.equal([['duplicate', 't3', 70, 70]]);
    expect(result.warnings.filter((w) => w.code === 'table-duplicate')).to.deep.equal([]);
  });
});

describe('otherTables: columns of a typed table the schema has no key for', () => {
  it('keys 表2\'s fund split (一般公共预算 / 政府性基金) and keeps the columns it cannot key as printed, by the typed row\'s code and name', () => {
    const text = [
      '2026年测试局部门预算',
      '表2',
      '                         收入总表',
      '部门：测试局                                                                  单位：万元',
      '科目编码   科目名称        合计               财政拨款收入                事业收入     其他专户',
      '                                     一般公共预算     政府性基金预算                    收入',
      '           合计           155.00        100.00          30.00           20.00        5.00',
      '205        教育支出       155.00        100.00          30.00           20.00        5.00',
    ].join('\n');
    const result = parse(text);
    // Both funds under their keys: a fund column under 财政拨款 is never `fiscal` (财政拨款 as a whole).
    expect(result.document!.tables.t2!.rows[0]!.values).to.deep.equal({ total: 155, generalBudget: 100, governmentFund: 30, institution: 20 });
    const [kept] = byTitle(result.document!.otherTables, '收入总表');
    expect(kept!.reason).to.equal('unmapped-columns');
    expect(kept!.of).to.equal('t2');
    expect(kept!.rows.map((r) => [r.code ?? '', r.name, ...r.values])).to.deep.equal([
      ['', '合计', 5],
      ['205', '教育支出', 5],
    ]);
    expect(paths(kept!)).to.deep.equal(['其他专户收入']);
    expect(result.warnings.some((w) => w.code === 'column-kept')).to.equal(true);
  });
});

describe('otherTables: pages laid out apart', () => {
  it('lines up a continuation page printed at other positions (by its repeated header), blanks kept blank', () => {
    const text = [
      '2026年测试局部门预算',
      '表13',
      '                         政府采购支出表',
      '部门：测试局                                                      单位：万元',
      '采购品目             采购方式          一般公共预算     上年结转     总计',
      '货物                                        10.00        5.00       15.00',
      '  复印纸             集中采购                 2.00        1.00        3.00',
      '',
      '                                  - 2 -',
      '\f表13',
      '                   政府采购支出表',
      '部门：测试局                                                单位：万元',
      '采购品目       采购方式          一般公共预算     上年结转     总计',
      '服务                                  20.00        7.00       27.00',
      '  物业服务     分散采购                   3.00                    3.00',
    ].join('\n');
    const [table] = byTitle(parse(text).document!.otherTables, '政府采购支出表');
    expect(paths(table!)).to.deep.equal(['一般公共预算', '上年结转', '总计']);
    expect(table!.rows.map((r) => [r.name, ...r.values])).to.deep.equal([
      ['货物', 10, 5, 15],
      ['复印纸 集中采购', 2, 1, 3],
      ['服务', 20, 7, 27],
      ['物业服务 分散采购', 3, null, 3],
    ]);
  });

  it('苏州 2026 政府采购支出表: a row that prints every amount keeps them in order, whatever the grid made of its page', async () => {
    const doc = parse(await fixtureText('real/suzhou-ziranziyuan-2026-budget.layout.txt')).document!;
    const [table] = byTitle(doc.otherTables, '政府采购支出表');
    const at = (line: number) => table!.rows.find((r) => r.source?.line === line)!;
    // "服务   4,281.81   5,164.00   9,445.81" (line 868) and its unit row (line 870).
    expect([at(868).name, ...at(868).values]).to.deep.equal(['服务', 4281.81, 5164, 9445.81]);
    expect([at(870).name, ...at(870).values]).to.deep.equal(['苏州市自然资源和规划局', 2909.47, 410, 3319.47]);
    expect(table!.rows[0]!.values).to.deep.equal([4931.43, 5164, 10095.43]);
  });
});

describe('otherTables: 表6 columns no reader took', () => {
  it('keeps 支出总计 and 项目支出 of a 表6 printed as 支出总计 | 基本支出 | 项目支出 (its amount is 基本支出)', () => {
    const text = [
      '2026年测试局部门预算',
      '表8',
      '                    一般公共预算支出表（按经济分类）',
      '部门名称：测试局                                                    单位：万元',
      '',
      '   科目编码         科目名称              支出总计        基本支出        项目支出',
      '                    测试局                  300.00          200.00          100.00',
      '   301              工资福利支出            150.00          150.00            0.00',
      '   30101            基本工资                150.00          150.00            0.00',
      '   302              商品和服务支出          150.00           50.00          100.00',
      '   30201            办公费                  150.00           50.00          100.00',
    ].join('\n');
    const doc = parse(text).document!;
    expect(doc.tables.t6!.rows.map((r) => [r.code, r.amount])).to.deep.equal([['301', 150], ['30101', 150], ['302', 50], ['30201', 50]]);
    const kept = doc.otherTables!.filter((t) => t.of === 't6');
    expect(kept.map((t) => [t.reason, paths(t)])).to.deep.equal([['unmapped-columns', ['支出总计', '项目支出']]]);
    expect(kept[0]!.rows.map((r) => [r.code ?? r.name, ...r.values])).to.deep.equal([
      ['测试局', 300, 100],
      ['301', 150, 0],
      ['30101', 150, 0],
      ['302', 150, 100],
      ['30201', 150, 100],
    ]);
  });
});

describe('otherTables on real documents (expected cells read from the text by hand)', () => {
  it('广州住建 2026: 表11 基本支出 by unit and 表12 项目支出 with its 绩效目标 text column', async () => {
    const doc = parse(await fixtureText('real/guangzhou-zhujian-2026-budget.layout.txt')).document!;
    const [basic] = byTitle(doc.otherTables, '部门预算基本支出预算表');
    expect(basic!.label).to.equal('表11');
    expect(row(basic!, '合计')!.values.slice(0, 3)).to.deep.equal([55926.9, 55926.9, 55926.9]);
    // The unit's name is printed over two lines around its amounts.
    expect(row(basic!, '广州市住房和城乡建设局（本级）')!.values.slice(0, 3)).to.deep.equal([12962.81, 12962.81, 12962.81]);
    expect(basic!.rows.filter((r) => r.name === '工资福利支出').map((r) => r.values[0])).to.include.members([9444.98, 3613.4, 1010.17]);
    const [project] = byTitle(doc.otherTables, '部门预算项目支出及其他支出预算表');
    // The 绩效目标 sentences beside the amounts neither end the table nor join a row's name.
    expect(row(project!, '机构运行辅助经费')!.values.slice(0, 3)).to.deep.equal([102.1, 102.1, 102.1]);
    expect(row(project!, '广州市住房保障办公室')!.values[0]).to.equal(33078.66);
    expect(project!.rows.every((r) => !/[，。；]/.test(r.name))).to.equal(true);
  });

  it('深圳人社 2026: 表4 基本支出总表 by unit over 36 pages, every page\'s rows', async () => {
    const doc = parse(await fixtureText('real/shenzhen-renshe-2026-budget.layout.txt')).document!;
    const [basic] = byTitle(doc.otherTables, '基本支出总表');
    // Its rows are 经济分类 lines by unit: it reads like 表6, which the document's own 表8 took.
    expect([basic!.reason, basic!.of]).to.deep.equal(['duplicate', 't6']);
    expect(basic!.rows[0]!.name).to.equal('深圳市人力资源和社会保障局');
    expect(basic!.rows[0]!.values[0]).to.equal(136131.77);
    expect(basic!.rows.find((r) => r.name === '基本工资')!.values[0]).to.equal(1847.59);
    expect(basic!.rows.length).to.be.greaterThan(500);
  });
});

describe('otherTables: 表1 / 表4 side columns no reader took', () => {
  it('上海福彩 2026 表1: the 支出 side\'s 人员经费 | 公用经费 | 项目支出 beside the 合计 it reads', async () => {
    const doc = parse(await fixtureText('real/shanghai-fucai-2026-unit-budget.layout.txt')).document!;
    expect(doc.tables.t1!.expenditure.map((l) => l.amount)).to.deep.equal([216801570]);
    const kept = doc.otherTables!.filter((t) => t.of === 't1');
    expect(kept.map((t) => t.reason)).to.deep.equal(['unmapped-columns']);
    const table = kept[0]!;
    expect(table.unit).to.equal('元');
    expect(table.columns.map((c) => c.path[0])).to.deep.equal(['支出', '支出', '支出']);
    expect(table.columns.map((c) => c.path.join('')).map((p) => /人员经费/.test(p) ? '人员' : /公用经费/.test(p) ? '公用' : /项目支出/.test(p) ? '项目' : p)).to.deep.equal(['人员', '公用', '项目']);
    // Lines 65 and 76: "一、其他支出 216,801,570 17,499,901 3,362,962 195,938,707", "支出总计 …".
    expect(table.rows.map((r) => [r.name, r.source?.line, ...r.values])).to.deep.equal([
      ['一、其他支出', 65, 17499901, 3362962, 195938707],
      ['支出总计', 76, 17499901, 3362962, 195938707],
    ]);
  });

  it('keeps nothing when the reader took every amount (tab text, one amount per side)', async () => {
    const doc = parse(await fixtureText('linzi-industry-it-bureau-2021-final.txt')).document!;
    expect((doc.otherTables ?? []).filter((t) => t.of === 't1' || t.of === 't4')).to.deep.equal([]);
  });
});

describe('表1 / 表4 totals: a second 合计 after the carry-over lines', () => {
  it('重庆水利 2026 表四: 本年收入 is the year\'s total, 收入合计 (after 上年结转) the grand total', async () => {
    const doc = parse(await fixtureText('real/chongqing-shuili-2026-budget.layout.txt')).document!;
    const totals = doc.tables.t4!.totals;
    expect(totals.incomeTotal!.amount).to.equal(118773.55);
    expect(totals.carryOverStart!.amount).to.equal(53509.6);
    expect([totals.incomeGrandTotal!.name, totals.incomeGrandTotal!.amount, totals.incomeGrandTotal!.source!.line]).to.deep.equal(['收入合计', 172283.15, 477]);
    expect(totals.expenditureGrandTotal!.amounts).to.deep.equal({ total: 172283.15, generalBudget: 128148.56, governmentFund: 44134.59 });
    expect((doc.otherTables ?? []).filter((t) => t.of === 't4')).to.deep.equal([]);
  });

  it('keeps the first line of a key when no carry-over line came between (a repeated 本年收入 is not a grand total)', () => {
    const text = [
      '2026年测试局部门预算',
      '表1',
      '                         收入支出预算总表',
      '部门：测试局                                                      单位：万元',
      '      项目            预算数           项目             预算数',
      '   本年收入            100.00      本年支出           100.00',
      '   一般公共预算拨款      100.00      一般公共服务支出    100.00',
      '   收入合计            100.00      支出合计           100.00',
    ].join('\n');
    const doc = parse(text).document!;
    const totals = doc.tables.t1!.totals;
    expect(totals.incomeTotal!.name).to.equal('本年收入');
    expect(totals.incomeGrandTotal).to.equal(undefined);
    // The second 合计 lines are not dropped: kept as printed beside the typed table.
    const kept = doc.otherTables!.find((t) => t.of === 't1')!;
    expect(kept.rows.map((r) => [r.name, r.source?.line, ...r.values])).to.deep.equal([
      ['收入合计', 8, 100, null],
      ['支出合计', 8, null, 100],
    ]);
  });
});
