/**
 * Section 七 (三公 details: 团组, 人次, vehicles bought and held, 接待批次/人次) and section 十
 * (政府采购, 国有资产): figures that are in no table.
 */
import type { TextLine } from '../lines.js';
import { cleanLabel } from './comparisons.js';
import type { ExecutionItemOut } from './execution.js';
import { NUM, amountAfter, countAfter, numberIn, sentence, source } from './text.js';

type Obj = Record<string, unknown>;

/** Which 三公 item an execution sentence is about. */
export function threePublicItem(label: string): 'total' | 'abroad' | 'vehicles' | 'reception' | undefined {
  if (/三公/.test(label)) return 'total';
  if (/出国/.test(label)) return 'abroad';
  if (/公务用车/.test(label)) return 'vehicles';
  if (/接待/.test(label)) return 'reception';
  return undefined;
}

export function addThreePublicExecution(details: Obj, item: ExecutionItemOut): boolean {
  const which = threePublicItem(item.label);
  if (!which) return false;
  item.label = cleanLabel(item.label);
  details.source ??= item.source;
  if (which === 'total') details.total ??= item;
  else ((details[which] ??= {}) as Obj).execution ??= item;
  return true;
}

/** Counts and amounts of 三公 in one line; returns true when the line had any. */
/**
 * The amount of an item: its 决算 figure when the sentence gives budget and final ("公务用车运行
 * 维护费预算455.12万元，支出决算450.96万元": 450.96), else the first figure after its name (a
 * budget document's 预算 figure is its amount).
 */
function spentAfter(text: string, label: RegExp): number | undefined {
  // The budget figure, then at most a few words ("，支出") and the final one: nothing between.
  const final = new RegExp(`${label.source}[^\\d，。；]{0,12}?${NUM}\\s*万元[，,]?[^\\d，。；]{0,8}?决算(?:数)?(?:为)?(${NUM})\\s*万元`).exec(text);
  return final ? numberIn(final[1]!) : amountAfter(text, label);
}

