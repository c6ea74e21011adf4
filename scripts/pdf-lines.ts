// Dev aid: the stage-1 lines parsePdf reads from a PDF (cells as start-end:text), for pages FROM..TO
// or for the lines matching a pattern.  npx tsx scripts/pdf-lines.ts file.pdf [from] [to] [pattern]
import { readFileSync } from 'node:fs';
import { documentParams, loadPdfJs } from '../src/parse/pdf/engine.js';
import { pageLines } from '../src/parse/pdf/page-lines.js';
import { readRules, type OpCodes } from '../src/parse/pdf/rules.js';
import { piecesOf, type PdfTextItem } from '../src/parse/pdf/words.js';
const [file, from = '1', to = from, pattern] = process.argv.slice(2);
const pdfjs = await loadPdfJs();
const doc = await pdfjs.getDocument(documentParams(pdfjs, new Uint8Array(readFileSync(file!)), {})).promise;
let no = 1;
for (let n = 1; n <= Math.min(doc.numPages, Number(to)); n++) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 }).transform;
  const items = (await page.getTextContent()).items.filter((i): i is PdfTextItem & typeof i => 'str' in i);
  const list = await page.getOperatorList();
  const rules = readRules(list.fnArray, list.argsArray, pdfjs.OPS as unknown as OpCodes, viewport);
  const { lines } = pageLines(n - 1, piecesOf(items, viewport), rules, no);
  no += lines.length;
  if (n < Number(from)) continue;
  for (const l of lines) {
    if (pattern && !new RegExp(pattern).test(l.text)) continue;
    console.log(`p${n} ${l.no}: ${l.cells.map((c) => `${c.start}-${c.end}:${c.text}`).join(' | ')}`);
  }
}
