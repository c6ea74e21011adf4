// The demo's theme panel on a dark background. Its palettes were made for white paper and were
// set on every widget in every mode: in dark mode the grey palette's first colour (the income
// sources of the sankey, the first slice of the pie) was #252525 on the widgets' #18181b, 1.15:1,
// so the marks and their legend swatches vanished; and the embed code carried them to a portal
// page whose visitors prefer dark. Pure functions, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { darkOnlyProperties, PALETTES, themeProperties, DEFAULT_THEME, type ThemeChoice } from '../../demo/theme.js';
import { embedCode } from '../../demo/embed.js';

/** The widgets' own backgrounds, read from their stylesheet: the dark block first, then :host's. */
const [DARK_BACKGROUND, LIGHT_BACKGROUND] = [...readFileSync('components/base/frame.styles.ts', 'utf8').matchAll(/--dw-background: (#[0-9a-f]{6})/g)].map((m) => m[1]!);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const colours = (theme: ThemeChoice, dark: boolean) => themeProperties(theme, dark).filter(([name]) => name.startsWith('--dw-palette-')).map(([, value]) => value);

test('every palette of the panel stays visible on the dark background (WCAG 1.4.11: 3:1 for marks)', () => {
  assert.equal(DARK_BACKGROUND, '#18181b');
  for (const key of Object.keys(PALETTES)) {
    const theme = { ...DEFAULT_THEME, palette: key, mode: 'dark' as const };
    for (const colour of colours(theme, true)) {
      assert.ok(contrast(colour, DARK_BACKGROUND!) >= 3, `${key} ${colour} on ${DARK_BACKGROUND}: ${contrast(colour, DARK_BACKGROUND!).toFixed(2)}:1`);
    }
    // And on white, as published (Tableau's yellow is the palest, 1.6:1, labelled in the chart).
    for (const colour of colours({ ...theme, mode: 'light' }, false)) {
      assert.ok(contrast(colour, LIGHT_BACKGROUND!) >= 1.5, `${key} ${colour} on ${LIGHT_BACKGROUND}`);
    }
  }
});

test('the mode decides which colours are set; "auto" gives the embed code a prefers-color-scheme rule', () => {
  const grey = { ...DEFAULT_THEME, palette: 'grey' };
  assert.equal(colours({ ...grey, mode: 'dark' }, true)[0], '#eeeeee');
  assert.equal(themeProperties({ ...grey, mode: 'dark' })[0]![1], '#eeeeee', 'mode dark alone picks the dark colours');
  assert.equal(themeProperties({ ...grey, mode: 'light' })[0]![1], '#252525');
  assert.deepEqual(darkOnlyProperties({ ...grey, mode: 'light' }), []);
  assert.deepEqual(darkOnlyProperties({ ...DEFAULT_THEME, palette: 'tableau' }), [], 'a palette without dark colours adds no rule');
  const style = (mode: 'auto' | 'dark') => {
    const theme = { ...grey, mode };
    const code = embedCode({ tag: 'budget-sankey', attributes: [], theme: themeProperties(theme, false), dark: { properties: darkOnlyProperties(theme), always: mode === 'dark' }, data: { mode: 'src', file: 'd.json' } });
    return /<style>\n([\s\S]*)<\/style>/.exec(code)?.[1] ?? '';
  };
  // The light colours first (a dark widget prints light), the dark ones where the widget is dark.
  for (const mode of ['auto', 'dark'] as const) {
    assert.match(style(mode), /^ {2}budget-sankey \{\n {4}--dw-palette-1: #252525;/, mode);
    assert.equal(style(mode).match(/--dw-palette-1:/g)?.length, 2, mode);
  }
  assert.match(style('auto'), /@media screen and \(prefers-color-scheme: dark\) \{\n {4}budget-sankey:not\(\[theme='light'\]\) \{\n {6}--dw-palette-1: #eeeeee;/);
  assert.match(style('dark'), /@media screen \{\n {4}budget-sankey \{\n {6}--dw-palette-1: #eeeeee;/);
});
