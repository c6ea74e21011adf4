import { expect } from '@open-wc/testing';
import { BAR_HEIGHT, fillOf, layoutDotStrip, layoutScoreFigure, type BarInput } from '../../src/layout/score-bars.js';

const inputs: BarInput[] = [
  { key: 'total', label: '自评总分', value: 95, max: 100, valueText: '95.00 / 100.00', ticks: [60, 80, 90] },
  { key: 'funds', label: '年度资金总额', value: 5, max: 10, valueText: '5.00 / 10.00' },
  { key: 'outcome', label: '效益指标', value: 35, max: 30, valueText: '35.00 / 30.00' },
  { key: 'none', label: '满意度指标', value: null, max: null, valueText: '— / —' },
];

describe('fillOf', () => {
  it('scales on the fixed maximum and marks a value above it, without clipping silently', () => {
    expect(fillOf(95, 100, 200)).to.deep.equal({ fill: 190, over: false });
    expect(fillOf(35, 30, 120)).to.deep.equal({ fill: 120, over: true });
  });

  it('draws nothing for a blank value or a blank or zero maximum', () => {
    expect(fillOf(null, 100, 200)).to.deep.equal({ fill: 0, over: false });
    expect(fillOf(5, null, 200)).to.deep.equal({ fill: 0, over: false });
    expect(fillOf(5, 0, 200)).to.deep.equal({ fill: 0, over: false });
  });
});

describe('layoutScoreFigure', () => {
  for (const width of [1200, 640, 360, 320]) {
    it(`keeps rows apart and inside ${width} px`, () => {
      const figure = layoutScoreFigure(inputs, width);
      expect(figure.stacked).to.equal(width < 480);
      for (let i = 1; i < figure.bars.length; i++) {
        const above = figure.bars[i - 1]!;
        const below = figure.bars[i]!;
        const aboveBottom = Math.max(above.barY + BAR_HEIGHT, above.labelY + (above.labelLines.length - 1) * 16);
        expect(below.labelY - 12, `row ${i} label`).to.be.at.least(aboveBottom);
      }
      for (const bar of figure.bars) {
        expect(bar.barX + bar.trackWidth).to.be.at.most(width);
        expect(bar.fillWidth).to.be.at.most(bar.trackWidth);
        for (const tick of bar.ticks) expect(tick.x).to.be.within(bar.barX, bar.barX + bar.trackWidth);
      }
      expect(figure.fontSize).to.be.at.least(12);
    });
  }

  it('puts ticks at 60, 80 and 90 on the 0–100 total', () => {
    const bar = layoutScoreFigure(inputs, 1000).bars[0]!;
    expect(bar.ticks.map((tick) => Math.round(((tick.x - bar.barX) / bar.trackWidth) * 100))).to.deep.equal([60, 80, 90]);
    expect(layoutScoreFigure(inputs, 1000).bars[2]!.over).to.equal(true);
  });
});

describe('layoutDotStrip', () => {
  it('moves a dot that would touch another to the next lane, so none overlaps', () => {
    const points = [95, 95.5, 96, 20, 95.2].map((value, i) => ({ key: String(i), value }));
    const { dots, lanes } = layoutDotStrip(points, 300, 5);
    expect(dots.length).to.equal(5);
    expect(lanes).to.be.greaterThan(1);
    for (const a of dots)
      for (const b of dots) if (a !== b) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${a.key}-${b.key}`).to.be.at.least(10);
  });
});
