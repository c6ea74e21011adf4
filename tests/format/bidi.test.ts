import { expect } from '@open-wc/testing';
import { hasUnpairedBidi, isolate } from '../../src/format/bidi.js';
import { interpolate } from '../../src/format/messages.js';
import { validate } from '../../src/schema/validate.js';
import { minimalDocument } from '../helpers/minimal-document.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202e';

describe('format/bidi', () => {
  it('wraps a name holding right-to-left letters or bidi controls in FSI … PDI', () => {
    expect(isolate(`${RLO}工业局`)).to.equal(`${FSI}${RLO}工业局${PDI}`);
    expect(isolate('教育支出 التعليم')).to.equal(`${FSI}教育支出 التعليم${PDI}`);
    expect(isolate('בריאות')).to.equal(`${FSI}בריאות${PDI}`);
  });

  it('leaves names that cannot reorder anything as printed', () => {
    expect(isolate('一般公共服务支出')).to.equal('一般公共服务支出');
    expect(isolate('Other (3 items)')).to.equal('Other (3 items)');
  });

  it('isolates names filled into messages, and only names', () => {
    const template = '{name}，{value}';
    expect(interpolate(template, { name: `${RLO}行政运行`, value: `${RLO}1` })).to.equal(`${FSI}${RLO}行政运行${PDI}，${RLO}1`);
    expect(interpolate('{source} → {target}', { source: 'عربي', target: '基本支出' })).to.equal(`${FSI}عربي${PDI} → 基本支出`);
    expect(interpolate('{department}{year}', { department: `财政${RLO}局`, year: 2021 })).to.equal(`${FSI}财政${RLO}局${PDI}2021`);
  });

  it('finds unpaired bidi controls', () => {
    expect(hasUnpairedBidi('行政运行')).to.equal(false);
    expect(hasUnpairedBidi(`${RLO}行政运行`)).to.equal(true);
    expect(hasUnpairedBidi(`${RLO}行政运行\u202c`)).to.equal(false);
    expect(hasUnpairedBidi(`\u2067عربي${PDI}`)).to.equal(false);
    expect(hasUnpairedBidi(`عربي${PDI}`)).to.equal(true);
    expect(hasUnpairedBidi(`\u2066a\u202ab${PDI}`)).to.equal(true);
    expect(hasUnpairedBidi('\u202c')).to.equal(true);
  });

  it('validate warns about an unpaired control in a name, without failing the document', () => {
    const doc = structuredClone(minimalDocument()) as { meta: { department: string } };
    doc.meta.department = `${RLO}某某局`;
    const result = validate(doc);
    expect(result.ok).to.equal(true);
    expect(result.warnings!.map((warning) => warning.path)).to.deep.equal(['$.meta.department']);
    expect(result.warnings![0]!.message.en).to.contain('U+202E');
    expect(result.warnings![0]!.message['zh-CN']).to.contain('双向控制字符');
    expect(validate(minimalDocument()).warnings).to.deep.equal([]);
  });
});
