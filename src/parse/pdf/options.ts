import type { ParseOptions } from '../index.js';

/** Options of `parsePdf`; every one may be left out in Node. */
export interface PdfParseOptions extends ParseOptions {
  /** Called after each page is read: `page` of `pages` (1-based), for a progress bar. */
  onProgress?: (page: number, pages: number) => void;
  /** Stops reading between pages; the result is `unreadable` with a `pdf-aborted` warning. */
  signal?: AbortSignal;
  /**
   * Browser: the URL of pdf.js's worker file served by your own origin (for example
   * `pdfjs-dist/build/pdf.worker.min.mjs` copied next to your page, or Vite's `?url` import).
   */
  workerSrc?: string | URL;
  /** Browser: an already started pdf.js worker (`new Worker(url, { type: 'module' })`) instead of `workerSrc`. */
  workerPort?: Worker;
  /** Browser: a same-origin URL (ending in /) of pdf.js's `cmaps/` folder, for PDFs using predefined CJK encodings. */
  cMapUrl?: string | URL;
  /** Browser: a same-origin URL (ending in /) of pdf.js's `standard_fonts/` folder. */
  standardFontDataUrl?: string | URL;
  /** Larger inputs are refused with `pdf-too-large` before pdf.js reads them. Default 64 MB. */
  maxBytes?: number;
  /** Pages past this are not read (`pdf-pages-skipped`). Default 1000. */
  maxPages?: number;
}
