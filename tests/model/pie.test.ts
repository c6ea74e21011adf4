import { expect } from '@open-wc/testing';
import { buildPieModel, itemAt, type PieModel, type PieBy } from '../../src/model/pie.js';
import { groupSlices } from '../../src/model/pie-slices.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { deepFreeze } from './flow-checks.js';
import { budgetDocument, negativeDocument, twentyItemsDocument } from '../helpers/pie-documents.js';

function model(doc: Disclosure, by: PieBy = 'class'): PieModel {
  const result = buildPieModel(doc, by);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.model;
}

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

describe('buildPieModel', () => {
  it('reads 公开03表 classes, 款 and 项 of the sample by code, with their cells', async () => {
    const pie = model(deepFreeze(await sampleDocument()));
    expect(pie.root.value).to.equal(6443.6);
    expect(pie.root.children.map((item) => [item.code, item.value])).to.deep.equal([['201', 1044.59], ['208', 17.98], ['215', 5381.03]]);
    const c215 = pie.root.children[2]!;
    expect(c215.children.map((item) => item.code)).to.deep.equal(['21502', '21505', '21508']);
    expect(c215.children[0]!.children.map((item) => item.code)).to.deep.equal(['2150299']);
    expect(c215.provenance.cells[0]).to.include({ table: 't3', row: '215', column: 'total' });
  });

  it('reads kind (公开03表 合计), income (公开01表), economic (公开06表) and fund (公开04表)', async () => {
    const doc = await sampleDocument();
    expect(model(doc, 'kind').root.children.map((item) => [item.name, item.value])).to.deep.equal([
      ['基本支出', 1057.22], ['项目支出', 5386.38], ['上缴上级支出', null], ['经营支出', null], ['对附属单位补助支出', null],
    ]);
    const income = model(doc, 'income');
    expect(income.root.value).to.equal(6443.6);
    expect(income.root.children[0]).to.include({ id: 't1:generalBudget', value: 6443.6 });
    expect(income.root.children.filter((item) => item.value === null)).to.have.length(7);
    const economic = model(doc, 'economic');
    expect(economic.root.children.map((item) => [item.name, item.value])).to.deep.equal([['人员经费', 913.01], ['公用经费', 144.21]]);
    expect(economic.root.children[0]!.children.map((item) => item.code)).to.deep.equal(['301', '303']);
    expect(economic.root.children[1]!.children[0]!.code).to.equal('302');
    const fund = model(doc, 'fund');
    expect(fund.root.children.map((item) => [item.id, item.value])).to.deep.equal([['t4:generalBudget', 6443.6], ['t4:governmentFund', null], ['t4:stateCapital', null]]);
    expect(fund.root.children[0]!.children.filter((item) => (item.value ?? 0) > 0).map((item) => item.code)).to.deep.equal(['201', '208', '215']);
  });

  it('says why when the table is absent', async () => {
    const doc = await sampleDocument();
    const { t6: _, ...tables } = doc.tables;
    const result = buildPieModel({ ...doc, tables }, 'economic');
    expect(result.ok).to.equal(false);
    expect(result.ok === false && 'empty' in result && result.empty['zh-CN']).to.contain('公开06表');
  });

  it('says a class summed from the units\' rows is derived, not a printed cell (公开03表 and 公开06表)', async () => {
    const doc = structuredClone(await sampleDocument());
    const c215 = doc.tables.t3!.rows.find((r) => r.code === '215')!;
    Object.assign(c215, { derived: 'unitsSum', source: { table: 't3', row: '215' } });
    Object.assign(doc.tables.t6!.rows.find((r) => r.code === '301')!, { derived: 'unitsSum' });
    const slice = model(doc).root.children.find((item) => item.code === '215')!;
    expect(slice.provenance.derived?.['zh-CN']).to.match(/^推算：表中未印部门数/);
    expect(slice.provenance.cells[0]).to.include({ table: 't3', row: '215' }).and.not.have.property('line');
    // A printed row stays a plain cell.
    expect(model(doc).root.children.find((item) => item.code === '201')!.provenance.derived).to.equal(undefined);
    const personnel = model(doc, 'economic').root.children[0]!.children.find((item) => item.code === '301')!;
    expect(personnel.provenance.derived?.en).to.match(/^Derived: the table prints no department row/);
  });

  it('says a row summed from its 功能 × 经济 pairs is derived (derived: crossSum), with its own words', async () => {
    const doc = structuredClone(await sampleDocument());
    Object.assign(doc.tables.t3!.rows.find((r) => r.code === '215')!, { derived: 'crossSum', source: { table: 't3', row: '215' } });
    const slice = model(doc).root.children.find((item) => item.code === '215')!;
    expect(slice.provenance.derived?.['zh-CN']).to.match(/^推算：表中未单列该科目，为其按经济分类列出的各行之和/);
    expect(slice.provenance.derived?.en).to.match(/^Derived: the table prints no row for this code alone/);
  });

  it('adds a derived 差额 child where the printed children cover less than the parent', () => {
    const doc = negativeDocument();
    doc.tables.t3!.rows.push({ code: '20101', name: '人大事务', values: { total: 50 } });
    const c201 = model(doc).root.children[0]!;
    expect(c201.children.map((item) => [item.id, item.value, !!item.gap])).to.deep.equal([['t3:20101', 50, false], ['gap:t3:201', 30, true]]);
    expect(c201.children[1]!.provenance.derived).to.exist;
  });

  it('reads a budget document the same way', () => {
    const pie = model(budgetDocument(), 'kind');
    expect(pie.kind).to.equal('budget');
    expect(pie.root.children.map((item) => item.value)).to.deep.equal([700, 300]);
    expect(model(budgetDocument(), 'income').root.children.map((item) => item.value)).to.deep.equal([900, 100]);
  });

  it('follows a drill path and stops at the deepest id that exists', async () => {
    const pie = model(await sampleDocument());
    expect(itemAt(pie, ['t3:215', 't3:21505']).item.code).to.equal('21505');
    expect(itemAt(pie, ['t3:215', 'nope']).trail.map((item) => item.code)).to.deep.equal(['215']);
  });
});

