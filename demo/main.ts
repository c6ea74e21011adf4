/**
 * The demo page: choose or load a document (a sample, a JSON file, or a published text parsed
 * in the browser), see every widget on it, try one widget's attributes and the theme, edit
 * the JSON with live validation, and copy the embed code. The editor's text is the one
 * source of the page's data: every widget draws it, valid or not.
 */
import '../components/index.js';
import { resolveLang, type Lang } from '../src/format/messages.js';
import { validateJson, type ValidationResult } from '../src/schema/validate.js';
import type { ParseResult } from '../src/parse/index.js';
import { say, translatePage } from './messages.js';
import { widgetDocs, widgetName, PAGE_ATTRIBUTES, type WidgetDoc } from './widgets.js';
import { renderControls, type AttributeValues } from './controls.js';
import { renderGallery, tagLine, type GalleryCard } from './gallery.js';
import { DOCUMENTS, LINZI, REAL_DOCUMENTS, fetchText, type DocumentEntry, type StoredWarning } from './documents.js';
import { readFile, readText, type Input } from './read-input.js';
import { feed, type EditorContent } from './feed.js';
import { documentLine, renderValidation } from './validation-view.js';
import { applyTheme, darkOnlyProperties, DEFAULT_THEME, FONTS, PALETTES, themeProperties, type Mode, type ThemeChoice } from './theme.js';
import { embedCode } from './embed.js';
import { renderWarnings, statusWord } from './source-view.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const editor = $<HTMLTextAreaElement>('json');

const widgets: WidgetDoc[] = widgetDocs();
const state = {
  lang: resolveLang(new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang) as Lang,
  /** The picked document, or null for data the user loaded. */
  entry: LINZI as DocumentEntry | null,
  content: { text: '' } as EditorContent,
  result: validateJson('') as ValidationResult,
  /** What the document section says about where the data came from, in any language. */
  sourceView: (() => []) as (lang: Lang) => Node[],
  tag: widgets[0]!.tag,
  values: new Map<string, AttributeValues>(widgets.map((w) => [w.tag, new Map<string, string | boolean>([['toolbar', true]])])),
  theme: { ...DEFAULT_THEME } as ThemeChoice,
  embedMode: 'src' as 'src' | 'inline',
};
let gallery: GalleryCard[] = [];
let preview: HTMLElement | undefined;
/** The system's light/dark preference, which the widgets follow in mode `auto` (and so must their palette). */
const systemDark = matchMedia('(prefers-color-scheme: dark)');

// ---- the document --------------------------------------------------------------------------

function setText(text: string): void {
  editor.value = text;
  contentChanged();
}

