/**
 * The narrative's leftover figures: every "X 万元" of a sentence that no reader of this folder
 * took (a change listed in a reason, "政府性基金预算财政拨款减少 258146.77 万元"; a list of
 * parts without shares, "包括在职人员经费 8,657.53 万元、公用经费 3,045.77 万元"), kept as
 * printed with the words of its clause before it, when the document's JSON holds that amount
 * nowhere else. Like `otherTables` for the tables: nothing here is interpreted, so a document
 * whose sentences we do not understand still loses no printed amount, and a reader (or a
 * later rule) can find the figure by its words.
 */
import type { TextLine } from '../lines.js';
import type { Region } from '../regions.js';
import { NUM, narrativeSentences, numberIn, plainSentence, source } from './text.js';
import { inNarrativeUnit, type NarrativeUnit } from './unit.js';

export interface FigureOut {
  label: string;
  amount: number;
  source: { line: number };
}

/** A figure in 万元 (the narrative's unit); "万 元" and "万⏎元" are joined by `sentence`. */
const FIGURE = new RegExp(`(${NUM})\\s*万\\s*元`, 'g');
/** Where a clause starts: the figure's label never reaches over these. */
const CLAUSE = /[，,。；;：:、（(）)]/;
const LABEL_MAX = 40;

/**
 * Every amount the document's JSON already holds (magnitudes, to the cent): tables, tables
 * kept as printed, scorecards, and what the sentence readers took. Sources (line numbers) are
 * not amounts. Linear in the size of the document.
 */
export function amountsIn(document: unknown): Set<number> {
  const taken = new Set<number>();
  const walk = (value: unknown): void => {
    if (typeof value === 'number') taken.add(cents(value));
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (key !== 'source') walk(item);
    }
  };
  walk(document);
  return taken;
}

function cents(value: number): number {
  return Math.round(Math.abs(value) * 100);
}

/**
 * The figures of one logical line whose amount the document holds nowhere else (`taken`,
 * from `amountsIn`), left to right, each with the words before it back to the clause start.
 * A figure the tables or a reader already carry is not repeated; one that differs from every
 * amount of the document (a text that contradicts its table, a change listed in a reason) is
 * kept.
 */
export function leftoverFigures(line: TextLine, taken: ReadonlySet<number>): FigureOut[] {
  // 亿元 figures are the region's economy (工业总产值…), not the department's money: left out.
  const text = plainSentence(line);
  const out: FigureOut[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const amount = numberIn(match[1]!);
    if (!Number.isFinite(amount) || taken.has(cents(amount))) continue;
    // "单位价值50万元以上通用设备": a threshold of what is counted, not money of the department.
    if (/^\s*(?:以上|以下)/.test(text.slice(match.index! + match[0].length))) continue;
    out.push({ label: labelBefore(text, match.index!), amount, source: source(line) });
  }
  return out;
}

/** The leftover figures of the whole narrative (sentences outside every table and report). */
export function narrativeFigures(lines: TextLine[], regions: Region[], document: unknown): { unit: NarrativeUnit; figures: FigureOut[] } {
  const taken = amountsIn(document);
  const { unit, sentences } = inNarrativeUnit(narrativeSentences(lines, regions));
  return { unit, figures: sentences.flatMap((line) => leftoverFigures(line, taken)) };
}

/** The clause's words before a figure: "其中：一般公共预算拨款" → "一般公共预算拨款". */
function labelBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < LABEL_MAX && !CLAUSE.test(text[start - 1]!)) start--;
  // A bracket inside a name ("因公出国（境）费0万元") is part of it: the label reaches back over
  // the whole bracket and the words before it, not just "费".
  while (start > 1 && /[）)]/.test(text[start - 1]!)) {
    const open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
    // An ordinal "（一）" / "(1)" opening the clause is no part of the name.
    if (open < 0 || start - 1 - open > 6 || /[，,。；;：:、]/.test(text.slice(open, start)) || /^[（(][一二三四五六七八九十\d]+[）)]$/.test(text.slice(open, start))) break;
    start = open;
    while (start > 0 && at - start < LABEL_MAX && !CLAUSE.test(text[start - 1]!)) start--;
  }
  return text
    .slice(start, at)
    .replace(/(?:为|是|共|共计|合计|达|约)$/, '')
    .trim();
}
