// 会议费 and 培训费 printed beside the "三公" (表7 "“三公”经费、会议费、培训费支出…表") and stated in the
// 三公 section of the text. Fixtures are excerpts of two real layouts, verbatim:
// - tests/fixtures/variants/budget-jiangsu-three-public-related.txt: 江苏省人民检察院 2019 部门预算,
//   lines 1–3, 941–970 (the text) and 560–575 (公开09表: 合计 | “三公” 小计 | 因公出国 | 公务用车 小计 |
//   购置费 | 运行维护费 | 公务接待费 | 会议费 | 培训费, "1276.7 418.26 80 237 _ 237 101.26 158.44 700").
// - tests/fixtures/variants/final-xian-three-public-related.txt: 西安卫健 2022 部门决算, lines 1–3,
//   743–745 and 778–812 (the text), 7696–7711 (公开09表: 预算数 / 决算数 as rows, no grand 合计).
// Expected cells read by hand from the printed rows.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

const cells = (a: object | undefined) => a && Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'source'));

describe('parse: 会议费 and 培训费 beside the 三公', () => {
  it('江苏 预算: the 三公 小计 is the total; 会议费, 培训费 read; the 合计 over all five is totalWithRelated', async () => {
    const result = parse(await fixtureText('variants/budget-jiangsu-three-public-related.txt'));
    const t7 = result.document!.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal({
      total: 418.26,
      abroad: 80,
      vehicles: 237,
      vehiclePurchase: null,
      vehicleOperation: 237,
      reception: 101.26,
      meetings: 158.44,
      training: 700,
      // 1,276.70 = 418.26 + 158.44 + 700.
      totalWithRelated: 1276.7,
    });
    expect(t7.final).to.equal(undefined);
    // Nothing of the table left as printed: every cell has its place.
    expect((result.document!.otherTables ?? []).filter((t) => t.of === 't7')).to.deep.equal([]);
    expect(result.warnings.filter((w) => /column-(kept|unknown)|line-unread/.test(w.code))).to.deep.equal([]);
  });

  it('江苏 text: "会议费预算支出158.44万元，比上年预算减少42万元" and "培训费预算支出700万元，与上年持平"', async () => {
    const result = parse(await fixtureText('variants/budget-jiangsu-three-public-related.txt'));
    const three = result.document!.narrative!.threePublic!;
    expect(cells(three.meetings)).to.deep.equal({
      amount: 158.44,
      change: -42,
      direction: 'decrease',
      reason: '省检察院党组贯彻落实中央“八项规定”和省委省政府厉行节约规定，尽量选择视频方式召开会议',
    });
    expect(cells(three.training)).to.deep.equal({ amount: 700, direction: 'same' });
    // Said once: the 会议费 sentence is not also a comparison about "other".
    expect((result.document!.narrative!.comparisons ?? []).filter((c) => /会议费|培训费/.test(c.label))).to.deep.equal([]);
  });

  it('西安卫健 决算: the groups as rows, 会议费 and 培训费 in each, the 小计 the 三公 total', async () => {
    const result = parse(await fixtureText('variants/final-xian-three-public-related.txt'));
    const t7 = result.document!.tables.t7!;
    expect(cells(t7.budget)).to.deep.equal({
      total: 593.46,
      abroad: null,
      vehicles: 591.6,
      vehiclePurchase: 136.48,
      vehicleOperation: 455.12,
      reception: 1.86,
      meetings: 86.81,
      training: 2795.78,
    });
    expect(cells(t7.final)).to.deep.equal({
      total: 587.55,
      abroad: null,
      vehicles: 587.44,
      vehiclePurchase: 136.48,
      vehicleOperation: 450.96,
      reception: 0.11,
      meetings: 86.81,
      training: 2795.78,
    });
    expect(result.warnings.filter((w) => /column-(kept|unknown)/.test(w.code))).to.deep.equal([]);
  });

  it('西安卫健 text: "安排培训费预算2,795.78万元，支出决算2,795.78万元，完成预算的100%" is an execution', async () => {
    const result = parse(await fixtureText('variants/final-xian-three-public-related.txt'));
    const three = result.document!.narrative!.threePublic!;
    const item = (x: { execution?: object } | undefined) => cells(x?.execution);
    expect(item(three.training)).to.deep.equal({
      label: '培训费',
      budget: 2795.78,
      final: 2795.78,
      rate: 100,
      reason: '疫情影响个别部分单位培训较去年有所减少',
    });
    expect(item(three.meetings)).to.deep.equal({
      label: '会议费',
      budget: 86.81,
      final: 86.81,
      rate: 100,
      reason: '今年巡察组对西安市卫生健康委员会开展了巡查会议',
    });
  });

  it('a list of spending kinds names no amount: "…差旅费、会议费、培训费、…" is not read as either', () => {
    const text = [
      '某某局2024年度部门预算',
      '  （二）公用经费 391.92 万元。主要包括：办公费、差旅费、会议费、培训费、公务接待费、其他商品和服务支出。',
      '  项目支出中检察教育培训费 120 万元，比上年减少 10 万元。',
    ].join('\n');
    const three = parse(text).document?.narrative?.threePublic;
    expect(three?.meetings).to.equal(undefined);
    expect(three?.training).to.equal(undefined);
  });
});
