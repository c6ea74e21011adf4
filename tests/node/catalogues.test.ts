// The elements' catalogues keep their English in `*.messages.en.ts`, loaded on demand
// (components/base/catalogue.ts). This pins that each English file has exactly the Chinese
// keys, that loading fills every entry, and that the single-file script's inline form
// (scripts/bundle-transforms.mjs, `inlineCatalogues`) is the same bilingual catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs build script without types
import { transformSource } from '../../scripts/bundle-transforms.mjs';
import { speak, speaks } from '../../components/base/catalogue.js';
import type { Localized } from '../../src/format/messages.js';

const files = readdirSync('components', { recursive: true, encoding: 'utf8' })
  .filter((file) => /messages\.ts$/.test(file) && !file.endsWith('.en.ts'))
  .map((file) => join('components', file))
  .filter((file) => readFileSync(file, 'utf8').includes('catalogue('));

/** Each catalogue module's exported catalogues (objects of Localized entries). */
async function catalogues(file: string): Promise<Record<string, Localized>[]> {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return Object.values(module).filter((value): value is Record<string, Localized> => {
    const first = value && typeof value === 'object' ? Object.values(value)[0] : undefined;
    return typeof first === 'object' && first !== null && typeof (first as Localized)['zh-CN'] === 'string' && typeof (first as Localized).en === 'string';
  });
}

test('every catalogue file has an English file with the same keys', async () => {
  assert.ok(files.length >= 10, `found ${files.length}`);
  for (const file of files) {
    const english = (await import(pathToFileURL(file.replace(/\.ts$/, '.en.ts')).href)).default as Record<string, string>;
    const keys = (await catalogues(file)).flatMap((entries) => Object.keys(entries));
    assert.deepEqual(keys.sort(), Object.keys(english).sort(), file);
  }
});

test('speak("en") fills every entry with its English', async () => {
  for (const file of files) await catalogues(file);
  assert.equal(speaks('en'), false);
  await speak('en');
  assert.equal(speaks('en'), true);
  for (const file of files) {
    const english = (await import(pathToFileURL(file.replace(/\.ts$/, '.en.ts')).href)).default as Record<string, string>;
    for (const entries of await catalogues(file)) {
      for (const [key, entry] of Object.entries(entries)) assert.equal(entry.en, english[key], `${file} ${key}`);
    }
  }
});

test('the inline form (single-file script) is the same bilingual catalogue', async () => {
  for (const file of files) {
    const code = transformSource(readFileSync(file, 'utf8'), file, { inlineCatalogues: true }) as string;
    assert.doesNotMatch(code, /import\(/, file);
    const result = await build({ stdin: { contents: code, resolveDir: join(process.cwd(), file, '..'), loader: 'ts' }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
    const inline = (await import(`data:text/javascript,${encodeURIComponent(result.outputFiles[0]!.text)}`)) as Record<string, unknown>;
    await speak('en');
    const loaded = await catalogues(file);
    const inlined = Object.values(inline).filter((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
    for (const entries of loaded) assert.ok(inlined.some((candidate) => JSON.stringify(candidate) === JSON.stringify(entries)), file);
  }
});
