/**
 * The theme panel: palette, font and text size as the widgets' `--dw-*` custom properties,
 * and light/dark as their `theme` attribute. The properties are set on each element through
 * the CSSOM (never a style attribute, so a strict `style-src 'self'` allows it): a widget gives
 * its defaults on `:host`, which a rule on an ancestor cannot override, but the element's own
 * style can. Only what differs from the defaults is set, so the embed code stays short.
 */
import type { Localized } from '../src/format/messages.js';
import { DEMO } from './messages.js';

export type Mode = 'auto' | 'light' | 'dark';

export interface ThemeChoice {
  palette: keyof typeof PALETTES;
  font: keyof typeof FONTS;
  /** `--dw-font-size` in px; 14 is the widgets' default. */
  fontSize: number;
  mode: Mode;
}

export const DEFAULT_THEME: ThemeChoice = { palette: 'okabeIto', font: 'system', fontSize: 14, mode: 'auto' };

/**
 * Eight colours each, for `--dw-palette-1` … `--dw-palette-8`; the default sets none (the
 * widgets' own Okabe–Ito has its dark variant inside them). `dark`: the same palette for the
 * dark theme's background, where a palette made for white paper has colours that vanish (grey's
 * #252525 on #18181b is 1.15:1); each of them is at least 3:1 there (tests/node/demo-theme.test.ts).
 */
export const PALETTES: Record<string, { label: Localized; colours: string[]; dark?: string[] }> = {
  okabeIto: { label: DEMO.paletteOkabeIto!, colours: [] },
  tableau: {
    label: DEMO.paletteTableau!,
    colours: ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#9c755f'],
  },
  govRed: {
    label: DEMO.paletteGovRed!,
    colours: ['#b71c1c', '#d4a017', '#6d4c41', '#c62828', '#8d6e63', '#ef6c00', '#5d4037', '#424242'],
    dark: ['#ef5350', '#ffca28', '#a1887f', '#e57373', '#bcaaa4', '#ffa726', '#8d6e63', '#bdbdbd'],
  },
  grey: {
    label: DEMO.paletteGrey!,
    colours: ['#252525', '#636363', '#969696', '#4a4a4a', '#7a7a7a', '#b0b0b0', '#3a3a3a', '#858585'],
    // The same order of lightness, mirrored: the first colour is the most distinct in both.
    dark: ['#eeeeee', '#b0b0b0', '#7c7c7c', '#cbcbcb', '#a3a3a3', '#6a6a6a', '#dadada', '#979797'],
  },
};

/** Font stacks for `--dw-font-family`; CJK faces first, then the generic family. */
export const FONTS: Record<string, { label: Localized; stack?: string }> = {
  system: { label: DEMO.fontSystem! },
  serif: { label: DEMO.fontSerif!, stack: "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif" },
  kai: { label: DEMO.fontKai!, stack: "KaiTi, 'Kaiti SC', STKaiti, 'AR PL UKai CN', serif" },
  mono: { label: DEMO.fontMono!, stack: "ui-monospace, 'Noto Sans Mono CJK SC', monospace" },
};

/** The `--dw-*` properties a theme sets, in a stable order; `dark`: for the dark background. */
export function themeProperties(theme: ThemeChoice, dark = theme.mode === 'dark'): [string, string][] {
  const out: [string, string][] = [];
  const palette = PALETTES[theme.palette];
  ((dark && palette?.dark) || palette?.colours || []).forEach((colour, i) => out.push([`--dw-palette-${i + 1}`, colour]));
  const stack = FONTS[theme.font]?.stack;
  if (stack) out.push(['--dw-font-family', stack]);
  if (theme.fontSize !== DEFAULT_THEME.fontSize) out.push(['--dw-font-size', `${theme.fontSize}px`]);
  return out;
}

/** Every property the panel may set, so a change back to a default removes it. */
const ALL = [...Array.from({ length: 8 }, (_, i) => `--dw-palette-${i + 1}`), '--dw-font-family', '--dw-font-size'];

/**
 * The properties that differ on a dark background (the palette's dark colours), for a theme
 * that is or may be dark: the embed code puts them under the media query the widgets' own dark
 * defaults use (on screen only: a dark widget prints light).
 */
export function darkOnlyProperties(theme: ThemeChoice): [string, string][] {
  if (theme.mode === 'light') return [];
  const light = new Map(themeProperties(theme, false));
  return themeProperties(theme, true).filter(([name, value]) => light.get(name) !== value);
}

/**
 * Give `element` the theme: its custom properties and its `theme` attribute. `systemDark`: the
 * system prefers dark, which the widgets follow when the mode is `auto`.
 */
export function applyTheme(element: HTMLElement, theme: ThemeChoice, systemDark = false): void {
  for (const name of ALL) element.style.removeProperty(name);
  const dark = theme.mode === 'dark' || (theme.mode === 'auto' && systemDark);
  for (const [name, value] of themeProperties(theme, dark)) element.style.setProperty(name, value);
  if (theme.mode === 'auto') element.removeAttribute('theme');
  else element.setAttribute('theme', theme.mode);
}
