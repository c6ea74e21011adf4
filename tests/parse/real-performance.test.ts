// Performance tables of real published documents against cells read by hand from their layout
// text (tests/fixtures/real/<name>.layout.txt; line numbers are the text's): a budget's 绩效目标表
// without levels (重庆 2026), funds blocks without a column header (西安交通 2022 附表14/16), and
// 自评表 cells wrapped above and below their rows (西安卫健 2022).
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import type { Scorecard } from '../../src/schema/performance.js';
import { fixtureText } from '../helpers/fixtures.js';

const cache = new Map<string, ParseResult>();
async function parsed(name: string): Promise<ParseResult> {
  if (!cache.has(name)) cache.set(name, parse(await fixtureText(`real/${name}.layout.txt`)));
  return cache.get(name)!;
}

const cards = (result: ParseResult): Scorecard[] => result.document!.performance!.scorecards;
const card = (result: ParseResult, name: string) => cards(result).find((c) => c.name === name)!;

/** An indicator as [name, target, actual, weight, score, deviation], found by its source line. */
function row(c: Scorecard, line: number) {
  const i = c.indicators.find((x) => (x.source as { line?: number } | undefined)?.line === line);
  return i && [i.name, i.target.text, i.actual.text, i.weight, i.score, i.deviation ?? ''];
}