function contentChanged(): void {
  const text = editor.value;
  state.result = validateJson(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  state.content = { text, value };
  for (const card of gallery) feed(card.element, state.content);
  if (preview) feed(preview, state.content);
  showValidation();
  showEmbed();
}

function showValidation(): void {
  // An empty editor is no document yet (or a cleared one), like the widgets' "no data": nothing
  // to list, rather than "invalid: the text is empty" while the first document loads.
  $('validation').replaceChildren(...(editor.value.trim() === '' ? [] : renderValidation(state.result, editor, state.lang)));
}

async function pick(entry: DocumentEntry): Promise<void> {
  state.entry = entry;
  // A large document takes seconds to validate and draw in every widget: say so first, and
  // let the browser paint that before the work starts.
  state.sourceView = (lang) => [paragraph(say('loadingDocument', lang, { doc: entry === LINZI ? say('linziOption', lang) : documentLine(entry, lang) }))];
  showSource();
  const fetched = await fetchText(entry.url);
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
  if (state.entry !== entry) return;
  if ('status' in fetched) {
    state.sourceView = (lang) => [paragraph(say('sampleLoadFailed', lang, { status: fetched.status }), 'failure')];
    setText('');
  } else {
    state.sourceView = () => [];
    setText(fetched.text);
  }
  if (entry.parsed) {
    const { status, warningsUrl } = entry.parsed;
    const warnings = await fetchText(warningsUrl);
    const list: StoredWarning[] = 'text' in warnings ? (JSON.parse(warnings.text) as StoredWarning[]) : [];
    if (state.entry !== entry) return;
    state.sourceView = (lang) => [paragraph(say('sampleParsed', lang, { status: statusWord(status, lang) })), ...renderWarnings(list, lang)];
  }
  showSource();
}

/** A file or pasted text: JSON goes to the editor as written; a published text is parsed first. */
async function use(input: Input, origin: (lang: Lang) => string, pageHref?: (page: number) => string): Promise<void> {
  state.entry = null;
  fillDocumentPicker();
  if (input.kind === 'json') {
    state.sourceView = (lang) => [paragraph(say('fileJson', lang, { origin: origin(lang) }))];
    setText(input.text);
  } else if (input.kind === 'parsed') useParsed(input.result, origin, pageHref);
  else state.sourceView = (lang) => [paragraph(say('readFailed', lang, { origin: origin(lang), reason: input.reason }), 'failure')];
  showSource();
}

function useParsed(result: ParseResult, origin: (lang: Lang) => string, pageHref?: (page: number) => string): void {
  const warnings: StoredWarning[] = result.warnings;
  if (result.document) {
    state.sourceView = (lang) => [
      paragraph(say('parsedFrom', lang, { origin: origin(lang), status: statusWord(result.status, lang) })),
      ...renderWarnings(warnings, lang, pageHref),
    ];
    setText(JSON.stringify(result.document, null, 2));
    return;
  }
  // Nothing usable: say why, and clear the editor so no earlier chart reads as this text's.
  state.sourceView = (lang) => {
    const problems = document.createElement('ul');
    problems.className = 'problems';
    problems.append(...(result.problems ?? []).map((problem) => Object.assign(document.createElement('li'), { textContent: problem.message[lang] })));
    return [paragraph(say('parseFailed', lang, { origin: origin(lang) }), 'failure'), problems, ...renderWarnings(warnings, lang, pageHref)];
  };
  setText('');
}

function showSource(): void {
  $('source-status').replaceChildren(...state.sourceView(state.lang));
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

function fillDocumentPicker(): void {
  const select = $<HTMLSelectElement>('document');
  const lang = state.lang;
  const group = (label: string, entries: [string, string][]) => {
    const element = document.createElement('optgroup');
    element.label = label;
    element.append(...entries.map(([value, text]) => new Option(text, value)));
    return element;
  };
  const groups = [
    group(say('groupSample', lang), [[LINZI.id, say('linziOption', lang)]]),
    group(
      say('groupReal', lang),
      REAL_DOCUMENTS.map((entry) => [
        entry.id,
        say('sampleOption', lang, {
          doc: documentLine(entry, lang),
          status: statusWord(entry.parsed!.status, lang),
          warnings: say('warningCount', lang, { count: entry.parsed!.warnings }),
        }),
      ]),
    ),
  ];
  if (!state.entry) groups.push(group(say('groupYours', lang), [['', say('yours', lang)]]));
  select.replaceChildren(...groups);
  select.value = state.entry?.id ?? '';
}

// ---- widgets ---------------------------------------------------------------------------------

/** Attributes every widget on the page gets: the language, and light/dark from the theme. */
function pageAttributes(element: HTMLElement): void {
  element.setAttribute('lang', state.lang);
  applyTheme(element, state.theme, systemDark.matches);
}

function buildGallery(): void {
  gallery = renderGallery(widgets, state.lang, (tag) => {
    state.tag = tag;
    buildPlayground();
    $('playground').scrollIntoView();
    $<HTMLSelectElement>('widget').focus();
  });
  for (const card of gallery) {
    pageAttributes(card.element);
    feed(card.element, state.content);
    card.card.querySelector('.tag-line')!.textContent = tagLine(card.element);
  }
  $('gallery').replaceChildren(...gallery.map((card) => card.card));
}

function buildPlayground(): void {
  const widget = widgets.find((w) => w.tag === state.tag)!;
  const select = $<HTMLSelectElement>('widget');
  select.replaceChildren(...widgets.map((w) => new Option(`${widgetName(w.tag, state.lang)} <${w.tag}>`, w.tag)));
  select.value = state.tag;
  const values = state.values.get(state.tag)!;
  $('attributes').replaceChildren(...renderControls(widget, values, state.lang, suggest, (name, value) => {
    values.set(name, value);
    writeAttributes();
  }));
  if (preview?.localName !== state.tag) {
    preview = document.createElement(state.tag);
    $('preview').replaceChildren(preview);
    feed(preview, state.content);
  }
  writeAttributes();
}

function writeAttributes(): void {
  if (!preview) return;
  for (const [name, value] of state.values.get(state.tag)!) {
    if (value === true) preview.setAttribute(name, '');
    else if (value === false || value === '') preview.removeAttribute(name);
    else preview.setAttribute(name, value);
  }
  pageAttributes(preview);
  showEmbed();
}

/** Values the current document offers for a free-text attribute. */
function suggest(attribute: string): string[] {
  const doc = state.result.ok ? state.result.document : undefined;
  if (attribute === 'project') return (doc?.performance?.scorecards ?? []).map((card) => card.name).filter(Boolean);
  return [];
}

// ---- theme and embed ---------------------------------------------------------------------------

function fillThemeControls(): void {
  const lang = state.lang;
  const palette = $<HTMLSelectElement>('palette');
  palette.replaceChildren(...Object.entries(PALETTES).map(([key, p]) => new Option(p.label[lang], key)));
  palette.value = state.theme.palette;
  const font = $<HTMLSelectElement>('font');
  font.replaceChildren(...Object.entries(FONTS).map(([key, f]) => new Option(f.label[lang], key)));
  font.value = state.theme.font;
}

function themeChanged(): void {
  const sizeInput = $<HTMLInputElement>('font-size');
  const size = sizeInput.value.trim() === '' ? NaN : Number(sizeInput.value);
  // Out of range is brought to the nearest size allowed and shown so (40 read as 14 while the box still said 40).
  const fontSize = Number.isFinite(size) ? Math.min(24, Math.max(12, Math.round(size))) : DEFAULT_THEME.fontSize;
  if (String(fontSize) !== sizeInput.value) sizeInput.value = String(fontSize);
  state.theme = {
    palette: $<HTMLSelectElement>('palette').value,
    font: $<HTMLSelectElement>('font').value,
    fontSize,
    mode: $<HTMLSelectElement>('mode').value as Mode,
  };
  document.documentElement.dataset.mode = state.theme.mode;
  for (const card of gallery) {
    pageAttributes(card.element);
    card.card.querySelector('.tag-line')!.textContent = tagLine(card.element);
  }
  if (preview) pageAttributes(preview);
  showEmbed();
}

function dataFile(): string {
  return state.entry?.file ?? 'disclosure.json';
}

function showEmbed(): void {
  const lang = state.lang;
  const box = $<HTMLTextAreaElement>('embed');
  const download = $<HTMLAnchorElement>('download-data');
  if (!state.result.ok || !preview) {
    box.value = say('embedInvalid', lang);
    $('embed-how').textContent = '';
    download.hidden = true;
    return;
  }
  const attributes: [string, string | boolean][] = [...state.values.get(state.tag)!].filter(([name]) => !PAGE_ATTRIBUTES.has(name));
  attributes.push(['lang', lang]);
  if (state.theme.mode !== 'auto') attributes.push(['theme', state.theme.mode]);
  // The light colours, and the dark ones where the widget is dark: it prints light in any mode.
  const theme = themeProperties(state.theme, false);
  box.value = embedCode({
    tag: state.tag,
    attributes,
    theme,
    dark: { properties: darkOnlyProperties(state.theme), always: state.theme.mode === 'dark' },
    data: state.embedMode === 'src' ? { mode: 'src', file: dataFile() } : { mode: 'inline', json: JSON.stringify(state.content.value) },
  });
  const how = say(state.embedMode === 'src' ? 'embedHowSrc' : 'embedHowInline', lang, { file: dataFile() });
  $('embed-how').textContent = theme.length > 0 ? `${how} ${say('embedThemeCsp', lang)}` : how;
  download.hidden = state.embedMode !== 'src';
  download.textContent = say('embedDownload', lang, { file: dataFile() });
  download.download = dataFile();
  if (download.href) URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([state.content.text], { type: 'application/json' }));
}

async function copyEmbed(): Promise<void> {
  const box = $<HTMLTextAreaElement>('embed');
  try {
    await navigator.clipboard.writeText(box.value);
    $('copy-status').textContent = say('embedCopied', state.lang);
  } catch {
    box.focus();
    box.select();
    $('copy-status').textContent = say('embedCopyFailed', state.lang);
  }
}

// ---- language --------------------------------------------------------------------------------

function showLanguage(): void {
  document.documentElement.lang = state.lang;
  document.title = say('title', state.lang);
  translatePage(document, state.lang);
  fillDocumentPicker();
  fillThemeControls();
  buildGallery();
  buildPlayground();
  showSource();
  showValidation();
}

// ---- wiring ----------------------------------------------------------------------------------

$<HTMLSelectElement>('lang').addEventListener('change', (event) => {
  state.lang = resolveLang((event.target as HTMLSelectElement).value);
  showLanguage();
});
$<HTMLSelectElement>('document').addEventListener('change', (event) => {
  const entry = DOCUMENTS.find((d) => d.id === (event.target as HTMLSelectElement).value);
  if (entry) void pick(entry).then(fillDocumentPicker);
});
/** A file opened or dropped: a PDF shows a progress bar per page while it is read. */
async function openFile(file: File): Promise<void> {
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.value = 0;
  const status = paragraph('');
  status.setAttribute('role', 'status');
  // Words from the start (pdf.js loads before the first page), in the page's language.
  let pages = 0;
  const words = (lang: Lang) =>
    pages ? say('readingPdf', lang, { page: bar.value, pages }) : say('readingFile', lang, { name: file.name });
  state.sourceView = (lang) => {
    bar.setAttribute('aria-label', say('parsing', lang));
    status.textContent = words(lang);
    return [status, bar];
  };
  showSource();
  const input = await readFile(file, (page, total) => {
    pages = bar.max = total;
    bar.value = page;
    status.textContent = words(state.lang);
  });
  // A PDF's warnings link to their page of the file itself (an object URL of the user's own
  // file, opened by the browser's viewer at #page=N; the previous file's URL is released).
  if (pdfUrl) URL.revokeObjectURL(pdfUrl);
  pdfUrl = input.kind === 'parsed' && input.fromPdf ? URL.createObjectURL(file) : undefined;
  const href = pdfUrl;
  await use(input, (lang) => say('originFile', lang, { name: file.name }), href ? (page) => `${href}#page=${page}` : undefined);
}
let pdfUrl: string | undefined;

$<HTMLInputElement>('file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) await openFile(file);
});
$('use-paste').addEventListener('click', async () => {
  state.sourceView = (lang) => [paragraph(say('parsing', lang))];
  showSource();
  await use(await readText($<HTMLTextAreaElement>('paste').value), (lang) => say('originPasted', lang));
});
const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) await openFile(file);
});
let typing: number | undefined;
editor.addEventListener('input', () => {
  // Validate and redraw once typing pauses, not on every key.
  clearTimeout(typing);
  typing = window.setTimeout(() => {
    if (state.entry) {
      state.entry = null;
      state.sourceView = () => [];
      fillDocumentPicker();
      showSource();
    }
    contentChanged();
  }, 250);
});
$<HTMLSelectElement>('widget').addEventListener('change', (event) => {
  state.tag = (event.target as HTMLSelectElement).value;
  buildPlayground();
});
for (const id of ['palette', 'font', 'font-size', 'mode']) $(id).addEventListener('change', themeChanged);
systemDark.addEventListener('change', themeChanged);
$('font-size').addEventListener('input', themeChanged);
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="embed-mode"]')) {
  radio.addEventListener('change', () => {
    state.embedMode = radio.value === 'inline' ? 'inline' : 'src';
    showEmbed();
  });
}
$('copy-embed').addEventListener('click', () => void copyEmbed());

$<HTMLSelectElement>('lang').value = state.lang;
showLanguage();
void pick(LINZI);
