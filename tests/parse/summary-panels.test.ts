// 表1 printed as several column panels side by side (a 部门综合预算收支总表): a 序号 column, then
// 收入 | 支出功能分类 | 部门预算经济分类 | 政府预算经济分类, each a label column and an amount column;
// labels wrapped over two or three printed lines, blank amounts. The income panel is t1's income,
// the 功能分类 panel its expenditure; the economic panels split the same money again, so they are
// kept as printed in otherTables (src/parse/tables/other-sides.ts), never added to expenditure.
// Invented names and amounts; the real 西安市交通运输局 2022 表1/表4 are checked cell by cell in
// real-cells.test.ts (tests/fixtures/real/expected/xian-jiaotong-2022-budget.json, `others`).
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';

const doc = (body: string[]) => parse(['测试局', '2026年部门预算', '', '部门综合预算收支总表', '金额单位：万元', ...body].join('\n'));
const kept = (result: ParseResult) => {
  const table = result.document!.otherTables!.find((t) => t.of === 't1' && t.reason === 'unmapped-columns')!;
  return { paths: table.columns.map((c) => c.path), rows: table.rows.map((r) => [r.name, ...r.values]) };
};
const codes = (result: ParseResult, code: string) => result.warnings.filter((w) => w.code === code);

describe('parse 表1 in four panels (序号, wrapped labels, blank amounts)', () => {
  let result: ParseResult;
  before(() => {
    result = doc([
      '          收          入                                              支                 出',
      '序号 项目               预算数  支出功能分类科目        预算数  部门经济分类科目          预算数  政府经济分类科目            预算数',
      '1  一、部门预算         500.00  一、部门预算            500.00  一、部门预算              500.00  一、部门预算                500.00',
      '                                                                1、人员和公用经费支',
      '2  1、财政拨款          400.00  1、一般公共服务支出     300.00                            120.00  1、机关工资福利支出          80.00',
      '                                                                出',
      '3  2、事业收入          100.00  2、教育支出             200.00  (1)工资福利支出            70.00  2、机关商品和服务支出        40.00',
      '4  3、其他收入                  3、科学技术支出                 (2)商品和服务支出          50.00  3、对事业单位经常性补助     380.00',
      '5                               4、文化旅游体育与传媒支         2、专项业务经费支出       380.00  4、对个人和家庭的补助',
      '                                出',
      '6  本年收入合计         500.00  本年支出合计            500.00  本年支出合计              500.00  本年支出合计                500.00',
      '7  收入总计             500.00  支出总计                500.00  支出总计                  500.00  支出总计                    500.00',
    ]);
  });

  it('reads the income panel as income and the 功能分类 panel as expenditure 类 lines; the totals balance', () => {
    const t1 = result.document!.tables.t1!;
    expect(t1.income.map((r) => [r.name, r.amount, (r.parts ?? []).map((p) => [p.name, p.amount])])).to.deep.equal([
      ['部门预算', 500, [['财政拨款', 400], ['事业收入', 100], ['其他收入', null]]],
    ]);
    // "4、文化旅游体育与传媒支" / "出": one 类 line; a blank amount stays null.
    expect(t1.expenditure.map((r) => [r.code ?? null, r.name, r.amount])).to.deep.equal([
      [null, '部门预算', 500],
      ['201', '一般公共服务支出', 300],
      ['205', '教育支出', 200],
      ['206', '科学技术支出', null],
      ['207', '文化旅游体育与传媒支出', null],
    ]);
    expect(t1.totals.incomeGrandTotal!.amount).to.equal(500);
    expect(t1.totals.expenditureGrandTotal!.amount).to.equal(500);
    expect(t1.totals.expenditureTotal!.amount).to.equal(500);
  });

  it('keeps both economic panels as printed, a label wrapped around its amount joined to it, and says so', () => {
    expect(kept(result)).to.deep.equal({
      paths: [['部门经济分类科目', '预算数'], ['政府经济分类科目', '预算数']],
      rows: [
        ['一、部门预算', 500, null],
        // "1、人员和公用经费支" / "2 … 120.00" / "出": the amount on the unnamed middle line.
        ['1、人员和公用经费支出', 120, null],
        ['(1)工资福利支出', 70, null],
        ['(2)商品和服务支出', 50, null],
        ['2、专项业务经费支出', 380, null],
        ['本年支出合计', 500, null],
        ['支出总计', 500, null],
        ['一、部门预算', null, 500],
        ['1、机关工资福利支出', null, 80],
        ['2、机关商品和服务支出', null, 40],
        ['3、对事业单位经常性补助', null, 380],
        ['本年支出合计', null, 500],
        ['支出总计', null, 500],
      ],
    });
    expect(codes(result, 'column-kept').map((w) => w.message.en)).to.deep.equal([
      'Column "部门经济分类科目" of 公开01表 is not part of the schema; it is kept as printed in otherTables.',
      'Column "政府经济分类科目" of 公开01表 is not part of the schema; it is kept as printed in otherTables.',
    ]);
    expect(codes(result, 'line-unread')).to.deep.equal([]);
    expect(codes(result, 'column-unknown')).to.deep.equal([]);
  });
});

describe('parse 表1 in three panels without 序号 (收入 | 功能分类 | 支出用途)', () => {
  it('keeps the 支出用途 panel; its label wrapped around the amount takes the tail below', () => {
    const result = doc([
      '        收入                            支出',
      '项目                  金额   功能分类科目              金额   支出用途           金额',
      '一、财政拨款         80.00   一、一般公共服务支出     60.00   一、基本支出      50.00',
      '二、事业收入         20.00   二、教育支出             40.00   二、项目支出      30.00',
      '                                                              三、单位预留机动经',
      '三、其他收入                 三、科学技术支出                                   20.00',
      '                                                              费',
      '收入合计            100.00                                    支出合计         100.00',
    ]);
    const t1 = result.document!.tables.t1!;
    expect(t1.expenditure.map((r) => [r.code, r.amount])).to.deep.equal([
      ['201', 60],
      ['205', 40],
      ['206', null],
    ]);
    // 支出合计 printed in the 支出用途 panel is the expenditure side's total (one footer).
    expect([t1.totals.incomeTotal!.amount, t1.totals.expenditureTotal!.amount]).to.deep.equal([100, 100]);
    expect(kept(result).rows).to.deep.equal([
      ['一、基本支出', 50],
      ['二、项目支出', 30],
      ['三、单位预留机动经费', 20],
    ]);
    expect(codes(result, 'line-unread')).to.deep.equal([]);
  });
});
