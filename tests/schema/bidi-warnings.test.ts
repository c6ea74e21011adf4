// bidiWarnings spells out the JSON path of each string with an unpaired bidi control, and
// only of those (the walk keeps keys, not paths, for the strings that are fine).
import { expect } from '@open-wc/testing';
import { bidiWarnings } from '../../src/schema/bidi-warnings.js';
import { validate } from '../../src/schema/validate.js';
import { minimalDocument } from '../helpers/minimal-document.js';

describe('bidiWarnings', () => {
  it('names the path of every unpaired control, arrays and odd keys included', () => {
    const warnings = bidiWarnings({ a: ['fine', '\u202e坏'], 'odd key': { b: '\u2067x' }, c: '\u2066ok\u2069', d: [[1, '\u202c']] });
    expect(warnings.map((w) => w.path)).to.deep.equal(['$.a[1]', '$["odd key"].b', '$.d[0][1]']);
    expect(warnings[0]!.found).to.equal('U+202E坏');
  });

  it('reaches validate(): a row name of 公开03表', () => {
    const doc = minimalDocument();
    doc.tables.t3!.rows[1]!.name = '人大\u202e事务';
    const result = validate(doc);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.warnings.map((w) => w.path)).to.deep.equal(['$.tables.t3.rows[1].name']);
  });
});
