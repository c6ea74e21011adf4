// PDF stage 1 (src/parse/pdf/page-lines.ts, words.ts) on positioned words and rules built by
// hand: each test is one kind of layout seen in published PDFs, where the PDF path once read
// differently from the same document's `pdftotext -layout` text.
import { expect } from '@open-wc/testing';
import { pageLines } from '../../src/parse/pdf/page-lines.js';
import type { Segment } from '../../src/parse/pdf/rules.js';
import type { Word } from '../../src/parse/pdf/words.js';
import { toLine } from '../../src/parse/lines.js';
import { chunksOf } from '../../src/parse/performance/columns.js';
import { indicatorHeader } from '../../src/parse/performance/indicators.js';

const SIZE = 10;
/** A word printed at x (left edge) on baseline y, its width by display width (CJK two half-ems). */
function word(text: string, x: number, y: number): Word {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\ua4cf\uff00-\uff60“”（）]/.test(ch) ? SIZE : SIZE / 2;
  return { text, x0: x, x1: x + width, y, size: SIZE };
}
const vertical = (x: number, y0: number, y1: number): Segment => ({ x0: x, x1: x, y0, y1 });
const horizontal = (y: number, x0: number, x1: number): Segment => ({ x0, x1, y0: y, y1: y });
const texts = (words: Word[], rules: Segment[] = []) => pageLines(0, words, rules, 1).lines.map((l) => l.cells.map((c) => c.text));

