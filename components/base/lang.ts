/**
 * The language a widget speaks: its own `lang` attribute, else the nearest `lang` above it
 * (crossing shadow roots, so a widget inside another component follows the page), else zh-CN.
 */
import { resolveLang, type Lang } from '../../src/format/messages.js';

export function langOf(element: Element): Lang {
  let current: Element | null = element;
  while (current) {
    const found: Element | null = current.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return resolveLang(value);
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return 'zh-CN';
}

/**
 * Calls `onChange` whenever a `lang` attribute changes anywhere in the document, so a widget
 * without its own `lang` follows a page that switches language. One MutationObserver serves
 * every widget; the returned function unsubscribes.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchPageLang(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(onChange);
    if (!listeners.size && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}
