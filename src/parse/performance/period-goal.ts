/**
 * A 绩效目标表 that prints its goal in two columns, 实施期总目标 | 年度目标 (the 项目支出绩效目标表
 * of 陕西's budgets, under a 总体目标 label down the left edge). In space text the two columns
 * are often one space apart ("…大中修 2022年交通…"), so a run of words can hold the end of
 * one column and the start of the other: it is cut at its space nearest the line between the
 * two headers.
 */
import { displayWidth } from '../lines.js';
import type { Chunk } from './columns.js';

const PERIOD = /^实施期(?:总体?)?目标$/;
const YEAR = /^(?:年度|本年度?)(?:总体)?(?:绩效)?目标$/;

/** The two headers, when the line prints exactly 实施期总目标 and 年度目标 (in that order). */
export function periodGoalHeader(chunks: readonly Chunk[]): [Chunk, Chunk] | undefined {
  if (chunks.length !== 2) return undefined;
  const [period, year] = chunks as [Chunk, Chunk];
  const compact = (c: Chunk) => c.text.replace(/\s+/g, '');
  return PERIOD.test(compact(period)) && YEAR.test(compact(year)) ? [period, year] : undefined;
}

/** Where the 年度目标 column's text starts (display columns), learnt from the lines already cut. */
export type PeriodGoalState = { yearStart?: number };

/**
 * One goal line's text under the two headers: [实施期总目标 part, 年度目标 part]. A run across the
 * line between the columns (where the 年度目标 text started on the lines above, else halfway
 * between the two headers' centres) is cut at its space nearest that line; a run on one side
 * goes to that side. Display positions: the columns are set in the page's width.
 */
export function splitPeriodGoal(chunks: readonly Chunk[], header: readonly [Chunk, Chunk], state: PeriodGoalState): [period: string, year: string] {
  const centre = (c: Chunk) => (c.start + c.end) / 2;
  const period: string[] = [];
  const year: string[] = [];
  for (const chunk of chunks) {
    // Text set a few columns left of where the 年度目标 text starts is still that column's.
    const boundary = state.yearStart !== undefined ? state.yearStart - 3 : (centre(header[0]) + centre(header[1])) / 2;
    if (chunk.end <= boundary) period.push(chunk.text);
    else if (chunk.start >= boundary) year.push(chunk.text);
    else {
      let cut = -1;
      let at = 0;
      for (let i = chunk.text.indexOf(' '); i >= 0; i = chunk.text.indexOf(' ', i + 1)) {
        const x = chunk.start + displayWidth(chunk.text.slice(0, i + 1));
        if (cut < 0 || Math.abs(x - boundary) < Math.abs(at - boundary)) [cut, at] = [i, x];
      }
      if (cut >= 0) {
        period.push(chunk.text.slice(0, cut));
        year.push(chunk.text.slice(cut + 1));
        state.yearStart ??= at;
      } else (centre(chunk) < boundary ? period : year).push(chunk.text);
    }
  }
  return [period.join('').trim(), year.join('').trim()];
}
