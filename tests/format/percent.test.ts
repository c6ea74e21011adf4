import { expect } from '@open-wc/testing';
import { shares, rate, formatPercent, formatShare } from '../../src/format/percent.js';

describe('format/percent', () => {
  it('rounds shares with the largest remainder so they add up to exactly 100', () => {
    const result = shares([1, 1, 1]) as number[];
    expect(result).to.deep.equal([33.4, 33.3, 33.3]);
    expect(result.reduce((a, b) => a + b, 0)).to.be.closeTo(100, 1e-9);
  });
  it('keeps the sample expenditure split at 16.4 / 83.6', () => {
    expect(shares([1057.22, 5386.38])).to.deep.equal([16.4, 83.6]);
  });
  it('keeps null as null and gives zero to non-positive parts', () => {
    expect(shares([null, 0, 5])).to.deep.equal([null, 0, 100]);
  });
  it('has no shares when nothing is positive', () => {
    expect(shares([0, null])).to.deep.equal([0, null]);
  });
  it('computes a rate or null when the whole is zero', () => {
    expect(rate(6443.6, 4573.24)!).to.be.closeTo(140.898, 0.001);
    expect(rate(1, 0)).to.equal(null);
    expect(formatPercent(16.407, 'en')).to.equal('16.4%');
  });
  it('never prints a nonzero percentage as 0.0%', () => {
    expect(formatPercent(0.04, 'zh-CN')).to.equal('<0.1%');
    expect(formatPercent(-0.04, 'en')).to.equal('>-0.1%');
    expect(formatPercent(0.05, 'en')).to.equal('0.1%');
    expect(formatPercent(0, 'en')).to.equal('0.0%');
  });
  it('prints a tiny part whose largest-remainder share is 0 as <0.1%', () => {
    const parts = [0.01, 6443.59];
    const [tiny, big] = shares(parts) as number[];
    expect(tiny).to.equal(0);
    expect(formatShare(tiny, parts[0], 'zh-CN')).to.equal('<0.1%');
    expect(formatShare(big, parts[1], 'en')).to.equal('100.0%');
    expect(formatShare(0, 0, 'en')).to.equal('0.0%');
  });
});

describe('rate with negatives', () => {
  it('is no rate when either side is negative (a printed refund), nor against a zero budget', async () => {
    const { rate } = await import('../../src/format/percent.js');
    expect(rate(-3.5, 964.42)).to.equal(null);
    expect(rate(3.5, -964.42)).to.equal(null);
    expect(rate(3.5, 0)).to.equal(null);
    expect(rate(50, 200)).to.equal(25);
  });
});
