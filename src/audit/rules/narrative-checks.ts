/**
 * Rules 34–36: what the 情况说明 says that no sum can check.
 * 34: "完成年初预算的X%" printed for an item whose 年初预算 is 0 (a rate of nothing: a real
 * published defect; R21 cannot recompute it). 35: a "三公" amount the text gives while the
 * 表7 cell is blank, or the reverse (R18 compares only two printed numbers). 36: the 国有资产
 * section's vehicle count against the 公务用车保有量 of the "三公" section.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { ExecutionItem } from '../../schema/narrative.js';
import type { ThreePublicAmounts } from '../../schema/tables.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { cellName, tableName, threePublicCell } from '../cells.js';
import { finding, guard, isNumber } from '../check.js';
import { localized, num, pct, say } from '../text.js';
import { executionItems } from './narrative.js';

function field(path: string, label: string, line: number | undefined): FieldRef {
  return line === undefined ? { path, label } : { path, label, line };
}

const R34_INFO: RuleInfo = {
  id: 'R34',
  name: 'execution-rate-without-budget',
  description: {
    'zh-CN': '年初预算为 0 的项目不能写“完成年初预算的X%”：没有预算就没有完成率。',
    en: 'An item whose 年初预算 is 0 cannot have “完成年初预算的X%”: with no budget there is no rate.',
  },
};

function rateWithoutBudget(item: ExecutionItem, path: string): Finding[] {
  if (!isNumber(item.rate) || item.budget !== 0) return [];
  const message = localized((lang) =>
    say(
      lang,
      `“${item.label}”年初预算为 0，却写作完成年初预算的 ${pct(item.rate, lang)}`,
      `“${item.label}” has a 年初预算 of 0, yet is given as ${pct(item.rate, lang)} of it`,
    ),
  );
  const line = item.source?.line;
  return [
    finding({ rule: R34_INFO, cells: [], fields: [field(`${path}.rate`, `${item.label} 完成率`, line), field(`${path}.budget`, `${item.label} 年初预算`, line)] }, 'error', null, item.rate, message),
  ];
}

export const R34: Rule = {
  ...R34_INFO,
  check: (doc) => executionItems(doc).flatMap(([item, path]) => guard(R34_INFO, () => rateWithoutBudget(item, path), () => path)),
};

const R35_INFO: RuleInfo = {
  id: 'R35',
  name: 'three-public-text-blank-cell',
  description: {
    'zh-CN': '情况说明给出“三公”经费某项的金额（不为 0），公开07表对应栏却留空；或表中有金额而说明留空。',
    en: 'The text gives a nonzero "三公" amount while the table 7 cell is blank, or the table has an amount the text leaves blank.',
  },
};

type Column = Exclude<keyof ThreePublicAmounts, 'source'>;

/** Every (text figure, 表7 cell) pair of the 三公 section, as R18 maps them. */
function pairs(doc: Disclosure): { value: number | null | undefined; path: string; label: string; line?: number; part: 'budget' | 'final'; column: Column }[] {
  const details = doc.narrative?.threePublic;
  if (!details) return [];
  const base = 'narrative.threePublic';
  const out: ReturnType<typeof pairs> = [];
  const both = (item: ExecutionItem | undefined, path: string, column: Column) => {
    if (!item) return;
    const line = item.source?.line;
    out.push({ value: item.final, path: `${path}.final`, label: item.label, line, part: 'final', column });
    out.push({ value: item.budget, path: `${path}.budget`, label: `${item.label} 预算`, line, part: 'budget', column });
  };
  both(details.total, `${base}.total`, 'total');
  both(details.abroad?.execution, `${base}.abroad.execution`, 'abroad');
  both(details.vehicles?.execution, `${base}.vehicles.execution`, 'vehicles');
  both(details.reception?.execution, `${base}.reception.execution`, 'reception');
  both(details.meetings?.execution, `${base}.meetings.execution`, 'meetings');
  both(details.training?.execution, `${base}.training.execution`, 'training');
  // The one amount a document states for 会议费 / 培训费 is its own kind's (a budget's 预算).
  const own = doc.meta?.kind === 'budget' ? 'budget' : 'final';
  for (const [column, label] of [['meetings', '会议费'], ['training', '培训费']] as const) {
    const stated = details[column];
    if (stated && 'amount' in stated) out.push({ value: stated.amount, path: `${base}.${column}.amount`, label, line: stated.source?.line, part: own, column });
  }
  const vehicles = details.vehicles;
  if (vehicles) {
    const line = details.source?.line;
    out.push({ value: vehicles.purchaseAmount, path: `${base}.vehicles.purchaseAmount`, label: '公务用车购置费', line, part: 'final', column: 'vehiclePurchase' });
    out.push({ value: vehicles.operationAmount, path: `${base}.vehicles.operationAmount`, label: '公务用车运行维护费', line, part: 'final', column: 'vehicleOperation' });
  }
  return out;
}

