/**
 * The amount columns of this year on a 收支总表 side that also prints last year's and the change
 * (上年预算数 | 本年预算数 | 增减, or 2025年预算数 | 2026年预算数): the readers take one amount per
 * line by header words (合计, else the first that is not a part), and the first was last year's.
 * Last year's and the change columns stay in the list the readers skip, so they are kept as
 * printed (side-columns.ts) like any column no reader took.
 */

/** A header of last year's column. */
const PRIOR = /上年|去年|上期|上一年/;
/** A header of the change between the years. */
const CHANGE = /增减|增长|减少|变动|差额|比上年|[%％]|幅度/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * The columns of this year: without last year's and the change columns (when any other is
 * printed), and, when headers print years, only the latest year's. Returns the list as it
 * came when it cannot tell.
 */
export function currentColumns<T extends { header: string }>(amounts: readonly T[]): readonly T[] {
  const current = amounts.filter((a) => !PRIOR.test(a.header) && !CHANGE.test(a.header));
  if (current.length === 0) return amounts;
  const years = current.map((a) => Number(YEAR.exec(a.header)?.[1] ?? 0));
  const latest = Math.max(...years);
  if (latest === 0 || years.every((y) => y === latest)) return current;
  // Headers without a year beside dated ones (合计 under the year's group) stay.
  return current.filter((_, i) => years[i] === latest || years[i] === 0);
}
