// 会议费 and 培训费 printed beside the "三公" in 表7 and stated in its section of the text: never
// part of the 三公 total (R15), their grand 合计 checked when printed (R15), the text's figures
// against the table's (R18, R35), their execution rates (R21).
import { expect } from '@open-wc/testing';
import type { Editable } from './documents.js';
import { cellKeys, edit, fieldPaths, findingsOf } from './documents.js';

/** The clean 决算 with 会议费 4 / 3.5 and 培训费 2 / 2 beside its 三公 (6 / 6). */
function withRelated(change: (doc: Editable) => void = () => {}) {
  return edit((d) => {
    Object.assign(d.tables.t7.budget, { meetings: 4, training: 2 });
    Object.assign(d.tables.t7.final, { meetings: 3.5, training: 2 });
    change(d);
  });
}

describe('audit: 会议费 and 培训费 beside the 三公', () => {
  it('R15: they are not part of the 三公 合计 (6 = 1 + 2 + 3, not 12)', () => {
    expect(findingsOf(withRelated(), 'R15')).to.deep.equal([]);
  });

  it('R15: a grand 合计 that adds them holds (12 = 6 + 4 + 2) or is reported with its cells', () => {
    expect(findingsOf(withRelated((d) => (d.tables.t7.budget.totalWithRelated = 12)), 'R15')).to.deep.equal([]);
    const [f, ...rest] = findingsOf(withRelated((d) => (d.tables.t7.budget.totalWithRelated = 13)), 'R15');
    expect(rest).to.have.length(0);
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['error', 12, 13]);
    expect(cellKeys(f)).to.deep.equal(['t7:budget/totalWithRelated', 't7:budget/total', 't7:budget/meetings', 't7:budget/training']);
    expect(f!.message['zh-CN']).to.contain('“三公”经费与会议费、培训费之和');
    expect(f!.message.en).to.contain('the "三公" costs, 会议费 and 培训费');
  });

  it('R15: with no 三公 合计 printed, the grand 合计 is checked against the items and the two', () => {
    const doc = withRelated((d) => {
      delete d.tables.t7.final.total;
      d.tables.t7.final.totalWithRelated = 11.6;
    });
    const [f] = findingsOf(doc, 'R15');
    // 1 + 2 + 3 + 3.5 + 2 = 11.5.
    expect([f!.expected, f!.actual]).to.deep.equal([11.5, 11.6]);
    expect(cellKeys(f)).to.include('t7:final/reception');
  });

  it('R18: the text\'s 会议费 budget and final against the table\'s', () => {
    const text = (meetings: object) => withRelated((d) => (d.narrative.threePublic.meetings = { execution: { label: '会议费', budget: 4, final: 3.5, ...meetings } }));
    expect(findingsOf(text({}), 'R18')).to.deep.equal([]);
    const [f, ...rest] = findingsOf(text({ final: 3.8 }), 'R18');
    expect(rest).to.have.length(0);
    expect(cellKeys(f)).to.deep.equal(['t7:final/meetings']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.threePublic.meetings.execution.final']);
    expect(f!.message['zh-CN']).to.contain('会议费');
  });

  it('R18: a stated amount is compared with the cell of the document\'s own kind (a 决算: 决算数)', () => {
    const doc = withRelated((d) => (d.narrative.threePublic.training = { amount: 2.5, change: -1, direction: 'decrease' }));
    const [f] = findingsOf(doc, 'R18');
    expect(cellKeys(f)).to.deep.equal(['t7:final/training']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.threePublic.training.amount']);
    const budget = withRelated((d) => {
      d.meta.kind = 'budget';
      d.narrative.threePublic.training = { amount: 2 };
    });
    expect(findingsOf(budget, 'R18').filter((x) => /training/.test(cellKeys(x).join()))).to.deep.equal([]);
  });

  it('R35: the text states 培训费 while the table\'s cell is blank', () => {
    const doc = withRelated((d) => {
      d.tables.t7.final.training = null;
      d.narrative.threePublic.training = { amount: 2 };
    });
    const [f] = findingsOf(doc, 'R35');
    expect(cellKeys(f)).to.deep.equal(['t7:final/training']);
    expect(f!.message.en).to.contain('is blank');
  });

  it('R21: the text\'s 会议费 rate is checked like the 三公 items\'', () => {
    const doc = withRelated((d) => (d.narrative.threePublic.meetings = { execution: { label: '会议费', budget: 4, final: 3.5, rate: 90 } }));
    const [f] = findingsOf(doc, 'R21');
    expect(fieldPaths(f)).to.include('narrative.threePublic.meetings.execution.rate');
  });
});
