/**
 * A 部门评价报告 (项目绩效评价报告): the project, its overall score and grade, the budget
 * and spending it reports, and the score per 一级指标 when the report prints them.
 */
import { isPageNoise, type TextLine } from '../lines.js';
import { NUM, numberIn } from '../numbers.js';

type Obj = Record<string, unknown>;

export function parseEvaluation(lines: TextLine[], from: number, to: number): Obj {
  // A title wrapped over two lines ("2021 年度西安市基本公共卫生" / "服务项目补助资金绩效评价报告"):
  // the line above, a short one of words only, is its head.
  const above = from > 0 ? lines[from - 1]!.text.replace(/\s+/g, '') : '';
  const head = /^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff（）()、]{2,24}$/.test(above) && !/部分|附件|目录|报告$/.test(above) ? above : '';
  const title = head + lines[from]!.text.replace(/\s+/g, '');
  const project = title
    .replace(/^(?:19|20)\d{2}年度?/, '')
    .replace(/(?:项目)?(?:支出)?(?:绩效)?评价报告$/, '')
    .replace(/项目$/, '');
  const report: Obj = { project: project || title, score: null, source: { line: lines[from]!.no } };
  const dimensions: Obj[] = [];
  for (const text of sentencesOf(lines, from + 1, to)) {
    if (report.score === null) {
      // "综合得分为85分", "评价得分为…", "综合评分为89.25分，评价等级为“良”" (评分 or 得分).
      // ("最终评价得分“86.73”分": the number quoted, no 为.)
      const score = new RegExp(
        `(?:综合(?:得|评)分(?:为|是)?|(?:最终)?(?:评价)?(?:得|评)分为?)[：:]?[“"]?(${NUM})[”"]?分(?:[，,]\\s*(?:评价|绩效|评定|综合)?(?:等级|级别|等次)(?:为|是|评定为)?[“"]?(优秀|良好|优|良|中|差|合格|不合格))?`,
      ).exec(text);
      if (score && /评价/.test(text)) {
        report.score = numberIn(score[1]!);
        if (score[2]) report.grade = score[2];
      }
    }
    // The grade in a sentence of its own after the score ("根据评价结果级别划分标准，评价结果为“良”").
    if (report.score !== null && report.grade === undefined) {
      const grade = /(?:评价结果|评级结果|评价等级|评价等次|绩效等级|等级|等次|评级)(?:为|是|评定为)[：:]?[“"]?(优秀|良好|优|良|中|差|合格|不合格)/.exec(text);
      if (grade) report.grade = grade[1];
    }
    if (report.budget === undefined) {
      const money = new RegExp(`(?:预算资金|拨款)(${NUM})万元[，,]\\s*实际支出(${NUM})万元`).exec(text);
      if (money) {
        report.budget = numberIn(money[1]!);
        report.executed = numberIn(money[2]!);
      }
    }
    // Several dimensions in one sentence ("决策指标总分10分，得分9分；过程指标总分20分…").
    const found = text.matchAll(
      new RegExp(`(决策|过程|产出|执行|效益|效果|满意度)指标总分(${NUM})分[，,]\\s*得分(${NUM})分(?:[，,]\\s*得分率(${NUM})%)?`, 'g'),
    );
    for (const dimension of found) {
      const out: Obj = { name: dimension[1], weight: numberIn(dimension[2]!), score: numberIn(dimension[3]!) };
      if (dimension[4]) out.rate = numberIn(dimension[4]);
      dimensions.push(out);
    }
  }
  if (dimensions.length > 0) report.dimensions = dimensions;
  return report;
}

/**
 * The report's sentences: its lines joined (pdftotext wraps a sentence anywhere, even inside a
 * word: "评" / "价结果为“良”"), page numbers left out, cut after each 。.
 */
function sentencesOf(lines: TextLine[], from: number, to: number): string[] {
  let text = '';
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '' || isPageNoise(line)) continue;
    text += line.text.replace(/\s+/g, '');
  }
  return text.split(/(?<=。)/);
}
