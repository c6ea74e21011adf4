// Damage that real text extractions and copy-pastes do to a disclosure's tables
// (tests/parse/perturbed-real.test.ts): a row wrapped, amounts moved, a line lost or added at a
// page break, two amounts run together, a separator or a full-width digit, a 合计 after its 注,
// a page break with the header repeated. Each kind damages one table row (or one place) of a
// `pdftotext -layout` text, chosen by a seeded PRNG among the rows the baseline parse read, so a
// failure reproduces. Pure: no fetch, no parse.
import type { ParseResult } from '../../src/parse/index.js';
import type { TableId } from '../../src/schema/primitives.js';

export type Random = () => number;

/** Where a table's rows are printed in the baseline text (1-based lines). */
export interface TableBody {
  id: TableId;
  title: number;
  /** Lines the parser read a row (or a total) from, in order. */
  rows: number[];
}

/** What one damage did: the text after it, and the lines it touched (1-based, in the new text). */
export interface Damaged {
  text: string;
  table: TableId;
  lines: number[];
  /** What was done, in words, for a failure message. */
  what: string;
}

export interface DamageKind {
  name: string;
  apply(text: string, body: TableBody, random: Random): Damaged | undefined;
}

const int = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(random: Random, list: readonly T[]): T | undefined => (list.length ? list[int(random, 0, list.length - 1)] : undefined);

/** An amount token as printed in the tables (decimals; a whole 元 amount of 4+ digits). */
const AMOUNT = /(?<=^|\s)-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,2}(?=\s|$)|(?<=^|\s)-?\d{4,}(?=\s|$)/g;
const amounts = (line: string): RegExpMatchArray[] => {
  // Amounts are right of the first CJK text (a leading code is not an amount).
  const cjk = line.search(/[\u4e00-\u9fff]/);
  return [...line.matchAll(AMOUNT)].filter((m) => m.index! > cjk && !/^\d{3}(?:\d{2}){0,2}$/.test(m[0]));
};
const hasName = (line: string): boolean => /[\u4e00-\u9fff]{2,}/.test(line);
const TOTAL = /^\s*(?:\S+\s+)?[合总]\s*计/;

function* sourceLines(value: unknown, top = true): Generator<number> {
  if (Array.isArray(value)) for (const v of value) yield* sourceLines(v, false);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source') {
        const line = (v as { line?: unknown } | null)?.line;
        if (!top && typeof line === 'number') yield line;
      } else yield* sourceLines(v, false);
    }
  }
}

/** Every typed table of the baseline with the lines its rows were read from. */
export function tableBodies(result: ParseResult): TableBody[] {
  const out: TableBody[] = [];
  for (const [id, table] of Object.entries(result.document?.tables ?? {})) {
    const title = (table as { source?: { line?: number } }).source?.line;
    if (!title) continue;
    const rows = [...new Set(sourceLines(table))].filter((l) => l > title).sort((a, b) => a - b);
    if (rows.length) out.push({ id: id as TableId, title, rows });
  }
  return out;
}

/** The body lines of `body` that print a name and at least `min` amounts. */
function amountRows(lines: readonly string[], body: TableBody, min = 1): number[] {
  return body.rows.filter((l) => lines[l - 1] !== undefined && hasName(lines[l - 1]!) && amounts(lines[l - 1]!).length >= min);
}

/** Replace `from` at `index` by `to`, keeping the token's right edge where the gap before allows. */
function rightAligned(line: string, index: number, from: string, to: string, width = to.length): string {
  const grow = width - from.length;
  let before = line.slice(0, index);
  if (grow > 0) {
    const spaces = before.length - before.trimEnd().length;
    before = before.slice(0, before.length - Math.max(0, Math.min(grow, spaces - 1)));
  } else if (grow < 0) before += ' '.repeat(-grow);
  return before + to + line.slice(index + from.length);
}

