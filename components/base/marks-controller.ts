/**
 * Pointer, keyboard, focus, selection and tooltip handling shared by every widget. A widget
 * describes its marks as a small graph (`MarkGraph`: where Tab lands, where an arrow key
 * leads, what a mark says, what choosing it means); this controller does the rest, the same
 * way in every widget:
 *
 * - one tab stop (the chart surface), arrow keys and Home/End between marks, Enter or Space
 *   selects, Escape clears;
 * - hover shows the tooltip beside the pointer; a click or tap selects and keeps it shown;
 * - the tooltip lives in the top layer (Popover API), so ancestors with `overflow: hidden`
 *   and `transform`, `filter`, `contain: paint` or `will-change` neither clip nor move it;
 * - focus changes are announced in a polite live region;
 * - `dw-select` is fired with the mark's detail.
 *
 * Marks are found from events through `data-type` and `data-id` attributes on the drawn
 * elements. The widget renders the surface, tooltip and live region with the methods below
 * and reads `focused` / `active` to draw the focus ring and highlights.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit, type DwSelectDetail } from './events.js';
import { inSight, positionTooltip, type Anchor } from './tooltip.js';
import { shadowRootsAround, viewOf } from './laid-out.js';
import type { Lang } from '../../src/format/messages.js';

/** A drawn mark: its kind (`node`, `link`, `slice`, `bar` …) and its id, unique in the widget. */
export interface Mark {
  type: string;
  id: string;
}

/** Where a key leads: the four arrows and Home/End. The widget decides what each means. */
export type Direction = 'up' | 'down' | 'left' | 'right' | 'home' | 'end';

/** What the tooltip says about a mark: a title, the amount, then smaller lines. */
export interface MarkText {
  title: string;
  value: string;
  lines: string[];
}

/** What choosing a mark does: the `dw-select` detail, and where focus goes next (if elsewhere). */
export interface MarkSelection<M extends Mark = Mark> {
  detail?: DwSelectDetail;
  focus?: M;
}

/** The widget's marks as the controller walks them. Built from the current layout and language. */
export interface MarkGraph<M extends Mark = Mark> {
  /** Where keyboard focus lands on Tab; null when nothing is drawn. */
  first(): M | null;
  /** The mark a drawn element stands for (from its `data-type` / `data-id`), or null. */
  find(type: string, id: string): M | null;
  /** Where `direction` leads from `mark` (the same mark when there is nowhere to go). */
  move(mark: M, direction: Direction): M;
  /** Tooltip text, or null for a mark no longer drawn. */
  describe(mark: M): MarkText | null;
  /** The sentence the live region reads when focus lands on `mark`. */
  announce(mark: M): string;
  /** Enter, click or tap. May change the widget (expand a merged group). */
  select(mark: M): MarkSelection<M> | undefined;
}

const KEYS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'home',
  End: 'end',
};

/** Whether this browser has the Popover API (top layer); without it the tooltip stays fixed. */
export function supportsPopover(): boolean {
  return typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';
}

const sameMark = (a: Mark, b: Mark) => a.type === b.type && a.id === b.id;

export class MarksController<M extends Mark = Mark> implements ReactiveController {
  /** The mark chosen by keyboard, click or tap. */
  focused: M | null = null;
  /** The mark under the pointer. */
  hovered: M | null = null;
  /**
   * What the live region says. A widget may set its own sentence (e.g. the level it opened)
   * as words for a language: they are said again in the element's current language, so a
   * page that switches `lang` does not leave the region speaking the old one.
   */
  get announcement(): string {
    return typeof this.said === 'function' ? this.said(this.host.currentLang ?? 'zh-CN') : this.said;
  }
  set announcement(text: string | ((lang: Lang) => string)) {
    this.said = text;
    this.announced = null;
  }
  private said: string | ((lang: Lang) => string) = '';
  /**
   * The mark the live region speaks about: its words are derived again on each update, so
   * when the page's language switches under a focused mark the region does not go on in the
   * old language beside an English tooltip.
   */
  private announced: M | null = null;

  private pointer: Anchor | null = null;
  /**
   * Focus moved by a selection (Enter on "其他 (N项)" expands it and focuses its first mark):
   * that mark is only drawn after the relayout, so it is announced then, in `hostUpdate`.
   */
  private announceFocus = false;
  /** A pointer press focuses the surface too; that focus must not jump to the first mark. */
  private pointerFocus = false;
  private readonly popover = supportsPopover();

