// Builds the distributable files:
//   dist/index.js          core API (schema, validate, audit, format): no Lit, no DOM
//   dist/parse.js          the text parser, its own entry so widgets don't carry it
//   dist/cli.js            the `disclosure-widgets` command
//   dist/elements/*.js     each element on its own, and index.js with all of them
//   dist/disclosure-widgets.iife.js  one minified file for a <script> tag
// Types come from `tsc -p tsconfig.build.json`; the JSON Schema from scripts/write-json-schema.ts.
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollupBundleTransforms, TERSER_OPTIONS } from './scripts/bundle-transforms.mjs';

const elementEntries = Object.fromEntries(
  readdirSync('components', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`components/${entry.name}/define.ts`))
    .map((entry) => [entry.name, `components/${entry.name}/define.ts`]),
);
const hasElements = existsSync('components/index.ts');

// `elements`: the element builds drop schema descriptions and minify css`` text
// (scripts/bundle-transforms.mjs); the core API keeps its schemas' descriptions.
const plugins = ({ elements = false } = {}) => [
  rollupBundleTransforms({ keepDescriptions: !elements }),
  // `production` picks Lit's production build (no dev-mode warnings, smaller).
  nodeResolve({ exportConditions: ['production', 'default', 'module', 'import'], preferBuiltins: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
];

const onwarn = (warning, warn) => {
  // d3 modules have benign circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export default [
  {
    input: { index: 'src/index.ts', parse: 'src/parse/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/cli/node.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    external: (id) => id.startsWith('node:'),
    plugins: plugins(),
    onwarn,
  },
  ...(hasElements
    ? [
        {
          input: { index: 'components/index.ts', ...elementEntries },
          output: { dir: 'dist/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
          plugins: plugins({ elements: true }),
          onwarn,
        },
        {
          input: 'components/index.ts',
          output: { file: 'dist/disclosure-widgets.iife.js', format: 'iife', name: 'DisclosureWidgets' },
          // No `module: true` for an IIFE: it dropped the global (toolchain.md).
          plugins: [...plugins({ elements: true }), terser(TERSER_OPTIONS)],
          onwarn,
        },
      ]
    : []),
];
