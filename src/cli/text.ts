/**
 * Words the CLI's commands share, in each language: finding severities, and why an input
 * file could not be read (Node's own messages are English, so the usual codes are worded).
 */
import type { Lang } from '../format/messages.js';
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
};

export type UsageError = { code: keyof typeof USAGE_ERRORS; arg?: string };

export function usageError(error: UsageError, lang: Lang): string {
  return (USAGE_ERRORS[error.code]?.[lang] ?? error.code).replace('{arg}', error.arg ?? '');
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录，不是文件',
};

/** `doc.json: ENOENT: no such file…` in English; `无法读取“doc.json”：文件不存在。` in Chinese. */
export function readFailure(file: string, error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  if (lang === 'en') return `${file}: ${message}`;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' && READ_ERRORS[code] ? READ_ERRORS[code] : `读取时出错“${message}”`;
  return `无法读取“${file}”：${reason}。`;
}
