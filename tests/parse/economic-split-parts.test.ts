// 表6 split into 合计 | 人员经费 | 公用经费 whose last rows (303 对个人和家庭的补助 and its 款) sit on a
// page pdftotext laid out apart, without the header: each prints its 合计 and one equal part, and
// which part is blank no position on that page can tell (columns-ambiguous, 苏州 2026 公开08表
// lines 643-647). The table's sums do: 301 + 303 make the 人员经费 合计 (10,728.72 + 849.01 =
// 11,577.73) and 302 the 公用经费 合计, so 303 is 人员经费, and its 款 add up to it there
// (tables/split-parts.ts). Several or no choices that add up leave the doubt.
// Synthetic text: tests/fixtures/variants/economic-split-page-apart.txt (that layout, invented
// department); expected cells read from the text by hand.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const doubts = (result: ReturnType<typeof parse>) => result.warnings.filter((w) => w.code === 'columns-ambiguous').map((w) => w.line);
const parts303 = (result: ReturnType<typeof parse>) =>
  result.document!.tables.t6!.rows.filter((r) => r.code.startsWith('303')).map((r) => [r.code, r.amount, r.personnel, r.public]);

describe('parse 表6: a 合计 and one equal part on a page laid out apart', () => {
  it('takes the part the sums tell (人员经费) and withdraws the doubt', async () => {
    const result = parse(await fixtureText('variants/economic-split-page-apart.txt'));
    expect(doubts(result)).to.deep.equal([]);
    expect(parts303(result)).to.deep.equal([
      ['303', 849.01, 849.01, null],
      ['30302', 804.46, 804.46, null],
      ['30305', 22.76, 22.76, null],
      ['30309', 0.38, 0.38, null],
      ['30399', 21.41, 21.41, null],
    ]);
  });

  it('keeps the doubt when no choice adds up (a 人员经费 合计 that matches neither)', async () => {
    const text = (await fixtureText('variants/economic-split-page-apart.txt')).replace('11,577.73', '11,500.00');
    expect(doubts(parse(text))).to.have.length(5);
  });

  it('real: 苏州 2026 公开08表, 303 and its 款 under 人员经费, no doubt left', async () => {
    const result = parse(await fixtureText('real/suzhou-ziranziyuan-2026-budget.layout.txt'));
    expect(doubts(result)).to.deep.equal([]);
    expect(parts303(result)[0]).to.deep.equal(['303', 849.01, 849.01, null]);
    expect(parts303(result)[4]).to.deep.equal(['30399', 21.41, 21.41, null]);
  });
});
