/**
 * Counts what a widget can leave behind after it is removed: observations of ResizeObserver,
 * MutationObserver and IntersectionObserver, and listeners on the page-wide targets that
 * outlive any element (window, document, MediaQueryList). Patches the prototypes once; call
 * `liveObservers()` before and after to compare. Shared by the churn test
 * (tests/components/churn.test.ts) and the benchmark (scripts/bench/churn.ts).
 */
export interface LiveCounts {
  /** Targets observed by a not-disconnected observer, all observer kinds. */
  observations: number;
  /** Listeners on window, document and MediaQueryLists that were added and not removed. */
  globalListeners: number;
}

const observed = new Map<object, Set<unknown>>();
const listeners = new Set<string>();
const ids = new WeakMap<object, number>();
let nextId = 1;
let installed = false;

const idOf = (value: object) => {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = nextId++));
  return id;
};

const isGlobal = (target: unknown) =>
  target === window || target === document || (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList);

function listenerKey(target: object, type: string, listener: unknown, options: unknown): string {
  const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
  return `${idOf(target)}|${type}|${typeof listener === 'object' || typeof listener === 'function' ? idOf(listener as object) : 0}|${capture}`;
}

/** Install the counting patches (idempotent). */
export function trackObservers(): void {
  if (installed) return;
  installed = true;
  for (const Kind of [ResizeObserver, MutationObserver, IntersectionObserver] as unknown as { prototype: Record<string, unknown> }[]) {
    const proto = Kind.prototype as {
      observe: (this: object, target: unknown, ...rest: unknown[]) => void;
      unobserve?: (this: object, target: unknown) => void;
      disconnect: (this: object) => void;
    };
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (target, ...rest) {
      if (!observed.has(this)) observed.set(this, new Set());
      observed.get(this)!.add(target);
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (target) {
        observed.get(this)?.delete(target);
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function () {
      observed.delete(this);
      return disconnect.call(this);
    };
  }
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (listener && isGlobal(this)) {
      const key = listenerKey(this, type, listener, options);
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (!signal?.aborted) {
        listeners.add(key);
        signal?.addEventListener('abort', () => listeners.delete(key), { once: true });
      }
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (listener && isGlobal(this)) listeners.delete(listenerKey(this, type, listener, options));
    return removeEventListener.call(this, type, listener, options);
  };
}

/** What is observed and listened to right now. */
export function liveObservers(): LiveCounts {
  let observations = 0;
  for (const targets of observed.values()) observations += targets.size;
  return { observations, globalListeners: listeners.size };
}
