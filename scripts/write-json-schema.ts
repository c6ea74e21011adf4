// Writes schema/disclosure.schema.json from the valibot schema (`npm run schema`; also run
// by `npm run build`). The file is committed so the README can link it; a test fails when it
// is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../src/schema/json-schema.js';

export const SCHEMA_FILE = 'schema/disclosure.schema.json';

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('schema', { recursive: true });
  writeFileSync(SCHEMA_FILE, jsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
