/**
 * A widget moved into another document (an iframe's, a popup window's: `other.body.append(el)`)
 * keeps its shadow root, but the constructed stylesheets Lit adopted there belong to the first
 * document, and a browser applies a constructed sheet only in the document that made it
 * (Chromium even empties `adoptedStyleSheets` on the move): the widget would draw unstyled —
 * black slices, 16 px labels, no theme. So on every connect the sheets are checked against the
 * current document's window and, when missing or foreign, replaced by copies made there.
 */
import type { CSSResult, CSSResultOrNative } from 'lit';

/** Give `root` the `styles` (Lit's `css` results) as sheets of its own document, when the ones it has are not. */
export function adoptForDocument(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const Sheet = root.ownerDocument.defaultView?.CSSStyleSheet;
  const sheets = root.adoptedStyleSheets;
  // Without constructed sheets Lit wrote <style> elements, which move with the root.
  if (!Sheet || root.querySelector(':scope>style') || (sheets.length === styles.length && sheets.every((sheet) => sheet instanceof Sheet))) return;
  root.adoptedStyleSheets = styles.map((style) => {
    const own = (style as CSSResult).styleSheet;
    if (own instanceof Sheet) return own;
    const copy = new Sheet();
    copy.replaceSync((style as CSSResult).cssText);
    return copy;
  });
}
