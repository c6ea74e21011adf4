// Rows a reader places with certainty carry no doubt, and a one-row 支出总表 is its 合计.
// - 表1/表4 in space text are read as panels (grid/panels.ts), not on the shared grid: the
//   grid's columns-ambiguous on their lines does not stand (深圳 大鹏 表1 lines 576-674).
// - A 三公 row that fills every amount leaf of its header (深圳 表9: 18 amounts under 6 items ×
//   3 funds) is placed in printed order (大鹏 lines 1239, 1241).
// - A 支出总表 printed as one unlabelled row under 合计 | 基本支出 | 项目支出 | … (江苏 公开03表
//   line 387) gives the table's 合计: synthetic tests/fixtures/variants/function-total-only-row.txt.
// Expected cells read from the texts by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: doubts a reader settles', () => {
  it('大鹏 2026: no columns-ambiguous on 表1 or 表9 lines, which read as printed', async () => {
    const result = parse(await fixtureText('real/shenzhen-ghzy-dapeng-2026-budget.layout.txt'));
    expect(result.warnings.filter((w) => w.code === 'columns-ambiguous').map((w) => w.line)).to.deep.equal([]);
    const t7 = result.document!.tables.t7!;
    expect([t7.budget!.total, t7.budget!.vehicleOperation, t7.previousBudget!.vehiclePurchase]).to.deep.equal([4.4, 4.4, 12]);
  });
});

describe('parse 支出总表: one unlabelled row under amount headers', () => {
  it('is the table\'s 合计 (synthetic)', async () => {
    const t3 = parse(await fixtureText('variants/function-total-only-row.txt')).document!.tables.t3!;
    expect(t3.total!.name).to.equal('合计');
    expect([t3.total!.values.total, t3.total!.values.basic, t3.total!.values.project]).to.deep.equal([1000, 600, 300]);
    expect(t3.rows).to.deep.equal([]);
  });

  it('but a sparse row (blanks between its amounts) is not placed by guess', async () => {
    const text = (await fixtureText('variants/function-total-only-row.txt')).replace('600.00          300.00', '                300.00');
    expect(parse(text).document!.tables.t3!.total).to.equal(undefined);
  });

  it('real: 江苏省人民检察院 2019 公开03表 24169.74 = 15844.04 + 4335.30 (+ 3990.4 单位预留机动经费)', async () => {
    const t3 = parse(await fixtureText('real/jiangsu-jianchayuan-2019-budget.layout.txt')).document!.tables.t3!;
    expect([t3.total!.values.total, t3.total!.values.basic, t3.total!.values.project]).to.deep.equal([24169.74, 15844.04, 4335.3]);
  });
});
