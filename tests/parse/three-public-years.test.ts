// 三公 tables printed as year groups side by side (2025年 | 2026年 | 增减变化情况), a row per unit
// under the 合计 row and a header stacked one character a line (src/parse/tables/three-public-years.ts):
// the groups by the year words, the columns inside a group by their arithmetic on every row.
// The synthetic text (tests/fixtures/variants/three-public-year-groups.txt) and the real
// 西安市交通运输局 2022 表13 (tests/fixtures/real/xian-jiaotong-2022-budget.layout.txt, line 2155);
// expected cells read from the texts by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const amounts = (value: object | undefined) => {
  const { source, ...rest } = (value ?? {}) as Record<string, unknown>;
  void source;
  return rest;
};

describe('parse 三公: year groups side by side, by unit, header one character a line', () => {
  it('this year\'s group is the budget, the older year the previous budget; 增减 is not read; the "三公" 小计 is the total', async () => {
    const result = parse(await fixtureText('variants/three-public-year-groups.txt'));
    const t7 = result.document!.tables.t7!;
    expect(amounts(t7.budget)).to.deep.equal({ total: 248.84, abroad: 0, vehicles: 210, vehiclePurchase: 0, vehicleOperation: 210, reception: 38.84 });
    expect(amounts(t7.previousBudget)).to.deep.equal({ total: 127, abroad: 10, vehicles: 77, vehiclePurchase: 0, vehicleOperation: 77, reception: 40 });
    // The units' rows have no place in the schema yet: kept with the whole table as printed,
    // said once (unit-rows-kept), not dropped silently and not called unread (issue 10).
    expect(result.warnings.filter((w) => w.code === 'line-unread').map((w) => w.line)).to.deep.equal([]);
    expect(result.warnings.filter((w) => w.code === 'unit-rows-kept').map((w) => w.message.en)).to.have.length(1);
    const kept = result.document!.otherTables!.find((t) => t.of === 't7' && t.reason === 'unit-rows')!;
    expect(kept.rows.map((r) => r.source?.line)).to.include.members([20, 22]);
  });
});

describe('real 三公 year groups: 西安市交通运输局 2022 表13 (2021年 | 2022年 | 增减变化情况)', () => {
  it('2022 budget 248.84 = 接待 38.84 + 公务用车 210; 2021 117.49 = 接待 40.49 + 公务用车 77', async () => {
    const result = parse(await fixtureText('real/xian-jiaotong-2022-budget.layout.txt'));
    const t7 = result.document!.tables.t7!;
    expect(amounts(t7.budget)).to.deep.equal({ total: 248.84, abroad: 0, vehicles: 210, vehiclePurchase: 0, vehicleOperation: 210, reception: 38.84 });
    expect(amounts(t7.previousBudget)).to.deep.equal({ total: 117.49, abroad: 0, vehicles: 77, vehiclePurchase: 0, vehicleOperation: 77, reception: 40.49 });
  });
});
