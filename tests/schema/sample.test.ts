import { expect } from '@open-wc/testing';
import { validate } from '../../src/schema/validate.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { fixtureText, sampleDocument, SAMPLE_TEXT } from '../helpers/fixtures.js';

/** The sample, validated; fails with every problem listed when it does not validate. */
async function validSample(): Promise<Disclosure> {
  const result = validate(await sampleDocument());
  if (!result.ok) {
    const listed = result.problems.map((problem) => `${problem.path}: ${problem.message.en}`).join('\n');
    expect.fail(`the sample fixture does not validate:\n${listed}`);
  }
  return result.document;
}

describe('the sample fixture (临淄区工业和信息化局 2021 部门决算)', () => {
  it('validates against the schema', async () => {
    const doc = await validSample();
    expect(doc.schemaVersion).to.equal(1);
    expect(doc.meta).to.include({ kind: 'final', year: 2021, unit: '万元', region: '山东省淄博市临淄区' });
    expect(doc.meta.subUnits).to.have.length(2);
  });

  it('has all nine tables, each with its printed code and unit', async () => {
    const { tables } = await validSample();
    const ids = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'] as const;
    ids.forEach((id, index) => {
      expect(tables[id], id).to.exist;
      expect(tables[id]!.code).to.equal(`公开0${index + 1}表`);
      expect(tables[id]!.unit).to.equal('万元');
    });
  });

  it('transcribes table 1: 8 income rows, 26 expenditure 类 rows with codes and 行次, totals', async () => {
    const t1 = (await validSample()).tables.t1!;
    expect(t1.income.map((row) => row.kind)).to.deep.equal([
      'generalBudget', 'governmentFund', 'stateCapital', 'superiorSubsidy',
      'institution', 'operating', 'affiliated', 'other',
    ]);
    expect(t1.income.map((row) => row.line)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t1.income[0]!.amount).to.equal(6443.6);
    expect(t1.expenditure).to.have.length(26);
    expect(t1.expenditure.map((row) => row.line)).to.deep.equal(Array.from({ length: 26 }, (_, i) => 32 + i));
    expect(t1.expenditure[0]).to.include({ code: '201', amount: 1044.59 });
    expect(t1.expenditure.find((row) => row.code === '215')!.amount).to.equal(5381.03);
    expect(t1.expenditure.find((row) => row.code === '229')!.name).to.equal('其他支出');
    expect(t1.expenditure[25]).to.include({ code: '234', line: 57 });
    expect(t1.totals.incomeTotal).to.include({ line: 27, amount: 6443.6 });
    expect(t1.totals.expenditureGrandTotal).to.include({ line: 62, amount: 6443.6 });
  });

  it('keeps blank cells as null, not 0', async () => {
    const { tables } = await validSample();
    expect(tables.t1!.income[1]!.amount).to.equal(null);
    expect(tables.t1!.expenditure.find((row) => row.code === '202')!.amount).to.equal(null);
    expect(tables.t1!.totals.carryOverStart!.amount).to.equal(null);
    const row20104 = tables.t3!.rows.find((row) => row.code === '20104')!;
    expect(row20104.values).to.deep.equal({
      total: 1039.24, basic: 1039.24, project: null, superiorRemit: null, operating: null, subsidiaryGrant: null,
    });
    expect(tables.t6!.rows.find((row) => row.code === '30106')!.amount).to.equal(null);
    expect(tables.t7!.final).to.include({ total: 1.79, abroad: null, vehicles: null, reception: 1.79 });
    expect(tables.t4!.expenditure[0]!.amounts).to.deep.equal({
      total: 1044.59, generalBudget: 1044.59, governmentFund: null, stateCapital: null,
    });
  });

  it('transcribes tables 2, 3, 5, 6, 8 and 9', async () => {
    const { tables } = await validSample();
    for (const id of ['t2', 't3', 't5'] as const) {
      expect(tables[id]!.rows, id).to.have.length(17);
      expect(tables[id]!.total!.values.total, id).to.equal(6443.6);
    }
    expect(tables.t3!.total!.values).to.include({ basic: 1057.22, project: 5386.38 });
    expect(tables.t2!.rows.find((row) => row.code === '2150517')!.values.fiscal).to.equal(1789.97);
    expect(tables.t5!.rows.find((row) => row.code === '2150805')!.values).to.deep.equal({
      total: 150.92, basic: null, project: 150.92,
    });
    const t6 = tables.t6!;
    expect(t6.rows).to.have.length(88);
    expect(t6.rows.map((row) => row.code)).to.deep.equal([...t6.rows.map((row) => row.code)].sort());
    expect(t6.rows.find((row) => row.code === '301')!.amount).to.equal(715.64);
    expect(t6.rows.find((row) => row.code === '30239')!.amount).to.equal(26.98);
    expect(t6.totals.personnel!.amount).to.equal(913.01);
    expect(t6.totals.public!.amount).to.equal(144.21);
    expect(tables.t8!.rows).to.deep.equal([]);
    expect(tables.t8!.emptyReason).to.contain('故本表无数据');
    expect(tables.t9!.rows).to.deep.equal([]);
    expect(tables.t9!.emptyReason).to.contain('故本表无数据');
  });

  it('transcribes the narrative figures', async () => {
    const narrative = (await validSample()).narrative!;
    const grand = narrative.comparisons!.find((item) => item.subject === 'grandTotal')!;
    expect(grand).to.include({ current: 6443.6, change: -6539.32, changePercent: -50.37, direction: 'decrease' });
    const same = narrative.comparisons!.filter((item) => item.direction === 'same');
    expect(same).to.have.length(8);
    expect(same.every((item) => item.change === 0 && item.current === 0)).to.equal(true);
    expect(narrative.execution!.total).to.include({ budget: 4573.24, final: 6443.6, rate: 140.9, comparison: 'above' });
    expect(narrative.execution!.items).to.have.length(7);
    expect(narrative.execution!.items.find((item) => item.code === '2150517')).to.include({
      budget: 3608.82, final: 1789.97, rate: 49.6, comparison: 'below',
    });
    expect(narrative.threePublic!.reception!.domestic).to.deep.equal({ amount: 1.79, batches: 20, people: 241 });
    expect(narrative.operatingCosts).to.include({ current: 1057.22, comparedWith: 'budget', change: 92.8, changePercent: 9.62 });
    expect(narrative.procurement).to.include({ total: 441.8, services: 441.8, toSmallMicro: 0 });
  });

  it('transcribes the nine scorecards with every printed indicator row', async () => {
    const performance = (await validSample()).performance!;
    expect(performance.summary).to.include({ projectCount: 9, fundsCovered: 1765.97, departmentScore: 96 });
    expect(performance.summary!.selfEvaluations).to.have.length(9);
    expect(performance.scorecards).to.have.length(9);
    expect(performance.scorecards.map((card) => card.indicators.length)).to.deep.equal([10, 11, 11, 24, 12, 13, 10, 10, 11]);
    for (const card of performance.scorecards) {
      expect(card.funds.total.weight, card.name).to.equal(10);
      const weights = card.indicators.reduce((sum, indicator) => sum + (indicator.weight ?? 0), 0);
      expect(weights, `${card.name}: Σ 分值`).to.be.closeTo(90, 1e-9);
    }
    const first = performance.scorecards[0]!;
    expect(first.indicators[0]!.target).to.deep.equal({ text: '≥12人', comparator: '≥', value: 12, unit: '人' });
    expect(first.indicators[4]!.target).to.deep.equal({ text: '是' });
    expect(first.indicators.map((indicator) => indicator.level1)).to.deep.equal([
      'output', 'output', 'output', 'output', 'outcome', 'outcome', 'outcome', 'outcome', 'satisfaction', 'satisfaction',
    ]);
    // printed slips are kept, not corrected
    const last = performance.scorecards[8]!;
    expect(last.totalScore).to.equal(95);
    expect(last.indicators.find((indicator) => indicator.name === '提高企业的本质安全生产水平')).to.include({ weight: 5, score: 10 });
    const report = performance.evaluations![1]!;
    expect(report).to.include({ score: 89.25, grade: '良' });
    expect(report.dimensions!.map((dimension) => dimension.score)).to.deep.equal([9.5, 18.22, 24.01, 37.52]);
  });

  it('points every table row at its line in the source text', async () => {
    const doc = await validSample();
    const lines = (await fixtureText(SAMPLE_TEXT)).split('\n');
    const at = (line: number | undefined) => lines[(line ?? 0) - 1] ?? '';
    for (const row of doc.tables.t3!.rows) expect(at(row.source?.line).startsWith(`${row.code}\t${row.name}\t`)).to.equal(true);
    for (const row of doc.tables.t6!.rows) expect(at(row.source?.line)).to.contain(`${row.code}\t${row.name}`);
    for (const row of doc.tables.t1!.expenditure) expect(at(row.source?.line)).to.contain(row.name);
    for (const card of doc.performance!.scorecards) {
      for (const indicator of card.indicators) expect(at(indicator.source?.line)).to.contain(indicator.target.text);
    }
  });
});
