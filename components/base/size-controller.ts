/**
 * The host's content width as a value readable during update, kept current by a
 * ResizeObserver. Widgets lay out for this width: never wider, so nothing scrolls sideways.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  /** Content-box width in CSS px; 0 until the host is laid out. */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.measure(this.host.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = entry.contentRect.width;
      // Re-render in the next frame: a relayout inside the observer callback changes the
      // host's height and makes the browser report "ResizeObserver loop" errors.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measure(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private measure(width: number): void {
    // Whole pixels: sub-pixel jitter must not trigger a relayout.
    const rounded = Math.floor(width);
    if (rounded === this.width) return;
    this.width = rounded;
    this.host.requestUpdate();
  }
}
