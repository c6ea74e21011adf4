// Layout transformations that real documents show and that must not change what is read
// (tests/parse/metamorphic.test.ts). Each takes the text, a seeded PRNG and, where it needs
// to know where a table is, the baseline parse (the source lines of its rows); each works on
// character positions, the grid `pdftotext -layout` prints on.
import type { ParseResult } from '../../src/parse/index.js';
import type { TableId } from '../../src/schema/primitives.js';

export type Random = () => number;
export interface Transform {
  name: string;
  /**
   * `content` changes what is printed (labels, units, punctuation, page breaks): for a
   * tab-separated source it is applied before the text is laid out in spaces; `layout` moves
   * what is printed and is applied to the laid-out text.
   */
  kind: 'content' | 'layout';
  apply(text: string, random: Random, baseline: ParseResult): string;
}

const int = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pages = (text: string): string[][] => text.split('\f').map((page) => page.split('\n'));
const joinPages = (ps: string[][]): string => ps.map((lines) => lines.join('\n')).join('\f');

/** a. Every page moved right or left as a whole by 1–4 characters (never past its left margin). */
export const shiftPages: Transform = {
  name: 'a: pages shifted',
  kind: 'layout',
  apply(text, random) {
    return joinPages(
      pages(text).map((lines) => {
        let shift = int(random, -4, 4) || 2;
        const margin = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
        if (shift < 0) shift = -Math.min(-shift, Number.isFinite(margin) ? margin : 0);
        return lines.map((l) => (l.trim() === '' ? l : shift >= 0 ? ' '.repeat(shift) + l : l.slice(-shift)));
      }),
    );
  },
};

/** Character indices where every line of `lines` is blank (or already ended), after the margin. */
function gutters(lines: readonly string[]): { start: number; end: number }[] {
  const width = Math.max(0, ...lines.map((l) => l.length));
  const blank: boolean[] = [];
  for (let i = 0; i < width; i++) blank[i] = lines.every((l) => i >= l.length || l[i] === ' ');
  const out: { start: number; end: number }[] = [];
  let firstText = blank.indexOf(false);
  if (firstText < 0) return out;
  for (let i = firstText; i < width; i++) {
    if (!blank[i]) continue;
    let j = i;
    while (j < width && blank[j]) j++;
    if (j < width) out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/**
 * b. Every column gutter of a page (≥ 2 characters blank on every line) widened by 1–3 or
 * narrowed by 1–3 (never below 2), the same on every line of the page — the columns stay
 * columns, as when a page is laid out with other widths.
 */
export const resizeGaps: Transform = {
  name: 'b: gaps widened/narrowed',
  kind: 'layout',
  apply(text, random) {
    return joinPages(
      pages(text).map((lines) => {
        const gs = gutters(lines.filter((l) => l.trim() !== '')).filter((g) => g.end - g.start >= 2);
        let out = lines.slice();
        // Right to left so earlier indices stay valid.
        for (const g of gs.reverse()) {
          const delta = int(random, 0, 1) ? int(random, 1, 3) : -Math.min(int(random, 1, 3), g.end - g.start - 2);
          out = out.map((l) => {
            if (l.length <= g.start) return l;
            return delta >= 0 ? l.slice(0, g.start) + ' '.repeat(delta) + l.slice(g.start) : l.slice(0, g.start) + l.slice(g.start - delta);
          });
        }
        return out;
      }),
    );
  },
};

/** b'. One gap per line (of ≥ 2 spaces) widened by one: the ±1 jitter of real pdftotext lines. */
export const jitterGaps: Transform = {
  name: 'b: one gap per line +1',
  kind: 'layout',
  apply(text, random) {
    return text
      .split('\n')
      .map((l) => {
        const gaps = [...l.matchAll(/(?<=\S) {2,}(?=\S)/g)];
        if (gaps.length === 0) return l;
        const g = gaps[int(random, 0, gaps.length - 1)]!;
        return l.slice(0, g.index) + ' ' + l.slice(g.index);
      })
      .join('\n');
  },
};

const AMOUNT = /(?<=^|[\s\t])-?\d{1,3}(?:,\d{3})*\.\d+(?=$|[\s\t])|(?<=^|[\s\t])-?\d{4,}\.\d+(?=$|[\s\t])/g;

/** Replace a token right-aligned: the text before it gives up (or takes) the width difference. */
function replaceRightAligned(line: string, index: number, from: string, to: string): string {
  const grow = to.length - from.length;
  let before = line.slice(0, index);
  if (grow > 0) {
    // Taken from the gap before, keeping two spaces; what cannot be taken pushes the rest right.
    const spaces = before.length - before.trimEnd().length;
    const take = before.trim() === '' ? Math.min(grow, spaces) : Math.max(0, Math.min(grow, spaces - 2));
    before = before.slice(0, before.length - take);
  } else if (grow < 0) before += ' '.repeat(-grow);
  return before + to + line.slice(index + from.length);
}

const withCommas = (s: string): string => {
  const [whole, frac] = s.split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  return sign + whole!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
};

/** c. Thousands separators added to amounts with decimals, or removed (right edges kept). */
export function separators(mode: 'add' | 'remove'): Transform {
  return {
    kind: 'content',
    name: `c: separators ${mode === 'add' ? 'added' : 'removed'}`,
    apply(text) {
      return text
        .split('\n')
        .map((line) => {
          const hits = [...line.matchAll(AMOUNT)].reverse();
          let out = line;
          for (const h of hits) {
            const plain = h[0].replace(/,/g, '');
            const to = mode === 'add' ? withCommas(plain) : plain;
            if (to !== h[0]) out = replaceRightAligned(out, h.index!, h[0], to);
          }
          return out;
        })
        .join('\n');
    },
  };
}

type Json = unknown;
/** Every `source.line` under a value (rows, totals, parts), except the table's own. */
function sourceLines(value: Json, out: number[] = [], top = true): number[] {
  if (Array.isArray(value)) for (const v of value) sourceLines(v, out, false);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source') {
        if (!top && v && typeof v === 'object' && typeof (v as { line?: number }).line === 'number') out.push((v as { line: number }).line);
      } else sourceLines(v, out, false);
    }
  }
  return out;
}

