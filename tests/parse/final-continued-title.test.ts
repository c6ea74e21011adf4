// A 决算 table whose continuation page repeats its title marked "（续表）" (支出决算表（续表）),
// with 公开03表, the 部门 line and the header again. Before, only "（续）" marked a continuation:
// the second page became a table of its own (kept as printed) and 表3 lost its 208 rows (R08
// errors: 合计 400.00 against 类 320.00). Synthetic text:
// tests/fixtures/variants/final-continued-title.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';
import { rowsOf } from './budget-variants-helpers.js';

describe('parse 决算 table continued under "（续表）"', () => {
  it('the page marked 续表 continues 支出决算表', async () => {
    const { doc, warned, faults } = await finalVariant('final-continued-title');
    const keys = ['total', 'basic', 'project'];
    const t3 = doc.tables.t3!;
    expect(keys.map((k) => t3.total!.values[k as 'total'])).to.deep.equal([400, 300, 100]);
    expect(rowsOf(t3.rows, keys)).to.deep.equal([
      ['201', '一般公共服务支出', 320, 220, 100],
      ['20113', '商贸事务', 320, 220, 100],
      ['2011301', '行政运行', 220, 220, null],
      ['2011302', '一般行政管理事务', 100, null, 100],
      ['208', '社会保障和就业支出', 80, 80, null],
      ['20805', '行政事业单位养老支出', 80, 80, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 80, 80, null],
    ]);
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
