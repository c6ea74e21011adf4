/**
 * The 目录 promises the parts and sections of the document; a promised heading that never
 * appears in the body means the text is cut off or a page is missing, so it is reported
 * (the tables report themselves as absent; this covers the 情况说明 and the 附件).
 */
import { stripNumbering } from './codes.js';
import type { TextLine } from './lines.js';
import type { WarningSink } from './warnings.js';

const key = (text: string) => stripNumbering(text.replace(/^[-•·]\s*/, '')).replace(/[\s"“”]/g, '');

export function checkContents(lines: TextLine[], warnings: WarningSink): void {
  const start = lines.findIndex((l, i) => i < 80 && /^目\s*录$/.test(l.text));
  if (start < 0) return;
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
    entries.push(line);
  }
  if (end === lines.length) return;
  const body = lines.slice(end).map((l) => key(l.text));
  for (const entry of entries) {
    const part = /^第[一二三四五六七八九十]+部分/.exec(key(entry.text));
    const wanted = part ? part[0] : key(entry.text);
    if (wanted.length < 2) continue;
    const found = body.some((text) => (part ? text.startsWith(wanted) : text === wanted || text.endsWith(wanted)));
    if (!found) warnings.add('section-absent', { line: entry.no, text: entry.raw }, { title: entry.text.replace(/^[-•·]\s*/, '') });
  }
}
