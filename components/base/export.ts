/**
 * Export helpers shared by every widget: a standalone SVG (styles inlined, so it looks the
 * same opened on its own or pasted into a report) and CSV text. The PNG is painted by
 * `raster.ts`, without loading any image. No network: fonts are named as a local stack.
 */
import { uniquePrefix } from './ids.js';

/** Presentation properties copied from the computed style onto each exported element. */
const INLINE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'unicode-bidi',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

/** A line of text under an exported chart (its unit), in the theme's muted colour and font. */
export interface ExportNote {
  text: string;
  colour: string;
  font: string;
}


/** The height the unit line adds under a chart: 12 px text on a 24 px line (unit-note.ts). */
export const NOTE_LINE = 24;
/** Its baseline, below the chart's bottom edge; its start, from the left edge. */
export const NOTE_BASELINE = 17;
export const NOTE_START = 4;

export interface SvgExportOptions {
  /** A line under the chart, added to the file's height. */
  note?: ExportNote | undefined;
  /** Background painted behind the marks (the theme's background). */
  background?: string;
  /** Title for the file, read by screen readers and image viewers. */
  title?: string;
  /** The prefix of the element's ids (ids.ts), replaced by one of the export's own. */
  idPrefix?: string;
}

/** Serialise `svg` as a standalone document with every computed style written inline. */
export function serializeSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll<SVGElement>('*')];
  const copies = [clone, ...clone.querySelectorAll<SVGElement>('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = getComputedStyle(original);
    const declarations = INLINE_PROPERTIES.map((name) => {
      const value = computed.getPropertyValue(name);
      return value ? `${name}:${value}` : '';
    }).filter(Boolean);
    // Through the CSSOM, not setAttribute('style'): a strict CSP (no 'unsafe-inline' styles)
    // blocks style attributes but allows this, and the serialised SVG carries it all the same.
    copy.style.cssText = declarations.join(';');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('part');
  });
  removeComments(clone);
  renumberIds(clone, options.idPrefix);
  const width = svg.getAttribute('width') ?? String(svg.clientWidth);
  const height = svg.getAttribute('height') ?? String(svg.clientHeight);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', width);
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const ns = 'http://www.w3.org/2000/svg';
  const note = options.note;
  if (note) {
    // One line more at the bottom, in the height and the viewBox, with the note on it.
    const box = clone.getAttribute('viewBox')!.split(/[\s,]+/).map(Number);
    clone.setAttribute('viewBox', `${box[0]} ${box[1]} ${box[2]} ${box[3]! + NOTE_LINE}`);
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', String(box[0]! + NOTE_START));
    text.setAttribute('y', String(box[1]! + box[3]! + NOTE_BASELINE));
    text.style.cssText = `fill:${note.colour};font-family:${note.font};font-size:12px`;
    text.textContent = note.text;
    clone.append(text);
  }
  clone.setAttribute('height', String(Number(height) + (note ? NOTE_LINE : 0)));
  clone.removeAttribute('aria-hidden');
  clone.setAttribute('role', 'img');
  if (options.title) {
    const title = document.createElementNS(ns, 'title');
    title.textContent = options.title;
    clone.insertBefore(title, clone.firstChild);
  }
  if (options.background) {
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, options.title ? clone.firstChild!.nextSibling : clone.firstChild);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/**
 * Gives the ids in an exported SVG a prefix of their own (the element's `prefix` replaced by a
 * fresh one from ids.ts; any other id gets it as a suffix), and every reference to them the
 * same: "#id" (url(#…), href, the inlined styles) and an id in a space-separated list (ARIA
 * relations). Ids are unique per element, not per export: two exports of one chart (last
 * year's and this year's, or the same one twice) pasted into one page shared `dw-3v-hatch`,
 * and the second was filled by the first's definition (Plotly and Highcharts users saw exactly
 * that with clip paths).
 */
function renumberIds(root: Element, prefix: string | undefined): void {
  const fresh = uniquePrefix('dw');
  const renamed = new Map<string, string>();
  for (const { id } of root.querySelectorAll('[id]')) renamed.set(id, prefix && id.startsWith(`${prefix}-`) ? fresh + id.slice(prefix.length) : `${id}-${fresh}`);
  if (!renamed.size) return;
  const ids = [...renamed.keys()].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const reference = new RegExp(`(^|[\\s#])(${ids})(?![\\w-])`, 'g');
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const attr of Array.from(node.attributes)) {
      const value = attr.value.replace(reference, (_, before: string, id: string) => before + renamed.get(id)!);
      if (value === attr.value) continue;
      // The inlined styles through the CSSOM: a strict CSP blocks writing a style attribute.
      if (attr.name === 'style') (node as SVGElement).style.cssText = value;
      else attr.value = value;
    }
  }
}

function removeComments(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.COMMENT_NODE) child.remove();
    else removeComments(child);
  }
}

/**
 * A text cell a spreadsheet would read as a formula: one starting with = + - @, TAB or CR
 * (OWASP's list). Quoting does not stop Excel or LibreOffice from evaluating it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Numbers are data and are written as numbers (-12.5 stays -12.5); a text cell
 * that could start a formula gets a leading apostrophe, the convention spreadsheets show as
 * text and hide ("'=HYPERLINK(…)" displays as =HYPERLINK(…) and is never evaluated).
 */
export function csvCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  let text = String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: quoted where needed, CRLF line ends. Null is an empty cell (blank ≠ 0).
 * Text cells that a spreadsheet would evaluate are neutralised (see `csvCell`).
 */
export function toCsvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}

/** Offer a blob as a download without leaving the page. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
