/**
 * Loading pdf.js: the legacy build in Node (the only one that runs on Node 20), the modern
 * build in the browser, where pdf.js parses in its own Web Worker. Nothing comes from the
 * network: in the browser the caller serves pdf.js's worker file (and the cMaps, if its
 * PDFs need them) from its own origin; in Node they are read from the installed package.
 * Eval stays off (`isEvalSupported: false`), fonts are never installed (`disableFontFace`),
 * so pdf.js runs under a strict CSP. Imported lazily: text-only callers never load pdf.js.
 */
import type { PdfParseOptions } from './options.js';

type PdfJs = typeof import('pdfjs-dist');

// The library's types are DOM-only (no Node types): read `process` off globalThis.
const nodeProcess = (globalThis as { process?: { versions?: { node?: string } } }).process;
export const inNode = typeof nodeProcess?.versions?.node === 'string' && typeof document === 'undefined';

let loaded: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (inNode
    ? (import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>)
    : (import('pdfjs-dist'))
  ).catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** Where pdf.js's own data files are in Node: the installed package's cmaps and fonts. */
function packageDir(sub: string): string | undefined {
  try {
    const url = new URL(`./${sub}/`, import.meta.resolve('pdfjs-dist/package.json'));
    return decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
}

/** The `getDocument` parameters: the caller's bytes copied (pdf.js transfers its buffer). */
export function documentParams(pdfjs: PdfJs, bytes: Uint8Array, options: PdfParseOptions): Parameters<PdfJs['getDocument']>[0] {
  const params: Record<string, unknown> = {
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Text only: no JavaScript, no XFA forms, no annotations' appearance streams.
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapPacked: true,
  };
  const cMapUrl = options.cMapUrl ?? (inNode ? packageDir('cmaps') : undefined);
  if (cMapUrl) params.cMapUrl = String(cMapUrl);
  const fontUrl = options.standardFontDataUrl ?? (inNode ? packageDir('standard_fonts') : undefined);
  if (fontUrl) params.standardFontDataUrl = String(fontUrl);
  if (!inNode && options.workerPort) params.worker = new pdfjs.PDFWorker({ port: options.workerPort as never });
  else if (!inNode && options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = String(options.workerSrc);
  return params as Parameters<PdfJs['getDocument']>[0];
}

/** Whether the browser caller said where pdf.js's worker is (Node needs nothing). */
export function workerConfigured(pdfjs: PdfJs, options: PdfParseOptions): boolean {
  return inNode || Boolean(options.workerPort || options.workerSrc || pdfjs.GlobalWorkerOptions.workerSrc || pdfjs.GlobalWorkerOptions.workerPort);
}
