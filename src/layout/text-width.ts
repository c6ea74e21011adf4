/**
 * Text width estimated from the characters, never measured in the DOM, so a layout is the
 * same everywhere and tests can pin it. CJK characters are full-width (1 em); Latin letters
 * and digits about 0.55–0.62 em; punctuation narrower. Estimates lean wide so real text fits.
 */

const NARROW = new Set([...'.,:;!|\'`ilI[]()j']);
const MEDIUM = new Set([...' -–—/\\frt"']);

function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, incl. CJK punctuation and ideographs
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions
  );
}

/**
 * How much wider a semibold (600) Latin letter, digit or punctuation mark is than a regular
 * one (measured: DejaVu Sans and Noto Sans draw a bold Latin line 15–16% wider). CJK glyphs
 * stay 1 em in any weight. A bold label measured as regular runs past the width it was
 * wrapped to: a long Latin group name in <budget-execution> ran 50 px out of a 360 px chart.
 */
export const BOLD_WIDTH = 1.16;

/** Width of one character in em (`bold`: as drawn at font-weight 600). */
export function charWidthEm(char: string, bold = false): number {
  const code = char.codePointAt(0) ?? 0;
  if (isFullWidth(code)) return 1;
  if (bold) return charWidthEm(char) * BOLD_WIDTH;
  if (NARROW.has(char)) return 0.3;
  if (MEDIUM.has(char)) return 0.4;
  if (char === '…') return 1;
  if (char >= '0' && char <= '9') return 0.64;
  if (char >= 'A' && char <= 'Z') return char === 'M' || char === 'W' ? 0.86 : 0.66;
  if (char === 'm' || char === 'w') return 0.84;
  if (code < 0x80) return 0.56;
  return 0.62;
}

/** Estimated width of `text` in px at `fontSize` px (`bold`: at font-weight 600). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return emWidth(text, 0, bold) * fontSize;
}

/** `em` plus the width of `text` in em, summed char by char (wrapText continues a line's sum). */
function emWidth(text: string, em = 0, bold = false): number {
  for (const char of text) em += charWidthEm(char, bold);
  return em;
}

export interface WrappedText {
  lines: string[];
  /** True when text was cut and an ellipsis added. */
  truncated: boolean;
  /** Widest line, px. */
  width: number;
}

const ELLIPSIS = '…';

/**
 * Latin words stay whole where they can, with brackets and trailing punctuation kept on
 * their word ("(office)" never splits after "("); CJK breaks between any two characters.
 */
export function tokens(text: string): string[] {
  return text.match(/[(\[（“‘]*[A-Za-z0-9.,%'’\-]+[)\]）”’,.;:!?]*\s*|\s+|[^\sA-Za-z0-9.,%'’\-]/gu) ?? [];
}

/**
 * An amount, share or code as one token ("6,443.60", "-5.2%", "(2,000.00)"): shown whole or
 * not at all, since a number cut anywhere ("913,010,000,0…", or broken over two lines) reads
 * as another number.
 */
const NUMBER = /^[(（]?[+\-−]?\d[\d,]*(?:\.\d+)?%?[)）]?[,.;:·]?$/;
/** The number a cut line ends in, with its sign and opening bracket. */
const NUMBER_END = /[(（]?[+\-−]?\d[\d,.]*$/;

/**
 * Wrap `text` into at most `maxLines` lines no wider than `maxWidth`; the last line ends in
 * an ellipsis when text remains. A number is never cut: one wider than a line, or one the
 * ellipsis would cut into, is left out whole (the tooltip and the table carry it). A text that
 * keeps nothing is a lone ellipsis. `bold`: the text is drawn at font-weight 600 (a heading).
 * Deterministic, no DOM.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2, bold = false): WrappedText {
  const lines: string[] = [];
  let line = '';
  // The width of `line` in em, kept as it grows: measuring line + token afresh at every token
  // made wrapping quadratic in the length of a line. Summed char by char in the same order as
  // textWidth, so every comparison gives exactly what measuring afresh gave.
  let lineEm = 0;
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
    lineEm = 0;
  };
  const parts = tokens(text.trim());
  let truncated = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (emWidth(part.trimEnd(), lineEm, bold) * fontSize <= maxWidth) {
      line += part;
      lineEm = emWidth(part, lineEm, bold);
      continue;
    }
    if (line.trim() && textWidth(part.trimEnd(), fontSize, bold) <= maxWidth) {
      push();
      if (lines.length === maxLines) {
        truncated = true;
        break;
      }
      line = part.trimStart();
      lineEm = emWidth(line, 0, bold);
      continue;
    }
    // A number wider than a line is not broken: it ends the text here.
    if (NUMBER.test(part.trimEnd())) {
      if (line.trim() && lines.length < maxLines) push();
      truncated = true;
      break;
    }
    // A token wider than a line: break it between characters.
    for (const char of part) {
      if ((lineEm + charWidthEm(char, bold)) * fontSize > maxWidth && line) {
        push();
        if (lines.length === maxLines) {
          truncated = true;
          break;
        }
      }
      if (line || char.trim()) {
        line += char;
        lineEm += charWidthEm(char, bold);
      }
    }
    if (truncated) break;
  }
  if (!truncated && line.trim()) {
    if (lines.length < maxLines) push();
    else truncated = true;
  }
  if (truncated && lines.length) {
    const whole = lines[lines.length - 1] ?? '';
    let last = whole;
    while (last && textWidth(last + ELLIPSIS, fontSize, bold) > maxWidth) last = [...last].slice(0, -1).join('');
    // Cut inside a number: the whole number goes.
    if (last !== whole && /^[\d,.]/.test(whole.slice(last.length))) last = last.replace(NUMBER_END, '');
    lines[lines.length - 1] = last.trimEnd() + ELLIPSIS;
  } else if (truncated) lines.push(ELLIPSIS);
  const width = Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold)));
  return { lines, truncated, width };
}
