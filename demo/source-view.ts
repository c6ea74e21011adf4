/**
 * What the document section says about a parsed text: its status in words and its parse
 * warnings, each with its source line, in a list that opens on demand (a real document
 * can have hundreds; the first 200 are listed and the rest counted).
 */
import type { Lang } from '../src/format/messages.js';
import type { ParseStatus } from '../src/parse/index.js';
import type { StoredWarning } from './documents.js';
import { say } from './messages.js';

const LISTED = 200;

export function statusWord(status: ParseStatus, lang: Lang): string {
  return say(status === 'complete' ? 'statusComplete' : status === 'partial' ? 'statusPartial' : 'statusUnreadable', lang);
}

/**
 * `pageHref(page)` — for a PDF the user opened — turns each warning's page into a link that
 * opens the PDF itself at that page (the browser's viewer reads `#page=N`), in a new tab.
 */
export function renderWarnings(warnings: StoredWarning[], lang: Lang, pageHref?: (page: number) => string): HTMLElement[] {
  if (warnings.length === 0) return [];
  const details = document.createElement('details');
  details.className = 'warnings';
  const summary = document.createElement('summary');
  summary.textContent = say('warningsHeading', lang, { count: warnings.length });
  const list = document.createElement('ul');
  for (const warning of warnings.slice(0, LISTED)) {
    const item = document.createElement('li');
    const text = warning.line
      ? warning.page
        ? say('warningPage', lang, { page: warning.page, line: warning.line, message: warning.message[lang] })
        : say('warningLine', lang, { line: warning.line, message: warning.message[lang] })
      : warning.message[lang];
    if (warning.page && pageHref) {
      const link = document.createElement('a');
      link.href = pageHref(warning.page);
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = text;
      item.append(link);
    } else item.textContent = text;
    list.append(item);
  }
  details.append(summary, list);
  if (warnings.length > LISTED) {
    const more = document.createElement('p');
    more.textContent = say('warningsMore', lang, { count: warnings.length - LISTED });
    details.append(more);
  }
  return [details];
}
