/**
 * The ruling lines a PDF page draws, read from pdf.js's operator list: stroked segments and
 * rectangles, and thin filled rectangles (most generators draw a table's grid as 0.5–1.5 pt
 * filled bars). Only axis-aligned lines are kept; curves (charts, seals) are not rules.
 * Coordinates: the page's viewport at scale 1 (PDF units, y from the top, page rotation applied).
 */

/** The operator codes this reader needs (pdf.js `OPS`), passed in so this file stays pure. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

export interface Segment {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** A filled rectangle thinner than this (PDF units) is a line. */
const THIN = 2.5;
/** Shorter than this is a tick, a bullet or a glyph, not a rule. */
const SHORT = 6;

/** `n` applied first, then `m` (the PDF `cm` order: ctm = n × m). */
export function multiply(m: readonly number[], n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n;
  return [a2 * a + b2 * c, a2 * b + b2 * d, c2 * a + d2 * c, c2 * b + d2 * d, e2 * a + f2 * c + e, e2 * b + f2 * d + f];
}

/**
 * Horizontal and vertical segments drawn on a page. `fnArray`/`argsArray` are pdf.js's
 * operator list; `viewport` is the page's viewport transform at scale 1 (it flips y and
 * applies the page's rotation). Cost linear in the number of operators; at most `limit`
 * segments are kept (a page of hatching must not cost memory).
 */
export function readRules(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OpCodes,
  viewport: readonly number[],
  limit = 5000,
): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = multiply([1, 0, 0, 1, 0, 0], viewport);
  const stroking = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const filling = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length && out.length < limit; i++) {
    const fn = fnArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, (argsArray[i] as number[]) ?? []);
    else if (fn === ops.constructPath) {
      const [paint, data] = (argsArray[i] as [number, [ArrayLike<number> | null] | undefined]) ?? [];
      const path = data?.[0];
      if (!path) continue;
      if (stroking.has(paint)) strokedSegments(path, ctm, out);
      else if (filling.has(paint)) filledBars(path, ctm, out);
    }
  }
  return out;
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Walks a pdf.js path (DrawOPS codes then their points), calling back per polygon. */
function polygons(path: ArrayLike<number>, ctm: Matrix, each: (points: [number, number][], curved: boolean) => void): void {
  let points: [number, number][] = [];
  let curved = false;
  const flush = () => {
    if (points.length > 1) each(points, curved);
    points = [];
    curved = false;
  };
  for (let k = 0; k < path.length; ) {
    const op = path[k++];
    if (op === MOVE) {
      flush();
      points.push(apply(ctm, path[k]!, path[k + 1]!));
      k += 2;
    } else if (op === LINE) {
      points.push(apply(ctm, path[k]!, path[k + 1]!));
      k += 2;
    } else if (op === CURVE) {
      curved = true;
      points.push(apply(ctm, path[k + 4]!, path[k + 5]!));
      k += 6;
    } else if (op === QUAD) {
      curved = true;
      points.push(apply(ctm, path[k + 2]!, path[k + 3]!));
      k += 4;
    } else if (op === CLOSE) {
      if (points.length > 0) points.push(points[0]!);
    } else break; // an unknown code: stop reading this path rather than misread it
  }
  flush();
}

function strokedSegments(path: ArrayLike<number>, ctm: Matrix, out: Segment[]): void {
  polygons(path, ctm, (points, curved) => {
    if (curved) return;
    for (let k = 1; k < points.length; k++) {
      const [ax, ay] = points[k - 1]!;
      const [bx, by] = points[k]!;
      push(out, ax, ay, bx, by);
    }
  });
}

function filledBars(path: ArrayLike<number>, ctm: Matrix, out: Segment[]): void {
  polygons(path, ctm, (points, curved) => {
    if (curved) return;
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const [x, y] of points) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    const w = x1 - x0;
    const h = y1 - y0;
    if (h <= THIN && w >= SHORT) push(out, x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
    else if (w <= THIN && h >= SHORT) push(out, (x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
    else if (w >= SHORT && h >= SHORT && points.length <= 6) {
      // A filled cell background: its edges are where the grid is.
      push(out, x0, y0, x1, y0);
      push(out, x0, y1, x1, y1);
      push(out, x0, y0, x0, y1);
      push(out, x1, y0, x1, y1);
    }
  });
}

function push(out: Segment[], ax: number, ay: number, bx: number, by: number): void {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= SHORT) out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: ay, y1: ay });
  else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= SHORT) out.push({ x0: ax, x1: ax, y0: Math.min(ay, by), y1: Math.max(ay, by) });
}
