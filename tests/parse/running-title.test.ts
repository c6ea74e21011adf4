// The document's running title printed between two rows of a table (a page head without a form
// feed) is page furniture, also when it names the part of the document ("…2026 年部门预算情况
// 说明", "…部门决算公开"): its year is never read as an amount (a damaged 重庆水利 text read
// "2026" as a row of 表4 and the audit reported its sources as not adding up).
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const TITLES = ['测试市版式局 2021 年部门决算情况说明', '测试市版式局2021年度部门决算公开', '测试市版式局2021年部门决算'];

describe('parse: a running title inside a table is furniture', () => {
  for (const title of TITLES) {
    it(title, async () => {
      const text = await fixtureText('variants/tables-space-merged.txt');
      const baseline = parse(text);
      const lines = text.split('\n');
      // Between two coded rows of the last table.
      let at = -1;
      lines.forEach((line, i) => {
        if (i > 0 && /^\s*\d{5,7}\s/.test(line) && /^\s*\d{3,7}\s/.test(lines[i - 1]!)) at = i;
      });
      expect(at).to.be.greaterThan(0);
      lines.splice(at, 0, `${' '.repeat(30)}${title}`);
      const result = parse(lines.join('\n'));
      expect(result.warnings.map((w) => w.code)).to.deep.equal(baseline.warnings.map((w) => w.code));
      expect(JSON.stringify(Object.values(result.document!.tables).map((t) => (t as { rows?: { values: unknown }[] }).rows?.map((r) => r.values)))).to.equal(
        JSON.stringify(Object.values(baseline.document!.tables).map((t) => (t as { rows?: { values: unknown }[] }).rows?.map((r) => r.values))),
      );
    });
  }
});
