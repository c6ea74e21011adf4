// Builds the distributable files:
//   dist/index.js          core API (schema, validate, audit, format): no Lit, no DOM
//   dist/parse.js          the parser (text and PDF; pdf.js stays an import), its own entry so widgets don't carry it
//   dist/cli.js            the `disclosure-widgets` command (`render` loads its chunk, with Lit SSR, on use)
//   dist/elements/*.js     each element on its own, and index.js with all of them
//   dist/disclosure-widgets.iife.js  one minified file for a <script> tag
// The ES module files leave the runtime `dependencies` (lit, the d3 modules, valibot) as imports,
// so an app that uses Lit too gets one copy and its bundler can share them; only the IIFE
// bundles everything, for a plain <script> tag.
// Types come from `tsc -p tsconfig.build.json`; the JSON Schema from scripts/write-json-schema.ts.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { ownSideEffects } from './scripts/side-effects.mjs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { asciiOnlyOutput, inlineRaster, rollupBundleTransforms, TERSER_OPTIONS } from './scripts/bundle-transforms.mjs';

const elementEntries = Object.fromEntries(
  readdirSync('components', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`components/${entry.name}/define.ts`))
    .map((entry) => [entry.name, `components/${entry.name}/define.ts`]),
);
const hasElements = existsSync('components/index.ts');

const dependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {});
// Lit's own packages too: `lit` re-exports them, and a second copy would register twice.
const shared = [...dependencies, 'lit-html', 'lit-element', '@lit/reactive-element'];
/** A runtime dependency (or a file inside one): left as an import in the ES module builds. */
const isDependency = (id) => shared.some((name) => id === name || id.startsWith(`${name}/`));

// `elements`: the element builds drop schema descriptions and minify css`` text
// (scripts/bundle-transforms.mjs); the core API keeps its schemas' descriptions.
// `inline` (the script-tag file): the English catalogues inline, not loaded on demand.
const plugins = ({ elements = false, inline = false } = {}) => [
  ownSideEffects(),
  rollupBundleTransforms({ keepDescriptions: !elements, inlineCatalogues: inline }),
  // `production` picks Lit's production build (no dev-mode warnings, smaller).
  nodeResolve({ exportConditions: ['production', 'default', 'module', 'import'], preferBuiltins: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
];

// pdfjs-dist is a runtime dependency like lit: the parse entry imports it lazily (only parsePdf
// loads it) and never a widget bundle.

const onwarn = (warning, warn) => {
  // d3 modules have benign circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export default [
  {
    input: { index: 'src/index.ts', parse: 'src/parse/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    external: isDependency,
    plugins: plugins(),
    onwarn,
  },
  {
    input: { cli: 'src/cli/node.ts' },
    // Lit stays an import so Node picks its `node` build (with the DOM shim the server render
    // needs); @lit-labs/ssr (a devDependency) is bundled into the render chunk.
    output: { dir: 'dist', format: 'es', banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''), entryFileNames: '[name].js', chunkFileNames: 'cli/[name]-[hash].js' },
    external: (id) => id.startsWith('node:') || isDependency(id),
    plugins: [
      json({ preferConst: true }),
      nodeResolve({ exportConditions: ['node', 'default', 'module', 'import'], preferBuiltins: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    ],
    onwarn,
  },
  ...(hasElements
    ? [
        {
          input: { index: 'components/index.ts', ...elementEntries },
          output: { dir: 'dist/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
          external: isDependency,
          plugins: plugins({ elements: true }),
          onwarn,
        },
        {
          input: 'components/index.ts',
          output: { file: 'dist/disclosure-widgets.iife.js', format: 'iife', name: 'DisclosureWidgets', inlineDynamicImports: true },
          // No `module: true` for an IIFE: it dropped the global (toolchain.md).
          // One file: the PNG painter imported statically (scripts/bundle-transforms.mjs, inlineRaster),
          // the English catalogues inline (components/base/catalogue.ts; `inlineCatalogues`).
          // ASCII only (scripts/bundle-transforms.mjs, asciiOnly): read right in a GBK page too.
          plugins: [inlineRaster(), ...plugins({ elements: true, inline: true }), terser(TERSER_OPTIONS), asciiOnlyOutput()],
          onwarn,
        },
      ]
    : []),
];
