// 三公 by unit (深圳 表9 kind): each unit printed as rows "2025 年 …" / "2026 年 …" / 增减变化金额,
// 18 amounts each (6 items × 3 funds), over pages pdftotext lays out a few characters apart.
// Every row prints all 18 amounts, so they go in order under the 18 leaves, whatever the grid
// made of a page: no columns-ambiguous, and the units' rows kept as printed keep each value in
// its column (before, the 2025 rows were shifted one column right and a 19th column opened).
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

  it('keeps the units\' rows with 18 columns, each value in its column and the year as one label', async () => {
    const document = parse(await fixtureText('variants/three-public-units-by-year.txt')).document!;
    const kept = document.otherTables!.find((t) => t.of === 't7')!;
    expect(kept.columns.length).to.equal(18);
    const row = (line: number) => kept.rows.find((r) => r.source?.line === line)!;
    // "测试市甲乙丙丁戊己庚辛壬局 2025 年 179.23 0.00 0.00 1.40 … 105.60 0.00 0.00"
    expect(row(14).values).to.deep.equal([179.23, 0, 0, 1.4, 0, 0, 24.23, 0, 0, 153.6, 0, 0, 48, 0, 0, 105.6, 0, 0]);
    expect(row(16).name).to.equal('2026年');
    expect(row(16).values).to.deep.equal([299.23, 0, 0, 120.2, 0, 0, 24.23, 0, 0, 154.8, 0, 0, 54, 0, 0, 100.8, 0, 0]);
    // Third page, laid out three characters to the right: "测试市测评院 2025 年 8.32 …".
    expect(row(86).values).to.deep.equal([8.32, 0, 0, 0, 0, 0, 0.32, 0, 0, 8, 0, 0, 0, 0, 0, 8, 0, 0]);
  });

  it('still reads the department\'s 2026 row as the budget and its 2025 row as the previous one', async () => {
    const t7 = parse(await fixtureText('variants/three-public-units-by-year.txt')).document!.tables.t7!;
    expect([t7.budget!.total, t7.budget!.abroad, t7.budget!.vehicleOperation]).to.deep.equal([299.23, 120.2, 100.8]);
    expect([t7.previousBudget!.total, t7.previousBudget!.vehiclePurchase]).to.deep.equal([179.23, 48]);
  });
});
