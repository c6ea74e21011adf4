import type { Disclosure } from '../../src/schema/disclosure.js';

/** `doc` with every name in it (tables, narrative, performance; not `meta`) replaced by `name`. */
export function renamed(doc: Disclosure, name: string): Disclosure {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, key === 'name' && typeof child === 'string' ? name : key === 'meta' ? child : walk(child)]));
    return node;
  };
  return walk(doc) as Disclosure;
}
