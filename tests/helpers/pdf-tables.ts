/**
 * Disclosure-like PDFs drawn in the tests with pdf-lib: caption lines, tables with or without
 * a ruled grid (stroked lines or thin filled bars, as real generators draw them), merged
 * header cells (spanning columns and rows, text centred in the cell), amounts right-aligned,
 * a table continued on the next page with its header repeated, page numbers at the foot.
 * Chinese text uses WenQuanYi Micro Hei (Debian's fonts-wqy-microhei), subset into the PDF.
 */
import { existsSync, readFileSync } from 'node:fs';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const hasCjkFont = existsSync(CJK_FONT);

export interface HeaderCell {
  text: string;
  /** Columns spanned (default 1). */
  span?: number;
  /** Header rows spanned (default 1): the text sits in the middle of the merged cell. */
  rows?: number;
}

export interface TableSpec {
  /** Caption lines above the table (label, title, 单位 line), centred or as given. */
  captions: { text: string; align?: 'left' | 'center' | 'right'; size?: number }[];
  widths: number[];
  /** Header rows; a cell covered by a merged cell above or to the left is left out. */
  header: HeaderCell[][];
  /** Body rows: one string per column, '' for a blank cell. */
  body: string[][];
  /** 'lines': stroked rules; 'bars': thin filled rectangles; 'none': no grid. */
  grid: 'lines' | 'bars' | 'none';
  /** Body rows per page; the header is printed again on each page (the 续表 kind). */
  rowsPerPage?: number;
  /** Printed on top of each continuation page. */
  continuedTitle?: string;
  note?: string;
}

export type Block = { lines: string[]; size?: number } | { table: TableSpec } | { newPage: true };

const PAGE: [number, number] = [842, 595];
const MARGIN = 50;
const ROW = 20;
const SIZE = 10;

// fontkit opens a font collection (.ttc) only with a font name; parse the file once.
let cached: unknown;
const fontkitOnce = {
  create: (data: Uint8Array) => (cached ??= (fontkit as unknown as { create(d: Uint8Array, name: string): unknown }).create(data, 'WenQuanYiMicroHei')),
};

class Writer {
  page!: PDFPage;
  y = 0;
  pages = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly footer: boolean,
  ) {}

  newPage(): void {
    this.page = this.doc.addPage(PAGE);
    this.pages++;
    this.y = PAGE[1] - MARGIN;
    if (this.footer) this.text(`- ${this.pages} -`, PAGE[0] / 2, 30, 'center', 9);
  }

  need(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  text(text: string, x: number, y: number, align: 'left' | 'center' | 'right' = 'left', size = SIZE): void {
    if (text === '') return;
    const width = this.font.widthOfTextAtSize(text, size);
    const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
    this.page.drawText(text, { x: left, y, size, font: this.font, color: rgb(0, 0, 0) });
  }

  rule(x0: number, y0: number, x1: number, y1: number, grid: TableSpec['grid']): void {
    if (grid === 'lines') this.page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.75 });
    else if (grid === 'bars') {
      const t = 0.8;
      if (y0 === y1) this.page.drawRectangle({ x: x0, y: y0 - t / 2, width: x1 - x0, height: t, color: rgb(0, 0, 0) });
      else this.page.drawRectangle({ x: x0 - t / 2, y: Math.min(y0, y1), width: t, height: Math.abs(y1 - y0), color: rgb(0, 0, 0) });
    }
  }
}

function drawHeader(w: Writer, spec: TableSpec, xs: number[]): void {
  const taken = spec.header.map(() => new Array<boolean>(spec.widths.length).fill(false));
  const top = w.y;
  spec.header.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken[r]![c]) c++;
      const span = cell.span ?? 1;
      const rows = cell.rows ?? 1;
      for (let rr = r; rr < r + rows; rr++) for (let cc = c; cc < c + span; cc++) taken[rr]![cc] = true;
      const x0 = xs[c]!;
      const x1 = xs[c + span]!;
      const yTop = top - r * ROW;
      const yBottom = top - (r + rows) * ROW;
      w.text(cell.text, (x0 + x1) / 2, (yTop + yBottom) / 2 - SIZE / 2 + 1.5, 'center');
      w.rule(x0, yTop, x1, yTop, spec.grid);
      w.rule(x0, yBottom, x1, yBottom, spec.grid);
      w.rule(x0, yTop, x0, yBottom, spec.grid);
      w.rule(x1, yTop, x1, yBottom, spec.grid);
      c += span;
    }
  });
  w.y = top - spec.header.length * ROW;
}

const NUMBER = /^[\d,.-]+$/;

