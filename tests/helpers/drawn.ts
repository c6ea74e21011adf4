// What a widget drew, read through its shadow roots: shared by the tests that check no
// non-finite number ever reaches the page (hostile pages, adversarial documents, the s10 breaks).

/** Every element under `root`, descending into open shadow roots, depth first. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/**
 * NaN, Infinity or undefined (or whatever `words` matches) in a drawn attribute under `root`,
 * and the first match in `text` (the visible text the caller chose) with 30 characters around.
 */
export function nonFiniteDrawn(root: ShadowRoot, text: string, words = /\b(NaN|Infinity|undefined)\b/): string[] {
  const found: string[] = [];
  for (const node of deepElements(root)) {
    for (const attr of Array.from(node.attributes)) {
      if (/\b(NaN|Infinity|undefined)\b/.test(attr.value)) found.push(`${node.localName}[${attr.name}="${attr.value.slice(0, 60)}"]`);
    }
  }
  const match = new RegExp(`.{0,30}${words.source}.{0,30}`).exec(text);
  if (match) found.push(`text: ${match[0]}`);
  return found;
}
