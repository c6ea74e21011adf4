// One page's grid (src/parse/tables/page-columns.ts, pageGrid) when the first page's grid ends in
// narrow columns close together (three blank columns whose wrapped header words give narrow,
// even split-off, columns) and a later page is spread wider and moved right. Matched at any shift
// up to ten characters, the page's three amounts slid one column over (合计 under 基本支出); the
// page's repeated header says how far it moved, and only shifts near that are tried.
// Invented positions of the same kind as Beijing 预算03表's last page.
import { expect } from '@open-wc/testing';
import { toLine } from '../../src/parse/lines.js';
import type { Column } from '../../src/parse/tables/layout.js';
import { pageGrid } from '../../src/parse/tables/page-columns.js';

const column = (text: string, start: number, end: number, role?: Column['role']): Column =>
  role ? { text, parts: [text], role, start, end } : { text, parts: [text], start, end };

/** The first page's grid: label columns, then 合计 | 基本支出 | 项目支出 and three narrow ones. */
const reference: Column[] = [
  column('code', 0, 12, 'code'),
  column('name', 15, 48, 'name'),
  column('total', 60, 72),
  column('basic', 75, 87),
  column('project', 90, 99),
  column('operating', 103, 106),
  column('fragment', 110, 111),
  column('superiorRemit', 113, 123),
];

/** A line with `text` at the left and each amount ending at the given character. */
function line(no: number, label: string, amounts: [string, number][]): ReturnType<typeof toLine> {
  let raw = label;
  for (const [amount, end] of amounts) raw = raw.padEnd(end - amount.length) + amount;
  return toLine(raw, no);
}

// The later page: amounts end at 75 | 91 | 107 (the first page's at 72 | 87 | 99).
const page = [
  line(1, '2150299 other', [['18.75', 75], ['18.75', 107]]),
  line(2, '2210201 housing', [['1,778.62', 75], ['1,778.62', 91]]),
  line(3, '2210203 purchase', [['375.39', 75], ['375.39', 91]]),
  line(4, 'total', [['50,927.95', 75], ['32,780.46', 91], ['18,147.48', 107]]),
];

/** Which reference column each of the page's amount bands went to (by its text). */
const placed = (grid: Column[] | undefined) =>
  (grid ?? []).filter((c, i) => !c.role && (c.start !== reference[i]!.start || c.end !== reference[i]!.end)).map((c) => c.text);

describe('parse: a later page matched to the first page\'s columns near its header\'s shift', () => {
  it('with the header moved right, the amounts stay under 合计 | 基本支出 | 项目支出', () => {
    // The repeated header words moved 3 to 8 characters right: shift -8 … -3 to line them up.
    expect(placed(pageGrid(reference, page, 'chars', -8))).to.deep.equal(['total', 'basic', 'project']);
    expect(placed(pageGrid(reference, page, 'chars', -4))).to.deep.equal(['total', 'basic', 'project']);
  });

  it('without a repeated header the page is matched at any shift, as before', () => {
    const grid = pageGrid(reference, page, 'chars');
    expect(grid).to.not.equal(undefined);
    expect(placed(grid)).to.have.length(3);
  });
});