function drawTable(w: Writer, spec: TableSpec): void {
  const xs = [MARGIN];
  for (const width of spec.widths) xs.push(xs[xs.length - 1]! + width);
  const perPage = spec.rowsPerPage ?? Infinity;
  w.need(ROW * (spec.header.length + 2) + 60);
  for (const caption of spec.captions) {
    const size = caption.size ?? SIZE;
    const align = caption.align ?? 'center';
    const x = align === 'left' ? MARGIN : align === 'right' ? xs[xs.length - 1]! : (MARGIN + xs[xs.length - 1]!) / 2;
    w.text(caption.text, x, w.y - size, align, size);
    w.y -= size + 10;
  }
  drawHeader(w, spec, xs);
  spec.body.forEach((row, i) => {
    if (i > 0 && i % perPage === 0) {
      w.newPage();
      if (spec.continuedTitle) {
        w.text(spec.continuedTitle, (MARGIN + xs[xs.length - 1]!) / 2, w.y - 14, 'center', 14);
        w.y -= 30;
      }
      drawHeader(w, spec, xs);
    }
    const yTop = w.y;
    const yBottom = w.y - ROW;
    row.forEach((cell, c) => {
      const numeric = NUMBER.test(cell) && c > 0;
      w.text(cell, numeric ? xs[c + 1]! - 4 : xs[c]! + 4, yBottom + 6, numeric ? 'right' : 'left');
      w.rule(xs[c]!, yTop, xs[c]!, yBottom, spec.grid);
    });
    w.rule(xs[xs.length - 1]!, yTop, xs[xs.length - 1]!, yBottom, spec.grid);
    w.rule(xs[0]!, yBottom, xs[xs.length - 1]!, yBottom, spec.grid);
    w.y = yBottom;
  });
  if (spec.note) {
    w.text(spec.note, MARGIN, w.y - 20);
    w.y -= 30;
  }
  w.y -= 20;
}

/** A PDF of the blocks, in order, with page numbers at the foot of every page. */
export async function makePdf(blocks: Block[], options: { footer?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitOnce as never);
  const font = await doc.embedFont(readFileSync(CJK_FONT), { subset: true });
  const w = new Writer(doc, font, options.footer ?? true);
  w.newPage();
  for (const block of blocks) {
    if ('newPage' in block) w.newPage();
    else if ('table' in block) drawTable(w, block.table);
    else {
      const size = block.size ?? 14;
      for (const line of block.lines) {
        w.need(size + 10);
        w.text(line, PAGE[0] / 2, w.y - size, 'center', size);
        w.y -= size + 12;
      }
    }
  }
  return doc.save();
}

/** Pages with no text at all (drawn boxes only): what a scan without OCR looks like to a reader. */
export async function makeScannedPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage(PAGE);
    page.drawRectangle({ x: 60, y: 60, width: 700, height: 450, color: rgb(0.85, 0.85, 0.85) });
  }
  return doc.save();
}

/** Many plain pages (a standard font, no tables): for size and progress tests. */
export async function makeLongPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage(PAGE);
    page.drawText(`Page ${i} of a long annex`, { x: 60, y: 500, size: 12, font });
    page.drawText(`- ${i} -`, { x: 400, y: 30, size: 9, font });
  }
  return doc.save();
}

/**
 * A minimal PDF protected by the standard security handler (RC4, revision 2) whose user
 * password is not empty: readers must ask for a password. Written by hand: pdf-lib does not
 * encrypt. The /U entry matches no password a reader can try without asking.
 */
export function makeEncryptedPdf(): Uint8Array {
  const hex = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(32)}> /U <${hex(32)}> >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** 公开05表 with 本年支出 merged over 小计 / 基本支出 / 项目支出 and 项目 over 编码 and 名称. */
export function table5(grid: TableSpec['grid'], rowsPerPage?: number): TableSpec {
  const spec: TableSpec = {
    captions: [
      { text: '一般公共预算财政拨款支出决算表', size: 16 },
      { text: '公开05表', align: 'right' },
      { text: '部门：测试市版式局', align: 'left' },
      { text: '金额单位：万元', align: 'right' },
    ],
    widths: [90, 200, 110, 110, 110],
    header: [
      [{ text: '项目', span: 2 }, { text: '本年支出', span: 3 }],
      [{ text: '科目编码' }, { text: '科目名称' }, { text: '小计' }, { text: '基本支出' }, { text: '项目支出' }],
    ],
    body: [
      ['', '合计', '12,280.40', '2,345.60', '9,934.80'],
      ['201', '一般公共服务支出', '2,345.60', '2,345.60', ''],
      ['20101', '人大事务', '2,345.60', '2,345.60', ''],
      ['2010101', '行政运行', '2,345.60', '2,345.60', ''],
      ['215', '资源勘探工业信息等支出', '9,934.80', '', '9,934.80'],
      ['21505', '工业和信息产业监管', '9,934.80', '', '9,934.80'],
      ['2150517', '产业发展', '9,934.80', '', '9,934.80'],
    ],
    grid,
    continuedTitle: '一般公共预算财政拨款支出决算表（续）',
  };
  if (rowsPerPage) spec.rowsPerPage = rowsPerPage;
  return spec;
}

/** table5 with one amount printed as two run together ("2,345.602,345.60", 行政运行's 小计): a line warning. */
export function brokenTable5(grid: TableSpec['grid'] = 'lines'): TableSpec {
  const spec = table5(grid);
  spec.body = spec.body.map((row) => (row[0] === '2010101' ? row.map((cell, i) => (i === 2 ? '2,345.602,345.60' : cell)) : row));
  return spec;
}
