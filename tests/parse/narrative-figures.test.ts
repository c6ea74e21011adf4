// The narrative's leftover figures (src/parse/narrative/figures.ts): every 万元 figure no
// sentence reader took, kept as printed with the words of its clause; and paragraphs that run
// on across a page number or start with a numbered heading.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { amountsIn, leftoverFigures } from '../../src/parse/narrative/figures.js';
import type { TextLine } from '../../src/parse/lines.js';
import { narrativeSentences } from '../../src/parse/narrative/text.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

const line = (text: string, no = 7): TextLine => ({ no, raw: text, text, cells: [], tabbed: false });
const brief = (text: string, taken: number[] = []) => leftoverFigures(line(text), amountsIn(taken)).map((f) => [f.label, f.amount]);

describe('parse/narrative/figures', () => {
  it('keeps each figure with the words of its clause, a change with its word (增加/减少)', () => {
    expect(brief('收入比 2025 年减少 246429.22 万元，主要是一般公共预算财政拨款增加 10300.15 万元，政府性基金预算财政拨款减少 258146.77 万元。')).to.deep.equal([
      ['收入比2025年减少', 246429.22],
      ['主要是一般公共预算财政拨款增加', 10300.15],
      ['政府性基金预算财政拨款减少', 258146.77],
    ]);
    expect(brief('包括在职人员经费 8,657.53 万元、公用经费 3,045.77 万 元。')).to.deep.equal([
      ['包括在职人员经费', 8657.53],
      ['公用经费', 3045.77],
    ]);
  });

  it('leaves out an amount the document holds anywhere (by magnitude: a change stored as -22.24 covers the printed 22.24)', () => {
    expect(brief('“三公”经费预算 308.00 万元，比 2025 年减少 22.24 万元。', [308, -22.24])).to.deep.equal([]);
    expect(brief('支出 10.00 万元，其中基本支出 12.00 万元。', [10])).to.deep.equal([['其中基本支出', 12]]);
    expect(brief('本部门没有政府性基金收支。')).to.deep.equal([]);
  });

  it('finds every amount of a document, not its line numbers', () => {
    const taken = amountsIn({ tables: { t1: { rows: [{ amount: 308, source: { line: 100 } }] } }, narrative: { comparisons: [{ change: -22.24 }] } });
    expect([...taken].sort((a, b) => a - b)).to.deep.equal([2224, 30800]);
  });

  it('重庆水利 2026: the changes listed in a reason, one paragraph across a page number', async () => {
    const doc = parse(await fixtureText('real/chongqing-shuili-2026-budget.layout.txt')).document!;
    expect(validate(doc).ok).to.equal(true);
    // Lines 72–74 and 82 (after "— 5 —"); every other figure of the text is in a table or a reader's output.
    expect(doc.narrative!.figures!.map((f) => [f.source?.line, f.label, f.amount])).to.deep.equal([
      [70, '财政专户管理资金增加', 566.25],
      [70, '事业单位经营收入资金增加', 95.77],
      [70, '其他收入资金增加', 755.4],
      [77, '主要是基本支出增加', 5246.63],
      [77, '项目支出减少', 251675.84],
      [121, '2026年委托业务费涉及财拨资金', 9240.6],
    ]);
  });

  it('joins a paragraph across a page number, and a numbered line with a figure to the line below', () => {
    const lines = ['  （二）支出预算：年初预算数 100.00 万元。包括一般公共服务支出', '', '— 5 —', '59.56 万元，教育支出 40.44 万元。', '  （二）政府采购情况。采购预算总额 11.00 万元：货物预算', '2.00 万元、服务预算 9.00 万元。']
      .map((text, i): TextLine => ({ no: i + 1, raw: text, text: text.trim(), cells: [], tabbed: false }));
    expect(narrativeSentences(lines, []).map((l) => [l.no, l.text])).to.deep.equal([
      [1, '（二）支出预算：年初预算数 100.00 万元。包括一般公共服务支出59.56 万元，教育支出 40.44 万元。'],
      [5, '（二）政府采购情况。采购预算总额 11.00 万元：货物预算2.00 万元、服务预算 9.00 万元。'],
    ]);
  });

  it('joins a numbered item that wraps at the page edge, and ends a wrapped heading at its short tail', () => {
    const lines = [
      '       九、一般公共预算“三公”经费、会议费、培训费支出预算情',
      '  况说明',
      '       本单位 2026 年度一般公共预算拨款安排的“三公”经费支出预',
      '  算 43.8 万元，比上年预算减少 20.78 万元，主要原因是厉行节约。',
      '       1.行政事业单位养老支出（款）机关事业单位基本养老保险缴',
      '  费支出（项）支出 878.07 万元，与上年相比增加 40.57 万元，增',
      '  长 4.84%。主要原因是基数调整，相应支出增加。',
      '       （一）社会保障和就业支出（类）',
      '  支出 100.00 万元，与上年一致，各项支出均按标准安排到位了。',
    ].map((text, i): TextLine => ({ no: i + 1, raw: text, text: text.trim(), cells: [], tabbed: false }));
    expect(narrativeSentences(lines, []).map((l) => l.no)).to.deep.equal([1, 3, 5, 8, 9]);
    expect(narrativeSentences(lines, [])[2]!.text).to.match(/^1\.行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）/);
  });

  it('reads a letter-spaced justified sentence (一 般 公 共 预 算 …) as one without spaces', () => {
    const text = ['  2019 年 本 院 一 般 公 共 预 算 机 关 运 行 经 费 预 算 支 出', '2391.92 万元，与上年相比减少 330.65 万元，减少 12.14         %。主要原因是压减会议费。'].join('\n');
    const doc = parse(`某某单位2019年部门预算\n\n${text}\n`).document;
    expect(doc?.narrative?.operatingCosts).to.include({ current: 2391.92, change: -330.65, changePercent: -12.14 });
  });
});