/** The typed table with the most rows on consecutive lines, and where its body lies (1-based). */
export function longestTable(result: ParseResult, ids?: TableId[]): { id: TableId; title: number; rows: number[] } | undefined {
  let best: { id: TableId; title: number; rows: number[] } | undefined;
  for (const [id, table] of Object.entries(result.document?.tables ?? {})) {
    if (ids && !ids.includes(id as TableId)) continue;
    const title = (table as { source?: { line?: number } }).source?.line;
    if (!title) continue;
    const rows = [...new Set(sourceLines(table))].sort((a, b) => a - b);
    if (rows.length > (best?.rows.length ?? 0)) best = { id: id as TableId, title, rows };
  }
  return best;
}

/**
 * d. A long table split by an extra page break in the middle of its body: a page number, a
 * form feed, then the table's title, unit and header lines printed again (`withTitle`) or only
 * its header lines, as when the document is printed on a smaller paper size.
 */
export function splitTable(withTitle: boolean): Transform {
  return {
    kind: 'content',
    name: `d: table split by a page break (${withTitle ? 'title and header' : 'header'} repeated)`,
    apply(text, random, baseline) {
      const table = longestTable(baseline);
      if (!table || table.rows.length < 6) return text;
      const lines = text.split('\n');
      const first = table.rows[0]!;
      // A row start whose line before is also a row: never inside a wrapped row.
      const starts = table.rows.filter((l, i) => i >= 2 && table.rows[i - 1] === l - 1 && i < table.rows.length - 1);
      if (starts.length === 0) return text;
      const at = starts[int(random, 0, starts.length - 1)]!;
      // Header lines: from after the unit line (or the title) to the first body line.
      let headerFrom = table.title;
      for (let l = table.title; l < first; l++) if (/单位[：:]/.test(lines[l - 1]!)) headerFrom = l;
      const header = lines.slice(headerFrom, first - 1).filter((l) => l.trim() !== '' && !/^\s*合\s*计/.test(l));
      const title = withTitle ? lines.slice(table.title - 1, headerFrom) : [];
      const inserted = ['', '                         - 99 -', '\f' + (title[0] ?? header[0] ?? ''), ...(title.length ? title.slice(1).concat(header) : header.slice(1))];
      return [...lines.slice(0, at - 1), ...inserted, ...lines.slice(at - 1)].join('\n');
    },
  };
}

const LABEL = /^(\s*)(?:公开\s*(\d{1,2})\s*表|附表\s*(\d{1,2})|表\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d一二三四五六七八九十]))/;
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const fromCn = (s: string): number => {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + CN.indexOf(s[1]!);
  if (s.endsWith('十')) return 10 * CN.indexOf(s[0]!);
  if (s.includes('十')) return 10 * CN.indexOf(s[0]!) + CN.indexOf(s[2]!);
  return CN.indexOf(s);
};
const toCn = (n: number): string => (n <= 10 ? CN[n]! : n < 20 ? '十' + CN[n - 10] : CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : ''));

/**
 * e. Every table label at the start of a line (表1, 表一, 公开01表, 附表1) printed in another
 * numbering style, the number kept. Labels change width: the rest of the line keeps its place.
 */
