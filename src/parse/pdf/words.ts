/**
 * pdf.js text items → words on baselines. A text item is whatever string the PDF showed
 * with one operator: a whole cell, one glyph, or a cell padded with spaces; pdf.js also adds
 * whitespace items for the gaps. Words are rebuilt from positions: items on one baseline
 * that touch (or sit a space apart, away from numbers) are one word, wider gaps and drawn
 * vertical rules separate words. Coordinates: PDF units, y from the top of the page.
 */

/** The fields of a pdf.js `TextItem` this reader uses. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f] in text space: e, f the origin of the baseline, d ≈ the font size. */
  transform: number[];
  width: number;
  height: number;
}

export interface Word {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, PDF units from the top of the page. */
  y: number;
  /** Font size (PDF units). */
  size: number;
}

import { displayWidth } from '../lines.js';
import { multiply } from './rules.js';

const AMOUNT = /^[-+]?[\d,]*\d\.\d+$|^\d{1,3}(?:,\d{3})+$/;
const SINGLE_CJK = /^[\u4e00-\u9fff]$/;
const NUMERIC = /^[-+]?[\d,]*\d(?:\.\d+)?%?$/;

/**
 * Items → pieces: whitespace dropped, an item padded with 2+ inner spaces split in place.
 * `viewport` is the page's viewport transform at scale 1 (y down, the page's rotation
 * applied), so a landscape table on a rotated page reads upright.
 */
export function piecesOf(items: readonly PdfTextItem[], viewport: readonly number[]): Word[] {
  const out: Word[] = [];
  for (const item of items) {
    if (!item || typeof item.str !== 'string' || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = multiply(viewport, item.transform ?? []);
    // Rotated text (watermarks, vertical captions) is not part of any table row.
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d >= 0) continue;
    const size = -d || item.height || 1;
    const width = item.width > 0 ? item.width : size * item.str.length * 0.5;
    const y = f;
    for (const [text, from, to] of parts(item.str)) {
      out.push({ text, x0: e + width * from, x1: e + width * to, y, size });
    }
  }
  return out;
}

/**
 * The cells inside one item's string, each with its share of the item's width (by display
 * width: CJK counts two): pdf.js joins neighbouring glyphs into one item, so an amount and
 * the next column's name may arrive as "296,030.91 一、一般公共服务支出". The text path's
 * rule splits them: two or more spaces, or one space beside a number.
 */
