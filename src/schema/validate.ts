/**
 * `validate(input)`: check a value against the disclosure schema and return either the
 * typed document or every problem, each with its JSON path and a message in Chinese and
 * English. It never throws and never touches the caller's object (valibot builds a new
 * output), and it has no eval, so it runs under a strict CSP.
 */
import * as v from 'valibot';
import { Disclosure } from './disclosure.js';
import type { Lang, Localized } from '../format/messages.js';
import { bidiWarnings } from './bidi-warnings.js';
import { MAX_AMOUNT } from './primitives.js';

export interface Problem {
  /** JSONPath of the offending value, e.g. `$.tables.t3.rows[4].values.basic`. */
  path: string;
  /** What the schema expects there, in words. */
  expected: string;
  /** What was found there, in words (`string "6,443.60"`, `NaN`, `missing`). */
  found: string;
  /**
   * A sentence in each language that reads on its own: it starts with the path
   * (`$.meta：缺少必填字段。`, `$.meta: missing, but required.`) unless the path is `$`.
   * A display that shows the path apart takes the rest from `messageBody`.
   */
  message: Localized;
}

/**
 * The message without its leading path, for a display that shows the path on its own
 * (the widgets' error panel), so the path is not printed twice.
 * @example messageBody({ path: '$.meta', message: { 'zh-CN': '$.meta：缺少必填字段。', … } }, 'zh-CN') // '缺少必填字段。'
 */
export function messageBody(problem: Problem, lang: Lang): string {
  const text = problem.message[lang];
  for (const separator of ['：', ': ', ':']) {
    if (text.startsWith(problem.path + separator)) return text.slice(problem.path.length + separator.length);
  }
  return text;
}

/**
 * `problems` make the document unusable; `warnings` (present when `ok`) do not: text that
 * will read wrongly elsewhere, such as a name with an unpaired bidi control (U+202E).
 */
export type ValidationResult =
  | { ok: true; document: Disclosure; problems: []; warnings: Problem[] }
  | { ok: false; document?: undefined; problems: Problem[]; warnings?: undefined };

/** The most problems reported for one input; the rest are counted in a last problem. */
export const MAX_PROBLEMS = 200;

export function validate(input: unknown): ValidationResult {
  return validateWith(Disclosure, input);
}

/**
 * A schema whose output is a (possibly partial) disclosure document: `Disclosure`, or one from parts.ts.
 * @internal Not in the shipped types (valibot's types would cost a consumer's type-check).
 */
export type DocumentSchema = v.GenericSchema<unknown, Disclosure>;

/**
 * `validate` against another document schema (parts.ts: the parts a widget draws), with the
 * same problems, paths and messages for what it checks.
 * @internal
 */
export function validateWith(schema: DocumentSchema, input: unknown): ValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      const found = input === undefined ? 'nothing' : describeValue(input);
      return {
        ok: false,
        problems: [
          {
            path: '$',
            expected: 'a disclosure object',
            found,
            message: {
              'zh-CN': `$：应为一个披露文档对象（含模式版本、元数据和各公开表），实为${describeValueZh(input)}。`,
              en: `$: expected a disclosure object ({ schemaVersion, meta, tables, … }), found ${found}.`,
            },
          },
        ],
      };
    }
    const result = v.safeParse(schema, input, { abortPipeEarly: true });
    if (result.success) {
      const arrays: Problem[] = [];
      arraysForObjects(input, result.output, [], arrays);
      if (arrays.length) return { ok: false, problems: arrays };
      return { ok: true, document: result.output, problems: [], warnings: bidiWarnings(result.output) };
    }
    return { ok: false, problems: toProblems(result.issues) };
  } catch (error) {
    // A getter that throws or a proxy: report it rather than let it escape into the page.
    return {
      ok: false,
      problems: [
        {
          path: '$',
          expected: 'plain JSON data',
          found: describeError(error),
          message: {
            'zh-CN': `无法读取数据：读取时出错“${describeError(error)}”。`,
            en: `The data could not be read: ${describeError(error)}`,
          },
        },
      ],
    };
  }
}

