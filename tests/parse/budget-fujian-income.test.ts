// A 福建 (福州) 部门收入总表 under two groups: 财政拨款收入 over 小计 | 一般公共预算 | 政府性基金预算
// (the fund words wrapped a line lower than 小计) and 单位资金 over 小计 | 事业收入 | 其他收入.
// Before, 财政拨款收入's 小计 had no group (its neighbours wrap, it does not), so it was read as a
// second 合计 and kept as printed, and 财政拨款 went unread. The funds under 财政拨款 have keys of
// their own (generalBudget, governmentFund), inside `fiscal`. Synthetic text:
// tests/fixtures/variants/budget-fujian-income-groups.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant, rowsOf } from './budget-variants-helpers.js';

describe('parse 部门预算 收入总表 with 财政拨款收入 and 单位资金 groups', () => {
  it('财政拨款收入 小计 is the fiscal column, its funds under their keys; 单位资金 小计 kept as printed', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-fujian-income-groups');
    expect(rowsOf(doc.tables.t2!.rows, ['total', 'fiscal', 'generalBudget', 'governmentFund', 'institution', 'other'])).to.deep.equal([
      ['205', '教育支出', 380, 320, 300, 20, 50, 10],
      ['20502', '普通教育', 380, 320, 300, 20, 50, 10],
      ['2050204', '高中教育', 380, 320, 300, 20, 50, 10],
      ['221', '住房保障支出', 100, 100, 100, null, null, null],
      ['22102', '住房改革支出', 100, 100, 100, null, null, null],
      ['2210201', '住房公积金', 100, 100, 100, null, null, null],
    ]);
    expect(doc.tables.t2!.total!.values).to.include({ total: 480, fiscal: 420, generalBudget: 400, governmentFund: 20 });
    const kept = doc.otherTables!.find((t) => t.of === 't2')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['单位资金/小计']);
    expect(kept.rows[0]!.values).to.deep.equal([60]);
    expect(warned).to.deep.equal(['column-kept']);
    // The row sums check (R33: 合计 = 财政拨款 + 事业 + 其他, the funds inside 财政拨款, not added).
    expect(faults).to.deep.equal([]);
  });
});
