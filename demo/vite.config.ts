// The demo playground: `npm start` serves it with the sample disclosure as default data.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The sample fixture lives in tests/fixtures; allow the whole package.
  server: { fs: { allow: [root] } },
  build: { outDir: fileURLToPath(new URL('../dist/demo', import.meta.url)), emptyOutDir: true },
});
