// A later page that pdftotext spread unevenly: its repeated header words moved a little on the
// left and a lot on the right, so no one shift of the page fits every column. Each column is
// then placed by its own header words (page-columns.ts, columnShifts). Seen on 重庆水利 2026
// 表二 (page 15: 一般公共 moved 1 character, 上级补助 9, 其他收入 13), where one shift put
// 防汛's 86.00 and the 三峡后续工作 612.40 under 事业单位经营收入 instead of 其他收入 (the PDF's
// positions say 其他收入). Positions below are invented, of the same kind.
import { expect } from '@open-wc/testing';
import { toLine } from '../../src/parse/lines.js';
import type { Column } from '../../src/parse/tables/layout.js';
import { columnShifts, pageGrid } from '../../src/parse/tables/page-columns.js';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const column = (text: string, start: number, end: number, role?: Column['role']): Column =>
  role ? { text, parts: [text], role, start, end } : { text, parts: [text], start, end };

const reference: Column[] = [
  column('name', 0, 20, 'name'),
  column('total', 32, 40),
  column('general', 52, 60),
  column('fund', 72, 80),
  column('operating', 92, 100),
  column('other', 108, 116),
];

/** A line with each word ending at the given character. */
function line(no: number, words: [string, number][]): ReturnType<typeof toLine> {
  let raw = '';
  for (const [word, end] of words) raw = raw.padEnd(end - word.length) + word;
  return toLine(raw, no);
}

const header = line(1, [['科目', 10], ['总计', 40], ['一般公共', 60], ['政府基金', 80], ['事业经营', 100], ['其他收入', 116]]);
/** The page's header: 总计 and 一般公共 in place, 政府基金 2 over, 事业经营 10, 其他收入 13. */
const spread = line(20, [['科目', 10], ['总计', 40], ['一般公共', 60], ['政府基金', 78], ['事业经营', 90], ['其他收入', 103]]);
/** The same header moved 4 characters left as a whole. */
const moved = line(20, [['科目', 6], ['总计', 36], ['一般公共', 56], ['政府基金', 76], ['事业经营', 96], ['其他收入', 112]]);

/** A row of the spread page: a total, and the same amount under 其他收入 (its right edge at 102). */
const page = [line(21, [['防汛', 8], ['4,125.20', 40], ['4,039.20', 60], ['86.00', 102]])];

/** The columns the page's amounts went to: each column moved onto the band it was given. */
const placed = (grid: Column[] | undefined) => [40, 60, 102].map((end) => (grid ?? []).find((c) => !c.role && c.end === end)?.text);

describe('parse: a page spread unevenly is placed by each column\'s own header words', () => {
  it('reads how far each column moved from its header words', () => {
    expect(columnShifts(reference, [[header, spread]], 'chars')).to.deep.equal([0, 0, 2, 10, 13]);
  });

  it('places the right-hand amount under 其他收入, where one shift of the page put it under 事业经营', () => {
    // The page's one shift (the median of its words, 2) sends 86.00 to 事业经营.
    expect(placed(pageGrid(reference, page, 'chars', 2))).to.deep.equal(['total', 'general', 'operating']);
    const local = columnShifts(reference, [[header, spread]], 'chars');
    const doubts: { start: number; end: number }[] = [];
    expect(placed(pageGrid(reference, page, 'chars', 2, doubts, local))).to.deep.equal(['total', 'general', 'other']);
    expect(doubts).to.deep.equal([]);
  });

  it('leaves a page moved as a whole, or a header repeated in part, to the page\'s one shift', () => {
    expect(columnShifts(reference, [[header, moved]], 'chars')).to.equal(undefined);
    const partial = line(2, [['事业经营', 100]]);
    expect(columnShifts(reference, [[partial, line(22, [['事业经营', 90]])]], 'chars')).to.equal(undefined);
    expect(columnShifts(reference, undefined, 'chars')).to.equal(undefined);
  });

  it('重庆水利 2026 表二 from its text reads as the PDF does, with no doubt about its columns', async () => {
    const result = parse(await fixtureText('real/chongqing-shuili-2026-budget.layout.txt'));
    expect(result.warnings.filter((w) => w.code === 'columns-ambiguous')).to.deep.equal([]);
    const rows = result.document!.tables.t2!.rows;
    const values = (code: string) => rows.find((r) => r.code === code)!.values;
    // Cells as the PDF's positions place them (parsePdf), read by hand on page 15.
    expect(values('2130314')).to.include({ total: 4125.2, generalBudget: 4039.2, other: 86, operating: null });
    expect(values('2136902')).to.include({ total: 612.4, other: 612.4, operating: null });
    expect(values('21369')).to.include({ total: 612.4, other: 612.4, operating: null });
  });
});
