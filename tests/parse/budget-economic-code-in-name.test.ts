// Kind: 一般公共预算基本支出表 by 经济分类 with 合计 | 人员经费 | 公用经费 and no 编码 column: the code
// printed with its name in one cell under one 项目 / 经济分类科目 header ("[30101]基本工资"), or
// before it with spaces ("30101  基本工资", which the grid splits into a code and a name column),
// names indented by level. Before, no row kept its 人员经费 and 公用经费 (only a code-name-amount
// reading, every line said unread). Synthetic texts:
// tests/fixtures/variants/budget-economic-code-{in,beside}-name.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

const EXPECTED = [
  ['301', '工资福利支出', 612.4, 612.4, null],
  ['30101', '基本工资', 236, 236, null],
  ['30102', '津贴补贴', 158.3, 158.3, null],
  ['30108', '机关事业单位基本养老保险缴费', 98.1, 98.1, null],
  ['30113', '住房公积金', 120, 120, null],
  ['302', '商品和服务支出', 86.6, null, 86.6],
  ['30201', '办公费', 21, null, 21],
  ['30211', '差旅费', 15.6, null, 15.6],
  ['30228', '工会经费', 12, null, 12],
  ['30229', '福利费', null, null, null],
  ['30239', '其他交通费用', 38, null, 38],
  ['303', '对个人和家庭的补助', 41, 41, null],
  ['30302', '退休费', 35, 35, null],
  ['30309', '奖励金', 6, 6, null],
];

describe('parse 部门预算 基本支出表 with the 经济分类 code in the name cell', () => {
  for (const name of ['budget-economic-code-in-name', 'budget-economic-code-beside-name']) {
    it(`each row's code, name, 合计, 人员经费 and 公用经费; the 合计 row the totals (${name})`, async () => {
      const { doc, warned, faults } = await budgetVariant(name);
      const t6 = doc.tables.t6!;
      expect(t6.rows.map((r) => [r.code, r.name, r.amount, r.personnel, r.public])).to.deep.equal(EXPECTED);
      expect([t6.totals.total!.amount, t6.totals.personnel!.amount, t6.totals.public!.amount]).to.deep.equal([740, 653.4, 86.6]);
      expect(doc.otherTables ?? []).to.deep.equal([]);
      expect(warned).to.deep.equal([]);
      expect(faults).to.deep.equal([]);
    });
  }
});