describe('groupSlices', () => {
  it('gives shares adding to exactly 100.0 by largest remainder', async () => {
    const level = groupSlices(model(await sampleDocument()).root, { minShare: 2 });
    expect(level.slices.map((slice) => slice.share)).to.deep.equal([16.2, 0.3, 83.5]);
    expect(sum(level.slices.map((slice) => slice.share))).to.equal(100);
  });

  it('never merges one slice alone into 其他', async () => {
    const level = groupSlices(model(await sampleDocument()).root, { minShare: 2 });
    expect(level.slices.some((slice) => slice.members)).to.equal(false);
  });

  it('merges the 款 below min-share into 其他 (N项), whose share is the sum of its members', () => {
    const c215 = model(twentyItemsDocument()).root.children[1]!;
    const level = groupSlices(c215, { minShare: 2 });
    const other = level.slices.find((slice) => slice.members)!;
    // 1 … 4 of 210 are below 2% (4/210 = 1.9%).
    expect(other.members!.map(({ item }) => item.code)).to.deep.equal(['21501', '21502', '21503', '21504']);
    expect(other.value).to.equal(10);
    expect(other.share).to.equal(sum(other.members!.map((member) => member.share)));
    expect(level.slices).to.have.length(17);
    expect(level.slices[16]!.id).to.equal('other:t3:215');
    expect(sum(level.slices.map((slice) => slice.share))).to.equal(100);
    const open = groupSlices(c215, { minShare: 2, expanded: new Set(['other:t3:215']) });
    expect(open.slices).to.have.length(20);
  });

  it('keeps blank, negative and zero items out of the angles, with the reason', () => {
    const level = groupSlices(model(negativeDocument()).root, { minShare: 2 });
    expect(level.slices.map((slice) => [slice.item!.code, slice.share])).to.deep.equal([['201', 80], ['215', 20]]);
    expect(level.excluded.map(({ item, reason }) => [item.code, reason])).to.deep.equal([['205', 'negative'], ['208', 'blank'], ['210', 'zero']]);
    expect(level.drawnTotal).to.equal(100);
  });
});
