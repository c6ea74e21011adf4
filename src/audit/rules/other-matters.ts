/**
 * Rules 22 and 23: the 其他重要事项 of the 情况说明. 机关运行经费 against 公用经费 (22), and the
 * 政府采购 figures (23).
 */
import type { Finding, Rule, RuleInfo } from '../types.js';
import { cellName, functionCell, summaryCell, tableUnit } from '../cells.js';
import { checkRate, checkSum, finding, isNumber, guard } from '../check.js';
import { amountVerdict, clean, coarserUnit, inUnit } from '../tolerance.js';
import { localized, num, say } from '../text.js';
import { narrativeUnit } from './narrative-amounts.js';

const R22_INFO: RuleInfo = {
  id: 'R22',
  name: 'operating-costs',
  description: {
    'zh-CN': '机关运行经费不应明显超过公开06表公用经费合计；超出 20% 以上时提示（警告）。少于公用经费是常态：机关运行经费只含行政单位。',
    en: '机关运行经费 (running costs) should not clearly exceed table 6 公用经费合计; more than 20% above is flagged (a warning). Less is normal: running costs cover only the 行政单位.',
  },
};

/**
 * How far 机关运行经费 may stray from 公用经费 before it is worth a look. Both are the
 * 公用经费 of basic spending, but 机关运行经费 covers only 行政单位 (and units managed like
 * them) and counts every fund source, while 表6 covers every consolidated unit's
 * 一般公共预算 money; in practice the two differ by a few per cent up to a tenth or so. A
 * gap beyond a fifth of the larger usually means a different quantity was quoted — most
 * often the whole 基本支出, 人员经费 included. Only a figure above 公用经费 is flagged: a
 * department with 事业单位 (a college, a centre) prints 公用经费 for all of them and
 * 机关运行经费 for its 机关 alone, so far less is what it should print (重庆水利 2026:
 * 2,115.63 against 10,116.70).
 */
export const OPERATING_COSTS_GAP = 0.2;

export const R22: Rule = {
  ...R22_INFO,
  check: (doc) =>
    guard(R22_INFO, (): Finding[] => {
      const costs = doc.narrative?.operatingCosts;
      const publicLine = doc.tables.t6?.totals.public;
      if (!costs || !publicLine || !isNumber(costs.current) || !isNumber(publicLine.amount)) return [];
      const unit = coarserUnit(narrativeUnit(doc), tableUnit(doc, 't6'));
      const running = inUnit(costs.current, narrativeUnit(doc), unit)!;
      const publicCosts = inUnit(publicLine.amount, tableUnit(doc, 't6'), unit)!;
      const larger = Math.max(running, publicCosts);
      if (running <= publicCosts || (running - publicCosts) / larger <= OPERATING_COSTS_GAP) return [];
      const cell = summaryCell('t6', publicLine, 'public');
      // Say so when the quoted figure is exactly the 基本支出: the usual slip.
      const basicRow = doc.tables.t5?.total ?? doc.tables.t3?.total;
      const basicTable = doc.tables.t5?.total ? 't5' : 't3';
      const basic = basicRow && isNumber(basicRow.values.basic) ? inUnit(basicRow.values.basic, tableUnit(doc, basicTable), unit) : null;
      const isBasic = basic !== null && amountVerdict(running - basic, 1, unit) === 'ok';
      const basicCell = basicRow ? functionCell(basicTable, basicRow, 'basic') : undefined;
      const path = 'narrative.operatingCosts.current';
      const line = costs.source?.line;
      const message = localized((lang) => {
        const hint =
          isBasic && basicCell
            ? say(lang, `；它等于${cellName(doc, basicCell, lang)}，可能误填了基本支出`, `; it equals ${cellName(doc, basicCell, lang)}, so the whole 基本支出 may have been quoted`)
            : '';
        const share = Math.round(((running - publicCosts) / larger) * 100);
        return say(
          lang,
          `机关运行经费 = ${num(running, lang)}，与${cellName(doc, cell, lang)} = ${num(publicCosts, lang)} 相差 ${share}%${hint}`,
          `机关运行经费 = ${num(running, lang)} differs from ${cellName(doc, cell, lang)} = ${num(publicCosts, lang)} by ${share}%${hint}`,
        );
      });
      const cells = isBasic && basicCell ? [cell, basicCell] : [cell];
      const fields = [line === undefined ? { path, label: '机关运行经费' } : { path, label: '机关运行经费', line }];
      return [finding({ rule: R22_INFO, cells, fields }, 'warning', clean(publicCosts), clean(running), message)];
    }),
};

const R23_INFO: RuleInfo = {
  id: 'R23',
  name: 'procurement',
  description: {
    'zh-CN': '政府采购：总额 = 货物 + 工程 + 服务；授予小微企业 ≤ 授予中小企业 ≤ 总额；中小企业占比 = 中小企业 / 总额。',
    en: 'Government procurement: total = goods + works + services; small and micro firms ≤ SMEs ≤ total; the SME share = SMEs / total.',
  },
};

export const R23: Rule = {
  ...R23_INFO,
  check: (doc) =>
    guard(R23_INFO, (): Finding[] => {
      const p = doc.narrative?.procurement;
      if (!p) return [];
      const unit = narrativeUnit(doc);
      const base = 'narrative.procurement';
      const line = p.source?.line;
      const field = (key: string, label: string) => (line === undefined ? { path: `${base}.${key}`, label } : { path: `${base}.${key}`, label, line });
      const out: Finding[] = checkSum(
        {
          rule: R23_INFO,
          cells: [],
          fields: [field('total', '政府采购支出总额')],
          unit,
          message: (lang, actual, expected) =>
            say(lang, `政府采购支出总额 = ${actual}，但货物、工程、服务之和为 ${expected}`, `Procurement total = ${actual}, but goods, works and services add up to ${expected}`),
        },
        p.total,
        [
          { value: p.goods, field: field('goods', '货物') },
          { value: p.works, field: field('works', '工程') },
          { value: p.services, field: field('services', '服务') },
        ],
      );
      const atMost = (smallKey: 'toSmallMicro' | 'toSme', small: string, bigKey: 'toSme' | 'total', big: string) => {
        const a = p[smallKey];
        const b = p[bigKey];
        if (!isNumber(a) || !isNumber(b) || a <= b) return;
        const verdict = amountVerdict(a - b, 1, unit);
        if (verdict === 'ok') return;
        const message = localized((lang) =>
          say(lang, `${small} = ${num(a, lang)}，超过${big} = ${num(b, lang)}`, `${small} = ${num(a, lang)} exceeds ${big} = ${num(b, lang)}`),
        );
        out.push(finding({ rule: R23_INFO, cells: [], fields: [field(smallKey, small), field(bigKey, big)] }, verdict, b, a, message));
      };
      atMost('toSmallMicro', '授予小微企业合同金额', 'toSme', '授予中小企业合同金额');
      atMost('toSme', '授予中小企业合同金额', 'total', '政府采购支出总额');
      out.push(
        ...checkRate({ rule: R23_INFO, cells: [], fields: [field('toSmeShare', '中小企业占比')] }, p.toSmeShare, p.toSme, p.total, {
          zh: '授予中小企业合同金额占比为',
          en: 'The SME share is given as',
        }),
      );
      return out;
    }),
};
