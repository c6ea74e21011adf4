/**
 * The events every widget fires. All bubble and are composed, so a page can listen on
 * `document`. Their `detail` types are declared on `GlobalEventHandlersEventMap`, so
 * `addEventListener('dw-select', (event) => event.detail.value)` is typed.
 */
import type { Problem } from '../../src/schema/validate.js';
import type { Provenance } from '../../src/model/provenance.js';

export interface DwErrorDetail {
  /** What is wrong and where: a JSON path and a message in each language. */
  problems: Problem[];
  /**
   * `load` when the `src` could not be fetched (network, HTTP status: the data may be
   * fine); `data` when the document is not valid or cannot be drawn.
   */
  kind?: 'load' | 'data';
}

export interface DwWarningDetail {
  /**
   * Option values the widget did not accept, each replaced by its default: `path` is `@` and
   * the attribute (`@unit`), `expected` the allowed values (`auto | 元 | 万元 | 亿元`),
   * `found` the value given, `message` the note shown in the widget, in each language.
   */
  problems: Problem[];
}

export interface DwSelectDetail {
  /** What was selected: `node` or `link` in a sankey, `slice`, `bar` … in other widgets. */
  kind: string;
  /** Classification code or stable id of the mark. */
  code: string;
  /** The name as printed in the document (a flow: "来源 → 去向"). */
  name: string;
  /**
   * The name as the reader sees it in the widget: where two marks share a name, qualified by
   * its parent or code ("行政运行（人大事务）"); bidi-isolated where it needs to be.
   */
  label?: string;
  /** The amount, in the document's unit. */
  value: number;
  /** The table cells the value comes from, or how it was derived. */
  provenance: Provenance;
}

export interface DwEventMap {
  'dw-error': CustomEvent<DwErrorDetail>;
  'dw-warning': CustomEvent<DwWarningDetail>;
  'dw-select': CustomEvent<DwSelectDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends DwEventMap {}
}

type DetailOf<K extends keyof DwEventMap> = DwEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatch a typed, bubbling, composed event from `target`. */
export function emit<K extends keyof DwEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
