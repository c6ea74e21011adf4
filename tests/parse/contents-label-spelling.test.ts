// After a label listing (西安交通 2022: "表1 2022年部门综合预算收支总表" … "表16 …", then "表1"
// on a line of its own over the first table), found by the metamorphic suite:
// - the lone label spelled "表一" was taken for one more entry of the listing, which then
//   swallowed the first table's title (pages.ts, TABLE_FURNITURE: labels in any numbering);
// - a title printing its unit ("…收支总表（单位：万元）") was taken for the 单位 line of the last
//   listing entry, which then became a table over the real one (table-regions.ts, isUnitLine).
// Either way 表1 was read from its continuation page only.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const FILE = 'real/xian-jiaotong-2022-budget.layout.txt';

async function t1After(change: (lines: string[]) => void) {
  const lines = (await fixtureText(FILE)).split('\n');
  expect(lines[346]!.trim()).to.equal('表1');
  expect(lines[349]!.trim()).to.equal('2022年部门综合预算收支总表');
  expect(lines[350]).to.match(/金额单位：万元$/);
  change(lines);
  const t1 = parse(lines.join('\n')).document!.tables.t1!;
  return { line: t1.source?.line, unit: t1.unit };
}

describe('parse: the first table after a label listing', () => {
  it('as printed: 表1 starts on line 350', async () => {
    expect(await t1After(() => undefined)).to.deep.equal({ line: 350, unit: '万元' });
  });

  it('its lone label spelled 表一', async () => {
    expect(await t1After((lines) => (lines[346] = '表一'))).to.deep.equal({ line: 350, unit: '万元' });
  });

  it('its unit printed on the title line', async () => {
    const result = await t1After((lines) => {
      lines[349] = lines[349]!.trimEnd() + '（单位：万元）';
      lines[350] = lines[350]!.replace('金额单位：万元', '');
    });
    expect(result).to.deep.equal({ line: 350, unit: '万元' });
  });
});
