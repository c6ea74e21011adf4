/**
 * The message catalogue: every string a widget, the CLI or the audit shows, in both
 * languages. Names from the documents are never translated; they stay as printed.
 */
import { isolate } from './bidi.js';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A sentence in each language. */
export type Localized = Record<Lang, string>;

/** `zh-CN`, `zh`, `zh-Hans` → zh-CN; anything English → en; else the default zh-CN. */
export function resolveLang(value: string | null | undefined): Lang {
  const lower = (value ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en';
  return 'zh-CN';
}

/**
 * Placeholders that carry names from the documents (a department, a class, the two ends of
 * a flow). Whatever fills them is bidi-isolated (src/format/bidi.ts), so a name holding
 * right-to-left letters or a stray U+202E cannot reorder the sentence around it. Catalogues
 * of every widget use these keys for names; other keys are the library's own text.
 */
export const NAME_PLACEHOLDERS: ReadonlySet<string> = new Set(['name', 'names', 'department', 'source', 'target']);

/**
 * Fill `{name}` placeholders. Missing values stay visible rather than vanish. Values of
 * `NAME_PLACEHOLDERS` are bidi-isolated.
 */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in values)) return whole;
    const value = String(values[key]);
    return NAME_PLACEHOLDERS.has(key) ? isolate(value) : value;
  });
}

/** Look up a catalogue entry and fill it in. */
export function t(
  catalogue: Record<string, Localized>,
  key: string,
  lang: Lang,
  values?: Record<string, string | number>,
): string {
  const entry = catalogue[key];
  return entry ? interpolate(entry[lang], values) : key;
}

/** Strings shared by every widget. Widgets add their own catalogue beside their code. */
export const COMMON: Record<string, Localized> = {
  loading: { 'zh-CN': '正在加载数据…', en: 'Loading data…' },
  invalidTitle: { 'zh-CN': '数据有误，无法绘制', en: 'The data is not valid, so nothing is drawn' },
  loadFailedTitle: { 'zh-CN': '无法加载数据', en: 'Could not load the data' },
  noData: { 'zh-CN': '没有数据', en: 'No data' },
  dataTable: { 'zh-CN': '数据表', en: 'Data table' },
  downloadSvg: { 'zh-CN': '下载 SVG', en: 'Download SVG' },
  downloadPng: { 'zh-CN': '下载 PNG', en: 'Download PNG' },
  downloadCsv: { 'zh-CN': '下载 CSV', en: 'Download CSV' },
  blank: { 'zh-CN': '空白', en: 'blank' },
  derived: { 'zh-CN': '推算', en: 'derived' },
  auditFindings: { 'zh-CN': '核对发现 {count} 处不一致', en: 'Consistency findings: {count}' },
  more: { 'zh-CN': '另有 {count} 项', en: '{count} more' },
  others: { 'zh-CN': '其他 ({count}项)', en: 'Other ({count} items)' },
  tableRef: { 'zh-CN': '公开{nn}表', en: 'Table {nn}' },
  rowRef: { 'zh-CN': '第{row}行', en: 'row {row}' },
};

/** The standard name of a table: `t3` → 公开03表 / Table 03. */
export function standardTableName(table: string, lang: Lang): string {
  return t(COMMON, 'tableRef', lang, { nn: table.slice(1).padStart(2, '0') });
}
