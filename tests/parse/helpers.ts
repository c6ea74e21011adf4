// Helpers for the parser tests: compare parsed output with a hand-made document.

/**
 * The parser's provenance is richer than the hand-made fixture's (`source.table`, `row`,
 * `column` besides `line`); compare on what both say.
 */
export function withLinesOnly<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, inner: unknown) {
      if ((key === 'table' || key === 'row' || key === 'column') && this && 'line' in this && typeof inner === 'string') {
        return undefined;
      }
      return inner;
    }),
  ) as T;
}

/** A seeded PRNG (mulberry32) so robustness runs are reproducible. */
export { random as prng } from '../helpers/generate-document.js';

/** Tab-separated lines from rows of cells. */
export function tsv(rows: string[][]): string {
  return rows.map((row) => row.join('\t')).join('\n');
}
