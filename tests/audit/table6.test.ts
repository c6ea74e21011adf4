import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, findingsOf } from './documents.js';

describe('audit/rules/table6 (R14)', () => {
  it('passes when 表5 基本支出 = 人员经费 + 公用经费 and each 类 adds up', () => {
    expect(findingsOf(cleanDocument(), 'R14')).to.deep.equal([]);
  });
  it('reports 表5 基本支出 that is not 人员经费合计 + 公用经费合计', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t5.total.values.basic = 71)), 'R14');
    expect(rest).to.have.length(0);
    expect(f!.name).to.equal('table6-basic-expenditure');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 70, 71]);
    expect(cellKeys(f)).to.deep.equal(['t5:total/basic', 't6:1/amount', 't6:2/amount']);
  });
  it('reports a 类 that is not the sum of its 款, as 302 in the sample', () => {
    const [f, ...rest] = findingsOf(edit((d) => (d.tables.t6.rows[4].amount = 10.03)), 'R14');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['rounding', 15.03, 15]);
    expect(cellKeys(f)).to.deep.equal(['t6:302/amount', 't6:30201/amount', 't6:30217/amount', 't6:30231/amount']);
    expect(f!.message['zh-CN']).to.equal('公开06表 302 商品和服务支出 = 15.00，但其款合计为 15.03');
  });
  it('reports 人员经费合计 that is not 301 + 303', () => {
    const [first, second] = findingsOf(
      edit((d) => {
        d.tables.t6.totals.personnel.amount = 55;
        d.tables.t5.total.values.basic = 75;
      }),
      'R14',
    );
    expect(second).to.equal(undefined);
    expect(cellKeys(first)).to.deep.equal(['t6:1/amount', 't6:301/amount', 't6:303/amount']);
    expect([first!.expected, first!.actual]).to.deep.equal([50, 55]);
  });
  it('reports 公用经费合计 that is not the other classes', () => {
    const [f] = findingsOf(edit((d) => (d.tables.t6.totals.public.amount = 19)), 'R14');
    expect(cellKeys(f)).to.deep.equal(['t5:total/basic', 't6:1/amount', 't6:2/amount']);
    const all = findingsOf(edit((d) => (d.tables.t6.totals.public.amount = 19)), 'R14');
    expect(cellKeys(all[1])).to.deep.equal(['t6:2/amount', 't6:302/amount', 't6:310/amount']);
  });
  it('passes a printed 合计 that is 人员经费 + 公用经费', () => {
    const doc = edit((d) => (d.tables.t6.totals.total = { name: '合计', line: 3, amount: 70 }));
    expect(findingsOf(doc, 'R14')).to.deep.equal([]);
  });
  it('reports a printed 合计 that is not 人员经费 + 公用经费', () => {
    const doc = edit((d) => (d.tables.t6.totals.total = { name: '合计', line: 3, amount: 71 }));
    const [f, ...rest] = findingsOf(doc, 'R14');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual, f!.difference]).to.deep.equal(['error', 70, 71, 1]);
    expect(cellKeys(f)).to.deep.equal(['t6:3/amount', 't6:1/amount', 't6:2/amount']);
    expect(f!.message['zh-CN']).to.equal('公开06表 合计 = 71.00，但人员经费与公用经费之和为 70.00');
  });
});
