/**
 * Budget against final: "年初预算为964.42万元，支出决算为1,039.24万元，完成年初预算的
 * 107.76%。决算数大于年初预算数的主要原因是…". Items name a 类(款)(项) path, which is
 * resolved to its code through the parsed function tables (names repeat; codes do not).
 */
import { functionClassCode } from '../codes.js';
import type { TextLine } from '../lines.js';
import { NUM, numberIn, reasonIn, sentence, source } from './text.js';

export interface ExecutionItemOut {
  code?: string;
  label: string;
  budget: number | null;
  final: number | null;
  rate?: number;
  comparison?: 'above' | 'below' | 'equal';
  reason?: string;
  source?: object;
}

const BUDGET = new RegExp(`年初预算(?:数)?为?(${NUM})万元`);
const FINAL = new RegExp(`(?:支出)?决算(?:数)?为?(${NUM})万元`);
const RATE = new RegExp(`完成(?:年初)?预算的(${NUM})%`);
/**
 * "支出预算为14.50万元，支出决算为11.50万元，完成预算的79.31%" (no 年初): read only with the
 * rate, so that a budget's "预算为…，较上年决算数…" is never taken for one.
 */
const PLAIN_BUDGET = new RegExp(`预算(?:数)?为(${NUM})万元`);
const PLAIN_FINAL = new RegExp(`决算(?:数)?为(${NUM})万元`);

export function readExecution(line: TextLine, rows: ReadonlyArray<{ code: string; name: string }>): ExecutionItemOut | undefined {
  const text = sentence(line);
  const plain = BUDGET.test(text) ? undefined : PLAIN_BUDGET.exec(text);
  const budget = plain && RATE.test(text) ? plain : BUDGET.exec(text);
  const final = plain ? PLAIN_FINAL.exec(text.slice(plain.index + plain[0].length)) : FINAL.exec(text);
  if (!budget || !final) return undefined;
  const label = text
    .slice(0, budget.index)
    .replace(/^(?:\d+[、.．]\s*)/, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^(?:19|20)\d{2}年度?/, '')
    .replace(/[。，,]$/, '')
    .trim();
  const out: ExecutionItemOut = { label, budget: numberIn(budget[1]!), final: numberIn(final[1]!) };
  // "一般公共服务支出(类)…(项)", or a 类 named bare ("一般公共服务支出").
  const code = resolveCode(label, rows) ?? functionClassCode(label);
  if (code) out.code = code;
  const rate = RATE.exec(text);
  if (rate) out.rate = numberIn(rate[1]!);
  if (/决算数?大于|超过年初预算|高于年初预算/.test(text)) out.comparison = 'above';
  else if (/决算数?小于|低于年初预算/.test(text)) out.comparison = 'below';
  else if (/持平|等于|一致/.test(text)) out.comparison = 'equal';
  const after = text.slice(budget.index + budget[0].length);
  const reason = reasonIn(after);
  if (reason) out.reason = reason;
  out.source = source(line);
  return out;
}

/** "一般公共服务支出(类)组织事务(款)一般行政管理事务(组织事务)(项)" → "2013202". */
export function resolveCode(label: string, rows: ReadonlyArray<{ code: string; name: string }>): string | undefined {
  const parts = /^(.+?)[(（]类[)）](?:(.+?)[(（]款[)）])?(?:(.+?)[(（]项[)）])?/.exec(label.replace(/\s+/g, ''));
  if (!parts) return undefined;
  const classCode = functionClassCode(parts[1]!);
  if (!classCode) return undefined;
  if (!parts[2]) return classCode;
  const kuan = rows.find((r) => r.code.length === 5 && r.code.startsWith(classCode) && sameName(r.name, parts[2]!));
  if (!kuan) return undefined;
  if (!parts[3]) return kuan.code;
  // The 项 may carry its 款 in brackets: "行政运行(发展与改革事务)".
  const names = [parts[3], parts[3].replace(/[(（][^()（）]*[)）]$/, '')];
  for (const name of names) {
    const xiang = rows.find((r) => r.code.length === 7 && r.code.startsWith(kuan.code) && sameName(r.name, name));
    if (xiang) return xiang.code;
  }
  return undefined;
}

function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
