// 公开07表 "三公"经费支出决算表 in the two shapes 决算 print it:
// - one row of 12 amounts under 预算数 and 决算数, each 合计 | 因公出国(境)费 | 公务用车购置及运行费
//   (小计 | 购置费 | 运行费) | 公务接待费, the group words centred over their six leaves (山东 layout:
//   "预算数" starts right over the 公务用车 小计, which is no flush-left group start;
//   three-public.ts groupReading);
// - items as rows under 项目 | 预算数 | 决算数 (浙江 layout): each group from its own column, the
//   printed 公务用车购置费 line without amounts null in both (three-public-items.ts).
// - the same rows with 增减额 | 增减率 beside 预算数 | 决算数 (广东 layout): kept as printed, each
//   column with a notice, never dropped silently.
// - one row in 元 laid out by character count (pdftotext squeezes CJK headers: "预算数" ends up
//   nearer the middle of both groups than of its own): the groups are the two equal blocks of
//   the same six items (three-public.ts repeatedBlocks).
// - items as rows with a 行次 column (河南 layout): 1…6 are line numbers, not amounts;
// - one row whose 公务用车 prints 购置费 | 运行维护费 and no 小计 (广东 layout): no vehicles
//   subtotal is invented, and the audit's R15 adds the two parts (src/audit/rules/three-public.ts).
// Synthetic texts: tests/fixtures/variants/final-three-public-{one-row,rows,rows-change,
// rows-line-numbers,no-subtotal}.txt, final-central-yuan-chars.txt.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';

const KEYS = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
const cells = (a: Partial<Record<(typeof KEYS)[number], number | null>> | undefined) => a && KEYS.map((k) => (k in a ? a[k] : 'absent'));

describe('parse 决算 公开07表 "三公": 预算数 and 决算数', () => {
  it('one row under two centred groups: the 决算数 合计 and 因公出国 belong to 决算数', async () => {
    const { doc, warned, faults } = await finalVariant('final-three-public-one-row');
    const t7 = doc.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal([25, 5, 18, null, 18, 2]);
    expect(cells(t7.final)).to.deep.equal([20, null, 18, null, 18, 2]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('items as rows under 项目 | 预算数 | 决算数: the 决算数 column is the final, not dropped', async () => {
    const { doc, warned, faults } = await finalVariant('final-three-public-rows');
    const t7 = doc.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal([25, 5, 18, null, 18, 2]);
    expect(cells(t7.final)).to.deep.equal([20, null, 18, null, 18, 2]);
    expect(t7.final!.source?.line).to.equal(7);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('items as rows with 增减额 | 增减率: the two groups read, the change columns kept as printed', async () => {
    const { doc, warned, faults } = await finalVariant('final-three-public-rows-change');
    const t7 = doc.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal([25, 5, 18, null, 18, 2]);
    expect(cells(t7.final)).to.deep.equal([20, null, 18, null, 18, 2]);
    const kept = doc.otherTables!.find((t) => t.of === 't7')!;
    expect(kept.reason).to.equal('unmapped-columns');
    expect(kept.columns.map((c) => c.path.join('/'))).to.deep.equal(['增减额', '增减率']);
    expect(kept.rows.map((r) => [r.name, ...r.values])).to.deep.equal([
      ['合计', -5, -20],
      ['1.因公出国（境）费', -5, -100],
    ]);
    expect(warned).to.deep.equal(['column-kept', 'column-kept']);
    expect(faults).to.deep.equal([]);
  });

  it('one row in 元 laid out by characters: each group is its block of six items', async () => {
    const { doc, warned, faults } = await finalVariant('final-central-yuan-chars');
    const t7 = doc.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal([250000, 50000, 180000, null, 180000, 20000]);
    expect(cells(t7.final)).to.deep.equal([196543.21, null, 178000, null, 178000, 18543.21]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('items as rows with a 行次 column: the line numbers are not amounts', async () => {
    const { doc, warned, faults } = await finalVariant('final-three-public-rows-line-numbers');
    const t7 = doc.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal([25, 5, 18, null, 18, 2]);
    expect(cells(t7.final)).to.deep.equal([20, null, 18, null, 18, 2]);
    expect(doc.otherTables ?? []).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('公务用车 as 购置费 | 运行维护费 without 小计: vehicles absent, the audit adds the parts', async () => {
    const { doc, warned, faults } = await finalVariant('final-three-public-no-subtotal');
    const t7 = doc.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal([25, 5, 'absent', null, 18, 2]);
    expect(cells(t7.final)).to.deep.equal([20, null, 'absent', null, 18, 2]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
