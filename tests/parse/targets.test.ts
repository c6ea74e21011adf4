// The 绩效目标 sentence of a 预算 (performance.summary.targetProjects / targetFunds), read from
// the wording of four real budgets (tests/fixtures/targets/, lines copied from
// ../shared/samples/real/*.layout.txt): wrapped, double-spaced, two clauses to a sentence.
import { expect } from '@open-wc/testing';
import { splitLines } from '../../src/parse/lines.js';
import { narrativeSentences } from '../../src/parse/narrative/text.js';
import { readTargetCoverage } from '../../src/parse/performance/targets.js';

async function read(name: string): Promise<Record<string, unknown>> {
  const text = await (await fetch(new URL(`../fixtures/targets/${name}.txt`, import.meta.url))).text();
  const summary: Record<string, unknown> = {};
  readTargetCoverage(narrativeSentences(splitLines(text), []), summary);
  return summary;
}

describe('parse/performance/targets (the projects with 绩效目标 of a 预算)', () => {
  it('reads the count and the money of the projects’ clause, not the 整体支出’s before the “；”', async () => {
    // "本部门整体支出纳入绩效目标管理，涉及财政性资金 86,999.14 万元；本部门共 38 个项目纳入绩效目标管理，涉及⏎财政性资金合计 74,051.18 万元"
    expect(await read('suzhou')).to.deep.include({ targetProjects: 38, targetFunds: 74051.18 });
  });
  it('takes the money printed before the count in its clause, across double-spaced lines', async () => {
    // "…涉及预算资金 1,856.92 万元，设⏎⏎置并编报 10 个项目绩效目标"
    expect(await read('dapeng')).to.deep.include({ targetProjects: 10, targetFunds: 1856.92 });
  });
  it('reads "共 0 个项目" as zero projects, and "编报绩效目标的项目共1个"', async () => {
    const jiangsu = await read('jiangsu');
    expect(jiangsu.targetProjects).to.equal(0);
    expect(jiangsu).to.not.have.property('targetFunds');
    expect(await read('shanghai')).to.deep.include({ targetProjects: 1, targetFunds: 19593.87 });
  });
  it('leaves the summary alone when no sentence states a count', () => {
    const summary: Record<string, unknown> = {};
    readTargetCoverage(splitLines('2026 年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款 94823.35 万元。'), summary);
    expect(summary).to.deep.equal({});
  });
});
