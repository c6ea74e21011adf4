// Whatever the input, parse() returns: no throw, warnings that say what went wrong, and a
// document that validates or problems that say why it does not. Runs are seeded.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { SAMPLE_TEXT, fixtureText } from '../helpers/fixtures.js';
import { prng } from './helpers.js';

function check(result: ParseResult, label: string): void {
  expect(['complete', 'partial', 'unreadable'], label).to.include(result.status);
  if (result.document) expect(validate(result.document).ok, label).to.equal(true);
  else expect(result.problems?.length ?? 0, label).to.be.greaterThan(0);
  for (const w of result.warnings) {
    expect(w.message['zh-CN'], label).to.be.a('string');
    expect(w.message.en, label).to.be.a('string');
  }
}

describe('parse: robustness', () => {
  let sample: string;
  before(async () => {
    sample = await fixtureText(SAMPLE_TEXT);
  });

  it('survives 40 random truncations, and warns about each', () => {
    const random = prng(20211231);
    // Cut before the last scorecard's 总分 (line 949): past it only prose remains.
    const limit = sample.split('\n').slice(0, 948).join('\n').length;
    for (let i = 0; i < 40; i++) {
      const cut = Math.floor(random() * limit);
      const result = parse(sample.slice(0, cut));
      check(result, `cut at ${cut}`);
      expect(result.warnings.length, `cut at ${cut}`).to.be.greaterThan(0);
    }
  });

  it('survives shuffled lines, and warns', () => {
    const random = prng(7);
    const lines = sample.split('\n');
    for (let i = 0; i < 10; i++) {
      const shuffled = [...lines];
      for (let j = shuffled.length - 1; j > 0; j--) {
        const k = Math.floor(random() * (j + 1));
        [shuffled[j], shuffled[k]] = [shuffled[k]!, shuffled[j]!];
      }
      const result = parse(shuffled.join('\n'));
      check(result, `shuffle ${i}`);
      expect(result.warnings.length).to.be.greaterThan(0);
    }
  });

  it('survives random garbage, and warns', () => {
    const random = prng(42);
    const alphabet = ['\t', '\n', ' ', '0', '1', '9', '.', ',', '-', '%', '≥', '万元', '合计', '表', '公开03表', '201', '项目名称', '总分', '：', '（', '）', '\u0000', '\ud800', '😀', 'a'];
    for (let i = 0; i < 30; i++) {
      let text = '';
      const length = Math.floor(random() * 3000);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      const result = parse(text);
      check(result, `garbage ${i}`);
      expect(result.warnings.length).to.be.greaterThan(0);
    }
  });

  it('survives sample lines with cells dropped or duplicated', () => {
    const random = prng(99);
    const lines = sample.split('\n');
    for (let i = 0; i < 10; i++) {
      const mangled = lines.map((line) => {
        if (!line.includes('\t') || random() > 0.2) return line;
        const cells = line.split('\t');
        const at = Math.floor(random() * cells.length);
        if (random() < 0.5) cells.splice(at, 1);
        else cells.splice(at, 0, cells[at] ?? '');
        return cells.join('\t');
      });
      check(parse(mangled.join('\n')), `mangle ${i}`);
    }
  });

  it('handles empty, blank, CRLF and odd inputs', () => {
    const odd: unknown[] = ['', '   \n\n\t', sample.replace(/\n/g, '\r\n'), '\t'.repeat(10000), '1'.repeat(100000), null, undefined, 42];
    for (const input of odd) {
      const result = parse(input as string);
      check(result, String(input).slice(0, 20));
      expect(result.warnings.length).to.be.greaterThan(0);
    }
  });

  it('reads CRLF text like LF text', () => {
    const lf = parse(sample);
    const crlf = parse(sample.replace(/\n/g, '\r\n'));
    expect(crlf.document).to.deep.equal(lf.document);
  });
});
