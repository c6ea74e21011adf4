/**
 * The elements' message catalogues, with their English loaded on demand. zh-CN is the default
 * language, and a Chinese page should not download English sentences: each catalogue holds its
 * Chinese strings inline and a loader for its English ones (`*.messages.en.ts`), which the ES
 * module builds split into small chunks; the single-file script inlines them. Before an element
 * renders in English it waits for `speak('en')` (disclosure-element.ts, `scheduleUpdate`), so it
 * never shows a Chinese or blank string while its words load, and `updateComplete` includes
 * the wait. Entries stay the same objects (their `en` is filled in when it arrives), so
 * `t(catalogue, key, lang)` and an entry kept as `Localized` (FRAME.pngFailed) read it then.
 *
 * What must read in both languages at once — validation, load and option problems, the
 * `dw-error` detail, src/format's COMMON (the core API's) — is not in these catalogues: it
 * stays inline where it is made.
 */
import type { Lang, Localized } from '../../src/format/messages.js';

/** One catalogue's English, keyed as its Chinese. */
type English<K extends string> = () => Promise<{ default: Record<K, string> }>;

interface Pending {
  load(): Promise<void>;
  done?: Promise<void>;
  ready: boolean;
}

/** Every catalogue created so far, with the state of its English. */
const catalogues: Pending[] = [];

/**
 * A catalogue from its Chinese strings and the loader of its English (same keys: the types
 * check it). Until the English arrives an entry's `en` is its Chinese, which only shows if
 * the English cannot be loaded at all (a failed chunk request): Chinese words, not blanks.
 * @example export const PIE = catalogue({ total: '合计' }, () => import('./pie.messages.en.js'));
 */
export function catalogue<K extends string>(zh: Record<K, string>, english: English<K>): Record<string, Localized> {
  const entries: Record<string, Localized> = {};
  for (const key in zh) entries[key] = { 'zh-CN': zh[key], en: zh[key] };
  const pending: Pending = {
    ready: false,
    load: async () => {
      const { default: en } = await english();
      for (const key in en) if (entries[key]) entries[key].en = en[key];
      pending.ready = true;
    },
  };
  catalogues.push(pending);
  return entries;
}

/** Whether every catalogue created so far has its strings in `lang` (Chinese always). */
export function speaks(lang: Lang): boolean {
  return lang !== 'en' || catalogues.every((entry) => entry.ready);
}

/**
 * Load the English of every catalogue created so far (each once); resolves when they have
 * arrived. Never rejects: a chunk that cannot be loaded is warned about and tried again on the
 * next call, and meanwhile its entries read in Chinese.
 */
export function speak(lang: Lang): Promise<void> {
  if (speaks(lang)) return Promise.resolve();
  return Promise.all(
    catalogues.map((entry) =>
      (entry.done ??= entry.load().catch((error: unknown) => {
        entry.done = undefined;
        console.warn('disclosure-widgets: the English messages could not be loaded:', error);
      })),
    ),
  ).then(() => undefined);
}
