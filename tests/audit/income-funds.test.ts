// 表2 printing 财政拨款 by fund (2025/2026 budgets: 一般公共预算拨款收入 | 政府性基金预算拨款收入 |
// 国有资本经营预算拨款收入 | 财政专户管理资金收入): R33 adds the funds in place of 财政拨款, never
// both; R06 compares each fund with 表1's line (or 其中 part) of that kind.
import { expect } from '@open-wc/testing';
import { cellKeys, edit, findingsOf, type Editable } from './documents.js';

/** 表2 without a 财政拨款 column: every row by fund. */
const byFund = (d: Editable, values: Record<string, number | null>) => {
  d.tables.t2.total.values = { total: 110, generalBudget: 100, governmentFund: null, stateCapital: null, specialAccount: null, superiorSubsidy: 10, ...values };
  for (const row of d.tables.t2.rows) {
    const { fiscal, ...rest } = row.values;
    row.values = { ...rest, generalBudget: fiscal, governmentFund: null, stateCapital: null, specialAccount: null };
  }
};

describe('audit: 表2 by fund (R33, R06)', () => {
  it('R33 adds the funds when 财政拨款 is not printed, and 财政专户管理资金 beside them', () => {
    expect(findingsOf(edit((d) => byFund(d, {})), 'R33')).to.deep.equal([]);
    const withAccount = edit((d) => byFund(d, { total: 120, generalBudget: 90, governmentFund: 12, specialAccount: 8 }));
    expect(findingsOf(withAccount, 'R33')).to.deep.equal([]);
  });

  it('R33 still finds a row whose funds do not add up to its total, naming the fund cells', () => {
    const [f, ...rest] = findingsOf(edit((d) => byFund(d, { total: 120, generalBudget: 90, governmentFund: 12 })), 'R33');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 112, 120]);
    expect(cellKeys(f)).to.deep.equal(['t2:total/total', 't2:total/generalBudget', 't2:total/governmentFund', 't2:total/superiorSubsidy']);
    expect(f!.message['zh-CN']).to.contain('一般公共预算拨款收入、政府性基金预算拨款收入');
  });

  it('R33 takes 财政拨款 alone when it is printed beside its funds (never counted twice)', () => {
    const both = edit((d) => Object.assign(d.tables.t2.total.values, { generalBudget: 70, governmentFund: 30 }));
    expect(findingsOf(both, 'R33')).to.deep.equal([]);
    const [f] = findingsOf(edit((d) => Object.assign(d.tables.t2.total.values, { total: 111, generalBudget: 70, governmentFund: 30 })), 'R33');
    expect([f!.expected, f!.actual]).to.deep.equal([110, 111]);
    expect(cellKeys(f)).to.deep.equal(['t2:total/total', 't2:total/fiscal', 't2:total/superiorSubsidy']);
  });

  it('R06 compares each fund of 表2 with 表1’s line of that kind', () => {
    expect(findingsOf(edit((d) => byFund(d, {})), 'R06')).to.deep.equal([]);
    const [f, ...rest] = findingsOf(edit((d) => byFund(d, { total: 110, generalBudget: 90, governmentFund: 10 })), 'R06');
    // One fault, said once: the fund, not 财政拨款 as a whole again.
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 100, 90]);
    expect(cellKeys(f)).to.deep.equal(['t2:total/generalBudget', 't1:1/amount']);
  });

  it('R06 compares a fund with 表1’s 其中 part of that kind under 财政拨款', () => {
    const doc = edit((d) => {
      byFund(d, { generalBudget: 95, governmentFund: 5 });
      d.tables.t1.income.splice(0, 3, {
        kind: 'fiscal',
        name: '财政拨款',
        line: 1,
        amount: 100,
        parts: [
          { kind: 'generalBudget', name: '一般公共预算拨款', amount: 100, source: { line: 102 } },
          { kind: 'governmentFund', name: '政府性基金预算拨款', amount: 0, source: { line: 103 } },
        ],
      });
    });
    const findings = findingsOf(doc, 'R06');
    expect(findings.map((f) => [f.expected, f.actual, ...cellKeys(f)])).to.deep.equal([
      [100, 95, 't2:total/generalBudget', 't1:income1.1/amount'],
      [0, 5, 't2:total/governmentFund', 't1:income1.2/amount'],
    ]);
    expect(findings[0]!.cells[1]!.line).to.equal(102);
  });

  it('R06 compares 表1’s unsplit 财政拨款 with the sum of 表2’s funds', () => {
    const doc = edit((d) => {
      byFund(d, { generalBudget: 80, governmentFund: 30 });
      d.tables.t1.income.splice(0, 3, { kind: 'fiscal', name: '预算拨款', line: 1, amount: 100 });
    });
    const [f, ...rest] = findingsOf(doc, 'R06');
    expect(rest).to.have.length(0);
    expect([f!.expected, f!.actual]).to.deep.equal([100, 110]);
    expect(cellKeys(f)).to.deep.equal(['t2:total/generalBudget', 't2:total/governmentFund', 't1:1/amount']);
  });

  it('R06 compares 财政专户管理资金 with 表1’s line of that name, and never a blank', () => {
    const doc = (printed: number | null) =>
      edit((d) => {
        byFund(d, { total: 118, specialAccount: 8 });
        d.tables.t1.income.push({ name: '财政专户管理资金收入', line: 9, amount: printed, source: { line: 109 } });
        d.tables.t1.totals.incomeTotal.amount = 118;
      });
    expect(findingsOf(doc(8), 'R06')).to.deep.equal([]);
    expect(findingsOf(doc(null), 'R06')).to.deep.equal([]);
    const [f] = findingsOf(doc(7), 'R06');
    expect(cellKeys(f)).to.deep.equal(['t2:total/specialAccount', 't1:9/amount']);
  });

  it('a 合计 read from a 收入总表 printed as rows points each value at its own line', () => {
    const doc = edit((d) => {
      byFund(d, { generalBudget: 90 });
      d.tables.t2.total.source = { table: 't2', line: 359 };
      d.tables.t2.total.sources = { total: { table: 't2', line: 359 }, generalBudget: { table: 't2', line: 360 } };
    });
    const [f] = findingsOf(doc, 'R06');
    expect(cellKeys(f)).to.deep.equal(['t2:total/generalBudget', 't1:1/amount']);
    expect(f!.cells[0]!.line).to.equal(360);
  });

  it('R18 reads an income share by its fund, 事业单位经营收入 as 经营 and 国有资本经营 never as 经营', () => {
    const doc = (generalBudget: number, operating: number) =>
      edit((d) => {
        byFund(d, { total: 120, operating: 10 });
        d.narrative.shares = [
          {
            subject: 'income',
            label: '本年收入合计',
            total: 110,
            parts: [
              { label: '一般公共预算拨款收入', amount: generalBudget, percent: null },
              { label: '事业单位经营收入', amount: operating, percent: null },
              { label: '国有资本经营预算拨款收入', amount: 0, percent: null },
            ],
            source: { line: 440 },
          },
        ];
      });
    expect(findingsOf(doc(100, 10), 'R18')).to.deep.equal([]);
    const findings = findingsOf(doc(99, 11), 'R18');
    expect(findings.map((f) => cellKeys(f))).to.deep.equal([['t2:total/generalBudget'], ['t2:total/operating']]);
  });

  it('R18 compares a quoted 财政拨款收入 with the sum of 表2’s funds when 财政拨款 is not printed', () => {
    const doc = (current: number) =>
      edit((d) => {
        byFund(d, { total: 115, generalBudget: 100, governmentFund: 5 });
        d.narrative.comparisons = [{ subject: 'income.fiscal', label: '财政拨款收入', current }];
      });
    expect(findingsOf(doc(105), 'R18')).to.deep.equal([]);
    const [f] = findingsOf(doc(100), 'R18');
    expect(cellKeys(f)).to.deep.equal(['t2:total/generalBudget', 't2:total/governmentFund']);
  });

  it('R06 compares a 表2 total that takes in 上年结转 with 表1’s 收入总计, not its 本年收入合计', () => {
    const doc = (grand: number) =>
      edit((d) => {
        byFund(d, { total: 115, carryOverStart: 5 });
        d.tables.t1.totals.incomeGrandTotal.amount = grand;
      });
    expect(findingsOf(doc(115), 'R06')).to.deep.equal([]);
    const [f] = findingsOf(doc(116), 'R06');
    expect(cellKeys(f)).to.deep.equal(['t2:total/total', 't1:31/amount']);
  });
});
