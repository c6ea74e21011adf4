/**
 * Matching a project across the parts of one document: the 汇总表 row, the scorecard and the
 * 部门评价报告 print the same project with small differences ("临淄区化工产业安全生产转型升级
 * 工作经费" in the scorecard, "临淄区化工安全生产转型升级经费" in the report).
 */

/** Spaces and quote marks move about in extraction; they never tell two projects apart. */
export function projectKey(name: string): string {
  return name.replace(/[\s"'“”‘’「」《》]/g, '');
}

/** Whether every character of `short` appears in `long`, in order. */
function subsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
}

/**
 * How `a` and `b` name the same project: `exact` (equal keys), `approximate` (the shorter
 * name's characters all appear in order in the longer one, and it keeps at least 3/4 of
 * its length — words dropped, none changed), or undefined.
 */
export function sameProject(a: string, b: string): 'exact' | 'approximate' | undefined {
  const x = projectKey(a);
  const y = projectKey(b);
  if (!x || !y) return undefined;
  if (x === y) return 'exact';
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && short.length / long.length >= 0.75 && subsequence(short, long) ? 'approximate' : undefined;
}

/**
 * The one item of `items` naming the project `name`: an exact match first, else the only
 * approximate one (two approximate candidates are ambiguous: none is taken).
 */
export function findProject<T>(name: string, items: readonly T[], nameOf: (item: T) => string): { item: T; index: number; match: 'exact' | 'approximate' } | undefined {
  let approximate: { item: T; index: number; match: 'approximate' } | undefined;
  let count = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const match = sameProject(name, nameOf(item));
    if (match === 'exact') return { item, index, match };
    if (match === 'approximate') {
      count++;
      approximate ??= { item, index, match };
    }
  }
  return count === 1 ? approximate : undefined;
}

/**
 * The 部门评价报告 of project `name` among `reports`, when that report also names `name` back
 * among every project `names` of the document: one report scores one project, so a report
 * matching "X" exactly is not also given to "X二期" by approximation.
 */
export function findReport<T>(name: string, reports: readonly T[], reportName: (report: T) => string, names: readonly string[]): ReturnType<typeof findProject<T>> {
  const found = findProject(name, reports, reportName);
  if (!found) return undefined;
  const back = findProject(reportName(found.item), names, (other) => other);
  return back && projectKey(back.item) === projectKey(name) ? found : undefined;
}
