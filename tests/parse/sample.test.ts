// The published sample parses to the hand-made fixture: every amount, every indicator row.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { SAMPLE_TEXT, fixtureText, sampleDocument } from '../helpers/fixtures.js';
import { withLinesOnly } from './helpers.js';

describe('parse: the 临淄区工信局 2021 sample', () => {
  let parsed: ReturnType<typeof parse>;
  let doc: Disclosure;
  let fixture: Disclosure;

  before(async () => {
    parsed = parse(await fixtureText(SAMPLE_TEXT));
    doc = withLinesOnly(parsed.document!);
    fixture = await sampleDocument();
  });

  it('is complete and validates', () => {
    expect(parsed.status).to.equal('complete');
    expect(parsed.problems).to.equal(undefined);
    expect(validate(parsed.document).ok).to.equal(true);
  });

  it('warns only about the two 一级 cells printed beside the wrong 二级 (lines 690, 694)', () => {
    expect(parsed.warnings.map((w) => [w.code, w.line])).to.deep.equal([
      ['scorecard-level-inferred', 690],
      ['scorecard-level-inferred', 694],
    ]);
  });

  it('reads the metadata (the fixture adds a region the text does not print)', () => {
    const { region, ...printed } = fixture.meta;
    expect(region).to.equal('山东省淄博市临淄区');
    expect(doc.meta).to.deep.equal(printed);
  });

  for (const id of ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'] as const) {
    it(`reproduces table ${id} cell for cell`, () => {
      expect(doc.tables[id]).to.deep.equal(fixture.tables[id]);
    });
  }

  it('keeps blank cells null, not 0', () => {
    const row = doc.tables.t3!.rows.find((r) => r.code === '2010401')!;
    expect(row.values.project).to.equal(null);
    expect(doc.tables.t1!.totals.carryOverStart!.amount).to.equal(null);
  });

  it('gives every table row its source line', () => {
    const t2 = parsed.document!.tables.t2!;
    expect(t2.rows[0]!.source).to.deep.equal({ table: 't2', row: '201', line: 188 });
    expect(t2.total!.source!.line).to.equal(187);
  });

  it('reproduces the narrative figures', () => {
    expect(doc.narrative).to.deep.equal(fixture.narrative);
  });

  it('reproduces the performance summary and the 汇总表', () => {
    expect(doc.performance!.summary).to.deep.equal(fixture.performance!.summary);
  });

  it('reproduces all 9 scorecards, 112 indicator rows', () => {
    const mine = doc.performance!.scorecards;
    const theirs = fixture.performance!.scorecards;
    expect(mine.length).to.equal(9);
    expect(mine.flatMap((s) => s.indicators).length).to.equal(112);
    mine.forEach((card, i) => {
      const { indicators, ...head } = card;
      const { indicators: expected, ...expectedHead } = theirs[i]!;
      expect(head, card.name).to.deep.equal(expectedHead);
      indicators.forEach((row, j) => expect(row, `${card.name} #${j + 1}`).to.deep.equal(expected[j]));
    });
  });

  it('reproduces both evaluation reports', () => {
    expect(doc.performance!.evaluations).to.deep.equal(fixture.performance!.evaluations);
  });

  it('matches the whole fixture apart from the unprinted region', () => {
    const { region: _region, ...meta } = fixture.meta;
    expect(doc).to.deep.equal({ ...fixture, meta });
  });
});

describe('parse: a printed negative amount', () => {
  it('is kept with its sign, without a warning, and the document validates', async () => {
    // 表3's 死亡抚恤 项 printed as a refund: "-17.98" in both of its cells.
    const text = (await fixtureText(SAMPLE_TEXT)).split('\n').map((line, i) => (i === 227 ? line.replaceAll('17.98', '-17.98') : line)).join('\n');
    const parsed = parse(text);
    const row = parsed.document!.tables.t3!.rows.find((r) => r.code === '2080801')!;
    expect(row.values.total).to.equal(-17.98);
    expect(row.values.basic).to.equal(-17.98);
    expect(parsed.warnings.filter((w) => w.line === 228)).to.deep.equal([]);
    expect(validate(parsed.document).ok).to.equal(true);
  });
});

describe('parse: a table in a unit the schema has no value for (千元)', () => {
  it('converts it exactly to 万元, says so in a notice, and keeps the document complete', async () => {
    // 表3 (line 213: its unit) stated in 千元: every amount × 0.1 into 万元, 行次 and source lines not.
    const text = (await fixtureText(SAMPLE_TEXT)).split('\n').map((line, i) => (i === 212 ? '金额单位：千元' : line)).join('\n');
    const parsed = parse(text);
    const warning = parsed.warnings.find((w) => w.code === 'unit-converted')!;
    expect(warning.message['zh-CN']).to.contain('千元').and.contain('公开03表').and.contain('万元');
    expect(parsed.status).to.equal('complete');
    const t3 = parsed.document!.tables.t3!;
    expect(t3.unit).to.equal('万元');
    expect(t3.rows.find((r) => r.code === '2080801')!.values).to.include({ total: 1.798, basic: 1.798, project: null });
    expect(t3.total!.values.total).to.equal(644.36);
    expect(t3.rows.find((r) => r.code === '2080801')!.source!.line).to.equal(228);
    expect(parsed.document!.meta.readDoubts?.tables?.map((entry) => entry.table) ?? []).not.to.include('t3');
    expect(validate(parsed.document).ok).to.equal(true);
  });
});
