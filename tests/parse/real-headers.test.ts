// Headers and columns of the typed tables on real documents: rows that print every amount
// (placed in order, pages laid out anew), header words one space apart, a 财政拨款 fund column,
// rows that are units (by name or by a 6-digit 部门代码), a unit name wrapped around the first
// row, and 表6 printed as 支出总计 | 基本支出 | 项目支出. Synthetic texts with their cells
// stated here, and real texts (tests/fixtures/real/) whose expected cells were read from the
// text by hand, not from the parser.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { headerWords } from '../../src/parse/grid/header-words.js';
import { fixtureText } from '../helpers/fixtures.js';

/** A text line: each cell starts at a column (>= 0) or ends at one (< 0, right-aligned amounts). */
function line(...cells: [number, string][]): string {
  let s = '';
  for (const [at, text] of cells) {
    const start = at < 0 ? -at - text.length : at;
    s += ' '.repeat(Math.max(start - s.length, s.length > 0 ? 1 : 0)) + text;
  }
  return s;
}
const L = (at: number, text: string): [number, string] => [at, text];
const R = (end: number, text: string): [number, string] => [-end, text];
const warned = (result: ReturnType<typeof parse>) => result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent');

describe('parse headers: rows that print every amount', () => {
  // 支出总表 by unit over two pages; pdftotext printed page 2 six characters to the right, so
  // its amounts fall between page 1's column bands.
  const header = (shift: number) =>
    line(L(4 + shift, '预算单位'), L(16 + shift, '科目编码'), L(28 + shift, '科目名称'), L(38 + shift, '支出总计'), L(52 + shift, '基本支出'), L(66 + shift, '项目支出'), L(80 + shift, '上缴上级支出'));
  const amounts = (shift: number, values: string[]) => values.map((v, k) => R(46 + 14 * k + shift, v));
  const coded = (shift: number, code: string, name: string, values: string[]) => line(L(18 + shift, code), L(28 + shift, name), ...amounts(shift, values));
  const text = [
    '2026年测试局部门预算',
    '',
    '表3',
    line(L(30, '支出总表')),
    line(L(0, '部门名称：测试局'), L(60, '单位：万元')),
    '',
    header(0),
    line(L(0, '测试局'), ...amounts(0, ['300.00', '200.00', '100.00', '0.00'])),
    line(L(4, '测试局（本级）'), ...amounts(0, ['180.00', '120.00', '60.00', '0.00'])),
    coded(0, '201', '一般公共服务支出', ['180.00', '120.00', '60.00', '0.00']),
    coded(0, '20101', '人大事务', ['180.00', '120.00', '60.00', '0.00']),
    coded(0, '2010101', '行政运行', ['120.00', '120.00', '0.00', '0.00']),
    coded(0, '2010102', '一般行政管理事务', ['60.00', '0.00', '60.00', '0.00']),
    '',
    line(L(40, '- 1 -')),
    '\f表3',
    line(L(30, '支出总表')),
    line(L(0, '部门名称：测试局'), L(60, '单位：万元')),
    '',
    header(6),
    line(L(4, '测试中心'), ...amounts(6, ['120.00', '80.00', '40.00', '0.00'])),
    coded(6, '208', '社会保障和就业支出', ['120.00', '80.00', '40.00', '0.00']),
    coded(6, '20805', '行政事业单位养老支出', ['120.00', '80.00', '40.00', '0.00']),
    coded(6, '2080505', '机关事业单位基本养老保险缴费支出', ['120.00', '80.00', '40.00', '0.00']),
  ].join('\n');

  it('places each row in order under the header leaves, page by page, and keeps the units apart', () => {
    const result = parse(text);
    const t3 = result.document!.tables.t3!;
    expect(t3.total!.values).to.deep.equal({ total: 300, basic: 200, project: 100, superiorRemit: 0 });
    expect(t3.units!.map((u) => [u.name, u.values, u.rows.map((r) => r.code)])).to.deep.equal([
      ['测试局（本级）', { total: 180, basic: 120, project: 60, superiorRemit: 0 }, ['201', '20101', '2010101', '2010102']],
      ['测试中心', { total: 120, basic: 80, project: 40, superiorRemit: 0 }, ['208', '20805', '2080505']],
    ]);
    const row = t3.rows.find((r) => r.code === '2080505')!;
    expect([row.name, row.values]).to.deep.equal(['机关事业单位基本养老保险缴费支出', { total: 120, basic: 80, project: 40, superiorRemit: 0 }]);
    expect(t3.rows.find((r) => r.code === '2010102')!.values).to.deep.equal({ total: 60, basic: 0, project: 60, superiorRemit: 0 });
    expect(warned(result)).to.deep.equal([]);
  });
});

