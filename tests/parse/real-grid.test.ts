// Columns of real published disclosures (stages 4–6: cell grid, header tree, panels),
// compared cell by cell with values read from the texts by hand (tests/fixtures/real/README.md).
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Values = Record<string, number | null>;
type Line = { code?: string; name: string; amount: number | null };
const byCode = (table: { rows: { code: string; values: Values }[] }, keys: string[]) =>
  Object.fromEntries(table.rows.map((r) => [r.code, keys.map((k) => r.values[k] ?? null)]));
const lines = (list: Line[]) => list.map((r) => [r.code ?? '', r.name, r.amount]);
const three = (amounts: object | undefined) => {
  const { source, ...rest } = (amounts ?? {}) as Record<string, unknown>;
  void source;
  return rest;
};

describe('real: 广州市住房和城乡建设局 2026 部门预算 (表1 sides overlapping in x, pages laid out anew)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/guangzhou-zhujian-2026-budget.layout.txt'));
  });

  it('表1 收支总体情况表: each side its own names and amounts, across the page break, every cell', () => {
    const t1 = result.document!.tables.t1!;
    // A left amount ("154,728.09") is printed one space before the right name: it stays left.
    expect(lines(t1.income)).to.deep.equal([
      ['', '预算拨款', 154728.09],
      ['', '财政专户拨款', 0],
      ['', '事业收入', 0],
      ['', '事业单位经营收入', 0],
      ['', '其他收入', 0],
      ['', '上级补助收入', 0],
      ['', '附属单位上缴收入', 0],
    ]);
    expect(t1.income[0]!.kind).to.equal('fiscal');
    const spending = Object.fromEntries(t1.expenditure.map((r) => [r.name, r.amount]));
    expect(spending).to.deep.include({
      一般公共服务支出: 16.25,
      外交支出: 0,
      科学技术支出: 1940.92,
      社会保障和就业支出: 7113.97,
      卫生健康支出: 8024.24,
      城乡社区支出: 90121.23,
      住房保障支出: 47511.48,
      灾害防治及应急管理支出: 0,
      // The next page, laid out with other x positions.
      其他支出: 0,
      对附属单位补助支出: 0,
      上缴上级支出: 0,
    });
    expect(t1.expenditure).to.have.length(25);
    const totals = Object.fromEntries(Object.entries(t1.totals).map(([k, v]) => [k, (v as Line).amount]));
    expect(totals).to.deep.equal({
      incomeTotal: 154728.09,
      expenditureTotal: 154728.09,
      carryOverStart: 0,
      carryOverEnd: 0,
      incomeGrandTotal: 154728.09,
      expenditureGrandTotal: 154728.09,
    });
  });

  // 表3 (the "对附属单位补助支 / 出" header wrapped across lines is one column) and 表8 (三公 items
  // printed as rows) are checked cell by cell in tests/fixtures/real/expected/guangzhou-zhujian-2026-budget.json
  // (tests/parse/real-cells.test.ts).
});

