// A 北京 部门决算 (市级部门 and 街道 alike, e.g. 通州区中仓街道 2024, 陶然亭公园管理处 2024): twelve
// tables, among them 八、政府性基金预算财政拨款基本支出决算表 (by 经济分类, after 七、政府性基金预算财政
// 拨款收入支出决算表), 十一、政府采购情况表 and 十二、政府购买服务决算公开情况表, and a 目录 page
// right before the first table. Before: the first table after the 目录 page was lost whole (its
// title, 部门 line and header read as more 目录 entries, its rows then as nothing), and with a
// 表八 label the fund's 基本支出 table took 表8 from the fund's 收入支出 table. Synthetic text:
// tests/fixtures/variants/final-beijing-fund-basic.txt.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { finalVariant } from './final-variants-helpers.js';

const fixture = 'final-beijing-fund-basic';

/** The same text with a 表N label before each title, as some regions print them. */
async function labelled() {
  const text = await fixtureText(`variants/${fixture}.txt`);
  return text
    .replace('\f                                   一般公共预算财政拨款基本支出决算表', '\f表六                               一般公共预算财政拨款基本支出决算表')
    .replace('\f                                   政府性基金预算财政拨款收入支出决算表', '\f表七                               政府性基金预算财政拨款收入支出决算表')
    .replace('\f                                   政府性基金预算财政拨款基本支出决算表', '\f表八                               政府性基金预算财政拨款基本支出决算表');
}

describe('parse 决算 北京 layout: a table right after the 目录 page, the fund’s 基本支出 table', () => {
  it('reads the first table after the 目录 page, cell by cell', async () => {
    const { result, doc, warned, faults } = await finalVariant(fixture);
    const t6 = doc.tables.t6!;
    expect(t6.source?.line).to.equal(10);
    expect(t6.rows.map((r) => [r.code, r.name, r.amount, r.personnel, r.public])).to.deep.equal([
      ['301', '工资福利支出', 700, 700, null],
      ['30101', '基本工资', 400, 400, null],
      ['30102', '津贴补贴', 300, 300, null],
      ['302', '商品和服务支出', 100, null, 100],
      ['30201', '办公费', 60, null, 60],
      ['30228', '工会经费', 40, null, 40],
      ['303', '对个人和家庭的补助', 100, 100, null],
      ['30302', '退休费', 100, 100, null],
    ]);
    expect([t6.totals.total?.amount, t6.totals.personnel?.amount, t6.totals.public?.amount]).to.deep.equal([900, 800, 100]);
    // The 目录's national tables, each found in the body.
    expect(doc.meta.contents!.map((c) => [c.title, c.table])).to.deep.equal([
      ['六、一般公共预算财政拨款基本支出决算表', 't6'],
      ['七、政府性基金预算财政拨款收入支出决算表', 't8'],
    ]);
    expect(result.status).to.not.equal('unreadable');
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('keeps the fund’s 基本支出 table as printed and 表8 the fund’s 收入支出 table, labels or not', async () => {
    for (const text of [await fixtureText(`variants/${fixture}.txt`), await labelled()]) {
      const doc = parse(text).document!;
      const t8 = doc.tables.t8!;
      expect(t8.title).to.equal('政府性基金预算财政拨款收入支出决算表');
      expect(t8.rows.map((r) => [r.code, r.values.income, r.values.total, r.values.basic, r.values.project, r.values.carryOverEnd])).to.deep.equal([
        ['212', 80, 75, 15, 60, 5],
        ['21208', 80, 75, 15, 60, 5],
        ['2120801', 50, 50, 15, 35, null],
        ['2120899', 30, 25, null, 25, 5],
      ]);
      const kept = doc.otherTables!.find((t) => t.title === '政府性基金预算财政拨款基本支出决算表')!;
      expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['合计', '人员经费', '公用经费']);
      expect(kept.rows.map((r) => [r.code ?? null, r.name, ...r.values])).to.deep.equal([
        [null, '合计', 15, 10, 5],
        ['301', '工资福利支出', 10, 10, null],
        ['30101', '基本工资', 10, 10, null],
        ['302', '商品和服务支出', 5, null, 5],
        ['30201', '办公费', 5, null, 5],
      ]);
      expect(doc.tables.t6!.rows.length).to.equal(8);
    }
  });

  it('keeps 政府采购情况表 as printed under its two groups', async () => {
    const { doc } = await finalVariant(fixture);
    const kept = doc.otherTables!.find((t) => t.title === '政府采购情况表')!;
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal([
      '采购计划金额/总计', '采购计划金额/货物', '采购计划金额/服务', '实际采购金额/总计', '实际采购金额/货物', '实际采购金额/服务',
    ]);
    expect(kept.rows.map((r) => [r.name, ...r.values])).to.deep.equal([['合计', 50, 30, 20, 48, 29, 19]]);
  });
});