describe('parse headers: header words one space apart', () => {
  it('splits a run of Chinese header words, never a letter-spaced word or one next to a number', () => {
    expect(headerWords('一般公共预 政府性基金 国有资本经')).to.deep.equal(['一般公共预', '政府性基金', '国有资本经']);
    expect(headerWords('“三公”经费财政 因公出国（境）费')).to.deep.equal(['“三公”经费财政', '因公出国（境）费']);
    expect(headerWords('栏 次')).to.equal(undefined);
    expect(headerWords('2026 年预算数')).to.equal(undefined);
    expect(headerWords('合计')).to.equal(undefined);
  });

  // 收入总体情况表 by unit (广州 layout): the 财政拨款收入 funds printed one space apart, the
  // table's rows are its units. The funds are parts of 财政拨款, each under its own key: never `fiscal`.
  const text = [
    '2026年测试局部门预算',
    '',
    line(L(60, '表2')),
    line(L(20, '收入总体情况表')),
    line(L(0, '单位名称：测试局'), L(60, '单位：万元')),
    line(L(31, '财政拨款收入'), L(55, '其他资金收入')),
    line(L(4, '单位名称'), L(14, '合计'), L(20, '一般公共预 政府性基金 国有资本经'), L(52, '事业收'), L(62, '其他收')),
    line(L(22, '算'), L(33, '预算'), L(44, '营预算'), L(53, '入'), L(63, '入')),
    line(L(4, '合计'), R(17, '300.00'), R(29, '200.00'), R(40, '60.00'), R(50, '0.00'), R(59, '30.00'), R(68, '10.00')),
    line(L(0, '测试局'), R(17, '250.00'), R(29, '180.00'), R(40, '60.00'), R(50, '0.00'), R(59, '0.00'), R(68, '10.00')),
    line(L(0, '测试中心'), R(17, '50.00'), R(29, '20.00'), R(40, '0.00'), R(50, '0.00'), R(59, '30.00'), R(68, '0.00')),
  ].join('\n');

  it('names each fund column apart and keys each fund, 事业收入 and 其他收入 (nothing left as printed)', () => {
    const result = parse(text);
    const t2 = result.document!.tables.t2!;
    expect(t2.total!.values).to.deep.equal({ total: 300, generalBudget: 200, governmentFund: 60, stateCapital: 0, institution: 30, other: 10 });
    expect(t2.units!.map((u) => [u.name, u.values])).to.deep.equal([
      ['测试局', { total: 250, generalBudget: 180, governmentFund: 60, stateCapital: 0, institution: 0, other: 10 }],
      ['测试中心', { total: 50, generalBudget: 20, governmentFund: 0, stateCapital: 0, institution: 30, other: 0 }],
    ]);
    expect(t2.total!.values.fiscal).to.equal(undefined);
    expect(warned(result)).to.not.include('column-kept');
    expect((result.document!.otherTables ?? []).filter((t) => t.of === 't2')).to.deep.equal([]);
  });
});

