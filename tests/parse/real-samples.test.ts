// Real published disclosures, compared cell by cell with values read from the text by hand
// (tests/fixtures/real/README.md). Tables the parser does not read right yet keep their
// hand-read cells in a pending test: the gap stays visible and becomes a test when fixed.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Values = Record<string, number | null>;
const rows = (table: { rows: { code: string; name: string; values: Values }[] }, keys: string[]) =>
  table.rows.map((r) => [r.code, r.name, ...keys.map((k) => r.values[k] ?? null)]);

describe('real: 上海市福利彩票发行中心 2026 单位预算 (元, unnumbered tables, split 类|款|项)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/shanghai-fucai-2026-unit-budget.layout.txt'));
  });

  it('finds the nine tables by their titles alone (no table numbers printed), after the 目录', () => {
    expect(Object.keys(result.document!.tables).sort()).to.deep.equal(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']);
    expect(result.document!.tables.t8!.title).to.equal('2026年预算单位政府性基金预算支出功能分类预算表');
    expect(result.document!.tables.t3!.unit).to.equal('元');
  });

  it('表1 财务收支预算总表: the expenditure side takes its 合计 column, not 项目支出', () => {
    const t1 = result.document!.tables.t1!;
    expect(t1.expenditure.map((r) => [r.code, r.name, r.amount])).to.deep.equal([['229', '其他支出', 216801570]]);
    expect(t1.totals.incomeGrandTotal!.amount).to.equal(216801570);
    expect(t1.totals.expenditureGrandTotal!.amount).to.equal(216801570);
    const income = Object.fromEntries(t1.income.map((r) => [r.name, r.amount]));
    expect(income['财政拨款收入']).to.equal(215020000);
    expect(income['其他收入']).to.equal(1781570);
    // "2、政府性基金预算" under "一、财政拨款收入" is a part of it, never a second income.
    expect(income['政府性基金预算']).to.equal(undefined);
    const fiscal = t1.income.find((r) => r.name === '财政拨款收入')!;
    expect(fiscal.parts!.map((p) => [p.name, p.amount])).to.deep.equal([
      ['一般公共预算', null],
      ['政府性基金预算', 215020000],
      ['国有资本经营预算', null],
    ]);
  });

  it('表2 收入预算总表: split 类|款|项 codes, every cell', () => {
    const t2 = result.document!.tables.t2!;
    const keys = ['total', 'fiscal', 'institution', 'other'];
    expect(rows(t2, keys)).to.deep.equal([
      ['229', '其他支出', 216801570, 215020000, null, 1781570],
      ['22908', '彩票发行销售机构业务费安排的支出', 215020000, 215020000, null, null],
      ['2290804', '福利彩票销售机构的业务费支出', 215020000, 215020000, null, null],
      ['22999', '其他支出', 1781570, null, null, 1781570],
      ['2299999', '其他支出', 1781570, null, null, 1781570],
    ]);
    expect(t2.total!.values).to.include({ total: 216801570, fiscal: 215020000, other: 1781570 });
  });

  it('表3 支出预算总表: 合计 under the 支出预算 group is the total, every cell', () => {
    const t3 = result.document!.tables.t3!;
    expect(t3.total!.values).to.deep.equal({ total: 216801570, basic: 20862863, project: 195938707 });
    expect(rows(t3, ['total', 'basic', 'project'])).to.deep.equal([
      ['229', '其他支出', 216801570, 20862863, 195938707],
      ['22908', '彩票发行销售机构业务费安排的支出', 215020000, 20862863, 194157137],
      ['2290804', '福利彩票销售机构的业务费支出', 215020000, 20862863, 194157137],
      ['22999', '其他支出', 1781570, null, 1781570],
      ['2299999', '其他支出', 1781570, null, 1781570],
    ]);
  });

  it('政府性基金 expenditure is t8 (its only appropriation), never 公开03表, every cell', () => {
    const t8 = result.document!.tables.t8!;
    expect(t8.total!.values).to.deep.equal({ total: 215020000, basic: 20862863, project: 194157137 });
    expect(rows(t8, ['total', 'basic', 'project'])).to.deep.equal([
      ['229', '其他支出', 215020000, 20862863, 194157137],
      ['22908', '彩票发行销售机构业务费安排的支出', 215020000, 20862863, 194157137],
      ['2290804', '福利彩票销售机构的业务费支出', 215020000, 20862863, 194157137],
    ]);
  });
});