const splice = (lines: string[], at: number, remove: number, ...insert: string[]): string[] => [...lines.slice(0, at), ...insert, ...lines.slice(at + remove)];

/**
 * A row's name wrapped onto a second line: the name's last characters printed under its start,
 * the amounts kept on the first line (`tail`), or the amounts printed on the second line with
 * the tail (`amounts`) — as a cell too narrow for its text makes pdftotext print it.
 */
export function wrapRow(mode: 'tail' | 'amounts'): DamageKind {
  return {
    name: `row wrapped onto two lines (${mode === 'tail' ? 'name tail below' : 'amounts below'})`,
    apply(text, body, random) {
      const lines = text.split('\n');
      const rows = amountRows(lines, body).filter((l) => /[\u4e00-\u9fff]{6,}/.test(lines[l - 1]!) && !TOTAL.test(lines[l - 1]!));
      const at = pick(random, rows);
      if (at === undefined) return undefined;
      const line = lines[at - 1]!;
      const name = /[\u4e00-\u9fff][^\s]*[\u4e00-\u9fff）)]/.exec(line)!;
      const cut = Math.max(2, Math.min(name[0].length - 2, int(random, 2, 4)));
      const head = name[0].slice(0, name[0].length - cut);
      const tail = name[0].slice(name[0].length - cut);
      const start = name.index!;
      // The head keeps the name's place (pdftotext places by characters); what followed the
      // name (its amounts) stays on the first line or moves below.
      const rest = line.slice(start + name[0].length);
      const under = ' '.repeat(start) + tail;
      if (mode === 'tail') {
        const first = line.slice(0, start) + head + ' '.repeat(tail.length) + rest;
        return { text: splice(lines, at - 1, 1, first.trimEnd(), under).join('\n'), table: body.id, lines: [at, at + 1], what: `line ${at}: "${tail}" wrapped below` };
      }
      // Everything after the name (a 行次, the amounts) keeps its place on the line below.
      const below = under + ' '.repeat(head.length) + rest;
      return { text: splice(lines, at - 1, 1, line.slice(0, start) + head, below).join('\n'), table: body.id, lines: [at, at + 1], what: `line ${at}: "${tail}" and the amounts wrapped below` };
    },
  };
}

/** One row's amounts (everything from its first amount on) moved left or right by 2–4 spaces. */
export const shiftAmounts: DamageKind = {
  name: "a row's amounts shifted by a few spaces",
  apply(text, body, random) {
    const lines = text.split('\n');
    const at = pick(random, amountRows(lines, body));
    if (at === undefined) return undefined;
    const line = lines[at - 1]!;
    const from = amounts(line)[0]!.index!;
    const gap = line.slice(0, from).length - line.slice(0, from).trimEnd().length;
    let shift = (random() < 0.5 ? -1 : 1) * int(random, 2, 4);
    if (shift < 0) shift = -Math.min(-shift, gap - 1);
    if (shift === 0) shift = 2;
    const moved = shift > 0 ? line.slice(0, from) + ' '.repeat(shift) + line.slice(from) : line.slice(0, from + shift) + line.slice(from);
    lines[at - 1] = moved;
    return { text: lines.join('\n'), table: body.id, lines: [at], what: `line ${at}: amounts moved ${shift > 0 ? 'right' : 'left'} by ${Math.abs(shift)}` };
  },
};

/**
 * One body line lost where the table crosses a page: the last row before the page break or the
 * first after the header printed again, as when an extraction clips a page's margin. Tables
 * printed on one page are left alone (undefined).
 */
