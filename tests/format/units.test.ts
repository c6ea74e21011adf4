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
    expect(chooseUnit([12000, 3000], '元')).to.equal('万元');
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
    expect(formatAmountNumber(0.004, 'en')).to.equal('0.004');
    expect(formatAmountNumber(0, 'en')).to.equal('0.00');
    expect(formatAmountNumber(12.345, 'en')).to.equal('12.35');
    expect(formatAmountNumber(null, 'en')).to.equal('—');
  });
});

describe('format: no nonzero amount prints as zero or with noise digits', () => {
  it('prints amounts too small for four decimals as "<0.0001", never "0.00000000"', async () => {
    const { formatAmountNumber } = await import('../../src/format/number.js');
    // 0.40 元 in a 300 亿元 document shown in 亿元: 0.000000004 亿元.
    expect(formatAmount(0.4, '元', '亿元', 'zh-CN')).to.equal('<0.0001亿元');
    expect(formatAmount(0.4, '元', '亿元', 'en')).to.equal('<0.0001 100m yuan');
    expect(formatAmountNumber(-0.4e-8, 'en')).to.equal('>-0.0001');
    // 17.98 万元 and 10 万元 in 亿元: two significant digits, no trailing zeros it does not need.
    expect(formatAmount(17.98, '万元', '亿元', 'zh-CN')).to.equal('0.0018亿元');
    expect(formatAmount(10, '万元', '亿元', 'zh-CN')).to.equal('0.001亿元');
    expect(formatAmount(2417.98, '万元', '亿元', 'zh-CN')).to.equal('0.24亿元');
    // Float noise from a conversion never shows.
    expect(formatAmountNumber(0.1 + 0.2, 'en')).to.equal('0.30');
    expect(formatAmountNumber(0.00012000000000000001, 'en')).to.equal('0.0001');
  });

  // Found by QA: with unit="亿元" on the sample, 公用经费 144.21 万元 was labelled "0.01" and
  // 人员经费 913.01 万元 "0.09" (one significant digit, off by 30%), while the smaller 17.98
  // 万元 beside them read "0.0018": the smaller amount was printed more precisely.
  it('keeps two significant digits for every amount below 0.1 of the unit, not only below 0.01', async () => {
    const { formatAmountNumber } = await import('../../src/format/number.js');
    expect(formatAmount(144.21, '万元', '亿元', 'zh-CN')).to.equal('0.014亿元');
    expect(formatAmount(913.01, '万元', '亿元', 'en')).to.equal('0.091 100m yuan');
    expect(formatAmountNumber(-0.0144, 'en')).to.equal('-0.014');
    // The documents' own two-decimal amounts print as before.
    expect(formatAmountNumber(0.05, 'en')).to.equal('0.05');
    expect(formatAmountNumber(0.01, 'en')).to.equal('0.01');
    expect(formatAmountNumber(0.1, 'en')).to.equal('0.10');
    expect(formatAmountNumber(0.0999, 'en')).to.equal('0.10');
  });

  it('rounds amounts too large for a scale factor instead of overflowing to Infinity', () => {
    expect(roundTo(1e303, 2)).to.equal(1e303);
    expect(roundTo(-1.7e308, 2)).to.equal(-1.7e308);
    expect(roundTo(9e15, 2)).to.equal(9e15);
    expect(formatNumber(1e303, 'en')).not.to.equal('—');
  });
});

describe('format: the automatic unit keeps the smallest shown amount readable', () => {
  it('chooses a finer unit when the smallest amount would print with one significant digit', () => {
    // A 2.21 亿元 department whose smallest flow is 200 万元: 0.02 亿元 → 万元.
    expect(chooseUnit([22100, 200, 21900], '万元')).to.equal('万元');
    expect(resolveUnit('auto', [22100, 200, 21900], '万元')).to.equal('万元');
    // The smallest at 0.12 亿元 keeps two digits: 亿元 stays.
    expect(chooseUnit([22100, 1200], '万元')).to.equal('亿元');
    // 0.095 亿元 prints 0.10; 0.094 prints 0.09.
    expect(chooseUnit([22100, 950], '万元')).to.equal('亿元');
    expect(chooseUnit([22100, 940], '万元')).to.equal('万元');
    // 300 元 among 12,000 元 is 0.03 万元: stays in 元.
    expect(chooseUnit([12000, 300], '元')).to.equal('元');
    // Zeros and blanks are not amounts to keep readable.
    expect(chooseUnit([22100, 0, null, 2000], '万元')).to.equal('亿元');
  });

  it('never goes finer than the document\'s own unit, which holds every printed digit', () => {
    // 0.01 万元 printed in a 万元 table stays 万元 (0.01), not 100.00 元.
    expect(chooseUnit([6443.6, 0.01], '万元')).to.equal('万元');
    // A 0.40 元 row in a 300 亿元 document printed in 元 is shown in 元.
    expect(chooseUnit([3e10, 0.4], '元')).to.equal('元');
  });
});

describe('chooseUnit with nothing but zeros', () => {
  it('keeps the document unit (an all-zero 三公 table reads 0.00万元, not 0.00元)', () => {
    expect(chooseUnit([0, 0, null], '万元')).to.equal('万元');
    expect(chooseUnit([], '元')).to.equal('元');
  });
});