describe('real: 重庆市水利局 2026 部门预算 (表一 … 表十二 above 总体情况表 titles)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/chongqing-shuili-2026-budget.layout.txt'));
  });

  it('finds the nine tables from 表一 labels printed above the titles; 政府采购 is not one of them', () => {
    const tables = result.document!.tables;
    expect(Object.keys(tables).sort()).to.deep.equal(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']);
    expect(tables.t3!.title).to.equal('2026年部门支出总体情况表');
    expect(tables.t7!.title).to.equal('2026年财政拨款“三公”经费支出情况表');
    expect(tables.t8!.title).to.equal('2026年政府性基金预算支出情况表');
  });

  it('表三 支出总体情况表: total and rows across the page break, every cell checked', () => {
    const t3 = result.document!.tables.t3!;
    expect(t3.total!.values).to.deep.equal({ total: 186549.3, basic: 41418.94, project: 145130.37 });
    const byCode = Object.fromEntries(rows(t3, ['total', 'basic', 'project']).map((r) => [r[0], r.slice(1)]));
    expect(byCode['201']).to.deep.equal(['一般公共服务支出', 59.56, null, 59.56]);
    expect(byCode['205']).to.deep.equal(['教育支出', 33862.49, 19665.33, 14197.15]);
    expect(byCode['2050803']).to.deep.equal(['培训支出', 12.17, 12.17, null]);
    expect(byCode['2059803']).to.deep.equal(['职业教育', 182, null, 182]);
    // After the page break (— 18 —) and the repeated header.
    expect(byCode['2080505']).to.deep.equal(['机关事业单位基本养老保险缴费支出', 3043.23, 3043.23, null]);
    expect(byCode['213']).to.deep.equal(['农林水支出', 102942.13, 12329.54, 90612.58]);
    expect(byCode['2130301']).to.deep.equal(['行政运行', 8677.29, 8473.87, 203.42]);
    expect(byCode['2130302']).to.deep.equal(['一般行政管理事务', 10792.76, null, 10792.76]);
  });

  it('表一 收支总体情况表: 合计 printed first, names without a header of their own, every cell', () => {
    const t1 = result.document!.tables.t1!;
    expect(t1.income.map((r) => [r.name, r.amount])).to.deep.equal([
      ['一般公共预算资金', 128148.56],
      ['政府性基金预算资金', 44134.59],
      ['国有资本经营预算资金', null],
      ['财政专户管理资金', 11791.5],
      ['事业收入资金', null],
      ['上级补助收入资金', null],
      ['附属单位上缴收入资金', null],
      ['事业单位经营收入资金', 962.62],
      ['其他收入资金', 1512.04],
    ]);
    expect(t1.expenditure.map((r) => [r.code, r.amount])).to.deep.equal([
      ['201', 59.56],
      ['205', 33862.49],
      ['208', 5932.26],
      ['210', 1293.73],
      ['213', 102942.13],
      ['215', 261.07],
      ['221', 2198.07],
      ['229', 40000],
    ]);
    expect(t1.totals.incomeTotal!.amount).to.equal(186549.3);
    expect(t1.totals.expenditureTotal!.amount).to.equal(186549.3);
  });

  // A one-row 三公 table whose 购置费 cell is blank: the amounts are placed under the header
  // tree's leaves in order, so the blank leaf is the one no amount sits under.
  it('表八 三公: 公务用车运行费 (no 维护), a blank 购置费', () => {
    expect(result.document!.tables.t7!.budget).to.include({
      total: 308,
      abroad: 20,
      vehicles: 248.5,
      vehiclePurchase: null,
      vehicleOperation: 248.5,
      reception: 39.5,
    });
  });
});