function parts(str: string): [string, number, number][] {
  const total = displayWidth(str) || 1;
  const out: [string, number, number][] = [];
  const token = /\S+/g;
  let match: RegExpExecArray | null;
  let current: { text: string; start: number; end: number } | undefined;
  while ((match = token.exec(str)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (current) {
      const gap = start - current.end;
      const numeric = (NUMERIC.test(lastToken(current.text)) && !yearOf(current.text, match[0])) || NUMERIC.test(match[0]);
      if (gap === 1 && !numeric) {
        current.text += ` ${match[0]}`;
        current.end = end;
        continue;
      }
      out.push(share(str, current, total));
    }
    current = { text: match[0], start, end };
  }
  if (current) out.push(share(str, current, total));
  return out;
}

const share = (str: string, part: { text: string; start: number; end: number }, total: number): [string, number, number] => [
  part.text,
  displayWidth(str.slice(0, part.start)) / total,
  displayWidth(str.slice(0, part.end)) / total,
];

/** A piece crossed by a vertical rule is two cells: split it at the rule, by display width. */
function splitAtRules(piece: Word, splits: readonly number[]): Word[] {
  const inside = splits.filter((x) => x > piece.x0 + 1 && x < piece.x1 - 1);
  if (inside.length === 0 || piece.text.length < 2) return [piece];
  const out: Word[] = [];
  const chars = [...piece.text];
  const total = displayWidth(piece.text);
  const perUnit = (piece.x1 - piece.x0) / total;
  let from = 0;
  let x = piece.x0;
  let acc = 0;
  let k = 0;
  for (const rule of inside) {
    while (k < chars.length && piece.x0 + (acc + displayWidth(chars[k]!) / 2) * perUnit < rule) acc += displayWidth(chars[k++]!);
    const text = chars.slice(from, k).join('').trim();
    const x1 = piece.x0 + acc * perUnit;
    if (text) out.push({ ...piece, text, x0: x, x1 });
    from = k;
    x = x1;
  }
  const rest = chars.slice(from).join('').trim();
  if (rest) out.push({ ...piece, text: rest, x0: x, x1: piece.x1 });
  return out.length > 0 ? out : [piece];
}

/**
 * Pieces → lines of words, top to bottom, each line left to right. Pieces share a line when
 * their baselines are within a third of the font size. `splits` are the x of vertical rules
 * crossing a given y: a word never spans one.
 */
export function wordLines(pieces: Word[], splitsAt: (y: number, size: number) => readonly number[]): Word[][] {
  const sorted = [...pieces].sort((p, q) => p.y - q.y || p.x0 - q.x0);
  const lines: Word[][] = [];
  let current: Word[] = [];
  let anchor = -Infinity;
  let anchorSize = 0;
  for (const piece of sorted) {
    if (current.length > 0 && Math.abs(piece.y - anchor) <= 0.35 * Math.max(piece.size, anchorSize)) {
      current.push(piece);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [piece];
    anchor = piece.y;
    anchorSize = piece.size;
  }
  if (current.length > 0) lines.push(current);
  return mergeOffsetCells(lines).map((line) => {
    const splits = splitsAt(line[0]!.y, line[0]!.size);
    const pieces = line.flatMap((piece) => splitAtRules(piece, splits)).sort((p, q) => p.x0 - q.x0);
    return joinWords(pieces, splits);
  });
}

/**
 * Cells of one row printed at slightly different heights (a code cell centred while its name
 * is top-aligned: "培训支出 12.17" and, 7 pt lower, "2050803") overlap vertically, which two
 * printed rows never do. Such a line joins the one above when none of its words sits over a
 * word of that line (a wrapped cell's second line always does) and one of them has amounts.
 */
function mergeOffsetCells(lines: Word[][]): Word[][] {
  const out: Word[][] = [];
  const over = (a: Word, w: Word) => Math.min(a.x1, w.x1) - Math.max(a.x0, w.x0) > -0.5 * w.size;
  for (const [i, line] of lines.entries()) {
    const above = out[out.length - 1];
    const first = line[0]!;
    const top = above?.[0];
    // A name wrapped around its row's amounts ("机关事业单位基本养老保" / amounts / "2080505 险缴费支出"):
    // the three lines stay apart, as pdftotext prints them, when the text above the amounts
    // (no amounts of its own) goes on in the same column below them.
    const wraps = (head: Word[] | undefined, tail: Word[] | undefined) =>
      !!head && !!tail && !head.some((a) => AMOUNT.test(a.text)) && tail.some((w) => head.some((a) => over(a, w)));
    const wrapsAround = wraps(above, lines[i + 1]) || (above === lines[i - 1] && wraps(out[out.length - 2], line));
    if (
      !wrapsAround &&
      above &&
      top &&
      first.y - top.y < 0.75 * Math.max(first.size, top.size) &&
      // Body rows only: a header's wrapped lines stay lines of their own.
      (line.some((w) => AMOUNT.test(w.text)) || above.some((a) => AMOUNT.test(a.text))) &&
      !line.some((w) => above.some((a) => Math.min(a.x1, w.x1) - Math.max(a.x0, w.x0) > -0.2 * w.size))
    ) {
      above.push(...line);
      continue;
    }
    out.push(line);
  }
  return out;
}

function joinWords(pieces: Word[], splits: readonly number[]): Word[] {
  const words: Word[] = [];
  // Words built from single CJK characters printed apart.
  const spaced = new Set<Word>();
  for (const piece of pieces) {
    const last = words[words.length - 1];
    if (last) {
      const gap = piece.x0 - last.x1;
      const size = Math.max(last.size, piece.size);
      const ruled = splits.some((x) => x > last.x1 - 0.5 && x < piece.x0 + 0.5);
      const numeric = (NUMERIC.test(lastToken(last.text)) && !yearOf(last.text, piece.text)) || NUMERIC.test(firstToken(piece.text));
      // Touching pieces are one word; a gap of about one space joins words of a phrase
      // ("一般公共预算 财政拨款"), never next to a number, where it separates two cells.
      if (!ruled && gap < 0.15 * size) {
        last.text += piece.text;
        last.x1 = Math.max(last.x1, piece.x1);
        continue;
      }
      if (!ruled && !numeric && gap < 0.6 * size) {
        last.text += ` ${piece.text}`;
        last.x1 = Math.max(last.x1, piece.x1);
        continue;
      }
      // Letter-spaced headings and totals ("合   计", "项    目", "科 目 名 称") are one word.
      if (!ruled && gap < 4 * size && SINGLE_CJK.test(piece.text) && (SINGLE_CJK.test(last.text) || spaced.has(last))) {
        spaced.add(last);
        last.text += piece.text;
        last.x1 = Math.max(last.x1, piece.x1);
        continue;
      }
    }
    words.push({ ...piece });
  }
  return words;
}

/** "2026 年预算": a year and its 年 a space apart are one phrase (a header, a row label), not a number and a cell. */
const yearOf = (before: string, after: string) => /^(?:19|20)\d{2}$/.test(lastToken(before)) && after.startsWith('年');
const lastToken = (text: string) => text.slice(text.lastIndexOf(' ') + 1);
const firstToken = (text: string) => text.split(' ', 1)[0] ?? '';
