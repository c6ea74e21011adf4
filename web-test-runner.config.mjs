// @web/test-runner: every test runs in real headless Chromium (Debian's, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChrome } from './scripts/find-chrome.mjs';

const executablePath = findChrome();

export default {
  rootDir: '.',
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: true,
  // Every test page runs under a portal's strict CSP: no 'unsafe-eval' (any eval or new
  // Function in the library or the validator fails the suite), no inline styles, and images
  // from the page's own origin only (no data: or blob:, which once hid a PNG export that
  // needed them). Inline scripts stay allowed: the runner injects its own.
  middleware: [
    async (context, next) => {
      await next();
      if (context.response.is('html')) {
        context.set('Content-Security-Policy', "default-src 'self'; img-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; object-src 'none'");
      }
    },
  ],
  // Every page also loads tests/helpers/csp-guard.ts after mocha: any CSP violation fails the
  // test it happened in (a blocked style attribute is otherwise silent).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8">` +
    // FUZZ_RUNS=n runs every property test (tests/fuzz) n times instead of its quick default.
    (/^\d+$/.test(process.env.FUZZ_RUNS ?? '') ? `<meta name="fuzz-runs" content="${process.env.FUZZ_RUNS}">` : '') +
    `</head><body>` +
    `<script type="module" src="${testFramework}"></script>` +
    `<script type="module" src="/tests/helpers/csp-guard.ts"></script></body></html>`,
  concurrency: 1,
  // A long property run (FUZZ_RUNS) takes as long as it needs.
  testsFinishTimeout: process.env.FUZZ_RUNS ? 4 * 3600000 : 240000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
};
