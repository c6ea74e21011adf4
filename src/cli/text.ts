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
};

export function severityName(severity: Finding['severity'], lang: Lang): string {
  return SEVERITY[severity][lang];
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
