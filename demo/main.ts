/// <reference types="vite/client" />
// The demo playground: load the sample (default), a JSON file, or a published text (parsed
// in the browser), then see the widget, the audit and the tables; copy the embed code.
import sampleUrl from '../tests/fixtures/linzi-industry-it-bureau-2021-final.json?url';
import { validateJson, validate } from '../src/schema/validate.js';
import { audit } from '../src/audit/index.js';
import { interpolate, resolveLang, type Lang, type Localized } from '../src/format/messages.js';
import type { Disclosure } from '../src/schema/disclosure.js';
import { renderFindings, renderTables } from './render-tables.js';
import '../components/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let current: Disclosure | null = null;
/** The last problems or warnings, kept in both languages so a language switch re-renders them. */
let messages: Localized[] = [];
/** What the last load failed on, when it did; the chart of an earlier load is then gone. */
let failure: Localized | null = null;

/** Where a text came from, for the failure message. */
type Origin = Localized;
const PASTED: Origin = { 'zh-CN': '粘贴的内容', en: 'The pasted text' };
const SAMPLE: Origin = { 'zh-CN': '示例数据', en: 'The sample' };
const fromFile = (name: string): Origin => ({ 'zh-CN': `文件“${name}”`, en: `The file "${name}"` });

const FAILED: Record<'json' | 'invalid' | 'unparsed', Localized> = {
  json: { 'zh-CN': '{origin}不是有效的 JSON，未能使用。', en: '{origin} is not valid JSON, so it was not used.' },
  invalid: { 'zh-CN': '{origin}未通过校验，未能使用：', en: '{origin} does not validate, so it was not used:' },
  unparsed: {
    'zh-CN': '{origin}无法读成一份公开文档，未能使用：',
    en: '{origin} could not be read as a disclosure, so it was not used:',
  },
};
const NO_CHART: Localized = {
  'zh-CN': '没有图表：上一次载入失败（见上方“数据”一节）。之前的图表已移除，以免误当作当前数据。',
  en: 'No chart: the last load failed (see "Data" above). The earlier chart was removed so it is not taken for the current data.',
};

function lang(): Lang {
  return resolveLang($<HTMLSelectElement>('lang').value);
}

function showProblems(list: Localized[]): void {
  messages = list;
  const box = $('problems');
  const heading = document.createElement('p');
  heading.className = 'failure';
  heading.textContent = failure?.[lang()] ?? '';
  box.replaceChildren(
    ...(failure ? [heading] : []),
    ...list.map((message) => message[lang()]).map((line) => {
      const p = document.createElement('p');
      p.className = 'problem';
      p.textContent = line;
      return p;
    }),
  );
}

/**
 * A load that failed: say what failed, and take the earlier document's chart, summary, audit
 * and tables off the page, so nothing stale reads as if it were the new data.
 */
function fail(kind: keyof typeof FAILED, origin: Origin, list: Localized[]): void {
  current = null;
  failure = { 'zh-CN': interpolate(FAILED[kind]['zh-CN'], { origin: origin['zh-CN'] }), en: interpolate(FAILED[kind].en, { origin: origin.en }) };
  showProblems(list);
  showNothing();
}

function showNothing(): void {
  $('doc-summary').textContent = '';
  $('audit').replaceChildren();
  $('tables').replaceChildren();
  $('embed').textContent = '';
  const note = document.createElement('p');
  note.className = 'no-chart';
  note.textContent = NO_CHART[lang()];
  $('widget-slot').replaceChildren(note);
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

async function useText(text: string, origin: Origin): Promise<void> {
  const trimmed = text.trim();
  failure = null;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const result = validateJson(trimmed);
    if (result.ok) {
      showProblems([]);
      show(result.document);
      return;
    }
    const notJson = result.problems.length === 1 && result.problems[0]!.expected === 'JSON text';
    fail(notJson ? 'json' : 'invalid', origin, result.problems.map((problem) => problem.message));
    return;
  }
  // Not JSON: treat it as the published text and parse it in the browser.
  const { parse } = await import('../src/parse/index.js');
  const parsed = parse(text, { lang: lang() });
  const warnings = parsed.warnings.map((w) => ({
    'zh-CN': `${w.line ? `第 ${w.line} 行：` : ''}${w.message['zh-CN']}`,
    en: `${w.line ? `line ${w.line}: ` : ''}${w.message.en}`,
  }));
  const checked = parsed.document ? validate(parsed.document) : undefined;
  if (!checked?.ok) {
    fail('unparsed', origin, [...(parsed.problems ?? []).map((problem) => problem.message), ...warnings]);
    return;
  }
  showProblems(warnings);
  show(checked.document);
}

async function loadSample(): Promise<void> {
  const response = await fetch(sampleUrl);
  await useText(await response.text(), SAMPLE);
}

$('load-sample').addEventListener('click', () => void loadSample());
$('apply-paste').addEventListener('click', () => void useText($<HTMLTextAreaElement>('paste').value, PASTED));
$<HTMLInputElement>('file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) await useText(await file.text(), fromFile(file.name));
});
// After a failed load there is no document: the controls wait for the next one.
for (const id of ['money', 'depth', 'order', 'unit', 'theme']) $(id).addEventListener('change', () => current && renderWidget());
$('lang').addEventListener('change', () => {
  document.documentElement.lang = lang();
  showProblems(messages);
  if (current) show(current);
  else if (failure) showNothing();
});
$('copy-embed').addEventListener('click', () => void navigator.clipboard?.writeText($('embed').textContent ?? ''));

void loadSample();
