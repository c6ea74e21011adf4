// A 深圳 (罗湖区 街道办事处 2024) 部门决算's 三公 section: the total and every item in one sentence,
// each worded final first with the budget inside the rate ("支出决算为34.08万元，完成全年预算51.24万元
// 的66.5%，比上年决算数减少0.88万元，下降2.5%。其中：因公出国（境）费支出决算为0.94万元，完成全年
// 预算0.94万元的100%，比上年决算数增加0.94万元，增长--（基数为0，不可比）；…"). Before, no budget
// against final was read, and each 比上年 comparison took "的66.5%" for its subject with no figure
// (the budget inside the rate was the last figure before it). Synthetic text, 表7 to match:
// tests/fixtures/variants/final-shenzhen-three-public-completion.txt.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { finalVariant } from './final-variants-helpers.js';

const fixture = 'final-shenzhen-three-public-completion';

describe('parse 决算 深圳 三公 sentence: 决算为 X，完成全年预算 Y 的 Z%', () => {
  it('reads the total and each item as budget against final', async () => {
    const { doc, warned, faults } = await finalVariant(fixture);
    const details = doc.narrative!.threePublic!;
    const run = (e: { label: string; budget: number | null; final: number | null; rate?: number | null } | undefined) => e && [e.label, e.budget, e.final, e.rate];
    expect(run(details.total)).to.deep.equal(['“三公”经费财政拨款支出', 51.24, 34.08, 66.5]);
    expect(run(details.abroad?.execution)).to.deep.equal(['因公出国（境）费支出', 0.94, 0.94, 100]);
    expect(run(details.vehicles?.execution)).to.deep.equal(['公务用车购置及运行维护费支出', 49.8, 33.14, 66.5]);
    expect(run(details.reception?.execution)).to.deep.equal(['公务接待费支出', 0.5, 0, 0]);
    expect(details.abroad).to.include({ groups: 2, people: 2 });
    expect(details.vehicles).to.include({ purchaseAmount: 17.98, operationAmount: 15.16, held: 3 });
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('gives each 比上年 comparison the final figure, not the budget inside the rate', async () => {
    const { doc } = await finalVariant(fixture);
    expect(doc.narrative!.comparisons!.map((c) => [c.label, c.current, c.change, c.changePercent ?? null])).to.deep.equal([
      ['深圳市罗湖区测试街道办事处“三公”经费财政拨款支出', 34.08, -0.88, -2.5],
      // "增长--（基数为0，不可比）": no rate printed.
      ['因公出国（境）费支出', 0.94, 0.94, null],
      ['公务用车购置及运行维护费支出', 33.14, -1.52, -4.4],
      ['公务用车购置支出', 17.98, 0.98, 5.8],
      ['公务用车运行维护费支出', 15.16, -2.5, -14.2],
      ['公务接待费支出', 0, -0.3, -100],
    ]);
  });

  it('says when the text’s budget differs from 表7', async () => {
    const text = (await fixtureText(`variants/${fixture}.txt`)).replace('完成全年预算51.24万元的66.5%', '完成全年预算52.24万元的65.2%');
    const result = parse(text);
    const errors = audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message['zh-CN']).join('\n')).to.contain('52.24');
  });
});
