// Parse artefacts that the audit took for the document's own contradictions (issue 10, "the
// audit on real documents"): each kind with a synthetic text and the real cells, read from
// tests/fixtures/real/*.layout.txt by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

type Line = { name: string; amount: number | null; kind?: string };
const named = (line: Line | undefined) => line && [line.name, line.amount];

describe('parse: 上年结余、结转 (深圳 spelling) is the 年初 carry-over, not an income line', () => {
  it('synthetic: the Linzi 表1 with its 年初结转和结余 line spelt 上年结余、结转', async () => {
    const text = (await fixtureText('linzi-industry-it-bureau-2021-final.txt')).replace('年初结转和结余\t29', '上年结余、结转\t29');
    const t1 = parse(text).document!.tables.t1!;
    expect(t1.totals.carryOverStart?.name).to.equal('上年结余、结转');
    expect(t1.income.map((l) => l.name)).not.to.include('上年结余、结转');
  });

  it('深圳大鹏 2026 表1 and 表6 财政拨款收支总表: 上年结余、结转 11.00 by source, after a page break', async () => {
    const doc = parse(await fixtureText('real/shenzhen-ghzy-dapeng-2026-budget.layout.txt')).document!;
    expect(named(doc.tables.t1!.totals.carryOverStart)).to.deep.equal(['上年结余、结转', 11]);
    const t4 = doc.tables.t4!;
    expect(named(t4.totals.carryOverStart)).to.deep.equal(['上年结余、结转', 11]);
    expect(t4.totals.carryOverStartBySource!.map((l) => [l.kind, l.amount])).to.deep.equal([
      ['generalBudget', 11],
      ['governmentFund', 0],
      ['stateCapital', 0],
    ]);
    expect(t4.income.map((l) => l.name)).to.deep.equal(['财政拨款', '一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款']);
    expect(named(t4.totals.incomeTotal)).to.deep.equal(['本年收入合计', 4310.31]);
    expect(named(t4.totals.incomeGrandTotal)).to.deep.equal(['收入总计', 4321.31]);
  });
});

describe('parse: a function table whose one amount column is headed 金额', () => {
  it('synthetic: 金额 is the total, no other column invented, no header warning', () => {
    const text = [
      '测试局2019年部门预算',
      '',
      '公开 05 表',
      '          一般公共预算支出预算表（功能科目）',
      '部门： 测试局                                    单位：万元',
      '          科目代码                功能科目名称        金额',
      '                      合   计                         300.00',
      '204               公共安全支出                        300.00',
      '20404             检察                                300.00',
      '',
    ].join('\n');
    const result = parse(text);
    const t5 = result.document!.tables.t5!;
    expect(t5.total!.values).to.deep.equal({ total: 300 });
    expect(t5.rows.map((r) => [r.code, r.values])).to.deep.equal([
      ['204', { total: 300 }],
      ['20404', { total: 300 }],
    ]);
    expect(result.warnings.map((w) => w.code).filter((c) => c === 'columns-assumed')).to.deep.equal([]);
  });

  it('江苏省人民检察院 2019 一般公共预算支出预算表: every row is its 金额', async () => {
    const t5 = parse(await fixtureText('real/jiangsu-jianchayuan-2019-budget.layout.txt')).document!.tables.t5!;
    expect(t5.total!.values).to.deep.equal({ total: 24169.74 });
    expect(t5.rows.map((r) => [r.code, r.values.total])).to.deep.equal([
      ['204', 16593.12],
      ['20404', 16593.12],
      ['2040401', 12268.62],
      ['2040402', 2354.4],
      ['2040410', 1185.6],
      ['2040450', 315],
      ['2040499', 469.5],
      ['208', 1890.27],
      ['20805', 1890.27],
      ['2080504', 400.02],
      ['2080505', 1064.46],
      ['2080506', 425.79],
      ['221', 5686.35],
      ['22102', 5686.35],
      ['2210201', 1442.74],
      ['2210202', 4243.61],
    ]);
  });
});
