// Where is a Chromium? CHROME_PATH wins; then the usual system paths. Tells how to get one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome({ required = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    if (required) fail(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
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
