import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { auditHeading, auditOnce, findingsAbout } from '../../components/base/audit-cache.js';
import { BudgetSankey } from '../../components/budget-sankey/budget-sankey.component.js';
import { audit, runRules } from '../../src/audit/index.js';
import type { Finding } from '../../src/audit/types.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { shadow } from './helpers.js';
import { throwingRule } from '../helpers/throwing-rule.js';

const finding = (rule: string, severity: Finding['severity'], table?: 't1' | 't3' | 't7'): Finding => ({
  rule,
  name: rule,
  severity,
  cells: table ? [{ table, row: '1', column: 'amount' }] : [],
  expected: null,
  actual: null,
  message: { 'zh-CN': rule, en: rule },
});

/** A <budget-sankey> 960 px wide (set through the CSSOM: the test page's CSP blocks style attributes). */
async function sankey(setup: (el: BudgetSankey) => void): Promise<BudgetSankey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = '960px';
  const el = document.createElement('budget-sankey');
  setup(el);
  wrapper.append(el);
  await waitUntil(() => el.state === 'ready' && el.layout, 'never drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('components/base/audit-cache', () => {
  it('runs an auditor once per validated document object, and again for another', () => {
    let calls = 0;
    const auditor = (doc: Disclosure) => {
      calls += 1;
      return audit(doc);
    };
    const a = {} as Disclosure;
    const b = {} as Disclosure;
    auditOnce(auditor, a);
    auditOnce(auditor, a);
    expect(calls).to.equal(1);
    auditOnce(auditor, b);
    expect(calls).to.equal(2);
  });

  it('turns an auditor that throws into one "could not check" finding, never a throw', () => {
    const findings = auditOnce(() => {
      throw new Error('broken');
    }, {} as Disclosure);
    expect(findings.map((f) => [f.rule, f.severity, f.error])).to.deep.equal([['audit', 'unchecked', 'Error: broken']]);
    expect(findings[0]!.message['zh-CN']).to.equal('未能运行一致性核对，结果未知');
  });

  it('keeps findings about drawn tables and every rule that could not check; drops rounding notes', () => {
    const all = [finding('R01', 'error', 't1'), finding('R03', 'rounding', 't1'), finding('R15', 'error', 't7'), finding('R16', 'unchecked'), finding('R08', 'warning', 't3')];
    expect(findingsAbout(all, ['t1', 't3', 't6']).map((f) => f.rule)).to.deep.equal(['R01', 'R16', 'R08']);
  });

  it('shows a could-not-check that names its cells only where one of them is drawn', () => {
    const all = [finding('R18', 'unchecked', 't7'), finding('R08', 'unchecked', 't3'), finding('R16', 'unchecked')];
    expect(findingsAbout(all, ['t7']).map((f) => f.rule)).to.deep.equal(['R18', 'R16']);
    expect(findingsAbout(all, ['t1', 't3']).map((f) => f.rule)).to.deep.equal(['R08', 'R16']);
    // A scorecard's doubt names its fields, not table cells: never on a table widget.
    const scorecard = { ...finding('R24', 'unchecked'), fields: [{ path: 'performance.scorecards[0].funds.total.score', label: '得分' }] };
    expect(findingsAbout([scorecard], ['t7'])).to.deep.equal([]);
  });

  it('heads the note with the inconsistencies and, apart, the rules that could not check', () => {
    expect(auditHeading([finding('R01', 'error', 't1'), finding('R08', 'error', 't3')], 'zh-CN')).to.equal('核对发现 2 处不一致');
    expect(auditHeading([finding('R01', 'error', 't1'), finding('R16', 'unchecked')], 'zh-CN')).to.equal('核对发现 1 处不一致；1 项未能核对');
    expect(auditHeading([finding('R16', 'unchecked')], 'en')).to.equal('1 could not be checked');
  });
});

describe('<budget-sankey> and the audit', () => {
  const saved = BudgetSankey.auditor;
  afterEach(() => {
    BudgetSankey.auditor = saved;
  });

  it('does not re-run the audit when only presentation options change', async () => {
    let calls = 0;
    BudgetSankey.auditor = (doc) => {
      calls += 1;
      return audit(doc);
    };
    const doc = await sampleDocument();
    const el = await sankey((element) => (element.data = doc));
    expect(calls).to.equal(1);
    const changes: [keyof BudgetSankey, unknown][] = [
      ['money', 'fiscal'],
      ['depth', 'item'],
      ['order', 'value'],
      ['unit', '元'],
      ['orientation', 'vertical'],
      ['money', 'all'],
      ['lang', 'en'],
    ];
    for (const [key, value] of changes) {
      (el as unknown as Record<string, unknown>)[key] = value;
      await el.updateComplete;
      expect(el.state, String(key)).to.equal('ready');
    }
    el.parentElement!.style.width = '700px';
    await waitUntil(() => el.layout?.width === 700, 'no relayout', { timeout: 5000 });
    expect(calls, 'audit runs after presentation changes').to.equal(1);
    el.data = await sampleDocument(); // a new document: audited again
    await el.updateComplete;
    expect(calls).to.equal(2);
  });

  it('tells the reader when a rule could not check, instead of showing nothing', async () => {
    const throwing = throwingRule('R16');
    BudgetSankey.auditor = (doc) => runRules(doc, [throwing]);
    const doc = await sampleDocument();
    const el = await sankey((element) => (element.data = doc));
    const note = shadow(el).querySelector('details.audit');
    expect(note, 'an audit note').to.not.equal(null);
    expect(note!.querySelector('summary')!.textContent).to.equal('1 项未能核对');
    expect(note!.querySelector('li')!.textContent).to.equal('R16 未能核对：数据无法读取');
  });
});
