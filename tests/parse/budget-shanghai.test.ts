// A 上海 市级部门 budget (not a unit's): tables unnumbered, titled 2026年部门…预算表;
// 一般公共预算基本支出部门预算经济分类预算表 with 经济分类科目编码 over 类 | 款 (the 款 printed
// apart: "301 | 01" is 30101) under 合计 | 人员经费 | 公用经费 and 合计 printed last; the "三公"
// table with 公务接待费 before 公务用车 and a 机关运行经费预算数 column beside it. Synthetic text:
// tests/fixtures/variants/budget-shanghai-department.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

describe('parse 部门预算 上海 市级部门 layout', () => {
  it('经济分类 by 类 | 款 columns: each row split into 人员经费 and 公用经费', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-shanghai-department');
    const t6 = doc.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.name, r.amount, r.personnel, r.public])).to.deep.equal([
      ['301', '工资福利支出', 1200, 1200, null],
      ['30101', '基本工资', 500, 500, null],
      ['30102', '津贴补贴', 450, 450, null],
      ['30108', '机关事业单位基本养老保险缴费', 250, 250, null],
      ['302', '商品和服务支出', 300, null, 300],
      ['30201', '办公费', 120, null, 120],
      ['30217', '公务接待费', 10, null, 10],
      ['30231', '公务用车运行维护费', 40, null, 40],
      ['30299', '其他商品和服务支出', 130, null, 130],
      ['303', '对个人和家庭的补助', 100, 100, null],
      ['30302', '退休费', 100, 100, null],
    ]);
    expect([t6.totals.total!.amount, t6.totals.personnel!.amount, t6.totals.public!.amount]).to.deep.equal([1600, 1300, 300]);
    expect(warned).to.deep.equal(['column-kept']);
    expect(faults).to.deep.equal([]);
  });

  it('"三公" with 公务接待费 before 公务用车: each amount under its own word; 机关运行经费 kept', async () => {
    const { doc } = await budgetVariant('budget-shanghai-department');
    const b = doc.tables.t7!.budget!;
    expect([b.total, b.abroad, b.vehicles, b.vehiclePurchase, b.vehicleOperation, b.reception]).to.deep.equal([80, 15, 55, 15, 40, 10]);
    const kept = doc.otherTables!.find((t) => t.of === 't7')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['机关运行经费预算数']);
    expect(kept.rows.map((r) => r.values)).to.deep.equal([[300]]);
  });
});