describe('parse headers: rows that are units', () => {
  // 收入总表 by unit with a 部门代码 column (苏州 layout): "114" is the department, "114001" … its units.
  const text = [
    '2026年测试局部门预算',
    '',
    '公开 02 表',
    line(L(30, '收入总表')),
    line(L(0, '部门：测试局'), L(70, '单位：万元')),
    line(L(1, '部门代'), L(60, '其他')),
    line(L(12, '部门名称'), L(26, '合计'), L(36, '事业收入'), L(48, '上级补助收入'), L(60, '收入')),
    line(L(2, '码')),
    line(L(11, '合计'), R(32, '1,000.00'), R(44, '600.00'), R(58, '300.00'), R(68, '100.00')),
    line(L(0, '114'), L(9, '测试局'), R(32, '1,000.00'), R(44, '600.00'), R(58, '300.00'), R(68, '100.00')),
    line(L(0, '114001'), L(9, '测试局'), R(32, '700.00'), R(44, '600.00'), R(68, '100.00')),
    line(L(0, '114002'), L(9, '测试中心'), R(32, '300.00'), R(58, '300.00')),
  ].join('\n');

  it('reads each unit with its code, and the department row as the total, never a unit', () => {
    const t2 = parse(text).document!.tables.t2!;
    expect(t2.rows).to.deep.equal([]);
    expect(t2.total!.values).to.deep.equal({ total: 1000, institution: 600, superiorSubsidy: 300, other: 100 });
    expect(t2.units!.map((u) => [u.code, u.name, u.values])).to.deep.equal([
      ['114001', '测试局', { total: 700, institution: 600, superiorSubsidy: null, other: 100 }],
      ['114002', '测试中心', { total: 300, institution: null, superiorSubsidy: 300, other: null }],
    ]);
  });

  // 收入总表 of one unit (深圳 layout) whose name is wrapped around its amounts.
  const wrapped = [
    '2026年测试局部门预算',
    '',
    '表2',
    line(L(30, '收入总表')),
    line(L(0, '部门名称：测试管理局'), L(70, '单位：万元')),
    line(L(4, '预算单位'), L(20, '收入总计'), L(34, '事业收入'), L(48, '其他收入'), L(60, '上年结余、结转')),
    '测试市规划和自然资源局大鹏管',
    line(R(28, '4,505.81'), R(42, '0.00'), R(56, '184.50'), R(70, '11.00')),
    '理局',
  ].join('\n');

  it('takes a unit name wrapped around the first row as the row’s name, not as a header', () => {
    const t2 = parse(wrapped).document!.tables.t2!;
    expect([t2.total!.name, t2.total!.values]).to.deep.equal([
      '测试市规划和自然资源局大鹏管理局',
      { total: 4505.81, institution: 0, other: 184.5, carryOverStart: 11 },
    ]);
  });
});

describe('parse headers: 表6 printed as 支出总计 | 基本支出 | 项目支出', () => {
  const text = [
    '2026年测试局部门预算',
    '',
    '表8',
    line(L(20, '一般公共预算支出表（按经济分类）')),
    line(L(0, '部门名称：测试局'), L(70, '单位：万元')),
    line(L(4, '预算单位'), L(20, '科目编码'), L(32, '科目名称'), L(46, '支出总计'), L(58, '基本支出'), L(70, '项目支出')),
    line(L(0, '测试局'), R(52, '300.00'), R(64, '200.00'), R(76, '100.00')),
    line(L(20, '301'), L(32, '工资福利支出'), R(52, '150.00'), R(64, '150.00'), R(76, '0.00')),
    line(L(20, '30101'), L(32, '基本工资'), R(52, '150.00'), R(64, '150.00'), R(76, '0.00')),
    line(L(20, '302'), L(32, '商品和服务支出'), R(52, '150.00'), R(64, '50.00'), R(76, '100.00')),
    line(L(20, '30227'), L(32, '委托业务费'), R(52, '100.00'), R(64, '0.00'), R(76, '100.00')),
    line(L(20, '30201'), L(32, '办公费'), R(52, '50.00'), R(64, '50.00'), R(76, '0.00')),
  ].join('\n');

  it('takes the 基本支出 column as the amount and the unit heading as the total', () => {
    const t6 = parse(text).document!.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.name, r.amount])).to.deep.equal([
      ['301', '工资福利支出', 150],
      ['30101', '基本工资', 150],
      ['302', '商品和服务支出', 50],
      ['30201', '办公费', 50],
      ['30227', '委托业务费', 0],
    ]);
    expect(t6.totals.total!.amount).to.equal(200);
  });

  it('finds the codes by the grid when the header prints 科目编码 over the names', () => {
    const shifted = [
      ...text.split('\n').slice(0, 5),
      line(L(4, '预算单位'), L(30, '科目编码'), L(40, '科目名称'), L(56, '支出总计'), L(68, '基本支出'), L(80, '项目支出')),
      line(L(0, '测试局'), R(62, '300.00'), R(74, '200.00'), R(86, '100.00')),
      line(L(20, '301'), L(32, '工资福利支出'), R(62, '150.00'), R(74, '150.00'), R(86, '0.00')),
      line(L(20, '302'), L(32, '商品和服务支出'), R(62, '150.00'), R(74, '50.00'), R(86, '100.00')),
    ].join('\n');
    const t6 = parse(shifted).document!.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.name, r.amount])).to.deep.equal([
      ['301', '工资福利支出', 150],
      ['302', '商品和服务支出', 50],
    ]);
    expect(t6.totals.total!.amount).to.equal(200);
  });
});

