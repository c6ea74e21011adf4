/**
 * Stages 1 and 2 of the table path (docs: ../shared/docs/parse-design.md): the input as pages
 * of positioned runs, grouped into lines, with the page furniture (running titles, page
 * numbers, "表N + 部门名称" repeated on continuation pages) and the table of contents told
 * apart from the content. Pure functions, linear in the input.
 *
 * A `Run` does not depend on where it came from: text extractions give one run per cell
 * (space-aligned text: x in display columns, CJK = 2; tabbed text: x is the column index),
 * and a PDF source (pdf.js text items merged into words) gives x in PDF units and y as the
 * baseline. Every later stage works on `PageLine`s and their runs only.
 */
import { isPageNoise, toLine, type TextLine } from './lines.js';
import { isNumberCell } from './numbers.js';

export interface Run {
  text: string;
  /** Left and right edge: display columns (text), column index (tabbed text) or PDF units. */
  x0: number;
  x1: number;
  /** Vertical position on its page: the line index (text) or the baseline (PDF). */
  y: number;
}

export interface PageLine {
  /** 0-based page index. */
  page: number;
  /** Position on the page (the line index from the top of the page for text). */
  y: number;
  /** 1-based line number in the source (the provenance every warning cites). */
  no: number;
  /** Index into the document's line array. */
  index: number;
  text: string;
  runs: Run[];
}

/**
 * A ruling line the PDF draws (a table's grid): horizontal when y0 = y1, vertical when
 * x0 = x1. x in the page's run units, y in PDF units from the top of the page.
 */
export interface Rule {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Page {
  index: number;
  lines: PageLine[];
  /** The ruling lines of a PDF page; absent for text input. */
  rules?: Rule[];
}

/** Where a PageLine came from: the text adapter builds both from the same split. */
export function pagesFromLines(raws: readonly string[], lines: readonly TextLine[]): Page[] {
  const pages: Page[] = [{ index: 0, lines: [] }];
  let y = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = raws[i] ?? '';
    // pdftotext starts every page but the first with a form feed.
    if (raw.includes('\f') && (i > 0 || raw.indexOf('\f') > 0)) {
      for (let k = 0; k < countFormFeeds(raw); k++) pages.push({ index: pages.length, lines: [] });
      y = 0;
    }
    const line = lines[i]!;
    const page = pages[pages.length - 1]!;
    page.lines.push({
      page: page.index,
      y,
      no: line.no,
      index: i,
      text: line.text,
      runs: line.cells
        .filter((c) => c.text !== '' || line.tabbed)
        .map((c, k) => (line.tabbed ? { text: c.text, x0: k, x1: k, y } : { text: c.text, x0: c.start, x1: c.end, y })),
    });
    y++;
  }
  return pages;
}

function countFormFeeds(raw: string): number {
  let n = 0;
  for (const ch of raw) if (ch === '\f') n++;
  return n;
}

/** The text adapter on its own (for tests and callers that start from text). */
export function pagesFromText(text: string): Page[] {
  const raws = text.split('\n');
  return pagesFromLines(raws, raws.map((raw, i) => toLine(raw, i + 1)));
}

/** Amounts on a line (cells that read as numbers with a decimal point or a thousands separator). */
export function amountCount(runs: readonly Run[]): number {
  let n = 0;
  for (const run of runs) if (isNumberCell(run.text) && /[.,]/.test(run.text)) n++;
  return n;
}

/** Text of a line with digits generalised, so "- 3 -" and "- 4 -" are the same furniture. */
function furnitureKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

const BAND = 3;

/**
 * Page furniture: page numbers anywhere, and lines printed at the top or the bottom of
 * several pages (within the first or last three non-blank lines) with the same text, digits
 * aside. A line that carries two or more amounts is content, never furniture. Returns the
 * line indices (into the document's line array).
 */
export function findFurniture(pages: readonly Page[], lines: readonly TextLine[]): Set<number> {
  const out = new Set<number>();
  const seen = new Map<string, { pages: Set<number>; at: number[] }>();
  for (const page of pages) {
    const filled = page.lines.filter((l) => l.text !== '');
    const band = [...filled.slice(0, BAND), ...filled.slice(Math.max(BAND, filled.length - BAND))];
    for (const line of band) {
      if (amountCount(line.runs) >= 2) continue;
      // A 款/项 code printed on a line of its own (under its named row) is content.
      if (/^\d{5}(?:\d{2})?$/.test(line.text.trim())) continue;
      const key = furnitureKey(line.text);
      if (key.length === 0 || key.length > 60) continue;
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { pages: new Set(), at: [] }));
      entry.pages.add(page.index);
      entry.at.push(line.index);
    }
    for (const line of page.lines) if (lines[line.index] && isPageNoise(lines[line.index]!)) out.add(line.index);
  }
  for (const entry of seen.values()) if (entry.pages.size >= 3) for (const i of entry.at) out.add(i);
  return out;
}

export interface Contents {
  /** Line indices of the 目录 block: [start, end). */
  start: number;
  end: number;
  /** The entries as printed (dot leaders and page numbers removed). */
  entries: string[];
}

