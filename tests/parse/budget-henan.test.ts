// A 河南 (郑州) 部门预算: tables 表一 … 表六 numbered in Chinese numerals, a 目录 whose entries print
// "表五 一般公共预算支出表" (the space alone ends the label: not 表五十一), 部门收支总表 with 上年结转
// and its 其中 lines by fund, 部门支出总表 with 基本支出 split 小计 | 人员经费 | 公用经费, and the
// "三公" table by 上年预算数 | 本年预算数 | 增减. Synthetic text:
// tests/fixtures/variants/budget-henan-tables.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 河南 layout (表一 … 表六)', () => {
  it('the 目录 names each table by its Chinese-numeral label', async () => {
    const { doc } = await budgetVariant('budget-henan-tables');
    expect((doc.meta.contents ?? []).map((c) => [c.title, c.table])).to.deep.equal([
      ['表一 部门收支总表', 't1'],
      ['表二 部门收入总表', 't2'],
      ['表三 部门支出总表', 't3'],
      ['表五 一般公共预算支出表', 't5'],
      ['表六 一般公共预算"三公"经费支出表', 't7'],
    ]);
  });

  it('部门收支总表: 上年结转 with its parts by fund, blank lines null', async () => {
    const { doc } = await budgetVariant('budget-henan-tables');
    const t1 = doc.tables.t1!;
    expect(t1.income.map((l) => [l.name, l.amount])).to.deep.equal([
      ['一般公共预算拨款收入', 550],
      ['政府性基金预算拨款收入', null],
      ['国有资本经营预算拨款收入', null],
      ['财政专户管理资金收入', null],
      ['单位资金', null],
    ]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 500], ['208', 60], ['221', 40]]);
    expect(t1.totals.carryOverStart!.amount).to.equal(50);
    expect(t1.totals.carryOverStart!.parts!.map((p) => [p.name, p.amount])).to.deep.equal([
      ['一般公共预算拨款', 50],
      ['政府性基金预算拨款', null],
    ]);
    expect([t1.totals.incomeGrandTotal!.amount, t1.totals.expenditureGrandTotal!.amount, t1.totals.carryOverEnd!.amount]).to.deep.equal([600, 600, null]);
  });

  it('部门支出总表: 基本支出 小计 | 人员经费 | 公用经费 beside 项目支出', async () => {
    const { doc } = await budgetVariant('budget-henan-tables');
    expect(rowsOf(doc.tables.t3!.rows, ['total', 'basic', 'personnel', 'public', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 500, 420, 350, 70, 80],
      ['20106', '财政事务', 500, 420, 350, 70, 80],
      ['2010601', '行政运行', 420, 420, 350, 70, null],
      ['2010699', '其他财政事务支出', 80, null, null, null, 80],
      ['208', '社会保障和就业支出', 60, 60, 60, null, null],
      ['20805', '行政事业单位养老支出', 60, 60, 60, null, null],
      ['2080501', '行政单位离退休', 60, 60, 60, null, null],
      ['221', '住房保障支出', 40, 40, 40, null, null],
      ['22102', '住房改革支出', 40, 40, 40, null, null],
      ['2210201', '住房公积金', 40, 40, 40, null, null],
    ]);
    expect(rowsOf(doc.tables.t5!.rows, ['total', 'basic', 'project']).slice(0, 4)).to.deep.equal([
      ['201', '一般公共服务支出', 450, 420, 30],
      ['20106', '财政事务', 450, 420, 30],
      ['2010601', '行政运行', 420, 420, null],
      ['2010699', '其他财政事务支出', 30, null, 30],
    ]);
  });

  it('部门收入总表: 合计, 上年结转 and 一般公共预算拨款 typed (the fund under its key, never all of 财政拨款)', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-henan-tables');
    expect(rowsOf(doc.tables.t2!.rows, ['total', 'carryOverStart']).slice(0, 4)).to.deep.equal([
      ['201', '一般公共服务支出', 500, 50],
      ['20106', '财政事务', 500, 50],
      ['2010601', '行政运行', 420, null],
      ['2010699', '其他财政事务支出', 80, 50],
    ]);
    expect(doc.tables.t2!.total!.values.generalBudget).to.equal(550);
    expect('fiscal' in doc.tables.t2!.total!.values).to.equal(false);
    expect((doc.otherTables ?? []).filter((t) => t.of === 't2')).to.deep.equal([]);
    expect(warned).to.deep.equal(['column-kept']);
    expect(faults).to.deep.equal([]);
  });

  it('"三公": 本年预算数 the budget, 上年预算数 the previous budget, 增减 kept', async () => {
    const { doc } = await budgetVariant('budget-henan-tables');
    const t7 = doc.tables.t7!;
    const keys = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
    expect(keys.map((k) => t7.budget![k])).to.deep.equal([25, null, 20, null, 20, 5]);
    expect(keys.map((k) => t7.previousBudget![k])).to.deep.equal([30, 5, 20, null, 20, 5]);
  });
});
