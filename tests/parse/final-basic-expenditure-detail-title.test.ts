// 表6 titled "八、一般公共预算财政拨款基本支出决算明细表" (provinces whose 决算 print the 基本支出 table
// as a 明细表, numbered by an ordinal with no 公开NN表 label). Before, every title ending in 明细表
// scored as a table of its own kind: 表6 was kept as printed (untyped) and the document read as
// having no table at all (no-tables). Synthetic text (the 人员经费 | 公用经费 two-group layout):
// tests/fixtures/variants/final-basic-expenditure-detail-title.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { finalVariant, lineOf } from './final-variants-helpers.js';

describe('parse 决算 表6 titled 基本支出决算明细表', () => {
  it('reads it as 表6, every 经济分类 row with its amount', async () => {
    const { doc, warned, faults } = await finalVariant('final-basic-expenditure-detail-title');
    const t6 = doc.tables.t6!;
    expect(t6.title).to.equal('八、一般公共预算财政拨款基本支出决算明细表');
    const amount = (code: string) => t6.rows.find((r) => r.code === code)?.amount;
    expect(t6.rows).to.have.length(29);
    expect(['301', '30101', '30113', '30199', '302', '30231', '303', '30302', '310', '31013', '399'].map(amount)).to.deep.equal([
      1090.7, 300, 60.4, null, 150, 18, 20.3, 15.3, 10, null, null,
    ]);
    expect(lineOf(t6.totals.personnel)).to.deep.equal(['人员经费合计', null, 1111]);
    expect(lineOf(t6.totals.public)).to.deep.equal(['公用经费合计', null, 160]);
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
