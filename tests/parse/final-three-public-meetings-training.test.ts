// 表7 as "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表": under 预算数 and again under 决算数,
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 | 会议费 | 培训费,
// with no 三公 小计: the 合计 adds 会议费 and 培训费 to the three items. Before, that 合计 was read as
// the 三公 total (R15: 17.50 against the items' 14.50) and the budget's 会议费 and 培训费 were lost:
// kept under the same path as the 决算's, one column, the later cell winning. Now a 合计 that is
// the sum of all five (and not of the three) is kept as printed, not the schema's total, and each
// kept column is named by its group. Synthetic text:
// tests/fixtures/variants/final-three-public-meetings-training.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { finalVariant } from './final-variants-helpers.js';

const fixture = 'final-three-public-meetings-training';
const items = (a: object | undefined) => a && Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'source'));

describe('parse 决算 表7 with 会议费 and 培训费 under one 合计', () => {
  it('reads the three items of each group; the 合计 over all five is kept as printed', async () => {
    const { doc, warned, faults } = await finalVariant(fixture);
    const t7 = doc.tables.t7!;
    expect(items(t7.budget)).to.deep.equal({ abroad: null, vehicles: 11, vehiclePurchase: null, vehicleOperation: 11, reception: 3.5 });
    expect(items(t7.final)).to.deep.equal({ abroad: null, vehicles: 8.9, vehiclePurchase: null, vehicleOperation: 8.9, reception: 2.6 });
    const kept = doc.otherTables!.find((o) => o.of === 't7')!;
    expect(kept.columns.map((c) => c.path)).to.deep.equal([
      ['预算数', '合计'],
      ['预算数', '会议费'],
      ['预算数', '培训费'],
      ['决算数', '合计'],
      ['决算数', '会议费'],
      ['决算数', '培训费'],
    ]);
    expect(kept.rows.map((r) => r.values)).to.deep.equal([[17.5, 2, 1, 14.3, 1.9, 0.9]]);
    expect(warned).to.deep.equal(Array(6).fill('column-kept'));
    expect(faults).to.deep.equal([]);
  });

  it('keeps a 合计 that is the three items alone as the 三公 total (会议费, 培训费 blank)', async () => {
    const text = (await fixtureText(`variants/${fixture}.txt`))
      .replace('17.50', '14.50')
      .replace('14.30', '11.50')
      .replace(/ {6}2\.00 {6}1\.00/, ' '.repeat(20))
      .replace(/ {6}1\.90 {6}0\.90/, ' '.repeat(20));
    const t7 = parse(text).document!.tables.t7!;
    expect([t7.budget!.total, t7.final!.total]).to.deep.equal([14.5, 11.5]);
  });
});
