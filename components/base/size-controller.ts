/**
 * The width a widget lays out for, readable during update.
 *
 * On screen: the host's content width, kept current by a ResizeObserver, so nothing is wider
 * than its container and nothing scrolls sideways.
 *
 * In print: the paper's width. A chart laid out for a 1600 px window and printed is shrunk to
 * fit the page (to 43% on A4), and its 12 px labels print at 5 px. So while the page prints
 * (`beforeprint` … `afterprint`, or `matchMedia('print')` matching, which also covers print
 * emulation and PDF export), the width is the printed content width — never more than the
 * screen width, so a narrow chart stays as it is — and the host re-renders synchronously in
 * `beforeprint`, before the browser lays out the printed page.
 *
 * The printed width is `--dw-print-width` on the element (px, mm, cm, in or pt; e.g.
 * `budget-sankey { --dw-print-width: 180mm }` for wider margins or landscape; read again when
 * print media starts matching, so `@media print` rules count), else
 * A4 portrait with the browser's default margins: 210 mm − 2 × 10 mm = 190 mm ≈ 718 px.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { viewOf } from './laid-out.js';

/** A4 portrait (210 mm) less the browsers' default 10 mm margins, in CSS px (96 per inch). */
export const DEFAULT_PRINT_WIDTH = Math.floor((190 / 25.4) * 96);

const PX_PER: Record<string, number> = { px: 1, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72 };

/**
 * A CSS length as px: `718px`, `180mm`, `18cm`, `7.5in`, `540pt` or a bare number (px).
 * Undefined for anything else (empty, percentages, `calc()`), or a length under 1 px.
 */
export function lengthInPx(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|mm|cm|in|pt)?\s*$/i.exec(text);
  if (!match) return undefined;
  const px = Number(match[1]) * PX_PER[(match[2] ?? 'px').toLowerCase()]!;
  return px >= 1 ? px : undefined;
}

export class SizeController implements ReactiveController {
  /** The width to lay out for, in CSS px: the content width on screen, the paper's in print. 0 until laid out. */
  width = 0;
  /** True from `beforeprint` (or print media matching) until `afterprint`. */
  printing = false;
  /** The content width on screen, kept while printing so the chart returns to it. */
  private screenWidth = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  private printMedia?: MediaQueryList;
  /**
   * The window the host is in when connected: an iframe's or a popup's once the host is moved
   * there. Its observer, frames and print events are that window's — the first page's would
   * watch a document it does not lay out ("ResizeObserver loop" errors, no relayout when the
   * popup resizes, no print of the popup laid out for paper).
   */
  private view?: Window & typeof globalThis;

  /**
   * @param host the element; it re-renders when the width changes.
   * @param flush finishes a pending render synchronously (a LitElement's `performUpdate`):
   *   `beforeprint` is the last moment before the printed page is laid out.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly flush?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.screenWidth = Math.floor(this.host.clientWidth);
    const view = (this.view = viewOf(this.host));
    if (view) {
      view.addEventListener('beforeprint', this.onBeforePrint);
      view.addEventListener('afterprint', this.onAfterPrint);
      this.printMedia = view.matchMedia?.('print');
      this.printMedia?.addEventListener('change', this.onPrintMedia);
      this.printing = this.printMedia?.matches ?? false;
    }
    this.apply();
    if (!view?.ResizeObserver) return;
    this.observer = new view.ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = entry.contentRect.width;
      // Re-render in the next frame: a relayout inside the observer callback changes the
      // host's height and makes the browser report "ResizeObserver loop" errors.
      view.cancelAnimationFrame(this.frame);
      this.frame = view.requestAnimationFrame(() => this.measure(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    const view = this.view;
    this.view = undefined;
    view?.cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    view?.removeEventListener('beforeprint', this.onBeforePrint);
    view?.removeEventListener('afterprint', this.onAfterPrint);
    this.printMedia?.removeEventListener('change', this.onPrintMedia);
    this.printMedia = undefined;
  }

  /** The printed content width: `--dw-print-width` on the host, else A4 portrait. */
  printWidth(): number {
    const custom = getComputedStyle(this.host).getPropertyValue('--dw-print-width');
    return Math.floor(lengthInPx(custom) ?? DEFAULT_PRINT_WIDTH);
  }

  private onBeforePrint = (): void => {
    this.setPrinting(true);
  };

  private onAfterPrint = (): void => {
    this.setPrinting(false);
  };

  private onPrintMedia = (event: MediaQueryListEvent): void => {
    this.setPrinting(event.matches);
  };

  private setPrinting(printing: boolean): void {
    if (!printing && !this.printing) return;
    this.printing = printing;
    // Again when print media starts matching after beforeprint: a --dw-print-width set in
    // `@media print` is visible only then.
    this.apply();
    // Printing lays out the page right after beforeprint: the new drawing must be there now.
    if (printing) this.flush?.();
  }

  private measure(width: number): void {
    // While printing, the observer reports the paper's layout: keep the screen's width.
    if (this.printing) return;
    this.screenWidth = Math.floor(width);
    this.apply();
  }

  private apply(): void {
    const screen = this.screenWidth;
    // Whole pixels: sub-pixel jitter must not trigger a relayout.
    const width = this.printing ? Math.min(screen > 0 ? screen : Infinity, this.printWidth()) : screen;
    if (width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }
}
