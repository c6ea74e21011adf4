// 三公 group words (预算数 | 决算数) printed flush over their first leaf, one character off —
// found by the metamorphic suite (one gap per line widened by one): the 决算数 group began one
// character right of its 合计, that 合计 fell into the 预算数 group, and the 决算 total was lost
// without a warning; two characters off, the words were taken for centred ones and the budget's
// 公务接待费 was read as the 决算's (tables/three-public.ts, groupsByMarker).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { SAMPLE_TEXT, fixtureText } from '../helpers/fixtures.js';
import { toSpaceAligned } from './helpers.js';

describe('parse: 三公 group words one character off their first leaf', () => {
  for (const shift of [0, 1, 2]) {
    it(`决算数 ${shift} character(s) right of its 合计: both totals read`, async () => {
      const lines = toSpaceAligned(await fixtureText(SAMPLE_TEXT)).split('\n');
      const at = lines.findIndex((l) => /^预算数\s+决算数$/.test(l));
      expect(at, 'the group line of 公开07表').to.be.greaterThan(0);
      lines[at] = lines[at]!.replace(/\s+决算数$/, (m) => ' '.repeat(shift) + m);
      const t7 = parse(lines.join('\n')).document!.tables.t7!;
      expect(t7.budget!.total).to.equal(4);
      expect(t7.budget!.reception).to.equal(4);
      expect(t7.final!.total).to.equal(1.79);
      expect(t7.final!.reception).to.equal(1.79);
    });
  }
});
