/**
 * The language a widget speaks: its own `lang` attribute, else the nearest `lang` above it
 * (crossing shadow roots, so a widget inside another component follows the page), else zh-CN.
 */
import { resolveLang, type Lang } from '../../src/format/messages.js';
import { shadowRootsAround } from './laid-out.js';

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
 * Calls `onChange` whenever a `lang` attribute changes in the document or in any shadow root
 * `element` is laid out in, so a widget without its own `lang` follows a page that switches
 * language — also when the switch happens inside another component (an app shell's pane with
 * its own `lang`): a MutationObserver on the document does not see into shadow roots. One
 * MutationObserver per observed root serves every widget there; the returned function
 * unsubscribes (the roots are the ones around `element` when called: call again on reconnect).
 */
interface Watch {
  observer: MutationObserver;
  listeners: Set<() => void>;
}
const watches = new Map<Node, Watch>();

export function watchPageLang(onChange: () => void, element?: Element): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  // The element's own document: an iframe's or a popup's once it has been moved there.
  const roots: Node[] = [(element?.ownerDocument ?? document).documentElement, ...(element ? shadowRootsAround(element) : [])];
  for (const root of roots) {
    let watch = watches.get(root);
    if (!watch) {
      const listeners = new Set<() => void>();
      const observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      watches.set(root, (watch = { observer, listeners }));
    }
    watch.listeners.add(onChange);
  }
  return () => {
    for (const root of roots) {
      const watch = watches.get(root);
      if (!watch) continue;
      watch.listeners.delete(onChange);
      if (!watch.listeners.size) {
        watch.observer.disconnect();
        watches.delete(root);
      }
    }
  };
}
