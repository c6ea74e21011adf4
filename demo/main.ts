/// <reference types="vite/client" />
// The demo playground: load the sample (default), a JSON file, or a published text (parsed
// in the browser), then see the widget, the audit and the tables; copy the embed code.
import sampleUrl from '../tests/fixtures/linzi-industry-it-bureau-2021-final.json?url';
import { validateJson, validate } from '../src/schema/validate.js';
import { audit } from '../src/audit/index.js';
import { resolveLang, type Lang, type Localized } from '../src/format/messages.js';
import type { Disclosure } from '../src/schema/disclosure.js';
import { renderFindings, renderTables } from './render-tables.js';
import '../components/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let current: Disclosure | null = null;
/** The last problems or warnings, kept in both languages so a language switch re-renders them. */
let messages: Localized[] = [];

function lang(): Lang {
  return resolveLang($<HTMLSelectElement>('lang').value);
}

function showProblems(list: Localized[]): void {
  messages = list;
  const box = $('problems');
  box.replaceChildren(
    ...list.map((message) => message[lang()]).map((line) => {
      const p = document.createElement('p');
      p.className = 'problem';
      p.textContent = line;
      return p;
    }),
  );
}

function show(doc: Disclosure): void {
  current = doc;
  const l = lang();
  $('doc-summary').textContent =
    l === 'en'
      ? `${doc.meta.department}, ${doc.meta.year} ${doc.meta.kind === 'final' ? 'final accounts' : 'budget'}`
      : `${doc.meta.department} ${doc.meta.year}年度${doc.meta.kind === 'final' ? '部门决算' : '部门预算'}`;
  $('audit').replaceChildren(renderFindings(audit(doc), l));
  $('tables').replaceChildren(...renderTables(doc, l));
  renderWidget();
}

function renderWidget(): void {
  const slot = $('widget-slot');
  let sankey = slot.querySelector('budget-sankey');
  if (!sankey) {
    sankey = document.createElement('budget-sankey');
    sankey.setAttribute('toolbar', '');
    slot.append(sankey);
  }
  const attributes: Record<string, string> = {
    lang: lang(),
    money: $<HTMLSelectElement>('money').value,
    depth: $<HTMLSelectElement>('depth').value,
    order: $<HTMLSelectElement>('order').value,
    unit: $<HTMLSelectElement>('unit').value,
    theme: $<HTMLSelectElement>('theme').value,
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value) sankey.setAttribute(name, value);
    else sankey.removeAttribute(name);
  }
  (sankey as HTMLElement & { data: unknown }).data = current;
  const attrs = Object.entries(attributes).filter(([, value]) => value).map(([name, value]) => ` ${name}="${value}"`).join('');
  $('embed').textContent = `<script src="https://your.cdn/disclosure-widgets.iife.js"></script>\n<budget-sankey src="/data/${current?.meta.year ?? 'doc'}.json"${attrs} toolbar></budget-sankey>`;
}

async function useText(text: string): Promise<void> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const result = validateJson(trimmed);
    if (result.ok) {
      showProblems([]);
      show(result.document);
    } else showProblems(result.problems.map((problem) => problem.message));
    return;
  }
  // Not JSON: treat it as the published text and parse it in the browser.
  const { parse } = await import('../src/parse/index.js');
  const parsed = parse(text, { lang: lang() });
  showProblems(
    parsed.warnings.map((w) => ({
      'zh-CN': `${w.line ? `第 ${w.line} 行：` : ''}${w.message['zh-CN']}`,
      en: `${w.line ? `line ${w.line}: ` : ''}${w.message.en}`,
    })),
  );
  if (parsed.document) {
    const checked = validate(parsed.document);
    if (checked.ok) show(checked.document);
  }
}

async function loadSample(): Promise<void> {
  const response = await fetch(sampleUrl);
  await useText(await response.text());
}

$('load-sample').addEventListener('click', () => void loadSample());
$('apply-paste').addEventListener('click', () => void useText($<HTMLTextAreaElement>('paste').value));
$<HTMLInputElement>('file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) await useText(await file.text());
});
for (const id of ['money', 'depth', 'order', 'unit', 'theme']) $(id).addEventListener('change', renderWidget);
$('lang').addEventListener('change', () => {
  document.documentElement.lang = lang();
  showProblems(messages);
  if (current) show(current);
});
$('copy-embed').addEventListener('click', () => void navigator.clipboard?.writeText($('embed').textContent ?? ''));

void loadSample();
