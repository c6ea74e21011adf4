// parsePdf in Chromium under the suite's strict CSP (no eval, nothing from other origins):
// pdf.js parses in its own Web Worker, loaded from this origin, and the result is the same
// document as in Node (tests/node/parse-pdf.test.ts checks every cell there).
import { expect } from '@open-wc/testing';
import { parsePdf } from '../../src/parse/index.js';

const WORKER = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';

async function fixtureBytes(name: string): Promise<Uint8Array> {
  const response = await fetch(new URL(`../fixtures/real/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

describe('parsePdf in the browser (worker, strict CSP)', () => {
  it('without a worker file it says so (bilingual), before reading anything', async () => {
    const result = await parsePdf(await fixtureBytes('shanghai-fucai-2026-unit-budget.pdf'));
    expect(result.status).to.equal('unreadable');
    expect(result.warnings.map((w) => w.code)).to.deep.equal(['pdf-worker-missing']);
    expect(result.warnings[0]!.message['zh-CN']).to.contain('workerSrc');
  });

  it('parses a published PDF page by page in pdf.js\'s worker: the tables, their pages, progress', async () => {
    const bytes = await fixtureBytes('shanghai-fucai-2026-unit-budget.pdf');
    const progress: number[] = [];
    const started = performance.now();
    const result = await parsePdf(bytes, { workerSrc: WORKER, onProgress: (page, pages) => progress.push(page / pages) });
    const ms = performance.now() - started;
    expect(result.status, JSON.stringify(result.warnings)).to.equal('complete');
    expect(progress.length).to.equal(16);
    expect(progress[15]).to.equal(1);
    const t3 = result.document!.tables.t3!;
    expect(t3.total!.values).to.deep.equal({ total: 216801570, basic: 20862863, project: 195938707 });
    expect(t3.rows.map((r) => [r.code, r.values.total, r.source!.page])).to.deep.equal([
      ['229', 216801570, 9],
      ['22908', 215020000, 9],
      ['2290804', 215020000, 9],
      ['22999', 1781570, 9],
      ['2299999', 1781570, 9],
    ]);
    // The caller's buffer is not handed over (transferred) to the worker.
    expect(bytes.length).to.equal(197307);
    // Everything it loaded came from this page's origin.
    const foreign = performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin));
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    console.log(`parsePdf in Chromium: 16 pages in ${Math.round(ms)} ms`);
  });

  it('bad input in the browser: not a PDF, and a scan-like page without text', async () => {
    const text = await parsePdf(new TextEncoder().encode('not a pdf'), { workerSrc: WORKER });
    expect(text.warnings.map((w) => w.code)).to.deep.equal(['pdf-not-pdf']);
    // A one-page PDF that draws a rectangle and prints nothing.
    const blank = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
        '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj ' +
        '4 0 obj<</Length 22>>stream\n10 10 100 100 re f\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    const scan = await parsePdf(blank, { workerSrc: WORKER });
    expect(scan.status).to.equal('unreadable');
    expect(scan.warnings.map((w) => w.code)).to.deep.equal(['pdf-no-text']);
  });
});
