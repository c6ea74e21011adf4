// Measures what each entry point costs a page (esbuild bundle with all dependencies, the
// source transforms the shipped bundles get, minified by esbuild then by terser with the
// options of the script-tag file, then gzip) against size-budget.json, and checks that no
// bundle needs eval. Exits 1 when a budget is exceeded, so `npm run build` fails.
// The budget is what loads with the entry: the entry file and the chunks it imports
// statically (each gzipped, summed). Code behind a dynamic `import()` (the PNG painter) is
// split off as the ES module builds ship it and reported beside it as "on demand", checked
// for eval too. A budget with `inline: true` (the script-tag file, one file by definition)
// is measured as one bundle, with the painter imported statically and the English catalogues
// inline, as rollup builds the IIFE.
// A budget may leave packages out (`external`: what the entry loads on demand is measured as
// its own entry) and may name `evalGuards`: exact code snippets that contain `new Function` but
// only run behind an option this project turns off (pdf.js's isEvalSupported); any other eval
// still fails the build.
import { build } from 'esbuild';
import { minify } from 'terser';
import { asciiOnly, esbuildBundleTransforms, inlineRasterEsbuild, TERSER_OPTIONS } from './bundle-transforms.mjs';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ownSideEffectsEsbuild } from './side-effects.mjs';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const rows = [];
let failed = false;

for (const [name, budget] of Object.entries(budgets)) {
  if (name.startsWith('//')) continue;
  // SIZE_ONLY=pie node scripts/check-size.mjs: only the budgets whose name matches (while trimming).
  if (process.env.SIZE_ONLY && !new RegExp(process.env.SIZE_ONLY).test(name)) continue;
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
    splitting: !budget.inline,
    outdir: 'size-check-out',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    metafile: true,
    // As the shipped files are (terser keeps non-ASCII as is): Chinese messages as UTF-8, not
    // \uXXXX escapes, which would count every character twice over.
    charset: 'utf8',
    external: budget.external ?? [],
    // The core API keeps its schema descriptions (it exports the schemas); elements drop them.
    plugins: [ownSideEffectsEsbuild, ...(budget.inline ? [inlineRasterEsbuild] : []), esbuildBundleTransforms({ keepDescriptions: Boolean(budget.domFree), inlineCatalogues: Boolean(budget.inline) })],
  });
  // The core entry points must not pull in Lit or any element (architecture: src/ is DOM-free).
  const inputs = Object.keys(result.metafile.inputs);
  const leaks = budget.domFree ? inputs.filter((input) => /node_modules\/(lit|@lit)|^components\//.test(input)) : [];
  if (leaks.length) {
    failed = true;
    console.error(`${name} pulls in ${leaks.slice(0, 3).join(', ')}`);
  }
  const { initial, onDemand } = loadGroups(result.metafile.outputs, budget.entry);
  const measure = async (paths) => {
    let minified = 0;
    let gzip = 0;
    let evalUse = false;
    for (const path of paths) {
      const file = result.outputFiles.find((out) => out.path.endsWith(`/${path}`));
      const minifiedCode = (await minify(file.text, { ...TERSER_OPTIONS, module: true })).code;
      // The script-tag file ships ASCII only (rollup.config.js): measure it so.
      const code = budget.inline ? asciiOnly(minifiedCode) : minifiedCode;
      minified += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
      // Strict CSP: nothing in a bundle may build code from strings.
      let checked = code;
      for (const guard of budget.evalGuards ?? []) checked = checked.split(guard).join('');
      evalUse ||= /\beval\s*\(|new Function\s*\(/.test(checked);
    }
    return { minified, gzip, evalUse };
  };
  const first = await measure(initial);
  const later = await measure(onDemand);
  const { minified, gzip } = first;
  const evalUse = first.evalUse || later.evalUse;
  const over = gzip > budget.gzip;
  if (over || evalUse) failed = true;
  rows.push({ name, minified, gzip, onDemandGzip: later.gzip, budget: budget.gzip, over, evalUse });
}

/**
 * The output files (paths relative to the outdir) that load with the entry — the entry and,
 * transitively, what it imports statically — and those only a dynamic import() reaches.
 */
function loadGroups(outputs, entryPoint) {
  const relative = (path) => path.replace(/^size-check-out\//, '');
  // A chunk that is only imported dynamically is an entry point to esbuild too: find the budget's own.
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoint && path.endsWith('.js'));
  const initial = new Set();
  const visit = (path, kinds, into) => {
    if (into.has(path)) return;
    into.add(path);
    for (const imported of outputs[path].imports ?? []) {
      if (imported.external) continue;
      if (kinds.includes(imported.kind)) visit(imported.path, kinds, into);
    }
  };
  visit(entry, ['import-statement'], initial);
  const all = new Set();
  visit(entry, ['import-statement', 'dynamic-import'], all);
  const onDemand = [...all].filter((path) => !initial.has(path));
  return { initial: [...initial].map(relative), onDemand: onDemand.map(relative) };
}

// Beside the build, not in it: dist/ is what the package ships.
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/size-report.json', `${JSON.stringify(rows, null, 2)}\n`);
for (const row of rows) {
  if (row.note) console.log(`${row.name}: ${row.note}`);
  else
    console.log(
      `${row.over || row.evalUse ? '✗' : '✓'} ${row.name}: ${(row.minified / 1024).toFixed(1)} KB min, ${(row.gzip / 1024).toFixed(1)} KB gzip (budget ${(row.budget / 1024).toFixed(1)} KB)${row.onDemandGzip ? ` + ${(row.onDemandGzip / 1024).toFixed(1)} KB gzip on demand` : ''}${row.evalUse ? ' — uses eval/new Function' : ''}`,
    );
}
if (failed) {
  console.error('Size budget exceeded or eval found: see above.');
  process.exit(1);
}
