// parsePdf in Node (pdf.js legacy build): PDFs drawn here for each layout kind (a ruled grid,
// thin filled bars, no grid, a merged header, a table split over two pages), the published
// PDFs of two real disclosures compared cell by cell with values read from the PDF by hand,
// and every kind of bad input ending in a status and a bilingual warning, never a throw.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePdf, type ParseResult } from '../../src/parse/index.js';
import { brokenTable5, hasCjkFont, makeEncryptedPdf, makeLongPdf, makePdf, makeScannedPdf, table5, type Block } from '../helpers/pdf-tables.js';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/real/${name}`));
const codes = (result: ParseResult) => result.warnings.map((w) => w.code).filter((c) => c !== 'table-absent');
type Row = { code: string; name: string; values: Record<string, number | null>; source?: { page?: number } };
const cells = (rows: Row[], keys: string[]) => rows.map((r) => [r.code, r.name, ...keys.map((k) => r.values[k] ?? null)]);
const pages = (rows: Row[]) => rows.map((r) => r.source?.page);

const TITLE: Block = { lines: ['2022年度', '测试市版式局', '部门决算'] };

const T5_ROWS = [
  ['201', '一般公共服务支出', 2345.6, 2345.6, null],
  ['20101', '人大事务', 2345.6, 2345.6, null],
  ['2010101', '行政运行', 2345.6, 2345.6, null],
  ['215', '资源勘探工业信息等支出', 9934.8, null, 9934.8],
  ['21505', '工业和信息产业监管', 9934.8, null, 9934.8],
  ['2150517', '产业发展', 9934.8, null, 9934.8],
];

describe('parsePdf: generated layouts', { skip: hasCjkFont ? false : 'needs fonts-wqy-microhei' }, () => {
  const results: Record<string, ParseResult> = {};
  before(async () => {
    const grid = await makePdf([TITLE, { newPage: true }, { table: table5('lines') }]);
    results.grid = await parsePdf(grid);
    results.bars = await parsePdf(await makePdf([TITLE, { table: table5('bars', 4) }]));
    results.none = await parsePdf(await makePdf([TITLE, { table: table5('none') }]));
    results.noneSplit = await parsePdf(await makePdf([TITLE, { table: table5('none', 4) }]));
  });

  test('a ruled grid: every cell, 本年支出 merged over its three columns, the page of every row', () => {
    const result = results.grid!;
    assert.deepEqual(codes(result), []);
    const t5 = result.document!.tables.t5!;
    assert.equal(t5.code, '公开05表');
    assert.equal(t5.unit, '万元');
    assert.deepEqual(t5.total!.values, { total: 12280.4, basic: 2345.6, project: 9934.8 });
    assert.deepEqual(cells(t5.rows, ['total', 'basic', 'project']), T5_ROWS);
    assert.deepEqual(pages(t5.rows), [2, 2, 2, 2, 2, 2]);
    assert.equal(t5.source!.page, 2);
    assert.equal(result.document!.meta.year, 2022);
    assert.equal(result.document!.meta.kind, 'final');
  });

  test('a grid of thin filled bars, the table continued on the next page under its header again', () => {
    const result = results.bars!;
    assert.deepEqual(codes(result), []);
    const t5 = result.document!.tables.t5!;
    assert.deepEqual(t5.total!.values, { total: 12280.4, basic: 2345.6, project: 9934.8 });
    assert.deepEqual(cells(t5.rows, ['total', 'basic', 'project']), T5_ROWS);
    // Four body rows on page 1 (合计 + three), the rest after the repeated header on page 2.
    assert.deepEqual(pages(t5.rows), [1, 1, 1, 2, 2, 2]);
  });

  test('no grid at all: the same cells from positions alone, on one page and split over two', () => {
    for (const result of [results.none!, results.noneSplit!]) {
      assert.deepEqual(codes(result), []);
      const t5 = result.document!.tables.t5!;
      assert.deepEqual(t5.total!.values, { total: 12280.4, basic: 2345.6, project: 9934.8 });
      assert.deepEqual(cells(t5.rows, ['total', 'basic', 'project']), T5_ROWS);
    }
    assert.deepEqual(pages(results.noneSplit!.document!.tables.t5!.rows), [1, 1, 1, 2, 2, 2]);
  });

  test('page numbers at the foot of each page are furniture, never rows or warnings', () => {
    for (const result of Object.values(results)) {
      assert.ok(!result.warnings.some((w) => /- \d+ -/.test(w.excerpt ?? '')), JSON.stringify(result.warnings));
    }
  });

  // The header tree reads 总计 | 基本支出/小计 | 基本支出/人员经费 | 基本支出/公用经费 | 项目支出 from the
  // grid (the row-spanning 总计 and 项目支出 lifted beside 基本支出); the mapper takes a 小计 leaf
  // under 基本支出 as that group's amount, never as the table's total (总计's). 重庆水利 表五.
  test('基本支出 is its 小计 when 总计 and 项目支出 span both header rows', async () => {
    const result = await parsePdf(
      await makePdf([
        { lines: ['2026年度', '测试市合并局', '部门预算'] },
        {
          table: {
            captions: [{ text: '表五' }, { text: '2026年一般公共预算支出情况表', size: 16 }, { text: '单位：万元', align: 'right' }],
            widths: [80, 190, 90, 90, 90, 90, 90],
            header: [
              [{ text: '科目编码', rows: 2 }, { text: '科目名称', rows: 2 }, { text: '总计', rows: 2 }, { text: '基本支出', span: 3 }, { text: '项目支出', rows: 2 }],
              [{ text: '小计' }, { text: '人员经费' }, { text: '公用经费' }],
            ],
            body: [
              ['', '合计', '5,938.95', '4,679.39', '4,661.75', '17.64', '1,259.56'],
              ['208', '社会保障和就业支出', '4,679.39', '4,679.39', '4,661.75', '17.64', ''],
              ['213', '农林水支出', '1,259.56', '', '', '', '1,259.56'],
            ],
            grid: 'bars',
          },
        },
      ]),
    );
    assert.deepEqual(cells(result.document!.tables.t5!.rows, ['total', 'basic', 'project']), [
      ['208', '社会保障和就业支出', 4679.39, 4679.39, null],
      ['213', '农林水支出', 1259.56, null, 1259.56],
    ]);
  });
});

describe('parsePdf: published PDFs', () => {
  let shanghai: ParseResult;
  let chongqing: ParseResult;
  let notes: ParseResult;
  before(async () => {
    shanghai = await parsePdf(fixture('shanghai-fucai-2026-unit-budget.pdf'));
    chongqing = await parsePdf(fixture('chongqing-shuili-2026-budget.pdf'));
    notes = await parsePdf(fixture('beijing-tongji-2026-budget-1-notes.pdf'));
  });

  test('上海福彩 (元, unnumbered tables, split 类|款|项): complete, 表3 every cell on page 9', () => {
    assert.equal(shanghai.status, 'complete');
    assert.deepEqual(Object.keys(shanghai.document!.tables).sort(), ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']);
    const t3 = shanghai.document!.tables.t3!;
    assert.equal(t3.unit, '元');
    assert.deepEqual(t3.total!.values, { total: 216801570, basic: 20862863, project: 195938707 });
    assert.deepEqual(cells(t3.rows, ['total', 'basic', 'project']), [
      ['229', '其他支出', 216801570, 20862863, 195938707],
      ['22908', '彩票发行销售机构业务费安排的支出', 215020000, 20862863, 194157137],
      ['2290804', '福利彩票销售机构的业务费支出', 215020000, 20862863, 194157137],
      ['22999', '其他支出', 1781570, null, 1781570],
      ['2299999', '其他支出', 1781570, null, 1781570],
    ]);
    assert.deepEqual(pages(t3.rows), [9, 9, 9, 9, 9]);
  });

  test('上海福彩 表2 split 类|款|项 codes; 表4: its only appropriation is 政府性基金', () => {
    const t2 = shanghai.document!.tables.t2!;
    assert.deepEqual(cells(t2.rows, ['total', 'fiscal', 'institution', 'other']), [
      ['229', '其他支出', 216801570, 215020000, null, 1781570],
      ['22908', '彩票发行销售机构业务费安排的支出', 215020000, 215020000, null, null],
      ['2290804', '福利彩票销售机构的业务费支出', 215020000, 215020000, null, null],
      ['22999', '其他支出', 1781570, null, null, 1781570],
      ['2299999', '其他支出', 1781570, null, null, 1781570],
    ]);
    const t4 = shanghai.document!.tables.t4!;
    assert.deepEqual(t4.expenditure.map((r) => [r.code, r.amounts.total, r.amounts.generalBudget ?? null, r.amounts.governmentFund]), [
      ['229', 215020000, null, 215020000],
    ]);
  });

  test('重庆水利 表三 across a page break, and the one-row 三公 table with a blank 购置费', () => {
    const t3 = chongqing.document!.tables.t3!;
    assert.deepEqual(t3.total!.values, { total: 186549.3, basic: 41418.94, project: 145130.37 });
    const byCode = Object.fromEntries(t3.rows.map((r) => [r.code, [r.values.total, r.values.basic ?? null, r.values.project ?? null, r.source?.page]]));
    assert.deepEqual(byCode['205'], [33862.49, 19665.33, 14197.15, 18]);
    assert.deepEqual(byCode['2080505'], [3043.23, 3043.23, null, 19]);
    assert.deepEqual(byCode['2130302'], [10792.76, null, 10792.76, 19]);
    assert.deepEqual(chongqing.document!.tables.t7!.budget, {
      total: 308,
      abroad: 20,
      vehicles: 248.5,
      vehiclePurchase: null,
      vehicleOperation: 248.5,
      reception: 39.5,
      source: { table: 't7', line: chongqing.document!.tables.t7!.budget!.source!.line, page: 28 },
    });
  });

  test('北京统计局 情况说明 (prose, no tables): the budget year read, no table invented', () => {
    assert.equal(notes.status, 'partial');
    assert.equal(notes.document!.meta.year, 2026);
    assert.equal(notes.document!.meta.kind, 'budget');
    assert.deepEqual(Object.keys(notes.document!.tables), []);
  });
});

describe('parsePdf: bad input ends in a status and a bilingual warning', () => {
  const only = (result: ParseResult) => {
    assert.equal(result.document, null);
    assert.equal(result.status, 'unreadable');
    assert.equal(result.warnings.length, 1, JSON.stringify(result.warnings));
    const [warning] = result.warnings;
    assert.ok(warning!.message['zh-CN'] && warning!.message.en);
    return warning!;
  };

  test('zero bytes', async () => {
    assert.equal(only(await parsePdf(new Uint8Array(0))).code, 'pdf-empty');
  });

  test('not a PDF: text, and a PNG header', async () => {
    assert.equal(only(await parsePdf(new TextEncoder().encode('一般公共预算支出表\n合计 1.00'))).code, 'pdf-not-pdf');
    assert.equal(only(await parsePdf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).code, 'pdf-not-pdf');
  });

  test('not bytes at all (a string, null) is reported, not thrown', async () => {
    assert.equal(only(await parsePdf('report.pdf' as unknown as Uint8Array)).code, 'pdf-not-bytes');
    assert.equal(only(await parsePdf(null as unknown as Uint8Array)).code, 'pdf-not-bytes');
  });

  test('encrypted (a user password is needed)', async () => {
    const warning = only(await parsePdf(makeEncryptedPdf()));
    assert.equal(warning.code, 'pdf-encrypted');
    assert.match(warning.message.en, /encrypted/);
  });

  test('a scan with no text layer: unreadable, OCR not supported, in both languages', async () => {
    const warning = only(await parsePdf(await makeScannedPdf(3)));
    assert.equal(warning.code, 'pdf-no-text');
    assert.match(warning.message.en, /this PDF has no text layer; OCR is not supported/i);
    assert.match(warning.message['zh-CN'], /没有文字层.*不支持文字识别/);
  });

  test('truncated: the first half of a real PDF ends damaged or partial, never a throw', async () => {
    const whole = fixture('shanghai-fucai-2026-unit-budget.pdf');
    for (const cut of [40, whole.length >> 1, whole.length - 200]) {
      const result = await parsePdf(whole.subarray(0, cut));
      assert.ok(['partial', 'unreadable'].includes(result.status), `${cut}: ${result.status}`);
      assert.ok(result.warnings.length > 0);
    }
  });

  test('100 MB is refused before pdf.js reads it (the limit is an option)', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    const warning = only(await parsePdf(huge));
    assert.equal(warning.code, 'pdf-too-large');
    assert.match(warning.message.en, /100\.0 MB; the limit is 64 MB/);
    const small = await parsePdf(fixture('shanghai-fucai-2026-unit-budget.pdf'), { maxBytes: 1000 });
    assert.equal(only(small).code, 'pdf-too-large');
  });

  test('300 pages: read one by one with progress, then a status; maxPages cuts and says so', async () => {
    const bytes = await makeLongPdf(300);
    const seen: number[] = [];
    const result = await parsePdf(bytes, { onProgress: (page, total) => seen.push(page * 1000 + total) });
    assert.equal(seen.length, 300);
    assert.equal(seen[0], 1300);
    assert.equal(seen[299], 300300);
    // Three hundred pages of prose hold no disclosure: it ends, and says why.
    assert.equal(result.status, 'unreadable');
    assert.ok(result.warnings.some((w) => w.code === 'no-tables'));
    const cut = await parsePdf(bytes, { maxPages: 10 });
    assert.ok(cut.warnings.some((w) => w.code === 'pdf-pages-skipped' && /300 pages; only the first 10/.test(w.message.en)));
  });

  test('a progress callback that throws does not stop the reading; the caller\'s bytes stay as given', async () => {
    const bytes = fixture('shanghai-fucai-2026-unit-budget.pdf');
    const copy = bytes.slice();
    const result = await parsePdf(bytes, {
      onProgress: () => {
        throw new Error('progress bar gone');
      },
    });
    assert.equal(result.status, 'complete');
    assert.deepEqual(bytes, copy);
  });

  test('an aborted signal stops between pages', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.equal(only(await parsePdf(fixture('shanghai-fucai-2026-unit-budget.pdf'), { signal: controller.signal })).code, 'pdf-aborted');
  });
});

describe('CLI: parse report.pdf', () => {
  test('writes the JSON, prints warnings with their page, exits by status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-pdf-'));
    const out = join(dir, 'doc.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', 'parse', 'tests/fixtures/real/chongqing-shuili-2026-budget.pdf', '-o', out, '--lang', 'en'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
    });
    assert.equal(run.status, 1, run.stderr);
    const document = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(document.tables.t3.total.values.total, 186549.3);
    assert.match(run.stderr, /parse: partial/);
  });

  // A warning that belongs to a line names its page and line. The published PDFs now read with
  // no such warning, so the line is made unreadable here: an amount printed as two run together.
  test('a warning about a line names its page and line', { skip: hasCjkFont ? false : 'needs fonts-wqy-microhei' }, async () => {
    const spec = brokenTable5();
    const dir = mkdtempSync(join(tmpdir(), 'dw-pdf-'));
    const path = join(dir, 'broken.pdf');
    writeFileSync(path, await makePdf([TITLE, { newPage: true }, { table: spec }]));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', 'parse', path, '-o', join(dir, 'doc.json'), '--lang', 'en'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^page 2, line \d+: /m);
  });

  test('a file that is not a PDF but named .pdf ends unreadable (exit 2) with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-pdf-'));
    const path = join(dir, 'report.pdf');
    writeFileSync(path, '<html>not found</html>');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', 'parse', path, '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /not a PDF file/);
  });
});
