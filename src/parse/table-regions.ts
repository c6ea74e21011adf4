/**
 * Stages 3 and 8 of the table path (docs: ../shared/docs/parse-design.md): where the tables
 * are, and which of the nine each one is.
 *
 * A table region starts at a caption — a table label in any spelling (公开01表, 公开 01 表,
 * 预算01表, 预算表12, 表1, 表1：…, 表 10, 表一, 附表3, 公开表1, （预算表 1）, or none), a title
 * ending in 表 (…总表, …情况表, …明细表（按…）), and the 单位/部门名称 line — confirmed by
 * table content before the next caption (a 单位 line, amounts, a header line). A caption that
 * repeats the previous table's title (with or without its label) continues that table on a
 * new page. Captions inside the table of contents or a label listing never start a table.
 *
 * Identity is scored, not matched: title words decide, header and content words (economic vs
 * function codes) add evidence, the printed number is only a weak hint (regional and central
 * numberings differ). Each kind is taken at most once, best score first; the rest are "other"
 * tables (政府采购, 项目支出, 绩效目标 …), which are kept as regions so that their lines are
 * not read as part of a neighbour. Pure and linear.
 */
import type { TableId } from '../schema/primitives.js';
import { isPageNoise, type TextLine } from './lines.js';
import { amountCount, type Contents, type PageLine } from './pages.js';
import { CONTINUED, UNIT_TAIL } from './regions.js';

export type TableKind = TableId | 'other';

export interface TableRegion {
  /** The kind decided by scoring ('other' for tables that are none of the nine). */
  kind: TableKind;
  /** The title as printed (spaces removed). */
  title: string;
  /** The printed label, when there is one ("表1", "公开01表", "预算表12"). */
  label?: string;
  /** Index (into the line array) of the first caption line. */
  start: number;
  /** Index one past the last line. */
  end: number;
  /** Caption lines of the first page and of every continuation page: never body lines. */
  captions: number[];
  /** Best score and the margin over the runner-up kind: the confidence of the identity. */
  score: number;
  margin: number;
  /** For an 'other' region: the kind it scored best as, already given to a better region. */
  like?: TableId;
}

const CN_DIGITS = '一二三四五六七八九十';
/** A table label at the start of a line; group 1/2 is the number. */
const LABEL =
  /^[（(]?(?:(?:公开|预算)0?(\d{1,2})表|(?:公开|预算|附)?表(\d{1,2}(?:[-－–—]\d{1,2})?|[一二三四五六七八九十]{1,3}))[）)]?/;
const TITLE_END = /表(?:[（(][^（）()]{0,24}[）)])?$/;

function cnNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const [a, b] = text.split('十') as [string, string | undefined];
  if (b === undefined) return CN_DIGITS.indexOf(a) + 1 || undefined;
  return (a === '' ? 1 : CN_DIGITS.indexOf(a) + 1) * 10 + (b === '' ? 0 : CN_DIGITS.indexOf(b) + 1);
}

export interface Caption {
  label?: string;
  number?: number;
  /** Whether the label is the national/regional 公开NN表 or 预算NN表 (a stronger hint). */
  strongNumber?: boolean;
  title: string;
}

const lineAmounts = (line: TextLine) => amountCount(line.cells.map((c) => ({ text: c.text, x0: c.start, x1: c.end, y: 0 })));
const compactOf = (text: string) => text.replace(/\s+/g, '');
/** A title as printed, without a unit printed on the title line (regions.ts, UNIT_TAIL). */
const titleOf = (text: string) => compactOf(text).replace(UNIT_TAIL, '');

