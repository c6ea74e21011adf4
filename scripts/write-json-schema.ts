// Writes dist/disclosure.schema.json from the valibot schema (run by `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../src/schema/json-schema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/disclosure.schema.json', `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
console.log('wrote dist/disclosure.schema.json');
