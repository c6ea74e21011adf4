/**
 * A 绩效目标表's funds printed across (湖北, 河南 and others): a header line naming the funds
 * rows as columns — 资金金额 | 总额 | 财政拨款 | 其他资金 — over one line of amounts ("（万元）
 * 2,360.00 2,200.00 160.00"). Each amount goes under the word it sits below, as the year's
 * budget (年初预算数); a blank cell stays null.
 */
import type { TextLine } from '../lines.js';
import { parseNumber } from '../numbers.js';
import { placeCells, type Chunk } from './columns.js';

type Obj = Record<string, unknown>;

const ACROSS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:资金)?总额$|^年度资金总额$|^合计$/, 'total'],
  [/^(?:其中[:：])?财政拨款$/, 'fiscal'],
  [/^上年结转(?:资金)?$/, 'carryOver'],
  [/^其他资金$/, 'other'],
];

const keyOf = (text: string) => ACROSS.find(([pattern]) => pattern.test(text.replace(/\s+/g, '')))?.[1];

/** The header's row words with their keys, when the line is such a header (a total and one more, no number). */
export function fundsAcrossHeader(chunks: Chunk[]): { chunk: Chunk; key: string }[] | undefined {
  if (chunks.some((c) => /\d/.test(c.text))) return undefined;
  const named = chunks.flatMap((chunk) => {
    const key = keyOf(chunk.text);
    return key ? [{ chunk, key }] : [];
  });
  return named.length >= 2 && named[0]!.key === 'total' ? named : undefined;
}

/** The amounts line under such a header: each amount's funds line, or undefined when it is no such line. */
export function readFundsAcross(line: TextLine, chunks: Chunk[], header: { chunk: Chunk; key: string }[]): Obj | undefined {
  const amounts = chunks.filter((c) => typeof parseNumber(c.text) === 'number' || parseNumber(c.text) === null);
  const labels = chunks.filter((c) => !amounts.includes(c));
  // Only the block's own label beside the amounts (（万元）, 资金金额).
  if (amounts.length === 0 || !labels.every((c) => /^(?:资金金额|项目资金|[(（](?:万元|元)[)）])$/.test(c.text.replace(/\s+/g, '')))) return undefined;
  const cells = placeCells(amounts, header.map((h) => h.chunk));
  const funds: Obj = {};
  header.forEach(({ key }, k) => {
    const value = parseNumber(cells[k] ?? '');
    funds[key] = { initialBudget: typeof value === 'number' ? value : null, annualBudget: null, executed: null, source: { line: line.no } };
  });
  return funds;
}
