// parse() keeps its doubts in the JSON (meta.readDoubts), so a document saved and audited later
// still tells a parse artefact from the document's own error (issue 10, "The audit on real
// documents"): 重庆水利 2026 prints 表二's ten income columns over five header lines, on pages
// pdftotext spreads unevenly. With page 15's repeated header moved 8 characters right (so it no
// longer says where that page's amounts went), rows whose amounts sit between two columns are
// doubted (columns-ambiguous), and the sums that fail there are "could not check".
import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';

/** The text with the five header lines after the "— 15 —" page number moved 8 characters right. */
function headerMoved(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => /—\s*15\s*—/.test(line));
  expect(at).to.be.greaterThan(0);
  for (let i = at + 1; i <= at + 5; i++) lines[i] = `        ${lines[i]}`;
  return lines.join('\n');
}

describe('meta.readDoubts: the parser\'s doubts travel with the document', () => {
  it('lists the table read with warnings, and the saved JSON audits as it does with the warnings', async () => {
    const result = parse(headerMoved(await fixtureText('real/chongqing-shuili-2026-budget.layout.txt')));
    expect(result.warnings.some((w) => w.code === 'columns-ambiguous')).to.equal(true);
    const doc = result.document!;
    expect(doc.meta.readDoubts?.tables?.map((entry) => entry.table)).to.include('t2');
    expect(doc.meta.readDoubts!.tables!.find((entry) => entry.table === 't2')!.warnings).to.include('columns-ambiguous');
    // Round trip through JSON: valid, and the audit without the warnings says the same.
    const saved = JSON.parse(JSON.stringify(doc));
    expect(validate(saved).ok).to.equal(true);
    const severities = (findings: ReturnType<typeof audit>) => findings.map((f) => `${f.rule}:${f.severity}`).sort();
    expect(severities(audit(saved))).to.deep.equal(severities(audit(doc, { warnings: result.warnings })));
    const onT2 = audit(saved).filter((f) => f.cells.some((cell) => cell.table === 't2') && f.severity !== 'rounding');
    expect(onT2.length).to.be.greaterThan(0);
    expect(onT2.every((f) => f.severity === 'unchecked')).to.equal(true);
    // Without the doubts the same findings would read as the document's errors.
    const { readDoubts: _dropped, ...meta } = saved.meta;
    expect(audit({ ...saved, meta }).some((f) => f.severity === 'error' && f.cells.some((cell) => cell.table === 't2'))).to.equal(true);
  });

  it('is absent when every table was read with confidence (the Linzi sample)', async () => {
    const doc = parse(await fixtureText('linzi-industry-it-bureau-2021-final.txt')).document!;
    expect(doc.meta.readDoubts?.tables ?? []).to.deep.equal([]);
  });
});
