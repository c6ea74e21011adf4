// A 广东 (佛山) 部门预算: 表N on its own line above a title that starts with its year
// (2026年部门支出总表), thousands separators in 万元, 支出总表 with 上缴上级支出 and 对附属单位补助
// 支出 wrapped over two lines beside 基本 | 项目, and a 政府性基金预算支出表 with data under a
// group header (本年政府性基金预算支出 over 合计 | 基本支出 | 项目支出). Synthetic text:
// tests/fixtures/variants/budget-guangdong-remit-fund.txt; expected cells stated by hand. It
// read right when written: the test guards the kind.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 广东 layout (wrapped extra columns, a fund table with data)', () => {
  it('支出总表: 对附属单位补助支出 in its column, 上缴上级支出 blank (null)', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-guangdong-remit-fund');
    expect(rowsOf(doc.tables.t3!.rows, ['total', 'basic', 'project', 'superiorRemit', 'subsidiaryGrant'])).to.deep.equal([
      ['212', '城乡社区支出', 11000, 7000, 3500, null, 500],
      ['21201', '城乡社区管理事务', 8000, 7000, 1000, null, null],
      ['2120101', '行政运行', 7000, 7000, null, null, null],
      ['2120104', '城管执法', 1000, null, 1000, null, null],
      ['21208', '国有土地使用权出让收入安排的支出', 3000, null, 2500, null, 500],
      ['2120803', '城市建设支出', 3000, null, 2500, null, 500],
      ['221', '住房保障支出', 1500, 1200, 300, null, null],
      ['22102', '住房改革支出', 1500, 1200, 300, null, null],
      ['2210201', '住房公积金', 1500, 1200, 300, null, null],
    ]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('政府性基金预算支出表 with data', async () => {
    const { doc } = await budgetVariant('budget-guangdong-remit-fund');
    expect(rowsOf(doc.tables.t8!.rows, ['total', 'basic', 'project'])).to.deep.equal([
      ['212', '城乡社区支出', 3000, null, 3000],
      ['21208', '国有土地使用权出让收入安排的支出', 3000, null, 3000],
      ['2120803', '城市建设支出', 3000, null, 3000],
    ]);
  });
});
