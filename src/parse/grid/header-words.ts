/**
 * Header words printed one space apart. pdftotext joins neighbouring header words of narrow
 * columns into one run with a single space ("一般公共预 政府性基金 国有资本经", 广州/苏州/深圳
 * 收入总表), so the run reads as one header over several columns. A Chinese header word never
 * contains a space between two words of its own, so such a run is split into its words, each
 * a header cell of its own. Letter-spaced headers ("栏 次", "项 目") have one-character
 * pieces and stay whole; so does anything next to a number ("2026 年预算数").
 *
 * Positions: in display columns a word starts where it is printed. In characters pdftotext
 * squeezes the run (a CJK glyph is two columns wide but one character), so each word is
 * placed by display width from the run's start, scaled back when that would reach the next
 * cell of the line. Linear in the line.
 */
import { displayWidth, type Cell, type TextLine } from '../lines.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;
/** A piece of two or more characters that starts and ends with CJK text. */
const WORD = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’（）()、]{2,}$/;

/** The words of a header cell when it is several header words one space apart; else undefined. */
export function headerWords(text: string): string[] | undefined {
  if (!text.includes(' ') || /\s{2,}/.test(text)) return undefined;
  const words = text.split(' ');
  if (words.length < 2 || !words.every((w) => WORD.test(w) && CJK.test(w[0]!) && CJK.test(w[w.length - 1]!))) return undefined;
  return words;
}

/** The line with each cell of header words split into one cell per word (the same line when none is). */
export function splitHeaderWords(line: TextLine): TextLine {
  if (line.tabbed || !line.cells.some((c) => headerWords(c.text))) return line;
  const cells: Cell[] = [];
  line.cells.forEach((cell, k) => {
    const words = headerWords(cell.text);
    if (!words) {
      cells.push(cell);
      return;
    }
    const next = line.cells.slice(k + 1).find((c) => c.text !== '');
    const widths = words.map(displayWidth);
    const total = widths.reduce((a, b) => a + b, 0) + words.length - 1;
    const room = next ? next.cstart - 1 - cell.cstart : Infinity;
    const scale = Math.min(1, Math.max(room, cell.cend - cell.cstart) / total);
    let offset = 0;
    let display = cell.start;
    words.forEach((word, i) => {
      const cstart = Math.round(cell.cstart + offset * scale);
      const cend = Math.max(cstart + 1, Math.round(cell.cstart + (offset + widths[i]!) * scale));
      cells.push({ text: word, start: display, end: display + widths[i]!, cstart, cend });
      offset += widths[i]! + 1;
      display += widths[i]! + 1;
    });
  });
  return { ...line, cells };
}
