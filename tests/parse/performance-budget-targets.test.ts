// Budget 绩效目标表 kinds as real documents print them (pdftotext -layout), in synthetic texts
// with invented names: a table without levels (指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重)
// whose goal paragraph must not become a card of its own, a funds block with no column header
// (实施期资金总额 / 年度资金总额), and a 自评表's cell text wrapped above and below its row.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';

/** A line with each text starting at its character column. */
function at(...cells: [number, string][]): string {
  let line = '';
  for (const [column, text] of cells) line = line.padEnd(Math.max(column, line.length + (line ? 2 : 0))) + text;
  return line;
}

function read(head: string, lines: string[]) {
  const result = parse([head, '测试水务局', '', ...lines].join('\n'));
  expect(validate(result.document).ok, JSON.stringify(validate(result.document))).to.equal(true);
  const codes = result.warnings.filter((w) => /scorecard|line-unread/.test(w.code)).map((w) => `${w.code}@${w.line}`);
  return { cards: result.document!.performance!.scorecards, codes };
}

const FLAT = [
  at([24, '2026 年部门整体绩效目标表']),
  '单位名称：测试水务局',
  '',
  at([35, '当年整体绩效目标']),
  '',
  '推进测试河道整治，新建泵站 12 座。实施测试供水专项行动，计划 2 年实施 300 个供水项目，惠及 20 万居民。',
  '开展水质断面监测，监测断面 88 个以上。',
  '',
  at([17, '指标名称'], [37, '指标性质'], [56, '指标值'], [65, '计量单位'], [78, '指标权重(%)'], [92, '是否核心']),
  '',
  at([7, '新建泵站数量'], [38, '≥'], [58, '12'], [66, '座'], [82, '40'], [90, '是']),
  '',
  at([0, '绩效指标'], [7, '供水项目受益人口'], [38, '≥'], [58, '20'], [66, '万人'], [82, '40'], [90, '是']),
  '',
  at([7, '断面监测数量'], [38, '≥'], [58, '88'], [66, '个'], [82, '20'], [90, '否']),
  '',
  at([9, '2026 年市级专项资金绩效目标表（一级项目）']),
  at([73, '单位：万元']),
  at([1, '项目名称'], [24, '测试河道整治'], [47, '主管部门'], [68, '测试水务局']),
  at([43, '市级支出']),
  at([1, '当年预算'], [25, '3,500.00']),
  at([43, '补助区县'], [65, '3,500.00']),
  at([9, '测试河道整治涉及 6 个区县，用于河道清淤、护岸加固和沿河绿化，'], ),
  at([1, '项目概况'], [9, '以及配套的监测设施。']),
  '',
  at([9, '年度整治河道 30 公里以上，护岸加固 12 处，'] ),
  '当年绩效目标',
  at([9, '沿河群众满意度不低于 85%。']),
  at([19, '指标名称'], [38, '指标性质'], [51, '指标值'], [61, '计量单位'], [73, '指标权重(%)'], [90, '是否核心']),
  at([9, '整治河道长度'], [39, '≥'], [51, '30'], [60, '公里'], [75, '50'], [86, '是']),
  at([1, '绩效指标'], [9, '护岸加固数量'], [39, '≥'], [51, '12'], [60, '处'], [75, '30'], [86, '是']),
  at([9, '沿河群众满意度'], [39, '≥'], [51, '85'], [60, '%'], [75, '20'], [86, '否']),
];

