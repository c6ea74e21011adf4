// 表6 printed as three code | name | amount groups side by side, continued on a page laid out
// wider than the first (found by the metamorphic suite: the table split by an extra page break,
// title and header repeated). The grid learned from both pages leaves blank cells between a
// code and its name on the narrower page, and the next group's code where this group's amount
// is blank: the code 30703 was read as the amount of 30203 咨询费 (307,030,000 元), and the
// name 国内债务发行费用 as the amount of 30703 (tables/economic.ts, readGroups).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { SAMPLE_TEXT, fixtureText } from '../helpers/fixtures.js';
import { toSpaceAligned } from './helpers.js';
import { splitTable } from './metamorphic-transforms.js';

describe('parse: 表6 groups side by side over pages laid out apart', () => {
  it('reads every code with its own name and amount', async () => {
    const source = await fixtureText(SAMPLE_TEXT);
    const baseline = parse(source);
    // The split falls in the middle of the longest table, 公开06表 (a fixed draw).
    const text = toSpaceAligned(splitTable(true).apply(source, () => 0.5, baseline));
    expect(text.split('\f').length).to.equal(2);
    const t6 = parse(text).document!.tables.t6!;
    const byCode = Object.fromEntries(t6.rows.map((r) => [r.code, [r.name, r.amount]]));
    expect(byCode['30203']).to.deep.equal(['咨询费', null]);
    expect(byCode['30703']).to.deep.equal(['国内债务发行费用', null]);
    expect(byCode['31001']).to.deep.equal(['房屋建筑物购建', null]);
    expect(byCode['30101']).to.deep.equal(['基本工资', 402.06]);
    expect(byCode['30201']).to.deep.equal(['办公费', 21.82]);
    expect(byCode['31002']).to.deep.equal(['办公设备购置', 5.73]);
    expect(byCode['30113']).to.deep.equal(['住房公积金', 46.97]);
    expect(t6.rows).to.have.length(baseline.document!.tables.t6!.rows.length);
  });
});
