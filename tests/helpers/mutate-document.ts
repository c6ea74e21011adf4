/**
 * fast-check arbitraries for the property tests (tests/fuzz): mutations of a valid document
 * — removed fields, wrong types, huge, negative and non-finite numbers, empty and
 * 10,000-character strings, unicode and bidi controls, deep nesting, duplicated rows and
 * codes — and of a published text for the parser. Every mutation works on a clone; the
 * result is deep-frozen, so a widget or function that writes to its input throws.
 */
import fc from 'fast-check';
import { HOSTILE_STRINGS } from './hostile-strings.js';

type Json = unknown;
type Path = (string | number)[];

/** FUZZ_RUNS from the page's <meta name="fuzz-runs"> (set by the test runner), or Node's environment. */
function requestedRuns(): number | undefined {
  const meta = typeof document !== 'undefined' ? document.querySelector('meta[name="fuzz-runs"]')?.getAttribute('content') : undefined;
  const runs = Number(meta || (globalThis as { process?: { env?: Record<string, string> } }).process?.env?.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : undefined;
}

/**
 * fast-check options of a property: `fallback` runs from a fixed seed (the suite is the same
 * every time), or FUZZ_RUNS runs from a fresh seed (a long run explores; a failure prints its
 * seed and path to replay).
 */
export function fuzzOptions(fallback: number): { numRuns: number; seed?: number } {
  const runs = requestedRuns();
  return runs ? { numRuns: runs } : { numRuns: fallback, seed: 13 };
}

/** `value` and everything reachable from it frozen (iteratively: deep nesting must not overflow here). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    Object.freeze(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return value;
}

/** `depth` arrays inside each other: [[[…[1]…]]]. */
export function nested(depth: number): unknown {
  let value: unknown = [1];
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { deeper: value };
  return value;
}

const DEEP = deepFreeze(nested(3000));

/** Values that have broken readers of tables before, and anything else JSON-like. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -1e308, 1e308, -1, -0, 0, 1e-300, 2 ** 53 + 1, -(2 ** 53), null, undefined, '', ' ', '0', '1,234.50', 'NaN', true, false, {}, []) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS, DEEP) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4 }) },
);

/** Finite numbers that stay valid where a number is allowed, but test the drawing: huge, negative, tiny, zero. */
const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, -1e6, 1e12, 1e15, 0.001, 1e-9, 0.005, 99999999.99),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
);

export type Mutation =
  | { op: 'number'; at: number; value: number }
  | { op: 'rename'; at: number; value: string }
  | { op: 'remove'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'retype'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'same-code'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Type-preserving changes first: they mostly keep the document valid, so they reach the drawing.
  fc.record({ op: fc.constant('number' as const), at: fc.nat(), value: oddNumber }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.map((h) => h.slice(0, 500))), fc.string({ unit: 'binary', maxLength: 30 })) }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('same-code' as const), at: fc.nat() }),
);

/** Every path in `doc` below the root, in document order. */
function paths(doc: Json): Path[] {
  const out: Path[] = [];
  const walk = (value: Json, path: Path) => {
    // Frozen values are the shared hostile constants (the deep nesting): placed, not entered.
    if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value as object);
    for (const [key, child] of entries) {
      out.push([...path, key]);
      walk(child, [...path, key]);
    }
  };
  walk(doc, []);
  return out;
}

function parentOf(doc: Json, path: Path): Record<string | number, unknown> | undefined {
  let node = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node?.[key] as Record<string | number, unknown>;
    if (node === null || typeof node !== 'object') return undefined;
  }
  return node;
}

/** The other type of a value: numbers as text, text as a number, objects as arrays … */
function retyped(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return Number(value.replace(/,/g, '')) || value.length;
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (value && typeof value === 'object') return Object.values(value);
  return value === null ? 0 : null;
}

/** Apply `mutations` to a clone of `base` (each picks its place by `at` modulo the paths there are). */
export function mutate(base: Json, mutations: readonly Mutation[]): Json {
  const doc = structuredClone(base) as Json;
  for (const m of mutations) {
    const all = paths(doc);
    if (!all.length) break;
    const path = all[m.at % all.length]!;
    const parent = parentOf(doc, path);
    if (!parent) continue;
    const key = path.at(-1)!;
    if (m.op === 'number' || m.op === 'rename') {
      // The nearest value of the same type at or after the picked place.
      const want = m.op === 'number' ? 'number' : 'string';
      const start = m.at % all.length;
      for (let k = 0; k < all.length; k++) {
        const p = all[(start + k) % all.length]!;
        const owner = parentOf(doc, p);
        if (owner && typeof owner[p.at(-1)!] === want) {
          owner[p.at(-1)!] = m.value;
          break;
        }
      }
    } else if (m.op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.op === 'replace') parent[key] = m.value;
    else if (m.op === 'retype') parent[key] = retyped(parent[key]);
    else if (m.op === 'duplicate') {
      // A repeated row (or key's value) — the same codes twice.
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
      else parent[key] = structuredClone(parent[key]);
    } else {
      // Give a row the code of its neighbour.
      const row = parent[key] as Record<string, unknown> | undefined;
      if (Array.isArray(parent) && row && typeof row === 'object' && 'code' in row) {
        const neighbour = parent[(Number(key) + 1) % parent.length] as Record<string, unknown>;
        if (neighbour && typeof neighbour === 'object') row.code = neighbour.code;
      }
    }
  }
  return doc;
}

/** A deep-frozen mutation of `base` by one to five mutations. */
export function mutatedDocument(base: Json): fc.Arbitrary<Json> {
  return fc.array(mutation, { minLength: 1, maxLength: 5 }).map((ms) => deepFreeze(mutate(base, ms)));
}

/** Line-level mutations of a published text: removed, repeated, swapped or cut lines, numbers replaced, hostile text inserted. */
export function mutatedText(text: string): fc.Arbitrary<string> {
  const lines = text.split('\n');
  const edit = fc.oneof(
    fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('repeat' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('number' as const),
      at: fc.nat(),
      value: fc.constantFrom('1e308', '-0.00', 'NaN', '９９９．９', '1,2,3', '-', '--', '99999999999999999999', '(12.5)', ''),
    }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 60 })) }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let out = [...lines];
    for (const e of edits) {
      if (!out.length) break;
      const i = e.at % out.length;
      if (e.op === 'remove') out.splice(i, 1);
      else if (e.op === 'repeat') out.splice(i, 0, out[i]!);
      else if (e.op === 'swap') {
        const j = e.to % out.length;
        [out[i], out[j]] = [out[j]!, out[i]!];
      } else if (e.op === 'cut') out = out.slice(0, i);
      else if (e.op === 'number') out[i] = out[i]!.replace(/\d[\d,]*\.\d+/, e.value);
      else out.splice(i, 0, e.value);
    }
    return out.join('\n');
  });
}
