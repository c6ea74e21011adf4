// 表6 (code | name | amount) whose second page pdftotext printed two characters to the right,
// codes and all — found by the metamorphic suite ("a: pages shifted", 江苏省人民检察院 2019 公开
// 07表 续). The grid learned from both pages has one column more than either page: "合   计"
// fell into two columns and its total was lost, and a row whose name wrapped above and below
// (30108 机关事业单位基本养老保险缴费) lost its amount two columns on — both silently, the
// table then kept as read-with-loss (tables/economic.ts: readTotals, readGroups).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const FILE = 'real/jiangsu-jianchayuan-2019-budget.layout.txt';

describe('parse: 表6 with a page printed two characters to the right', () => {
  for (const shift of [0, 2]) {
    it(`second page moved by ${shift}: the total and every amount read`, async () => {
      const pages = (await fixtureText(FILE)).split('\f');
      // Page 19 (0-based 18) continues 一般公共预算基本支出预算表 from 30103 奖金.
      expect(pages[18]).to.match(/(?:^|\n)30103\s+奖金/);
      pages[18] = pages[18]!.split('\n').map((l) => (l.trim() === '' ? l : ' '.repeat(shift) + l)).join('\n');
      const result = parse(pages.join('\f'));
      const t6 = result.document!.tables.t6!;
      expect(t6.totals.total?.amount).to.equal(15844.04);
      const byCode = Object.fromEntries(t6.rows.map((r) => [r.code, r.amount]));
      expect(byCode['30108']).to.equal(1064.46);
      expect(byCode['30103']).to.equal(180.14);
      expect(byCode['30101']).to.equal(2171.78);
      expect(result.document!.otherTables?.filter((t) => t.of === 't6' && t.reason === 'read-with-loss') ?? []).to.deep.equal([]);
    });
  }
});
