/** Building the two-language messages of findings. */
import type { Lang, Localized } from '../format/messages.js';
import { LANGS } from '../format/messages.js';
import { formatAmountNumber, formatNumber } from '../format/number.js';

/** One message in every language from one builder. */
export function localized(build: (lang: Lang) => string): Localized {
  const out = {} as Localized;
  for (const lang of LANGS) out[lang] = build(lang);
  return out;
}

/**
 * An amount or score as the documents print it: `6,443.60`. A nonzero amount that two
 * decimals would print as 0.00 keeps its significant digits (`0.004`, `<0.0001`), as the
 * charts print it: a finding never says a nonzero cell "= 0.00".
 */
export function num(value: number | null | undefined, lang: Lang): string {
  return formatAmountNumber(value, lang);
}

/** A percentage: `50.37%`. */
export function pct(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? '—' : `${formatNumber(value, lang, 2)}%`;
}

/** Pick the sentence of a language. */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === 'zh-CN' ? zh : en;
}
