// Dev aid: the raw pieces (baseline y, x0, x1, size, text) pdf.js gives for one page, top to bottom.
//   npx tsx scripts/pdf-pieces.ts file.pdf PAGE [pattern]
import { readFileSync } from 'node:fs';
import { documentParams, loadPdfJs } from '../src/parse/pdf/engine.js';
import { piecesOf, type PdfTextItem } from '../src/parse/pdf/words.js';
const [file, pg, pattern] = process.argv.slice(2);
const pdfjs = await loadPdfJs();
const doc = await pdfjs.getDocument(documentParams(pdfjs, new Uint8Array(readFileSync(file!)), {})).promise;
const page = await doc.getPage(Number(pg));
const viewport = page.getViewport({ scale: 1 }).transform;
const items = (await page.getTextContent()).items.filter((i): i is PdfTextItem & typeof i => 'str' in i);
const ps = piecesOf(items, viewport).sort((a, b) => a.y - b.y || a.x0 - b.x0);
const re = new RegExp(pattern ?? '.');
for (const p of ps) if (re.test(p.text)) console.log(p.y.toFixed(2), p.x0.toFixed(1), p.x1.toFixed(1), p.size.toFixed(1), p.text);
