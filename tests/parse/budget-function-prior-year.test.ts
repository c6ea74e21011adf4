// Kind: function tables that print last year beside this year. 一般公共预算支出表 under 上年预算数 |
// 本年预算数 | 增减额 | 增减率 (one amount a year, no 基本/项目 split): its header was not
// recognised, and the standard order made 上年预算数 the total, 本年预算数 人员经费 and 增减额
// 公用经费 (staleColumns, the 本年预算数 key in function.ts). 部门支出总表 with 上年预算数 before
// 本年预算数 over 合计 | 基本支出 | 项目支出 and 增减额 after it read right before and is guarded here.
// Synthetic text: tests/fixtures/variants/budget-function-prior-year.txt; expected cells by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 function tables with last year beside this year', () => {
  it('一般公共预算支出表: 本年预算数 is the total; 上年预算数, 增减额 and 增减率 kept as printed', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-function-prior-year');
    expect(rowsOf(doc.tables.t5!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 742.5, 'absent', 'absent'],
      ['20103', '政府办公厅（室）及相关机构事务', 742.5, 'absent', 'absent'],
      ['2010301', '行政运行', 632.5, 'absent', 'absent'],
      ['2010399', '其他政府办公厅（室）及相关机构事务支出', 110, 'absent', 'absent'],
    ]);
    expect(doc.tables.t5!.total!.values).to.deep.equal({ total: 742.5 });
    const kept = doc.otherTables!.find((t) => t.of === 't5')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['上年预算数', '增减额', '增减率']);
    expect(kept.rows.find((r) => r.code === '2010301')!.values).to.deep.equal([605, 27.5, 4.55]);
    expect(warned).to.deep.equal(['column-kept', 'column-kept', 'column-kept', 'column-kept', 'column-kept']);
    expect(faults).to.deep.equal([]);
  });

  it('部门支出总表: 本年预算数 合计 | 基本支出 | 项目支出; 上年预算数 and 增减额 kept as printed', async () => {
    const { doc } = await budgetVariant('budget-function-prior-year');
    expect(rowsOf(doc.tables.t3!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 742.5, 742.5, null],
      ['20103', '政府办公厅（室）及相关机构事务', 742.5, 742.5, null],
      ['2010301', '行政运行', 742.5, 742.5, null],
      ['205', '教育支出', 12, 12, null],
      ['20508', '进修及培训', 12, 12, null],
      ['2050803', '培训支出', 12, 12, null],
      ['208', '社会保障和就业支出', 102, 102, null],
      ['20805', '行政事业单位养老支出', 102, 102, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 102, 102, null],
      ['212', '城乡社区支出', 170, null, 170],
      ['21201', '城乡社区管理事务', 170, null, 170],
      ['2120199', '其他城乡社区管理事务支出', 170, null, 170],
    ]);
    expect(doc.tables.t3!.total!.values).to.deep.equal({ total: 1026.5, basic: 856.5, project: 170 });
    const kept = doc.otherTables!.find((t) => t.of === 't3')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['上年预算数', '增减额']);
  });
});
