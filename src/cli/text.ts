/**
 * Words the CLI's commands share, in each language: finding severities, and why an input
 * file could not be read (Node's own messages are English, so the usual codes are worded).
 */
import { resolveLang, type Lang } from '../format/messages.js';
import type { Finding } from '../audit/types.js';

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
