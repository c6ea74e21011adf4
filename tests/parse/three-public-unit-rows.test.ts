// 三公 by unit (深圳 表9 kind): each unit printed as rows "2025 年 …" / "2026 年 …" / 增减变化金额,
// 18 amounts each (6 items × 3 funds), over pages pdftotext lays out a few characters apart.
// Every row prints all 18 amounts, so they go in order under the 18 leaves, whatever the grid
// made of a page: no columns-ambiguous, and each unit's years are read under `units` like the
// department's (before, the units' rows were only kept as printed).
// Synthetic text: tests/fixtures/variants/three-public-units-by-year.txt (invented names, the
// layout of a real 表9 over three pages); expected values read from the text by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse 三公: units as year rows, every amount printed', () => {
  it('raises no columns-ambiguous on the rows that print every amount', async () => {
    const result = parse(await fixtureText('variants/three-public-units-by-year.txt'));
    expect(result.warnings.filter((w) => w.code === 'columns-ambiguous').map((w) => w.line)).to.deep.equal([]);
  });

  it('keeps each unit\'s years under units, every item the sum of its three funds, the year as one label', async () => {
    const t7 = parse(await fixtureText('variants/three-public-units-by-year.txt')).document!.tables.t7!;
    const group = (line: number) => [t7, ...(t7.units ?? [])].flatMap((h) => [h.budget, h.previousBudget]).find((g) => g?.source?.line === line)!;
    const items = (g: NonNullable<typeof t7.budget>) => [g.total, g.abroad, g.reception, g.vehicles, g.vehiclePurchase, g.vehicleOperation];
    // "测试市甲乙丙丁戊己庚辛壬局 2025 年 179.23 0.00 0.00 1.40 … 105.60 0.00 0.00": the department's.
    expect(items(group(14))).to.deep.equal([179.23, 1.4, 24.23, 153.6, 48, 105.6]);
    expect(items(group(16))).to.deep.equal([299.23, 120.2, 24.23, 154.8, 54, 100.8]);
    // Third page, laid out three characters to the right: "测试市测评院 2025 年 8.32 …", a unit's.
    const unit = t7.units!.find((u) => u.name === '测试市测评院')!;
    expect(unit.previousBudget!.source!.line).to.equal(86);
    expect(items(unit.previousBudget!)).to.deep.equal([8.32, 0, 0.32, 8, 0, 8]);
    expect(parse(await fixtureText('variants/three-public-units-by-year.txt')).document!.otherTables?.filter((t) => t.of === 't7') ?? []).to.deep.equal([]);
  });

  it('still reads the department\'s 2026 row as the budget and its 2025 row as the previous one', async () => {
    const t7 = parse(await fixtureText('variants/three-public-units-by-year.txt')).document!.tables.t7!;
    expect([t7.budget!.total, t7.budget!.abroad, t7.budget!.vehicleOperation]).to.deep.equal([299.23, 120.2, 100.8]);
    expect([t7.previousBudget!.total, t7.previousBudget!.vehiclePurchase]).to.deep.equal([179.23, 48]);
  });
});
