/**
 * One PDF page → the stage-1 model every input shares (`Page` of `PageLine`s with runs) and
 * the `TextLine`s the later stages read. Positions are real: x in the page's run unit (half
 * the body font size, so a CJK glyph is two units and a digit one, as the text path's
 * display width counts), never counted spaces. Where the PDF draws a grid, a word alone in
 * its grid cell on every line takes the cell's edges, so header cells, merged header cells
 * and amounts line up by the grid rather than by where their glyphs happen to start.
 */
import { displayWidth, normalise, type Cell, type TextLine } from '../lines.js';
import type { Page, Rule, Run } from '../pages.js';
import type { Segment } from './rules.js';
import { wordLines, type Word } from './words.js';

export interface PageText {
  page: Page;
  lines: TextLine[];
}

/** Vertical rules crossing a band of height `size` above baseline y. */
function crossing(verticals: readonly Segment[], y: number, size: number): number[] {
  const top = y - 0.8 * size;
  const bottom = y;
  const xs: number[] = [];
  for (const v of verticals) if (v.y0 <= top + 1 && v.y1 >= bottom - 1) xs.push(v.x0);
  return xs.sort((a, b) => a - b);
}

/** The median font size, by characters: the page's body text. */
function bodySize(words: readonly Word[]): number {
  const sizes: [number, number][] = words.map((w) => [w.size, w.text.length]);
  sizes.sort((a, b) => a[0] - b[0]);
  const total = sizes.reduce((n, [, c]) => n + c, 0);
  let seen = 0;
  for (const [size, count] of sizes) {
    seen += count;
    if (seen * 2 >= total) return size;
  }
  return 10;
}

/** The grid cell [left, right] around a word, when rules cross its line on both sides. */
function cellOf(xs: readonly number[], word: Word): [number, number] | undefined {
  let left: number | undefined;
  let right: number | undefined;
  for (const x of xs) {
    if (x <= word.x0 + 1) left = x;
    else if (x >= word.x1 - 1) {
      right = x;
      break;
    } else return undefined; // a rule through the word: not a cell of it
  }
  return left !== undefined && right !== undefined ? [left, right] : undefined;
}

const AMOUNT = /^[-+]?[\d,]*\d\.\d+$|^\d{1,3}(?:,\d{3})+$/;
const hasAmount = (words: readonly Word[]) => words.some((w) => AMOUNT.test(w.text));
const covers = (rule: Segment, word: Word) => rule.x0 <= word.x0 + 1 && rule.x1 >= word.x1 - 1;
/** Over the same column, or beside within half a glyph: a wrapped line's tail centred under its head. */
const near = (a: Word, b: Word) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > -0.5 * b.size;

/**
 * A header cell merged over several rows prints its text in the middle of the cell, on a
 * line of its own between the rows: "总计" and "项目支出" between "基本支出" and its sub-headers.
 * In the grid, such a word belongs to the top line of its cell, beside the other top-row
 * headers, as a text reader would see the header's first row. Only header lines (no amounts)
 * move, only inside a ruled cell, and only a word that is the only text of its cell.
 */
function liftMergedCells(lines: Word[][], horizontals: readonly Segment[], verticals: readonly Segment[]): Word[][] {
  if (horizontals.length === 0) return lines;
  const moved = lines.map((line) => [...line]);
  for (let i = 1; i < lines.length; i++) {
    if (hasAmount(lines[i]!)) continue;
    for (const word of lines[i]!) {
      const top = Math.max(-Infinity, ...horizontals.filter((h) => h.y0 < word.y - 0.8 * word.size && covers(h, word)).map((h) => h.y0));
      const bottom = Math.min(Infinity, ...horizontals.filter((h) => h.y0 > word.y && covers(h, word)).map((h) => h.y0));
      if (!Number.isFinite(top) || !Number.isFinite(bottom)) continue;
      // A grid cell: ruled on both sides from its top to its bottom (a caption under a page
      // header rule is not in one).
      const side = (v: Segment) => v.y0 <= top + 1 && v.y1 >= bottom - 1;
      if (!verticals.some((v) => side(v) && v.x0 <= word.x0 + 1) || !verticals.some((v) => side(v) && v.x0 >= word.x1 - 1)) continue;
      // Merged over rows: some other cell of the band is split by a rule between its top and
      // bottom. A cell as tall as its whole band is one grid row (a scorecard's row, its
      // integer scores no amounts), whose words stay on their printed lines.
      const edges = verticals.filter(side).map((v) => v.x0);
      const [left, right] = [Math.min(...edges), Math.max(...edges)];
      if (!horizontals.some((h) => h.y0 > top + 1 && h.y0 < bottom - 1 && h.x1 > left + 1 && h.x0 < right - 1)) continue;
      const inCell = (k: number) => lines[k]![0]!.y - 0.8 * lines[k]![0]!.size > top && lines[k]![0]!.y < bottom;
      let j = i;
      while (j > 0 && inCell(j - 1)) j--;
      if (j === i) continue;
      // The cell holds this word alone: no other line inside it prints over the same columns.
      // And it is a header cell: a cell whose rows print amounts is a body row's, its text a
      // name wrapped around the amounts (the head above them, the tail below), left in place.
      let alone = true;
      for (let k = j; k < lines.length && inCell(k) && alone; k++) {
        if (hasAmount(lines[k]!) || (k !== i && lines[k]!.some((w) => near(w, word)))) alone = false;
      }
      if (!alone) continue;
      moved[i] = moved[i]!.filter((w) => w !== word);
      moved[j]!.push({ ...word, y: lines[j]![0]!.y });
    }
  }
  return moved.filter((line) => line.length > 0).map((line) => line.sort((a, b) => a.x0 - b.x0));
}

