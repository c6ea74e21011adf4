// Section 七 worded "支出预算为…，支出决算为…，完成预算的79.31%" (no 年初) with its items numbered
// "1.因公出国（境）经费…", "3.公务接待费支出…。国内公务接待25批次，230人次". Before, the total was left
// as two leftover figures (execution needed 年初预算 / 完成年初预算的) and the 接待 counts were lost
// (a 公务接待费 sentence was told by its first word, and "3." came first). Now the total is an
// execution item checked against 表7 (R18, R21), and the counts are the domestic reception's. Only
// with the rate is a plain "预算为…决算为…" sentence an execution one: a budget's "预算为…，较上年
// 决算数…" is not. Synthetic text: tests/fixtures/variants/final-three-public-narrative.txt.
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { audit } from '../../src/audit/index.js';
import { finalVariant } from './final-variants-helpers.js';

const fixture = 'final-three-public-narrative';

describe('parse 决算 三公 narrative: 完成预算的 …%, numbered items', () => {
  it('reads the total as budget against final, and the items’ counts', async () => {
    const { doc, warned, faults } = await finalVariant(fixture);
    const details = doc.narrative!.threePublic!;
    expect(details.total).to.deep.equal({
      label: '“三公”经费财政拨款支出',
      budget: 14.5,
      final: 11.5,
      rate: 79.31,
      comparison: 'below',
      reason: '厉行节约，压减公务接待和公务用车运行支出',
      source: { line: 5 },
    });
    expect(details.abroad).to.deep.equal({ groups: 0, people: 0 });
    expect(details.vehicles).to.deep.equal({ purchaseAmount: 0, operationAmount: 8.9, held: 3 });
    expect(details.reception).to.deep.equal({ domestic: { amount: 2.6, batches: 25, people: 230 } });
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });

  it('says when the text’s total differs from 表7', async () => {
    const text = (await fixtureText(`variants/${fixture}.txt`)).replace('支出决算为11.50万元', '支出决算为12.50万元');
    const result = parse(text);
    const rules = audit(result.document!, { warnings: result.warnings }).filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).to.include.members(['R18', 'R21']);
  });

  it('does not take a budget’s "预算为…，较上年决算数…" for budget against final', () => {
    const text = '测试局2026年部门预算\n\n    2026年“三公”经费财政拨款预算为20.00万元，较2025年决算数为18.00万元增加2.00万元。\n';
    expect(parse(text).document?.narrative?.threePublic?.total).to.equal(undefined);
  });
});
