/**
 * Rule 43: the 类/款/项 the 情况说明 names are the table's. "检察（款）行政运行（项）" must be
 * a 款 and a 项 of the function tables (表2, 3, 5, 8, 9) under those names: a name they do not
 * have is an item renamed in one place only, or a code of another year. A name is found when
 * a row of its level (类 3 digits, 款 5, 项 7) is printed under it, or ends with it (the
 * parser may cut a long name on its left). A warning: names are matched as printed.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { TableId } from '../../schema/primitives.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { tableName } from '../cells.js';
import { finding, guard } from '../check.js';
import { localized, say } from '../text.js';
import { executionItems } from './narrative.js';

const INFO: RuleInfo = {
  id: 'R43',
  name: 'narrative-function-names',
  description: {
    'zh-CN': '情况说明中写出的类、款、项名称与公开05表（或03、08、09表）的科目名称一致。',
    en: 'The 类/款/项 names the text gives are those of table 5 (or table 3, 8, 9).',
  },
};

const LEVELS = [
  ['类', 3],
  ['款', 5],
  ['项', 7],
] as const;

const bare = (name: string) => name.replace(/[\s“”"]/g, '');

/** "检察（款）行政运行（项）支出" → [['款', '检察'], ['项', '行政运行']]. */
export function namedLevels(label: string): [string, string][] {
  const out: [string, string][] = [];
  // A level marker with no name before it ("（款）其他…（项）", the name on the line above) names nothing.
  const text = bare(label).replace(/^[（(][类款项][）)]/, '');
  for (const match of text.matchAll(/((?:(?![（(][类款项][）)]).)+?)[（(]([类款项])[）)]/g)) {
    const name = match[1]!.replace(/^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．])|^[：:、，,]/, '').replace(/^其中/, '');
    out.push([match[2]!, name]);
  }
  return out;
}

/** Names compare without a trailing 支出 ("公共安全（类）" is 公共安全支出). */
const stem = (name: string) => name.replace(/支出$/, '');

/**
 * Every ending of every printed name (and of it without 支出), per level: a text's name is
 * found when it is one of them — the whole name, or what the reader kept of a long one. A
 * set keeps the rule linear (row names are short: ~20 endings each).
 */
function endings(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const whole of [name, stem(name)]) for (let i = 0; i < whole.length; i++) out.add(whole.slice(i));
  return out;
}

function check(doc: Disclosure): Finding[] {
  const id: TableId | undefined = doc.tables.t5?.rows.length ? 't5' : doc.tables.t3?.rows.length ? 't3' : undefined;
  if (!id) return [];
  // Every function table: the text also explains 政府性基金 items (表8) and 表3's other funds.
  const names = new Map<number, string[]>(LEVELS.map(([, digits]) => [digits, []]));
  for (const table of ['t2', 't3', 't5', 't8', 't9'] as const) {
    for (const row of doc.tables[table]?.rows ?? []) names.get(typeof row.code === 'string' ? row.code.length : 0)?.push(bare(row.name));
  }
  const labels: { label: string; path: string; line?: number }[] = [];
  (doc.narrative?.comparisons ?? []).forEach((c, i) => labels.push({ label: c.label, path: `narrative.comparisons[${i}].label`, line: c.source?.line }));
  for (const [item, path] of executionItems(doc)) labels.push({ label: item.label, path: `${path}.label`, line: item.source?.line });
  const known = new Map([...names].map(([digits, list]) => [digits, endings(list)]));
  const out: Finding[] = [];
  for (const { label, path, line } of labels) {
    for (const [level, name] of namedLevels(label)) {
      const digits = LEVELS.find(([l]) => l === level)![1];
      const printed = known.get(digits)!;
      // Too short to be a name: what is left of one cut by the reader ("费（项）").
      if (name.length < 3 || printed.size === 0) continue;
      // "行政运行(发展与改革事务)": the 项 with its 款 in brackets.
      const plain = name.replace(/[（(][^（）()]*[）)]$/, '');
      if ([name, plain].some((n) => printed.has(n) || printed.has(stem(n)))) continue;
      const message = localized((lang) =>
        say(
          lang,
          `情况说明写有“${name}”（${level}），${tableName(doc, id, lang)}没有这个${level}级科目名称`,
          `The text names “${name}” (${level}), but ${tableName(doc, id, lang)} has no ${level} of that name`,
        ),
      );
      out.push(finding({ rule: INFO, cells: [], fields: [line === undefined ? { path, label } : { path, label, line }] }, 'warning', null, name, message));
    }
  }
  return out;
}

export const R43: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
