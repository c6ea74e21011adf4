// Scorecards as real documents print them (pdftotext -layout): funds header words stacked over
// lines above 项目资金, labels cut over lines around their row, the 部门整体 card with its tasks,
// and a budget's 项目支出绩效目标表 of all projects. Synthetic texts per kind, then real cells
// (excerpts of ../shared/samples/real in tests/fixtures/perf/).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { audit } from '../../src/audit/index.js';
import { fixtureText } from '../helpers/fixtures.js';

/** A line with each text starting at its character column (pdftotext lays CJK out by characters). */
function at(...cells: [number, string][]): string {
  let line = '';
  for (const [column, text] of cells) line = line.padEnd(Math.max(column, line.length + (line ? 2 : 0))) + text;
  return line;
}

const HEAD = ['2022年度部门决算', '测试委员会', ''];

function scorecards(lines: string[]) {
  const result = parse([...HEAD, ...lines].join('\n'));
  expect(validate(result.document).ok, JSON.stringify(validate(result.document))).to.equal(true);
  return { result, cards: result.document!.performance!.scorecards };
}

/**
 * A project card laid out as 西安 2022 prints it (its layout, invented names and amounts): funds
 * header words stacked over three lines above 项目资金, the first funds row on the 项目资金 line,
 * 二级 labels cut over the lines around their rows ("数量" / row / "指标", "社会效" / "益指标").
 */
const stacked = () => fixtureText('perf/stacked-scorecard.layout.txt');