export function addThreePublicFigures(details: Obj, line: TextLine): boolean {
  const text = sentence(line);
  // "3.公务接待费支出2.60万元…", "（三）国内接待费…": the item's number is not its name.
  const item = text.replace(/^(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*/, '');
  let found = false;
  const set = (group: string, key: string, value: number | undefined) => {
    if (value === undefined) return;
    const target = (details[group] ??= {}) as Obj;
    if (!(key in target)) target[key] = value;
    found = true;
  };
  const groups = /团组(\d+)个[，,、]?\s*(?:累计)?(\d+)人次?/.exec(text);
  if (groups) {
    set('abroad', 'groups', Number(groups[1]));
    set('abroad', 'people', Number(groups[2]));
  }
  if (/购置费/.test(text)) set('vehicles', 'purchaseAmount', spentAfter(text, /购置费(?:支出)?/));
  set('vehicles', 'purchased', countAfter(text, /购置公务用车/, '辆'));
  // The item 运行维护费 on its own, not the group 购置及运行维护费 (often in the same sentence:
  // "公务用车购置及运行维护费12.3万元，其中：公务用车购置费0万元，公务用车运行维护费12.3万元").
  // (运行费 without 维护 in some regions: "公务用车购置及运行费 … 公务用车运行费20.00万元".)
  if (/(?<!购置及)运行(?:维护)?费/.test(text)) set('vehicles', 'operationAmount', spentAfter(text, /(?<!购置及)运行(?:维护)?费(?:支出)?/));
  // "公务用车保有量为3辆", or in the 三公 sentence "单位共有公务用车3辆".
  set('vehicles', 'held', countAfter(text, /(?:保有量(?:为)?|共有公务用车)/, '辆'));
  const reception = (key: string, label: RegExp) => {
    const amount = spentAfter(text, label);
    const match = new RegExp(`${label.source}.*?接待(\\d+)批次[、，,]\\s*(\\d+)人次`).exec(text);
    if (amount === undefined && !match) return;
    const target = ((details.reception ??= {}) as Obj);
    if (key in target) return;
    const out: Obj = { amount: amount ?? null };
    if (match) {
      out.batches = Number(match[1]);
      out.people = Number(match[2]);
    }
    target[key] = out;
    found = true;
  };
  if (/^国内接待费/.test(item)) reception('domestic', /国内接待费/);
  const foreign = /外事接待(\d+)批次[、，,]\s*(\d+)人次/.exec(text);
  // "公务接待费1.2万元，共接待国内来访团组10个、来宾80人次" (batches as 团组 or 批次).
  const visits = /接待(?:国内)?(?:来访)?(?:团组|公务)?(?:共|累计)?(\d+)(?:个|批次|批)(?:团组)?[、，,]\s*(?:来宾|共)?(\d+)人次/.exec(text);
  // A sentence of counts alone ("2023年度公务接待共15批次、120人次"): the counts, no amount.
  const countsOnly = /公务接待(?:共|累计)?\d+批次/.test(text) && !/公务接待费/.test(text);
  if ((/^公务接待费/.test(item) || countsOnly) && visits && !/国[（(]境[）)]外/.test(text)) {
    const target = (details.reception ??= {}) as Obj;
    target.domestic ??= { amount: countsOnly ? null : (spentAfter(text, /公务接待费(?:支出)?/) ?? null), batches: Number(visits[1]), people: Number(visits[2]) };
    // "（其中外事接待0批次、0人次）": part of the domestic count.
    if (foreign) target.foreignAffairs ??= { amount: amountAfter(text, /外事接待费/) ?? null, batches: Number(foreign[1]), people: Number(foreign[2]) };
    found = true;
  }
  if (/^国[（(]境[）)]外接待费/.test(item)) reception('abroad', /国[（(]境[）)]外接待费/);
  if (foreign && /^国内接待费/.test(item)) {
    const target = ((details.reception ??= {}) as Obj);
    target.foreignAffairs ??= { amount: amountAfter(text, /外事接待费/) ?? null, batches: Number(foreign[1]), people: Number(foreign[2]) };
    found = true;
  }
  if (found) details.source ??= source(line);
  return found;
}

export function readProcurement(line: TextLine): Obj | undefined {
  const text = sentence(line);
  // A budget prints 政府采购预算总额 (or 安排政府采购预算, or opens "2026年政府采购预算17000元",
  // 广西) and its 货物/工程/服务 预算 (类); "占政府采购预算58.8%" mid-sentence is no total.
  const total = amountAfter(text, /(?:政府采购(?:支出|预算)总额|安排政府采购预算(?:共|合计)?|^(?:(?:19|20)\d{2}年度?)?政府采购预算(?:为|共计|合计)?)/);
  if (total === undefined) return undefined;
  const out: Obj = { total };
  const pick = (key: string, label: RegExp) => {
    const value = amountAfter(text, label);
    if (value !== undefined) out[key] = value;
  };
  pick('goods', /货物(?:支出|预算|类)/);
  pick('works', /工程(?:支出|预算|类)/);
  pick('services', /服务(?:支出|预算|类)/);
  pick('toSme', /授予中小企业合同金额/);
  const share = new RegExp(`授予中小企业合同金额${NUM}万元[，,]\\s*占[^\\d]{0,12}(${NUM})%`).exec(text);
  if (share) out.toSmeShare = numberIn(share[1]!);
  pick('toSmallMicro', /授予小微企业合同金额/);
  out.source = source(line);
  return out;
}

export function readAssets(line: TextLine): Obj | undefined {
  const text = sentence(line);
  const vehicles = /共有车辆(\d+)[辆台]/.exec(text);
  const general = /通用设备(\d+)台/.exec(text);
  const special = /专用设备(\d+)台/.exec(text);
  if (!vehicles && !general && !special) return undefined;
  const out: Obj = {};
  if (vehicles) {
    out.vehicles = Number(vehicles[1]);
    const list = /其中[，,:：]\s*(.+?)(?:[；;。]|$)/.exec(text.slice(vehicles.index));
    if (list) {
      const byType = [...list[1]!.matchAll(/([^、，,\d]+?)(\d+)辆/g)].map((m) => ({ name: m[1]!.trim(), count: Number(m[2]) }));
      if (byType.length > 0) out.vehiclesByType = byType;
    }
  }
  if (general) out.generalEquipment = Number(general[1]);
  if (special) out.specialEquipment = Number(special[1]);
  // "截至2021年12月31日，本部门共有车辆…": the date the counts are taken (rule 44 checks its year).
  const asOf = /截[至止]((?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?|底|末)?)/.exec(text);
  if (asOf) out.asOf = asOf[1];
  out.source = source(line);
  return out;
}
