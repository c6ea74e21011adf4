/**
 * Scorecards in space-aligned text (`pdftotext -layout`): columns are runs of spaces, blank
 * cells leave no trace, and names keep their single spaces ("共计 3 家"). A line is cut into
 * chunks at runs of two or more spaces (a run of single-spaced numbers, "10.00 10", is cut
 * at every space), and chunks are placed under the columns of a header line by position.
 * Extractors align by display width (CJK counts 2) or by character count; each line is
 * placed under whichever metric fits it better.
 */
import { displayWidth, type TextLine } from '../lines.js';
import { parsePercent } from '../numbers.js';

export interface Chunk {
  text: string;
  /** Display columns. */
  start: number;
  end: number;
  /** Characters. */
  cstart: number;
  cend: number;
}

export type Metric = 'display' | 'chars';

// Scores may carry their unit ("10分 9.5分", 浙江).
const numberish = (word: string) => parsePercent(word.replace(/分$/, '')) !== undefined;

/** The chunks of a space-aligned line, left to right. */
export function chunksOf(line: TextLine): Chunk[] {
  const raw = line.raw;
  const out: Chunk[] = [];
  const run = /\S+(?: \S+)*/g;
  let match: RegExpExecArray | null;
  let shown = 0;
  let seen = 0;
  const push = (text: string, at: number) => {
    shown += displayWidth(raw.slice(seen, at));
    const width = displayWidth(text);
    out.push({ text, start: shown, end: shown + width, cstart: at, cend: at + text.length });
    shown += width;
    seen = at + text.length;
  };
  while ((match = run.exec(raw)) !== null) {
    const words = match[0].split(' ');
    if (words.length > 1 && words.every(numberish)) {
      let at = match.index;
      for (const word of words) {
        push(word, at);
        at += word.length + 1;
      }
    } else push(match[0], match.index);
  }
  return out;
}

function span(chunk: Chunk, metric: Metric): [number, number] {
  return metric === 'display' ? [chunk.start, chunk.end] : [chunk.cstart, chunk.cend];
}

interface Assignment {
  columns: number[];
  fit: number;
}

/** Each chunk under the header chunk it overlaps most, else the nearest; left to right. */
function assign(chunks: Chunk[], header: Chunk[], metric: Metric): Assignment {
  const heads = header.map((h) => span(h, metric));
  const columns: number[] = [];
  let fit = 0;
  let previous = -1;
  for (const chunk of chunks) {
    const [start, end] = span(chunk, metric);
    let best = 0;
    let bestOverlap = 0;
    let bestGap = Infinity;
    heads.forEach(([hs, he], k) => {
      const overlap = Math.min(end, he) - Math.max(start, hs);
      if (overlap > 0) {
        if (overlap > bestOverlap) [best, bestOverlap, bestGap] = [k, overlap, 0];
        return;
      }
      if (bestOverlap > 0) return;
      const gap = -overlap;
      // Ties go to the column the chunk starts in (cells printed flush left).
      if (gap < bestGap || (gap === bestGap && hs <= start)) [best, bestGap] = [k, gap];
    });
    fit += bestOverlap > 0 ? 2 : bestGap <= 2 ? 1 : 0;
    if (best <= previous) {
      fit -= 2;
      best = Math.min(previous + 1, heads.length - 1);
    }
    columns.push(best);
    previous = best;
  }
  return { columns, fit };
}

/**
 * The line's chunks as cells under the header's columns (blank where nothing is printed).
 * A line with as many chunks as the header has columns is taken in order.
 */
export function placeCells(chunks: Chunk[], header: Chunk[]): string[] {
  const cells = new Array<string>(header.length).fill('');
  if (header.length === 0) return chunks.map((c) => c.text);
  if (chunks.length === header.length) return chunks.map((c) => c.text);
  const display = assign(chunks, header, 'display');
  const chars = assign(chunks, header, 'chars');
  const { columns } = chars.fit > display.fit ? chars : display;
  chunks.forEach((chunk, i) => {
    const k = columns[i]!;
    cells[k] = cells[k] ? `${cells[k]} ${chunk.text}` : chunk.text;
  });
  return cells;
}

/**
 * Cells under header words gathered from several lines (a header wrapped over lines), under
 * one metric: a word alone on its line has the same position in both metrics, the words of a
 * CJK line do not, so the header's left-to-right order is taken in that metric. As many cells
 * as columns are one each, in order (a squeezed header line misplaces words). The result is
 * indexed like `header`, with the placement's fit.
 */
export function placeByMetric(chunks: Chunk[], header: Chunk[], metric: Metric): { cells: string[]; fit: number } {
  const order = header.map((_, k) => k).sort((a, b) => span(header[a]!, metric)[0] - span(header[b]!, metric)[0]);
  const { columns, fit } = assign(chunks, order.map((k) => header[k]!), metric);
  const cells = new Array<string>(header.length).fill('');
  const inOrder = chunks.length === header.length;
  chunks.forEach((chunk, i) => {
    const k = order[inOrder ? i : columns[i]!]!;
    cells[k] = cells[k] ? `${cells[k]} ${chunk.text}` : chunk.text;
  });
  return { cells, fit };
}

/** A chunk's single-spaced words as chunks of their own (header words printed one space apart). */
export function wordsOf(chunk: Chunk): Chunk[] {
  const words = chunk.text.split(' ');
  if (words.length === 1) return [chunk];
  const out: Chunk[] = [];
  let at = 0;
  for (const word of words) {
    const shown = displayWidth(chunk.text.slice(0, at));
    out.push({ text: word, start: chunk.start + shown, end: chunk.start + shown + displayWidth(word), cstart: chunk.cstart + at, cend: chunk.cstart + at + word.length });
    at += word.length + 1;
  }
  return out;
}
