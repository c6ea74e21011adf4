// A county 决算's 绩效 annex (山东 style): a 部门整体支出绩效自评表 printed like a project card
// (部门名称, a 年度预算执行情况（万元） block label down the funds rows), a 绩效自评结果汇总表 with
// a name wrapped over two lines, and a 绩效评价报告 whose score is a 综合评分 with all four
// dimensions in one sentence.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { audit } from '../../src/audit/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('parse: 部门整体 card, 自评结果汇总表 and 评价报告 (variants/department-summary-report.txt)', () => {
  it('reads the 部门整体 card as the department\'s, its funds beside a block label', async () => {
    const result = parse(await fixtureText('variants/department-summary-report.txt'));
    expect(validate(result.document).ok).to.equal(true);
    const [card, ...more] = result.document!.performance!.scorecards;
    expect(more).to.have.length(0);
    expect(card).to.include({ kind: 'department', name: '沂水县农业农村局', unit: '万元', totalWeight: 100, totalScore: 95.4 });
    expect(card!.funds.total).to.include({ initialBudget: 3265.4, annualBudget: 3580.2, executed: 3412.66, weight: 10, rate: 95.32, score: 9.53 });
    expect(card!.funds.fiscal).to.include({ initialBudget: 3105.4, annualBudget: 3420.2, executed: 3262.66 });
    expect(card!.funds.other).to.include({ initialBudget: 160, annualBudget: 160, executed: 150, rate: 93.75 });
    expect(card!.indicators.map((r) => [r.level1, r.name, r.weight, r.score])).to.deep.equal([
      ['output', '高标准农田建设面积', 20, 20],
      ['output', '耕地质量等级提升', 15, 15],
      ['output', '项目完工及时率', 15, 13],
      ['outcome', '粮食亩均增产', 15, 15],
      ['outcome', '粮食播种面积', 15, 12.87],
      ['satisfaction', '农户满意度', 10, 10],
    ]);
  });

  it('reads the 汇总表 rows, a name wrapped above its row joined to it; the text\'s department score', async () => {
    const result = parse(await fixtureText('variants/department-summary-report.txt'));
    const summary = result.document!.performance!.summary!;
    expect(summary).to.include({ departmentScore: 95.4, departmentGrade: '优' });
    expect(summary.selfEvaluations!.map((r) => [r.index, r.name, r.implementer, r.score, r.grade])).to.deep.equal([
      [1, '高标准农田建设项目', '沂水县农业农村局', 95.2, '优'],
      [2, '农业生产社会化服务项目', '沂水县农业农村局', 88.75, '良'],
      [3, '动物防疫补助经费（强制免疫及扑杀补助）', '沂水县农业农村局', 91, '优'],
      [4, '农村人居环境整治', '沂水县农业农村局', 76.3, '中'],
    ]);
    // The 汇总表 lists four projects whose cards the document does not print: said, not hidden.
    expect(result.warnings.filter((w) => w.code === 'scorecards-missing').map((w) => w.message.en)).to.deep.equal(['4 scorecards are listed, but only 0 were found.']);
  });

  it('reads the 评价报告: 综合评分 and 评价等级, budget and spending, four dimensions from one sentence', async () => {
    const result = parse(await fixtureText('variants/department-summary-report.txt'));
    const [report] = result.document!.performance!.evaluations!;
    expect(report).to.include({ project: '沂水县农业生产社会化服务', score: 89.25, grade: '良', budget: 420, executed: 398.5 });
    expect(report!.dimensions).to.deep.equal([
      { name: '决策', weight: 10, score: 9 },
      { name: '过程', weight: 20, score: 17.5 },
      { name: '产出', weight: 30, score: 27.25 },
      { name: '效益', weight: 40, score: 35.5 },
    ]);
    expect(result.warnings.map((w) => w.code)).to.not.include('evaluation-incomplete');
    expect(audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('reads a 汇总表 without 序号 (项目名称 | 主管部门 | 自评得分 | 自评等级)', () => {
    const text = [
      '                    平阴县农业农村局2023年度部门决算',
      '',
      '                    2023年度项目支出绩效自评结果汇总表',
      '  项目名称                          主管部门              自评得分    自评等级',
      '  乡村振兴衔接资金                  平阴县农业农村局         93.50    优',
      '  基层农技推广体系改革与建设补助    平阴县农业农村局         85.00    良',
      '  项目',
      '  农机购置补贴                      平阴县农业农村局         58.60    差',
    ].join('\n');
    const rows = parse(text).document!.performance!.summary!.selfEvaluations!;
    expect(rows.map((r) => [r.index, r.name, r.implementer, r.score, r.grade])).to.deep.equal([
      [undefined, '乡村振兴衔接资金', '平阴县农业农村局', 93.5, '优'],
      [undefined, '基层农技推广体系改革与建设补助项目', '平阴县农业农村局', 85, '良'],
      [undefined, '农机购置补贴', '平阴县农业农村局', 58.6, '差'],
    ]);
  });

  it('reads a report\'s 综合得分 without 为 and a grade in the next sentence wrapped inside a word', () => {
    const text = [
      '                    某某县2023年度部门决算',
      '',
      '                 某某县农村公路养护项目绩效评价报告',
      '',
      '    二、综合绩效评价结论',
      '    2023 年某某县农村公路养护项目支出绩效评价综合得分 86.50 分。根据评价结果级别划分标准，评',
      '价结果为“良”。',
    ].join('\n');
    const [report] = parse(text).document!.performance!.evaluations!;
    expect(report).to.include({ project: '某某县农村公路养护', score: 86.5, grade: '良' });
  });

  it('reads the section 十一 sentences: projects self-evaluated and their funds, counts by grade named first, the department grade', () => {
    const text = [
      '                    某某市交通运输局2023年度部门决算',
      '',
      '    十一、预算绩效情况说明',
      '    （二）部门决算中项目绩效自评结果。本部门2023年度对9个项目开展了绩效自评，涉及资金3,456.78万元。其中：自评结果为“优”的项目8个、“良”的项目1个、“中”的项目0个。',
      '    部门整体支出绩效自评得分为93.2分，评价等级为“优”。',
    ].join('\n');
    const summary = parse(text).document!.performance!.summary!;
    expect(summary).to.deep.include({ projectCount: 9, fundsCovered: 3456.78, gradeCounts: { 优: 8, 良: 1, 中: 0 }, departmentScore: 93.2, departmentGrade: '优' });
  });

  it('takes a 汇总表 row\'s 自评得分 after its 预算数 | 执行数 | 执行率, never an amount as the score', () => {
    const text = [
      '                    某某区民政局2023年度部门决算',
      '',
      '                  2023年度项目支出绩效自评情况汇总表',
      '  序号  项目名称                    年度预算数    全年执行数    执行率     自评得分   自评等级',
      '   1    困难群众救助补助资金          1,250.00      1,180.50    94.44%        92.50   优',
      '   2    养老服务体系建设              300.00        245.00      81.67%        84.00   良',
    ].join('\n');
    const rows = parse(text).document!.performance!.summary!.selfEvaluations!;
    expect(rows.map((r) => [r.index, r.name, r.implementer ?? null, r.score, r.grade])).to.deep.equal([
      [1, '困难群众救助补助资金', null, 92.5, '优'],
      [2, '养老服务体系建设', null, 84, '良'],
    ]);
  });

  it('names the 部门整体 card from "单位名称：X" printed in one cell', async () => {
    const card = parse(await fixtureText('variants/department-name-colon.txt')).document!.performance!.scorecards[0]!;
    expect(card).to.include({ kind: 'department', name: '沂水县农业农村局', totalScore: 95.4 });
  });
});

