import { expect } from '@open-wc/testing';
import { cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';
import { namedLevels } from '../../src/audit/rules/function-names.js';

const withLabel = (label: string) =>
  edit((d) => d.narrative.comparisons.push({ subject: 'other', label, current: 40, change: 1, direction: 'increase', source: { line: 470 } }));

describe('audit/rules/function-names (R43, 类/款/项 names of the text against the tables)', () => {
  it('reads the named levels of a label, a level with no name before it left out', () => {
    expect(namedLevels('检察（款）行政运行（项）支出')).to.deep.equal([['款', '检察'], ['项', '行政运行']]);
    expect(namedLevels('（款）其他社会保障和就业支出（项）')).to.deep.equal([['项', '其他社会保障和就业支出']]);
  });
  it('passes names the table prints, without 支出, with the 款 in brackets, or cut on the left', () => {
    expect(findingsOf(cleanDocument(), 'R43')).to.deep.equal([]);
    for (const label of ['社会保障和就业（类）行政事业单位养老支出（款）', '人大事务(款)行政运行(人大事务)(项)', '单位离退休（项）支出', '费（项）支出']) {
      expect(findingsOf(withLabel(label), 'R43'), label).to.deep.equal([]);
    }
  });
  it('warns of a 类, 款 or 项 name the tables do not have', () => {
    const [f, ...rest] = findingsOf(withLabel('社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）'), 'R43');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.actual]).to.deep.equal(['narrative-function-names', 'warning', '事业单位离退休']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.comparisons[2].label']);
    expect(f!.message['zh-CN']).to.equal('情况说明写有“事业单位离退休”（项），公开05表没有这个项级科目名称');
  });
});
