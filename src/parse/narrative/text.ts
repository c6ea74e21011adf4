/** Shared pieces for reading sentences of the 情况说明. */
import { NUM, numberIn } from '../numbers.js';
import type { Region } from '../regions.js';
import { displayWidth, type TextLine } from '../lines.js';

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
  /** The open paragraph began with a numbered line without a comma or a figure. */
  let wrappedHeading = false;
  const narrative = narrativeLines(lines, regions);
  const edges = narrative.map((line) => displayWidth(line.raw.trimEnd()));
  for (const [index, line] of narrative.entries()) {
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
    // A numbered line that runs to the paragraph's right edge and stops mid-word is the first
    // line of a wrapped item ("1.行政事业单位养老支出（款）机关事业单位基本养老保险缴⏎费支出（项）
    // 支出 878.07 万元"), not a heading: a heading ends short of the edge or with its bracket.
    const plain = !/[，,；]/.test(text) && !FIGURE_IN.test(text);
    const heading = STARTS_ITEM.test(text) && plain && !reachesEdge(edges, index, text);
    // The short last line of a heading that wrapped ("九、…支出预算情⏎况说明") ends it too.
    const headingTail = !fresh && plain && wrappedHeading && !reachesEdge(edges, index, text);
    if (fresh) wrappedHeading = STARTS_ITEM.test(text) && plain;
    if (line.tabbed || ENDS.test(text) || headingTail || (fresh && (text.length < WRAPPED || heading))) open = undefined;
  }
  return out;
}

/** How far around a line its paragraph's right edge is looked for. */
const EDGE_WINDOW = 8;

/**
 * Whether line `index` ends at the right edge most lines around it end at (the page's text
 * width, within 2 columns) and not with a closing bracket or colon. The edge is the most common
 * one in a fixed window (an over-wide letter-spaced line does not move it; the cost stays
 * linear) and must be near the widest line there.
 */
function reachesEdge(edges: number[], index: number, text: string): boolean {
  if (/[)）:：]$/.test(text)) return false;
  const counts = new Map<number, number>();
  let edge = 0;
  let best = 0;
  let widest = 0;
  for (let i = Math.max(0, index - EDGE_WINDOW); i <= Math.min(edges.length - 1, index + EDGE_WINDOW); i++) {
    const count = (counts.get(edges[i]!) ?? 0) + 1;
    counts.set(edges[i]!, count);
    if (count > best || (count === best && edges[i]! > edge)) [edge, best] = [edges[i]!, count];
    widest = Math.max(widest, edges[i]!);
  }
  // Unwrapped paragraphs (one line each, far wider) around headings of one width: that common
  // width is the headings', not a page edge.
  return best > 1 && edge >= 2 * WRAPPED && edge >= 0.8 * widest && Math.abs(edges[index]! - edge) <= 2;
}

/** Nothing between Chinese, digits and punctuation; a space between two Latin words. */
function joiner(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? ' ' : '';
}

/**
 * Spaces inside sentences come from PDF line breaks ("6,443.60 万元") and from justified
 * lines set letter by letter ("省 检 察 院 一 般 公 共 预 算"): Chinese puts no space between
 * characters, so every space next to a Chinese character or between a number and one goes.
 */
export function sentence(line: TextLine): string {
  return inTenThousands(plainSentence(line));
}

/** The sentence with its figures as printed (亿元 kept: the leftover figures keep 万元 ones only). */
export function plainSentence(line: TextLine): string {
  return (
    line.text
      .replace(/^[-•·]\s*/, '')
      .replace(/(?<=[\d%\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef%])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=\d)/g, '')
      .replace(/\s+/g, ' ')
  );
}

/**
 * Province and ministry texts count in 亿元 ("收入总计45.67亿元，比上年增加2.34亿元"): every
 * reader reads 万元, so each 亿元 figure is restated in 万元 (× 10000, exact to the printed
 * decimals), the words around it unchanged.
 */
function inTenThousands(text: string): string {
  return text.replace(new RegExp(`(${NUM})\\s*亿元`, 'g'), (_, figure: string) => `${Math.round(numberIn(figure) * 1000000) / 100}万元`);
}

/** "主要是项目财政资金减少。" → "项目财政资金减少". */
export function reasonIn(text: string): string | undefined {
  const match = /(?:主要原因[是为]|主要是|原因[是为]|主要由于|主要用于)[:：]?(.+?)(?:[。；;]|$)/.exec(text);
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