export const dropLine: DamageKind = {
  name: 'a line dropped at a page break inside a table',
  apply(text, body, random) {
    const lines = text.split('\n');
    const rows = amountRows(lines, body).filter((l) => !TOTAL.test(lines[l - 1]!));
    const index = new Set(body.rows);
    // The last row of a page: the next row of the table is on a later page.
    const last = rows.filter((l) => {
      const next = body.rows.find((r) => r > l);
      return next !== undefined && lines.slice(l, next).some((x) => x.includes('\f'));
    });
    // The first row of a later page: a page break between it and the table's row before.
    const first = rows.filter((l) => {
      const before = [...index].filter((r) => r < l).pop();
      return before !== undefined && lines.slice(before, l).some((x) => x.includes('\f'));
    });
    const at = pick(random, [...last, ...first]);
    if (at === undefined) return undefined;
    return { text: splice(lines, at - 1, 1).join('\n'), table: body.id, lines: [at - 1, at], what: `line ${at} dropped: ${lines[at - 1]!.trim().slice(0, 40)}` };
  },
};

/** A page number or the document's running title printed between two rows, without a page break. */
export function injectFurniture(kind: 'page number' | 'running title'): DamageKind {
  return {
    name: `page furniture injected mid-table (${kind})`,
    apply(text, body, random) {
      const lines = text.split('\n');
      const pairs = body.rows.filter((l, i) => i > 0 && body.rows[i - 1] === l - 1);
      const at = pick(random, pairs);
      if (at === undefined) return undefined;
      const title = lines.slice(0, 40).find((l) => /\d{4}\s*年.*(预算|决算)/.test(l))?.trim() ?? '部门预算公开';
      const furniture = kind === 'page number' ? ' '.repeat(40) + `- ${int(random, 3, 90)} -` : ' '.repeat(30) + title;
      return { text: splice(lines, at - 1, 0, furniture).join('\n'), table: body.id, lines: [at], what: `${kind} before line ${at}` };
    },
  };
}

/** Two adjacent amounts of one row printed without the space between them ("12.3445.60"). */
export const mergeColumns: DamageKind = {
  name: 'two adjacent amount columns merged',
  apply(text, body, random) {
    const lines = text.split('\n');
    // Neighbours: two amounts with only spaces between them.
    const pairs = amountRows(lines, body, 2).flatMap((l) => {
      const hits = amounts(lines[l - 1]!);
      return hits.slice(1).flatMap((b, i) => (lines[l - 1]!.slice(hits[i]!.index! + hits[i]![0].length, b.index!).trim() === '' ? [[l, hits[i]!, b] as const] : []));
    });
    const chosen = pick(random, pairs);
    if (!chosen) return undefined;
    const [at, a, b] = chosen;
    const line = lines[at - 1]!;
    const gap = b.index! - (a.index! + a[0].length);
    // The left amount moves right against the right one; the right edge stays.
    lines[at - 1] = line.slice(0, a.index!) + ' '.repeat(gap) + a[0] + line.slice(b.index!);
    return { text: lines.join('\n'), table: body.id, lines: [at], what: `line ${at}: ${a[0]} and ${b[0]} run together` };
  },
};

/**
 * A thousands separator in one amount of 1,000 or more printed without one: in the right place
 * (`grouped`, 12,345.60) or in the Chinese four-digit grouping a hand-typed table uses
 * (`myriad`, 1,2345.60).
 */
export function separator(mode: 'grouped' | 'myriad'): DamageKind {
  return {
    name: `a thousands separator inserted (${mode === 'grouped' ? 'every three digits' : 'four-digit grouping'})`,
    apply(text, body, random) {
      const lines = text.split('\n');
      const min = mode === 'grouped' ? 4 : 5;
      const candidates = amountRows(lines, body).flatMap((l) => amounts(lines[l - 1]!).filter((m) => !m[0].includes(',') && m[0].replace(/^-/, '').split('.')[0]!.length >= min).map((m) => [l, m] as const));
      const chosen = pick(random, candidates);
      if (!chosen) return undefined;
      const [at, m] = chosen;
      const [whole, frac] = m[0].split('.');
      const grouped = mode === 'grouped' ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole!.replace(/\B(?=(\d{4})+(?!\d))/g, ',');
      const to = grouped + (frac !== undefined ? '.' + frac : '');
      lines[at - 1] = rightAligned(lines[at - 1]!, m.index!, m[0], to);
      return { text: lines.join('\n'), table: body.id, lines: [at], what: `line ${at}: ${m[0]} → ${to}` };
    },
  };
}