const BRACKETED = /^\[(\d{3}(?:\d{2}){0,2})\]\s?(.+)$/;

/**
 * Builds the page's lines. `firstNo` is the 1-based number of its first line in the
 * document and `firstIndex` its index; both continue from the previous page.
 */
export function pageLines(
  index: number,
  pieces: Word[],
  segments: readonly Segment[],
  firstNo: number,
): PageText {
  const verticals = segments.filter((s) => s.x0 === s.x1);
  const horizontals = segments.filter((s) => s.y0 === s.y1);
  const lines = liftMergedCells(
    wordLines(pieces, (y, size) => crossing(verticals, y, size)),
    horizontals,
    verticals,
  );
  const all = lines.flat();
  const unit = bodySize(all) / 2 || 5;
  // Grid cells: a cell (a pair of adjacent rules on a line) counts as a column only when no
  // line ever prints two words in it; otherwise the rules are a box around several columns.
  const cells = new Map<string, number>();
  const placed = lines.map((words) => {
    const xs = crossing(verticals, words[0]!.y, words[0]!.size);
    return words.map((word) => {
      const cell = cellOf(xs, word);
      const key = cell ? `${cell[0].toFixed(1)}:${cell[1].toFixed(1)}` : '';
      return { word, cell, key };
    });
  });
  for (const line of placed) {
    const perLine = new Map<string, number>();
    for (const { key } of line) if (key) perLine.set(key, (perLine.get(key) ?? 0) + 1);
    for (const [key, n] of perLine) cells.set(key, Math.max(cells.get(key) ?? 0, n));
  }
  const page: Page = { index, lines: [], rules: segments.map((s): Rule => ({ x0: s.x0 / unit, x1: s.x1 / unit, y0: s.y0, y1: s.y1 })) };
  const out: TextLine[] = [];
  let lastY: number | undefined;
  let lastSize = 0;
  for (const line of placed) {
    const y = line[0]!.word.y;
    const size = Math.max(...line.map((p) => p.word.size));
    // A gap of more than two lines' height reads as a blank line, as pdftotext -layout prints it.
    if (lastY !== undefined && y - lastY > 2.2 * Math.max(size, lastSize)) push(page, out, [], lastY + size, firstNo);
    const runs: Run[] = [];
    for (const { word, cell, key } of line) {
      const snapped = cell !== undefined && cells.get(key) === 1;
      const x0 = snapped ? cell[0] + 0.5 * unit : word.x0;
      const x1 = snapped ? cell[1] - 0.5 * unit : word.x1;
      // The bracket is read before normalise(), which turns "[301]" into "301  " for the text path.
      const printed = word.text.trim();
      const text = normalise(printed).trim();
      const bracket = BRACKETED.exec(printed);
      if (bracket) {
        // "[30217]公务接待费": the code and the name are two cells.
        const split = word.x0 + ((word.x1 - word.x0) * (bracket[1]!.length + 2)) / printed.length;
        runs.push({ text: bracket[1]!, x0: x0 / unit, x1: split / unit, y });
        runs.push({ text: normalise(bracket[2]!).trim(), x0: split / unit, x1: x1 / unit, y });
      } else runs.push({ text, x0: x0 / unit, x1: x1 / unit, y });
    }
    push(page, out, runs, y, firstNo);
    lastY = y;
    lastSize = size;
  }
  return { page, lines: out };
}

/** Adds one line to the page and to the text lines, its raw text laid out by position. */
function push(page: Page, out: TextLine[], runs: Run[], y: number, firstNo: number): void {
  const no = firstNo + out.length;
  const cells: Cell[] = [];
  let raw = '';
  for (const run of runs) {
    // The cell keeps its real position; the raw text (for messages and line patterns) only
    // needs the runs in order, two spaces apart at least, as the text path splits them.
    const start = Math.round(run.x0);
    const end = Math.max(start + 1, Math.round(run.x1));
    const width = displayWidth(raw);
    raw += ' '.repeat(Math.max(width === 0 ? 0 : 2, start - width)) + run.text;
    cells.push({ text: run.text, start, end, cstart: start, cend: end });
  }
  const text = raw.trim();
  out.push({ no, raw, text, cells, tabbed: false });
  page.lines.push({ page: page.index, y, no, index: no - 1, text, runs });
}
