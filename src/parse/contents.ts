/**
 * The 目录 promises the parts and sections of the document; a promised heading that never
 * appears in the body means the text is cut off or a page is missing, so it is reported
 * (the tables report themselves as absent; this covers the 情况说明 and the 附件). The
 * sections (not tables) are also returned for `meta.sections`, with the body's 第X部分
 * headings the 目录 leaves out, for the audit's rule 42.
 */
import { stripNumbering } from './codes.js';
import type { TextLine } from './lines.js';
import type { WarningSink } from './warnings.js';

const key = (text: string) => stripNumbering(text.replace(/^[-•·]\s*/, '')).replace(/[\s"“”]/g, '');

/** A section of the 目录 or a part of the body, for `meta.sections`. */
export interface ContentsSection {
  title: string;
  /** Listed in the 目录. */
  listed: boolean;
  /** Printed in the body as a heading. */
  printed: boolean;
  source: { line: number };
}

const PART = /^第[一二三四五六七八九十]+部分/;
/** An entry that names a table: rule 42 compares tables through `meta.contents`. */
const TABLE_ENTRY = /表(?:[（(][^（）()]*[）)])?$/;
/** Heading text reduced to what a rewording keeps: no numbering, spaces, quotes or brackets; 年度 as 年. */
const loose = (text: string) =>
  stripNumbering(text.replace(/^[-•·]\s*/, ''))
    .replace(/^第[一二三四五六七八九十]+部分/, '')
    .replace(/[\s"“”‘’'（）()【】\[\]、，,：:·.．-]/g, '')
    .replace(/年度/g, '年');
/** The words a heading drops or adds against its 目录 entry ("…等预算情况说明" for "…等情况说明"). */
const core = (text: string) => text.replace(/情况|预算|部门|安排|有关|相关|的/g, '');
const ordinalOf = (text: string) => /^\s*(?:[-•·]\s*)?(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)/.exec(text)?.[0].replace(/\s+/g, '') ?? '';

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** Two headings are one when one holds the other, their cores agree, or (same number) they share most of their character pairs ("主要职能" / "主要职责"). */
function sameHeading(entry: string, entryOrdinal: string, body: TextLine): boolean {
  const a = loose(entry);
  const b = loose(body.text);
  if (a.length < 2 || b.length < 2) return false;
  // "财政拨款基本支出预算表（经济科目）" for the 目录's "财政拨款基本支出预算表".
  if (a === b || (b.endsWith(a) && a.length >= 4) || (a.endsWith(b) && b.length >= 4) || (b.startsWith(a) && a.length >= 6)) return true;
  if (core(a) !== '' && core(a) === core(b)) return true;
  if (entryOrdinal === '' || ordinalOf(body.text) !== entryOrdinal) return false;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return (2 * shared) / (x.size + y.size) >= 0.6;
}

/** A body line that may be a heading: short, no amount, not a sentence. */
const HEADING_LENGTH = 60;

export function checkContents(lines: TextLine[], warnings: WarningSink): ContentsSection[] {
  const start = lines.findIndex((l, i) => i < 80 && /^目\s*录$/.test(l.text));
  if (start < 0) return [];
  const entries: TextLine[] = [];
  let end = lines.length;
  for (let i = start + 1; i < lines.length && i < start + 80; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    // The body starts where the first entry is printed again.
    const first = entries.length > 0 ? key(entries[0]!.text) : '';
    const here = key(line.text);
    // "第一部分" alone may start the body where the contents printed "第一部分 部门概况".
    if (first !== '' && (here === first || (here.length >= 4 && first.startsWith(here)))) {
      end = i;
      break;
    }
    // An entry wrapped over two lines ("九、…支出决" + "算表") is one entry.
    const last = entries[entries.length - 1];
    if (last && here.length <= 4 && ordinalOf(line.text) === '' && !/^\s*[-•·]/.test(line.text) && !/表$/.test(key(last.text))) entries[entries.length - 1] = { ...last, text: last.text + line.text.trim() };
    else entries.push(line);
  }
  if (end === lines.length) return [];
  const bodyLines = lines.slice(end);
  const body = bodyLines.map((l) => key(l.text));
  const headings = bodyLines.filter((l) => l.text !== '' && l.text.length <= HEADING_LENGTH && !/[。；]$/.test(l.text));
  const sections: ContentsSection[] = [];
  for (const entry of entries) {
    // The entry's page number ("……3", "  22") is not part of its title.
    const title = entry.text.replace(/^[-•·]\s*/, '').replace(/[.．·…\s]{3,}\d+\s*$/, '').replace(/\s+\d{1,3}\s*$/, '');
    const part = PART.exec(key(title));
    const wanted = part ? part[0] : key(title);
    // A page number ("- 1 -") caught among the entries is no heading.
    if (wanted.length < 2 || !/[\u4e00-\u9fff]{2}/.test(wanted)) continue;
    const isTable = !part && TABLE_ENTRY.test(wanted);
    // Sections and tables are found even when the body rewords them a little.
    const found = part ? body.some((text) => text.startsWith(wanted)) : headings.some((line) => sameHeading(title, ordinalOf(title), line));
    if (!found) warnings.add('section-absent', { line: entry.no, text: entry.raw }, { title });
    if (!isTable) sections.push({ title: title.replace(/\s+/g, ' '), listed: true, printed: found, source: { line: entry.no } });
  }
  // The body's parts (第X部分) the 目录 leaves out, when it lists parts at all.
  const listedParts = new Set(sections.map((s) => PART.exec(key(s.title))?.[0]).filter((p): p is string => p !== undefined));
  if (listedParts.size > 0) {
    for (const line of bodyLines) {
      const part = PART.exec(key(line.text))?.[0];
      if (!part || listedParts.has(part) || line.text.length > HEADING_LENGTH) continue;
      listedParts.add(part);
      sections.push({ title: line.text.replace(/\s+/g, ' '), listed: false, printed: true, source: { line: line.no } });
    }
  }
  return sections;
}
