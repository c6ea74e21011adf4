// 公开08表 / 公开09表 of a department without 政府性基金 or 国有资本经营 money: 公开08表 prints its
// header, a blank 合计 row and "本单位无政府性基金预算财政拨款收入，…，故本表为空表。"; 公开09表
// prints no header at all, only the sentence. Both are empty tables with their reason, not
// tables of zeros nor missing tables. Synthetic text: tests/fixtures/variants/final-empty-fund-tables.txt.
import { expect } from '@open-wc/testing';
import { finalVariant } from './final-variants-helpers.js';

describe('parse 决算 公开08表 / 公开09表 printed empty', () => {
  it('keeps each table with its reason and no rows', async () => {
    const { doc, warned, faults } = await finalVariant('final-empty-fund-tables');
    const { t8, t9 } = doc.tables;
    expect(t8!.emptyReason).to.contain('本单位无政府性基金预算财政拨款收入');
    expect(t8!.emptyReason).to.contain('故本表为空表');
    expect(t8!.rows).to.deep.equal([]);
    expect(t8!.total).to.equal(undefined);
    expect(t9!.emptyReason).to.contain('无国有资本经营预算财政拨款收入');
    expect(t9!.emptyReason).to.contain('以空表列示');
    expect(t9!.rows).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