  /**
   * @param host The widget.
   * @param graph The current mark graph, or undefined while nothing is drawn. Called when
   *   an event arrives and on every update, so it always reflects the current layout and language.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode; readonly currentLang?: Lang },
    private readonly graph: () => MarkGraph<M> | undefined,
  ) {
    host.addController(this);
  }

  /** The mark the tooltip and highlights are about: the hovered one, else the focused one. */
  get active(): M | null {
    return this.hovered ?? this.focused;
  }

  /** Forget focus and hover (new data: the old marks are gone). */
  reset(): void {
    this.focused = null;
    this.hovered = null;
    this.pointer = null;
    this.announcement = '';
  }

  /** Whether the surface had keyboard focus when this update began. */
  private surfaceFocused = false;

  private surface(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.chart[role="application"]');
  }

  hostUpdate(): void {
    const root = this.host.renderRoot as ShadowRoot | Document;
    this.surfaceFocused = !!root.activeElement && root.activeElement === this.surface();
    // After a relayout, a mark that is no longer drawn (merged, or a new depth) lets go.
    const graph = this.graph();
    const drawn = (mark: M | null) => !!mark && !!graph?.find(mark.type, mark.id);
    if (this.focused && !drawn(this.focused)) this.focused = null;
    if (this.hovered && !drawn(this.hovered)) this.hovered = null;
    if (this.announceFocus) {
      this.announceFocus = false;
      if (this.focused) this.speakOf(this.focused, graph);
    } else if (this.announced && this.focused && sameMark(this.announced, this.focused)) this.speakOf(this.focused, graph);
  }

  private speakOf(mark: M | null, graph = this.graph()): void {
    this.said = mark ? (graph?.announce(mark) ?? '') : '';
    this.announced = mark;
  }

  hostUpdated(): void {
    // New data drawn with another template (the execution chart's scroll area above 40 rows)
    // replaces the surface: the reader's keyboard focus would fall to the page. It moves to
    // the new surface, and arrows go on from its first mark.
    if (this.surfaceFocused) {
      this.surfaceFocused = false;
      const root = this.host.renderRoot as ShadowRoot | Document;
      const surface = this.surface();
      if (surface && root.activeElement !== surface && this.host.isConnected) surface.focus({ preventScroll: true });
    }
    const tooltip = this.tooltip();
    // Lit also updates a host that has just been removed; a popover can only open connected.
    if (!tooltip || !tooltip.isConnected) return;
    const active = this.active;
    if (tooltip.hidden || !active) {
      if (this.popover && tooltip.matches(':popover-open')) tooltip.hidePopover();
      return;
    }
    if (this.popover && !tooltip.matches(':popover-open')) tooltip.showPopover();
    this.place(tooltip, (this.hovered ? this.pointer : null) ?? this.markBox(active));
  }

  /**
   * Beside `anchor`, or out of sight while the mark is (scrolled out of the viewport or out of
   * a scrolling box): a tooltip clamped to the viewport's edge would float over the page.
   */
  private place(tooltip: HTMLElement, anchor: Anchor | null): void {
    tooltip.style.visibility = anchor ? '' : 'hidden';
    if (anchor) positionTooltip(tooltip, anchor);
  }

  /** Where scrolling is heard: the window, this element's shadow root and each one it sits in. */
  private scrollTargets: EventTarget[] = [];

  hostConnected(): void {
    // The tooltip is fixed to the viewport: when anything scrolls, it follows its mark. A
    // scroll event does not leave its shadow root: a box scrolling inside this element (the
    // execution chart's rows) or inside a page's own component (an app shell's content pane)
    // — also one the element is slotted into — is heard at that root, not at the window.
    const own = this.host.renderRoot;
    // The window is the host's own: an iframe's or a popup's once it has been moved there.
    const view = viewOf(this.host);
    const targets: EventTarget[] = [...(view ? [view] : []), ...(own instanceof ShadowRoot ? [own] : []), ...shadowRootsAround(this.host)];
    this.scrollTargets = targets;
    for (const target of targets) target.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    for (const target of this.scrollTargets) target.removeEventListener('scroll', this.onScroll, { capture: true });
    this.scrollTargets = [];
    const tooltip = this.tooltip();
    if (this.popover && tooltip?.matches(':popover-open')) tooltip.hidePopover();
    // Removed under the pointer or with focus, no pointerleave or blur follows: put back
    // elsewhere, it would show the old mark's tooltip with nothing under the pointer.
    if (this.hovered || this.focused) {
      this.reset();
      this.host.requestUpdate();
    }
  }

  // ---- rendering -------------------------------------------------------------------------

