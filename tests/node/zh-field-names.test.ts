// The parser's warnings are read by people (the demo lists them, `parse` prints them): a Chinese
// sentence names what it kept in the reader's words, not by the JSON key ("按原样保存在
// otherTables 中", "保留在 units 中" were shown to Chinese readers as they were).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** Every property name the published JSON Schema declares, at any depth. */
function schemaKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) schemaKeys(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'properties' || key === '$defs') && value && typeof value === 'object') for (const name of Object.keys(value)) if (key === 'properties') out.add(name);
      schemaKeys(value, out);
    }
  }
  return out;
}

test('no Chinese parse warning names a schema field by its JSON key', () => {
  const keys = schemaKeys(JSON.parse(readFileSync('schema/disclosure.schema.json', 'utf8')));
  assert.ok(keys.has('otherTables') && keys.has('units') && keys.has('uncoded'), 'the schema keys were read');
  const source = readFileSync('src/parse/warnings.ts', 'utf8');
  const zh = [...source.matchAll(/'zh-CN': '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
  assert.ok(zh.length > 40, `the catalogue was read (${zh.length})`);
  const named = zh.flatMap((text) =>
    [...text.replace(/\{[^}]*\}/g, '').matchAll(/[A-Za-z][A-Za-z0-9]*/g)].map((m) => m[0]).filter((word) => keys.has(word)).map((word) => `${word}: ${text}`),
  );
  assert.deepEqual(named, []);
});
