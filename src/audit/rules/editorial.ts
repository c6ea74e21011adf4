/**
 * Rules 38 and 39, editorial slips a reviewer's checklist catches, at a low severity
 * (warnings): they do not change a number, but a published document should not have them.
 * 38: a year printed in the cover title or a table title that is not the document's year
 * (a table copied from last year's template). 39: template text left in place — "XX局",
 * "增加（减少）", "主要原因是：" with nothing after it — in the titles, names, notes and
 * reasons the document carries.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { TableId } from '../../schema/primitives.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { tableCell, tableName } from '../cells.js';
import { finding, guard } from '../check.js';
import { localized, say } from '../text.js';

const R38_INFO: RuleInfo = {
  id: 'R38',
  name: 'year-in-titles',
  description: {
    'zh-CN': '封面标题和各表标题中的年度与文件年度一致（不一致多为沿用上年模板）。',
    en: 'The year in the cover title and in each table title is the document’s year (another year usually means last year’s template was reused).',
  },
};

const TABLES: readonly TableId[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];

/** Every "2021年" in a text; `[]` when it prints no year. */
function yearsIn(text: string | undefined): number[] {
  return [...(text ?? '').matchAll(/((?:19|20)\d{2})\s*年/g)].map((match) => Number(match[1]));
}

function years(doc: Disclosure): Finding[] {
  const year = doc.meta?.year;
  if (typeof year !== 'number' || year === 0 || !TABLES.some((id) => doc.tables?.[id] !== undefined)) return [];
  const out: Finding[] = [];
  const wrong = (printed: number[]) => printed.length > 0 && !printed.includes(year);
  const titleYears = yearsIn(doc.meta.title);
  if (wrong(titleYears)) {
    const message = localized((lang) =>
      say(lang, `封面标题“${doc.meta.title}”的年度为 ${titleYears[0]}，但文件年度为 ${year}`, `The cover title “${doc.meta.title}” says ${titleYears[0]}, but the document is for ${year}`),
    );
    out.push(finding({ rule: R38_INFO, cells: [], fields: [{ path: 'meta.title', label: '封面标题' }] }, 'warning', year, titleYears[0]!, message));
  }
  for (const id of TABLES) {
    const table = doc.tables?.[id];
    const printed = yearsIn(table?.title);
    if (!table || !wrong(printed)) continue;
    const message = localized((lang) =>
      say(
        lang,
        `${tableName(doc, id, lang)}标题“${table.title}”的年度为 ${printed[0]}，但文件年度为 ${year}`,
        `The title of ${tableName(doc, id, lang)} “${table.title}” says ${printed[0]}, but the document is for ${year}`,
      ),
    );
    out.push(finding({ rule: R38_INFO, cells: [tableCell(id, table)] }, 'warning', year, printed[0]!, message));
  }
  return out;
}

export const R38: Rule = { ...R38_INFO, check: (doc) => guard(R38_INFO, () => years(doc)) };

const R39_INFO: RuleInfo = {
  id: 'R39',
  name: 'template-leftovers',
  description: {
    'zh-CN': '没有残留的模板文字：“XX局”“增加（减少）”“增长（下降）”、原因留空的“主要原因是：”等。',
    en: 'No template text left in place: “XX局”, “增加（减少）”, “增长（下降）”, a “主要原因是：” with no reason after it.',
  },
};

/** Placeholders of the national templates, as they are left in published documents. */
const LEFTOVERS: readonly RegExp[] = [
  /[XＸ×*＊]{2,}(?:局|委|办|厅|部门|单位|年|万元|项)?/,
  /增加[（(]减少[）)]|减少[（(]增加[）)]|增长[（(]下降[）)]|上升[（(]下降[）)]|增[（(]减[）)]/,
  /(?:主要原因是|原因是|主要是)[:：]?\s*(?:[。；;]|$)/,
];

