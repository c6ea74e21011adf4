/**
 * Every string the demo page shows, in both languages. Static text in index.html carries
 * `data-i18n="key"` (its text) or `data-i18n-label="key"` (its aria-label) and is filled from
 * here on a language switch; the scripts take the rest through `say()`. Names from the
 * documents and code (tags, attributes, JSON paths) stay as they are in both languages.
 */
import { interpolate, type Lang, type Localized } from '../src/format/messages.js';

/** A sentence in each language; `en1` is the English for a `{count}` of 1 ("1 problem"). */
type DemoEntry = Localized & { en1?: string };

export const DEMO: Record<string, DemoEntry> = {
  title: { 'zh-CN': 'disclosure-widgets 演示', en: 'disclosure-widgets demo' },
  tagline: {
    'zh-CN': '部门决算、部门预算公开的可访问图表：选一份文档或粘贴公开文本，调整组件和主题，复制嵌入代码。',
    en: 'Accessible charts for Chinese budget disclosures: pick a document or paste a published text, adjust a widget and the theme, copy the embed code.',
  },
  language: { 'zh-CN': '语言', en: 'Language' },

  documentHeading: { 'zh-CN': '文档', en: 'Document' },
  documentPick: { 'zh-CN': '选择文档', en: 'Choose a document' },
  groupSample: { 'zh-CN': '示例（人工核对）', en: 'Sample (checked by hand)' },
  groupReal: { 'zh-CN': '真实文档（由本项目解析器读取，未经人工核对）', en: 'Real documents (read by this project’s parser, not checked by hand)' },
  groupYours: { 'zh-CN': '你的数据', en: 'Your data' },
  yours: { 'zh-CN': '你载入的数据', en: 'The data you loaded' },
  openFile: { 'zh-CN': '打开文件（JSON、公开文本 .txt 或 PDF）', en: 'Open a file (JSON, published text .txt, or PDF)' },
  chooseFile: { 'zh-CN': '选择文件…', en: 'Choose a file…' },
  dropHint: {
    'zh-CN': '也可以把文件拖到这里，或在下面粘贴公开文本（pdftotext -layout 的输出）或 JSON。',
    en: 'Or drop a file here, or paste below the published text (as pdftotext -layout gives it) or JSON.',
  },
  pasteLabel: { 'zh-CN': '粘贴公开文本或 JSON', en: 'Paste the published text or JSON' },
  pasteUse: { 'zh-CN': '读取粘贴的内容', en: 'Read the pasted text' },
  parsing: { 'zh-CN': '正在浏览器中解析文本…', en: 'Parsing the text in the browser…' },

  kindFinal: { 'zh-CN': '部门决算', en: 'final accounts' },
  kindBudget: { 'zh-CN': '部门预算', en: 'budget' },
  docLine: { 'zh-CN': '{department} {year}年度{kind}', en: '{department}, {year} {kind}' },
  statusComplete: { 'zh-CN': '完整读取', en: 'read completely' },
  statusPartial: { 'zh-CN': '部分读取', en: 'read in part' },
  statusUnreadable: { 'zh-CN': '无法读取', en: 'unreadable' },
  warningCount: { 'zh-CN': '{count} 条解析警告', en: '{count} parse warnings', en1: '1 parse warning' },
  sampleOption: { 'zh-CN': '{doc}（{status}，{warnings}）', en: '{doc} ({status}, {warnings})' },
  linziOption: { 'zh-CN': '淄博市临淄区工业和信息化局 2021年度部门决算', en: 'Zibo Linzi District Industry and IT Bureau, 2021 final accounts' },
  parsedFrom: { 'zh-CN': '{origin}由本项目解析器在浏览器中读取：{status}。', en: '{origin} was read by this project’s parser in the browser: {status}.' },
  sampleParsed: {
    'zh-CN': '这份文档由本项目解析器从公开文本读取（npm run samples），{status}，未经人工核对：图中数字以原文为准。',
    en: 'This document was read from its published text by this project’s parser (npm run samples), {status}, and not checked by hand: the published text is the reference.',
  },
  warningsHeading: { 'zh-CN': '解析警告（{count} 条）', en: 'Parse warnings ({count})' },
  warningPage: { 'zh-CN': '第 {page} 页第 {line} 行：{message}', en: 'Page {page}, line {line}: {message}' },
  readingFile: { 'zh-CN': '正在浏览器中读取文件“{name}”…', en: 'Reading the file "{name}" in the browser…' },
  loadingDocument: { 'zh-CN': '正在载入并绘制{doc}…', en: 'Loading and drawing {doc}…' },
  readingPdf: { 'zh-CN': '正在浏览器中读取 PDF：第 {page} / {pages} 页', en: 'Reading the PDF in the browser: page {page} of {pages}' },
  warningLine: { 'zh-CN': '第 {line} 行：{message}', en: 'line {line}: {message}' },
  warningsMore: { 'zh-CN': '另有 {count} 条未列出。', en: '{count} more not listed.' },
  originPasted: { 'zh-CN': '粘贴的文本', en: 'The pasted text' },
  originFile: { 'zh-CN': '文件“{name}”', en: 'The file "{name}"' },
  fileJson: { 'zh-CN': '已载入{origin}的 JSON，见下方编辑器。', en: '{origin} was loaded as JSON into the editor below.' },
  parseFailed: {
    'zh-CN': '{origin}无法读成一份公开文档，编辑器已清空：',
    en: '{origin} could not be read as a disclosure, so the editor was cleared:',
  },
  readFailed: { 'zh-CN': '无法读取{origin}：{reason}', en: '{origin} could not be read: {reason}' },
  sampleLoadFailed: { 'zh-CN': '无法加载示例（HTTP {status}）。', en: 'The sample could not be loaded (HTTP {status}).' },

  playgroundHeading: { 'zh-CN': '试验台', en: 'Playground' },
  widgetPick: { 'zh-CN': '组件', en: 'Widget' },
  attributesHeading: { 'zh-CN': '属性', en: 'Attributes' },
  attributesFrom: {
    'zh-CN': '属性列表取自 custom-elements.json。语言和明暗由本页的语言和主题设置决定。',
    en: 'The attributes are listed from custom-elements.json. Language and light/dark follow this page’s language and theme settings.',
  },
  defaultValue: { 'zh-CN': '默认（{value}）', en: 'default ({value})' },
  defaultEmpty: { 'zh-CN': '默认', en: 'default' },
  themeHeading: { 'zh-CN': '主题（作用于本页所有组件）', en: 'Theme (for every widget on this page)' },
  palette: { 'zh-CN': '配色', en: 'Palette' },
  paletteOkabeIto: { 'zh-CN': 'Okabe–Ito（默认，色盲友好）', en: 'Okabe–Ito (default, colour-blind safe)' },
  paletteTableau: { 'zh-CN': 'Tableau 10', en: 'Tableau 10' },
  paletteGovRed: { 'zh-CN': '政务红', en: 'Government red' },
  paletteGrey: { 'zh-CN': '灰度（适合黑白打印）', en: 'Greys (for black-and-white print)' },
  font: { 'zh-CN': '字体', en: 'Font' },
  fontSystem: { 'zh-CN': '系统无衬线（默认）', en: 'System sans-serif (default)' },
  fontSerif: { 'zh-CN': '宋体 / 衬线', en: 'Song / serif' },
  fontKai: { 'zh-CN': '楷体', en: 'Kai' },
  fontMono: { 'zh-CN': '等宽', en: 'Monospace' },
  fontSize: { 'zh-CN': '正文字号（px，12–24）', en: 'Text size (px, 12–24)' },
  mode: { 'zh-CN': '明暗', en: 'Light / dark' },
  modeAuto: { 'zh-CN': '跟随系统', en: 'Follow the system' },
  modeLight: { 'zh-CN': '浅色', en: 'Light' },
  modeDark: { 'zh-CN': '深色', en: 'Dark' },
  preview: { 'zh-CN': '预览', en: 'Preview' },

  editorHeading: { 'zh-CN': '文档 JSON', en: 'Document JSON' },
  editorLabel: { 'zh-CN': '文档 JSON（编辑后即时校验）', en: 'Document JSON (checked as you type)' },
  editorHelp: {
    'zh-CN': '本页所有组件都绘制这里的 JSON。点击问题可跳到它在 JSON 中的位置。',
    en: 'Every widget on this page draws this JSON. Choose a problem to jump to its place in the JSON.',
  },
  valid: { 'zh-CN': '有效：{doc}。', en: 'Valid: {doc}.' },
  validWithWarnings: { 'zh-CN': '有效，另有 {count} 条提示：', en: 'Valid, with {count} notes:', en1: 'Valid, with 1 note:' },
  invalid: {
    'zh-CN': '无效：{count} 处问题，组件显示错误状态。',
    en: 'Not valid: {count} problems; the widgets show their error state.',
    en1: 'Not valid: 1 problem; the widgets show their error state.',
  },

  embedHeading: { 'zh-CN': '嵌入代码', en: 'Embed code' },
  embedData: { 'zh-CN': '数据放在', en: 'Data as' },
  embedSrc: { 'zh-CN': '单独的 JSON 文件（src）', en: 'a JSON file of its own (src)' },
  embedInline: { 'zh-CN': '页面内（<script type="application/json">）', en: 'inline (<script type="application/json">)' },
  embedCopy: { 'zh-CN': '复制嵌入代码', en: 'Copy embed code' },
  embedCopied: { 'zh-CN': '已复制。', en: 'Copied.' },
  embedCopyFailed: {
    'zh-CN': '浏览器不允许复制：代码已选中，请按 Ctrl+C（Mac：⌘C）。',
    en: 'The browser would not copy: the code is selected, press Ctrl+C (Mac: ⌘C).',
  },
  embedDownload: { 'zh-CN': '下载数据文件 {file}', en: 'Download the data file {file}' },
  embedHowSrc: {
    'zh-CN': '把这段 HTML 放进门户页面，把 disclosure-widgets.iife.js（npm run build 生成于 dist/）和数据文件 {file} 放在同一目录。',
    en: 'Put this HTML in the portal page, and disclosure-widgets.iife.js (built into dist/ by npm run build) and the data file {file} in the same folder.',
  },
  embedHowInline: {
    'zh-CN': '把这段 HTML 放进门户页面，把 disclosure-widgets.iife.js（npm run build 生成于 dist/）放在同一目录；数据已在代码中。',
    en: 'Put this HTML in the portal page, and disclosure-widgets.iife.js (built into dist/ by npm run build) in the same folder; the data is in the code.',
  },
  embedThemeCsp: {
    'zh-CN': '主题写在 <style> 中；页面若有严格的内容安全策略（style-src \'self\'），请把这些规则移到站点自己的样式表。',
    en: 'The theme is in a <style> element; on a page with a strict Content Security Policy (style-src \'self\'), move these rules into the site’s own stylesheet.',
  },
  embedInvalid: { 'zh-CN': 'JSON 无效时不生成嵌入代码。', en: 'No embed code while the JSON is not valid.' },

  galleryHeading: { 'zh-CN': '组件一览：当前文档', en: 'Every widget on the current document' },
  galleryAttributes: { 'zh-CN': '全部属性（{count}）', en: 'All attributes ({count})' },
  attributeName: { 'zh-CN': '属性', en: 'Attribute' },
  attributeValues: { 'zh-CN': '取值', en: 'Values' },
  attributeDefault: { 'zh-CN': '默认值', en: 'Default' },
  attributeMeaning: { 'zh-CN': '含义', en: 'Meaning' },
  anyText: { 'zh-CN': '文本', en: 'text' },
  url: { 'zh-CN': '网址', en: 'URL' },
  onOff: { 'zh-CN': '有 / 无', en: 'present / absent' },
  numberRange: { 'zh-CN': '{min} 至 {max}', en: '{min} to {max}' },
  number: { 'zh-CN': '数字', en: 'a number' },
  openInPlayground: { 'zh-CN': '在试验台中打开', en: 'Open in the playground' },
};

/** A catalogue entry in `lang`, with `{placeholders}` filled. */
export function say(key: keyof typeof DEMO & string, lang: Lang, values?: Record<string, string | number>): string {
  const entry = DEMO[key];
  if (!entry) return key;
  return interpolate(lang === 'en' && values?.count === 1 && entry.en1 ? entry.en1 : entry[lang], values);
}

/** The same entry in both languages, for messages kept across a language switch. */
export function both(key: keyof typeof DEMO & string, values?: (lang: Lang) => Record<string, string | number>): Localized {
  return { 'zh-CN': say(key, 'zh-CN', values?.('zh-CN')), en: say(key, 'en', values?.('en')) };
}

/** Fill every `data-i18n` text and `data-i18n-label` aria-label under `root`. */
export function translatePage(root: ParentNode, lang: Lang): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = say(element.dataset.i18n!, lang);
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) element.setAttribute('aria-label', say(element.dataset.i18nLabel!, lang));
}
