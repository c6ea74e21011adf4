// Stages 4–6 on invented snippets, one per layout kind: panels read from typed runs, the
// header tree with wrapped words and group headers, amounts placed under the leaves in order.
import { expect } from '@open-wc/testing';
import { headerLeaves, matchInOrder } from '../../src/parse/grid/header-tree.js';
import { parse } from '../../src/parse/index.js';

const doc = (body: string[], year = '2026') => parse(['测试局', `${year}年部门预算`, '', ...body].join('\n'));
const amounts = (o: object | undefined) => {
  const { source, ...rest } = (o ?? {}) as Record<string, unknown>;
  void source;
  return rest;
};

describe('grid: 表1 sides (panels)', () => {
  it('keeps a left amount printed one space before the right name on the left, with ragged x', () => {
    const t1 = doc([
      '收支总体情况表',
      '单位名称：测试局                                          单位：万元',
      '            收入                              支出',
      '       项目         预算                 项目          预算',
      '一、预算拨款                 1,234.50 一、一般公共服务支出                 16.25',
      '二、事业收入                       0.00 二、教育支出                        1,218.25',
      '                                 三、科学技术支出                       0.00',
      '    本年收入合计                  1,234.50        本年支出合计             1,234.50',
    ]).document!.tables.t1!;
    expect(t1.income.map((r) => [r.name, r.amount])).to.deep.equal([
      ['预算拨款', 1234.5],
      ['事业收入', 0],
    ]);
    expect(t1.expenditure.map((r) => [r.code, r.name, r.amount])).to.deep.equal([
      ['201', '一般公共服务支出', 16.25],
      ['205', '教育支出', 1218.25],
      ['206', '科学技术支出', 0],
    ]);
    expect(t1.totals.incomeTotal!.amount).to.equal(1234.5);
    expect(t1.totals.expenditureTotal!.amount).to.equal(1234.5);
  });

  it('reads a page laid out with other x positions as the same two sides', () => {
    const t1 = doc([
      '收支总体情况表',
      '单位：万元',
      '       项目         预算                 项目          预算',
      '一、预算拨款                 100.00 一、一般公共服务支出                 60.00',
      '',
      '- 5 -',
      '\f       项目              预算                      项目                预算',
      '                                             二、教育支出                        40.00',
      '      本年收入合计                  100.00        本年支出合计                  100.00',
    ]).document!.tables.t1!;
    expect(t1.expenditure.map((r) => [r.name, r.amount])).to.deep.equal([
      ['一般公共服务支出', 60],
      ['教育支出', 40],
    ]);
    expect(t1.totals.incomeTotal!.amount).to.equal(100);
    expect(t1.totals.expenditureTotal!.amount).to.equal(100);
  });

  it('sets a 序号 column aside, takes the 功能分类 side as the expenditure and keeps the other sides as printed', () => {
    const result = doc([
      '部门综合预算收支总表',
      '金额单位：万元',
      '序号      项目       预算数    支出功能科目        预算数     经济科目            预算数',
      '1  一、财政拨款         90.00   一、教育支出          70.00   一、工资福利支出       50.00',
      '2  二、事业收入         10.00   二、科学技术支出      30.00   二、商品和服务支出     50.00',
      '3  收入总计            100.00   支出总计             100.00   支出总计              100.00',
    ]);
    const t1 = result.document!.tables.t1!;
    expect(t1.income.map((r) => [r.name, r.amount])).to.deep.equal([
      ['财政拨款', 90],
      ['事业收入', 10],
    ]);
    expect(t1.expenditure.map((r) => [r.code, r.amount])).to.deep.equal([
      ['205', 70],
      ['206', 30],
    ]);
    expect(t1.totals.incomeGrandTotal!.amount).to.equal(100);
    // The 经济科目 side has no place in t1: kept as printed, with a notice (not expenditure).
    const kept = result.document!.otherTables!.find((t) => t.of === 't1')!;
    expect([kept.reason, kept.columns.map((c) => c.path), kept.rows.map((r) => [r.name, ...r.values])]).to.deep.equal([
      'unmapped-columns',
      [['经济科目', '预算数']],
      [['一、工资福利支出', 50], ['二、商品和服务支出', 50], ['支出总计', 100]],
    ]);
    expect(result.warnings.filter((w) => w.code === 'column-kept')).to.have.length(1);
    expect(result.warnings.filter((w) => w.code === 'column-unknown' || w.code === 'line-unread')).to.deep.equal([]);
  });

  it('takes a side\'s 合计 column, not its last amount (合计 | 人员 | 公用 | 项目)', () => {
    const t1 = doc([
      '收支总表',
      '单位：万元',
      '项目              金额      项目                合计      人员经费    公用经费    项目支出',
      '一、财政拨款     100.00     一、教育支出        100.00      60.00       10.00       30.00',
    ]).document!.tables.t1!;
    expect(t1.expenditure.map((r) => [r.name, r.amount])).to.deep.equal([['教育支出', 100]]);
  });

  it('does not take a table\'s "项目名称  金额" header for an untitled scorecard', () => {
    const result = doc([
      '公开 01 表',
      '收支预算总表',
      '部门：测试局                                 单位：万元',
      '     项目名称         金额          功能科目名称              金额',
      '一、财政拨款           50.00   一、教育支出                 50.00',
      '     收入合计         50.00         支出合计                 50.00',
    ]);
    expect(result.document!.performance).to.equal(undefined);
    expect(result.document!.tables.t1!.income.map((r) => r.amount)).to.deep.equal([50]);
  });
});