export function relabel(style: '表1' | '表一' | '公开01表' | '附表1'): Transform {
  const spell = (n: number): string =>
    style === '表1' ? `表${n}` : style === '表一' ? `表${toCn(n)}` : style === '附表1' ? `附表${n}` : `公开${String(n).padStart(2, '0')}表`;
  return {
    kind: 'content',
    name: `e: labels as ${style}`,
    apply(text) {
      return text
        .split('\n')
        .map((line) => {
          const m = LABEL.exec(line.replace(/^\f/, ''));
          if (!m) return line;
          const ff = line.startsWith('\f') ? '\f' : '';
          const n = fromCn(m[2] ?? m[3] ?? m[4]!);
          if (!(n >= 1 && n <= 30)) return line;
          let rest = line.slice(ff.length + m[0].length);
          const label = spell(n);
          // Text after the label keeps its place when spaces allow.
          const diff = m[0].length - m[1]!.length - label.length;
          if (rest.startsWith(' ')) rest = diff > 0 ? ' '.repeat(diff) + rest : rest.slice(Math.min(-diff, rest.length - rest.trimStart().length - 1));
          return ff + m[1] + label + rest;
        })
        .join('\n');
    },
  };
}

/** e. The 目录 (table of contents) taken out: from its heading to the end of its page. */
export const dropContents: Transform = {
  name: 'e: 目录 removed',
  kind: 'content',
  apply(text) {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^\s*目\s*录\s*$/.test(l));
    if (at < 0) return text;
    let end = at + 1;
    const entry = /^\s*(-\s*)?(第.{1,2}部分|[一二三四五六七八九十]+、|\d+[.、]|表|公开|附表|.*(表|说明|情况)\s*\.*\s*\d*\s*$|$)/;
    const ff = lines.findIndex((l, i) => i > at && l.includes('\f'));
    if (ff > 0 && ff - at < 80) end = ff;
    else while (end < lines.length && entry.test(lines[end]!)) end++;
    const kept = ff > 0 && ff === end ? [lines[end]!.slice(lines[end]!.indexOf('\f'))] : [];
    return [...lines.slice(0, at), ...kept, ...lines.slice(end + (kept.length ? 1 : 0))].join('\n');
  },
};

