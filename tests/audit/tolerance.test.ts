import { expect } from '@open-wc/testing';
import { amountVerdict, coarserUnit, decimalsOf, inUnit, percentVerdict } from '../../src/audit/tolerance.js';

describe('audit/tolerance', () => {
  it('accepts only no gap at all (under half a printed cent)', () => {
    expect(amountVerdict(0, 3)).to.equal('ok');
    expect(amountVerdict(0.004, 1)).to.equal('ok'); // 6,443.6012 (a 元 figure in 万元) vs 6,443.60
    // 0.1 + 0.2 − 0.3 in floating point is 5.6e-17
    expect(amountVerdict(0.1 + 0.2 - 0.3, 3)).to.equal('ok');
  });
  it('reports a gap of one printed cent as a rounding note, never silence', () => {
    // Real slips: 46.20 vs 46.21 (三公 parts vs total), 326.71 vs 326.72 (表1 vs 表3).
    expect(amountVerdict(46.21 - 46.2, 3)).to.equal('rounding');
    expect(amountVerdict(326.71 - 326.72, 1)).to.equal('rounding');
    expect(amountVerdict(5381.03 - 5381.02, 3)).to.equal('rounding');
  });
  it('calls a gap up to max(0.05, 0.005·n) rounding', () => {
    expect(amountVerdict(0.03, 11)).to.equal('rounding');
    expect(amountVerdict(0.05, 2)).to.equal('rounding');
    expect(amountVerdict(0.06, 12)).to.equal('rounding');
    expect(amountVerdict(0.06, 11)).to.equal('error');
  });
  it('calls a larger gap an error', () => {
    expect(amountVerdict(0.051, 2)).to.equal('error');
    expect(amountVerdict(-5, 3)).to.equal('error');
  });
  it('allows 1 元 per term in 元 tables', () => {
    expect(amountVerdict(0, 3, '元')).to.equal('ok');
    expect(amountVerdict(1, 3, '元')).to.equal('rounding');
    expect(amountVerdict(4, 3, '元')).to.equal('rounding');
    expect(amountVerdict(8, 8, '元')).to.equal('rounding');
    expect(amountVerdict(9, 8, '元')).to.equal('error');
  });
  it('accepts a recomputed percentage within 0.01 pp', () => {
    expect(percentVerdict(50.37, 6539.32 / 12982.92 * 100)).to.equal('ok');
    expect(percentVerdict(140.9, (6443.6 / 4573.24) * 100)).to.equal('ok');
  });
  it('allows a percentage printed with one decimal its own rounding', () => {
    expect(decimalsOf(69.4)).to.equal(1);
    expect(percentVerdict(69.4, 69.44)).to.equal('ok');
  });
  it('calls up to 0.1 pp rounding when the inputs were rounded, and more an error', () => {
    expect(percentVerdict(44.8, 44.75 - 0.02)).to.equal('rounding');
    expect(percentVerdict(44.8, 44.75 - 0.02, false)).to.equal('error');
    expect(percentVerdict(45, 44.75)).to.equal('ok'); // "45%" printed whole may be 44.75
    expect(percentVerdict(45.5, 44.75)).to.equal('error');
  });
  it('compares amounts of different units in the coarser unit', () => {
    expect(coarserUnit('元', '万元')).to.equal('万元');
    expect(coarserUnit('亿元', '万元')).to.equal('亿元');
    expect(inUnit(64436000, '元', '万元')).to.equal(6443.6);
    expect(inUnit(null, '元', '万元')).to.equal(null);
  });
});