/** A reason that is only punctuation: nothing was written after "主要原因是". */
const EMPTY_REASON = /^[\s。；;，,：:]+$/;

/** Every text field the document carries that a template could leave a placeholder in. */
export function texts(doc: Disclosure): { text: string; field: FieldRef; reason?: true }[] {
  const out: { text: string; field: FieldRef; reason?: true }[] = [];
  const add = (text: unknown, path: string, label: string, line?: number) => {
    if (typeof text === 'string' && text !== '') out.push({ text, field: line === undefined ? { path, label } : { path, label, line } });
  };
  /** A reason: what follows "主要原因是" in the sentence (the parser keeps "。" when nothing does). */
  const addReason = (text: unknown, path: string, label: string, line?: number) => {
    const before = out.length;
    add(text, path, label, line);
    if (out.length > before) out[before]!.reason = true;
  };
  add(doc.meta?.title, 'meta.title', '封面标题');
  add(doc.meta?.department, 'meta.department', '部门名称');
  (doc.meta?.subUnits ?? []).forEach((name, i) => add(name, `meta.subUnits[${i}]`, '单位名称'));
  for (const id of TABLES) {
    const table = doc.tables?.[id];
    if (!table) continue;
    add(table.title, `tables.${id}.title`, '表标题', table.source?.line);
    add(table.note, `tables.${id}.note`, '表注', table.source?.line);
    add(table.emptyReason, `tables.${id}.emptyReason`, '空表说明', table.source?.line);
  }
  const narrative = doc.narrative;
  (narrative?.comparisons ?? []).forEach((c, i) => {
    add(c.label, `narrative.comparisons[${i}].label`, c.label, c.source?.line);
    addReason(c.reason, `narrative.comparisons[${i}].reason`, `${c.label} 原因`, c.source?.line);
  });
  const operating = narrative?.operatingCosts;
  if (operating) addReason(operating.reason, 'narrative.operatingCosts.reason', `${operating.label ?? '机关运行经费'} 原因`, operating.source?.line);
  (narrative?.execution?.items ?? []).forEach((item, i) => addReason(item.reason, `narrative.execution.items[${i}].reason`, `${item.label} 原因`, item.source?.line));
  (narrative?.notes ?? []).forEach((note, i) => add(note, `narrative.notes[${i}]`, '说明'));
  (doc.performance?.scorecards ?? []).forEach((card, i) => add(card.name, `performance.scorecards[${i}].name`, '项目名称', card.source?.line));
  return out;
}

function leftovers(doc: Disclosure): Finding[] {
  // Like ruleCoverage: with no table and no narrative figure there is nothing to judge.
  const tables = TABLES.some((id) => doc.tables?.[id] !== undefined);
  if (!tables && !doc.narrative?.comparisons?.length && !doc.narrative?.execution) return [];
  return texts(doc).flatMap(({ text, field, reason }) => {
    // "主要原因是。": the sentence ends where the reason should be (the reason read is its stop).
    if (reason && EMPTY_REASON.test(text)) {
      const message = localized((lang) =>
        say(lang, `${field.label}留空：“主要原因是”之后没有写出原因`, `${field.label} is left blank: nothing follows “主要原因是” (the reason)`),
      );
      return [finding({ rule: R39_INFO, cells: [], fields: [field] }, 'warning', null, text, message)];
    }
    const match = LEFTOVERS.map((pattern) => pattern.exec(text)).find((m) => m !== null);
    if (!match) return [];
    const message = localized((lang) =>
      say(lang, `${field.label}“${text}”中有残留的模板文字“${match[0]}”`, `${field.label} “${text}” still holds the template text “${match[0]}”`),
    );
    return [finding({ rule: R39_INFO, cells: [], fields: [field] }, 'warning', null, match[0], message)];
  });
}

export const R39: Rule = { ...R39_INFO, check: (doc) => guard(R39_INFO, () => leftovers(doc)) };