/** f. Full-width ↔ half-width punctuation on lines without amounts (captions, headers, names). */
export function punctuation(to: 'half' | 'full'): Transform {
  const half: [string, string][] = [['（', '('], ['）', ')'], ['：', ':'], ['“', '"'], ['”', '"']];
  return {
    kind: 'content',
    name: `f: punctuation ${to}-width`,
    apply(text) {
      let open = true;
      return text
        .split('\n')
        .map((line) => {
          if (AMOUNT.test(line)) {
            AMOUNT.lastIndex = 0;
            return line;
          }
          AMOUNT.lastIndex = 0;
          if (to === 'half') for (const [f, h] of half) line = line.split(f).join(h);
          else line = line.replace(/[():"]/g, (c) => (c === '(' ? '（' : c === ')' ? '）' : c === ':' ? '：' : (open = !open) ? '”' : '“'));
          return line;
        })
        .join('\n');
    },
  };
}

const UNIT_LINE = /(金额)?单位[：:]\s*万元/;

/** g. The unit statement of every table spelled another way (the unit itself kept). */
export function unitSpelling(style: 'colon' | 'amount' | 'caption'): Transform {
  return {
    kind: 'content',
    name: `g: unit as ${style}`,
    apply(text, _random, baseline) {
      const lines = text.split('\n');
      if (style !== 'caption') {
        return lines
          .map((l) =>
            l.replace(UNIT_LINE, (m) => {
              const to = style === 'colon' ? m.replace('：', ':') : '金额单位：万元';
              return to + ' '.repeat(Math.max(0, m.length - to.length));
            }),
          )
          .join('\n');
      }
      // The unit moved onto the title line of each typed table: "……表（单位：万元）".
      for (const table of Object.values(baseline.document?.tables ?? {})) {
        const title = (table as { source?: { line?: number } }).source?.line;
        if (!title) continue;
        for (let l = title; l < title + 4 && l <= lines.length; l++) {
          if (UNIT_LINE.test(lines[l - 1]!)) {
            lines[l - 1] = lines[l - 1]!.replace(UNIT_LINE, (m) => ' '.repeat(m.length));
            if (lines[l - 1]!.trim() === '') lines[l - 1] = '';
            // After the whole title: a title wrapped over two lines ends on the second.
            const ends = (t: string) => /表(?:[（(][^（）()]*[）)])?\s*$/.test(t);
            const end = !ends(lines[title - 1]!) && ends(lines[title] ?? '') ? title + 1 : title;
            lines[end - 1] = lines[end - 1]!.trimEnd() + '（单位：万元）';
            break;
          }
        }
      }
      return lines.join('\n');
    },
  };
}

/** Amount tokens of a body line: after its first CJK text, or all but a leading code on a line without any. */
function amountTokens(line: string): RegExpMatchArray[] {
  if (/栏\s*次|行\s*次/.test(line)) return [];
  const cjk = line.search(/[\u4e00-\u9fff]/);
  const hits = [...line.matchAll(/(?<=^|\s)-?[\d,]+(?:\.\d+)?(?=$|\s)/g)];
  if (cjk >= 0) return hits.filter((h) => h.index! > cjk);
  return hits.filter((h, i) => !(i === 0 && /^\d{3,7}$/.test(h[0]) && line.slice(0, h.index).trim() === ''));
}

/** "12.3456" → "123456.00": the decimal point moved four places, exactly (no float rounding). */
function times10000(plain: string): string {
  const [whole, frac = ''] = plain.split('.');
  const digits = (frac + '0000').slice(0, 4);
  const rest = frac.slice(4).padEnd(2, '0');
  const sign = whole!.startsWith('-') ? '-' : '';
  const integer = (whole!.replace('-', '') + digits).replace(/^0+(?=\d)/, '');
  return `${sign}${integer}.${rest}`;
}

/** Insert `n` spaces at `at` in a line (past its end: nothing; inside a word: after the word). */
function insertAt(line: string, at: number, n: number): string {
  if (line.length <= at) return line;
  let i = at;
  while (i < line.length && line[i] !== ' ' && i > 0 && line[i - 1] !== ' ') i++;
  return line.slice(0, i) + ' '.repeat(n) + line.slice(i);
}

/**
 * g. One function table (t3 or t5 — code, name, amounts) in 万元 printed in 元 instead: its
 * unit statement says 元 and every amount is ×10000. A table in 元 is printed wider: the
 * amount columns are moved apart by the growth (header lines too) before the amounts grow
 * leftwards into the room, so the columns stay under their headers.
 */
export const tableInYuan: Transform = {
  name: 'g: a table in 元 (amounts ×10000)',
  kind: 'content',
  apply(text, _random, baseline) {
    const table = longestTable(baseline, ['t5', 't3']);
    if (!table) return text;
    const lines = text.split('\n');
    const first = table.rows[0]!;
    const last = table.rows[table.rows.length - 1]!;
    let stated = false;
    for (let l = table.title; l < first; l++) {
      const before = lines[l - 1]!;
      lines[l - 1] = before.replace(/(单位[：:]\s*)万元/, '$1元  ');
      stated ||= lines[l - 1] !== before;
    }
    if (!stated) return text;
    const body = lines.slice(first - 1, last);
    const starts = body.flatMap((l) => amountTokens(l).map((h) => h.index!));
    if (starts.length === 0) return text;
    const grow = 5;
    if (!text.includes('\t')) {
      const left = Math.min(...starts);
      const cuts = [left, ...gutters(body).filter((g) => g.start > left).map((g) => g.end)].sort((a, b) => b - a);
      for (let l = table.title; l <= last; l++) for (const cut of cuts) lines[l - 1] = insertAt(lines[l - 1]!, cut, grow);
    }
    for (let l = first; l <= last; l++) {
      let out = lines[l - 1]!;
      for (const h of amountTokens(out).reverse()) {
        const scaled = times10000(h[0].replace(/,/g, ''));
        out = replaceRightAligned(out, h.index!, h[0], h[0].includes(',') || scaled.length > 7 ? withCommas(scaled) : scaled);
      }
      lines[l - 1] = out;
    }
    return lines.join('\n');
  },
};

/** h. CRLF line ends and trailing spaces on every line. */
export const crlfTrailing: Transform = {
  name: 'h: CRLF and trailing spaces',
  kind: 'layout',
  apply(text, random) {
    return text
      .split('\n')
      .map((l) => l + ' '.repeat(int(random, 0, 3)))
      .join('\r\n');
  },
};

/** h. A blank line inserted between some rows of every typed table (rows of one line each, never inside a wrapped cell). */
export const blankBetweenRows: Transform = {
  name: 'h: blank lines between rows',
  kind: 'content',
  apply(text, random, baseline) {
    const lines = text.split('\n');
    const before = new Set<number>();
    for (const id of Object.keys(baseline.document?.tables ?? {})) {
      const table = longestTable(baseline, [id as TableId]);
      if (!table) continue;
      table.rows.forEach((l, i) => {
        // Between two rows of one line each: a blank line inside a wrapped cell would split it.
        const single = (k: number) => table.rows[k] !== undefined && table.rows[k - 1] === table.rows[k]! - 1;
        if (i > 1 && single(i) && single(i - 1) && (table.rows[i + 1] === l + 1 || i === table.rows.length - 1) && random() < 0.3) before.add(l);
      });
    }
    return lines.flatMap((l, i) => (before.has(i + 1) ? ['', l] : [l])).join('\n');
  },
};
