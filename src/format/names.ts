/**
 * Names a reader can tell apart. 行政运行 and 一般行政管理事务 occur under almost every 款; two
 * marks drawn with the same name, in a label, a flow "行政运行 → 基本支出", a tooltip or an
 * announcement, cannot be told apart. `qualifyNames` gives each mark the name to show: as
 * printed when it is unique, else followed by its parent's name in brackets
 * ("行政运行（人大事务）"), more of its parents when the parents share a name too, and its
 * code when nothing else differs. The name as printed stays the mark's `name` everywhere
 * data leaves the widget (events, CSV name column); this is what readers see.
 */
import { isolate } from './bidi.js';
import type { Lang } from './messages.js';

/**
 * What stands for a name the document left blank (a PDF cell read empty: real 部门决算 have
 * 经济分类 rows and 绩效指标 without one). An empty label, "“” 得分 …" in a finding or an
 * announcement starting "，6,443.60万元" tells the reader nothing (ECharts users saw bare
 * values for '' pie names, Chart.js users tooltips reading ": 12").
 */
export function blankName(lang: Lang = 'zh-CN'): string {
  return lang === 'en' ? '(no name printed)' : '（未印名称）';
}

/** `name` as printed, or, when the document left it blank, its `code` else `blankName`. */
export function shownName(name: string, lang: Lang = 'zh-CN', code?: string): string {
  return name.trim() ? name : code || blankName(lang);
}

/** A mark as `qualifyNames` sees it. */
export interface NamedMark {
  id: string;
  /** The name as printed in the document. */
  name: string;
  /** Classification code, the last resort. */
  code?: string;
  /** Names of the rows above it, nearest first (款, then 类). */
  parents?: readonly string[];
}

/**
 * The name to show for each mark, by id: the printed name where it is unique among `marks`,
 * a qualified one where it is not. Parts are bidi-isolated (src/format/bidi.ts).
 * @example qualifyNames([{ id: 'a', name: '行政运行', parents: ['人大事务'] }, { id: 'b', name: '行政运行', parents: ['政府办公厅（室）及相关机构事务'] }])
 *   // Map { 'a' => '行政运行（人大事务）', 'b' => '行政运行（政府办公厅（室）及相关机构事务）' }
 */
export function qualifyNames(marks: readonly NamedMark[], lang: Lang = 'zh-CN'): Map<string, string> {
  const shown = new Map<string, string>();
  const byName = new Map<string, NamedMark[]>();
  for (const printed of marks) {
    const mark = printed.name.trim() ? printed : { ...printed, name: shownName(printed.name, lang, printed.code) };
    const group = byName.get(mark.name);
    if (group) group.push(mark);
    else byName.set(mark.name, [mark]);
  }
  const bracket = (name: string, qualifier: string) =>
    lang === 'en' ? `${isolate(name)} (${qualifier})` : `${isolate(name)}（${qualifier}）`;
  for (const [name, group] of byName) {
    if (group.length === 1) {
      shown.set(group[0]!.id, name);
      continue;
    }
    // The fewest parents that make every name in the group different (nearest parent first).
    const depth = Math.max(0, ...group.map((mark) => mark.parents?.length ?? 0));
    let chosen: string[] | null = null;
    for (let count = 1; count <= depth && !chosen; count++) {
      const labels = group.map((mark) => (mark.parents ?? []).slice(0, count).reverse().map(isolate).join('/'));
      if (labels.every(Boolean) && new Set(labels).size === group.length) chosen = labels;
    }
    group.forEach((mark, index) => {
      const qualifier = chosen?.[index] ?? mark.code ?? mark.id;
      shown.set(mark.id, bracket(name, qualifier));
    });
  }
  return shown;
}
