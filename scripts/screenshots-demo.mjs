// Screenshots of the built demo (npm run build:demo first): 1280 and 360 px wide, zh-CN and
// en, light and dark, written to screenshots/demo-*.png (gitignored) for a person to look at.
// The page is served under the strict CSP the widgets promise; violations are printed.
// Usage: node scripts/screenshots-demo.mjs
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { launchOptions } from './bench/serve.mjs';
import { serveDir } from './serve-dir.mjs';

export const STRICT_CSP = "default-src 'self'; img-src 'self'; style-src 'self'";

const server = await serveDir('dist/demo', { 'content-security-policy': STRICT_CSP });
mkdirSync('screenshots', { recursive: true });
try {
  for (const width of [1280, 360]) {
    for (const lang of ['zh-CN', 'en']) {
      for (const mode of ['light', 'dark']) {
        // A browser per shot: tall pages at 360 px have crashed a shared one on a loaded machine.
        const browser = await chromium.launch(launchOptions());
        const context = await browser.newContext({ viewport: { width, height: 1000 }, colorScheme: mode });
        const tab = await context.newPage();
        tab.on('console', (message) => message.type() === 'error' && console.error(`console (${width} ${lang} ${mode}):`, message.text()));
        tab.on('pageerror', (error) => console.error(`page error (${width} ${lang} ${mode}):`, error.message));
        await tab.goto(`${server.url}/?lang=${lang}`);
        await tab.waitForFunction(() => document.querySelector('#preview > *')?.shadowRoot?.querySelector('svg'));
        await tab.waitForTimeout(2000); // the widgets' enter transitions
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) console.warn(`horizontal overflow ${overflow}px at ${width} ${lang} ${mode}`);
        const name = `screenshots/demo-${width}-${lang}-${mode}.png`;
        // The page is long: in viewport-high parts, readable at full size.
        const height = await tab.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, part = 1; y < height; y += 1000, part++) {
          // Scrolled viewport shots: a full-page capture of a 15,000 px page has crashed Chromium here.
          await tab.evaluate((top) => window.scrollTo(0, top), y);
          await tab.waitForTimeout(100);
          await tab.screenshot({ path: name.replace('.png', `-part${part}.png`) });
        }
        console.log(name, `${height}px high`);
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
}
