/**
 * The text as lines of cells. PDF extractions give either tab-separated cells (one tab per
 * column, blanks kept) or space-aligned columns (blanks lost, positions kept), so every
 * cell remembers its display position: tables read in space mode line cells up against
 * their header by position.
 */

export interface Cell {
  text: string;
  /** Display columns (CJK counts 2) of the cell in its line; used for space-aligned text. */
  start: number;
  end: number;
  /**
   * The same in characters. Extractors differ: some align columns by display width, some
   * (pdftotext -layout) by character count; a table picks whichever lines its numbers up.
   */
  cstart: number;
  cend: number;
}

export interface TextLine {
  /** 1-based line number in the source. */
  no: number;
  raw: string;
  /** Normalised and trimmed. */
  text: string;
  cells: Cell[];
  /** True when the line had tabs: cells are positional, blanks included. */
  tabbed: boolean;
}

const FULLWIDTH = /[０-９．％－＋＜＞＝]/g;
const FULLWIDTH_AMOUNT = /(^|\s)([-－]?[0-9０-９][0-9０-９,，.．]*[%％]?)(?=\s|$)/g;

/** Full-width digits and signs to ASCII; odd spaces to plain ones, form feeds gone. Names keep their characters. */
export function normalise(text: string): string {
  return text
    // An amount printed in full-width characters ("１，２３４．５６", or "1，234.56" with a full-width
    // separator) as a cell of its own: ASCII, right-aligned in the width it was printed in, so
    // the cells right of it stay in their columns (positions are display widths).
    .replace(FULLWIDTH_AMOUNT, (whole: string, lead: string, amount: string) => {
      const ascii = amount.replace(/[０-９．－，％]/g, (ch) => (ch === '，' ? ',' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
      return amount === ascii ? whole : lead + ' '.repeat(displayWidth(amount) - ascii.length) + ascii;
    })
    .replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u00a0\u2002-\u200b\u202f\u205f\ufeff]/g, ' ')
    // pdftotext starts each page with a form feed; it takes no place in the layout.
    .replace(/\f/g, '')
    // A bracketed leading code "[20132]组织事务" / "[30217]公务接待费": the code and the name
    // as two cells, in the same width so positions stay ("201" then two spaces).
    .replace(/^(\s*)\[(\d{3}(?:\d{2}){0,2})\]\s?/, (_m, lead: string, code: string) => `${lead}${code}  `)
    // A 目录 copied from a Word file whose fields were never updated prints their codes:
    // "一、收入支出决算总表 PAGEREF _Toc20349 h 22", "HYPERLINK \l "_Toc123"", "TOC \o "1-3" \h \z \u".
    // They are no words of the document: only the page number stays, as a 目录 prints it.
    .replace(FIELD_CODE, '  ')
    .replace(/\r$/, '');
}

const FIELD_CODE = /\s*(?:PAGEREF\s+_?Toc\d+(?:\s+\\?h\b)?|HYPERLINK\s+\\?l\s+"?_?Toc\d+"?|\bTOC(?:\s+\\?[a-z](?:\s+"[^"]*")?)+)\s*/g;

/** Width as printed: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

const NUMERIC_TOKEN = /^[-+]?[\d,]*\d(?:\.\d+)?%?$/;

export function splitLines(input: string): TextLine[] {
  const raws = input.split('\n');
  const out: TextLine[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) out[i] = toLine(raws[i] ?? '', i + 1);
  return out;
}

export function toLine(rawInput: string, no: number): TextLine {
  const raw = normalise(rawInput);
  const tabbed = raw.includes('\t');
  const cells = tabbed ? splitTabs(raw) : splitSpaces(raw);
  return { no, raw, text: raw.trim(), cells, tabbed };
}

function splitTabs(raw: string): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  let cpos = 0;
  for (const part of raw.split('\t')) {
    const width = displayWidth(part);
    cells.push({ text: part.trim().replace(/\s+/g, ' '), start: pos, end: pos + width, cstart: cpos, cend: cpos + part.length });
    pos += width + 1;
    cpos += part.length + 1;
  }
  return cells;
}

/**
 * Runs of two or more spaces separate columns; a single space separates columns only next
 * to a number, because names and headers ("一般公共预算 财政拨款") contain single spaces.
 */
function splitSpaces(raw: string): Cell[] {
  const cells: Cell[] = [];
  const chunk = /\S+(?: \S+)*/g;
  let match: RegExpExecArray | null;
  while ((match = chunk.exec(raw)) !== null) {
    const startIndex = match.index;
    const words = match[0].split(' ');
    let group: string[] = [];
    let groupStart = startIndex;
    let cursor = startIndex;
    const flush = (endIndex: number) => {
      if (group.length === 0) return;
      const text = group.join(' ');
      const start = displayWidth(raw.slice(0, groupStart));
      cells.push({
        text,
        start,
        end: start + displayWidth(raw.slice(groupStart, endIndex)),
        cstart: groupStart,
        cend: endIndex,
      });
      group = [];
    };
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const previous = group[group.length - 1];
      if (previous !== undefined && (NUMERIC_TOKEN.test(word) || NUMERIC_TOKEN.test(previous))) {
        flush(cursor - 1);
        groupStart = cursor;
      }
      if (group.length === 0) groupStart = cursor;
      group.push(word);
      cursor += word.length + 1;
    }
    flush(cursor - 1);
  }
  return cells;
}

/** Non-blank cell texts. */
export function texts(line: TextLine): string[] {
  return line.cells.map((c) => c.text).filter((t) => t !== '');
}

/** Page furniture between rows: page numbers, "第 3 页", "- 12 -", "3/20". */
export function isPageNoise(line: TextLine): boolean {
  const t = line.text.replace(/\s+/g, '');
  if (t === '') return false;
  // Two numbers apart ("50⇥50", "12   7") are a row of amounts, not one page number.
  if (/\d\s+\d/.test(line.text)) return false;
  return (
    /^[-—–]?\d{1,4}[-—–]?$/.test(t) ||
    /^第\d{1,4}页(?:[,，]?共\d{1,4}页)?$/.test(t) ||
    /^\d{1,4}\/\d{1,4}$/.test(t) ||
    /^Page\d{1,4}(?:of\d{1,4})?$/i.test(t)
  );
}
