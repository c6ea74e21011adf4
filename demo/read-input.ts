/**
 * What the user gives the page — a file (opened or dropped) or pasted text — as either JSON
 * for the editor or a published text parsed in the browser (in a worker) with its warnings.
 * PDF files are read by `readPdf` below, page by page with a progress callback.
 */
import type { ParseResult } from '../src/parse/index.js';
import { parsePdf } from '../src/parse/pdf/index.js';
// pdf.js's worker, served by Vite from this origin (nothing loads from the network).
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type Input =
  | { kind: 'json'; text: string }
  | { kind: 'parsed'; result: ParseResult; /** Read from a PDF (warnings carry its pages). */ fromPdf?: boolean }
  | { kind: 'unreadable'; reason: string };

/**
 * The browser PDF reader: parsePdf (src/parse/pdf) with pdf.js in its own worker, served from
 * this origin. `onProgress` gets (page, pages) for the progress bar.
 */
type PdfReader = (bytes: ArrayBuffer, onProgress?: (page: number, pages: number) => void) => Promise<ParseResult>;
const readPdf: PdfReader = (bytes, onProgress) => parsePdf(bytes, { workerSrc, onProgress });

/** JSON is recognised by its first character; anything else is read as a published text. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

export async function readText(text: string): Promise<Input> {
  if (looksLikeJson(text)) return { kind: 'json', text };
  return { kind: 'parsed', result: await parseInWorker(text) };
}

export async function readFile(file: File, onProgress?: (page: number, pages: number) => void): Promise<Input> {
  try {
    const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
    const isPdf = String.fromCharCode(...head) === '%PDF-' || /\.pdf$/i.test(file.name);
    if (isPdf) return { kind: 'parsed', result: await readPdf(await file.arrayBuffer(), onProgress), fromPdf: true };
    return await readText(await file.text());
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

let worker: Worker | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** parse(text) in a module worker; one text at a time, so each answer meets its question. */
function parseInWorker(text: string): Promise<ParseResult> {
  worker ??= new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  const next = queue.then(
    () =>
      new Promise<ParseResult>((resolve, reject) => {
        current.addEventListener('message', (event: MessageEvent<ParseResult>) => resolve(event.data), { once: true });
        current.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
        current.postMessage(text);
      }),
  );
  queue = next.catch(() => undefined);
  return next;
}
