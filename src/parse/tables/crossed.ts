/**
 * Rows that print several classification codes side by side: a table that crosses 功能分类
 * with 经济分类 prints one row per pair (北京 支出总表: "2010501-行政运行 | 50101-工资奖金津补贴 |
 * 30101-基本工资 | amounts"). Each code is told by its shape (功能 2xx, 部门经济 3xx, 政府经济
 * 5xx) and, where its column's header names a classification, that must agree. A code joined
 * to its name by a dash, printed before its name in a cell of its own, or split 类 | 款 | 项
 * reads the same. A function table keeps such a row under its 功能 code's `economic` pairs
 * (function.ts); the row for the code is their sum when none is printed for it alone.
 */
import { classificationOf, classificationOfHeader, JOINED_CODE, readCode, type Classification } from '../codes.js';

/** One classification code printed on a row, with the name printed after it. */
export interface PrintedCode {
  kind: Classification;
  code: string;
  name: string;
  /** The cells as printed when a 款/项 part lost its leading zero ("201 5 01"): repaired. */
  repaired?: string;
}

interface Token {
  text: string;
  /** The cell (column) it was printed in. */
  column: number;
  /** First token of its cell, or joined to its name by a dash: where a code can start. */
  opens: boolean;
  joined: boolean;
}

const WHOLE = /^\d{3}(?:\d{2}){0,2}$/;
const DASH = /^[-－—]$/;
/** A joined code run into the name before it ("行政运行50101-工资…"): split before the code. */
const RUN_IN = /(?<=[^\d\s])(?=\d{3}(?:\d{2}){0,2}[-－—])/;

/**
 * A cell that opens with a code glued to its name, no space or dash ("2010601行政运行" under
 * 科目编码及名称, as PDF extractions print one cell): only at the start of a cell, and only
 * when a Chinese name (or its bracket) follows, so "2021年…" (4 digits) is none.
 */
const GLUED_CODE = /^(\d{3}(?:\d{2}){0,2})(?=[\u4e00-\u9fff（(])(.+)$/;

function tokens(cells: readonly string[]): Token[] {
  const out: Token[] = [];
  cells.forEach((cell, column) => {
    let first = true;
    for (const piece of cell.trim().split(/\s+/)) {
      for (const part of piece === '' ? [] : piece.split(RUN_IN)) {
        const joined = JOINED_CODE.exec(part) ?? (first ? GLUED_CODE.exec(part) : null);
        if (joined && joined[2] !== '') {
          out.push({ text: joined[1]!, column, opens: true, joined: true }, { text: joined[2]!, column, opens: false, joined: false });
        } else out.push({ text: part, column, opens: first, joined: false });
        first = false;
      }
    }
  });
  return out;
}

/**
 * The codes a row's label cells print, in order, or undefined when the label is not a run of
 * codes each followed by its name: a name before any code, a number that is no known
 * classification, a code its column's header contradicts, or the same classification twice.
 * `headers` are the label cells' column headers. A code in the middle of a cell counts only
 * when joined to its name by a dash, or when the table's header names an 经济分类 column: so
 * a name that prints a number ("培训 300 人次") is not read as a code.
 */
export function readPrintedCodes(cells: readonly string[], headers: readonly string[]): PrintedCode[] | undefined {
  const crossedHeader = headers.some((h) => /经济/.test(h));
  const list = tokens(cells);
  const out: PrintedCode[] = [];
  for (let i = 0; i < list.length; ) {
    const token = list[i]!;
    if (WHOLE.test(token.text) && (token.joined || (token.opens && (crossedHeader || out.length === 0)))) {
      // Whole, or 类 | 款 | 项 in cells of their own (readCode joins the parts).
      const { result, used } = readCode(list.slice(i, i + 3).map((t) => t.text));
      if (result.kind !== 'code') return undefined;
      const kind = classificationOf(result.code);
      const named = classificationOfHeader(headers[token.column] ?? '');
      if (kind === undefined || (named !== undefined && named !== kind) || out.some((p) => p.kind === kind)) return undefined;
      out.push(result.repaired ? { kind, code: result.code, name: '', repaired: result.printed } : { kind, code: result.code, name: '' });
      i += used;
      continue;
    }
    const last = out[out.length - 1];
    if (!last) return undefined;
    if (!(DASH.test(token.text) && last.name === '')) last.name += token.text;
    i++;
  }
  return out.length > 0 ? out : undefined;
}

/** The 功能 code and the 经济分类 codes of a crossed row, or undefined when the row is not one. */
export function crossedCodes(codes: readonly PrintedCode[] | undefined): { function: PrintedCode; economic: PrintedCode[] } | undefined {
  const fn = codes?.find((c) => c.kind === 'function');
  if (!codes || !fn || codes.length < 2) return undefined;
  return { function: fn, economic: codes.filter((c) => c !== fn) };
}
