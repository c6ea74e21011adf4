// 表2 收入总表 of the 2025/2026 national 部门预算 template: 财政拨款 printed by fund (一般公共预算拨款
// 收入 | 政府性基金预算拨款收入 | 国有资本经营预算拨款收入 | 财政专户管理资金收入), each fund under a
// key of its own (before: kept only as printed, column-kept). And 江苏 2019's 收入预算总表 that
// prints the sources as rows (项目名称 | 金额). Synthetic texts in the real layouts
// (tests/fixtures/variants/budget-{chongqing,shenzhen}-income-funds.txt, budget-jiangsu-income-rows.txt);
// expected cells stated by hand from the printed lines.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';
import { fixtureText } from '../helpers/fixtures.js';
import { parse } from '../../src/parse/index.js';

const KEYS = ['total', 'generalBudget', 'governmentFund', 'stateCapital', 'specialAccount', 'institution', 'superiorSubsidy', 'affiliated', 'operating', 'other'];

describe('parse 表2 收入总表 by fund', () => {
  it('重庆: a header wrapped over 4-5 lines (一般公共 / 预算拨款 / 收入), every fund and source in its key', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-chongqing-income-funds');
    const t2 = doc.tables.t2!;
    // Line 15: 合计 33,749.61 | 23,216.82 | 2.17 | (国有资本 blank) | 10,031.50 | (事业, 上级, 附属 blank) | 19.12 | 480.00.
    expect(t2.total!.values).to.deep.equal({
      total: 33749.61,
      generalBudget: 23216.82,
      governmentFund: 2.17,
      stateCapital: null,
      specialAccount: 10031.5,
      institution: null,
      superiorSubsidy: null,
      affiliated: null,
      operating: 19.12,
      other: 480,
    });
    expect(rowsOf(t2.rows, KEYS)).to.deep.equal([
      ['201', '一般公共服务支出', 59.56, 50, null, null, null, null, null, null, 9.56, null],
      ['20103', '政府办公厅（室）及相关机构事务', 59.56, 50, null, null, null, null, null, null, 9.56, null],
      ['2010305', '专项业务及机关事务管理', 59.56, 50, null, null, null, null, null, null, 9.56, null],
      ['205', '教育支出', 33690.05, 23166.82, 2.17, null, 10031.5, null, null, null, 9.56, 480],
      ['20503', '职业教育', 33668.32, 23156.82, null, null, 10031.5, null, null, null, null, 480],
      ['2050305', '高等职业教育', 33668.32, 23156.82, null, null, 10031.5, null, null, null, null, 480],
      ['20508', '进修及培训', 21.73, 10, 2.17, null, null, null, null, null, 9.56, null],
      ['2050803', '培训支出', 21.73, 10, 2.17, null, null, null, null, null, 9.56, null],
    ]);
    // No 财政拨款 column: `fiscal` absent (not 0), and nothing left as printed.
    expect('fiscal' in t2.total!.values).to.equal(false);
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    // R33 adds the funds in place of 财政拨款: every row adds up.
    expect(faults).to.deep.equal([]);
  });

  it('深圳: 本年收入 over 财政拨款 (funds) and 单位资金 (财政专户 … 其他收入), rows by unit, each cell in its key', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-shenzhen-income-funds');
    const t2 = doc.tables.t2!;
    const keys = [...KEYS, 'carryOverStart'];
    const pick = (values: Record<string, number | null> | undefined) => keys.map((k) => (values && k in values ? values[k] : 'absent'));
    // Line 16: the department, 213,596.48 | 190,097.54 0.00 0.00 | 8,401.08 | 8,035.54 (事业) 0.00 (经营) 0.00 (上级) 0.00 (附属) | 18.00 | 7,044.34.
    expect([t2.total!.name, ...pick(t2.total!.values)]).to.deep.equal([
      '深圳市人力资源和社会保障局', 213596.48, 190097.54, 0, 0, 8401.08, 8035.54, 0, 0, 0, 18, 7044.34,
    ]);
    expect(t2.units!.map((u) => [u.name, ...pick(u.values)])).to.deep.equal([
      ['深圳市人力资源和社会保障局（本级）', 156491.01, 150129.16, 0, 0, 6001.08, 0, 0, 0, 0, 0, 360.77],
      ['深圳市人力资源和社会保障数据管理中心', 4077.84, 2575.02, 0, 0, 0, 0, 0, 0, 0, 0, 1502.83],
      ['深圳鹏城技师学院', 37659.13, 28753.2, 0, 0, 2400, 2000, 0, 0, 0, 0, 4505.94],
      ['深圳市考试院', 15368.5, 8640.16, 0, 0, 0, 6035.54, 0, 0, 0, 18, 674.8],
    ]);
    expect(warned.filter((c) => c === 'column-kept')).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});

describe('parse 表2 收入预算总表 printed as rows (江苏 2019)', () => {
  it('收入总计 is the total, each group’s 小计 its source, items parts or sources of their own, blanks absent', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-jiangsu-income-rows');
    const t2 = doc.tables.t2!;
    expect(t2.rows).to.deep.equal([]);
    expect(t2.uncoded).to.equal(undefined);
    expect(t2.total!.name).to.equal('收入总计');
    // 政府性基金 小计 and 经营收入 printed blank: absent, not 0.
    expect(t2.total!.values).to.deep.equal({ total: 1000, generalBudget: 800, specialAccount: 50, institution: 60, other: 40, carryOverStart: 50 });
    // Each value traced to the line it was printed on.
    const lines = Object.fromEntries(Object.entries(t2.total!.sources!).map(([k, s]) => [k, [s!.line, s!.row]]));
    expect(lines).to.deep.equal({
      total: [13, '收入总计'],
      generalBudget: [14, '一般公共预算资金小计'],
      specialAccount: [18, '财政专户管理资金小计'],
      institution: [22, '事业收入'],
      other: [25, '其他收入'],
      carryOverStart: [26, '上年结转和结余资金小计'],
    });
    expect(t2.total!.parts!.map((p) => [p.name, p.values, p.source!.line])).to.deep.equal([
      ['公共财政拨款（补助）资金', { generalBudget: 700 }, 15],
      ['专项收入', { generalBudget: 100 }, 16],
      ['专户管理教育收费', { specialAccount: 50 }, 19],
      ['动用上年结转和结余资金', { carryOverStart: 50 }, 28],
    ]);
    // 其他资金 小计 (100.00) is its three items' sum, each kept: read, nothing unread.
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('a group 小计 its items do not add up to is reported, never dropped in silence', async () => {
    // 其他资金 小计 printed 100.00 over 事业收入 60.00 + 其他收入 30.00.
    const text = (await fixtureText('variants/budget-jiangsu-income-rows.txt')).replace(/(其他收入\s+)40\.00/, '$130.00');
    const result = parse(text);
    expect(result.document!.tables.t2!.total!.values.other).to.equal(30);
    const unread = result.warnings.filter((w) => w.code === 'line-unread');
    expect(unread.map((w) => w.line)).to.deep.equal([21]);
  });
});
