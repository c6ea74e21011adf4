/** Shared pieces for reading sentences of the 情况说明. */
import { NUM, numberIn } from '../numbers.js';
import type { Region } from '../regions.js';
import type { TextLine } from '../lines.js';

export { NUM, numberIn };

/** Lines outside every table, scorecard and report: the narrative. */
export function narrativeLines(lines: TextLine[], regions: Region[]): TextLine[] {
  const inside = new Uint8Array(lines.length);
  for (const region of regions) for (let i = region.start; i < region.end; i++) inside[i] = 1;
  return lines.filter((line, i) => inside[i] === 0 && line.text !== '');
}

/** A line that starts a heading or a list item: never the tail of the line above. */
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+部分|[-•·]\s)/;
const FIGURE_IN = /\d\s*万\s*元/;
const PAGE_NUMBER = /^[-—–－]\s*\d{1,4}\s*[-—–－]$/;
/** Where a sentence (or a list item) is complete. */
const ENDS = /[。；;：:！？!?]$/;
/** A line shorter than this is a heading or a caption, not a wrapped piece of a paragraph. */
const WRAPPED = 16;
/** A joined line stops growing here: a sentence is shorter, and the readers stay linear. */
const PARAGRAPH = 600;

/**
 * The narrative as logical lines: PDF extraction wraps paragraphs at the page width, so a
 * sentence breaks anywhere ("万⏎元", "支⏎出决算为", the amount on the next line). A line
 * that does not end a sentence is joined with the line right below it, unless that one
 * starts a heading or a list item (one blank line between is a double-spaced paragraph's
 * line gap, not a paragraph break); the joined line keeps the first line's number. Lines
 * that end a sentence stay as they are, so well-formed text reads exactly as before.
 */
export function narrativeSentences(lines: TextLine[], regions: Region[]): TextLine[] {
  const out: TextLine[] = [];
  let open: TextLine | undefined;
  let lastNo = -1;
  for (const line of narrativeLines(lines, regions)) {
    const text = line.text;
    // A page number ("— 6 —", "- 4 -") between two lines of a paragraph is not part of it,
    // and the paragraph goes on across it (the gap it leaves is not a paragraph break).
    if (PAGE_NUMBER.test(text)) {
      if (open) lastNo = line.no;
      continue;
    }
    let fresh = false;
    // Double-spaced PDFs print a blank line between the lines of one paragraph.
    if (open && line.no <= lastNo + 2 && !STARTS_ITEM.test(text) && !line.tabbed && open.text.length < PARAGRAPH) {
      open = { ...open, text: open.text + joiner(open.text, text) + text, raw: `${open.raw}\n${line.raw}` };
      out[out.length - 1] = open;
    } else {
      open = { ...line };
      out.push(open);
      fresh = true;
    }
    lastNo = line.no;
    // Open while it stops mid-sentence. A short line of its own, or a heading ("一、…情况说明",
    // no comma in it), is complete; a short tail of a sentence is not ("出决算为⏎120万元").
    // A table row (tab-separated cells) is never part of a sentence.
    // A numbered line with a figure in it ("（二）政府采购情况。…总额 11884.37 万元：…") is a
    // sentence under its heading, not a heading.
    if (line.tabbed || ENDS.test(text) || (fresh && (text.length < WRAPPED || (STARTS_ITEM.test(text) && !/[，,；]/.test(text) && !FIGURE_IN.test(text))))) open = undefined;
  }
  return out;
}

/** Nothing between Chinese, digits and punctuation; a space between two Latin words. */
function joiner(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? ' ' : '';
}

/** Spaces inside sentences come from PDF line breaks ("6,443.60 万元"); drop them. */
export function sentence(line: TextLine): string {
  return line.text
    .replace(/^[-•·]\s*/, '')
    .replace(/(?<=[\d%])\s+(?=[\u4e00-\u9fff%])|(?<=[\u4e00-\u9fff])\s+(?=\d)/g, '')
    .replace(/\s+/g, ' ');
}

/** "主要是项目财政资金减少。" → "项目财政资金减少". */
export function reasonIn(text: string): string | undefined {
  const match = /(?:主要原因是|主要是|原因是|主要由于|主要用于)[:：]?(.+?)(?:[。；;]|$)/.exec(text);
  const reason = match?.[1]?.trim();
  return reason ? reason : undefined;
}

export function source(line: TextLine) {
  return { line: line.no };
}

export function amountAfter(text: string, label: RegExp): number | undefined {
  const match = new RegExp(`${label.source}[^\\d，。；]{0,12}?(${NUM})\\s*万元`).exec(text);
  return match ? numberIn(match[1]!) : undefined;
}

export function countAfter(text: string, label: RegExp, unit: string): number | undefined {
  const match = new RegExp(`${label.source}[^\\d，。；]{0,12}?(\\d+)\\s*${unit}`).exec(text);
  return match ? Number(match[1]) : undefined;
}
