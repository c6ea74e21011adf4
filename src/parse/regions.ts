/**
 * Where each part of the document is: the nine tables (by national or regional title, or by
 * their 公开0N表 number), the 绩效自评汇总表, each scorecard, each evaluation report. Every
 * other line is narrative. A title only counts when table furniture (a 公开0N表 number, a
 * 单位 line or a tabbed row) follows it, so the 目录 listing the same titles is not a table.
 */
import type { TableId } from '../schema/primitives.js';
import type { TextLine } from './lines.js';

export type RegionKind = 'table' | 'selfEvalSummary' | 'scorecard' | 'evaluation' | 'section';

export interface Region {
  kind: RegionKind;
  table?: TableId;
  /** The title as printed. */
  title: string;
  /** Index (into the line array) of the title line. */
  start: number;
  /** Index one past the last line of the region. */
  end: number;
  /**
   * Lines of the region that are never body lines: its captions on every page (label, title,
   * 单位 line) and the page furniture (running titles, page numbers). Set by the table finder.
   */
  skip?: ReadonlySet<number>;
  /** Index of the title line when it is not the first line (a label printed above it). */
  titleAt?: number;
  /** How sure the identity is: the score margin over the runner-up kind (table finder). */
  margin?: number;
  /** The printed table label ("表11", "预算表12"), when there is one (table finder). */
  label?: string;
  /** A table none of the nine took that reads like one already taken (a second 支出总表, by unit). */
  like?: TableId;
}

/** National 决算 titles, and the printed number, of each table; used in messages too. */
export const TABLE_NAMES: Record<TableId, { final: string; budget: string; code: string }> = {
  t1: { final: '收入支出决算总表', budget: '部门收支总表', code: '公开01表' },
  t2: { final: '收入决算表', budget: '部门收入总表', code: '公开02表' },
  t3: { final: '支出决算表', budget: '部门支出总表', code: '公开03表' },
  t4: { final: '财政拨款收入支出决算总表', budget: '财政拨款收支总表', code: '公开04表' },
  t5: { final: '一般公共预算财政拨款支出决算表', budget: '一般公共预算支出表', code: '公开05表' },
  t6: { final: '一般公共预算财政拨款基本支出决算表', budget: '一般公共预算基本支出表', code: '公开06表' },
  t7: { final: '一般公共预算财政拨款“三公”经费支出决算表', budget: '一般公共预算“三公”经费支出表', code: '公开07表' },
  t8: { final: '政府性基金预算财政拨款收入支出决算表', budget: '政府性基金预算支出表', code: '公开08表' },
  t9: { final: '国有资本经营预算财政拨款支出决算表', budget: '国有资本经营预算支出表', code: '公开09表' },
};

/** Most specific first: 财政拨款收入支出决算总表 also ends like 收入支出决算总表. */
const TITLE_PATTERNS: ReadonlyArray<[TableId, RegExp]> = [
  ['t4', /财政拨款收(?:入)?支(?:出)?(?:决算|预算)?总表$/],
  ['t8', /政府性基金(?:预算)?(?:财政拨款)?(?:收入支出|收支|支出)(?:决算|预算)?表$/],
  ['t9', /国有资本经营(?:预算)?(?:财政拨款)?支出(?:决算|预算)?表$/],
  ['t7', /三公经费.*表$/],
  ['t6', /基本支出(?:决算|预算)?表$|经济分类(?:预算|决算)?表$/],
  ['t5', /一般公共预算(?:财政拨款)?支出(?:决算|预算)?表$|一般公共预算.*支出功能分类(?:预算)?表$/],
  ['t1', /收入支出(?:决算|预算)?总表$|收支(?:决算|预算)?总表$/],
  ['t2', /收入(?:决算|预算)?表$|收入(?:预算)?总表$/],
  ['t3', /支出(?:决算|预算)?表$|支出(?:预算)?总表$|支出功能分类(?:预算)?表$/],
];

const TABLE_NUMBER = /公开0?([1-9])表/;

/**
 * A unit printed at the end of a title line ("…表（单位：万元）", "…表    金额单位：元", spaces
 * removed): the unit is read from the line as from a unit line (tables/layout.ts); it is not
 * part of the title, which must still end in 表 to be one.
 */
/** A continuation page's mark after the title: （续）, （续表）, 续表. */
export const CONTINUED = /(?:[（(]续表?[）)]|(?<=表)续表)$/;

export const UNIT_TAIL = /[（(]?(?:金额)?单位[:：](?:万元|亿元|元)[）)]?$/;

