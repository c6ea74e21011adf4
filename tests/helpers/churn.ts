// Churn: widgets of every kind on one page, added and removed. Used by the benchmark
// (scripts/bench-compare.mjs forces a GC and reads the heap between cycles) and by
// tests/components/churn.test.ts; both read what is still observed or listened to
// (live-observers.ts) once everything is removed. The caller imports the elements.
import { WIDGET_TAGS } from './tags.js';
import { liveObservers, trackObservers, type LiveCounts } from './live-observers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export const CHURN_TAGS: readonly string[] = WIDGET_TAGS;

trackObservers();

/**
 * Add `perKind` widgets of every kind showing `doc` (one object, shared as the elements share
 * one document on a real page) to `parent`, wait until all have drawn, then remove them.
 * Returns the counts before, with the widgets on the page and after removal, and how many drew.
 */
export async function churn(
  parent: HTMLElement,
  doc: unknown,
  perKind = 50,
): Promise<{ before: LiveCounts; mounted: LiveCounts; after: LiveCounts; ready: number; total: number }> {
  const before = liveObservers();
  const box = document.createElement('div');
  parent.append(box);
  const widgets: (HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean> })[] = [];
  for (const tag of CHURN_TAGS) {
    for (let i = 0; i < perKind; i++) {
      const el = document.createElement(tag) as (typeof widgets)[number];
      el.data = doc;
      widgets.push(el);
    }
  }
  box.append(...widgets);
  await Promise.all(widgets.map((el) => el.updateComplete));
  await frame();
  await Promise.all(widgets.map((el) => el.updateComplete));
  const mounted = liveObservers();
  const ready = widgets.filter((el) => el.state === 'ready').length;
  box.remove();
  await frame();
  return { before, mounted, after: liveObservers(), ready, total: widgets.length };
}