describe('parse: budget 绩效目标表 kinds', () => {
  it('reads a target table without levels: goal paragraph as the goal (never a card), rows as unclassified targets', () => {
    const { cards, codes } = read('2026年部门预算', FLAT);
    expect(cards.map((c) => c.name)).to.deep.equal(['测试水务局', '测试河道整治']);
    const [dept, project] = cards;
    expect(dept!.kind).to.equal('department');
    expect(dept!.goal!.expected).to.match(/^推进测试河道整治.*监测断面 88 个以上。$/);
    expect(dept!.indicators.map((i) => [i.level1, i.name, i.target.text, i.target.value, i.weight, i.score])).to.deep.equal([
      ['unclassified', '新建泵站数量', '≥12座', 12, 40, null],
      ['unclassified', '供水项目受益人口', '≥20万人', 20, 40, null],
      ['unclassified', '断面监测数量', '≥88个', 88, 20, null],
    ]);
    // The department's table prints no funds: blank, and no warning that they are missing.
    expect(dept!.funds.total).to.include({ initialBudget: null });
    expect(project!.department).to.deep.equal({ name: '测试水务局' });
    expect(project!.funds.total).to.include({ initialBudget: 3500 });
    // The goal is the text centred on its label, not the 项目概况 above it.
    expect(project!.goal!.expected).to.equal('年度整治河道 30 公里以上，护岸加固 12 处，沿河群众满意度不低于 85%。');
    expect(project!.indicators.map((i) => [i.name, i.target.text, i.weight])).to.deep.equal([
      ['整治河道长度', '≥30公里', 50],
      ['护岸加固数量', '≥12处', 30],
      ['沿河群众满意度', '≥85%', 20],
    ]);
    // The 当年预算 split printed beside it (市级支出 blank, 补助区县 3,500.00) is its parts; nothing unread.
    expect(project!.funds.parts!.map((p) => [p.label, p.initialBudget])).to.deep.equal([['市级支出', null], ['补助区县', 3500]]);
    expect(codes).to.deep.equal([]);
  });

  it('reads a 部门整体 target table whose 绩效指标 cell prints its levels, with names and 定性 values wrapped around their rows', () => {
    const lines = [
      at([46, '预算13表 部门整体支出绩效目标表']),
      at([62, '（2026年度）']),
      '',
      at([5, '部门名称'], [23, '测试调查局']),
      at([64, '财政拨款'], [110, '其他资金']),
      at([26, '预算支出总额']),
      at([2, '总体资金情况（万元）'], [53, '合计'], [70, '基本支出'], [88, '项目支出'], [106, '合计'], [118, '基本支出'], [132, '项目支出']),
      at([27, '1,200.50'], [46, '1,100.50'], [65, '800.00'], [84, '300.50'], [103, '100.00'], [115, '40.00'], [129, '60.00']),
      at([22, '1.做好测试调查：按期完成年度调查任务，提高数据质量。']),
      at([12, '整体绩效目标'], [22, '2.推进测试改革：扩大数据共享。']),
      '',
      at([21, '活动'], [55, '绩效指标'], [88, '指标性质'], [112, '指标值'], [138, '度量单位']),
      at([43, '产出指标数量指标开展专项调查的']),
      at([9, '专项调查'], [59, '≥'], [98, '10'], [131, '个']),
      at([43, '区县']),
      at([9, '专项调查'], [43, '产出指标质量指标数据差错率 ≤'], [98, '2'], [131, '%']),
      at([43, '效益指标社会效益指标调查结果用于'], [96, '达到年度考核']),
      at([9, '专项调查'], [84, '定性']),
      at([43, '决策'], [96, '良好及以上']),
    ];
    const { cards, codes } = read('2026年部门预算', lines);
    expect(cards).to.have.length(1);
    const dept = cards[0]!;
    expect([dept.kind, dept.name]).to.deep.equal(['department', '测试调查局']);
    expect(dept.funds.total).to.include({ initialBudget: 1200.5 });
    expect(dept.funds.fiscal).to.include({ initialBudget: 1100.5 });
    expect(dept.funds.other).to.include({ initialBudget: 100 });
    expect(dept.goal!.expected).to.equal('1.做好测试调查：按期完成年度调查任务，提高数据质量。2.推进测试改革：扩大数据共享。');
    expect(dept.indicators.map((i) => [i.level1, i.level2, i.name, i.target.text])).to.deep.equal([
      ['output', '数量指标', '开展专项调查的区县', '≥10个'],
      ['output', '质量指标', '数据差错率', '≤2%'],
      ['outcome', '社会效益指标', '调查结果用于决策', '达到年度考核良好及以上'],
    ]);
    expect(codes).to.deep.equal([]);
  });

  it('reads a 部门整体支出绩效目标表 with tasks and 金额合计 printing 预算金额 only', () => {
    const lines = [
      at([22, '2022年部门整体支出绩效目标表']),
      at([8, '部门（单位）名称'], [45, '测试交通局']),
      at([53, '预算金额（万元）']),
      at([14, '任务名称'], [30, '主要内容']),
      at([44, '总额'], [57, '财政拨款'], [81, '其他资金']),
      at([7, '年度'], [17, '任务1'], [26, '保障机构运转'], [44, '300.50'], [59, '300.50']),
      at([7, '主要']),
      at([7, '任务'], [17, '任务2'], [26, '履行专项业务'], [44, '200.00'], [59, '150.00'], [82, '50.00']),
      at([21, '金额合计'], [44, '500.50'], [59, '450.50'], [82, '50.00']),
      '',
      at([0, '年度'], [7, '目标1：保障测试交通局正常运转。']),
      at([0, '总体']),
      at([0, '目标']),
      '',
      at([0, '一级指标'], [14, '二级指标'], [28, '指标内容'], [56, '指标值']),
      at([0, '产出指标'], [14, '数量指标'], [28, '养护里程'], [56, '100公里']),
    ];
    const { cards, codes } = read('2022年部门预算', lines);
    expect(cards).to.have.length(1);
    const dept = cards[0]!;
    expect([dept.kind, dept.name]).to.deep.equal(['department', '测试交通局']);
    expect([dept.funds.total.initialBudget, dept.funds.fiscal!.initialBudget, dept.funds.other!.initialBudget]).to.deep.equal([500.5, 450.5, 50]);
    expect(dept.tasks!.map((t) => [t.name, t.content, t.annualBudget.total, t.annualBudget.fiscal, t.annualBudget.other, t.score])).to.deep.equal([
      ['任务1', '保障机构运转', 300.5, 300.5, null, null],
      ['任务2', '履行专项业务', 200, 150, 50, null],
    ]);
    expect(dept.indicators.map((i) => [i.name, i.target.text])).to.deep.equal([['养护里程', '100公里']]);
    expect(codes).to.deep.equal([]);
  });

  it('reads a funds block with no column header: 实施期资金总额 alone, or beside 年度资金总额', () => {
    const lines = [
      at([19, '2022年部门专项业务经费绩效目标表']),
      at([0, '项目名称'], [31, '测试设备购置']),
      at([0, '主管部门'], [31, '测试交通局']),
      at([0, '实施期资金总额'], [37, '120']),
      '资金金额',
      at([0, '其中：财政拨款'], [36, '120']),
      '（万元）',
      '其他资金',
      '',
      at([0, '一级指标'], [16, '二级指标'], [31, '指标内容'], [46, '指标值']),
      at([0, '产出指标'], [16, '数量指标'], [31, '设备台数'], [46, '20台']),
      at([0, '效益指标'], [16, '社会效益指标'], [31, '服务水平'], [46, '明显提升']),
      at([19, '2022年专项资金总体支出绩效目标表']),
      at([0, '项目名称'], [33, '测试道路专项资金']),
      at([0, '主管部门'], [18, '测试交通局'], [52, '实施期限'], [78, '1年']),
      at([0, '实施期资金总额：'], [31, '900.00 年度资金总额'], [71, '450.00']),
      '资金金额',
      at([0, '其中：财政拨款'], [29, '900.00'], [38, '其中：财政拨款'], [68, '450.00']),
      '（万元）',
      at([0, '其他资金'], [36, '其他资金']),
      '',
      at([0, '一级指标'], [16, '二级指标'], [31, '指标内容'], [46, '指标值']),
      at([0, '产出指标'], [16, '数量指标'], [31, '养护里程'], [46, '80公里']),
    ];
    const { cards, codes } = read('2022年部门预算', lines);
    expect(cards.map((c) => [c.name, c.department?.name])).to.deep.equal([
      ['测试设备购置', '测试交通局'],
      ['测试道路专项资金', '测试交通局'],
    ]);
    expect(cards[0]!.funds.total).to.include({ periodTotal: 120, initialBudget: null });
    expect(cards[0]!.funds.fiscal).to.include({ periodTotal: 120 });
    expect(cards[1]!.funds.total).to.include({ periodTotal: 900, initialBudget: 450 });
    expect(cards[1]!.funds.fiscal).to.include({ periodTotal: 900, initialBudget: 450 });
    expect(codes.filter((c) => /funds-missing|line-unread/.test(c))).to.deep.equal([]);
  });

  it('joins a 自评表 cell wrapped above and below its row to that row, and reads a header word wrapped off its line', () => {
    const lines = [
      at([20, '测试项目绩效自评表']),
      at([0, '项目名称'], [20, '测试平台建设']),
      at([0, '项目资金'], [20, '年初预算数'], [34, '全年预算数'], [48, '全年执行数'], [62, '分值'], [70, '执行率'], [80, '得分']),
      at([2, '（万元）'], [10, '年度资金总额'], [22, '100'], [36, '100'], [50, '90'], [63, '10'], [70, '90%'], [81, '9']),
      '',
      at([54, '实际完成']),
      at([7, '一级指标'], [19, '二级指标'], [32, '三级指标'], [44, '年度指标值'], [68, '分值'], [81, '得分'], [89, '偏差原因分析及改进措施']),
      at([56, '值']),
      '',
      at([7, '产出指标'], [19, '数量指标'], [31, '上线系统'], [46, '2套'], [55, '2套'], [68, '40'], [82, '40']),
      '',
      at([0, '绩效指标'], [41, '通过平台提升服务效'], [88, '已初步上线，需']),
      at([18, '社会效益指标'], [31, '服务效率'], [54, '已提升'], [68, '30'], [82, '25']),
      at([44, '率'], [88, '持续完善。']),
      at([88, '已初步上线，需']),
      at([18, '可持续影响指标'], [31, '使用年限'], [44, '≥5年'], [54, '≥5年'], [68, '10'], [82, '6']),
      at([7, '效益指标'], [88, '持续完善。']),
      '',
      at([30, '总分'], [68, '100'], [82, '80']),
    ];
    const { cards, codes } = read('2022年度部门决算', lines);
    const rows = cards[0]!.indicators.map((i) => [i.name, i.target.text, i.actual.text, i.weight, i.score, i.deviation ?? '']);
    expect(rows).to.deep.equal([
      ['上线系统', '2套', '2套', 40, 40, ''],
      ['服务效率', '通过平台提升服务效率', '已提升', 30, 25, '已初步上线，需持续完善。'],
      ['使用年限', '≥5年', '≥5年', 10, 6, '已初步上线，需持续完善。'],
    ]);
    expect(codes.filter((c) => /line-unread/.test(c))).to.deep.equal([]);
  });
});
