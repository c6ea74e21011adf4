// Measures what each entry point costs a page (esbuild bundle with all dependencies, the
// source transforms the shipped bundles get, minified by esbuild then by terser with the
// options of the script-tag file, then gzip) against size-budget.json, and checks that no
// bundle needs eval. Exits 1 when a budget is exceeded, so `npm run build` fails.
// A budget may leave packages out (`external`: what the entry loads on demand is measured as
// its own entry) and may name `evalGuards`: exact code snippets that contain `new Function` but
// only run behind an option this project turns off (pdf.js's isEvalSupported); any other eval
// still fails the build.
import { build } from 'esbuild';
import { minify } from 'terser';
import { esbuildBundleTransforms, TERSER_OPTIONS } from './bundle-transforms.mjs';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ownSideEffectsEsbuild } from './side-effects.mjs';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const rows = [];
let failed = false;

for (const [name, budget] of Object.entries(budgets)) {
  if (name.startsWith('//')) continue;
  if (!existsSync(budget.entry)) {
    rows.push({ name, note: 'not built yet' });
    continue;
  }
  const result = await build({
    entryPoints: [budget.entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    metafile: true,
    // As the shipped files are (terser keeps non-ASCII as is): Chinese messages as UTF-8, not
    // \uXXXX escapes, which would count every character twice over.
    charset: 'utf8',
    external: budget.external ?? [],
    // The core API keeps its schema descriptions (it exports the schemas); elements drop them.
    plugins: [ownSideEffectsEsbuild, esbuildBundleTransforms({ keepDescriptions: Boolean(budget.domFree) })],
  });
  // The core entry points must not pull in Lit or any element (architecture: src/ is DOM-free).
  const inputs = Object.keys(result.metafile.inputs);
  const leaks = budget.domFree ? inputs.filter((input) => /node_modules\/(lit|@lit)|^components\//.test(input)) : [];
  if (leaks.length) {
    failed = true;
    console.error(`${name} pulls in ${leaks.slice(0, 3).join(', ')}`);
  }
  const code = (await minify(result.outputFiles[0].text, { ...TERSER_OPTIONS, module: true })).code;
  const gzip = gzipSync(code, { level: 9 }).length;
  const over = gzip > budget.gzip;
  // Strict CSP: nothing in a bundle may build code from strings.
  let checked = code;
  for (const guard of budget.evalGuards ?? []) checked = checked.split(guard).join('');
  const evalUse = /\beval\s*\(|new Function\s*\(/.test(checked);
  if (over || evalUse) failed = true;
  rows.push({ name, minified: code.length, gzip, budget: budget.gzip, over, evalUse });
}

// Beside the build, not in it: dist/ is what the package ships.
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/size-report.json', `${JSON.stringify(rows, null, 2)}\n`);
for (const row of rows) {
  if (row.note) console.log(`${row.name}: ${row.note}`);
  else
    console.log(
      `${row.over || row.evalUse ? '✗' : '✓'} ${row.name}: ${(row.minified / 1024).toFixed(1)} KB min, ${(row.gzip / 1024).toFixed(1)} KB gzip (budget ${(row.budget / 1024).toFixed(1)} KB)${row.evalUse ? ' — uses eval/new Function' : ''}`,
    );
}
if (failed) {
  console.error('Size budget exceeded or eval found: see above.');
  process.exit(1);
}
