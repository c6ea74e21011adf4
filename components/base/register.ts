/**
 * `define(tag, ctor)`: register a custom element once. A page that loads the library twice
 * (two bundles, a CMS plugin and the page itself) must not throw "already been defined".
 * (Named register.ts so the build does not mistake the base folder for an element.)
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // Another copy won the race, or this constructor is already registered under another tag.
  }
}