  /**
   * The focusable surface holding the drawn marks: the single tab stop, named by the summary.
   * @param options.roleDescription What the chart is, e.g. "桑基图" / "sankey diagram".
   * @param options.labelledBy Id of the summary sentence; `describedBy`: id of the keyboard hint.
   */
  renderSurface(
    content: unknown,
    options: { roleDescription: string; labelledBy: string; describedBy: string },
  ): TemplateResult {
    return html`<div
      class="chart"
      role="application"
      aria-roledescription=${options.roleDescription}
      tabindex="0"
      aria-labelledby=${options.labelledBy}
      aria-describedby=${options.describedBy}
      @keydown=${this.onKeyDown}
      @focus=${this.onFocus}
      @blur=${this.onBlur}
      @pointerdown=${this.onPointerDown}
      @pointerover=${this.onPointerOver}
      @pointermove=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
      @click=${this.onClick}
    >
      ${content}
    </div>`;
  }

  /** The polite live region that announces focus moves. */
  renderLiveRegion(): TemplateResult {
    return html`<div class="sr-only" aria-live="polite">${this.announcement}</div>`;
  }

  /** The tooltip of the active mark (hidden when there is none). */
  renderTooltip(): TemplateResult {
    const active = this.active;
    const text = active ? this.graph()?.describe(active) : null;
    return html`<div class="tooltip" part="tooltip" role="tooltip" popover=${this.popover ? 'manual' : nothing} ?hidden=${!text}>
      ${text
        ? html`<p class="title">${text.title}</p>
            <p>${text.value}</p>
            ${text.lines.map((line) => html`<p class="muted">${line}</p>`)}`
        : nothing}
    </div>`;
  }

  // ---- events ----------------------------------------------------------------------------

  /** Where a drawn mark is on screen (viewport px); null when it is not drawn or out of sight. */
  private markBox(mark: M): Anchor | null {
    const element = this.host.renderRoot.querySelector(`[data-id="${CSS.escape(mark.id)}"]`);
    if (!element || !inSight(element)) return null;
    const rect = element.getBoundingClientRect();
    return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  }

  private onScroll = (): void => {
    const active = this.active;
    const tooltip = this.tooltip();
    if (!active || !tooltip || tooltip.hidden) return;
    // The pointer's last position no longer lies on the mark; the mark's box does.
    this.pointer = null;
    this.place(tooltip, this.markBox(active));
  };

  private tooltip(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
  }

  private markAt(event: Event): M | null {
    const target = (event.composedPath()[0] as Element | undefined)?.closest?.('[data-id]');
    const type = target?.getAttribute('data-type');
    const id = target?.getAttribute('data-id');
    return type && id ? (this.graph()?.find(type, id) ?? null) : null;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private setFocus(mark: M | null): void {
    this.focused = mark;
    this.speakOf(mark);
    this.update();
  }

  /** Enter, click or tap: tell the page what was chosen, and let the widget react. */
  private choose(mark: M): void {
    this.setFocus(mark);
    const selection = this.graph()?.select(mark);
    if (selection?.focus) {
      this.focused = selection.focus;
      this.announceFocus = true;
      this.update();
    }
    if (selection?.detail) emit(this.host, 'dw-select', selection.detail);
  }

  private onPointerDown = (): void => {
    this.pointerFocus = true;
  };

  private onPointerOver = (event: PointerEvent): void => {
    const mark = this.markAt(event);
    this.pointer = { x: event.clientX, y: event.clientY };
    if (mark?.id !== this.hovered?.id || mark?.type !== this.hovered?.type) {
      this.hovered = mark;
      this.update();
    }
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (!this.hovered) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    const tooltip = this.tooltip();
    if (tooltip && !tooltip.hidden) positionTooltip(tooltip, this.pointer);
  };

  private onPointerLeave = (): void => {
    this.hovered = null;
    this.pointer = null;
    this.update();
  };

  private onClick = (event: MouseEvent): void => {
    this.pointerFocus = false;
    const mark = this.markAt(event);
    // A tap shows the same tooltip a hover does, and keeps it until the next tap.
    if (!mark) {
      this.setFocus(null);
      return;
    }
    this.hovered = null;
    this.choose(mark);
  };

  private onFocus = (): void => {
    if (this.pointerFocus) return;
    if (!this.focused) this.setFocus(this.graph()?.first() ?? null);
  };

  private onBlur = (): void => {
    this.pointerFocus = false;
    this.setFocus(null);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const graph = this.graph();
    if (!graph) return;
    if (event.key === 'Escape') {
      if (this.focused || this.hovered) event.preventDefault();
      this.hovered = null;
      this.setFocus(null);
      return;
    }
    const current = this.focused ?? graph.first();
    if (!current) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(current);
      return;
    }
    const direction = KEYS[event.key];
    if (!direction) return;
    event.preventDefault();
    this.hovered = null;
    this.setFocus(this.focused ? graph.move(current, direction) : current);
  };
}
