import { expect } from '@open-wc/testing';
import { BOLD_WIDTH, textWidth, wrapText } from '../../src/layout/text-width.js';

describe('textWidth', () => {
  it('counts CJK characters and full-width punctuation as 1 em', () => {
    expect(textWidth('基本支出', 12)).to.equal(48);
    expect(textWidth('（）', 10)).to.equal(20);
  });

  it('counts digits at about 0.64 em (DejaVu Sans, the fallback that draws widest), Latin letters 0.5–0.65 em, punctuation narrower', () => {
    expect(textWidth('1234567890', 10)).to.be.within(62, 66);
    expect(textWidth('abcdefgh', 10) / 8).to.be.within(5, 6.5);
    expect(textWidth('.', 10)).to.be.lessThan(textWidth('0', 10));
    expect(textWidth('', 12)).to.equal(0);
  });
});

describe('bold text', () => {
  it('widens Latin, digits and punctuation by BOLD_WIDTH, never CJK, and wraps bold lines to the width as drawn', () => {
    expect(textWidth('Budget 2021', 12, true)).to.be.closeTo(textWidth('Budget 2021', 12) * BOLD_WIDTH, 1e-9);
    expect(textWidth('一般公共服务支出', 12, true)).to.equal(textWidth('一般公共服务支出', 12));
    const wrapped = wrapText('Supercalifragilistic'.repeat(4), 200, 12, 2, true);
    for (const line of wrapped.lines) expect(textWidth(line, 12, true)).to.be.at.most(200);
    expect(wrapped.width).to.be.at.most(200);
  });
});

describe('wrapText', () => {
  it('keeps a short name on one line', () => {
    expect(wrapText('基本支出', 100, 12, 2)).to.deep.equal({ lines: ['基本支出'], truncated: false, width: 48 });
  });

  it('wraps CJK between any two characters, each line within the width', () => {
    const wrapped = wrapText('资源勘探工业信息等支出', 72, 12, 2);
    expect(wrapped.lines).to.deep.equal(['资源勘探工业', '信息等支出']);
    expect(wrapped.truncated).to.equal(false);
  });

  it('keeps Latin words whole where they fit', () => {
    const wrapped = wrapText('Grants to subsidiaries', 100, 12, 2);
    expect(wrapped.lines).to.deep.equal(['Grants to', 'subsidiaries']);
  });

  it('truncates with an ellipsis after maxLines', () => {
    const wrapped = wrapText('一二三四五六七八九十一二三四五六七八九十', 60, 12, 2);
    expect(wrapped.truncated).to.equal(true);
    expect(wrapped.lines).to.have.length(2);
    expect(wrapped.lines[1]!.endsWith('…')).to.equal(true);
    for (const line of wrapped.lines) expect(textWidth(line, 12)).to.be.at.most(60);
    const one = wrapText('Other basic spending (derived)', 80, 12, 1);
    expect(one.lines).to.have.length(1);
    expect(one.truncated).to.equal(true);
  });
});

describe('wrapText never cuts a number', () => {
  it('leaves out an amount wider than the line whole, as a lone ellipsis, never "913,010,000,0…"', () => {
    const wrapped = wrapText('6,443,600,000,000.00', 80, 12, 1);
    expect(wrapped.lines).to.deep.equal(['…']);
    expect(wrapped.truncated).to.equal(true);
  });
  it('keeps the words before a number that does not fit, and drops the number the ellipsis would cut into', () => {
    expect(wrapText('合计 6,443,600,000,000.00 万元', 150, 12, 1).lines).to.deep.equal(['合计…']);
    expect(wrapText('1,790,000,000,000.00 / 4,000,000,000,000.00 · 44.8%', 140, 12, 3).lines).to.deep.equal(['1,790,000,000,000.00', '/', '…']);
  });
  it('every digit run it shows is a whole number of the text', () => {
    const text = '决算 1,790,000,000,000.00 / 预算 4,000,000,000,000.00 · 44.8% 超预算';
    const numbers = text.match(/\d[\d,.]*/g)!;
    for (let width = 24; width <= 400; width += 7) {
      for (const maxLines of [1, 2, 3]) {
        for (const line of wrapText(text, width, 12, maxLines).lines) {
          for (const shown of line.match(/\d[\d,.]*/g) ?? []) expect(numbers, `"${line}" at ${width} px, ${maxLines} lines`).to.include(shown);
        }
      }
    }
  });
});

describe('balancedWrap', () => {
  it('splits a two-line CJK name near its middle instead of leaving one character alone', async () => {
    const { balancedWrap } = await import('../../src/layout/sankey-labels.js');
    const { wrapText } = await import('../../src/layout/text-width.js');
    expect(wrapText('社会保障和就业支出', 100, 12, 2).lines).to.deep.equal(['社会保障和就业支', '出']);
    expect(balancedWrap('社会保障和就业支出', 100, 12).lines).to.deep.equal(['社会保障和', '就业支出']);
  });
  it('never breaks a Latin word or a bracket from its word to balance', async () => {
    const { balancedWrap } = await import('../../src/layout/sankey-labels.js');
    expect(balancedWrap('Basic expenditure', 90, 12).lines).to.deep.equal(['Basic', 'expenditure']);
    expect(balancedWrap('Public (office) costs', 100, 12).lines).to.deep.equal(['Public', '(office) costs']);
  });
});
