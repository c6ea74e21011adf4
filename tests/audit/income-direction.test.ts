import { expect } from '@open-wc/testing';
import { cellKeys, cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

/** The clean document's income comparison (表1 本年收入合计 = 110) with the text's own figures. */
const saying = (current: number, previous: number | undefined, change: number | undefined, direction: 'increase' | 'decrease' | 'same') =>
  edit((d) => {
    const c = d.narrative.comparisons[0];
    Object.assign(c, { current, change, direction });
    delete c.changePercent;
    if (previous === undefined) delete c.previous;
    else c.previous = previous;
  });

describe('audit/rules/income-direction (R45, income rising in the text, falling in the tables)', () => {
  it('passes when the table’s income against the text’s last-year figure moves the way the text says', () => {
    expect(findingsOf(cleanDocument(), 'R45')).to.deep.equal([]);
    // The text quotes 105 (R18 reports that), but 110 against last year’s 100 still rose.
    expect(findingsOf(saying(105, 100, 5, 'increase'), 'R45')).to.deep.equal([]);
  });
  it('is an error when the text says income fell but 表1 shows it rose against the text’s own last-year figure', () => {
    // "本年收入合计 98 万元，比上年减少 2 万元": last year 100; 表1 prints 110.
    const [f, ...rest] = findingsOf(saying(98, undefined, -2, 'decrease'), 'R45');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['income-direction-versus-tables', 'error', 'increase', 'decrease']);
    expect(cellKeys(f)).to.deep.equal(['t1:27/amount']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[0].direction', 'narrative.comparisons[0].change']);
    expect(f!.message['zh-CN']).to.equal('情况说明称“本年收入合计”比上年减少，但公开01表 本年收入合计 = 110.00，与说明引用的上年数 100.00 相比为增加');
  });
  it('warns when the text says 持平 but the table moved (a printed previous year), and leaves a self-contradicting text to R19', () => {
    const [f] = findingsOf(saying(100, 100, 0, 'same'), 'R45');
    expect([f!.severity, f!.expected, f!.actual]).to.deep.equal(['warning', 'increase', 'same']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[0].direction', 'narrative.comparisons[0].previous']);
    // 110 vs 100 worded 减少: the text contradicts itself, which is R19's error, not also R45's.
    expect(findingsOf(saying(110, 100, 10, 'decrease'), 'R45')).to.deep.equal([]);
    expect(findingsOf(saying(110, 100, 10, 'decrease'), 'R19').map((x) => x.severity)).to.deep.equal(['error']);
  });
});