describe('parse: scorecards as real documents print them', () => {
  it('reads a funds header stacked over three lines above the 项目资金 line that holds the first row', async () => {
    const { cards } = scorecards((await stacked()).split('\n'));
    expect(cards).to.have.length(1);
    expect(cards[0]!.funds.total).to.include({ initialBudget: 232, annualBudget: 232, executed: 186.55, weight: 10, rate: 80.41, score: 8 });
    expect(cards[0]!.funds.fiscal).to.include({ executed: 186.55, weight: null, rate: 80.41, score: 8 });
    expect(cards[0]!.funds.carryOver).to.include({ initialBudget: 0, executed: 0, weight: null, score: null });
  });

  it('labels rows from label pieces cut over the lines around them, and keeps names whole', async () => {
    const { result, cards } = scorecards((await stacked()).split('\n'));
    const rows = cards[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.score]);
    expect(rows).to.deep.equal([
      ['output', '数量指标', '指标1：消杀覆盖区县（开发区）数量', 12.5, 12.5],
      ['output', '质量指标', '指标1：控制病媒生物密度', 12.5, 12.5],
      ['output', '时效指标', '指标1：项目实施时效', 12.5, 12.5],
      ['output', '成本指标', '指标1：全年项目经费支出', 12.5, 12.5],
      ['outcome', '社会效益', '指标1：项目实施实现社会效益', 15, 15],
      ['outcome', '可持续影响', '指标1：项目实施可持续影响', 15, 15],
      ['satisfaction', '服务对象满意度', '指标1：公众满意度', 10, 10],
    ]);
    expect(cards[0]).to.include({ totalWeight: 100, totalScore: 98 });
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
    expect(audit(result.document!).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('takes a printed percentage as the 执行率 when the 分值 before it is blank', async () => {
    // 西安 prints some cards with the header on one line and a blank 分值 before "1000%".
    const lines = (await stacked()).split('\n');
    const at = lines.findIndex((line) => line.includes('年初预'));
    lines.splice(at, 4, '                            年初预算数       全年预算数（A）     全年执行数（B）              分值    执行率（B/A）         得分', '  项目资金', '              年度资金总额         4000.00      4000.00        4000.00                     1000%         10');
    const total = scorecards(lines).cards[0]!.funds.total;
    expect(total).to.include({ initialBudget: 4000, annualBudget: 4000, executed: 4000, weight: null, rate: 1000, score: 10 });
  });

  it('takes an amount under 分值 as the 全年执行数 when that is blank (a 分值 is at most 100)', async () => {
    // 西安 2022 "272.58 272.58 272.58 1000% 10": the third amount sits nearer 分值 than
    // 全年执行数（B）; as a weight it would be 272.58 of the card's 100 points.
    const lines = (await stacked()).split('\n');
    const at = lines.findIndex((line) => line.includes('年初预'));
    const header = '                            年初预算数       全年预算数（A）     全年执行数（B）              分值    执行率（B/A）         得分';
    const row = '              年度资金总额         272.58      272.58';
    const column = [...header].slice(0, header.indexOf('分值')).reduce((w, ch) => w + (/[\u4e00-\u9fff（）]/.test(ch) ? 2 : 1), 0);
    lines.splice(at, 4, header, '  项目资金', row + ' '.repeat(Math.max(1, column - row.length - 6)) + '272.58      1000%         10');
    const total = scorecards(lines).cards[0]!.funds.total;
    expect(total).to.include({ initialBudget: 272.58, annualBudget: 272.58, executed: 272.58, weight: null, rate: 1000, score: 10 });
  });

  it('takes a name printed above its numbers back from the row it seemed to continue', async () => {
    const text = (await stacked()).replace(
      '               质量\n                    指标1：控制病媒生物密度              国家标准范围之内       国家标准范围之内      12.5   12.5\n',
      '               质量 指标1：控制病媒生\n                                                   国家标准范围之内       国家标准范围之内      12.5   12.5\n                    物密度\n',
    );
    const names = scorecards(text.split('\n')).cards[0]!.indicators.slice(0, 3).map((i) => [i.level2, i.name]);
    expect(names).to.deep.equal([
      ['数量指标', '指标1：消杀覆盖区县（开发区）数量'],
      ['质量指标', '指标1：控制病媒生物密度'],
      ['时效指标', '指标1：项目实施时效'],
    ]);
  });

  it('reads a 部门整体支出绩效自评表: its tasks, 金额合计 as funds, and not as a project', () => {
    const lines = [
      at([20, '测试委员会部门整体支出绩效自评表']),
      at([9, '部门（单位）名称'], [50, '测试委员会']),
      at([52, '全年预算数（万元）'], [90, '全年执行数（万元）']),
      at([5, '任务名称'], [20, '主要内容'], [40, '完成情况'], [130, '分值'], [138, '执行率'], [148, '得分']),
      at([52, '总额'], [64, '财政拨款'], [76, '其他资金'], [90, '总额'], [102, '财政拨款'], [114, '其他资金']),
      at([5, '一般公共服务支']),
      at([20, '保证日常运行。'], [40, '任务完成'], [52, '56'], [64, '56'], [76, '0'], [90, '56'], [102, '56'], [114, '0'], [130, '5'], [138, '100.00%'], [148, '5']),
      at([5, '出']),
      '',
      at([5, '公立医院'], [20, '提供基本医疗服务'], [40, '部分任务完成'], [52, '1700.6'], [64, '1220.6'], [76, '480'], [90, '1295.69'], [102, '1220.6'], [114, '75.09'], [130, '5'], [138, '76.19%'], [148, '4.5']),
      at([20, '金额合计'], [52, '1,756.60'], [64, '1276.6'], [76, '480'], [90, '1,756.60'], [102, '1276.6'], [114, '480'], [130, '10'], [138, '100.00%'], [148, '10']),
      at([5, '一级指标'], [20, '二级指标'], [32, '指标内容'], [60, '年度指标值'], [80, '实际完成值'], [100, '分值'], [110, '得分']),
      at([5, '产出指标'], [20, '数量指标'], [32, '指标1：覆盖单位数量'], [60, '28个'], [80, '28个'], [100, '50'], [110, '50']),
      at([5, '效益指标'], [20, '社会效益指标'], [32, '指标1：社会效益'], [60, '提升'], [80, '提升'], [100, '30'], [110, '30']),
      at([5, '满意度指标'], [20, '服务对象满意度指标'], [32, '指标1：群众满意率'], [60, '≥80%'], [80, '85%'], [100, '10'], [110, '10']),
      at([30, '总分'], [100, '100'], [110, '100']),
      '  （三）项目绩效自评结果。本部门反映2022年项目共 3 个，涉及 1,000.50 万元。',
    ];
    const { result, cards } = scorecards(lines);
    const card = cards[0]!;
    expect(card).to.include({ kind: 'department', name: '测试委员会', totalScore: 100 });
    expect(card.funds.total).to.include({ initialBudget: null, annualBudget: 1756.6, executed: 1756.6, weight: 10, rate: 100, score: 10 });
    expect(card.funds.other).to.include({ annualBudget: 480, executed: 480 });
    expect(card.tasks!.map((t) => [t.name, t.status, t.annualBudget.total, t.executed.other, t.weight, t.rate, t.score])).to.deep.equal([
      ['一般公共服务支出', '任务完成', 56, 0, 5, 100, 5],
      ['公立医院', '部分任务完成', 1700.6, 75.09, 5, 76.19, 4.5],
    ]);
    expect(card.tasks![1]!.content).to.equal('提供基本医疗服务');
    expect(card.indicators.map((i) => i.weight)).to.deep.equal([50, 30, 10]);
    // The narrative after 总分 is not the card's.
    expect(result.warnings.filter((w) => w.code === 'line-unread' && w.line !== undefined && w.line > 20)).to.deep.equal([]);
    // Funds 10 + indicators 90 = 100, scores likewise: nothing to flag.
    expect(audit(result.document!).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('reads a 项目支出绩效目标表 of all projects: one targets-only card per project, a page break joined', () => {
    const header = [
      at([42, '其中：']),
      at([4, '项目名称'], [20, '项目总额'], [57, '绩效目标'], [69, '一级指标'], [77, '二级指标'], [87, '三级指标'], [96, '绩效指标性质 本年绩效指标值 绩效度量单位']),
      at([34, '财政资金'], [48, '其他资金']),
    ];
    const lines = [
      at([57, '预算表12 项目支出绩效目标表']),
      ...header,
      at([55, '目标1：组织开展'], [68, '产出指标'], [76, '时效指标'], [85, '资料编印进度'], [95, '定性'], [102, '按计划完成']),
      at([55, '统计分析培训，']),
      at([0, '11000024T00000283'], [85, '编印资料种']),
      at([55, '提高分析能力。'], [68, '产出指标'], [76, '数量指标'], [95, '≥'], [102, '7'], [111, '种']),
      at([0, '0551-统计监测分析'], [22, '76.640000'], [36, '76.640000'], [85, '类']),
      at([0, '及资料编印经费'], [68, '效益指标'], [76, '社会效益指标'], [85, '社会影响'], [95, '定性'], [102, '高于同级别']),
      at([102, '人员']),
      '',
      '',
      at([55, '全面加强干部'], [68, '产出指标'], [76, '质量指标'], [85, '参训人次'], [95, '≥'], [102, '2000'], [111, '人次']),
      at([0, '5703-人员岗位培训'], [22, '103.984764'], [36, '100.984764'], [48, '3.000000'], [55, '队伍建设。']),
      ...header,
      at([0, '5703-人员岗位培训'], [22, '103.984764'], [36, '100.984764'], [48, '3.000000'], [55, '提升能力。']),
      at([55, '提升能力。'], [68, '效益指标'], [76, '经济效益指标'], [85, '总体培训成本'], [95, '≤'], [102, '63.03'], [111, '万元']),
    ];
    const { cards } = scorecards(lines);
    expect(cards.map((c) => [c.name, c.funds.total.initialBudget, c.funds.fiscal?.initialBudget ?? null, c.funds.other?.initialBudget ?? null, c.indicators.length])).to.deep.equal([
      ['0551-统计监测分析及资料编印经费', 76.64, 76.64, null, 3],
      ['5703-人员岗位培训', 103.984764, 100.984764, 3, 2],
    ]);
    const [first] = cards;
    expect(first!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.text])).to.deep.equal([
      ['output', '时效指标', '资料编印进度', '按计划完成'],
      ['output', '数量指标', '编印资料种类', '≥7种'],
      ['outcome', '社会效益指标', '社会影响', '高于同级别人员'],
    ]);
    expect(first!.indicators[1]!.target).to.deep.include({ comparator: '≥', value: 7, unit: '种' });
    expect(first!.goal!.expected).to.equal('目标1：组织开展统计分析培训，提高分析能力。');
    expect(cards.every((c) => c.totalScore === null && c.indicators.every((i) => i.weight === null))).to.equal(true);
  });
});

describe('parse: scorecards of real documents (cells from ../shared/samples/real)', () => {
  it('西安卫健 2022: the 部门整体 card, funds stacked above 项目资金, labels cut around rows', async () => {
    const result = parse(await fixtureText('perf/xian-weijian-scorecards.layout.txt'));
    expect(validate(result.document).ok).to.equal(true);
    const cards = result.document!.performance!.scorecards;
    expect(cards.map((c) => c.name)).to.deep.equal(['西安市卫生健康委员会', '2022年病媒生物防制', '2022年事业单位离休人员和保健对象医疗费', '食堂服务项目', '公共卫生事业发展资金']);
    const [department, vector, retirees, canteen, fund] = cards;
    expect(department!.kind).to.equal('department');
    expect(department!.funds.total).to.include({ annualBudget: 2495142.55, executed: 2074962.01, weight: 10, rate: 83.16, score: 10 });
    expect(department!.funds.other).to.include({ annualBudget: 1625734.62, executed: 1205632.63 });
    expect(department!.tasks).to.have.length(17);
    expect(department!.tasks![7]).to.deep.include({ name: '公立医院。', status: '部分任务完成', rate: 76.19 });
    expect(department!.tasks![7]!.annualBudget).to.deep.equal({ total: 1700895.6, fiscal: 122020.6, other: 1578875 });
    expect(department!.indicators.map((i) => i.weight)).to.deep.equal([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 10, 10, 15, 15, 10]);
    expect(department!.indicators.slice(0, 10).every((i) => i.level2 === '数量指标')).to.equal(true);
    expect(department!.totalScore).to.equal(99.5);
    expect(vector!.funds.total).to.include({ initialBudget: 240, annualBudget: 229.19, executed: 229.19, weight: 10, rate: 100, score: 10 });
    expect(vector!.indicators.map((i) => `${i.level2}|${i.name}|${i.weight}|${i.score}`)).to.deep.equal([
      '数量指标|指标1：消杀覆盖区县（开发区）数量|12.5|12.5',
      '质量指标|指标1：控制病媒生物密度|12.5|12.5',
      '时效指标|指标1：项目实施时效|12.5|12.5',
      '成本指标|指标1：全年项目经费支出|12.5|12.5',
      '社会效益|指标1：项目实施实现社会效益|15|15',
      '可持续影响|指标1：项目实施可持续影响|15|15',
      '服务对象满意度|指标1：群众满意率|10|10',
    ]);
    expect(retirees!.indicators[0]!.name).to.equal('指标1：事业单位离休人员和保健对象医疗费报销覆盖率');
    expect(canteen!.funds.total).to.include({ initialBudget: 652, annualBudget: 652, executed: 652, weight: 10, rate: 100, score: 10 });
    // Printed "1000%" with a blank 分值: as printed, the rate where the table puts it.
    expect(fund!.funds.total).to.include({ initialBudget: 0, annualBudget: 400, executed: 400, weight: null, rate: 1000, score: 10 });
    expect(fund!.indicators.map((i) => i.weight)).to.deep.equal([15, 15, 10, 10, 30, 10]);
  });

  it('北京统计局 2026 预算表12: 项目总额 | 财政资金 per project, wrapped names, pages joined', async () => {
    const result = parse(await fixtureText('perf/beijing-project-targets.layout.txt'));
    expect(validate(result.document).ok).to.equal(true);
    const cards = result.document!.performance!.scorecards;
    expect(cards.map((c) => [c.name, c.funds.total.initialBudget, c.funds.fiscal?.initialBudget ?? null])).to.deep.equal([
      ['0551-统计监测分析及统计资料编印工作经费', 76.64, 76.64],
      ['5703-统计人员岗位知识培训', 103.984764, 103.984764],
      ['5737-统计宣传项目', 110.7, 110.7],
    ]);
    expect(cards[0]!.indicators).to.have.length(10);
    expect(cards[0]!.indicators[5]).to.deep.include({ level2: '质量指标', name: '分析报告评审专家资质', target: { text: '高于高级专业技术人员或同级别人员' } });
    expect(cards[1]!.indicators.map((i) => i.name)).to.include('总体培训成本');
  });
});
