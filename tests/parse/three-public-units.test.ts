// 三公 by unit printed as rows (深圳 表9 kind): each unit's years under t7.units, read like the
// department's. Synthetic rows with their labels stated here, and the real 深圳人社 2026 表9,
// whose expected cells were read from the text by hand (lines 9880–9886), not from the parser.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { unitCycles } from '../../src/parse/tables/three-public-units.js';
import type { BodyRow } from '../../src/parse/tables/layout.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

/** A body row whose label is `label` and, unless text only, one amount. */
const row = (no: number, label: string, amount = true): BodyRow =>
  ({ line: { no, text: amount ? `${label} 1.00` : label }, cells: [label] }) as unknown as BodyRow;
const group = (label: string) => (/2025/.test(label) ? 'previousBudget' : /2026/.test(label) ? 'budget' : undefined);
const cycles = (rows: BodyRow[]) =>
  unitCycles(rows, (r) => (r.cells[0] ?? '').replace(/\s+/g, ''), group, (l) => /增减/.test(l))?.map((u) => [u.name, u.line, u.groups.map((g) => g.group), u.changes.length]);

describe('三公 unit cycles: rows split into units by their labels', () => {
  it('opens a unit at each name, takes the years and change row after it', () => {
    expect(cycles([row(1, '甲中心 2025 年'), row(2, '2026 年'), row(3, '增减变化金额'), row(4, '乙院 2025 年'), row(5, '2026 年')])).to.deep.equal([
      ['甲中心', 1, ['previousBudget', 'budget'], 1],
      ['乙院', 4, ['previousBudget', 'budget'], 0],
    ]);
  });

  it('joins a name wrapped around its first row: the head on the line above, the tail below', () => {
    expect(cycles([row(1, '甲中心 2025 年'), row(2, '2026 年'), row(3, '测试数据管理中', false), row(4, '2025 年'), row(5, '心', false), row(6, '2026 年')])).to.deep.equal([
      ['甲中心', 1, ['previousBudget', 'budget'], 0],
      ['测试数据管理中心', 4, ['previousBudget', 'budget'], 0],
    ]);
  });

  it('reads nothing when a row is no group, a unit has no name, or text is left over', () => {
    expect(cycles([row(1, '甲中心 2025 年'), row(2, '合计')])).to.equal(undefined);
    expect(cycles([row(1, '2025 年'), row(2, '2026 年')])).to.equal(undefined);
    expect(cycles([row(1, '甲中心 2025 年'), row(2, '乙', false)])).to.equal(undefined);
  });
});

describe('real 三公 units: 深圳人社 2026 表9 财政拨款“三公”经费支出表', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/shenzhen-renshe-2026-budget.layout.txt'));
  });

  it('keeps its 21 units, the wrapped name joined, each item the sum of its funds', () => {
    const t7 = result.document!.tables.t7!;
    expect(t7.units!.length).to.equal(21);
    // Lines 9880–9886: "深圳市人力资源和社会保障数据管理中" / "2025 年 3.54 …" / "心" / "2026 年 3.53 …".
    const unit = t7.units!.find((u) => u.name === '深圳市人力资源和社会保障数据管理中心')!;
    expect(unit.previousBudget).to.deep.equal({ total: 3.54, abroad: 0, reception: 0.54, vehicles: 3, vehiclePurchase: 0, vehicleOperation: 3, source: { table: 't7', line: 9882 } });
    expect(unit.budget).to.deep.include({ total: 3.53, abroad: 0, reception: 0.53, vehicles: 3, vehiclePurchase: 0, vehicleOperation: 3 });
    // Line 9886: "增减变化金额 -0.02 … -0.02 …", this year less last year, kept as printed.
    expect(unit.change).to.deep.include({ total: -0.02, abroad: 0, reception: -0.02, vehicles: 0 });
    expect(t7.change).to.deep.include({ total: 120, abroad: 118.8, vehicleOperation: -4.8 });
    // The department stays as printed, and its units add up to it (one slip of 0.01 a unit).
    expect(t7.budget!.total).to.equal(299.23);
    const sum = t7.units!.reduce((s, u) => s + (u.budget?.total ?? 0), 0);
    expect(Math.abs(sum - 299.23)).to.be.below(0.01 * 21);
    expect(result.warnings.filter((w) => w.code === 'unit-rows-kept' || (w.code === 'line-unread' && w.line! > 9861 && w.line! < 10100))).to.deep.equal([]);
    expect(validate(result.document!).ok).to.equal(true);
  });
});
