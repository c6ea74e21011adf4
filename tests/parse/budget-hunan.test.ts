// A 湖南 (长沙) 汇总 部门预算 whose 收入总表 and 支出总表 list units, not 功能分类 rows: 单位编码 |
// 单位名称 | 合计 | …, the department's row (401) above its units (401001, 401002). Synthetic
// text: tests/fixtures/variants/budget-hunan-unit-rows.txt; expected cells stated by hand. It
// read right when written: the test guards the kind.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

type Unit = { name?: string; code?: string; values?: Partial<Record<string, number | null>> };
const unitsOf = (units: readonly Unit[] | undefined, keys: readonly string[]) => (units ?? []).map((u) => [u.code ?? null, u.name, ...keys.map((k) => u.values?.[k])]);

describe('parse 部门预算 湖南 layout (units as rows)', () => {
  it('支出总表 by unit: each unit\'s 合计 | 基本支出 | 项目支出, the 合计 row the total', async () => {
    const { doc } = await budgetVariant('budget-hunan-unit-rows');
    const t3 = doc.tables.t3!;
    expect(t3.total!.values).to.deep.equal({ total: 900, basic: 650, project: 250 });
    expect(unitsOf(t3.units, ['total', 'basic', 'project'])).to.deep.equal([
      ['401001', '长沙市测试局本级', 600, 420, 180],
      ['401002', '长沙市测试中心', 300, 230, 70],
    ]);
  });

  it('收入总表 by unit: the funds, 事业收入 and 其他收入 typed, blank null', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-hunan-unit-rows');
    const t2 = doc.tables.t2!;
    expect(t2.total!.values).to.deep.equal({ total: 900, generalBudget: 700, governmentFund: 100, institution: 80, other: 20 });
    expect(unitsOf(t2.units, ['total', 'generalBudget', 'governmentFund', 'institution', 'other'])).to.deep.equal([
      ['401001', '长沙市测试局本级', 600, 500, 100, null, null],
      ['401002', '长沙市测试中心', 300, 200, null, 80, 20],
    ]);
    expect((doc.otherTables ?? []).filter((t) => t.of === 't2')).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
