// 公开03表 with the 功能分类 code over 类 | 款 | 项 columns (四川 layout, space-aligned): printed
// whole per column ("201 | 03 | 02"), or only each row's own part ("201", then "03" alone under
// 款, "02" alone under 项): the part is completed from the code above at the parent level
// (src/parse/tables/implied-codes.ts), not reported malformed and dropped. Synthetic texts:
// tests/fixtures/variants/final-expenditure-code-{columns,parts}.txt.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';

const EXPECTED = [
  ['201', '一般公共服务支出', 20, null, 20],
  ['20103', '政府办公厅（室）及相关机构事务', 20, null, 20],
  ['2010302', '一般行政管理事务', 20, null, 20],
  ['208', '社会保障和就业支出', 160.2, 160.2, null],
  ['20805', '行政事业单位养老支出', 160.2, 160.2, null],
  ['2080505', '机关事业单位基本养老保险缴费支出', 110.2, 110.2, null],
  ['2080506', '机关事业单位职业年金缴费支出', 50, 50, null],
];

describe('parse 决算 公开03表: codes over 类 | 款 | 项 columns', () => {
  for (const name of ['final-expenditure-code-columns', 'final-expenditure-code-parts']) {
    it(`${name}: every row keyed by its whole code`, async () => {
      const { doc, warned, faults } = await finalVariant(name);
      const t3 = doc.tables.t3!;
      expect(t3.total!.values).to.deep.include({ total: 180.2, basic: 160.2, project: 20 });
      expect(t3.rows.map((r) => [r.code, r.name, r.values.total ?? null, r.values.basic ?? null, r.values.project ?? null])).to.deep.equal(EXPECTED);
      expect(warned).to.deep.equal([]);
      expect(faults).to.deep.equal([]);
    });
  }
});
