import { expect } from '@open-wc/testing';
import { auditPerformance } from '../../src/audit/performance.js';
import { buildSummaryModel, sortRows, type SummaryModel } from '../../src/model/performance-summary.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { manyProjects, performanceDocument, scorecard } from '../helpers/performance-document.js';
import { deepFreeze } from './flow-checks.js';


function model(doc: Disclosure): SummaryModel {
  const result = buildSummaryModel(doc, auditPerformance(doc));
  if (!result.ok) throw new Error(result.empty.en);
  return result.model;
}

describe('buildSummaryModel on the sample', () => {
  let m: SummaryModel;
  before(async () => {
    m = model(deepFreeze(await sampleDocument()));
  });

  it('lists the 汇总表 rows in order, joined to their scorecards', () => {
    expect(m.rows.map((r) => r.score)).to.deep.equal([99.99, 97.66, 96.94, 97.23, 90.58, 93.33, 96.39, 96.28, 95]);
    expect(m.rows.map((r) => r.scorecard)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(m.rows[8]!.budget).to.equal(6);
    expect(m.rows[8]!.rate).to.equal(50);
    expect(m.rows[8]!.rateDerived).to.equal(false);
  });

  it('counts grades and carries the department score', () => {
    expect(m.scale).to.deep.equal(['优', '良', '中', '差']);
    expect([...m.counts]).to.deep.equal([['优', 9], ['良', 0], ['中', 0], ['差', 0]]);
    expect(m.departmentScore).to.equal(96);
  });

  it('puts the independent evaluation beside the self-evaluation, with the gap', () => {
    expect(m.evaluated).to.equal(2);
    expect(m.rows[3]!.evaluation).to.deep.equal({ score: 89.25, grade: '良', match: 'approximate', gap: -7.98 });
    expect(m.rows[1]!.evaluation).to.deep.equal({ score: 97.66, grade: '优', match: 'exact', gap: 0 });
  });

  it('flags the rows of the projects the audit found fault with, and no others', () => {
    expect(m.rows.map((r) => r.flags.map((f) => f.rule).join(' '))).to.deep.equal(['', '', 'R28', '', '', '', '', '', 'R25 R26']);
  });
});

describe('buildSummaryModel on synthetic documents', () => {
  it('lists 30 projects in official order with three grades', () => {
    const m = model(manyProjects(30));
    expect(m.rows.length).to.equal(30);
    expect(m.rows.map((r) => r.order)).to.deep.equal([...Array(30).keys()]);
    expect(m.rows.every((r) => r.flags.length === 0)).to.equal(true);
    expect([...m.counts.values()].reduce((a, b) => a + b, 0)).to.equal(30);
    expect(m.counts.get('中')).to.be.greaterThan(0);
  });

  it('falls back to the scorecards without a 汇总表, deriving grades and saying so', () => {
    const m = model(performanceDocument([scorecard('甲', { totalScore: 100 })]));
    expect(m.rows[0]!.grade).to.deep.equal({ text: '优', source: 'derived' });
  });

  it("says there is nothing when the scorecards carry no score, grade or rate (a budget's 绩效目标表), rather than an empty axis", () => {
    const target = { initialBudget: 100, annualBudget: 100, executed: null, weight: null, rate: null, score: null };
    const targets = [scorecard('甲', { totalScore: null, funds: { total: target } }), scorecard('乙', { totalScore: null, funds: { total: target } })];
    const result = buildSummaryModel(performanceDocument(targets), []);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.empty.en).to.equal('This document has no project self-evaluation results.');
    // One card with a score is a result: drawn, the others listed blank.
    const one = model(performanceDocument([...targets, scorecard('丙', { totalScore: 88 })]));
    expect(one.rows.map((row) => row.score)).to.deep.equal([null, null, 88]);
  });

  it('says there is nothing when the document has no performance part', () => {
    const doc = performanceDocument([]);
    expect(buildSummaryModel(doc, []).ok).to.equal(false);
  });
});

describe('sortRows', () => {
  const rows = [
    { order: 0, name: '乙', score: 90, grade: { text: '优', source: 'printed' as const }, budget: 5, executed: 5, rate: 100, rateDerived: false, flags: [] },
    { order: 1, name: '甲', score: null, grade: null, budget: null, executed: null, rate: null, rateDerived: false, flags: [] },
    { order: 2, name: '丙', score: 70, grade: { text: '中', source: 'printed' as const }, budget: 9, executed: 1, rate: 11.11, rateDerived: false, flags: [] },
    { order: 3, name: '丁', score: 90, grade: { text: '优', source: 'printed' as const }, budget: 1, executed: 1, rate: 100, rateDerived: false, flags: [] },
  ];

  it('sorts both ways with missing values last and ties in official order', () => {
    expect(sortRows(rows, 'score', 'ascending').map((r) => r.order)).to.deep.equal([2, 0, 3, 1]);
    expect(sortRows(rows, 'score', 'descending').map((r) => r.order)).to.deep.equal([0, 3, 2, 1]);
    expect(sortRows(rows, 'budget', 'descending').map((r) => r.order)).to.deep.equal([2, 0, 3, 1]);
    expect(sortRows(rows, 'grade', 'ascending', ['优', '良', '中', '差']).map((r) => r.order)).to.deep.equal([0, 3, 2, 1]);
    expect(sortRows(rows, 'order', 'ascending').map((r) => r.order)).to.deep.equal([0, 1, 2, 3]);
  });

  it('never reorders the rows it was given', () => {
    const frozen = deepFreeze([...rows]);
    sortRows(frozen, 'score', 'descending');
    expect(frozen.map((r) => r.order)).to.deep.equal([0, 1, 2, 3]);
  });
});
