// A widget checks the core (version, metadata, tables) and the parts it draws, exactly as
// `validate` does; parts it does not draw are neither checked nor handed on (src/schema/parts.ts).
import { expect } from '@open-wc/testing';
import { validate, validateJson } from '../../src/schema/validate.js';
import { Disclosure } from '../../src/schema/disclosure.js';
import { Narrative } from '../../src/schema/narrative.js';
import { Performance } from '../../src/schema/performance.js';
import { everyPart, partsValidator } from '../../src/schema/parts.js';
import { minimalDocument } from '../helpers/minimal-document.js';

function variant(change: (doc: any) => void): unknown {
  const doc: any = structuredClone(minimalDocument());
  change(doc);
  return doc;
}

const brokenCore: [string, unknown][] = [
  ['a year as a string', variant((doc) => (doc.meta.year = '2021'))],
  ['no tables and no meta', variant((doc) => { delete doc.tables; delete doc.meta; })],
  ['an unknown table', variant((doc) => (doc.tables.t10 = {}))],
  ['an unknown top-level key', variant((doc) => (doc.narative = {}))],
  ['an amount as text', variant((doc) => (doc.tables.t3.rows[0].values.total = '6,443.60'))],
  ['not an object', 'hello'],
];

const brokenNarrative = variant((doc) => (doc.narrative = { comparisons: [{ subject: 'grandTotal', label: '收支总计', current: '12' }] }));
const brokenPerformance = variant((doc) => (doc.performance = { scorecards: 'none' }));

describe('schema/parts: validating the parts a widget draws', () => {
  it('has the same top-level keys as the whole document, so a new part cannot be missed', () => {
    const whole = Object.keys((Disclosure as any).pipe?.[0]?.entries ?? (Disclosure as any).entries);
    const probe = partsValidator({}).value(variant((doc) => { doc.narrative = {}; doc.performance = {}; }));
    expect(probe.ok).to.equal(true);
    expect(whole).to.deep.equal(['$schema', 'schemaVersion', 'meta', 'tables', 'narrative', 'performance', 'otherTables']);
    for (const key of whole.filter((key) => key !== '$schema')) {
      expect(partsValidator({}).value(variant((doc) => delete doc[key])).problems?.map((p) => p.path) ?? [], key).to.deep.equal(
        validate(variant((doc) => delete doc[key])).problems?.map((p) => p.path) ?? [],
      );
    }
  });

  for (const [name, doc] of brokenCore) {
    it(`reports ${name} exactly as validate does, whatever parts are drawn`, () => {
      const expected = validate(doc);
      expect(expected.ok).to.equal(false);
      for (const validator of [partsValidator({}), partsValidator({ narrative: Narrative }), partsValidator({ performance: Performance }), everyPart]) {
        expect(validator.value(doc)).to.deep.equal(expected);
      }
    });
  }

  it('reports a drawn part exactly as validate does', () => {
    const narrative = validate(brokenNarrative);
    expect(narrative.problems?.[0]?.path).to.equal('$.narrative.comparisons[0].current');
    expect(partsValidator({ narrative: Narrative }).value(brokenNarrative)).to.deep.equal(narrative);
    const performance = validate(brokenPerformance);
    expect(performance.problems?.[0]?.path).to.equal('$.performance.scorecards');
    expect(partsValidator({ performance: Performance }).value(brokenPerformance)).to.deep.equal(performance);
  });

  it('neither checks nor hands on a part that is not drawn, and leaves the caller object alone', () => {
    const before = structuredClone(brokenNarrative);
    const result = partsValidator({ performance: Performance }).value(brokenNarrative);
    expect(result.ok).to.equal(true);
    expect(result.document!.narrative).to.equal(undefined);
    expect(result.document!.tables.t3!.rows[0]!.values.total).to.equal(10);
    expect(brokenNarrative).to.deep.equal(before);
  });

  it('keeps a drawn part that is valid', () => {
    const doc = variant((doc) => (doc.narrative = { notes: ['说明'] }));
    expect(partsValidator({ narrative: Narrative }).value(doc).document!.narrative).to.deep.equal({ notes: ['说明'] });
  });

  it('reads JSON text as validateJson does', () => {
    for (const text of ['{"schemaVersion": 1,', JSON.stringify(brokenCore[0]![1]), JSON.stringify(minimalDocument())]) {
      expect(partsValidator({}).json(text)).to.deep.equal(validateJson(text));
    }
  });
});
