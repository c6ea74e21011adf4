import { expect } from '@open-wc/testing';
import { cleanDocument, edit, fieldPaths, findingsOf } from './documents.js';

describe('audit/rules/completeness (R37)', () => {
  it('passes a document with all nine tables, empty ones included', () => {
    expect(findingsOf(cleanDocument(), 'R37')).to.deep.equal([]);
  });
  it('names each table a document lacks, by the title its kind uses', () => {
    const [f, ...rest] = findingsOf(edit((d) => delete d.tables.t9), 'R37');
    expect(rest).to.have.length(0);
    expect([f!.name, f!.severity, f!.expected]).to.deep.equal(['document-complete', 'warning', '国有资本经营预算财政拨款支出决算表']);
    expect(fieldPaths(f)).to.deep.equal(['tables.t9']);
    const budget = edit((d) => {
      d.meta.kind = 'budget';
      delete d.tables.t7;
    });
    expect(findingsOf(budget, 'R37').map((x) => x.expected)).to.deep.equal(['“三公”经费支出表']);
  });
  it('does not list nine missing tables for a 情况说明 published without its tables', () => {
    expect(findingsOf(edit((d) => (d.tables = {})), 'R37')).to.deep.equal([]);
  });
});
