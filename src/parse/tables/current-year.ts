/**
 * The amount columns of this year in a table that also prints last year's and the change
 * (上年预算数 | 本年预算数 | 增减, or 2025年预算数 | 2026年预算数). The readers key columns by their
 * header words and take the first that fits, which was last year's (a 收支总表 side's first
 * amount; a 一般公共预算支出表 read in the standard order). Last year's and the change columns
 * get no key, so they are kept as printed like any column no reader took.
 */

/** A header of last year's amounts (not 上年结转, which is this year's money). */
const PRIOR = /(?:上年|去年|上期|上一年)度?(?:预算|决算|执行|实际)?数/;
/** A header of the change between the years. */
const CHANGE = /增减|增长|变动|差额|比上年|[%％]|幅度/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * The indices of headers that are not this year's: last year's and the change columns (when
 * any other is printed) and, when headers print years, the earlier years'. Empty when it
 * cannot tell.
 */
export function staleColumns(headers: readonly string[]): Set<number> {
  const stale = new Set<number>();
  headers.forEach((h, i) => (PRIOR.test(h) || CHANGE.test(h)) && stale.add(i));
  if (stale.size === headers.length) return new Set();
  const years = headers.map((h, i) => (stale.has(i) ? 0 : Number(YEAR.exec(h)?.[1] ?? 0)));
  const latest = Math.max(...years);
  // Headers without a year beside dated ones (合计 under the year's group) stay.
  years.forEach((y, i) => y !== 0 && y < latest && stale.add(i));
  return stale;
}

/** The amounts of this year's columns (see staleColumns); the list as it came when it cannot tell. */
export function currentColumns<T extends { header: string }>(amounts: readonly T[]): readonly T[] {
  const stale = staleColumns(amounts.map((a) => a.header));
  return amounts.filter((_, i) => !stale.has(i));
}
