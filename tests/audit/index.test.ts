import { expect } from '@open-wc/testing';
import { audit, RULES, runRules } from '../../src/audit/index.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { validate } from '../../src/schema/validate.js';
import { RULE_CHECKS } from '../../src/audit/rules/index.js';
import { cleanDocument, edit } from './documents.js';
import { throwingRule } from '../helpers/throwing-rule.js';

describe('audit', () => {
  it('lists the 48 rules in order, each described in both languages', () => {
    expect(RULES.map((rule) => rule.id)).to.deep.equal(Array.from({ length: 48 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`));
    expect(new Set(RULES.map((rule) => rule.name)).size).to.equal(48);
    for (const rule of RULES) {
      expect(rule.description['zh-CN']).to.not.equal('');
      expect(rule.description.en).to.not.equal('');
    }
  });
  it('finds nothing in a consistent document, which the schema accepts', () => {
    expect(validate(cleanDocument()).ok).to.equal(true);
    expect(audit(cleanDocument())).to.deep.equal([]);
  });
  it('orders findings by rule, then table order', () => {
    const doc = edit((d) => {
      d.performance.scorecards[0].funds.total.score = 6; // R24, R26
      d.tables.t3.rows[3].values.basic = 31; // R08, R09
      d.tables.t1.totals.incomeTotal.amount = 111; // R01, R03, R06, R18
    });
    expect(audit(doc).map((f) => f.rule)).to.deep.equal(['R01', 'R03', 'R06', 'R08', 'R08', 'R09', 'R18', 'R24', 'R26']);
  });
  it('never throws, whatever it is given', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'text',
      {},
      { tables: null },
      { tables: { t1: { income: 'x', totals: null } } },
      { tables: { t3: { rows: [{ code: 201 }], total: { values: null } } } },
      { tables: {}, narrative: { comparisons: [null], shares: [{ parts: null }] }, performance: { scorecards: [{ funds: null }] } },
    ];
    for (const value of junk) expect(() => audit(value as Disclosure)).to.not.throw();
  });
  it('keeps the findings of the other rules when one rule meets odd data, and says which could not check', () => {
    const doc = edit((d) => {
      d.tables.t1.totals.incomeTotal.amount = 111;
      d.narrative.shares = 'not a list';
    });
    const findings = audit(doc);
    expect(findings.map((f) => f.rule)).to.include('R01');
    const unchecked = findings.filter((f) => f.severity === 'unchecked').map((f) => f.rule);
    expect(unchecked).to.deep.equal(['R18', 'R20']);
  });
  it('reports a rule that throws as "could not check", never as passed, and runs the others', () => {
    const throwing = throwingRule('R99', new RangeError('broken rule'));
    const doc = edit((d) => (d.tables.t1.totals.incomeTotal.amount = 111));
    const findings = runRules(doc, [throwing, ...RULE_CHECKS]);
    expect(findings.map((f) => f.rule)).to.deep.equal(['R99', ...audit(doc).map((f) => f.rule)]);
    expect(findings.map((f) => f.rule)).to.include('R01');
    const [f] = findings;
    expect([f!.rule, f!.name, f!.severity, f!.expected, f!.actual]).to.deep.equal(['R99', 'always-throws', 'unchecked', null, null]);
    expect(f!.error).to.equal('RangeError: broken rule');
    expect(f!.message['zh-CN']).to.equal('未能核对：数据无法读取');
    expect(f!.message.en).to.match(/^Could not be checked/);
  });
  it('names the part of a rule that could not check and still checks the other parts', () => {
    // 表5's rows are not a list: R08 cannot check 表5 but still checks 表3.
    const doc = edit((d) => {
      d.tables.t5.rows = { broken: true };
      d.tables.t3.rows[3].values.basic = 31;
    });
    const r08 = audit(doc).filter((f) => f.rule === 'R08');
    expect(r08.map((f) => f.severity)).to.deep.equal(['error', 'error', 'unchecked']);
    expect(r08[2]!.message['zh-CN']).to.equal('未能核对（公开05表）：数据无法读取');
    expect(r08[2]!.message.en).to.contain('(Table 05)');
  });
  it('does not change the document', () => {
    const doc = edit((d) => (d.tables.t6.rows[4].amount = 10.03));
    const before = JSON.stringify(doc);
    audit(doc);
    expect(JSON.stringify(doc)).to.equal(before);
  });
});
