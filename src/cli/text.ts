/**
 * Words the CLI's commands share, in each language: finding severities, and why an input
 * file could not be read (Node's own messages are English, so the usual codes are worded).
 */
import { resolveLang, type Lang } from '../format/messages.js';
import type { Finding } from '../audit/types.js';
import type { Problem } from '../schema/validate.js';

const SEVERITY: Record<Finding['severity'], Record<Lang, string>> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '提示', en: 'warning' },
  rounding: { 'zh-CN': '尾差', en: 'rounding' },
  unchecked: { 'zh-CN': '未能核对', en: 'unchecked' },
};

export function severityName(severity: Finding['severity'], lang: Lang): string {
  return SEVERITY[severity][lang];
}

/** Usage mistakes, in each language; the usage text that follows them stays English. */
const USAGE_ERRORS: Record<string, Record<Lang, string>> = {
  missingFile: { 'zh-CN': '缺少输入文件（文件路径，或用 - 表示标准输入）。', en: 'Missing input file (a path, or - for stdin).' },
  unknownCommand: { 'zh-CN': '未知命令：{arg}', en: 'Unknown command: {arg}' },
  needsFile: { 'zh-CN': '{arg} 后面应跟一个文件名。', en: '{arg} needs a file name.' },
  unexpected: { 'zh-CN': '多余的参数：{arg}', en: 'Unexpected argument: {arg}' },
  unknownOption: { 'zh-CN': '未知选项：{arg}', en: 'Unknown option: {arg}' },
  badLang: { 'zh-CN': '--lang 只能是 zh-CN 或 en，实为“{arg}”。', en: '--lang must be zh-CN or en, not "{arg}".' },
};

export type UsageError = { code: keyof typeof USAGE_ERRORS; arg?: string };

export function usageError(error: UsageError, lang: Lang): string {
  return (USAGE_ERRORS[error.code]?.[lang] ?? error.code).replace('{arg}', error.arg ?? '');
}

/** Node's error codes for a file that cannot be read or written, worded in each language. */
const FILE_ERRORS: Record<string, Record<Lang, string>> = {
  ENOENT: { 'zh-CN': '文件或所在目录不存在', en: 'no such file or folder' },
  EACCES: { 'zh-CN': '没有权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '没有权限', en: 'permission denied' },
  EISDIR: { 'zh-CN': '这是一个目录，不是文件', en: 'this is a folder, not a file' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是目录', en: 'part of the path is not a folder' },
  EROFS: { 'zh-CN': '文件系统只读', en: 'read-only file system' },
  ENOSPC: { 'zh-CN': '磁盘已满', en: 'no space left on the device' },
};

function fileFailure(verb: Record<Lang, string>, file: string, error: unknown, lang: Lang): string {
  const code = (error as { code?: unknown } | null)?.code;
  const worded = typeof code === 'string' ? FILE_ERRORS[code]?.[lang] : undefined;
  // Node's first line only ("ENOENT: no such file…"), never a stack.
  const reason = worded ?? (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return lang === 'en' ? `Cannot ${verb.en} "${file}": ${reason}.` : `无法${verb['zh-CN']}“${file}”：${reason}。`;
}

/** `无法读取“doc.json”：文件或所在目录不存在。` / `Cannot read "doc.json": no such file or folder.` */
export function readFailure(file: string, error: unknown, lang: Lang): string {
  return fileFailure({ 'zh-CN': '读取', en: 'read' }, file, error, lang);
}

/** The same for an output file (`-o`): a missing folder, no permission, a full disk. */
export function writeFailure(file: string, error: unknown, lang: Lang): string {
  return fileFailure({ 'zh-CN': '写入', en: 'write' }, file, error, lang);
}

/**
 * The value of `--lang`: `zh-CN`/`zh…` or `en…`; anything else (`fr`, a missing value) is
 * undefined, for the command to refuse rather than silently answer in the default language.
 */
export function langOption(value: string | undefined): Lang | undefined {
  return value && /^(zh|en)(?:$|[-_.])/i.test(value) ? resolveLang(value) : undefined;
}

/**
 * What a file given where the document's JSON is expected (validate, audit, render) is instead,
 * from how it begins: the published PDF, or text (most likely the published text, or the output
 * of a PDF-to-text tool). Either is what `parse` converts, so the problem names that command
 * rather than the JSON syntax error the engine reports at the first byte. Undefined when the
 * text starts as JSON does: its syntax error is worded by `validateJson` (line and column).
 */
export function notJsonInput(file: string, text: string): Problem | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  // A document is an object: text opening otherwise is no JSON document (a published text often
  // opens with its year, "2021年度…", which is why a leading digit does not count as JSON).
  if (start === '' || /^[{["]/.test(start) || parsesAsJson(start)) return undefined;
  const pdf = start.startsWith('%PDF-');
  const command = `disclosure-widgets parse ${/\s/.test(file) ? JSON.stringify(file) : file} -o doc.json`;
  return {
    path: '$',
    expected: 'JSON text',
    found: pdf ? 'a PDF' : 'text',
    message: {
      'zh-CN': `“${file}”是${pdf ? ' PDF 文件' : '文本，不是 JSON'}：本命令读取披露文档的 JSON。如果它是公开的部门预算或决算，请先转换：${command}`,
      en: `"${file}" is ${pdf ? 'a PDF' : 'text, not JSON'}: this command reads a disclosure's JSON. If it is a published disclosure, convert it first: ${command}`,
    },
  };
}

/**
 * `parse` given JSON (most likely a document it already made): said, instead of a text
 * parse that finds no table. Only text that parses as JSON counts, so a published text that
 * happens to start with a bracket is still parsed.
 */
export function jsonGivenToParse(file: string, text: string, lang: Lang): string | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^[{[]/.test(start) || !parsesAsJson(start)) return undefined;
  return lang === 'en'
    ? `"${file}" is JSON, not a published text or PDF: parse converts those into JSON. Check a JSON document with validate, audit or render.`
    : `“${file}”已是 JSON，不是公开的文本或 PDF：parse 把它们转为 JSON。请用 validate、audit 或 render 处理 JSON 文档。`;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
