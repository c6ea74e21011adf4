import { expect } from '@open-wc/testing';
import { chooseUnit, convert, formatAmount, resolveUnit } from '../../src/format/units.js';
import { formatNumber, roundTo } from '../../src/format/number.js';
import { resolveLang, interpolate, t, COMMON } from '../../src/format/messages.js';

describe('format/units', () => {
  it('converts between 元, 万元 and 亿元 and keeps null', () => {
    expect(convert(6443.6, '万元', '元')).to.equal(64436000);
    expect(convert(12000, '元', '万元')).to.equal(1.2);
    expect(convert(null, '万元', '元')).to.equal(null);
  });
  it('chooses the largest unit in which the biggest amount is at least 1', () => {
    expect(chooseUnit([6443.6, 17.98], '万元')).to.equal('万元');
    expect(chooseUnit([12000, 300], '元')).to.equal('万元');
    expect(chooseUnit([9999], '元')).to.equal('元');
    expect(chooseUnit([25000, null], '万元')).to.equal('亿元');
    expect(resolveUnit('元', [25000], '万元')).to.equal('元');
  });
  it('prints amounts with the unit in each language; blank is a dash, zero is zero', () => {
    expect(formatAmount(6443.6, '万元', '万元', 'zh-CN')).to.equal('6,443.60万元');
    expect(formatAmount(6443.6, '万元', '亿元', 'en')).to.equal('0.64 100m yuan');
    expect(formatAmount(null, '万元', '万元', 'zh-CN')).to.equal('—');
    expect(formatAmount(0, '万元', '万元', 'zh-CN')).to.equal('0.00万元');
  });
  it('rounds half away from zero like the printed tables, without -0', () => {
    expect(roundTo(1.005)).to.equal(1.01);
    expect(roundTo(-2.675)).to.equal(-2.68);
    expect(formatNumber(-0.001, 'en')).to.equal('0.00');
    expect(formatNumber(1234567.891, 'zh-CN')).to.equal('1,234,567.89');
  });
});

describe('format/messages', () => {
  it('resolves languages to zh-CN or en', () => {
    expect(resolveLang('en-GB')).to.equal('en');
    expect(resolveLang('zh')).to.equal('zh-CN');
    expect(resolveLang(undefined)).to.equal('zh-CN');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
    expect(t(COMMON, 'others', 'zh-CN', { count: 3 })).to.equal('其他 (3项)');
    expect(t(COMMON, 'others', 'en', { count: 3 })).to.equal('Other (3 items)');
  });
  it('has every common message in both languages', () => {
    for (const [key, entry] of Object.entries(COMMON)) {
      expect(entry['zh-CN'], key).to.be.a('string').and.not.empty;
      expect(entry.en, key).to.be.a('string').and.not.empty;
    }
  });
});

describe('format/number: small amounts', () => {
  it('keeps two significant digits where two decimals would print 0.00', async () => {
    const { formatAmountNumber } = await import('../../src/format/number.js');
    expect(formatAmountNumber(0.0017980, 'zh-CN')).to.equal('0.0018');
    expect(formatAmountNumber(0.004, 'en')).to.equal('0.0040');
    expect(formatAmountNumber(0, 'en')).to.equal('0.00');
    expect(formatAmountNumber(12.345, 'en')).to.equal('12.35');
    expect(formatAmountNumber(null, 'en')).to.equal('—');
  });
});
