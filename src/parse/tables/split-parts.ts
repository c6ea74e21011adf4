/**
 * 表6 split into 合计 | 人员经费 | 公用经费: a row that prints its 合计 and one equal part leaves
 * the other part blank, and which part that is only positions tell. A page pdftotext laid out
 * apart, without its header (苏州 303 对个人和家庭的补助 on a page of its own), gives no positions
 * to trust: the shared grid doubts those rows (columns-ambiguous).
 *
 * The table's own arithmetic does tell: the 类 rows add up to the 合计 row in each part, and a
 * 类's 款 rows to the 类. When exactly one choice of part for the doubted rows makes both parts
 * add up, that choice is the printed one: those rows take it and their doubt is withdrawn.
 * Several choices (or none) leave the rows and their warnings as they are. Linear in the rows,
 * times 2^k for the k doubted rows of one sum (at most MAX_DOUBTED).
 */
import type { WarningSink } from '../warnings.js';
import type { EconomicRowOut } from './economic.js';

/** More doubted rows in one sum than this are left doubted (2^k choices to try). */
const MAX_DOUBTED = 10;

type Part = 'personnel' | 'public';

/** Two sums of printed cells agree within a cent per term (each cell rounded once). */
const close = (a: number, b: number, terms: number) => Math.abs(a - b) <= 0.005 + 0.01 * terms + 1e-9;

/** A row whose 合计 equals its one printed part: which part is the question. */
function oneEqualPart(row: EconomicRowOut): Part | undefined {
  if (row.amount === null || row.amount === undefined) return undefined;
  const personnel = row.personnel ?? null;
  const pub = row.public ?? null;
  if (personnel !== null && pub === null && personnel === row.amount) return 'personnel';
  if (pub !== null && personnel === null && pub === row.amount) return 'public';
  return undefined;
}

/**
 * The one choice of part for the doubted rows under which `children` add up to `target` in
 * both parts; undefined when none or several do.
 */
function onlyChoice(children: readonly EconomicRowOut[], doubted: readonly EconomicRowOut[], target: { personnel: number; public: number }): Part[] | undefined {
  if (doubted.length === 0 || doubted.length > MAX_DOUBTED) return undefined;
  const fixed = children.filter((r) => !doubted.includes(r));
  const base = { personnel: 0, public: 0 };
  for (const r of fixed) {
    base.personnel += r.personnel ?? 0;
    base.public += r.public ?? 0;
  }
  let found: Part[] | undefined;
  for (let mask = 0; mask < 1 << doubted.length; mask++) {
    const parts = doubted.map((_, k): Part => (mask & (1 << k) ? 'public' : 'personnel'));
    let personnel = base.personnel;
    let pub = base.public;
    doubted.forEach((r, k) => (parts[k] === 'personnel' ? (personnel += r.amount!) : (pub += r.amount!)));
    if (!close(personnel, target.personnel, children.length) || !close(pub, target.public, children.length)) continue;
    if (found) return undefined;
    found = parts;
  }
  return found;
}

function assign(row: EconomicRowOut, part: Part): void {
  const amount = row.amount!;
  row.personnel = part === 'personnel' ? amount : null;
  row.public = part === 'public' ? amount : null;
}

/**
 * Settles the part of each doubted row (a line with columns-ambiguous) that prints a 合计 and
 * one equal part, by the sums of the 类 rows against the 合计 row and of each 类's 款 rows
 * against it. Mutates the rows it settles and withdraws their warnings.
 */
export function settleSplitParts(
  rows: readonly EconomicRowOut[],
  totals: { personnel?: { amount: number | null }; public?: { amount: number | null } },
  warnings: WarningSink,
): void {
  const doubtedLines = new Set(warnings.list.filter((w) => w.code === 'columns-ambiguous' && w.line !== undefined).map((w) => w.line!));
  const lineOf = (r: EconomicRowOut) => (r.source as { line?: number } | undefined)?.line;
  const isDoubted = (r: EconomicRowOut) => doubtedLines.has(lineOf(r) ?? -1) && oneEqualPart(r) !== undefined;
  const settled = new Set<number>();
  // A 类 is trusted as a target when it was not doubted or was settled itself.
  const trusted = new Set<EconomicRowOut>();
  const classes = rows.filter((r) => r.code.length === 3);
  const personnel = totals.personnel?.amount;
  const pub = totals.public?.amount;
  if (typeof personnel === 'number' && typeof pub === 'number') {
    const doubted = classes.filter(isDoubted);
    const choice = onlyChoice(classes, doubted, { personnel, public: pub });
    choice?.forEach((part, k) => {
      assign(doubted[k]!, part);
      settled.add(lineOf(doubted[k]!)!);
    });
    for (const c of classes) if (!doubted.includes(c) || choice) trusted.add(c);
  }
  for (const parent of trusted) {
    const children = rows.filter((r) => r.code.length === 5 && r.code.startsWith(parent.code));
    const doubted = children.filter(isDoubted);
    const choice = onlyChoice(children, doubted, { personnel: parent.personnel ?? 0, public: parent.public ?? 0 });
    choice?.forEach((part, k) => {
      assign(doubted[k]!, part);
      settled.add(lineOf(doubted[k]!)!);
    });
  }
  // A line is settled only when every row read from it was.
  const unsettled = rows.filter((r) => isDoubted(r) && !settled.has(lineOf(r)!)).map(lineOf);
  for (const line of unsettled) settled.delete(line!);
  warnings.withdraw('columns-ambiguous', settled);
}
