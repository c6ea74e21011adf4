import { expect } from '@open-wc/testing';
import { buildThreePublicModel, threePublicAmounts, type CostKey, type ThreePublicModel } from '../../src/model/three-public.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { allZeroThreePublic, blankAndZeroThreePublic, budgetThreePublic, previousYearSample } from '../helpers/bars-documents.js';
import { deepFreeze } from './flow-checks.js';

function build(doc: Disclosure, previous?: Disclosure): ThreePublicModel {
  const result = buildThreePublicModel(doc, previous);
  if (!result.ok) throw new Error(result.empty.en);
  return result.model;
}
const row = (model: ThreePublicModel, key: CostKey) => model.rows.find((r) => r.key === key)!;

describe('buildThreePublicModel', () => {
  let sample: Disclosure;
  before(async () => {
    sample = deepFreeze(await sampleDocument());
  });

  it('reads 公开07表 of the sample: reception 1.79 of 4.00, the counts, the reason', () => {
    const model = build(sample);
    expect(model.rows.map((r) => r.key)).to.deep.equal(['abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception', 'total']);
    const reception = row(model, 'reception');
    expect(reception.budget.value).to.equal(4);
    expect(reception.final.value).to.equal(1.79);
    expect(reception.rate).to.be.closeTo(44.75, 1e-9);
    expect(reception.status).to.equal('below');
    expect(reception.reason).to.equal('单位厉行节约压缩开支');
    expect(reception.counts).to.deep.equal([
      { key: 'domesticBatches', value: 20 },
      { key: 'domesticPeople', value: 241 },
      { key: 'foreignBatches', value: 0 },
      { key: 'foreignPeople', value: 0 },
    ]);
    expect(reception.final.cell).to.deep.include({ table: 't7', row: 'final', column: 'reception' });
    expect(row(model, 'vehicles').counts).to.deep.equal([
      { key: 'purchased', value: 0 },
      { key: 'held', value: 0 },
    ]);
    expect(model.allZero).to.equal(false);
  });

  it('keeps a blank cell blank, beside the 0.00 the text states for it', () => {
    const abroad = row(build(sample), 'abroad');
    expect(abroad.final.value).to.equal(null);
    expect(abroad.final.narrative).to.equal(0);
    expect(abroad.rate).to.equal(null);
    expect(abroad.status).to.equal('none');
  });

  it('marks an all-zero table as such, every row 0 and no rate', () => {
    const model = build(allZeroThreePublic(sample));
    expect(model.allZero).to.equal(true);
    expect(model.allBlank).to.equal(false);
    for (const r of model.rows) {
      expect(r.budget.value).to.equal(0);
      expect(r.final.value).to.equal(0);
      expect(r.rate).to.equal(null);
    }
  });

  it('tells blank from 0, and spending without a budget from a rate', () => {
    const model = build(blankAndZeroThreePublic(sample));
    expect(model.allZero).to.equal(false);
    expect(row(model, 'abroad').final.value).to.equal(0);
    expect(row(model, 'vehicles').final.value).to.equal(null);
    expect(row(model, 'reception')).to.include({ status: 'unbudgeted', rate: null });
  });

  it('reads a budget document: budget only, last year\'s budget as the comparison', () => {
    const model = build(budgetThreePublic(sample));
    expect(model.kind).to.equal('budget');
    expect(model.previousKind).to.equal('budget');
    expect(row(model, 'total').budget.value).to.equal(5);
    expect(row(model, 'total').final.value).to.equal(undefined);
    expect(row(model, 'total').previous!.value).to.equal(4);
    expect(row(model, 'total').rate).to.equal(null);
  });

  it('takes last year from a previous document, on the same amounts', () => {
    const model = build(sample, previousYearSample(sample));
    expect(model.previousYear).to.equal(2020);
    expect(row(model, 'total').previous!.value).to.equal(5.5);
    expect(threePublicAmounts(model)).to.include(5.5);
  });

  it('takes last year\'s total from the text when no previous document is given', () => {
    const doc = structuredClone(sample) as Disclosure;
    doc.narrative!.comparisons!.push({ subject: 'threePublic', label: '“三公”经费', current: 1.79, change: -1.21 });
    const model = build(doc);
    expect(model.previousKind).to.equal('narrative');
    expect(row(model, 'total').previous!.value).to.be.closeTo(3, 1e-9);
  });

  it('is empty without 公开07表 and without 三公 figures', () => {
    const doc = structuredClone(sample) as Disclosure;
    delete doc.tables.t7;
    delete doc.narrative!.threePublic;
    expect(buildThreePublicModel(doc).ok).to.equal(false);
  });
});
