// The published JSON Schema and the runtime validator must agree on every document: valid
// ones pass both, invalid ones fail both. Runs in Node because Ajv is CommonJS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildJsonSchema } from '../../src/schema/json-schema.js';
import { validate } from '../../src/schema/validate.js';
import { minimalDocument } from '../helpers/minimal-document.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(buildJsonSchema());

const SAMPLE = 'tests/fixtures/linzi-industry-it-bureau-2021-final.json';

function variant(change: (doc: any) => void): unknown {
  const doc: any = structuredClone(minimalDocument());
  change(doc);
  return doc;
}

const valid: [string, unknown][] = [
  ['minimal', minimalDocument()],
  ['budget kind with table 7', variant((doc) => {
    doc.meta.kind = 'budget';
    doc.tables.t7 = { title: '"三公"经费支出表', unit: '万元', budget: { total: 4, reception: 4 } };
  })],
  ['blank cells', variant((doc) => (doc.tables.t3.rows[0].values = { total: null }))],
  ['a printed negative amount', variant((doc) => (doc.tables.t3.rows[0].values.basic = -1))],
  ['empty table with reason', variant((doc) => (doc.tables.t8 = { title: '政府性基金', unit: '万元', rows: [], emptyReason: '本表无数据' }))],
  ['performance', variant((doc) => (doc.performance = {
    scorecards: [{
      name: '项目',
      funds: { total: { initialBudget: 1, annualBudget: 1, executed: 1, weight: 10, rate: 100, score: 10 } },
      indicators: [{ level1: 'output', level2: '数量指标', name: '人数', target: { text: '≥12人', comparator: '≥', value: 12, unit: '人' }, actual: { text: '12人', value: 12, unit: '人' }, weight: 90, score: 90 }],
      totalScore: 100,
    }],
  }))],
];
if (existsSync(SAMPLE)) valid.push(['the sample fixture', JSON.parse(readFileSync(SAMPLE, 'utf8'))]);

const invalid: [string, unknown][] = [
  ['not an object', 42],
  ['array', []],
  ['missing meta', variant((doc) => delete doc.meta)],
  ['missing tables', variant((doc) => delete doc.tables)],
  ['wrong schemaVersion', variant((doc) => (doc.schemaVersion = 2))],
  ['year as string', variant((doc) => (doc.meta.year = '2021'))],
  ['year out of range', variant((doc) => (doc.meta.year = 1800))],
  ['unknown kind', variant((doc) => (doc.meta.kind = '决算'))],
  ['unknown unit', variant((doc) => (doc.meta.unit = '千元'))],
  ['amount beyond 10^15', variant((doc) => (doc.tables.t3.rows[0].values.basic = -2e15))],
  ['negative count', variant((doc) => (doc.narrative = { assets: { vehicles: -1 } }))],
  ['amount as string', variant((doc) => (doc.tables.t3.rows[0].values.basic = '6,443.60'))],
  ['unknown table', variant((doc) => (doc.tables.t10 = { title: 'x', unit: '万元', rows: [] }))],
  ['unknown column', variant((doc) => (doc.tables.t3.rows[0].values.bonus = 1))],
  ['unknown top-level key', variant((doc) => (doc.extra = true))],
  ['bad code', variant((doc) => (doc.tables.t3.rows[0].code = '20'))],
  ['fractional count', variant((doc) => (doc.narrative = { assets: { vehicles: 1.5 } }))],
  ['bad comparator', variant((doc) => (doc.performance = { scorecards: [{ name: 'x', funds: { total: { initialBudget: 1, annualBudget: 1, executed: 1 } }, indicators: [{ level1: 'output', level2: 'a', name: 'b', target: { text: '≈1', comparator: '≈' }, actual: { text: '1' }, weight: 1, score: 1 }], totalScore: 1 }] }))],
  ['bad level1', variant((doc) => (doc.performance = { scorecards: [{ name: 'x', funds: { total: { initialBudget: 1, annualBudget: 1, executed: 1 } }, indicators: [{ level1: '产出', level2: 'a', name: 'b', target: { text: '1' }, actual: { text: '1' }, weight: 1, score: 1 }], totalScore: 1 }] }))],
  ['source line zero', variant((doc) => (doc.tables.t3.rows[0].source = { line: 0 }))],
  // valibot's object schemas take arrays (typeof [] is 'object'): these passed the validator as {}.
  ['narrative as an empty array', variant((doc) => (doc.narrative = []))],
  ['tables as an empty array', variant((doc) => (doc.tables = []))],
  ['a row\'s source as an empty array', variant((doc) => (doc.tables.t3.rows[0].source = []))],
  ['tables as an array of tables', variant((doc) => (doc.tables = Object.values(doc.tables)))],
];

for (const [name, doc] of valid) {
  test(`JSON Schema and validator both accept: ${name}`, () => {
    const result = validate(doc);
    assert.equal(result.ok, true, JSON.stringify(result.problems.slice(0, 5)));
    assert.equal(check(doc), true, JSON.stringify(check.errors?.slice(0, 5)));
  });
}

for (const [name, doc] of invalid) {
  test(`JSON Schema and validator both reject: ${name}`, () => {
    assert.equal(validate(doc).ok, false);
    assert.equal(check(doc), false);
  });
}

test('the JSON Schema is draft 2020-12 and documents its fields', () => {
  const schema = buildJsonSchema() as any;
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.properties.meta.properties.kind.description, /部门决算/);
  assert.ok(Object.keys(schema.$defs).includes('Amount'));
});

test('the committed schema/disclosure.schema.json is up to date (run `npm run schema`)', async () => {
  const { jsonSchemaText, SCHEMA_FILE } = await import('../../scripts/write-json-schema.js');
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), jsonSchemaText());
});

test('an array where an object belongs is one problem at the array, in both languages (not "unknown key" per item, nor valid)', () => {
  const cases: [unknown, string, string][] = [
    [variant((doc) => (doc.narrative = [])), '$.narrative', '含 0 项的数组'],
    [variant((doc) => (doc.tables = Object.values(doc.tables))), '$.tables', `含 ${Object.keys(minimalDocument().tables).length} 项的数组`],
    [variant((doc) => (doc.meta = [])), '$.meta', '含 0 项的数组'],
  ];
  for (const [doc, path, zh] of cases) {
    const result = validate(doc);
    assert.equal(result.ok, false, path);
    assert.deepEqual(result.problems.map((p) => p.path), [path]);
    assert.equal(result.problems[0]!.message['zh-CN'], `${path}：应为对象，实为${zh}。`);
    assert.match(result.problems[0]!.message.en, new RegExp(`^\\${path}: expected an object, found an array of \\d+\\.$`));
  }
});
