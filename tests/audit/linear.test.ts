// The audit's cost grows like the document, counted rather than timed (timing belongs in
// `npm run bench`): every read of a row of 表3 and 表5 is counted, and the reads per row must
// not grow with the table. A rule that scans the table once per 类 or 款 (as R08 once did:
// 125 M row visits at ~34,000 flows) reads each row hundreds of times on the larger document.
import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { generateDocument } from '../helpers/generate-document.js';

/** A generated document whose 表3 and 表5 rows count every element read. */
function counted(itemsPerClass: number): { doc: Disclosure; rows: number; reads: () => number } {
  const doc = generateDocument({ classes: 27, itemsPerClass, subitemsPerItem: 4, seed: 1 });
  let reads = 0;
  let rows = 0;
  for (const id of ['t3', 't5'] as const) {
    const table = doc.tables[id]!;
    rows += table.rows.length;
    table.rows = new Proxy(table.rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
  }
  return { doc, rows, reads: () => reads };
}

describe('audit cost', () => {
  it('reads each row of a classification table a fixed number of times, whatever its size', () => {
    const perRow = [2, 16].map((itemsPerClass) => {
      const { doc, rows, reads } = counted(itemsPerClass);
      // Generated documents lack 表2, 7, 8 and 9: only the completeness rule says so.
      expect(audit(doc).filter((f) => f.rule !== 'R37'), 'a generated document passes every other rule').to.deep.equal([]);
      return reads() / rows;
    });
    // 27 × 2 × 4 = 216 项 (297 rows per table) and 27 × 16 × 4 = 1,728 项 (2,187 rows).
    expect(perRow[0], 'reads per row, small document').to.be.at.most(10);
    expect(perRow[1], 'reads per row, 8× the rows').to.be.at.most(10);
  });
});
