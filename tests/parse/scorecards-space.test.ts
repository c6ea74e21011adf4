// Scorecards from space-aligned text (pdftotext -layout): blank cells vanish, so cells are
// placed under the header by display position. Compared with the hand-made fixture.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { validate } from '../../src/schema/validate.js';
import { SAMPLE_TEXT, fixtureText, sampleDocument } from '../helpers/fixtures.js';
import { toSpaceAligned, withLinesOnly } from './helpers.js';

type Card = NonNullable<Disclosure['performance']>['scorecards'][number];

/** What a scorecard says, without provenance; target texts compared without spaces and separators. */
function meaning(card: Card): unknown {
  const target = (t: { text: string }) => ({ ...t, text: t.text.replace(/[\s,]/g, '') });
  const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'source'));
  return {
    ...strip(card),
    funds: Object.fromEntries(Object.entries(card.funds).map(([k, line]) => [k, strip(line as object)])),
    indicators: card.indicators.map((row) => ({ ...strip(row), target: target(row.target), actual: target(row.actual) })),
  };
}

describe('parse: scorecards in space-aligned text', () => {
  let result: ParseResult;
  let fixture: Disclosure;

  before(async () => {
    result = parse(await fixtureText('variants/scorecards-space.txt'));
    fixture = await sampleDocument();
  });

  it('reads three scorecards with no scorecard warnings', () => {
    expect(result.document!.performance!.scorecards).to.have.length(3);
    expect(result.warnings.map((w) => w.code).filter((c) => /scorecard|line-unread/.test(c))).to.deep.equal([]);
    expect(validate(result.document).ok).to.equal(true);
  });

  [2, 5, 7].forEach((index, i) => {
    it(`equals the sample's scorecard #${index + 1}: funds, goal, every indicator, 总分`, () => {
      const mine = result.document!.performance!.scorecards[i]!;
      const theirs = fixture.performance!.scorecards[index]!;
      const { indicators, ...head } = meaning(mine) as { indicators: unknown[] };
      const { indicators: expected, ...expectedHead } = meaning(theirs) as { indicators: unknown[] };
      expect(head).to.deep.equal(expectedHead);
      expect(indicators).to.have.length(expected.length);
      indicators.forEach((row, j) => expect(row, `${mine.name} #${j + 1}`).to.deep.equal(expected[j]));
    });
  });

  it('places cells by position: vanished blanks, rows without 一级/二级, wrapped names and deviations', () => {
    const [first, second, third] = result.document!.performance!.scorecards;
    expect(first!.funds.other).to.include({ initialBudget: 0, weight: null, rate: null, score: null });
    expect(first!.indicators[6]).to.include({ level1: 'outcome', level2: '社会效益', name: '重点培育企业制造业单项冠军企业知晓率' });
    expect(first!.indicators[9]).to.include({ level2: '可持续影响', name: '省级及以上单项冠军企业市场占有率排名保持率' });
    expect(first!.indicators[0]!.deviation).to.equal(undefined);
    expect(first!.goal!.expected).to.equal('争创国家级、省级单项冠军共计 3 家');
    expect(second!.funds.total).to.include({ initialBudget: 1500, annualBudget: 1500, executed: 500 });
    expect(second!.indicators[7]!.target).to.deep.equal({ text: '≥1,000,000 万元', comparator: '≥', value: 1000000, unit: '万元' });
    expect(third!.indicators[3]!.deviation).to.equal('奖杯奖牌及制作费用12.57万元');
    expect(third!.indicators[8]!.name).to.equal('充分激发企业家干大事、成大业的创业激情，共同凝聚起推动经济社会更好更快发展');
  });
});

describe('parse: the whole sample converted to space-aligned columns', () => {
  let spaced: ParseResult;
  let doc: Disclosure;
  let fixture: Disclosure;

  before(async () => {
    spaced = parse(toSpaceAligned(await fixtureText(SAMPLE_TEXT)));
    doc = withLinesOnly(spaced.document!);
    fixture = await sampleDocument();
  });

  it('reproduces all 9 scorecards, line numbers included, with the tab text\'s two warnings', () => {
    const mine = doc.performance!.scorecards;
    const theirs = fixture.performance!.scorecards;
    expect(mine).to.have.length(9);
    expect(mine.flatMap((s) => s.indicators)).to.have.length(112);
    mine.forEach((card, i) => {
      const { indicators, ...head } = card;
      const { indicators: expected, ...expectedHead } = theirs[i]!;
      expect(head, card.name).to.deep.equal(expectedHead);
      indicators.forEach((row, j) => expect(row, `${card.name} #${j + 1}`).to.deep.equal(expected[j]));
    });
    const scorecardWarnings = spaced.warnings.filter((w) => w.code.startsWith('scorecard')).map((w) => [w.code, w.line]);
    expect(scorecardWarnings).to.deep.equal([
      ['scorecard-level-inferred', 690],
      ['scorecard-level-inferred', 694],
    ]);
  });

  it('keeps the performance summary and evaluations', () => {
    expect(doc.performance!.summary).to.deep.equal(fixture.performance!.summary);
    expect(doc.performance!.evaluations).to.deep.equal(fixture.performance!.evaluations);
  });

  // 表2/表3 print 项目 over the 编码 and 名称 columns and 栏次 beside one blank, 表5 本年支出
  // over 小计/基本支出/项目支出: the columns come from all header lines, the 栏次 row and the
  // body together, and a leading code and name go to their own columns.
  for (const id of ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'] as const) {
    it(`parses table ${id} cell for cell`, () => {
      expect(doc.tables[id]).to.deep.equal(fixture.tables[id]);
    });
  }

  it('reads every table without column or number warnings', () => {
    const codes = spaced.warnings.map((w) => w.code).filter((c) => /columns|number|line-unread|column-unknown/.test(c));
    expect(codes).to.deep.equal([]);
  });
});