/** One digit of one amount printed as a full-width digit (a mixed input method: "1２3.45"). */
export const fullWidthDigit: DamageKind = {
  name: 'a full-width digit in an amount',
  apply(text, body, random) {
    const lines = text.split('\n');
    const candidates = amountRows(lines, body).flatMap((l) => amounts(lines[l - 1]!).map((m) => [l, m] as const));
    const chosen = pick(random, candidates);
    if (!chosen) return undefined;
    const [at, m] = chosen;
    const digits = [...m[0]].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
    const i = digits[int(random, 0, digits.length - 1)]!;
    const to = m[0].slice(0, i) + String.fromCharCode(m[0].charCodeAt(i) + 0xfee0) + m[0].slice(i + 1);
    // A full-width digit takes two columns: the token keeps its right edge.
    lines[at - 1] = rightAligned(lines[at - 1]!, m.index!, m[0], to, m[0].length + 1);
    return { text: lines.join('\n'), table: body.id, lines: [at], what: `line ${at}: ${m[0]} → ${to}` };
  },
};

/**
 * The table's 合计 line printed after the table's 注 line (a note added under the last row when
 * the table prints none), as an extraction that reads a page's blocks out of order does.
 */
export const totalAfterNote: DamageKind = {
  name: 'the 合计 line moved after the 注 line',
  apply(text, body) {
    const lines = text.split('\n');
    const total = body.rows.find((l) => TOTAL.test(lines[l - 1]!) && amounts(lines[l - 1]!).length > 0);
    if (total === undefined) return undefined;
    const last = body.rows[body.rows.length - 1]!;
    let note = lines.findIndex((l, i) => i >= last && i < last + 6 && /^\s*注[：:]/.test(l)) + 1;
    let out = lines.slice();
    if (note === 0) {
      out = splice(out, last, 0, '注：本表金额单位为万元。');
      note = last + 1;
    }
    // Moved: taken out where it was, put back right after the note.
    const moved = out[total - 1]!;
    out = splice(out, note, 0, moved);
    out = splice(out, total - 1, 1);
    return { text: out.join('\n'), table: body.id, lines: [total, note], what: `合计 (line ${total}) after the 注 at ${note}` };
  },
};

/** A page break inside the table (page number, form feed), with its header lines printed again. */
export const splitWithHeader: DamageKind = {
  name: 'a table split across pages, header repeated',
  apply(text, body, random) {
    const lines = text.split('\n');
    const first = body.rows[0]!;
    const at = pick(random, body.rows.filter((l, i) => i >= 2 && !lines.slice(first - 1, l).some((x) => x.includes('\f'))));
    if (at === undefined) return undefined;
    let from = body.title;
    for (let l = body.title; l < first; l++) if (/单位[：:]/.test(lines[l - 1]!)) from = l;
    const header = lines.slice(from, first - 1).filter((l) => l.trim() !== '' && !TOTAL.test(l));
    if (header.length === 0) return undefined;
    const inserted = ['', ' '.repeat(40) + `- ${int(random, 3, 90)} -`, '\f' + header[0]!, ...header.slice(1)];
    return { text: splice(lines, at - 1, 0, ...inserted).join('\n'), table: body.id, lines: [at, at + inserted.length], what: `page break before line ${at}, ${header.length} header lines repeated` };
  },
};

export const DAMAGE_KINDS: DamageKind[] = [
  wrapRow('tail'),
  wrapRow('amounts'),
  shiftAmounts,
  dropLine,
  injectFurniture('page number'),
  injectFurniture('running title'),
  mergeColumns,
  separator('grouped'),
  separator('myriad'),
  fullWidthDigit,
  totalAfterNote,
  splitWithHeader,
];