describe('real: 苏州市自然资源和规划局 2026 部门预算 (公开 01 表 …, rows with blank amounts)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/suzhou-ziranziyuan-2026-budget.layout.txt'));
  });

  it('公开01表 收支总表: listed rows with blank amounts are rows, not a repeated header; every cell', () => {
    const t1 = result.document!.tables.t1!;
    expect(lines(t1.income)).to.deep.equal([
      ['', '一般公共预算拨款收入', 20832.97],
      ['', '政府性基金预算拨款收入', 66107.38],
      ['', '国有资本经营预算拨款收入', null],
      ['', '财政专户管理资金收入', null],
      ['', '事业收入', null],
      ['', '事业单位经营收入', null],
      ['', '上级补助收入', null],
      ['', '附属单位上缴收入', null],
      ['', '其他收入', 58.79],
    ]);
    const printed = t1.expenditure.filter((r) => r.amount !== null).map((r) => [r.code, r.name, r.amount]);
    expect(printed).to.deep.equal([
      ['208', '社会保障和就业支出', 1289.58],
      ['212', '城乡社区支出', 66107.38],
      ['220', '自然资源海洋气象等支出', 15797.79],
      ['221', '住房保障支出', 3804.39],
    ]);
    expect(t1.expenditure).to.have.length(30);
    expect(t1.totals.incomeTotal!.amount).to.equal(86999.14);
    expect(t1.totals.expenditureTotal!.amount).to.equal(86999.14);
    expect(t1.totals.carryOverStart!.amount).to.equal(null);
    expect(t1.totals.carryOverEnd!.amount).to.equal(null);
    expect(t1.totals.expenditureGrandTotal!.amount).to.equal(86999.14);
  });

  it('公开03表 支出总表: "事业单位 / 经营支出" and "对附属单位补 / 助支出" wrapped headers, every cell', () => {
    const t3 = result.document!.tables.t3!;
    expect(t3.total!.values).to.deep.equal({ total: 86999.14, basic: 12947.96, project: 74051.18, operating: null, superiorRemit: null, subsidiaryGrant: null });
    const keys = ['total', 'basic', 'project'];
    expect(byCode(t3, keys)).to.deep.equal({
      '208': [1289.58, 1289.58, null],
      '20805': [1289.58, 1289.58, null],
      '2080505': [878.07, 878.07, null],
      '2080506': [411.51, 411.51, null],
      '212': [66107.38, null, 66107.38],
      '21208': [66107.38, null, 66107.38],
      '2120801': [31638, null, 31638],
      '2120802': [9600.92, null, 9600.92],
      '2120803': [23460.16, null, 23460.16],
      '2120806': [989.8, null, 989.8],
      '2120899': [418.5, null, 418.5],
      '220': [15797.79, 7853.99, 7943.8],
      '22001': [15797.79, 7853.99, 7943.8],
      '2200101': [2838.83, 2838.83, null],
      '2200102': [396.54, null, 396.54],
      '2200112': [3278.03, 2344.39, 933.64],
      // Next page: the x positions shift; a blank 基本支出 stays blank.
      '2200150': [2670.77, 2670.77, null],
      '2200199': [6613.62, null, 6613.62],
      '221': [3804.39, 3804.39, null],
      '22102': [3804.39, 3804.39, null],
      '2210201': [1056.36, 1056.36, null],
      '2210202': [1520.3, 1520.3, null],
      '2210203': [1227.73, 1227.73, null],
    });
  });

  it('公开09表 "三公"、会议费、培训费: "公务用车运行维 / 护费" wrapped, 会议费/培训费 not in 三公', () => {
    expect(three(result.document!.tables.t7!.budget)).to.deep.equal({
      total: 43.8,
      abroad: 0,
      vehicles: 7.8,
      vehiclePurchase: 0,
      vehicleOperation: 7.8,
      reception: 36,
      // Beside the 三公, not in its 合计 (43.80 = 0 + 7.80 + 36.00).
      meetings: 26.6,
      training: 56.05,
    });
  });
});

describe('real: 江苏省人民检察院 2019 部门预算 (three sides, "三公" subtotal beside a grand 合计)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/jiangsu-jianchayuan-2019-budget.layout.txt'));
  });

  it('公开01表: the "项目名称 金额" header is the table\'s, not an untitled scorecard; the 功能分类 side is the expenditure', () => {
    const t1 = result.document!.tables.t1!;
    // "1.一般公共预算" and "2.政府性基金预⏎算" are parts of 一、财政拨款 (其中 parts, never a second
    // income); "财政专户管理资⏎金" is one name wrapped over two lines, not two lines.
    expect(t1.income.slice(0, 3).map((r) => [r.name, r.amount, (r.parts ?? []).map((p) => [p.name, p.amount])])).to.deep.equal([
      ['财政拨款', 24169.74, [['一般公共预算', 24169.74], ['政府性基金预算', null]]],
      ['财政专户管理资金', null, []],
      ['其他资金', null, []],
    ]);
    const spending = Object.fromEntries(t1.expenditure.filter((r) => r.amount !== null).map((r) => [r.code, r.amount]));
    expect(spending).to.deep.equal({ '204': 16593.12, '208': 1890.27, '221': 5686.35 });
    // The 支出用途 side (基本支出 15,844.04 …) has no place in the schema: kept as printed, named
    // in a notice; "三、单位预留机动经" / "3,990.40" / "费" is one line.
    expect(result.warnings.some((w) => w.code === 'column-kept' && /公开01表/.test(w.message.en + w.message['zh-CN']))).to.equal(true);
    const kept = result.document!.otherTables!.find((t) => t.of === 't1' && t.reason === 'unmapped-columns')!;
    expect(kept.rows.map((r) => [r.name, ...r.values])).to.deep.equal([
      ['一、基本支出', 15844.04],
      ['二、项目支出', 4335.3],
      ['三、单位预留机动经费', 3990.4],
    ]);
  });

  it('公开09表 "三公"、会议费、培训费: 三公 小计 is the total, 合计 (with 会议费/培训费) is not; a blank 购置费 stays blank', () => {
    expect(three(result.document!.tables.t7!.budget)).to.deep.equal({
      total: 418.26,
      abroad: 80,
      vehicles: 237,
      vehiclePurchase: null,
      vehicleOperation: 237,
      reception: 101.26,
      meetings: 158.44,
      training: 700,
      // 1,276.70 = 418.26 + 158.44 + 700: the 合计 over the 三公 and 会议费、培训费.
      totalWithRelated: 1276.7,
    });
    expect((result.document!.otherTables ?? []).filter((t) => t.of === 't7')).to.deep.equal([]);
  });
});
