// The audit as the <disclosure-audit> element lists it: by severity, then by place.
import { expect } from '@open-wc/testing';
import { audit, RULES, ruleCoverage, runRules } from '../../src/audit/index.js';
import type { Rule } from '../../src/audit/types.js';
import { buildAuditView, placeOf } from '../../src/model/audit-view.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { generateDocument } from '../helpers/generate-document.js';
import { minimalDocument } from '../helpers/minimal-document.js';

const viewOf = (doc: Disclosure) => buildAuditView(audit(doc), ruleCoverage(doc, RULES), RULES);

describe('buildAuditView', () => {
  it('the sample: 2 errors on scorecard 9, warnings in the 情况说明 and on scorecard 3, one-cent notes in 公开02, 03, 05 and 06表', async () => {
    const view = viewOf(await sampleDocument());
    expect(view.counts).to.deep.equal({ error: 2, warning: 2, rounding: 8, unchecked: 0 });
    const layout = view.severities.map((s) => [s.severity, s.places.map((p) => [p.place, p.items.map((i) => i.finding.rule)])]);
    expect(layout).to.deep.equal([
      ['error', [['scorecard:8', ['R25', 'R26']]]],
      ['warning', [['narrative', ['R22']], ['scorecard:2', ['R28']]]],
      ['rounding', [['t2', ['R08', 'R08']], ['t3', ['R08', 'R08']], ['t5', ['R08', 'R08']], ['t6', ['R14', 'R14']]]],
      ['unchecked', []],
    ]);
    expect(view.items.map((i) => i.finding.rule)).to.deep.equal(['R25', 'R26', 'R22', 'R28', ...Array(6).fill('R08'), 'R14', 'R14']);
    expect(view.ran).to.equal(47);
    expect(view.passed).to.equal(41);
    expect(view.notRun).to.equal(1); // R48: the sample keeps no table as printed
    expect(view.clean).to.equal(false);
    const status = Object.fromEntries(view.checks.map((c) => [c.rule.id, c.status]));
    expect(status).to.include({ R14: 'rounding', R22: 'warning', R25: 'error', R26: 'error', R28: 'warning', R01: 'passed' });
  });

  it('ids are stable and unique', async () => {
    const view = viewOf(await sampleDocument());
    const ids = view.items.map((i) => i.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include('R14-t6-302-amount');
    expect(viewOf(await sampleDocument()).items.map((i) => i.id)).to.deep.equal(ids);
  });

  it('a generated document of five tables: its arithmetic passes, R37 names the four tables it lacks, 29 rules not run', () => {
    const view = viewOf(generateDocument({ classes: 4, itemsPerClass: 3, subitemsPerItem: 2, seed: 5 }));
    expect(view.counts).to.deep.equal({ error: 0, warning: 4, rounding: 0, unchecked: 0 });
    expect(view.items.map((i) => i.finding.rule)).to.deep.equal(['R37', 'R37', 'R37', 'R37']);
    expect([view.ran, view.passed, view.notRun]).to.deep.equal([19, 18, 29]);
    const r17 = view.checks.find((c) => c.rule.id === 'R17')!;
    expect(r17.status).to.equal('not-run');
    expect(r17.missing).to.deep.equal([['t8']]);
  });

  it('a rule that throws is listed as unchecked under the document, and its status says so', () => {
    const broken: Rule = { id: 'R09', name: 'x', description: { 'zh-CN': 'x', en: 'x' }, check: () => { throw new Error('boom'); } };
    const doc = minimalDocument();
    const view = buildAuditView(runRules(doc, [broken]), ruleCoverage(doc, RULES), RULES);
    expect(view.counts.unchecked).to.equal(1);
    expect(view.severities[3]!.places.map((p) => p.place)).to.deep.equal(['document']);
    expect(view.checks.find((c) => c.rule.id === 'R09')!.status).to.equal('unchecked');
  });

  it('places: a table cell, a narrative figure first, a scorecard, the summary', () => {
    const base = { rule: 'R01', name: 'x', severity: 'error' as const, expected: 1, actual: 2, message: { 'zh-CN': '', en: '' } };
    expect(placeOf({ ...base, cells: [{ table: 't3', row: '201', column: 'total' }] })).to.equal('t3');
    expect(placeOf({ ...base, cells: [{ table: 't3', row: '201', column: 'total' }], fields: [{ path: 'narrative.comparisons[0].current' }] })).to.equal('narrative');
    expect(placeOf({ ...base, cells: [], scorecard: 4, fields: [{ path: 'performance.scorecards[4].totalScore' }] })).to.equal('scorecard:4');
    expect(placeOf({ ...base, cells: [], fields: [{ path: 'performance.summary.count' }] })).to.equal('summary');
    expect(placeOf({ ...base, cells: [] })).to.equal('document');
  });
});