describe('parse headers: real documents', () => {
  it('深圳人社 支出总表 (49 pages by unit) and 收入总表: every unit apart, cells as printed', async () => {
    // Lines 1–2 and 2700–4772 of the published text: 表2 and 表3.
    const result = parse(await fixtureText('real/shenzhen-renshe-2026-budget-tables-2-3.layout.txt'));
    const t2 = result.document!.tables.t2;
    const t3 = result.document!.tables.t3;
    // 表3 line 2835: 571,347.93 | 136,131.77 | 435,216.17 | 0.00 | 0.00 | 0.00 | (政府采购 39,591.53 …).
    expect(t3!.total!.values).to.deep.equal({ total: 571347.93, basic: 136131.77, project: 435216.17, operating: 0, subsidiaryGrant: 0, superiorRemit: 0 });
    expect(t3!.units!.length).to.equal(21);
    expect(t3!.units![1]!.name).to.equal('深圳市人力资源和社会保障数据管理中心');
    const exam = t3!.units!.find((u) => u.name === '深圳市考试院')!;
    expect(exam.values).to.deep.equal({ total: 15368.5, basic: 2401.78, project: 12966.72, operating: 0, subsidiaryGrant: 0, superiorRemit: 0 });
    expect(exam.rows.slice(0, 1).map((r) => [r.code, r.name, r.values.total, r.values.basic])).to.deep.equal([['205', '教育支出', 0.5, 0.5]]);
    const last = t3!.units![20]!;
    expect([last.name, last.values!.total, last.rows[last.rows.length - 1]!.code, last.rows[last.rows.length - 1]!.values.total]).to.deep.equal([
      '深圳市社会保险基金管理局大鹏分局',
      1788.76,
      '2210203',
      197,
    ]);
    // 表2 line 2722: 收入总计 571,347.93 | 一般公共预算 533,162.27 | 政府性基金 0.00 | 国有资本经营 0.00 |
    // 财政专户 14,501.08 | 事业收入 10,643.89 | 经营 0.00 | 上级补助 0.00 | 附属 0.00 | 其他 3,298.27 | 上年结余、结转 9,742.42.
    expect(t2!.total!.values).to.deep.equal({
      total: 571347.93,
      generalBudget: 533162.27,
      governmentFund: 0,
      stateCapital: 0,
      specialAccount: 14501.08,
      institution: 10643.89,
      operating: 0,
      superiorSubsidy: 0,
      affiliated: 0,
      other: 3298.27,
      carryOverStart: 9742.42,
    });
    expect(t2!.units!.length).to.equal(21);
    expect(result.warnings.some((w) => w.code === 'columns-ambiguous')).to.equal(false);
  });

  it('广州 收入总体情况表: funds apart from 财政拨款, units as rows', async () => {
    const t2 = parse(await fixtureText('real/guangzhou-zhujian-2026-budget.layout.txt')).document!.tables.t2!;
    // Line 344: 合计 154,728.09 | 113,077.44 | 41,650.65 | 0.00 (funds) | 0.00 0.00 (专户) | 事业收入 0.00 …
    expect(t2.total!.values.total).to.equal(154728.09);
    expect(t2.total!.values.fiscal).to.equal(undefined);
    // The funds each under their key; 财政专户拨款收入's 教育收费 is one part of it: no key (kept as printed).
    expect([t2.total!.values.generalBudget, t2.total!.values.governmentFund, t2.total!.values.stateCapital]).to.deep.equal([113077.44, 41650.65, 0]);
    expect('specialAccount' in t2.total!.values).to.equal(false);
    expect(t2.total!.values.institution).to.equal(0);
    expect(t2.units![0]!.name).to.equal('广州市住房和城乡建设局');
    expect(t2.units![0]!.values!.total).to.equal(30851.67);
  });

  it('苏州 收入总表: units under 部门代码', async () => {
    const t2 = parse(await fixtureText('real/suzhou-ziranziyuan-2026-budget.layout.txt')).document!.tables.t2!;
    expect(t2.total!.values.total).to.equal(86999.14);
    // Line 313: 58.79 is 其他收入 (the 上年结转结余 group starts at its 小计, further right): never
    // 上年结转; the squeezed header may leave it unkeyed, never in another key.
    expect([t2.total!.values.carryOverStart, t2.total!.values.other ?? 58.79, t2.total!.values.operating ?? null]).to.deep.equal([null, 58.79, null]);
    expect(t2.units!.map((u) => [u.code, u.name, u.values!.total])).to.deep.equal([
      ['114001', '苏州市自然资源和规划局', 10022.32],
      ['114002', '苏州市土地储备中心', 69998],
      ['114005', '苏州市规划编制信息中心', 713.12],
      ['114006', '苏州市国土资源信息中心', 829.99],
      ['114007', '苏州市规划展示馆', 1434.97],
      ['114008', '苏州市不动产登记中心', 4000.74],
    ]);
  });

  it('深圳大鹏 收入总表 (one unit wrapped around its row) and 表8 by 经济分类 (its 基本支出)', async () => {
    const { t2, t6 } = parse(await fixtureText('real/shenzhen-ghzy-dapeng-2026-budget.layout.txt')).document!.tables;
    // Line 694: 4,505.81 | 4,295.31 15.00 0.00 (funds) | 0.00 (专户) | 0.00 0.00 0.00 0.00 | 184.50 | 11.00.
    expect([t2!.total!.name, t2!.total!.values]).to.deep.equal([
      '深圳市规划和自然资源局大鹏管理局',
      { total: 4505.81, generalBudget: 4295.31, governmentFund: 15, stateCapital: 0, specialAccount: 0, institution: 0, operating: 0, superiorSubsidy: 0, affiliated: 0, other: 184.5, carryOverStart: 11 },
    ]);
    // Lines 1139, 1161, 1190: the unit 4,306.31 | 2,648.89 | 1,657.42; 302 1,932.41 | 287.99 | 1,644.41; 30226 709.92 | 0.00 | 709.92.
    expect(t6!.totals.total!.amount).to.equal(2648.89);
    expect(t6!.rows.find((r) => r.code === '302')!.amount).to.equal(287.99);
    expect(t6!.rows.find((r) => r.code === '30226')!.amount).to.equal(0);
  });

  it('北京 预算09表: "“三公”经费财政 因公出国（境）费" are two header cells; 预算总额 is the total', async () => {
    const t7 = parse(await fixtureText('real/beijing-tongji-2026-budget-2-tables.layout.txt')).document!.tables.t7!;
    // Line 651: 73.790000 | 45.190000 | 1.180000 | 27.420000 | (blank) | 27.420000.
    expect(t7.budget).to.deep.include({ total: 73.79, abroad: 45.19, reception: 1.18, vehicles: 27.42, vehicleOperation: 27.42 });
  });
});
