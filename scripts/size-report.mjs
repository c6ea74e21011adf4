// Where an entry's bytes go: bundles `entry` as check-size.mjs does (the shipped bundles'
// source transforms, production Lit, esbuild minify) and lists the minified bytes each
// package or source folder contributes, largest first, with the bundle's total gzip. FILES=1
// lists single files instead. The numbers are before terser, so they add up to a little more
// than check-size.mjs reports. Usage: node scripts/size-report.mjs components/spend-structure-pie/define.ts
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { esbuildBundleTransforms } from './bundle-transforms.mjs';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/size-report.mjs <entry.ts>');
  process.exit(2);
}
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  charset: 'utf8',
  logLevel: 'silent',
  plugins: [esbuildBundleTransforms()],
});
const output = Object.values(result.metafile.outputs)[0];
const code = result.outputFiles[0].contents;
const groups = {};
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const group = process.env.FILES
    ? file
    : file.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'npm:$1').replace(/^(src|components)\/([^/]+)\/.*/, '$1/$2');
  groups[group] = (groups[group] ?? 0) + bytesInOutput;
}
console.log(`${entry}: ${code.length} bytes minified, ${gzipSync(code, { level: 9 }).length} gzip`);
for (const [group, bytes] of Object.entries(groups).sort((a, b) => b[1] - a[1])) {
  if (bytes > 0) console.log(String(bytes).padStart(7), group);
}
