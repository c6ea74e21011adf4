/**
 * The tables a 目录 promises. Each entry whose title names a table ("公开02表 收入决算表",
 * "2.部门收入总表") is scored like a table caption (stage 8), so the 目录 and the body name
 * a table the same way; the audit then compares the two (rule 42). Sections (第一部分 …) are
 * left out: their headings are reworded in the body too often to be matched safely.
 */
import type { Contents } from './pages.js';
import { isTitleText, readLabel, scoreTable, type Caption } from './table-regions.js';

export interface ContentsTable {
  title: string;
  table: 't1' | 't2' | 't3' | 't4' | 't5' | 't6' | 't7' | 't8' | 't9';
  source: { line: number };
}

/** `lineNo` maps a line index to its 1-based number in the source. */
export function contentsTables(contents: readonly Contents[], lineNo: (index: number) => number): ContentsTable[] {
  const out: ContentsTable[] = [];
  for (const block of contents) {
    for (const entry of joinWrapped(block.entries)) {
      // A 目录 that is also the 是否空表 list prints "是 不涉及" after the title.
      const title = entry.replace(/(?<=表|[）)])[是否](?:[^表]{0,30})$/, '');
      const caption = captionOf(title.replace(/^\d{1,2}[、.．]\s*(?=\D)/, ''));
      if (!caption) continue;
      let kind = 'other';
      let top = -Infinity;
      for (const [k, score] of scoreTable(caption, '', { economic: 0, function: 0 })) {
        if (score > top) {
          top = score;
          kind = k;
        }
      }
      if (kind === 'other' || out.some((t) => t.table === kind)) continue;
      out.push({ title: caption.label ? `${caption.label} ${caption.title}` : title, table: kind as ContentsTable['table'], source: { line: lineNo(block.start) } });
    }
  }
  return out;
}

/** An entry wrapped over two lines ("九、…培训费支出决" + "算表") is one entry. */
function joinWrapped(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const numbered = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|第|表|公开|预算|附)/.test(entry);
    if (out.length > 0 && !numbered && entry.length <= 8 && !/表(?:[（(][^（）()]*[）)])?$/.test(out[out.length - 1]!)) out[out.length - 1] += entry;
    else out.push(entry);
  }
  return out;
}

function captionOf(entry: string): Caption | undefined {
  // Spaces are gone from entries: "表92022年…" is 表9 and 2022年, not 表92.
  const dated = /^((?:公开|预算|附)?表(\d{1,2}?))((?:19|20)\d{2}年.*表(?:[（(][^（）()]*[）)])?)$/.exec(entry);
  if (dated) return { label: dated[1]!, number: Number(dated[2]), strongNumber: !/^表/.test(dated[1]!), title: dated[3]! };
  const label = readLabel(entry);
  if (label && label.rest !== '') return { label: label.label, number: label.number, strongNumber: label.strong, title: label.rest };
  const title = entry.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/, '');
  return isTitleText(title) ? { title } : undefined;
}
