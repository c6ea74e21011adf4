// Where is a Chromium? CHROME_PATH wins; then the usual system paths; then the browser names
// on PATH. Tells how to get one. The one lookup for the tests (web-test-runner.config.mjs,
// scripts/test.mjs) and CI (.ci/run runs `node scripts/find-chrome.mjs`: prints the path and
// exits 0, or explains and exits 3 — then CI installs one).
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Names a Chromium or Chrome goes by on PATH. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function executable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of `names` found as an executable file in a PATH directory. */
export function onPath(names = NAMES, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

export function findChrome({ required = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    if (required) fail(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path)) ?? onPath();
  if (found || !required) return found;
  fail('No Chromium or Chrome was found.');
}

function fail(why) {
  console.error(`${why}
The tests run in a real headless Chromium. Get one of these:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-wqy-microhei
  macOS:          install Google Chrome, or: brew install --cask chromium
  anywhere:       set CHROME_PATH=/path/to/chrome (Playwright's browsers work too)
A CJK font (fonts-wqy-microhei) is needed for Chinese labels to render and measure right.`);
  process.exit(3);
}

// Run directly: print the path (exit 0), or explain (exit 3).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(findChrome());
}
