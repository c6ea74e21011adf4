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
