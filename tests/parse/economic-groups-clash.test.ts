// 表6 printed as three code | name | amount groups side by side, whose long names (机关事业单位
// 基本养老保险缴费, 因公出国（境）费用) reach over the next amount column on the shared grid:
// every row clashed and was flagged columns-ambiguous (西安卫健 2022 公开06表, 26 rows). The
// groups are read in printed order, code → name → amount (tables/economic.ts, readGroups): an
// amount belongs to the name before it, a blank one leaves the next code right after its name,
// so no column is guessed and the doubt does not stand.
// Synthetic text: tests/fixtures/variants/economic-three-groups-clash.txt (that layout, invented
// department); expected cells read from the text by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse 表6: three groups side by side, names over the amount columns', () => {
  it('reads each amount with its own code, blanks left blank, and raises no columns-ambiguous', async () => {
    const result = parse(await fixtureText('variants/economic-three-groups-clash.txt'));
    expect(result.warnings.filter((w) => w.code === 'columns-ambiguous').map((w) => w.line)).to.deep.equal([]);
    const t6 = result.document!.tables.t6!;
    const byCode = Object.fromEntries(t6.rows.map((r) => [r.code, r.amount]));
    // "30108 机关事业单位基本养老保险缴费 7,510.91 30206 电费 89.28 31007 信息网络及软件购置更新"
    expect([byCode['30108'], byCode['30206'], byCode['31007']]).to.deep.equal([7510.91, 89.28, null]);
    // "30106 伙食补助费 (blank) 30204 手续费 (blank) 31005 基础设施建设"
    expect([byCode['30106'], byCode['30204'], byCode['31005']]).to.deep.equal([null, null, null]);
    // "30113 住房公积金 8,867.85 30212 因公出国（境）费用 (blank) 31012 拆迁补偿"
    expect([byCode['30113'], byCode['30212'], byCode['31012']]).to.deep.equal([8867.85, null, null]);
    // "301 工资福利支出 92,835.98 302 商品和服务支出 2,085.91 310 资本性支出 7.17"
    expect([byCode['301'], byCode['302'], byCode['310'], byCode['31002']]).to.deep.equal([92835.98, 2085.91, 7.17, 7.17]);
  });

  it('real: 西安卫健 2022 公开06表 (lines 7628-7660), cells read by hand, no doubt on its rows', async () => {
    const result = parse(await fixtureText('real/xian-weijian-2022-final.layout.txt'));
    expect(result.warnings.filter((w) => w.code === 'columns-ambiguous').map((w) => w.line)).to.deep.equal([]);
    const byCode = Object.fromEntries(result.document!.tables.t6!.rows.map((r) => [r.code, r.amount]));
    // 7634: "30108 … 7,510.91 30206 电费 89.28 31007 …"; 7646: "30304 抚恤金 164.49 30224 被装购置费 (blank) 31201 …";
    // 7652: "30310 个人农业生产补贴 (blank) 30231 公务用车运行维护费 450.96 39907 …"; 7660: "30299 其他商品和服务支出 62.37 39910 …".
    expect([byCode['30108'], byCode['30206'], byCode['31007']]).to.deep.equal([7510.91, 89.28, null]);
    expect([byCode['30304'], byCode['30224'], byCode['31201']]).to.deep.equal([164.49, null, null]);
    expect([byCode['30310'], byCode['30231'], byCode['39907']]).to.deep.equal([null, 450.96, null]);
    expect([byCode['30299'], byCode['39910']]).to.deep.equal([62.37, null]);
  });
});
