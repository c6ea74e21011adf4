// Source transforms for the shipped element bundles (rollup.config.js) and for the size check
// (scripts/check-size.mjs), so the budget measures what ships. Each keeps behaviour as is and
// only drops bytes a browser never uses:
//
// - `describe(schema, 'text')` in src/schema/ becomes `(schema)`. The description is metadata
//   for the published JSON Schema (scripts/write-json-schema.ts reads the sources untouched);
//   valibot's `description` action never changes a value or an issue, so validation, its paths
//   and its messages stay the same. About 3.4 KB gzip per element.
// - In src/schema/, every valibot builder call is marked `/* @__PURE__ */` (see
//   isSchemaBuilderCall), so a schema no code reads is dropped from the bundle.
// - css`` text: comments dropped and whitespace collapsed (a run becomes one space, none around
//   `{ } ; ,`). Only the literal parts are touched, never the `${…}` expressions.
//
// - html``/svg`` text: indentation (whitespace runs with a line break) becomes one space.
//
// - With `inlineCatalogues` (the single-file script): `catalogue({ zh… }, () => import('./x.en.js'))`
//   (components/base/catalogue.ts: English loaded on demand) becomes the bilingual object it
//   stands for, its English read from the `.en.ts` file beside it, so the one file pays neither
//   a chunk wrapper nor a second copy of the keys, and speaks both languages from the start.
//
// TypeScript's parser finds the calls and templates, so strings and comments cannot fool it.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * terser's options for the script-tag file, also used by check-size.mjs. Two compress passes
 * catch what the first one's inlining exposes (~0.1 KB gzip an element).
 */
export const TERSER_OPTIONS = { compress: { passes: 2 }, format: { comments: false } };

/**
 * Every non-ASCII character of JavaScript source as a `\uXXXX` escape (UTF-16 units, so a
 * character beyond U+FFFF becomes its surrogate pair, which a `u` regex reads as one). For the
 * script-tag file: a classic script without a `charset` is decoded in the page's encoding, and
 * Chinese government portals are often GBK or GB2312 — the Chinese messages and the schema's
 * unit names ("万元") then arrived garbled, and every document was refused as invalid. terser's
 * `ascii_only` leaves template literals (the html``/css`` text) as they are; this escapes them
 * too. Valid wherever such a character can stand in the source: strings, template text (their
 * cooked value, which Lit reads; the bundle reads no `.raw`), regular expressions, identifiers
 * and comments. ES module files need none of this: module scripts are always read as UTF-8.
 */
export function asciiOnly(code) {
  // A character after an odd run of backslashes was escaped for nothing (`\。`, the same as
  // `。`): that backslash goes, or it would escape the escape's own backslash.
  return code.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, unit) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The rollup plugin of `asciiOnly`, after terser in the script-tag build. */
export function asciiOnlyOutput() {
  return {
    name: 'ascii-only',
    renderChunk(code) {
      return { code: asciiOnly(code), map: null };
    },
  };
}

const SCHEMA_FILE = /[\\/]src[\\/]schema[\\/][^\\/]+\.ts$/;
const TS_FILE = /\.ts$/;

/**
 * Drop schema descriptions (unless `keepDescriptions`: the core API exports the schemas, whose
 * users may generate JSON Schema from them) and minify css`` text in one TypeScript source
 * file. Returns null when nothing changes.
 */
export function transformSource(code, path, { keepDescriptions = false, inlineCatalogues = false } = {}) {
  if (!TS_FILE.test(path) || /\.d\.ts$/.test(path)) return null;
  const stripDescriptions = !keepDescriptions && SCHEMA_FILE.test(path) && code.includes('describe(');
  const annotate = SCHEMA_FILE.test(path) && code.includes('v.');
  const catalogues = inlineCatalogues && code.includes('catalogue(');
  if (!stripDescriptions && !annotate && !catalogues && !/(?:css|html|svg)`/.test(code)) return null;
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    const bilingual = catalogues && bilingualCatalogue(node, source, path);
    if (bilingual) {
      edits.push({ start: node.getStart(source), end: node.end, text: bilingual });
      return;
    }
    if (stripDescriptions && isDescribeCall(node)) {
      // Keep the schema (itself possibly described: transform it alone), drop the text.
      const inner = node.arguments[0];
      const innerText = transformSource(code.slice(inner.getStart(source), inner.end), path) ?? inner.getText(source);
      edits.push({ start: node.getStart(source), end: node.end, text: `(${innerText})` });
      return;
    }
    if (annotate && isSchemaBuilderCall(node)) {
      edits.push({ start: node.getStart(source), end: node.getStart(source), text: '/* @__PURE__ */ ' });
    }
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      for (const part of templateParts(node.template)) {
        const raw = code.slice(part.start, part.end);
        edits.push({ ...part, text: minifyCssText(raw, part.first, part.last) });
      }
    }
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      for (const part of templateParts(node.template)) {
        const raw = code.slice(part.start, part.end);
        const text = minifyMarkupText(raw);
        if (text !== raw) edits.push({ ...part, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * `catalogue({ key: '中文' }, () => import('./x.en.js'))` as `{ key: { 'zh-CN': '中文', en: 'English' } }`,
 * the English taken from the default export of x.en.ts; null for any other node.
 */
function bilingualCatalogue(node, source, path) {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'catalogue') return null;
  const [zh, loader] = node.arguments;
  const load = loader && ts.isArrowFunction(loader) ? loader.body : undefined;
  if (!zh || !ts.isObjectLiteralExpression(zh) || !load || !ts.isCallExpression(load) || load.expression.kind !== ts.SyntaxKind.ImportKeyword) return null;
  const enPath = resolve(dirname(path), load.arguments[0].text.replace(/\.js$/, '.ts'));
  const enSource = ts.createSourceFile(enPath, readFileSync(enPath, 'utf8'), ts.ScriptTarget.Latest, true);
  const exported = enSource.statements.find((statement) => ts.isExportAssignment(statement));
  if (!exported || !ts.isObjectLiteralExpression(exported.expression)) throw new Error(`${enPath}: expected \`export default { … }\``);
  const english = new Map(exported.expression.properties.map((property) => [property.name.getText(enSource), property.initializer.getText(enSource)]));
  const entries = zh.properties.map((property) => {
    const key = property.name.getText(source);
    if (!english.has(key)) throw new Error(`${enPath}: no English for ${key}`);
    return `${key}: { 'zh-CN': ${property.initializer.getText(source)}, en: ${english.get(key)} }`;
  });
  return `{ ${entries.join(', ')} }`;
}