describe('grid: header tree and amounts under its leaves', () => {
  it('joins a leaf wrapped over lines and tells a group header from it', () => {
    const leaves = headerLeaves([
      [{ text: '公务用车购置及运行费', x0: 20, x1: 30 }],
      [{ text: '合计', x0: 0, x1: 2 }, { text: '因公出', x0: 8, x1: 11 }],
      [{ text: '国（境）费', x0: 8, x1: 13 }, { text: '公务用车购置费', x0: 20, x1: 27 }, { text: '公务用车运行费', x0: 30, x1: 37 }],
    ]);
    expect(leaves.map((l) => [l.text, l.groups])).to.deep.equal([
      ['合计', []],
      ['因公出国（境）费', []],
      ['公务用车购置费', ['公务用车购置及运行费']],
      ['公务用车运行费', ['公务用车购置及运行费']],
    ]);
  });

  it('leaves the leaf no amount sits under blank instead of shifting the amounts left', () => {
    const leaves = [0, 10, 20, 30, 40].map((x) => ({ x0: x, x1: x + 6 }));
    expect(matchInOrder([{ x0: 1, x1: 6 }, { x0: 11, x1: 16 }, { x0: 31, x1: 36 }, { x0: 41, x1: 46 }], leaves)).to.deep.equal([0, 1, 3, 4]);
  });

  it('三公: a blank 购置费 and "公务用车运行费" without 维护', () => {
    const t7 = doc([
      '表八',
      '2026年财政拨款“三公”经费支出情况表',
      '单位名称：测试局                                    单位：万元',
      '                                      公务用车购置及运行费',
      '     合计       因公出国（境）费                                        公务接待费',
      '                         小计           公务用车购置费      公务用车运行费',
      '     308.00     20.00    248.50                      248.50    39.50',
    ]).document!.tables.t7!;
    expect(amounts(t7.budget)).to.deep.equal({ total: 308, abroad: 20, vehicles: 248.5, vehiclePurchase: null, vehicleOperation: 248.5, reception: 39.5 });
  });

  it('三公: of two year groups (2025年预算数 | 2026年预算数), this year\'s is the budget', () => {
    const t7 = doc([
      '2026年“三公”经费预算表',
      '单位：万元',
      '              2025年预算数                                  2026年预算数',
      '  合计     因公出国（境）费    公务接待费      合计     因公出国（境）费    公务接待费',
      '  30.00         10.00            20.00        24.00         4.00             20.00',
    ]).document!.tables.t7!;
    expect(amounts(t7.budget)).to.deep.equal({ total: 24, abroad: 4, reception: 20 });
    expect(amounts(t7.previousBudget)).to.deep.equal({ total: 30, abroad: 10, reception: 20 });
  });

  it('三公 小计 beside a grand 合计 that adds 会议费/培训费: the 小计 is the 三公 total', () => {
    const t7 = doc([
      '“三公”经费、会议费、培训费支出预算表',
      '单位：万元',
      '  合计       小计     因公出国（境）费    公务接待费    会议费     培训费',
      '  100.00     30.00        10.00            20.00       40.00      30.00',
    ]).document!.tables.t7!;
    expect(amounts(t7.budget)).to.deep.equal({ total: 30, abroad: 10, reception: 20, meetings: 40, training: 30, totalWithRelated: 100 });
  });

  it('names a column whose header wraps at an arbitrary character ("对附属单位补助支 / 出")', () => {
    const t3 = doc([
      '支出总体情况表',
      '单位：万元',
      '                                                                  对附属单位补助支',
      '科目编码    科目名称        合计       基本支出       项目支出                            上缴上级支出',
      '                                                                  出',
      '            合计           30.00       10.00         15.00              5.00               0.00',
      '201         一般公共服务支出 30.00    10.00         15.00              5.00               0.00',
    ]).document!.tables.t3!;
    expect(t3.rows[0]!.values).to.deep.equal({ total: 30, basic: 10, project: 15, subsidiaryGrant: 5, superiorRemit: 0 });
  });

  it('基本支出 split into 小计 | 人员经费 | 公用经费: the 小计 is 基本支出, the parts go to personnel / public', () => {
    const result = doc([
      '一般公共预算支出表',
      '单位：万元',
      '                                         基本支出',
      '科目编码     科目名称     合计                                          项目支出',
      '                                    小计       人员经费     公用经费',
      '             合计         30.00     20.00      15.00         5.00        10.00',
      '201          外交支出     30.00     20.00      15.00         5.00        10.00',
    ]);
    const t5 = result.document!.tables.t5!;
    // The schema carries 基本支出's 人员/公用 split (personnel / public) since the typed-rows work.
    expect(t5.total!.values).to.deep.equal({ total: 30, basic: 20, personnel: 15, public: 5, project: 10 });
    expect(t5.rows.map((r) => [r.code, r.values.total, r.values.basic, r.values.personnel, r.values.public, r.values.project])).to.deep.equal([['201', 30, 20, 15, 5, 10]]);
  });
});
