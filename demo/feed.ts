/**
 * The editor's text into a widget, the way a page would give it: text that parses as JSON
 * goes to `.data` (valid or not: the widget validates it and shows its own error state, with
 * paths); text that does not parse goes in as an inline `<script type="application/json">`
 * child, so the widget reports the syntax error itself rather than being handed nothing.
 */
import { inlineJson } from './embed.js';

/** The editor's content: its text and, when it parses, the parsed value. */
export interface EditorContent {
  text: string;
  value?: unknown;
}

export function feed(element: HTMLElement, content: EditorContent): void {
  const widget = element as HTMLElement & { data?: unknown };
  for (const child of [...element.children]) if (child instanceof HTMLScriptElement) child.remove();
  // An empty editor (before the first document arrives, or cleared) is no data, not a syntax
  // error: the widgets say "no data" instead of flashing their error state.
  if (content.text.trim() === '') {
    widget.data = undefined;
    return;
  }
  if (content.value !== undefined) {
    widget.data = content.value;
    return;
  }
  widget.data = undefined;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = inlineJson(content.text);
  element.append(script);
}