/** Quotes, spaces and a unit vary between documents ("三公" “三公” 三公); compare without them. */
export function titleKey(text: string): string {
  return text.replace(/[\s"“”'‘’「」『』]/g, '').replace(UNIT_TAIL, '').replace(CONTINUED, '');
}

function looksLikeHeading(line: TextLine): boolean {
  const t = line.text;
  if (t === '' || t.length > 70) return false;
  if (/[，。；：:]/.test(t)) return false;
  if (/^[-•·]\s/.test(t)) return false;
  // Space-aligned text splits "2021 年度…" into cells; only a tabbed row is a table row.
  return !line.tabbed || line.cells.filter((c) => c.text !== '').length <= 1;
}

export function tableIdOfTitle(text: string): TableId | undefined {
  const key = titleKey(text);
  for (const [id, pattern] of TITLE_PATTERNS) if (pattern.test(key)) return id;
  return undefined;
}

export function tableIdOfNumber(text: string): TableId | undefined {
  const match = TABLE_NUMBER.exec(text.replace(/\s+/g, ''));
  return match ? (`t${match[1]}` as TableId) : undefined;
}

/** Table furniture within the next few lines confirms a title; the number wins over the name. */
function confirmTable(lines: TextLine[], index: number): { ok: boolean; id?: TableId } {
  let seen = 0;
  for (let i = index + 1; i < lines.length && seen < 8; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    seen++;
    const byNumber = tableIdOfNumber(line.text);
    if (byNumber && line.text.replace(/\s+/g, '').length <= 12) return { ok: true, id: byNumber };
    if (/^(?:金额)?单位[:：]/.test(line.text) || /^部门[:：]/.test(line.text) || line.tabbed) {
      // Keep looking briefly for the number, which is more reliable than the title.
      for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
        const n = tableIdOfNumber(lines[j]!.text);
        if (n && lines[j]!.text.replace(/\s+/g, '').length <= 12) return { ok: true, id: n };
      }
      return { ok: true };
    }
    if (looksLikeHeading(line) && classifyHeading(line) !== undefined) return { ok: false };
  }
  return { ok: false };
}

function classifyHeading(line: TextLine): RegionKind | undefined {
  const key = titleKey(line.text);
  if (/^第[一二三四五六七八九十]+部分/.test(key)) return 'section';
  // 项目支出绩效自评汇总表, …自评情况汇总表, …自评结果汇总表 / 自评结果表 (山东 and others).
  if (/绩效自评(?:情况|结果)?汇总表$|绩效自评结果表$/.test(key)) return 'selfEvalSummary';
  if (/绩效自评表$|绩效目标(?:申报|自评)?表$/.test(key)) return 'scorecard';
  if (/绩效评价报告$/.test(key)) return 'evaluation';
  if (tableIdOfTitle(key)) return 'table';
  return undefined;
}

export function findRegions(lines: TextLine[], keepSections = false): Region[] {
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (startsUntitledScorecard(line, regions, i)) {
      regions.push({ kind: 'scorecard', title: '', start: i, end: lines.length });
      continue;
    }
    if (!looksLikeHeading(line)) continue;
    const kind = classifyHeading(line);
    if (kind === undefined) continue;
    if (kind === 'table') {
      const confirmed = confirmTable(lines, i);
      if (!confirmed.ok) continue;
      const table = confirmed.id ?? tableIdOfTitle(line.text)!;
      // A running title repeated on the next page continues the table it names.
      const last = regions[regions.length - 1];
      if (last && last.kind === 'table' && last.table === table) continue;
      regions.push({ kind, table, title: line.text, start: i, end: lines.length });
    } else {
      regions.push({ kind, title: line.text, start: i, end: lines.length });
    }
  }
  for (let r = 0; r < regions.length - 1; r++) regions[r]!.end = regions[r + 1]!.start;
  return keepSections ? regions : regions.filter((r) => r.kind !== 'section');
}

// (…and a 绩效自评汇总表's header: 项目名称 | 主管部门 | 自评得分 | 自评等级.)
const COLUMN_HEADER = /^(?:金额|合计|小计|预算数|决算数|(?:19|20)\d{2}年?(?:预算|决算)?数?|功能科目名称|项目名称|预算|决算|主管部门|实施单位|资金使用单位|(?:自评)?得分|(?:自评)?等级)$/;

/** A scorecard printed without its title starts at its 项目名称 row. */
function startsUntitledScorecard(line: TextLine, regions: Region[], index: number): boolean {
  if (!line.tabbed && line.cells.length < 2) return false;
  if (!/^项目名称/.test(line.cells[0]?.text ?? '')) return false;
  // "项目名称  金额" heads a table's label column: a scorecard's 项目名称 is followed by a name.
  const rest = line.cells.slice(1).map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '');
  if (rest.length > 0 && rest.every((t) => COLUMN_HEADER.test(t))) return false;
  // A 项目支出表 heads 项目名称 | 合计 | its sources (一般公共预算拨款, 财政专户…, wrapped): a
  // column named 合计 is a table's, never a project's name (福建/湖北 项目支出表).
  if (rest.some((t) => /^(?:合计|小计|总计)$/.test(t))) return false;
  // A 项目收入支出决算表 (内蒙古: 项目名称 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余)
  // heads money columns: two or more column names of income, spending or balances are a
  // table's, while a scorecard's 项目名称 is followed by one name (and 主管部门 …).
  if (rest.filter((t) => /(?:收入|支出|结转|结余|拨款|预算数|决算数)$/.test(t)).length >= 2) return false;
  // A 政府采购预算表 (项目名称 | 采购品目 | 数量 | 单位 | 金额) or a 项目支出表 listing each
  // project's 绩效目标 as a text column (项目名称 | 项目类型 | 金额 | 绩效目标) heads columns of
  // a table, never a scorecard row: they were read as untitled cards and lost as tables. An
  // all-projects 绩效目标表 (… | 一级指标 | 二级指标 …) is one scorecard region still.
  const table = /^(?:采购品目|采购目录|品目|数量|(?:计量)?单位|单价|采购方式|(?:预算|项目)?金额|项目类[型别]|资金来源)$/;
  if (rest.some((t) => table.test(t)) && !rest.some((t) => /指标/.test(t))) return false;
  const last = regions[regions.length - 1];
  return !(last && last.kind === 'scorecard' && index - last.start <= 6);
}
