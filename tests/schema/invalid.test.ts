import { expect } from '@open-wc/testing';
import { validate, validateJson, type Problem } from '../../src/schema/validate.js';
import { minimalDocument } from '../helpers/minimal-document.js';

/** Validate a copy of the minimal document after `change` broke it. */
function broken(change: (doc: any) => void): Problem[] {
  const doc: any = structuredClone(minimalDocument());
  change(doc);
  const result = validate(doc);
  expect(result.ok, 'the broken document must not validate').to.equal(false);
  return result.problems;
}

function paths(problems: Problem[]): string[] {
  return problems.map((problem) => problem.path);
}

describe('schema/validate: invalid documents', () => {
  it('accepts the minimal document and returns a copy, not the caller object', () => {
    const doc = minimalDocument();
    const result = validate(doc);
    expect(result.ok).to.equal(true);
    expect(result.document).to.deep.equal(doc);
    expect(result.document).not.to.equal(doc);
  });

  it('rejects a wrong type with the path, expected and found', () => {
    const [problem] = broken((doc) => (doc.meta.year = '2021'));
    expect(problem!.path).to.equal('$.meta.year');
    expect(problem!.expected).to.equal('a number');
    expect(problem!.found).to.equal('string "2021"');
    expect(problem!.message.en).to.contain('$.meta.year');
    expect(problem!.message['zh-CN']).to.contain('应为');
  });

  it('names each missing required part', () => {
    const problems = broken((doc) => {
      delete doc.meta;
      delete doc.tables;
    });
    expect(paths(problems)).to.include.members(['$.meta', '$.tables']);
    expect(problems.every((problem) => problem.found === 'missing')).to.equal(true);
    expect(problems[0]!.message['zh-CN']).to.contain('缺少必填字段');
    expect(problems[0]!.message.en).to.equal('$.meta: missing, but required.');
  });

  it('keeps a negative amount as printed (real 决算 print them), but not a negative count', () => {
    const printed: any = structuredClone(minimalDocument());
    printed.tables.t3.rows[0].values.basic = -4;
    expect(validate(printed).ok).to.equal(true);
    const [problem] = broken((doc) => {
      doc.narrative = { ...doc.narrative, assets: { vehicles: -2 } };
    });
    expect(problem!.path).to.equal('$.narrative.assets.vehicles');
    expect(problem!.message.en).to.contain('cannot be negative');
    expect(problem!.message['zh-CN']).to.contain('负数');
  });

  it('rejects an amount beyond 10^15 either way', () => {
    const [problem] = broken((doc) => (doc.tables.t3.rows[0].values.basic = -2e15));
    expect(problem!.path).to.equal('$.tables.t3.rows[0].values.basic');
    expect(problem!.message.en).to.contain('out of range');
  });

  it('rejects a non-numeric amount', () => {
    const [problem] = broken((doc) => (doc.tables.t3.rows[0].values.total = true));
    expect(problem!.path).to.equal('$.tables.t3.rows[0].values.total');
    expect(problem!.found).to.equal('boolean');
  });

  it('rejects an amount written as a string with thousands separators, and says how to fix it', () => {
    const [problem] = broken((doc) => (doc.tables.t3.total.values.total = '6,443.60'));
    expect(problem!.path).to.equal('$.tables.t3.total.values.total');
    expect(problem!.found).to.equal('string "6,443.60"');
    expect(problem!.message.en).to.contain('without quotes or thousands separators');
    expect(problem!.message['zh-CN']).to.contain('千位分隔符');
  });

  it('rejects NaN and Infinity', () => {
    const problems = broken((doc) => {
      doc.tables.t3.rows[0].values.total = Number.NaN;
      doc.tables.t3.rows[0].values.basic = Number.POSITIVE_INFINITY;
    });
    expect(problems.map((problem) => [problem.path, problem.found])).to.deep.equal([
      ['$.tables.t3.rows[0].values.total', 'NaN'],
      ['$.tables.t3.rows[0].values.basic', 'Infinity'],
    ]);
  });

  it('keeps null (blank) distinct from zero: both are valid, and stay what they were', () => {
    const doc = minimalDocument();
    const result = validate(doc);
    expect(result.ok && result.document.tables.t3!.rows[1]!.values.superiorRemit).to.equal(null);
    expect(result.ok && result.document.tables.t3!.rows[1]!.values.operating).to.equal(undefined);
  });

  it('rejects an unknown table id and an unknown column', () => {
    const problems = broken((doc) => {
      doc.tables.t10 = { title: 'x', unit: '万元', rows: [] };
      doc.tables.t3.rows[0].values.bonus = 1;
    });
    expect(paths(problems)).to.have.members(['$.tables.t10', '$.tables.t3.rows[0].values.bonus']);
    expect(problems[0]!.message['zh-CN']).to.contain('不认识的字段');
  });

  it('rejects a malformed classification code', () => {
    const [problem] = broken((doc) => (doc.tables.t3.rows[1].code = '201 01'));
    expect(problem!.path).to.equal('$.tables.t3.rows[1].code');
    expect(problem!.expected).to.contain('3, 5 or 7 digits');
  });

  it('rejects a wrong enum value and lists the allowed ones', () => {
    const [problem] = broken((doc) => (doc.meta.kind = '决算'));
    expect(problem!.path).to.equal('$.meta.kind');
    expect(problem!.expected).to.contain('"final"');
  });

  it('does not descend into deep nesting under an unknown key, and does not throw', () => {
    let deep: any = {};
    const root = deep;
    for (let i = 0; i < 100000; i += 1) deep = deep.a = {};
    const problems = broken((doc) => (doc.meta.extra = root));
    expect(paths(problems)).to.deep.equal(['$.meta.extra']);
  });

  it('reports deep nesting inside a known array without throwing', () => {
    const problems = broken((doc) => (doc.tables.t3.rows[0].values.total = [[[[[[[[1]]]]]]]]));
    expect(problems[0]!.found).to.equal('an array of 1');
  });

  it('handles non-objects at the top and cyclic objects', () => {
    for (const input of [null, undefined, 42, 'text', [], () => 1]) {
      const result = validate(input);
      expect(result.ok).to.equal(false);
      expect(result.problems[0]!.path).to.equal('$');
    }
    const cyclic: any = structuredClone(minimalDocument());
    cyclic.meta.source = { text: 'x' };
    cyclic.tables.t3.rows[0].source = cyclic;
    expect(validate(cyclic).ok).to.equal(false);
  });

  it('turns a throwing getter into a problem instead of an exception', () => {
    const doc: any = structuredClone(minimalDocument());
    Object.defineProperty(doc, 'meta', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validate(doc);
    expect(result.ok).to.equal(false);
    expect(result.problems[0]!.message.en).to.contain('boom');
  });

  it('reports broken JSON text as a problem', () => {
    const result = validateJson('{"schemaVersion": 1,');
    expect(result.ok).to.equal(false);
    expect(result.problems[0]!.message.en).to.match(/^\$: Not valid JSON/);
  });

  it('validates a 10 MB document with many errors, capping the list, without throwing', () => {
    const doc: any = structuredClone(minimalDocument());
    const rows = [];
    for (let i = 0; i < 60000; i += 1) {
      rows.push({ code: '2010101', name: `第${i}项 ${'x'.repeat(100)}`, values: { total: i % 7 === 0 ? '1,000' : i, basic: 1 } });
    }
    doc.tables.t3.rows = rows;
    const text = JSON.stringify(doc);
    expect(text.length).to.be.greaterThan(10_000_000);
    const result = validateJson(text);
    expect(result.ok).to.equal(false);
    // 200 problems (the documented cap, stated here rather than imported) and one "N more".
    expect(result.problems).to.have.length(201);
    expect(result.problems.at(-1)!.message.en).to.match(/more problems/);
    expect(result.problems[0]!.path).to.equal('$.tables.t3.rows[0].values.total');
  });

  it('accepts a valid 10 MB document', () => {
    const doc: any = structuredClone(minimalDocument());
    doc.tables.t3.rows = Array.from({ length: 60000 }, (_, i) => ({
      code: '2010101',
      name: `第${i}项 ${'x'.repeat(100)}`,
      values: { total: i, basic: 1 },
    }));
    const text = JSON.stringify(doc);
    expect(text.length).to.be.greaterThan(10_000_000);
    expect(validateJson(text).ok).to.equal(true);
  });
});
