// 表7 as "财政拨款“三公”经费、行政参公单位机关运行经费情况表": items as rows under 项目 | 栏次 | 预算数 |
// 决算数, then 相关统计数 rows (团组数, 公务用车保有量（辆）, 接待批次/人次) and 行政参公单位机关运行经费.
// The 三公 items are read; the rows the schema has no place for are kept as printed. Before, each
// kept row carried its 栏次 as a value (国内接待费 [7, 4, 3.2]) and rows printing only their 栏次
// were kept as rows of line numbers (团组数 [10, null, null]). Synthetic text:
// tests/fixtures/variants/final-three-public-statistics-rows.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';

const items = (a: object | undefined) => a && Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'source'));

describe('parse 决算 表7 with 栏次 and 相关统计数 rows', () => {
  it('reads the items by group and keeps the other rows without their 栏次', async () => {
    const { doc, warned, faults } = await finalVariant('final-three-public-statistics-rows');
    const t7 = doc.tables.t7!;
    expect(items(t7.budget)).to.deep.equal({ total: 12, abroad: null, vehicles: 8, vehiclePurchase: null, vehicleOperation: 8, reception: 4 });
    expect(items(t7.final)).to.deep.equal({ total: 10.5, abroad: null, vehicles: 7.3, vehiclePurchase: null, vehicleOperation: 7.3, reception: 3.2 });
    const kept = doc.otherTables!.find((o) => o.of === 't7')!;
    expect(kept.columns.map((c) => c.path)).to.deep.equal([['预算数'], ['决算数']]);
    expect(kept.rows.map((r) => [r.name, r.values])).to.deep.equal([
      ['（1）国内接待费', [4, 3.2]],
      ['4.公务用车保有量（辆）', [null, 4]],
      ['5.国内公务接待批次（个）', [null, 21]],
      ['6.国内公务接待人次（人）', [null, 160]],
      ['二、行政参公单位机关运行经费', [null, 95.4]],
    ]);
    expect(warned).to.deep.equal(Array(5).fill('row-kept'));
    expect(faults).to.deep.equal([]);
  });
});