describe('real performance cells', () => {
  it('重庆水利 2026 表十/表十一: 绩效目标表 without levels, the goal paragraph no card of its own', async () => {
    const result = await parsed('chongqing-shuili-2026-budget');
    expect(cards(result).map((c) => c.name)).to.deep.equal(['重庆市水利局', '水库移民后期扶持', '重庆市水利专项资金']);
    const dept = card(result, '重庆市水利局');
    expect(dept.kind).to.equal('department');
    expect(dept.goal!.expected).to.match(/^完善全市水网建设布局.*监测断面 684 个以上。$/);
    // "续建大中型水库   ≥   27   座   20   是" (line 679), "实施后扶及移民项目数量 ≥ 100 个数 20 否" (687)
    expect(row(dept, 679)).to.deep.equal(['续建大中型水库', '≥27座', '', 20, null, '']);
    expect(row(dept, 687)).to.deep.equal(['实施后扶及移民项目数量', '≥100个数', '', 20, null, '']);
    const resettle = card(result, '水库移民后期扶持');
    expect(resettle.funds.total.initialBudget).to.equal(12700);
    expect(resettle.goal!.expected).to.match(/^年度资金实施项目覆盖区县 30 个以上.*满意度不低于 80%。$/);
    expect(row(resettle, 714)).to.deep.equal(['移民对后期扶持政策实施满意度', '≥90%', '', 10, null, '']);
    const fund = card(result, '重庆市水利专项资金');
    expect(fund.funds.total.initialBudget).to.equal(152992.83);
    expect(fund.goal!.expected).to.match(/^加快推进水利项目前期工作.*开展农村供水工程维修养护。$/);
    expect(row(fund, 741)).to.deep.equal(['自来水普及率', '≥92.2%', '', 15, null, '']);
    for (const c of cards(result)) expect(c.indicators.reduce((s, i) => s + (i.weight ?? 0), 0), c.name).to.equal(100);
    expect(result.warnings.filter((w) => /^scorecard-/.test(w.code))).to.deep.equal([]);
    // The year's budget split by who spends it, printed beside 当年预算 (lines 699-701, 724-726):
    // each part with its amount, the blank one null (not printed is not 0), no line unread.
    const parts = (c: Scorecard) => c.funds.parts?.map((p) => [p.label, p.initialBudget, p.source?.line]);
    expect(parts(resettle)).to.deep.equal([['市级支出', null, 699], ['补助区县', 12700, 701]]);
    expect(parts(fund)).to.deep.equal([['市级支出', 152992.83, 724], ['补助区县', null, 726]]);
    expect(parts(dept)).to.equal(undefined);
    expect(result.warnings.filter((w) => w.code === 'line-unread' && /绩效目标表/.test(w.message['zh-CN']))).to.deep.equal([]);
  });

  it('北京统计局 2026 预算13表: the 部门整体 target table, levels at the head of each 绩效指标', async () => {
    const result = await parsed('beijing-tongji-2026-budget-2-tables');
    const dept = cards(result).find((c) => c.kind === 'department')!;
    expect(dept.name).to.equal('北京市统计局');
    // "50,927.950741  50,818.175849 … 109.774892 …" (line 1545)
    expect([dept.funds.total.initialBudget, dept.funds.fiscal!.initialBudget, dept.funds.other!.initialBudget]).to.deep.equal([50927.950741, 50818.175849, 109.774892]);
    const rows = dept.indicators.map((i) => [i.level1, i.level2, i.name, i.target.text]);
    expect(rows[0]).to.deep.equal(['output', '数量指标', '开展国民经济各行业调查工作', '≥12个']);
    expect(rows[5]).to.deep.equal(['output', '质量指标', '保障数据准确性，参加国家局对各专业考核等次', '达到国家统计局对各专业业务工作考核等次良好及以上']);
    expect(rows[6]).to.deep.equal(['output', '质量指标', '人口抽样调查数据差错率', '≤2%']);
    expect(rows[11]).to.deep.equal(['outcome', '社会效益指标', '主要数据产品未受到质疑，未产生不良影响', '未受到']);
    expect(rows).to.have.length(13);
    expect(result.warnings.filter((w) => /^scorecard-/.test(w.code) || (w.code === 'line-unread' && (w.line ?? 0) >= 1538))).to.deep.equal([]);
  });

  it('西安交通 2022 附表14/16: 实施期资金总额 and 年度资金总额 without a column header', async () => {
    const result = await parsed('xian-jiaotong-2022-budget');
    expect(card(result, '办公场所租赁').funds.total).to.include({ periodTotal: 78, initialBudget: null });
    const special = card(result, '西安市交通运输发展专项资金');
    expect(special.department).to.deep.equal({ name: '西安市交通运输局' });
    expect(special.funds.total).to.include({ periodTotal: 28921, initialBudget: 28921 });
    // 附表15: "金额合计  45947.34  45947.34  0" (line 2477), "任务1 保障部门机构正常运转 19443.34 19443.34" (2473)
    const dept = cards(result).find((c) => c.kind === 'department')!;
    expect([dept.funds.total.initialBudget, dept.funds.fiscal!.initialBudget, dept.funds.other!.initialBudget]).to.deep.equal([45947.34, 45947.34, 0]);
    expect(dept.tasks![0]).to.deep.include({ name: '任务1', content: '保障部门机构正常运转', annualBudget: { total: 19443.34, fiscal: 19443.34, other: null } });
    // (附表16's goal, 实施期总目标 | 年度目标, is read since session 14: its line 2522 is no longer unread.)
    expect(result.warnings.filter((w) => w.code === 'scorecard-funds-missing' || (w.code === 'line-unread' && (w.line ?? 0) > 2220))).to.deep.equal([]);
  });

  it('西安卫健 2022: target, actual and 偏差原因 wrapped above and below their rows join them', async () => {
    const result = await parsed('xian-weijian-2022-final');
    const platform = cards(result).find((c) => c.indicators.some((i) => (i.source as { line?: number }).line === 3878))!;
    expect(row(platform, 3878)).to.deep.equal(['经济效益增长', '通过提升预算科学性提升经济效益', '已提升', 10, 8, '已初步完成平台搭建，需持续完善。']);
    expect(row(platform, 3881)).to.deep.equal(['提升就医体验', '提高医院运营信息化', '已提升', 10, 8, '已初步完成平台搭建，需持续完善。']);
    expect(row(platform, 3887)).to.deep.equal(['使用年限', '≥6年', '≥6年', 5, 3, '持续发展性有待不断完善。']);
    const second = cards(result).find((c) => c.indicators.some((i) => (i.source as { line?: number }).line === 5002))!;
    expect(row(second, 4994)).to.deep.equal(['占地面积', '275148㎡', '275148㎡', 15, 15, '项目尚未竣工测量，实际可能存在差异。']);
    expect(row(second, 5002)).to.deep.equal(['项目投入使用时间', '2022年', '未交付使用', 10, 7, '项目实施过程中因不可抗力导致项目未按计划进行，导致工期延误。']);
    expect(row(second, 5009)).to.deep.equal(['满足周边患儿就诊需要', '满足', '暂未完工开诊，开诊后可完成目标', 10, 5, '项目尚未完成，未运营，争取尽早完成工期，尽快运营。']);
    const unread = result.warnings.filter((w) => w.code === 'line-unread' && w.line !== undefined && ((w.line >= 3860 && w.line <= 3890) || (w.line >= 4850 && w.line <= 4885) || (w.line >= 4985 && w.line <= 5020)));
    expect(unread).to.deep.equal([]);
  });
});