/**
 * The table of contents, as one block: a 目录 heading and the entry lines after it, up to the
 * end of its page (and over the next pages while every line is still an entry: no amounts),
 * or up to the first entry printed again. Also a listing without a 目录 heading: three or
 * more table labels ("表1 …", "公开02表 …") on consecutive non-blank lines with no amounts
 * between them (the 是否空表 list). Later stages use it as evidence, never as tables.
 */
export function findContents(pages: readonly Page[]): Contents[] {
  const out: Contents[] = [];
  const flat = pages.flatMap((p) => p.lines);
  for (let k = 0; k < flat.length; k++) {
    const line = flat[k]!;
    if (!/^目\s*录$/.test(line.text.replace(/\s+/g, ' ').trim()) && line.text.replace(/\s+/g, '') !== '目录') continue;
    const entries: string[] = [];
    let end = k + 1;
    let page = line.page;
    /** Where the page being read began: a later page that ends in a table's lines is the body. */
    let pageFrom = { entries: 0, end };
    const bodyPage = (next: PageLine) => {
      // The 目录 goes on over a page only while every line of it is an entry: a later page
      // whose lines turn into a table (amounts, a 部门/单位 line) or prose starts the body, and
      // its title and header are the table's, not entries (北京: the first table right after
      // the 目录 page was lost whole, its title and header read as entries).
      if (next.page === line.page) return false;
      entries.length = pageFrom.entries;
      end = pageFrom.end;
      return true;
    };
    for (let j = k + 1; j < flat.length; j++) {
      const next = flat[j]!;
      if (next.text === '') {
        end = j + 1;
        continue;
      }
      if (next.page !== page) {
        page = next.page;
        pageFrom = { entries: entries.length, end };
      }
      const entry = entryText(next.text);
      // Contents print no amounts, no prose, no table furniture, and run a few pages at most.
      if (amountCount(next.runs) > 0 || j - k > 150 || !looksLikeEntry(next.text)) {
        bodyPage(next);
        break;
      }
      if (TABLE_FURNITURE.test(next.text.replace(/\s+/g, ''))) {
        if (bodyPage(next)) break;
        // A table's 单位 line or lone label: the title just above it is the body, not an entry.
        for (let b = j - 1; b > k; b--) {
          if (flat[b]!.text === '') continue;
          if (/表$/.test(entries[entries.length - 1] ?? '')) {
            entries.pop();
            end = b;
          }
          break;
        }
        break;
      }
      // The body starts where the first entry is printed again ("第一部分" for "第一部分 部门概况").
      if (entries.length > 0 && (entry === entries[0] || (entry.length >= 4 && entries[0]!.startsWith(entry)))) {
        bodyPage(next);
        break;
      }
      entries.push(entry);
      end = j + 1;
    }
    out.push({ start: line.index, end: flat[end - 1] ? flat[end - 1]!.index + 1 : line.index + 1, entries });
    k = end - 1;
  }
  // Label listings (是否空表 lists, contents without a heading).
  let runStart = -1;
  let labels: PageLine[] = [];
  const flush = () => {
    if (labels.length >= 3 && !out.some((c) => c.start <= labels[0]!.index && labels[0]!.index < c.end)) {
      out.push({ start: labels[0]!.index, end: labels[labels.length - 1]!.index + 1, entries: labels.map((l) => entryText(l.text)) });
    }
    labels = [];
    runStart = -1;
  };
  for (const line of flat) {
    if (line.text === '') continue;
    const compact = line.text.replace(/\s+/g, '');
    const label = /^(?:公开|预算|附)?(?:0?\d{1,2})?表(?:\d{1,2}|[一二三四五六七八九十]{1,3})?[、.．:：]?\S*表/.test(compact) || /^(?:公开|预算)?0?\d{1,2}表.+表/.test(compact);
    if (label && amountCount(line.runs) === 0) {
      if (runStart < 0) runStart = line.index;
      labels.push(line);
    } else flush();
  }
  flush();
  return out.sort((a, b) => a.start - b.start);
}

const TABLE_FURNITURE = /^(?:(?:金额)?单位|(?:编制)?部门|编制单位|部门名称|单位名称)[:：]|^(?:公开|预算)?0?\d{1,2}表$|^(?:公开|预算|附)?表(?:\d{1,2}(?:[-－–—]\d{1,2})?|[一二三四五六七八九十]{1,3})$/;

function entryText(text: string): string {
  return text
    .replace(/[.．·…\s]{3,}\d+\s*$/, '')
    .replace(/\s+\d{1,3}\s*$/, '')
    // "表五 一般公共预算支出表": the space is all that ends the label's numeral (readLabel).
    .replace(/(表[一二三四五六七八九十]{1,3})\s+(?=[一二三四五六七八九十])/g, '$1\u0001')
    .replace(/\s+/g, '')
    .replace(/\u0001/g, ' ')
    .replace(/^[-•·]/, '');
}

function looksLikeEntry(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && !/[。；]/.test(t);
}
