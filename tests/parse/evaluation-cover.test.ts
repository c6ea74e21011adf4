// A 部门评价报告 printed after a cover page (its title, the department and the date, then the
// title again over its text), its title wrapped over two lines, and its score quoted without
// 为 ("最终评价得分“86.73”分，评级结果为：“良”"): one report, named in full, with its score and
// grade — not a cover "report" without a score (evaluation-incomplete) beside a nameless one.
// Seen in 西安卫健 2022 决算 (第五部分 附件, lines 7749-7850).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: an evaluation report after its cover page', () => {
  it('is one report with its full name, quoted score and grade', async () => {
    const result = parse(await fixtureText('variants/evaluation-cover.txt'));
    expect(result.warnings.filter((w) => w.code === 'evaluation-incomplete')).to.deep.equal([]);
    expect(result.document!.performance!.evaluations).to.deep.equal([
      { project: '测试市基本公共卫生服务项目补助资金', score: 86.73, grade: '良', budget: 1200, executed: 1180, source: { line: 15 } },
    ]);
  });

  it('西安卫健 2022: two reports, both scored, none incomplete', async () => {
    const result = parse(await fixtureText('real/xian-weijian-2022-final.layout.txt'));
    expect(result.warnings.filter((w) => w.code === 'evaluation-incomplete')).to.deep.equal([]);
    expect(result.document!.performance!.evaluations!.map((e) => [e.project, e.score, e.grade])).to.deep.equal([
      ['高龄老人生活保健补贴', 83.06, '良'],
      ['西安市基本公共卫生服务项目补助资金', 86.73, '良'],
    ]);
  });
});
