/**
 * Structure shares: "本年支出合计6,443.60万元，其中：基本支出1,057.22万元，占16.41%；…" and
 * "一般公共预算财政拨款支出6,443.60万元，主要用于以下方面：一般公共服务(类)支出…，占16.21%".
 */
import { functionClassCode } from '../codes.js';
import type { TextLine } from '../lines.js';
import { YEAR_LEAD } from './comparisons.js';
import { NUM, numberIn, sentence, source } from './text.js';

export interface ShareGroupOut {
  subject: 'income' | 'expenditure' | 'generalBudgetByClass' | 'other';
  label: string;
  total: number | null;
  parts: { label: string; code?: string; amount: number | null; percent: number | null }[];
  source?: object;
}

// "2023年度，本单位收入为500.00万元。其中：…" (a 单位决算): the year, the unit and 为 are no part of
// the label, and the parts may follow a full stop.
const HEAD = new RegExp(`^${YEAR_LEAD}([^，。；\\d]{2,40}?)(?:为|共计)?(${NUM})万元[，,。](?:其中[:：]|主要用于以下方面[:：]|主要用于[:：]?)`);
const PART = new RegExp(`([^，。；：:\\d]{1,40}?)(${NUM})万元[，,]\\s*占(?:[^\\d，。；]{0,12}?)(${NUM})%`, 'g');

/** A part named with what it covers: "人员经费1,250.00万元，主要包括基本工资…". */
const COVERED_PART = new RegExp(`(?:^|[；;。])([^，。；：:\\d]{1,40}?)(${NUM})万元[，,]\\s*(?:主要)?(?:包括|用于)`, 'g');

const OCCUPY = new RegExp(`^${YEAR_LEAD}([^，。；\\d]{2,40}?)(${NUM})万元[，,]\\s*占([^\\d，。；]{2,20}?)的?(${NUM})%`);

/** The amounts of the wholes a sentence may name without printing them ("占本年支出合计的…"). */
export type Wholes = (label: string) => number | null;

export function readShares(line: TextLine, wholes: Wholes = () => null): ShareGroupOut | undefined {
  const text = sentence(line);
  const head = HEAD.exec(text);
  if (!head) return readOccupy(line, text, wholes);
  const label = head[1]!.trim();
  const byClass = /主要用于/.test(head[0]);
  const subject: ShareGroupOut['subject'] = byClass
    ? 'generalBudgetByClass'
    : /收入/.test(label)
      ? 'income'
      : /支出/.test(label)
        ? 'expenditure'
        : 'other';
  const parts: ShareGroupOut['parts'] = [];
  const rest = text.slice(head[0].length);
  for (const match of rest.matchAll(PART)) {
    const partLabel = match[1]!.replace(/^[；;，,、]/, '').trim();
    const part: ShareGroupOut['parts'][number] = {
      label: partLabel,
      amount: numberIn(match[2]!),
      percent: numberIn(match[3]!),
    };
    if (byClass) {
      const code = functionClassCode(partLabel.replace(/[(（]类[)）]/, ''));
      if (code) part.code = code;
    }
    parts.push(part);
  }
  // A budget's "基本支出X万元，其中：人员经费X万元，主要包括…；公用经费X万元，主要包括…": the parts
  // listed with what they cover and no share of the whole (percent null, as for a listed structure).
  if (parts.length === 0 && !byClass) {
    for (const match of rest.matchAll(COVERED_PART)) {
      parts.push({ label: match[1]!.replace(/^[；;，,、]/, '').trim(), amount: numberIn(match[2]!), percent: null });
    }
    if (parts.length < 2) return undefined;
    // A breakdown of one item (基本支出), not of the year's income or spending.
    return { subject: 'other', label, total: numberIn(head[2]!), parts, source: source(line) };
  }
  if (parts.length === 0) return undefined;
  return { subject, label, total: numberIn(head[2]!), parts, source: source(line) };
}

/** "一般公共预算财政拨款支出6,443.60万元，占本年支出合计的100.00%": one part of a named whole. */
function readOccupy(line: TextLine, text: string, wholes: Wholes): ShareGroupOut | undefined {
  const match = OCCUPY.exec(text);
  if (!match) return undefined;
  const label = match[1]!.trim();
  const whole = match[3]!.trim();
  return {
    subject: 'other',
    label: `${label}占${whole}`,
    total: wholes(whole),
    parts: [{ label, amount: numberIn(match[2]!), percent: numberIn(match[4]!) }],
    source: source(line),
  };
}

const LISTED = new RegExp(`^(?:(?:19|20)\\d{2}年度?)?([^，。；\\d]{2,40}?)(?:决算)?(${NUM})万元[，,]\\s*包括([^，。；\\d]{2,20}?)和([^，。；\\d]{2,20}?)[，,。]`);

/**
 * "基本支出决算1,057.22万元，包括人员经费和公用经费" followed by one line per part
 * ("人员经费913.01万元，主要包括…"): a structure without percentages.
 */
export function openListedShares(line: TextLine): { group: ShareGroupOut; names: string[] } | undefined {
  const match = LISTED.exec(sentence(line));
  if (!match) return undefined;
  return {
    group: { subject: 'other', label: match[1]!.trim(), total: numberIn(match[2]!), parts: [], source: source(line) },
    names: [match[3]!.trim(), match[4]!.trim()],
  };
}

export function listedPart(line: TextLine, names: string[]): ShareGroupOut['parts'][number] | undefined {
  const text = sentence(line);
  for (const name of names) {
    const match = new RegExp(`^${name}(${NUM})万元`).exec(text);
    if (match) return { label: name, amount: numberIn(match[1]!), percent: null };
  }
  return undefined;
}
