/**
 * The document's metadata: kind (决算 → final, 预算 → budget), year, department, the units
 * consolidated (编制范围) and the cover title. Read from the cover, the 部门： lines of the
 * tables and the 机构设置 section.
 */
import { stripNumbering } from './codes.js';
import type { TextLine } from './lines.js';
import type { WarningSink } from './warnings.js';

export interface MetaOut {
  kind: 'final' | 'budget';
  /** Absent when no year can be recognised: never a stand-in. */
  year?: number;
  department: string;
  subUnits?: string[];
  title?: string;
  source?: { line: number };
}

const COVER_LIMIT = 60;

export function readKind(lines: TextLine[]): 'final' | 'budget' {
  for (const line of lines) {
    const t = line.text.replace(/\s+/g, '');
    // 单位决算: a 事业单位's own (a school's, a hospital's), in the 部门决算 templates.
    if (/(?:部门|单位)决算|决算表|决算总表/.test(t)) return 'final';
    // "测试局2022年部门综合预算公开": 部门综合预算 is a 部门预算.
    if (/部门(?:综合)?预算|预算表|收支总表/.test(t)) return 'budget';
  }
  return 'final';
}

export function readMeta(lines: TextLine[], warnings: WarningSink): MetaOut {
  const kind = readKind(lines);
  const year = readYear(lines);
  const department = readDepartment(lines);
  const meta: MetaOut = { kind, department: department?.name ?? '' };
  if (year !== undefined) meta.year = year;
  if (year === undefined) warnings.add('meta-missing', undefined, { field: { 'zh-CN': '年度', en: 'year (年度)' } });
  if (!department) warnings.add('meta-missing', undefined, { field: { 'zh-CN': '部门名称', en: 'department (部门)' } });
  const cover = coverLines(lines)[0];
  // The cover names the document; without one, the first 部门： line does.
  if (readCoverTitle(lines) && cover) meta.source = { line: cover.no };
  else if (department) meta.source = { line: department.line };
  const subUnits = readSubUnits(lines);
  if (subUnits.length > 0) meta.subUnits = subUnits;
  const title = readCoverTitle(lines);
  if (title) meta.title = title;
  return meta;
}

function readYear(lines: TextLine[]): number | undefined {
  // A cover printed over several lines ("2024" above "年度部门决算"): read it as one.
  const cover = coverLines(lines).map((l) => l.text.replace(/\s+/g, '')).join('');
  const onCover = /((?:19|20)\d{2})年度?.{0,40}?(?:部门|单位)?(?:决算|预算)/.exec(cover);
  if (onCover) return Number(onCover[1]);
  let fallback: number | undefined;
  let bracketed: number | undefined;
  for (const line of lines) {
    const t = line.text.replace(/\s+/g, '');
    const strong = /((?:19|20)\d{2})年度?(?:部门|单位)?(?:决算|预算)/.exec(t);
    if (strong) return Number(strong[1]);
    // A cover or running title: "2022年度测试市某局部门决算".
    const title = /^((?:19|20)\d{2})年度?.{0,40}部门(?:决算|预算)$/.exec(t);
    if (title) return Number(title[1]);
    // "项目支出绩效自评表（2022年度）": a year in brackets names the year reported on.
    const inBrackets = /[（(]((?:19|20)\d{2})年度?[）)]/.exec(t);
    if (inBrackets && bracketed === undefined) bracketed = Number(inBrackets[1]);
    if (fallback === undefined && line.no <= COVER_LIMIT) {
      const weak = /^((?:19|20)\d{2})年度?$/.exec(t);
      if (weak) fallback = Number(weak[1]);
    }
  }
  return fallback ?? bracketed ?? mostMentioned(lines);
}

/**
 * No cover or title year (a 报表 file published apart from its 情况说明): the year the
 * document mentions most ("2026年预算数" in the headers), so the tables are still read.
 */
