// The render timing every element benchmark page shares: a fresh element per run in #host,
// timed from setting `.data` to `updateComplete` plus one frame (what a reader waits for).
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

type Timed = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/**
 * Render `doc` `runs` times in a new `tag` element (`setup` sets its options first) and return
 * the times (ms) and the last element, for the page to read what was drawn.
 */
export async function timeRenders<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  doc: unknown,
  runs: number,
  setup: (el: HTMLElementTagNameMap[K]) => void = () => {},
): Promise<{ times: number[]; el: HTMLElementTagNameMap[K] }> {
  const host = document.getElementById('host')!;
  const times: number[] = [];
  let el!: HTMLElementTagNameMap[K];
  for (let i = 0; i < runs; i++) {
    host.replaceChildren();
    await frame();
    el = document.createElement(tag);
    setup(el);
    host.append(el);
    const timed = el as unknown as Timed;
    await timed.updateComplete;
    const start = performance.now();
    timed.data = doc;
    await timed.updateComplete;
    await frame();
    times.push(performance.now() - start);
  }
  return { times, el };
}
