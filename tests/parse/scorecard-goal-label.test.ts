// A scorecard whose 年度总体目标完成情况 label is printed down the left edge, a few characters
// a line, beside the goal texts (西安 决算 layout): the goal header line stands alone, and the
// label's pieces are no part of the goal. Expected values read from the text below by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';

const TEXT = [
  '2022年度西安市某局部门决算',
  '',
  '项目支出绩效自评表',
  '',
  '（2022年度）',
  // A title line with a label before the name and a qualifier after it: not card data.
  '表3     2022年设备购置项目绩效自评表（一级项目）',
  ' 项目名称                     设备购置项目',
  ' 主管部门                     西安市某局                    实施单位           西安市某中心',
  '                               年初预算数           全年预算数（A）   全年执行数（B）    分值      执行率（B/A）     得分',
  ' 项目资金         年度资金总额               500           500       450     10     90.00%   9',
  ' （万元）         其中：当年财政拨款            500           500       450     —      90.00%   —',
  '                       预期目标（年初设定）                                    实际完成情况',
  '年度总',
  '体目标',
  '完成情 购置检测设备12台，保障全市                             完成购置检测设备12台，',
  ' 况    2022年12月前完成验收。                               已于2022年11月验收。',
  '              二级                                   年度         实际                    偏差原因分析及',
  '      一级指标                  三级指标                                      分值     得分',
  '              指标                                  指标值        完成值                      改进措施',
  '      产出指标  数量指标  设备台数                          12台        12台      50     50',
  '      效益指标  社会效益指标  检测能力提升                  提升        提升      40     40',
  '      满意度指标  满意度指标  使用科室满意度                ≥90%        95%       10     10',
  '                                  总分                                100    99',
].join('\n');

describe('parse: a scorecard goal beside a vertical 年度总体目标完成情况 label', () => {
  const result = parse(TEXT);
  const card = result.document?.performance?.scorecards[0];

  it('reads the goal texts under 预期目标 and 实际完成情况, without the label pieces', () => {
    expect(card?.goal).to.deep.equal({
      expected: '购置检测设备12台，保障全市2022年12月前完成验收。',
      actual: '完成购置检测设备12台，已于2022年11月验收。',
    });
  });

  it('warns about none of the goal lines, the wrapped indicator header or the labelled title line', () => {
    expect(result.warnings.filter((w) => w.code === 'line-unread').map((w) => w.excerpt)).to.deep.equal([]);
  });

  it('still reads the funds and indicators', () => {
    expect(card?.funds.total).to.include({ initialBudget: 500, annualBudget: 500, executed: 450 });
    expect(card?.indicators.map((i) => i.name)).to.deep.equal(['设备台数', '检测能力提升', '使用科室满意度']);
    expect(card?.totalScore).to.equal(99);
  });
});

describe('parse: a 绩效目标表 goal under a vertical 总体目标 label, with no goal header', () => {
  // 西安 budget layout (附表14): the label's characters one a line beside the goal text.
  const text = [
    '2022年西安市某局部门预算',
    '',
    '                   2022年部门专项业务经费绩效目标表',
    '           项目名称                       办公场所租赁',
    '           主管部门                       西安市某局',
    '',
    '       总',
    '       体     目标1：租赁办公场所6处；',
    '       目     目标2：保障稽查站正常运转。',
    '       标',
    '',
    '                  一级指标        二级指标       指标内容        指标值',
    '                  产出指标        数量指标       办公地点         6处',
    '                  满意度指标      服务对象满意度指标   使用人员满意度   ≥90%',
  ].join('\n');

  it('reads the goal without the label\'s characters', () => {
    const result = parse(text);
    const card = result.document!.performance!.scorecards[0]!;
    expect(card.goal).to.deep.equal({ expected: '目标1：租赁办公场所6处；目标2：保障稽查站正常运转。', actual: '' });
    expect(result.warnings.filter((w) => w.code === 'line-unread')).to.deep.equal([]);
  });

  it('does not take a 年度主要任务 label (spelled down the edge the same way) for a goal', () => {
    const tasks = text.replace('       总\n       体     目标1：租赁办公场所6处；\n       目     目标2：保障稽查站正常运转。\n       标', '       年度   任务1  保障运转   100.00\n       主要\n       任务   任务2  专项业务    50.00');
    const card = parse(tasks).document!.performance!.scorecards[0]!;
    expect(card.goal).to.equal(undefined);
  });
});
