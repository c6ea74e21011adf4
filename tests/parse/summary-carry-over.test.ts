// 表1 lines printed under its income totals (src/parse/tables/summary.ts): the sources a
// carry-over lists under it ("上年结转" / "其中：财政拨款资金结转" / "非财政拨款资金结余", or
// numbered "1.财政拨款结余、结转" / "2.非财政拨款结余、结转") are parts of the carry-over, not income
// rows (the audit would add them into 本年收入合计, an imbalance the document does not have), and
// 用事业基金弥补收支差额 is the older name of 使用非财政拨款结余. Expected cells read by hand.
import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Line = { kind?: string; name: string; amount: number | null; parts?: Line[] };
const lines = (list: readonly Line[] | undefined) => (list ?? []).map((r) => [r.kind ?? null, r.name, r.amount]);

describe('parse 表1: the carry-over and the lines under it', () => {
  it('其中 lines under 上年结转 are its parts; 用事业基金弥补收支差额 is 使用非财政拨款结余', async () => {
    const result = parse(await fixtureText('variants/summary-carry-over-parts.txt'));
    const t1 = result.document!.tables.t1!;
    expect(lines(t1.income)).to.deep.equal([[null, '部门预算', 500]]);
    expect(lines(t1.income[0]!.parts)).to.deep.equal([
      ['fiscal', '财政拨款', 400],
      ['institution', '事业收入', 100],
    ]);
    expect(t1.totals.nonFiscalBalanceUsed).to.deep.include({ name: '用事业基金弥补收支差额', amount: 20 });
    expect(t1.totals.carryOverStart).to.deep.include({ name: '上年结转', amount: 70 });
    // 非财政拨款 is not 财政拨款: no fiscal kind.
    expect(lines(t1.totals.carryOverStart!.parts)).to.deep.equal([
      ['fiscal', '财政拨款资金结转', 50],
      [null, '非财政拨款资金结余', 20],
    ]);
    expect(t1.totals.incomeGrandTotal!.amount).to.equal(590);
    // The table adds up as printed: no table-1 sum fails.
    const failed = audit(result.document!).filter((f) => /^table1-/.test(f.name));
    expect(failed.map((f) => `${f.rule} ${f.severity}`)).to.deep.equal([]);
  });

  it('numbered sources under 上年结余、结转 (深圳 style) are its parts, not the last income row\'s', () => {
    const text = [
      '测试局2026年部门预算',
      '表1',
      '                                     收支总表',
      '部门名称：测试局                                                   单位：万元',
      '           项    目                  2026 年预算数          项   目           2026 年预算数',
      ' 一、财政拨款                                 300.00   一、教育支出                         350.00',
      ' 二、单位资金                                  50.00',
      ' 1.事业收入                                    50.00',
      '          本年收入合计                        350.00            本年支出合计             350.00',
      '上年结余、结转                                 40.00   结转下年                            40.00',
      ' 1.财政拨款结余、结转                          30.00',
      ' 2.非财政拨款结余、结转                        10.00',
      '           收入总计                           390.00               支出总计             390.00',
      '',
    ].join('\n');
    const t1 = parse(text).document!.tables.t1!;
    expect(lines(t1.income)).to.deep.equal([
      ['fiscal', '财政拨款', 300],
      [null, '单位资金', 50],
    ]);
    expect(lines(t1.income[1]!.parts)).to.deep.equal([['institution', '事业收入', 50]]);
    expect(lines(t1.totals.carryOverStart!.parts)).to.deep.equal([
      ['fiscal', '财政拨款结余、结转', 30],
      [null, '非财政拨款结余、结转', 10],
    ]);
  });
});
