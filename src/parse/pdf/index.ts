/**
 * `parsePdf(bytes)`: a published disclosure PDF → the same `{document, warnings, status}` as
 * `parse(text)`. This is stage 1 of the parser fed from the PDF itself (pdf.js text items
 * merged into words with their x positions, plus the ruling lines the page draws); every
 * later stage is the text path's. Pages are read one at a time and released, so memory
 * follows the largest page, not the file. Never throws: a file that is not a PDF, empty,
 * damaged, encrypted or without a text layer ends as `unreadable` with a bilingual warning.
 * Every `source` in the document and every warning with a line also gets its 1-based `page`.
 *
 * @example
 * // Node
 * const { document, warnings, status } = await parsePdf(await readFile('report.pdf'));
 * // Browser (pdf.js parses in its worker, served from your own origin)
 * await parsePdf(bytes, { workerSrc: '/assets/pdf.worker.min.mjs', onProgress: (p, n) => bar.value = p / n });
 */
import type { TextLine } from '../lines.js';
import type { Page } from '../pages.js';
import { parseSourceLines, type ParseResult } from '../index.js';
import { WarningSink, type ParseWarning } from '../warnings.js';
import { documentParams, loadPdfJs, workerConfigured } from './engine.js';
import type { PdfParseOptions } from './options.js';
import { pageLines } from './page-lines.js';
import { readRules, type OpCodes, type Segment } from './rules.js';
import { piecesOf, type PdfTextItem } from './words.js';

export type { PdfParseOptions } from './options.js';

const MB = 1024 * 1024;
/** A page reads as having text when it shows at least this many characters. */
const TEXT_PAGE = 8;
const AMOUNT = /\d[\d,]*\.\d{1,2}$|^\d{1,3}(?:,\d{3})+$/;

export async function parsePdf(bytes: Uint8Array | ArrayBuffer, options: PdfParseOptions = {}): Promise<ParseResult> {
  const warnings = new WarningSink();
  try {
    const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
    if (!(data instanceof Uint8Array)) return refuse(warnings, 'pdf-not-bytes', { found: describe(bytes) });
    if (data.length === 0) return refuse(warnings, 'pdf-empty');
    const maxBytes = options.maxBytes ?? 64 * MB;
    if (data.length > maxBytes) {
      return refuse(warnings, 'pdf-too-large', { size: (data.length / MB).toFixed(1), limit: (maxBytes / MB).toFixed(0) });
    }
    if (!startsAsPdf(data)) return refuse(warnings, 'pdf-not-pdf');
    return await readDocument(data, options, warnings);
  } catch (error) {
    warnings.add('internal-error', undefined, { detail: error instanceof Error ? error.message : String(error) });
    return { document: null, warnings: warnings.finish(), status: 'unreadable' };
  }
}

function refuse(warnings: WarningSink, code: string, values: Record<string, string> = {}): ParseResult {
  warnings.add(code, undefined, values);
  return { document: null, warnings: warnings.finish(), status: 'unreadable' };
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** "%PDF-" within the first kilobyte, where readers look for it. */
function startsAsPdf(data: Uint8Array): boolean {
  const head = String.fromCharCode(...data.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function readDocument(data: Uint8Array, options: PdfParseOptions, warnings: WarningSink): Promise<ParseResult> {
  let pdfjs: Awaited<ReturnType<typeof loadPdfJs>>;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return refuse(warnings, 'pdf-engine-missing', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (!workerConfigured(pdfjs, options)) return refuse(warnings, 'pdf-worker-missing');
  const task = pdfjs.getDocument(documentParams(pdfjs, data, options));
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string })?.name;
    if (name === 'PasswordException') return refuse(warnings, 'pdf-encrypted');
    return refuse(warnings, 'pdf-damaged', { detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    return await readPages(doc, pdfjs.OPS as unknown as OpCodes, options, warnings);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

async function readPages(doc: PdfDocument, ops: OpCodes, options: PdfParseOptions, warnings: WarningSink): Promise<ParseResult> {
  const total = doc.numPages;
  const limit = Math.min(total, Math.max(1, options.maxPages ?? 1000));
  const lines: TextLine[] = [];
  const pages: Page[] = [];
  const blankPages: number[] = [];
  const pageOfLine: number[] = [];
  for (let n = 1; n <= limit; n++) {
    if (options.signal?.aborted) return refuse(warnings, 'pdf-aborted');
    const read = await readPage(doc, n, ops).catch((error: unknown) => error as Error);
    if (read instanceof Error) {
      warnings.add('pdf-page-unreadable', undefined, { page: n, detail: read.message });
      pages.push({ index: n - 1, lines: [] });
    } else {
      const { page, lines: pageText } = pageLines(n - 1, read.pieces, read.rules, lines.length + 1);
      if (read.chars < TEXT_PAGE) blankPages.push(n);
      for (const line of pageText) {
        lines.push(line);
        pageOfLine.push(n);
      }
      pages.push(page);
    }
    try {
      options.onProgress?.(n, limit);
    } catch {
      // The caller's progress bar failing must not stop the reading.
    }
  }
  if (blankPages.length === limit) return refuse(warnings, 'pdf-no-text');
  if (limit < total) warnings.add('pdf-pages-skipped', undefined, { pages: total, limit });
  // Pages without text among pages with it: scanned pages, or charts and seals (no loss).
  const scanned = blankPages.filter((n) => n > 1);
  if (scanned.length > 0 && scanned.length * 4 >= limit) warnings.add('pdf-pages-without-text', undefined, { pages: ranges(scanned) });
  const result = parseSourceLines(lines, pages, warnings);
  return withPages(result, pageOfLine);
}

/** One page's words and rules; the page is released before the next is read. */
async function readPage(doc: PdfDocument, n: number, ops: OpCodes): Promise<{ pieces: ReturnType<typeof piecesOf>; rules: Segment[]; chars: number }> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 }).transform;
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
    const pieces = piecesOf(items, viewport);
    let chars = 0;
    let amounts = 0;
    for (const piece of pieces) {
      chars += piece.text.length;
      if (AMOUNT.test(piece.text)) amounts++;
    }
    // Rules only matter where a table is: skip the drawing of narrative and chart pages.
    let rules: Segment[] = [];
    if (amounts >= 2) {
      const list = await page.getOperatorList();
      rules = readRules(list.fnArray, list.argsArray, ops, viewport);
    }
    return { pieces, rules, chars };
  } finally {
    page.cleanup();
  }
}

function ranges(pages: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j;
  }
  return out.join(', ');
}

/** Every `source` (and every warning) that cites a line also cites its page. */
function withPages(result: ParseResult, pageOfLine: readonly number[]): ParseResult {
  const pageOf = (line: unknown) => (typeof line === 'number' ? pageOfLine[line - 1] : undefined);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [key, child] of Object.entries(record)) {
        if (key === 'source' && child && typeof child === 'object') {
          const page = pageOf((child as { line?: unknown }).line);
          if (page !== undefined) (child as { page?: number }).page = page;
        } else walk(child);
      }
    }
  };
  walk(result.document);
  const warnings: ParseWarning[] = result.warnings.map((w) => {
    const page = pageOf(w.line);
    return page === undefined ? w : { ...w, page };
  });
  return { ...result, warnings };
}