function mostMentioned(lines: TextLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const m of line.text.matchAll(/((?:19|20)\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 1;
  for (const [year, n] of counts) if (n > most) [best, most] = [year, n];
  return best;
}

function readDepartment(lines: TextLine[]): { name: string; line: number } | undefined {
  for (const line of lines) {
    // "预算单位：测试局   金额单位：万元" heads the tables of a 部门综合预算.
    const match = /^(?:部门|编制部门|编制单位|部门名称|单位名称|预算单位)[:：]\s*(.+)$/.exec(line.text);
    if (!match) continue;
    // "部门：XX局   金额单位：万元" in space-aligned text.
    const name = match[1]!.split(/\s{2,}|\t|(?:金额)?单位[:：]/)[0]!.trim();
    if (name && !/^(?:万?元|亿元)$/.test(name)) return { name, line: line.no };
  }
  const cover = coverLines(lines).map((l) => l.text.replace(/\s+/g, ''));
  const at = cover.findIndex((t) => COVER_TITLE.test(t));
  if (at < 0) return labelled(lines);
  const before = cover.slice(0, at + 1).join('');
  const match = /^(?:\d{4}年度?)?(.*?)(?:(?:\d{4}年度?)?(?:部门|单位)|\d{4}年度?)(?:决算|预算)/.exec(before);
  // "2023年部门预算" above "测试局": the name may follow the title instead of leading it.
  const after = cover[at + 1] ?? '';
  // "北京市统计局部门 2026 年度 / 部门预算": the 部门 before the year is not part of the name.
  const name = match?.[1]?.replace(/(?<=.{2})部门$/, '') || (after.length <= 40 && !/表$/.test(after) ? after : '');
  const first = coverLines(lines)[0];
  return name && first ? { name, line: first.no } : labelled(lines);
}

/**
 * Last resort, for a file of tables without a cover (a 报表 PDF published apart from its
 * 情况说明): "部门名称      北京市统计局", a label and its value in space-aligned columns, as a
 * 绩效目标表 prints them.
 */
function labelled(lines: TextLine[]): { name: string; line: number } | undefined {
  for (const line of lines) {
    const match = /^(?:部门名称|编制部门)\s{2,}(\S+)\s*$/.exec(line.text);
    if (match) return { name: match[1]!, line: line.no };
  }
  return undefined;
}

/**
 * Non-blank lines before 目录 (or the first 12), the cover page. Junk before the cover is
 * skipped: lines with no Chinese (a file name, a stray mark), page numbers.
 */
function coverLines(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    if (out.length === 0 && line.no <= COVER_LIMIT && (!/[\u4e00-\u9fff]/.test(line.text) || /\.(?:docx?|pdf|xlsx?|wps)$/i.test(line.text))) continue;
    if (/^目\s*录$/.test(line.text) || out.length >= 12 || line.no > COVER_LIMIT) break;
    out.push(line);
  }
  return out;
}

function readCoverTitle(lines: TextLine[]): string | undefined {
  const cover = coverLines(lines);
  const joined = cover.map((l) => l.text.replace(/\s+/g, '')).join('');
  return /(?:部门|单位)(?:决算|预算)$/.test(joined) && joined.length <= 120 ? joined : undefined;
}

/**
 * The cover's title: "…部门决算", a 事业单位's "…单位决算" (a school, a hospital), or the year
 * right before 决算 ("XX管理处2021年度决算公开说明").
 */
const COVER_TITLE = /(?:部门|单位)(?:决算|预算)|\d{4}年度?(?:决算|预算)/;

/** The list after "…编制范围的…单位包括：". */
function readSubUnits(lines: TextLine[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!/编制范围/.test(t) || !/包括/.test(t)) continue;
    const inline = /包括[:：](.+)$/.exec(t);
    if (inline && inline[1]!.replace(/[。\s]/g, '') !== '') {
      return inline[1]!
        .replace(/。$/, '')
        .split(/[、；;]/)
        .map((s) => stripNumbering(s).trim())
        .filter((s) => s && !/^\d+$/.test(s));
    }
    const units: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!.text;
      if (line === '') continue;
      if (!/^(?:[-•·]\s*)?(?:\d+|[一二三四五六七八九十]+)[、.．)）]/.test(line)) break;
      units.push(stripNumbering(line.replace(/^[-•·]\s*/, '')).replace(/[。；;]$/, ''));
    }
    return units;
  }
  return [];
}
