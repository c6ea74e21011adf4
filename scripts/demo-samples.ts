// `npm run samples`: the real documents of ../shared/samples/real as JSON the project owns,
// for the demo's document picker. Each is what the project's own parser (src/parse) reads
// from the published text today, unedited, with its parse warnings beside it; rerun after a
// parser change and commit demo/samples/ (the demo and its end-to-end test read only those).
//   npx tsx scripts/demo-samples.ts [dir-of-.layout.txt]   (default ../shared/samples/real)
// A document published as several files (…-1-notes, …-2-tables) is parsed as one text, its
// parts joined by a form feed (a page break), in file-name order.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from '../src/parse/index.js';

const dir = process.argv[2] ?? '../shared/samples/real';
const out = 'demo/samples';

/** `beijing-tongji-2026-budget-2-tables.layout.txt` → `beijing-tongji-2026-budget`. */
const documentId = (file: string) => basename(file, '.layout.txt').replace(/-\d-[a-z]+$/, '');

const parts = new Map<string, string[]>();
for (const file of readdirSync(dir).filter((name) => name.endsWith('.layout.txt')).sort()) {
  const id = documentId(file);
  parts.set(id, [...(parts.get(id) ?? []), file]);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const index = [];
for (const [id, files] of parts) {
  const text = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\f');
  const result = parse(text);
  if (!result.document) {
    console.log(`${id}: no document (${result.status}); not included`);
    continue;
  }
  writeFileSync(join(out, `${id}.json`), JSON.stringify(result.document) + '\n');
  const warnings = result.warnings.map(({ line, message }) => ({ line, message }));
  writeFileSync(join(out, `${id}.warnings.json`), JSON.stringify(warnings) + '\n');
  const { department, year, kind } = result.document.meta;
  index.push({ id, department, year, kind, status: result.status, warnings: warnings.length, from: files });
  console.log(`${id}: ${result.status}, ${warnings.length} warnings`);
}
writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