/** The label at the start of a compact line, and the rest of it. */
export function readLabel(text: string): { label: string; number: number | undefined; strong: boolean; rest: string } | undefined {
  // A space between two digits ends the label's number: "表3 2023年度支出决算表" is 表3 and a
  // title that starts with its year, not 表32 and "023年度…" (中央部门决算).
  // A label whose own digits are spaced ("公开 0 1 表") still reads whole.
  // The same for Chinese numerals: "表五 一般公共预算支出表" is 表五 and a title that starts
  // with 一般, not 表五十一 read from "表五一" (河南 目录).
  const separated = compactOf(text.replace(/(\d)\s+(?=\d)/g, '$1\u0000').replace(/(表[一二三四五六七八九十]{1,3})\s+(?=[一二三四五六七八九十])/g, '$1\u0000'));
  const compact = LABEL.test(separated) ? separated : compactOf(text);
  const match = LABEL.exec(compact);
  if (!match) return undefined;
  const rest = compact.slice(match[0].length).replace(/\u0000/g, '').replace(/^[：:、.．\s]+/, '');
  // "表格部分", "表明…": a label is followed by nothing, punctuation or a title.
  if (rest !== '' && !isTitleText(rest)) return undefined;
  // "表1-4" (湖北, 湖南: part 1, table 4) numbers tables by part: no national number to hint at.
  const number = match[1] ? Number(match[1]) : /[-－–—]/.test(match[2]!) ? undefined : cnNumber(match[2]!);
  return { label: match[0], number, strong: Boolean(match[1]) || /^[（(]?(?:公开|预算)/.test(match[0]), rest };
}

/** A table title: short, no sentence punctuation, ends in 表 (a bracketed qualifier allowed). */
export function isTitleText(text: string): boolean {
  const t = titleOf(text).replace(CONTINUED, '');
  if (t.length < 4 || t.length > 70) return false;
  if (/[。，；;《》]/.test(t)) return false;
  if (/^第[一二三四五六七八九十]+部分/.test(t)) return false;
  if (/^(?:注|说明)[:：]/.test(t)) return false;
  return TITLE_END.test(t);
}

/** Quotes, spaces, years, a unit and （续） / （续表） do not make two titles different. */
export function titleKey(text: string): string {
  return titleOf(text)
    .replace(/["“”'‘’「」『』]/g, '')
    .replace(CONTINUED, '')
    .replace(/(?:19|20)\d{2}年度?/g, '');
}

// ─── Stage 8: identity by scoring ───────────────────────────────────────────────────────────

const KINDS: readonly TableKind[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 'other'];

/**
 * Scores of one table against the nine kinds and "other": title words first, then header
 * words and content (economic vs function codes), then the printed number as a weak hint.
 */
export function scoreTable(caption: Caption, header: string, codes: { economic: number; function: number }): Map<TableKind, number> {
  const s = new Map<TableKind, number>(KINDS.map((k) => [k, 0]));
  const add = (k: TableKind, n: number) => s.set(k, s.get(k)! + n);
  // "XX政府采购中心2024年部门收支总表": the department's name before the year is not what the
  // table is (its words would score as the title's).
  const named = /^.+?(?:19|20)\d{2}年度?(.+)$/.exec(titleOf(caption.title));
  const t = titleKey(named && isTitleText(named[1]!) ? named[1]! : caption.title);
  // A bracketed qualifier ("（不含上年结转）", "（按功能分类）") is not what the table is.
  const bare = t.replace(/[（(][^（）()]*[）)]$/, '');
  const general = /一般公共预算/.test(t);
  const fund = /政府性基金/.test(t);
  const capital = /国有资本经营/.test(t);
  const both = /收支|收入支出/.test(t);
  const basic = /基本支出/.test(t);
  if (/三公/.test(t)) add('t7', 20);
  // "一般公共预算财政拨款基本支出决算明细表" (表6 of provinces that print 明细表) is 表6, not a 明细 of its own.
  // A 项目支出 (or 项目收入支出, 内蒙古) table is the projects', whatever else its title says
  // ("一般公共预算财政拨款项目支出决算明细表" is not 表5).
  else if (/项目(?:收入)?支出/.test(bare)) add('other', 16);
  else if (/政府采购|购买服务|绩效|专项|结转资金|上年结转|非税|转移支付|资产配置|预留|明细表$/.test(bare) && !/支出明细表[（(]按/.test(t) && !(general && /支出明细表$/.test(t)) && !(general && basic && /明细表$/.test(bare))) add('other', 16);
  else if (/机关运行经费/.test(t)) add('other', 16);
  // "政府性基金预算财政拨款基本支出决算表" (北京's 表八, by 经济分类, printed after the fund's 收入支出
  // table): not 表8, which a 表八 label would otherwise give it over the real one.
  else if (fund && basic) add('other', 16);
  else if (fund) add('t8', 16);
  else if (capital) add('t9', 16);
  // "一般公共预算财政拨款收入支出决算表" (年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 by
  // 功能分类, 公开05表 of some provinces) is the 一般公共预算 支出 table with its balances, not 表4;
  // below the plain 支出决算表 where a document prints both.
  else if (/财政拨款(?:收支|收入支出)/.test(t) && general) add('t5', 8);
  else if (/财政拨款(?:收支|收入支出)/.test(t)) add('t4', 16);
  else if (general && basic && /功能/.test(t)) add('other', 12);
  else if (general && basic) add('t6', 14);
  else if (general && /经济/.test(t)) add('t6', 8);
  else if (general && /支出/.test(t)) add('t5', 12);
  else if (both && /总表|情况表|总体/.test(t)) add('t1', 12);
  // "一、收入支出决算表" (provinces whose 表1 drops 总): both sides, no fund named, is 表1, not 表3.
  else if (both && /^(?:[一二三四五六七八九十]+[、.．])?(?:部门|单位)?收入支出(?:决算|预算)表$/.test(bare)) add('t1', 11);
  else if (/收入/.test(t) && !/支出/.test(t)) add('t2', 12);
  else if (/支出/.test(t) && !basic && !/经济/.test(t)) add('t3', 10);
  else if (basic || /经济/.test(t)) add('t6', 6);
  else add('other', 4);
  if (/功能分类/.test(t) && !general) add('t3', 1);
  // Header words.
  const h = compactOf(header);
  if (/收入/.test(h) && /支出/.test(h) && /项目/.test(h)) {
    add('t1', 1);
    add('t4', 1);
  }
  if (/出国|公务接待|公务用车/.test(h)) add('t7', 3);
  // Content: 经济分类 codes (30x, 31x) against 功能分类 codes (2xx).
  if (codes.economic > codes.function && codes.economic >= 2) {
    add('t6', 3);
    add('t3', -3);
    add('t5', -3);
  }
  // The printed number, a weak hint: numberings differ between regions.
  if (caption.number !== undefined && caption.number >= 1 && caption.number <= 9) {
    add(`t${caption.number}` as TableId, caption.strongNumber ? 2 : 1);
  }
  return s;
}

function best(scores: Map<TableKind, number>): { kind: TableKind; score: number; margin: number } {
  let first: TableKind = 'other';
  let a = -Infinity;
  let b = -Infinity;
  for (const [k, v] of scores) {
    if (v > a) {
      b = a;
      a = v;
      first = k;
    } else if (v > b) b = v;
  }
  return { kind: first, score: a, margin: a - b };
}

// ─── Stage 3: regions ──────────────────────────────────────────────────────────────────────

const UNIT_LINE = /(?:金额)?单位[:：]|^(?:部门|单位|编制部门|编制单位|预算单位|部门名称|单位名称)[:：]/;
/** A 单位 / 部门名称 line, not a title that prints its unit ("…总表（单位：万元）" starts a table). */
const isUnitLine = (text: string) => UNIT_LINE.test(text) && !isTitleText(text);
const HEADER_WORDS = /项目|科目|合计|预算数|决算数|编码|名称|金额|栏次|功能分类|经济分类|收入|支出/;

interface Found {
  caption: Caption;
  start: number;
  /** First line after the caption block. */
  bodyStart: number;
  captions: number[];
}

/** The caption starting at line i, if any: a label line (with its title on it or just below), or a bare title. */
function captionAt(lines: readonly TextLine[], i: number): Found | undefined {
  const line = lines[i]!;
  if (line.text === '' || line.text.length > 90) return undefined;
  if (lineAmounts(line) > 0) return undefined;
  const label = readLabel(line.text);
  const captions = [i];
  let caption: Caption | undefined;
  let next = i + 1;
  if (label) {
    if (label.rest !== '') caption = { label: label.label, title: label.rest.replace(UNIT_TAIL, '') };
    else {
      // "表一" / "表1" on a line of its own: the title follows within two lines.
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        const t = lines[j]!.text;
        if (t === '') continue;
        if (isTitleText(t)) {
          caption = { label: label.label, title: titleOf(t) };
          captions.push(j);
          next = j + 1;
        } else {
          // A title wrapped over two lines (a page number between a label at the foot of one
          // page and the next page's title is not its first half).
          const k = nextFilled(lines, j + 1, 2);
          if (k !== undefined && !isPageNoise(lines[j]!) && compactOf(t).length <= 40 && !/[。，；;]/.test(t) && isTitleText(t + lines[k]!.text)) {
            caption = { label: label.label, title: titleOf(t + lines[k]!.text) };
            captions.push(j, k);
            next = k + 1;
          }
        }
        break;
      }
      if (!caption) return undefined;
    }
    if (label.number !== undefined) caption.number = label.number;
    if (label.strong) caption.strongNumber = true;
  } else if (trailingLabel(line)) {
    // "XX局2024年部门收支总表      表1": the label printed at the far right of its title.
    const { title, label: l } = trailingLabel(line)!;
    caption = { label: l.label, title: titleOf(title) };
    if (l.number !== undefined) caption.number = l.number;
    if (l.strong) caption.strongNumber = true;
  } else if (isTitleText(line.text)) {
    caption = { title: titleOf(line.text) };
    // A title wrapped over two lines: its first half is a short line of its own just above.
    const p = i - 1;
    const above = p >= 0 ? lines[p]! : undefined;
    if (
      above &&
      above.text !== '' &&
      !isTitleText(above.text) &&
      !readLabel(above.text) &&
      compactOf(above.text).length <= 40 &&
      !/[。，；;:：]/.test(above.text) &&
      !/部门(?:预算|决算)$/.test(compactOf(above.text)) &&
      lineAmounts(above) === 0 &&
      above.cells.filter((c) => c.text !== '').length <= 2 &&
      /(?:预算|决算|经费|支出|收入|情况|[（(、“"）)])/.test(compactOf(above.text).slice(-4)) &&
      isTitleText(above.text + line.text)
    ) {
      caption.title = titleOf(above.text + line.text);
      captions.unshift(p);
    }
    // A label printed below the title (the national 公开01表 under its title).
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const t = lines[j]!.text;
      if (t === '') continue;
      const below = readLabel(t);
      if (below && below.rest === '') {
        caption.label = below.label;
        if (below.number !== undefined) caption.number = below.number;
        if (below.strong) caption.strongNumber = true;
        captions.push(j);
        next = j + 1;
      }
      break;
    }
  } else return undefined;
  // The 单位 / 部门名称 lines (and a label printed after them) belong to the caption.
  let seen = 0;
  for (let j = next; j < lines.length && seen < 3; j++) {
    const t = lines[j]!.text;
    if (t === '') continue;
    seen++;
    const l = readLabel(t);
    if (isUnitLine(t) || (l && l.rest === '')) {
      captions.push(j);
      if (l && l.rest === '' && caption.number === undefined && l.number !== undefined) {
        caption.number = l.number;
        caption.label = l.label;
        if (l.strong) caption.strongNumber = true;
      }
      next = j + 1;
    } else break;
  }
  return { caption, start: captions[0]!, bodyStart: next, captions };
}

/** A title line whose last cell is a bare table label ("部门支出总表    表3"). */
function trailingLabel(line: TextLine): { title: string; label: NonNullable<ReturnType<typeof readLabel>> } | undefined {
  const filled = line.cells.filter((c) => c.text !== '');
  if (filled.length < 2) return undefined;
  const label = readLabel(filled[filled.length - 1]!.text);
  const title = filled.slice(0, -1).map((c) => c.text).join('');
  return label && label.rest === '' && isTitleText(title) ? { title, label } : undefined;
}

function nextFilled(lines: readonly TextLine[], from: number, within: number): number | undefined {
  for (let j = from; j < Math.min(lines.length, from + within + 1); j++) if (lines[j]!.text !== '') return j;
  return undefined;
}

/** Table content follows the caption before any other caption: amounts, a header line, a 单位 line. */
function confirmed(lines: readonly TextLine[], found: Found): boolean {
  if (found.captions.some((c) => isUnitLine(lines[c]!.text))) return true;
  let seen = 0;
  for (let j = found.bodyStart; j < lines.length && seen < 8; j++) {
    const line = lines[j]!;
    if (line.text === '') continue;
    seen++;
    if (captionAt(lines, j)) return false;
    const filled = line.cells.filter((c) => c.text !== '');
    if (filled.length >= 2 && lineAmounts(line) >= 1) return true;
    if (filled.length >= 2 && HEADER_WORDS.test(line.text)) return true;
    if (line.tabbed && filled.length >= 2) return true;
  }
  return false;
}

const inContents = (contents: readonly Contents[], i: number) => contents.some((c) => i >= c.start && i < c.end);

/**
 * The table regions of a document. `stops` are line indices where a region must end (the
 * other parts: scorecards, evaluation reports, sections found by the other readers).
 */
export function findTableRegions(
  lines: readonly TextLine[],
  contents: readonly Contents[],
  stops: readonly number[] = [],
  pages?: readonly PageLine[],
): TableRegion[] {
  void pages;
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inContents(contents, i)) continue;
    const f = captionAt(lines, i);
    if (!f) continue;
    if (!confirmed(lines, f)) continue;
    found.push(f);
    i = f.bodyStart - 1;
  }
  // Continuation pages: the same title (and label, when both print one) again.
  const merged: { first: Found; captions: number[]; end: number }[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (
      last &&
      titleKey(last.first.caption.title) === titleKey(f.caption.title) &&
      (last.first.caption.label === undefined || f.caption.label === undefined || compactOf(last.first.caption.label) === compactOf(f.caption.label))
    ) {
      last.captions.push(...f.captions);
      continue;
    }
    merged.push({ first: f, captions: [...f.captions], end: lines.length });
  }
  const sortedStops = [...stops].sort((a, b) => a - b);
  for (let k = 0; k < merged.length; k++) {
    const m = merged[k]!;
    let end = k + 1 < merged.length ? merged[k + 1]!.first.start : lines.length;
    for (const s of sortedStops) if (s > m.first.start && s < end) end = s;
    for (const c of contents) if (c.start > m.first.start && c.start < end) end = c.start;
    m.end = trimProse(lines, m.first.bodyStart, end);
  }
  // Identity: score each, then give each kind to its best-scoring region.
  const scored = merged.map((m) => {
    const header: string[] = [];
    const codes = { economic: 0, function: 0 };
    let n = 0;
    for (let j = m.first.bodyStart; j < m.end && n < 60; j++) {
      const t = lines[j]!.text;
      if (t === '') continue;
      n++;
      if (header.length < 6 && lineAmounts(lines[j]!) === 0) header.push(t);
      if (/^3\d{2}(?:\s?\d{2}){0,2}(?!\d)/.test(t) || /^\[3\d{4}/.test(t)) codes.economic++;
      else if (/^2\d{2}(?:\s?\d{2}){0,2}(?!\d)/.test(t) && !/^20\d{2}\s*年/.test(t)) codes.function++;
    }
    const scores = scoreTable(m.first.caption, header.join(' '), codes);
    return { m, scores, ...best(scores) };
  });
  const order = scored.map((_, k) => k).sort((a, b) => scored[b]!.score - scored[a]!.score || a - b);
  const taken = new Set<TableKind>();
  const kinds = new Array<TableKind>(scored.length).fill('other');
  for (const k of order) {
    const s = scored[k]!;
    if (s.kind === 'other' || s.score < 6 || taken.has(s.kind)) continue;
    taken.add(s.kind);
    kinds[k] = s.kind;
  }
  return scored.map((s, k) => {
    const region: TableRegion = {
      kind: kinds[k]!,
      title: s.m.first.caption.title,
      start: s.m.first.start,
      end: s.m.end,
      captions: s.m.captions,
      score: s.score,
      margin: s.margin,
    };
    if (s.m.first.caption.label) region.label = s.m.first.caption.label;
    if (kinds[k] === 'other' && s.kind !== 'other' && s.score >= 6) region.like = s.kind;
    return region;
  });
}

/** A table ends where running prose starts (four sentence lines in a row, outside a 注). */
function trimProse(lines: readonly TextLine[], from: number, end: number): number {
  let run = 0;
  let runStart = -1;
  let inNote = false;
  let lastContent = from;
  for (let j = from; j < end; j++) {
    const line = lines[j]!;
    const t = line.text;
    if (t === '') {
      inNote = false;
      continue;
    }
    if (/^注[:：]?/.test(t) && !/^注册/.test(t)) inNote = true;
    // A paragraph starts at the left margin; sentences far to the right are a text column of
    // the table (绩效目标 beside each project's amounts), not prose after it.
    const firstAt = line.cells.find((c) => c.text !== '')?.start ?? 0;
    const prose = !inNote && /[。，；]/.test(t) && t.length >= 20 && line.cells.filter((c) => c.text !== '').length <= 2 && (line.tabbed || firstAt < 40);
    if (prose) {
      if (run === 0) runStart = j;
      run++;
      if (run >= 4) return Math.max(lastContent + 1, runStart);
    } else {
      run = 0;
      lastContent = j;
    }
  }
  return end;
}
