// Helpers for the screenshot and benchmark scripts: bundle an entry with esbuild into memory
// and serve it with a few static files on 127.0.0.1 (a random free port). Stop the server
// with the handle returned; nothing else is started.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { ownSideEffectsEsbuild } from '../side-effects.mjs';

/** Bundle `entry` (TypeScript) into one ES module string. */
export async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    logLevel: 'warning',
    plugins: [ownSideEffectsEsbuild],
  });
  return result.outputFiles[0].text;
}

/** Serve `files` ({'/path': {type, body, headers?}}) until `close()`. */
export async function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = files[path];
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...file.headers });
    response.end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Chromium launch options shared by the scripts. */
export function launchOptions() {
  return {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  };
}