function isDescribeCall(node) {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'describe' &&
    node.arguments.length === 2
  );
}

/**
 * `v.strictObject(…)`, `v.optional(…)` …: valibot's builders are free of side effects (it marks
 * them `@__NO_SIDE_EFFECTS__`, which rollup honours across modules but esbuild does not), and
 * so is our `documentSchema`. Marking each call `@__PURE__` lets both bundlers drop a schema
 * no widget uses (the narrative in <spend-structure-pie>).
 */
function isSchemaBuilderCall(node) {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'documentSchema';
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'v';
}

/** The raw text ranges of a template's literal parts (between the backticks and `${ }`). */
function templateParts(template) {
  const sourceFile = template.getSourceFile();
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [{ start: template.getStart(sourceFile) + 1, end: template.end - 1, first: true, last: true }];
  }
  const parts = [{ start: template.head.getStart(sourceFile) + 1, end: template.head.end - 2, first: true, last: false }];
  template.templateSpans.forEach((span, index) => {
    const literal = span.literal;
    const last = index === template.templateSpans.length - 1;
    // A middle part is `}text${`, the tail `}text\``.
    parts.push({ start: literal.getStart(sourceFile) + 1, end: literal.end - (last ? 1 : 2), first: false, last });
  });
  return parts;
}

/**
 * CSS whitespace and comments out. A run of whitespace becomes one space (it may be a
 * descendant combinator or separate values), removed only beside `{ } ; ,` where it never
 * matters; quoted strings (`content: '▾ '`) are kept exactly.
 */
export function minifyCssText(text, first = true, last = true) {
  const pieces = text.split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/);
  let out = pieces
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1'),
    )
    .join('');
  out = out.replace(/;}/g, '}');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/**
 * Markup indentation out: a run of whitespace that holds a line break becomes one space. HTML
 * and SVG render any run of whitespace as one space (our templates have no <pre> and no
 * `white-space: pre`), so nothing on screen, in the accessible names or in the exported SVG's
 * rendering changes.
 */
export function minifyMarkupText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

const RASTER_LOADER = /[\\/]components[\\/]base[\\/]raster-loader\.(?:js|ts)$/;

/**
 * For the single-file script: components/base/raster-loader.ts (the PNG painter behind a
 * dynamic import) becomes raster-loader.inline.ts (the same painter, imported statically),
 * so the one file does not pay for a lazy wrapper it cannot use. Rollup plugin.
 */
export function inlineRaster() {
  return {
    name: 'inline-raster',
    async resolveId(source, importer, options) {
      if (!/raster-loader\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && RASTER_LOADER.test(resolved.id) ? { ...resolved, id: resolved.id.replace(/\.(?:js|ts)$/, '.inline.ts') } : resolved;
    },
  };
}

/** inlineRaster() for esbuild (check-size.mjs measuring the script-tag file). */
export const inlineRasterEsbuild = {
  name: 'inline-raster',
  setup(build) {
    build.onResolve({ filter: /raster-loader\.js$/ }, async (args) => {
      if (args.pluginData?.inlineRaster) return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { inlineRaster: true } });
      return RASTER_LOADER.test(result.path) ? { ...result, path: result.path.replace(/\.(?:js|ts)$/, '.inline.ts') } : result;
    });
  },
};

/** The same transform as an esbuild plugin (check-size.mjs). */
export function esbuildBundleTransforms(options) {
  return {
    name: 'bundle-transforms',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const code = await readFile(args.path, 'utf8');
        return { contents: transformSource(code, args.path, options) ?? code, loader: 'ts' };
      });
    },
  };
}

/** The same transform as a rollup plugin; put it before the TypeScript transpiler. */
export function rollupBundleTransforms(options) {
  return {
    name: 'bundle-transforms',
    transform(code, id) {
      const out = transformSource(code, id, options);
      return out === null ? null : { code: out, map: null };
    },
  };
}
