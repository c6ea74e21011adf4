// A 部门预算 项目支出表 that prints each project's 绩效目标 as a text column beside its amount
// (项目名称 | 项目类型 | 金额 | 绩效目标, the target wrapped over two lines). Before, its header
// row opened an untitled scorecard ("项目类型金额绩效目标": line-unread, scorecard-truncated) and
// the table was lost. An all-projects 绩效目标表 (… | 一级指标 | 二级指标 …) is still a scorecard
// region (real 北京 sample). Synthetic text: tests/fixtures/variants/budget-projects-targets-inline.txt;
// expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

describe('parse 部门预算 项目支出表 with 绩效目标 inline', () => {
  it('kept as printed (names and amounts), no scorecard, no warnings', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-projects-targets-inline');
    const kept = (doc.otherTables ?? []).map((t) => [t.title, t.reason, t.rows.map((r) => [r.name, ...r.values])]);
    expect(kept).to.deep.equal([
      ['项目支出表', 'untyped', [['合计', 80], ['馆藏档案数字化 一般性项目', 50], ['档案库房安全运维 一般性项目', 30]]],
    ]);
    expect(doc.performance?.scorecards ?? []).to.deep.equal([]);
    expect(doc.tables.t3!.rows.map((r) => [r.code, r.values.total])).to.deep.equal([['201', 260], ['20126', 260], ['2012601', 180], ['2012604', 80]]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
