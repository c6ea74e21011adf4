// 表7 as "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表": under 预算数 and again under 决算数,
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 | 会议费 | 培训费,
// with no 三公 小计: the 合计 adds 会议费 and 培训费 to the three items. Once that 合计 was read as
// the 三公 total (R15: 17.50 against the items' 14.50) and the budget's 会议费 and 培训费 were lost.
// Now 会议费 and 培训费 are read into each group (meetings, training) and a 合计 that is the sum of
// all five (and not of the three) is totalWithRelated, the 三公 total left unprinted. Synthetic text:
// tests/fixtures/variants/final-three-public-meetings-training.txt; expected cells stated by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { finalVariant } from './final-variants-helpers.js';

const fixture = 'final-three-public-meetings-training';
const items = (a: object | undefined) => a && Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'source'));

describe('parse 决算 表7 with 会议费 and 培训费 under one 合计', () => {
  it('reads the three items, 会议费 and 培训费 of each group; the 合计 over all five is totalWithRelated', async () => {
    const { doc, warned, faults } = await finalVariant(fixture);
    const t7 = doc.tables.t7!;
    // 17.50 = 11.00 + 3.50 + 2.00 + 1.00; 14.30 = 8.90 + 2.60 + 1.90 + 0.90.
    expect(items(t7.budget)).to.deep.equal({ abroad: null, vehicles: 11, vehiclePurchase: null, vehicleOperation: 11, reception: 3.5, meetings: 2, training: 1, totalWithRelated: 17.5 });
    expect(items(t7.final)).to.deep.equal({ abroad: null, vehicles: 8.9, vehiclePurchase: null, vehicleOperation: 8.9, reception: 2.6, meetings: 1.9, training: 0.9, totalWithRelated: 14.3 });
    expect((doc.otherTables ?? []).filter((o) => o.of === 't7')).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
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
    // Blank is not zero: the two columns are printed, their cells blank.
    expect([t7.budget!.meetings, t7.budget!.training, t7.budget!.totalWithRelated]).to.deep.equal([null, null, undefined]);
  });
});
