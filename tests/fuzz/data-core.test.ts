// Property tests of the data core: validate, audit and parse on mutated documents and texts
// (tests/helpers/mutate-document.ts). None may throw; validate answers ok or names problems;
// audit answers findings for whatever validates; parse reports no internal error; and no
// input is changed (every mutated document is deep-frozen, so a write would throw).
// FUZZ_RUNS=5000 npm test for a long run.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validate } from '../../src/schema/validate.js';
import { audit } from '../../src/audit/index.js';
import { parse } from '../../src/parse/index.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import { generateDocument } from '../helpers/generate-document.js';
import { fixtureText, sampleDocument, SAMPLE_TEXT } from '../helpers/fixtures.js';
import { deepFreeze, fuzzOptions, mutate, mutatedDocument, mutatedText, nested } from '../helpers/mutate-document.js';

const bases = async () => [minimalDocument(), generateDocument({ classes: 3, itemsPerClass: 2, subitemsPerItem: 2, seed: 3 }), await sampleDocument()];

/** validate, then audit what validates; both must answer, neither may throw or change `doc`. */
function checkDocument(doc: unknown): void {
  const before = JSON.stringify(doc);
  const result = validate(doc);
  if (result.ok) {
    expect(Array.isArray(audit(result.document))).to.equal(true);
  } else {
    expect(result.problems.length).to.be.greaterThan(0);
    for (const problem of result.problems) {
      expect(problem.path, 'a problem names its path').to.match(/^\$/);
      expect(problem.message['zh-CN'].length && problem.message.en.length).to.be.greaterThan(0);
    }
  }
  expect(JSON.stringify(doc)).to.equal(before);
}

describe('property: validate and audit on mutated documents', function () {
  this.timeout(240000);

  it('never throw, answer ok or name the problem, and leave the input unchanged', async () => {
    for (const base of await bases()) {
      fc.assert(fc.property(mutatedDocument(base), checkDocument), fuzzOptions(100));
    }
  });

  it('take a document 3,000 levels deep in any field', async () => {
    const base = await sampleDocument();
    checkDocument(deepFreeze({ ...base, extra: nested(3000) }));
    checkDocument(deepFreeze(mutate(base, [{ op: 'replace', at: 5, value: nested(3000) }])));
    checkDocument(deepFreeze(nested(3000)));
  });
});

describe('property: parse on mutated published text', function () {
  this.timeout(240000);

  it('never throws nor reports an internal error, and what it returns validates and audits', async () => {
    const text = await fixtureText(SAMPLE_TEXT);
    fc.assert(
      fc.property(mutatedText(text), (mutated) => {
        const result = parse(mutated);
        const internal = result.warnings.filter((w) => w.code === 'internal-error');
        expect(internal, JSON.stringify(internal[0]?.message)).to.deep.equal([]);
        expect(['complete', 'partial', 'unreadable']).to.include(result.status);
        if (result.document) {
          expect(validate(result.document).ok).to.equal(true);
          expect(Array.isArray(audit(result.document))).to.equal(true);
        }
      }),
      fuzzOptions(40),
    );
  });
});
