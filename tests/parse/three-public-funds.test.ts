// 三公 items printed by fund (深圳 表9: 总计 | 因公出国(境)费 | 公务接待费 | 小计 | 购置费 | 运行维护费,
// each over 一般公共预算 | 政府性基金预算 | 国有资本经营预算; rows by year): the 财政拨款 三公 are all
// three funds, so an item's amount is the sum of its fund cells, not its 一般公共预算 cell.
// Synthetic text: the 大鹏 2026 表9 layout with 2.00 of 政府性基金 under 总计 and 公务接待费 in
// the 2026 row (tests/fixtures/variants/three-public-by-fund.txt); expected read by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse 三公: items by fund', () => {
  it('adds each item\'s fund cells: 2026 total 4.40 + 2.00, 公务接待费 0.00 + 2.00', async () => {
    const t7 = parse(await fixtureText('variants/three-public-by-fund.txt')).document!.tables.t7!;
    const pick = (g: Record<string, unknown>) => ['total', 'abroad', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'].map((k) => g[k]);
    expect(pick(t7.budget!)).to.deep.equal([6.4, 0, 2, 4.4, 0, 4.4]);
    expect(pick(t7.previousBudget!)).to.deep.equal([17.6, 0, 0, 17.6, 12, 5.6]);
  });

  it('reads the item word as the fund leaves\' group when the header is a clean tree (as parsePdf reads the grid)', async () => {
    // Each item word centred over its three fund columns on a line of its own (the PDF's ruled
    // header; 大鹏 2026 表9 read from the PDF): no word squeezed into a fund leaf.
    const r = parse(await fixtureText('variants/three-public-by-fund-tree.txt'));
    const t7 = r.document!.tables.t7!;
    const pick = (g: Record<string, unknown>) => ['total', 'abroad', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'].map((k) => g[k]);
    expect(pick(t7.budget!)).to.deep.equal([6.4, 0, 2, 4.4, 0, 4.4]);
    expect(pick(t7.previousBudget!)).to.deep.equal([17.6, 0, 0, 17.6, 12, 5.6]);
    expect(r.warnings.filter((w) => w.code === 'column-kept')).to.deep.equal([]);
  });
});
