// A 浙江 (宁波) 一般公共预算支出表 that compares with last year: 2025年预算数 | 2026年预算数 (小计 |
// 基本支出 | 项目支出) | 增减额 | 增减率. This year's 小计 is the total, never last year's column; the
// comparison columns are kept as printed. Synthetic text:
// tests/fixtures/variants/budget-zhejiang-prior-year.txt; expected cells stated by hand. It read
// right when written: the test guards the kind.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 浙江 layout (last year beside this year)', () => {
  it('the 2026 小计 is the total; 2025年预算数, 增减额 and 增减率 kept as printed', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-zhejiang-prior-year');
    expect(rowsOf(doc.tables.t5!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['201', '一般公共服务支出', 480, 340, 140],
      ['20129', '群众团体事务', 480, 340, 140],
      ['2012901', '行政运行', 340, 340, null],
      ['2012999', '其他群众团体事务支出', 140, null, 140],
      ['208', '社会保障和就业支出', 60, 60, null],
      ['20805', '行政事业单位养老支出', 60, 60, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 60, 60, null],
    ]);
    const kept = doc.otherTables!.find((t) => t.of === 't5')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['2025年预算数', '增减额', '增减率']);
    expect(kept.rows[0]!.values).to.deep.equal([500, 40, 8]);
    expect(warned).to.deep.equal(['column-kept', 'column-kept', 'column-kept']);
    expect(faults).to.deep.equal([]);
  });
});
