// The churn part of the benchmark: 50 widgets of every kind on one page, added and removed
// `cycles` times. Node forces a GC and reads the heap between cycles; the page reports what is
// still observed or listened to (tests/helpers/live-observers.ts) once everything is removed.
import { liveObservers, trackObservers, type LiveCounts } from '../../tests/helpers/live-observers.js';
import { frame } from './render-timing.js';

export const CHURN_TAGS = [
  'budget-sankey',
  'spend-structure-pie',
  'budget-execution',
  'three-public-costs',
  'performance-scorecard',
  'performance-summary',
  'disclosure-audit',
];

trackObservers();

/**
 * Add `perKind` widgets of every kind showing `/sample.json` (one parsed copy, shared as the
 * elements share one document on a real page), wait until all have drawn, then remove them.
 * Returns the counts with the widgets on the page and after removal, and how many drew.
 */
export async function churn(perKind = 50): Promise<{ mounted: LiveCounts; after: LiveCounts; ready: number; total: number }> {
  const doc = await (await fetch('/sample.json')).json();
  const box = document.createElement('div');
  document.getElementById('host')!.append(box);
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
  return { mounted, after: liveObservers(), ready, total: widgets.length };
}