/** JSON text in, the same result out; a syntax error becomes a problem at `$`. */
export function validateJson(text: string): ValidationResult {
  return validateJsonWith(Disclosure, text);
}

/** `validateJson` against another document schema (see `validateWith`). @internal */
export function validateJsonWith(schema: DocumentSchema, text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = describeError(error);
    return {
      ok: false,
      problems: [
        {
          path: '$',
          expected: 'JSON text',
          found,
          message: { 'zh-CN': `$：不是有效的 JSON${whereInText(text, found)}。`, en: `$: Not valid JSON: ${found}` },
        },
      ],
    };
  }
  return validateWith(schema, value);
}

/**
 * Where JSON.parse stopped, in Chinese: its own message is English and differs between
 * engines, so only the position is taken from it (V8: "at position 12" or "line 1 column 3").
 */
function whereInText(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `：第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列附近有误`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `：第 ${line} 行第 ${column} 列附近有误`;
  }
  if (/end of (JSON|data)|Unexpected end/i.test(message) || text.trim() === '') return '：文本不完整或为空';
  return '';
}

/**
 * valibot's object and record schemas take an array (`typeof [] === 'object'`): an empty one
 * passed as `{}` ("tables": [] was a valid document with no tables) and a full one gave an
 * "unknown key" per item ($.tables["0"]). The JSON Schema rejects both; so does this, as one
 * problem at the array. `input` and `output` are walked together (the output has the schema's keys).
 */
function arraysForObjects(input: unknown, output: unknown, path: PathKey[], out: Problem[]): void {
  if (output === null || typeof output !== 'object' || input === null || typeof input !== 'object') return;
  if (Array.isArray(input) && !Array.isArray(output)) {
    out.push(arrayProblem(path, input));
    return;
  }
  for (const key of Object.keys(output)) {
    arraysForObjects((input as Record<string, unknown>)[key], (output as Record<string, unknown>)[key], [...path, { key: Array.isArray(output) ? Number(key) : key }], out);
  }
}

type PathKey = { key: unknown };

function arrayProblem(path: readonly PathKey[], input: unknown[]): Problem {
  const at = formatPath(path);
  const found = describeValue(input);
  return { path: at, expected: 'an object', found, message: { 'zh-CN': `${at}：应为对象，实为${describeValueZh(input)}。`, en: `${at}: expected an object, found ${found}.` } };
}

function toProblems(all: readonly v.BaseIssue<unknown>[]): Problem[] {
  // An array where an object belongs: one problem at the array, not an unknown or missing key per key.
  const arrays = new Map<string, Problem>();
  const issues = all.filter((issue) => {
    const parent = issue.path?.at(-1);
    // A key read from an object schema (its path item's type) whose object is an array.
    if (!(parent?.type === 'object' && Array.isArray(parent.input))) return true;
    const problem = arrayProblem(issue.path!.slice(0, -1), parent.input as unknown[]);
    if (!arrays.has(problem.path)) arrays.set(problem.path, problem);
    return false;
  });
  const problems = [...arrays.values(), ...issues.slice(0, Math.max(0, MAX_PROBLEMS - arrays.size)).map(toProblem)];
  if (issues.length + arrays.size > MAX_PROBLEMS) {
    const rest = issues.length + arrays.size - MAX_PROBLEMS;
    problems.push({
      path: '$',
      expected: '',
      found: `${rest} more`,
      message: { 'zh-CN': `另有 ${rest} 处问题未列出。`, en: `${rest} more problems not listed.` },
    });
  }
  return problems;
}

function toProblem(issue: v.BaseIssue<unknown>): Problem {
  const path = formatPath(issue.path);
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
  const missing = issue.input === undefined && !unknownKey;
  const found = unknownKey ? 'an unknown key' : missing ? 'missing' : describeValue(issue.input);
  const expected = unknownKey ? 'no such key' : missing ? 'a value (required)' : expectedText(issue);
  return { path, expected, found, message: messageFor(issue, path, expected, found, unknownKey, missing) };
}

