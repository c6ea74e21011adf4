// 表1 lines numbered under a carry-over total (深圳's 上年结余、结转 → 1.财政拨款结余、结转,
// 2.非财政拨款结余、结转) are that total's parts, not parts of the last income line above it.
// Synthetic text (tests/fixtures/variants/summary-carry-over-numbered.txt) and the real
// 深圳市规划和自然资源局大鹏管理局 2026 表1 (lines 586-596, 668-672); expected cells read by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Line = { kind?: string; name: string; amount: number | null; parts?: Line[] };
const lines = (list: readonly Line[] | undefined) => (list ?? []).map((r) => [r.kind ?? null, r.name, r.amount]);

describe('parse 表1: numbered lines under 上年结余、结转', () => {
  it('are the carry-over total\'s parts; 单位资金 keeps only its own', async () => {
    const t1 = parse(await fixtureText('variants/summary-carry-over-numbered.txt')).document!.tables.t1!;
    expect(lines(t1.income[1]!.parts)).to.deep.equal([['institution', '事业收入', 20]]);
    expect(t1.totals.carryOverStart!.amount).to.equal(10);
    // 非财政拨款 is not 财政拨款: no kind.
    expect(lines(t1.totals.carryOverStart!.parts)).to.deep.equal([
      ['fiscal', '财政拨款结余、结转', 8],
      [null, '非财政拨款结余、结转', 2],
    ]);
    expect(t1.totals.carryOverEnd!.amount).to.equal(0);
    expect(t1.totals.incomeGrandTotal!.amount).to.equal(330);
  });

  it('real: 大鹏 上年结余、结转 11.00 = 11.00 + 0.00, 三、单位资金 184.50 with five parts', async () => {
    const t1 = parse(await fixtureText('real/shenzhen-ghzy-dapeng-2026-budget.layout.txt')).document!.tables.t1!;
    expect(lines(t1.totals.carryOverStart!.parts)).to.deep.equal([
      ['fiscal', '财政拨款结余、结转', 11],
      [null, '非财政拨款结余、结转', 0],
    ]);
    const unit = t1.income.find((l) => l.name === '单位资金')!;
    expect(lines(unit.parts).map((p) => p[2])).to.deep.equal([0, 0, 0, 0, 184.5]);
  });
});

// 表1 with three sides (收入 | 功能分类 | 支出用途, 江苏 公开01表): the footer (当年支出小计,
// 结转下年资金, 支出合计) is printed once across both expenditure sides, starting under the
// 支出用途 side; the year's subtotals are named 当年收入小计 / 当年支出小计.
// Synthetic text: tests/fixtures/variants/summary-three-sides-footer.txt; real: 江苏省人民检察院
// 2019 公开01表 lines 345-347.
describe('parse 表1: a footer printed across two expenditure sides', () => {
  it('当年…小计 are the year\'s totals, 合计 after 上年结转 the grand totals, on both sides', async () => {
    const t1 = parse(await fixtureText('variants/summary-three-sides-footer.txt')).document!.tables.t1!;
    const totals = Object.fromEntries(Object.entries(t1.totals).map(([k, v]) => [k, [(v as Line).name, (v as Line).amount]]));
    expect(totals).to.deep.equal({
      incomeTotal: ['当年收入小计', 500],
      expenditureTotal: ['当年支出小计', 500],
      carryOverStart: ['上年结转资金', null],
      carryOverEnd: ['结转下年资金', null],
      incomeGrandTotal: ['收入合计', 500],
      expenditureGrandTotal: ['支出合计', 500],
    });
    // The subtotal is not an income line of its own.
    expect(lines(t1.income)).to.deep.equal([
      ['fiscal', '财政拨款', 500],
      [null, '其他资金', null],
    ]);
    expect(t1.expenditure.map((l) => [l.code ?? null, l.name, l.amount])).to.deep.equal([
      ['201', '一般公共服务支出', 300],
      ['204', '公共安全支出', 200],
      ['205', '教育支出', null],
    ]);
  });

  it('real: 江苏省人民检察院 2019 当年支出小计 24,169.74, 支出合计 24,169.74', async () => {
    const t1 = parse(await fixtureText('real/jiangsu-jianchayuan-2019-budget.layout.txt')).document!.tables.t1!;
    expect([t1.totals.expenditureTotal?.name, t1.totals.expenditureTotal?.amount]).to.deep.equal(['当年支出小计', 24169.74]);
    expect([t1.totals.expenditureGrandTotal?.name, t1.totals.expenditureGrandTotal?.amount]).to.deep.equal(['支出合计', 24169.74]);
    expect(t1.income.map((l) => l.name)).to.not.include('当年收入小计');
  });
});
