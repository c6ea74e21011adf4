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
