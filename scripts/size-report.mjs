// Where an entry's bytes go: bundles `entry` as check-size.mjs does (the shipped bundles'
// source transforms, production Lit, esbuild minify; split as the ES module builds ship it,
// or INLINE=1 as one file like the script-tag file) and attributes every byte of the
// minified entry file to its source through the source map. Per package or source folder
// (FILES=1: per file) it prints the minified bytes, the gzip size of that group's bytes on
// their own, and its share of the whole file's gzip (the alone-sizes scaled to the total:
// gzip compresses a group better beside the others, so the alone-sizes add up to more).
// The numbers are before terser, so the total is a little above what check-size.mjs reports.
// Usage: node scripts/size-report.mjs components/spend-structure-pie/define.ts
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { relative, resolve } from 'node:path';
import { esbuildBundleTransforms, inlineRasterEsbuild } from './bundle-transforms.mjs';
import { ownSideEffectsEsbuild } from './side-effects.mjs';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: [INLINE=1] [FILES=1] node scripts/size-report.mjs <entry.ts>');
  process.exit(2);
}
const inline = Boolean(process.env.INLINE);
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  splitting: !inline,
  outdir: 'size-report-out',
  entryNames: 'entry',
  sourcemap: 'external',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  charset: 'utf8',
  logLevel: 'silent',
  plugins: [ownSideEffectsEsbuild, ...(inline ? [inlineRasterEsbuild] : []), esbuildBundleTransforms({ inlineCatalogues: inline })],
});
const code = result.outputFiles.find((file) => file.path.endsWith('/entry.js')).text;
const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('/entry.js.map')).text);

/** Each source's share of the output text, from the source map's segments. */
function textPerSource() {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = code.split('\n');
  const out = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? source : -1]);
    }
    const text = lines[index] ?? '';
    segments.forEach(([start, from], at) => {
      if (from < 0) return;
      const end = at + 1 < segments.length ? segments[at + 1][0] : text.length;
      out.set(from, (out.get(from) ?? '') + text.slice(start, end));
    });
  });
  return out;
}

const groupOf = (file) => {
  const path = relative(process.cwd(), resolve('size-report-out', file));
  if (process.env.FILES) return path;
  return path.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'npm:$1').replace(/^(src|components)\/([^/]+)\/.*/, '$1/$2');
};
const groups = new Map();
for (const [source, text] of textPerSource()) {
  const group = groupOf(map.sources[source]);
  groups.set(group, (groups.get(group) ?? '') + text);
}
const total = gzipSync(code, { level: 9 }).length;
const rows = [...groups].map(([group, text]) => ({ group, min: Buffer.byteLength(text), alone: gzipSync(text, { level: 9 }).length }));
const aloneSum = rows.reduce((sum, row) => sum + row.alone, 0);
console.log(`${entry}: ${Buffer.byteLength(code)} bytes minified, ${total} gzip${inline ? '' : ' (on-demand chunks not included)'}`);
console.log('    min  alone  share  group');
for (const row of rows.sort((a, b) => b.alone - a.alone)) {
  const share = Math.round((row.alone * total) / aloneSum);
  console.log(`${String(row.min).padStart(7)} ${String(row.alone).padStart(6)} ${String(share).padStart(6)}  ${row.group}`);
}
