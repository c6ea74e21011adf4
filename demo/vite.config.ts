// The demo page: `npm start` serves it, `npm run build:demo` writes it to dist/demo (relative
// URLs, so the built page works from any folder; no inline script or style, so it runs under
// `default-src 'self'`). The sample fixture lives in tests/fixtures: allow the whole package.
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error a plain .mjs build helper without types
import { ownSideEffects } from '../scripts/side-effects.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * custom-elements.json is ~500 KB (every class, member and module); the demo reads only the
 * elements' tags and attributes (demo/widgets.ts), so only those reach the page.
 */
function manifestAttributesOnly(): Plugin {
  const id = '\0custom-elements-attributes';
  return {
    name: 'manifest-attributes-only',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('/custom-elements.json') ? id : undefined),
    load(loaded) {
      if (loaded !== id) return undefined;
      const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
        modules: { declarations?: Record<string, unknown>[] }[];
      };
      const modules = manifest.modules.map((module) => ({
        declarations: (module.declarations ?? [])
          .filter((declaration) => declaration.customElement && declaration.tagName)
          .map(({ tagName, customElement, attributes }) => ({ tagName, customElement, attributes })),
      }));
      return `export default ${JSON.stringify({ modules })};`;
    },
  };
}

export default defineConfig({
  // ownSideEffects: package.json's `sideEffects` names only shipped files, so without it the
  // build would drop the define.ts imports that register the elements.
  plugins: [manifestAttributesOnly(), { ...(ownSideEffects() as Plugin), enforce: 'pre' }],
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  server: { fs: { allow: [root] } },
  // The worker imports modules too (the parser): build it as an ES module.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/demo', import.meta.url)),
    emptyOutDir: true,
    // JSON samples stay files fetched on demand; never inlined as data: URLs (img-src/CSP).
    assetsInlineLimit: 0,
    // No modulepreload polyfill: it is an inline-free module, but the page does not need it.
    modulePreload: { polyfill: false },
    // pdf.js's worker ships as .mjs; many web servers (older nginx, python -m http.server on
    // some systems) serve .mjs as application/octet-stream, which browsers refuse to run as a
    // module. Emitted as .js, it runs wherever the page's own scripts run.
    rollupOptions: {
      output: { assetFileNames: (asset) => (/\.mjs$/.test(asset.names?.[0] ?? '') ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]') },
    },
  },
});
