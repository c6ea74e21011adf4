/**
 * A widget moved into another document (an iframe's, a popup window's: `other.body.append(el)`)
 * keeps its shadow root, but the constructed stylesheets Lit adopted there belong to the first
 * document, and a browser applies a constructed sheet only in the document that made it: the
 * widget would draw unstyled — black slices, 16 px labels, no theme (Chromium even empties
 * `adoptedStyleSheets` on the move). So on every connect the sheets are checked against the
 * current document's window and, when missing or foreign, replaced by the document's own
 * copies (one per style and window, shared by every widget).
 */
import type { CSSResultOrNative } from 'lit';

const copies = new WeakMap<typeof CSSStyleSheet, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

function cssText(style: CSSResultOrNative): string {
  return 'cssText' in style ? style.cssText : Array.from(style.cssRules, (rule) => rule.cssText).join('\n');
}

/** Give `root` the `styles` as sheets of its own document, when the ones it has are foreign. */
export function adoptForDocument(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const Sheet = root.ownerDocument.defaultView?.CSSStyleSheet;
  // Without constructed sheets Lit wrote <style> elements, which move with the root.
  if (!Sheet || root.querySelector(':scope > style')) return;
  const current = root.adoptedStyleSheets;
  if (current.length === styles.length && current.every((sheet) => sheet instanceof Sheet)) return;
  let made = copies.get(Sheet);
  if (!made) copies.set(Sheet, (made = new WeakMap()));
  root.adoptedStyleSheets = styles.map((style) => {
    const own = style instanceof Sheet ? style : 'styleSheet' in style ? style.styleSheet : undefined;
    if (own instanceof Sheet) return own;
    let copy = made.get(style);
    if (!copy) {
      copy = new Sheet();
      copy.replaceSync(cssText(style));
      made.set(style, copy);
    }
    return copy;
  });
}
