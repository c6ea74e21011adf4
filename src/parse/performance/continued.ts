/**
 * A scorecard continued on the next page under its title printed again (many regions repeat
 * the title rows of a table on every page): the second region has no head of its own (no
 * 项目名称 / 部门名称 before its indicator rows) and the first ended without its 总分 row. The
 * two are one card, never a second, nameless one.
 */
import type { TextLine } from '../lines.js';
import type { Region } from '../regions.js';

const HEAD = /^(?:项目名称|部门名称|单位名称|部门[(（]单位[)）]名称)/;
const TOTAL = /^总分/;

export function continuedCardEnd(lines: TextLine[], regions: Region[], r: number): number {
  let last = r;
  while (continues(lines, regions[last]!, regions[last + 1])) last++;
  return last;
}

function continues(lines: TextLine[], card: Region, next: Region | undefined): boolean {
  if (!next || next.kind !== 'scorecard' || card.kind !== 'scorecard') return false;
  const compact = (line: TextLine) => line.text.replace(/\s+/g, '');
  for (let i = card.start; i < card.end; i++) if (TOTAL.test(compact(lines[i]!))) return false;
  for (let i = next.start; i < next.end; i++) {
    const text = compact(lines[i]!);
    if (HEAD.test(text)) return false;
    // The first line with a figure: no head came before it.
    if (/\d/.test(text) && !/^[(（]?\d{4}年度?[)）]?$/.test(text) && i > next.start) return true;
  }
  return false;
}
