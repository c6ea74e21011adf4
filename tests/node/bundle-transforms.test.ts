// The element bundles are built from transformed sources (scripts/bundle-transforms.mjs):
// schema descriptions dropped, valibot calls marked pure, css`` text minified. The browser
// tests run the untransformed sources, so this pins that the transforms change no behaviour:
// the transformed validator gives the same results, and the CSS keeps its strings and rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs build script without types
import { esbuildBundleTransforms, inlineRasterEsbuild, minifyCssText, transformSource } from '../../scripts/bundle-transforms.mjs';
import { validate, validateJson } from '../../src/schema/validate.js';
import { minimalDocument } from '../helpers/minimal-document.js';

const SAMPLE = 'tests/fixtures/linzi-industry-it-bureau-2021-final.json';

function variant(change: (doc: any) => void): unknown {
  const doc: any = structuredClone(minimalDocument());
  change(doc);
  return doc;
}

test('the transformed validator gives the same results, problems and messages', async () => {
  const result = await build({
    stdin: { contents: "export { validate, validateJson } from './src/schema/validate.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    plugins: [esbuildBundleTransforms()],
  });
  const code = result.outputFiles[0]!.text;
  assert.ok(!code.includes('The fiscal year.'), 'descriptions are dropped');
  assert.ok(code.includes('/* @__PURE__ */'), 'schema builders are marked pure');
  const file = join(mkdtempSync(join(tmpdir(), 'dw-transforms-')), 'validate.mjs');
  writeFileSync(file, code);
  const shipped = await import(pathToFileURL(file).href);
  const documents: unknown[] = [
    JSON.parse(readFileSync(SAMPLE, 'utf8')),
    minimalDocument(),
    variant((doc) => (doc.meta.year = '2021')),
    variant((doc) => (doc.tables.t3.rows[0].values.total = -1)),
    variant((doc) => (doc.tables.t3.rows[0].values.total = 1e16)),
    variant((doc) => (doc.tables.t3.rows[0].code = '20')),
    variant((doc) => (doc.narrative = { comparisons: [{ subject: 'nope', label: 'x', current: 1 }] })),
    variant((doc) => (doc.performance = { scorecards: [{}] })),
    variant((doc) => (doc.extra = 1)),
    [],
  ];
  for (const doc of documents) assert.deepEqual(shipped.validate(doc), validate(doc));
  assert.deepEqual(shipped.validateJson('{"a":'), validateJson('{"a":'));
});

test('css text loses comments and spaces but keeps strings, combinators and values', () => {
  assert.equal(
    minifyCssText(`
  :host {
    /* a comment */
    font-family: system-ui, 'PingFang SC';
  }
  .a .b > c:hover ,
  .d::before { content: '▾ , x;'; margin: 0 4px; }
`),
    ":host{font-family:system-ui,'PingFang SC'}.a .b > c:hover,.d::before{content:'▾ , x;';margin:0 4px}".replace(/:(?=system|'P|'▾|0 4)/g, ': '),
  );
});

test('only css`` literal parts are touched, never the ${…} expressions', () => {
  const source = "const s = css`\n  :host {\n    ${DARK}\n    color: ${ 'a  b' };\n  }\n`;";
  // The space after ${DARK} stays: what the expression ends with is not known here.
  assert.equal(transformSource(source, '/x/components/a.styles.ts'), "const s = css`:host{${DARK} color: ${ 'a  b' }}`;");
});

// The PNG painter is behind a dynamic import in the ES module builds (a chunk loaded on the
// first toPNG) and imported statically in the one-file script, where a lazy wrapper only adds
// bytes. Both must reach the same painter.
async function bundleLoader(plugins: unknown[], splitting: boolean) {
  const result = await build({
    stdin: { contents: "export { loadRaster } from './components/base/raster-loader.js';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    splitting,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: plugins as never,
  });
  return { outputs: result.outputFiles.filter((file) => file.path.endsWith('.js')), metafile: result.metafile };
}

test('the PNG painter is its own chunk in the ES module build and inline in the one-file script', async () => {
  const split = await bundleLoader([], true);
  assert.equal(split.outputs.length, 2, 'entry and painter chunk');
  const entry = split.outputs.find((file) => !file.text.includes('function rasterizeSvg'))!;
  assert.match(entry.text, /import\(/);
  assert.ok(split.outputs.some((file) => file.text.includes('function rasterizeSvg')));

  const inline = await bundleLoader([inlineRasterEsbuild], false);
  assert.equal(inline.outputs.length, 1);
  assert.doesNotMatch(inline.outputs[0]!.text, /import\(/);
  assert.ok(inline.outputs[0]!.text.includes('function rasterizeSvg'));
  assert.ok(Object.keys(inline.metafile.inputs).some((input) => input.endsWith('raster-loader.inline.ts')));
});
