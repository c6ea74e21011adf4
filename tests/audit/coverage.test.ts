// Which rules could check a document: every rule is accounted for, and a rule said not to
// have run never reports anything.
import { expect } from '@open-wc/testing';
import { audit, RULES, ruleCoverage, ruleNeeds, type DocumentPart } from '../../src/audit/index.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import { generateDocument } from '../helpers/generate-document.js';
import { cleanDocument } from './documents.js';

const ran = (doc: Disclosure) => ruleCoverage(doc, RULES).filter((c) => c.ran).map((c) => c.rule);
const notRun = (doc: Disclosure) => ruleCoverage(doc, RULES).filter((c) => !c.ran).map((c) => c.rule);

/** A copy of `doc` without `part`. */
function without(doc: Disclosure, part: DocumentPart): Disclosure {
  const copy = structuredClone(doc) as Disclosure & { narrative?: Record<string, unknown>; performance?: Record<string, unknown> };
  if (/^t\d$/.test(part)) delete (copy.tables as Record<string, unknown>)[part];
  else if (!part.includes('.')) delete (copy as Record<string, unknown>)[part];
  else {
    const [block, key] = part.split('.') as ['narrative' | 'performance', string];
    if (key === 'scorecards') (copy.performance as Record<string, unknown>)[key] = [];
    else delete (copy[block] as Record<string, unknown> | undefined)?.[key];
  }
  return copy;
}

describe('ruleCoverage', () => {
  it('knows what each of the 48 rules reads', () => {
    expect(RULES).to.have.length(48);
    for (const rule of RULES) expect(ruleNeeds(rule.id), rule.id).to.not.be.empty;
  });

  it('every rule runs on the sample, which has every table, the narrative and the scorecards', async () => {
    // The sample prints the nine tables only: nothing kept as printed for R48.
    expect(notRun(await sampleDocument())).to.deep.equal(['R48']);
    // The clean document has no 国有资产 section (R36, R44) and no 目录 (R42).
    expect(notRun(cleanDocument())).to.deep.equal(['R36', 'R42', 'R44', 'R48']);
  });

  it('a document with 公开03表 alone runs the hierarchy and row rules only', () => {
    expect(ran(minimalDocument())).to.deep.equal(['R08', 'R09', 'R37', 'R38', 'R39', 'R46']);
    const r17 = ruleCoverage(minimalDocument(), RULES).find((c) => c.rule === 'R17')!;
    expect(r17).to.deep.equal({ rule: 'R17', ran: false, missing: [['t8']] });
    const r12 = ruleCoverage(minimalDocument(), RULES).find((c) => c.rule === 'R12')!;
    expect(r12.missing).to.deep.equal([['t4'], ['t5', 't8', 't9']]);
  });

  it('a generated document (表1, 3, 4, 5, 6; no narrative or scorecards) runs 19 rules', () => {
    const doc = generateDocument({ classes: 3, itemsPerClass: 2, subitemsPerItem: 2, seed: 1 });
    expect(Object.keys(doc.tables).sort()).to.deep.equal(['t1', 't3', 't4', 't5', 't6']);
    expect(ran(doc)).to.deep.equal(['R01', 'R02', 'R03', 'R04', 'R05', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12', 'R13', 'R14', 'R29', 'R32', 'R37', 'R38', 'R39', 'R46']);
  });

  it('an empty scorecard list or narrative block counts as absent; a table printed empty counts as present', () => {
    const doc = cleanDocument();
    expect(ran(without(doc, 'performance.scorecards'))).to.not.include('R25');
    expect(ran(doc)).to.include('R17'); // 公开08表 printed with "本表无数据"
  });

  it('a rule said not to have run finds nothing, whatever part is removed from the sample', async () => {
    const sample = await sampleDocument();
    const parts = [...new Set(RULES.flatMap((rule) => ruleNeeds(rule.id).flat()))];
    for (const part of parts) {
      const doc = without(sample, part);
      const silent = new Set(notRun(doc));
      const loud = audit(doc).filter((f) => silent.has(f.rule));
      expect(loud.map((f) => `${f.rule} ${f.message.en}`), `without ${part}`).to.deep.equal([]);
    }
  });

  it('removing what R22 and the scorecard rules read removes their findings from the sample', async () => {
    const sample = await sampleDocument();
    expect(notRun(without(sample, 'narrative.operatingCosts'))).to.deep.equal(['R22', 'R48']);
    expect(notRun(without(sample, 'performance.scorecards'))).to.deep.equal(['R24', 'R25', 'R26', 'R28', 'R48']);
    expect(audit(without(sample, 'performance.scorecards')).map((f) => f.rule)).to.deep.equal([...Array(6).fill('R08'), 'R14', 'R14', 'R22']);
  });
});