function messageFor(
  issue: v.BaseIssue<unknown>,
  path: string,
  expected: string,
  found: string,
  unknownKey: boolean,
  missing: boolean,
): Localized {
  if (unknownKey) {
    return {
      'zh-CN': `${path}：不认识的字段（拼写错误，或不属于本模式）。`,
      en: `${path}: unknown key (a typo, or not part of the schema).`,
    };
  }
  if (missing) {
    return { 'zh-CN': `${path}：缺少必填字段。`, en: `${path}: missing, but required.` };
  }
  const foundZh = describeValueZh(issue.input);
  if (issue.type === 'number' && typeof issue.input === 'string' && /^[\s\d,.，-]+$/.test(issue.input)) {
    return {
      'zh-CN': `${path}：应为数字，实为${foundZh}；请写成不带引号和千位分隔符的数字。`,
      en: `${path}: expected a number, found ${found}; write it as a number without quotes or thousands separators.`,
    };
  }
  if ((issue.type === 'max_value' || issue.type === 'min_value') && Math.abs(issue.requirement as number) === MAX_AMOUNT) {
    return {
      'zh-CN': `${path}：金额超出范围，绝对值应不超过 10^15，实为 ${foundZh}；请检查单位和小数点。`,
      en: `${path}: the amount is out of range (at most 10^15 either way), found ${found}; check the unit and the decimal point.`,
    };
  }
  if (issue.type === 'min_value' && typeof issue.input === 'number' && issue.input < 0) {
    return {
      'zh-CN': `${path}：不能为负数，实为 ${foundZh}。`,
      en: `${path}: cannot be negative, found ${found}.`,
    };
  }
  return {
    'zh-CN': `${path}：应为${expectedZh(issue, expected)}，实为${foundZh}。`,
    en: `${path}: expected ${expected}, found ${found}.`,
  };
}

const EXPECTED: Record<string, [en: string, zh: string]> = {
  number: ['a number', '数字'],
  finite: ['a finite number', '有限的数字'],
  integer: ['a whole number', '整数'],
  string: ['a string', '字符串'],
  boolean: ['true or false', '布尔值'],
  array: ['an array', '数组'],
  object: ['an object', '对象'],
  strict_object: ['an object', '对象'],
  record: ['an object', '对象'],
  regex: ['a classification code of 3, 5 or 7 digits', '3、5 或 7 位的科目编码'],
};

function expectedText(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'min_value':
      return `≥ ${issue.requirement as number}`;
    case 'max_value':
      return `≤ ${issue.requirement as number}`;
    case 'max_length':
      return `at most ${issue.requirement as number} characters`;
    case 'picklist':
    case 'literal':
      return `one of ${issue.expected ?? ''}`;
    default:
      return EXPECTED[issue.type]?.[0] ?? issue.expected ?? issue.type;
  }
}

function expectedZh(issue: v.BaseIssue<unknown>, english: string): string {
  if (issue.type === 'picklist' || issue.type === 'literal') return `以下之一：${issue.expected ?? ''}`;
  if (issue.type === 'min_value') return `不小于 ${issue.requirement as number}`;
  if (issue.type === 'max_value') return `不大于 ${issue.requirement as number}`;
  if (issue.type === 'max_length') return `不超过 ${issue.requirement as number} 个字符`;
  return EXPECTED[issue.type]?.[1] ?? english;
}

/** `$.tables.t3.rows[4]["odd key"]`. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '$';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A value in words, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** The same, in Chinese, for the zh-CN messages. */
export function describeValueZh(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `字符串 ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(value)) return `含 ${value.length} 项的数组`;
  if (value !== null && typeof value === 'object') return '对象';
  if (typeof value === 'boolean') return `布尔值 ${String(value)}`;
  if (value === undefined) return '空';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '非数值' : value > 0 ? '无穷大' : '负无穷大';
  if (typeof value === 'function') return '函数';
  if (typeof value === 'bigint') return `大整数 ${String(value)}`;
  if (typeof value === 'symbol') return '符号';
  return describeValue(value);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
