import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import { generateDocument } from '../helpers/generate-document.js';

describe('audit on generated documents', () => {
  it('finds nothing in documents that are consistent by construction, small to large', () => {
    for (const [classes, itemsPerClass, subitemsPerItem, seed] of [
      [3, 2, 2, 1],
      [10, 5, 4, 7],
      [27, 4, 3, 42],
    ] as const) {
      const findings = audit(generateDocument({ classes, itemsPerClass, subitemsPerItem, seed }));
      // Generated documents carry 表1, 3, 4, 5 and 6 only: the completeness rule names the others.
      const lacking = findings.filter((f) => f.rule === 'R37').map((f) => f.fields?.[0]?.path);
      expect(lacking, `seed ${seed}`).to.deep.equal(['tables.t2', 'tables.t7', 'tables.t8', 'tables.t9']);
      expect(findings.filter((f) => f.rule !== 'R37').map((f) => `${f.rule} ${f.message.en}`), `seed ${seed}`).to.deep.equal([]);
    }
  });

  it('finds a changed 项 amount through the hierarchy rule, naming its 款', () => {
    const doc = generateDocument({ classes: 5, itemsPerClass: 3, subitemsPerItem: 2, seed: 3 });
    const row = doc.tables.t3!.rows.find((r) => r.code.length === 7)!;
    row.values.total = (row.values.total ?? 0) + 1;
    row.values.project = (row.values.project ?? 0) + 1;
    const hierarchy = audit(doc).filter((f) => f.rule === 'R08');
    expect(hierarchy.length).to.be.greaterThan(0);
    expect(hierarchy.every((f) => f.severity === 'error')).to.equal(true);
    expect(hierarchy.some((f) => f.cells.some((c) => c.table === 't3' && c.row === row.code.slice(0, 5)))).to.equal(true);
  });
});
