// A department whose name holds words that name a kind of table (湖南省测试市政府采购中心),
// printed on the title line before the year: "湖南省测试市政府采购中心2024年部门收支总表". The
// table's identity is scored on the title after the year; before, 政府采购 in the name made the
// 收支总表 an "other" table (政府采购) and 表1 was missing. Synthetic text:
// tests/fixtures/variants/budget-title-department-words.txt (the tables of
// budget-title-labels-right.txt under that name); expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { budgetVariant } from './budget-variants-helpers.js';

describe('parse 部门预算 whose department name reads like a table kind', () => {
  it('"…政府采购中心2024年部门收支总表" is 表1, not a 政府采购 table', async () => {
    const { doc, warned, faults } = await budgetVariant('budget-title-department-words');
    expect(doc.meta.department).to.equal('湖南省测试市政府采购中心');
    const t1 = doc.tables.t1!;
    expect(t1.title).to.equal('湖南省测试市政府采购中心2024年部门收支总表');
    expect(t1.income.map((l) => l.amount)).to.deep.equal([1250, 300, null, 50]);
    expect(t1.expenditure.map((l) => [l.code, l.amount])).to.deep.equal([['201', 1020], ['208', 180], ['212', 300], ['221', 100]]);
    expect(Object.keys(doc.tables).sort()).to.deep.equal(['t1', 't3', 't7']);
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
