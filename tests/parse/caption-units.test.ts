// A unit printed on the title line ("…表（单位：万元）", "…表    金额单位：元") — found by the
// metamorphic suite (tests/parse/metamorphic.test.ts, "g: unit as caption"): a title that
// already had a bracketed qualifier ("（按功能分类科目）") was no table title any more, and its
// table was read into the one before it. The unit is not part of the title; it is the table's.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { titleKey } from '../../src/parse/regions.js';
import { isTitleText } from '../../src/parse/table-regions.js';
import { SAMPLE_TEXT, fixtureText } from '../helpers/fixtures.js';

describe('parse: a unit printed on the title line', () => {
  it('is a title with or without the unit, and the unit is not part of its key', () => {
    expect(isTitleText('一般公共预算支出情况表（按功能分类科目）（单位：万元）')).to.equal(true);
    expect(isTitleText('收支总体情况表    金额单位：元')).to.equal(true);
    expect(isTitleText('收支总体情况表(单位:万元)')).to.equal(true);
    // A unit line is still no title: what is left does not end in 表.
    expect(isTitleText('部门：淄博市临淄区工业和信息化局    单位：万元')).to.equal(false);
    expect(titleKey('一般公共预算支出情况表（单位：万元）')).to.equal(titleKey('一般公共预算支出情况表'));
  });

  it('the Linzi 公开05表 with its unit on the title line (in 元, amounts as printed)', async () => {
    const lines = (await fixtureText(SAMPLE_TEXT)).split('\n');
    // Line 287 is the title, line 292 the unit line.
    expect(lines[286]).to.equal('一般公共预算财政拨款支出决算表');
    expect(lines[291]).to.equal('金额单位：万元');
    lines[286] = '一般公共预算财政拨款支出决算表（按功能分类科目）（单位：元）';
    lines[291] = '';
    const t5 = parse(lines.join('\n')).document!.tables.t5!;
    expect(t5.unit).to.equal('元');
    expect(t5.total!.values).to.deep.equal({ total: 6443.6, basic: 1057.22, project: 5386.38 });
    expect(t5.rows.map((r) => r.code)).to.include('2010401');
  });
});