describe('PDF stage 1: lines and cells', () => {
  it('a bracketed code "[30206]电费" is two cells, code and name, as the text path splits it', () => {
    const lines = texts([word('[30206]电费', 48, 100), word('252.46', 340, 100), word('[302]商品和服务支出', 40, 115), word('4,120.07', 330, 115)]);
    expect(lines).to.deep.equal([
      ['30206', '电费', '252.46'],
      ['302', '商品和服务支出', '4,120.07'],
    ]);
  });

  it('a ruled body cell whose name wraps around its amounts keeps head above and tail below (no merged-header lift)', () => {
    // 科目编码 | 科目名称 | 金额 ruled; the name "机关事业单位职业年金缴费支出" printed over three
    // lines of its cell: head above the amounts' line, "出" below, left of the head (centred).
    const rules = [
      vertical(40, 300, 400), vertical(135, 300, 400), vertical(330, 300, 400), vertical(400, 300, 400),
      horizontal(300, 40, 400), horizontal(350, 40, 400), horizontal(400, 40, 400),
    ];
    const words = [
      word('2080505', 48, 346), word('行政单位离退休', 166, 346), word('2,170.78', 341, 346),
      word('机关事业单位职业年金缴费支', 166, 362.2), word('2080506', 48, 370), word('1,426.63', 341, 370), word('出', 141, 377.8),
    ];
    expect(texts(words, rules)).to.deep.equal([
      ['2080505', '行政单位离退休', '2,170.78'],
      ['机关事业单位职业年金缴费支'],
      ['2080506', '1,426.63'],
      ['出'],
    ]);
  });

  it('a project name wrapped in a tall ruled cell beside a multi-line description stays on its own line', () => {
    // 项目名称 | 金额 | 绩效目标: the description prints more lines than the name; the name's
    // head sits on the description's second line, its tail under the amounts.
    const rules = [
      vertical(40, 290, 360), vertical(180, 290, 360), vertical(260, 290, 360), vertical(500, 290, 360),
      horizontal(290, 40, 500), horizontal(360, 40, 500),
    ];
    const words = [
      word('通过参加国际照明交流会议', 270, 302.2),
      word('“国际灯光城市协会”', 68, 317.8), word('的照明行业科技发展信息', 270, 317.8),
      word('4.50', 211, 325.6),
      word('会费', 43, 333.4), word('光在城市建设中的应用', 270, 333.4),
    ];
    expect(texts(words, rules)).to.deep.equal([
      ['通过参加国际照明交流会议'],
      ['“国际灯光城市协会”', '的照明行业科技发展信息'],
      ['4.50'],
      ['会费', '光在城市建设中的应用'],
    ]);
  });

  it('a merged header cell between two header rows still joins its cell\'s top line', () => {
    const rules = [
      vertical(40, 100, 140), vertical(140, 100, 140), vertical(240, 100, 140), vertical(340, 120, 140), vertical(440, 100, 140),
      horizontal(100, 40, 440), horizontal(120, 240, 440), horizontal(140, 40, 440),
    ];
    const words = [word('本年支出', 320, 114), word('总计', 180, 122), word('项目', 80, 122), word('基本支出', 270, 134), word('项目支出', 370, 134)];
    const lines = texts(words, rules);
    expect(lines[0]).to.include('总计');
    expect(lines[0]).to.include('本年支出');
  });

  it('a year a space before its 年 ("2026 年预算", "2025 年") is one phrase, not a number and a cell', () => {
    const words = [word('2026', 100, 100), word('年预算', 123, 100), word('2025', 40, 115), word('年', 62.5, 115), word('17.60', 150, 115)];
    expect(texts(words)).to.deep.equal([['2026 年预算'], ['2025 年', '17.60']]);
  });

  it('a grid row as tall as its band (a scorecard row, integer scores) stays on its printed line among wrapped text', () => {
    // 一级指标 "产出指标" spans three rows (rules between them in the other columns); the 时效指标
    // row is one band: its words are alone in their cells, printed lower than the deviation text.
    const xs = [75, 120, 170, 310, 400, 455, 520];
    const rules = [
      ...xs.map((x) => vertical(x, 200, 290)),
      horizontal(200, 75, 520), horizontal(230, 120, 520), horizontal(250, 120, 520), horizontal(290, 75, 520),
    ];
    const words = [
      word('质量指标', 129, 240),
      word('产出指标', 80, 254), word('项目实施过程中因不', 459, 255),
      word('50分', 86, 261.5), word('可抗力导致项目未按', 459, 262.6),
      word('时效指标', 129, 270), word('起始年度', 180, 270), word('10', 410, 270), word('7', 470, 270),
      word('计划进行', 459, 277.6),
    ].map((w) => ({ ...w, size: 6.1 }));
    const lines = texts(words, rules);
    expect(lines).to.deep.include(['时效指标', '起始年度', '10', '7']);
    expect(lines).to.deep.include(['产出指标', '项目实施过程中因不']);
  });

  it('a scorecard header word wrapped onto the line above keeps its place when laid out by width (a PDF line)', () => {
    // The PDF path lays every line out by display width: the piece right of 得分 stays there,
    // where pdftotext's character-laid CJK lines need the character offset.
    const header = toLine('一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分', 2);
    const pdfAbove = toLine(' '.repeat(70) + '偏差原因分析及改进', 1);
    const fromPdf = indicatorHeader([pdfAbove, header], 1, chunksOf(header));
    expect(fromPdf.find((c) => /偏差/.test(c.text))?.start).to.equal(70);
    const textAbove = toLine(' '.repeat(40) + '偏差原因分析及改进', 1);
    const fromText = indicatorHeader([textAbove, header], 1, chunksOf(header));
    expect(fromText.find((c) => /偏差/.test(c.text))?.start).to.equal(64 + (40 - 38));
  });

  it('an unruled name wrapped around its amounts stays three lines: head, amounts, code with the tail', () => {
    // 重庆 公开02表: the amounts centred between the name's two lines, the code beside the tail;
    // a code printed a little lower than a one-line row still joins that row.
    const words = [
      word('2080501', 72, 326), word('行政单位离退休', 135.6, 319), word('12.50', 296, 319.6),
      word('机关事业单位基本养老保', 135.6, 341.3),
      word('3,043.23', 283, 348.4), word('2,468.91', 344.6, 348.4),
      word('险缴费支出', 125, 354.3), word('2080505', 72, 354.9),
    ].map((w) => ({ ...w, size: 10.5 }));
    expect(texts(words)).to.deep.equal([
      ['2080501', '行政单位离退休', '12.50'],
      ['机关事业单位基本养老保'],
      ['3,043.23', '2,468.91'],
      ['2080505', '险缴费支出'],
    ]);
  });

  it('a wrapped tail printed just left of its head, in a cell the next column splits, is not lifted beside the head', () => {
    // 西安交通 表4: "23、灾害防治及应急管理支" / "出" in one tall cell of the 支出 column while the
    // 序号 column's rows (23 | 24) are ruled apart inside it.
    const rules = [
      vertical(55, 330, 365), vertical(239, 330, 365), vertical(360, 330, 365),
      horizontal(330, 55, 360), horizontal(348, 55, 239), horizontal(365, 55, 360),
    ];
    const words = [word('23', 62, 345.4), word('23、灾害防治及应急管理支', 249.3, 345.4), word('24', 62, 350.1), word('出', 239.3, 356.6)]
      .map((w) => ({ ...w, size: 9 }));
    const lines = texts(words, rules);
    expect(lines[0]).to.deep.equal(['23', '23、灾害防治及应急管理支']);
    expect(lines.slice(1)).to.deep.equal([['24'], ['出']]);
  });
});
