// Chinese must actually render. With the CJK font removed every other test still passed: text
// widths are estimated (src/layout/text-width.ts), and boxes ("tofu") draw as happily as glyphs.
import { expect } from '@open-wc/testing';
import { sampleDocument } from '../helpers/fixtures.js';
import { sankeyAt, shadow } from './helpers.js';

/** The pixels of one character drawn at `size` px in `family`, as a string to compare. */
function bitmap(char: string, family: string, size: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * 2;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.font = `${size}px ${family}`;
  context.textBaseline = 'middle';
  context.fillText(char, size / 2, size);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let alpha = '';
  for (let i = 3; i < data.length; i += 4) alpha += data[i]! > 127 ? '1' : '0';
  return alpha;
}

describe('Chinese renders in the widget font', () => {
  it('draws a CJK glyph at CJK width, not a box', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(960, (element) => (element.data = doc));
    const label = shadow(el).querySelector('text[part~="label"]')!;
    const style = getComputedStyle(label);
    const family = style.fontFamily;
    const size = parseFloat(style.fontSize);
    expect(size).to.be.at.least(12);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${size}px ${family}`;
    // A CJK ideograph is a full em wide; a digit about half that.
    expect(context.measureText('财').width).to.be.at.least(0.9 * size);
    expect(context.measureText('0').width).to.be.below(0.75 * size);
    // Glyphs, not boxes: two ideographs draw differently, and unlike a missing glyph (U+0378
    // is unassigned) — with no CJK font all three are the same .notdef box.
    const [cai, zi, missing] = ['财', '资', '\u0378'].map((char) => bitmap(char, family, 24));
    expect(cai).to.match(/1/);
    expect(cai).not.to.equal(zi);
    expect(cai).not.to.equal(missing);
    expect(zi).not.to.equal(missing);
    // And the label itself is as wide as its ideographs.
    const first = label.querySelector('tspan')!;
    const text = first.textContent!.trim();
    const ideographs = [...text].filter((char) => /\p{Script=Han}/u.test(char)).length;
    expect(ideographs).to.be.greaterThan(3);
    expect((first as SVGTextContentElement).getComputedTextLength()).to.be.at.least(0.9 * size * ideographs);
  });
});