const positive = (value: unknown): value is number => isNumber(value) && value > 0;

function textAgainstBlank(doc: Disclosure): Finding[] {
  const t7 = doc.tables.t7;
  if (!t7) return [];
  const out: Finding[] = [];
  for (const pair of pairs(doc)) {
    const amounts = t7[pair.part];
    // A part (预算 / 决算) the table does not print, or a column it does not have, says nothing.
    if (!amounts || !(pair.column in amounts)) continue;
    const printed = amounts[pair.column];
    const textGives = positive(pair.value) && printed === null;
    const tableGives = positive(printed) && pair.value === null;
    if (!textGives && !tableGives) continue;
    const cell = threePublicCell(pair.part, amounts, pair.column);
    const message = localized((lang) =>
      textGives
        ? say(lang, `情况说明“${pair.label}”为 ${num(pair.value, lang)}，但${cellName(doc, cell, lang)}留空`, `The text gives “${pair.label}” = ${num(pair.value, lang)}, but ${cellName(doc, cell, lang)} is blank`)
        : say(lang, `${cellName(doc, cell, lang)} = ${num(printed, lang)}，但情况说明“${pair.label}”留空`, `${cellName(doc, cell, lang)} = ${num(printed, lang)}, but the text leaves “${pair.label}” blank`),
    );
    const fields = [field(pair.path, pair.label, pair.line)];
    out.push(finding({ rule: R35_INFO, cells: [cell], fields }, 'error', textGives ? (pair.value ?? null) : null, textGives ? null : (printed ?? null), message));
  }
  return out;
}

export const R35: Rule = { ...R35_INFO, check: (doc) => guard(R35_INFO, () => textAgainstBlank(doc), (lang) => tableName(doc, 't7', lang)) };

const R36_INFO: RuleInfo = {
  id: 'R36',
  name: 'assets-vehicles',
  description: {
    'zh-CN': '国有资产占用情况中的车辆数不少于“三公”经费说明中的公务用车保有量（车辆还可包括其他用车）。',
    en: 'The vehicles of the 国有资产 section are no fewer than the official cars held (公务用车保有量) of the "三公" section (vehicles may include other kinds).',
  },
};

function vehicles(doc: Disclosure): Finding[] {
  const assets = doc.narrative?.assets;
  const held = doc.narrative?.threePublic?.vehicles?.held;
  if (!assets || !isNumber(assets.vehicles) || !isNumber(held) || assets.vehicles >= held) return [];
  const message = localized((lang) =>
    say(
      lang,
      `国有资产占用情况写有车辆 ${assets.vehicles} 辆，少于“三公”经费说明的公务用车保有量 ${held} 辆`,
      `The 国有资产 section counts ${assets.vehicles} vehicles, fewer than the ${held} official cars held in the "三公" section`,
    ),
  );
  const fields = [
    field('narrative.assets.vehicles', '车辆 辆', assets.source?.line),
    field('narrative.threePublic.vehicles.held', '公务用车保有量 辆', doc.narrative?.threePublic?.source?.line),
  ];
  return [finding({ rule: R36_INFO, cells: [], fields }, 'error', held, assets.vehicles, message)];
}

export const R36: Rule = { ...R36_INFO, check: (doc) => guard(R36_INFO, () => vehicles(doc)) };
