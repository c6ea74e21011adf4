import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import { sampleDocument } from '../helpers/fixtures.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('audit messages isolate the names they quote', () => {
  it('wraps a right-to-left scorecard name, so the score after it keeps its place', async () => {
    const doc = await sampleDocument();
    const card = doc.performance!.scorecards![8]!;
    card.name = 'مشروع';
    const totals = audit(doc).filter((finding) => finding.rule === 'R26');
    expect(totals.length).to.equal(1);
    expect(totals[0]!.message['zh-CN']).to.contain(`${FSI}مشروع${PDI}`);
    expect(totals[0]!.message.en).to.contain(`${FSI}مشروع${PDI}`);
  });

  it('wraps a table row name carrying an override in the cell labels it prints', async () => {
    const doc = await sampleDocument();
    const row = doc.tables.t6!.rows.find((candidate) => candidate.code === '302')!;
    row.name = '商品和服务支出\u202e';
    const r14 = audit(doc).filter((finding) => finding.rule === 'R14' && finding.cells.some((cell) => cell.row === '302'));
    expect(r14.length).to.be.greaterThan(0);
    const labels = r14.flatMap((finding) => finding.cells.map((cell) => cell.label ?? ''));
    expect(labels.some((label) => label.includes(`${FSI}商品和服务支出\u202e${PDI}`))).to.equal(true);
  });
});
