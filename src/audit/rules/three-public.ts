/**
 * Rules 15 and 16: 公开07表 "三公"经费. Its totals add up, for 预算 and 决算 separately (a 合计
 * printed over the 三公 and the 会议费、培训费 beside them too; the 三公 total never counts those); and
 * its 决算 is never below the matching 表6 basic-spending line. 表7 counts project money
 * and earlier years' balances too, so exceeding 表6 is normal (rule 16 is explicit that it
 * is not an error); falling short of it cannot happen in a consistent document.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { ThreePublicAmounts } from '../../schema/tables.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { cellName, economicCell, sumSentence, tableUnit, threePublicCell } from '../cells.js';
import { checkSum, finding, isNumber, guard } from '../check.js';
import { amountVerdict, clean, coarserUnit, inUnit } from '../tolerance.js';
import { localized, num, say } from '../text.js';

const R15_INFO: RuleInfo = {
  id: 'R15',
  name: 'table7-sums',
  description: {
    'zh-CN': '公开07表预算数、决算数各自：合计 = 因公出国（境）费 + 公务用车小计 + 公务接待费（会议费、培训费不属于“三公”经费，不计入），公务用车小计 = 购置费 + 运行维护费；另印有含会议费、培训费的总合计时，它 = “三公”合计 + 会议费 + 培训费。',
    en: 'Table 7, for 预算 and 决算 separately: 合计 = 因公出国（境）费 + vehicles subtotal + 公务接待费 (会议费 and 培训费 are not "三公" costs and never count), and the vehicles subtotal = 购置费 + 运行维护费; a grand 合计 printed with 会议费 and 培训费 = the "三公" 合计 + 会议费 + 培训费.',
  },
};

const PARTS = ['budget', 'final', 'previousBudget'] as const;

function sums(doc: Disclosure, part: string, amounts: ThreePublicAmounts): Finding[] {
  return [...threeSums(doc, part, amounts), ...relatedSum(doc, part, amounts)];
}

/**
 * The grand 合计 over the 三公 and 会议费、培训费: the 三公 total plus the two, or, with no 三公
 * total printed, its items plus the two.
 */
function relatedSum(doc: Disclosure, part: string, amounts: ThreePublicAmounts): Finding[] {
  if (!isNumber(amounts.totalWithRelated)) return [];
  const cell = (column: keyof ThreePublicAmounts) => threePublicCell(part, amounts, column);
  const term = (column: keyof Omit<ThreePublicAmounts, 'source'>) => ({ value: amounts[column], cell: cell(column) });
  const vehicles = amounts.vehicles !== undefined ? [term('vehicles')] : [term('vehiclePurchase'), term('vehicleOperation')];
  const three = isNumber(amounts.total) ? [term('total')] : [term('abroad'), ...vehicles, term('reception')];
  return checkSum(
    {
      rule: R15_INFO,
      cells: [cell('totalWithRelated')],
      unit: tableUnit(doc, 't7'),
      message: sumSentence(doc, cell('totalWithRelated'), { zh: '“三公”经费与会议费、培训费之和', en: 'the "三公" costs, 会议费 and 培训费' }),
    },
    amounts.totalWithRelated,
    [...three, term('meetings'), term('training')],
  );
}

function threeSums(doc: Disclosure, part: string, amounts: ThreePublicAmounts): Finding[] {
  const unit = tableUnit(doc, 't7');
  const cell = (column: keyof ThreePublicAmounts) => threePublicCell(part, amounts, column);
  const term = (column: 'abroad' | 'vehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'reception') => ({
    value: amounts[column],
    cell: cell(column),
  });
  const sentence = (target: keyof ThreePublicAmounts, zh: string, en: string) => sumSentence(doc, cell(target), { zh, en });
  // A table that prints no 公务用车 小计, only 购置费 | 运行维护费 (several regions' 决算): the
  // vehicles are those two, and there is no subtotal to check.
  if (amounts.vehicles === undefined && (amounts.vehiclePurchase !== undefined || amounts.vehicleOperation !== undefined)) {
    return checkSum(
      { rule: R15_INFO, cells: [cell('total')], unit, message: sentence('total', '三项之和', 'the three kinds') },
      amounts.total,
      [term('abroad'), term('vehiclePurchase'), term('vehicleOperation'), term('reception')],
    );
  }
  return [
    ...checkSum(
      { rule: R15_INFO, cells: [cell('total')], unit, message: sentence('total', '三项之和', 'the three kinds') },
      amounts.total,
      [term('abroad'), term('vehicles'), term('reception')],
    ),
    ...checkSum(
      { rule: R15_INFO, cells: [cell('vehicles')], unit, message: sentence('vehicles', '购置费与运行维护费之和', '购置费 and 运行维护费') },
      amounts.vehicles,
      [term('vehiclePurchase'), term('vehicleOperation')],
    ),
  ];
}

export const R15: Rule = {
  ...R15_INFO,
  check: (doc) =>
    guard(R15_INFO, () => {
      const t7 = doc.tables.t7;
      if (!t7) return [];
      return PARTS.flatMap((part) => (t7[part] ? sums(doc, part, t7[part]) : []));
    }),
};

const R16_INFO: RuleInfo = {
  id: 'R16',
  name: 'table7-below-table6',
  description: {
    'zh-CN': '公开07表决算数可以超过公开06表 30212、30217、30231、31013 各行（含项目支出），但低于它们说明两表不一致（警告）。',
    en: 'Table 7 决算 may exceed table 6 lines 30212, 30217, 30231 and 31013 (project money counts too); falling below them is an inconsistency (a warning).',
  },
};

/** 表7 column → 表6 经济分类 款 of the same spending. */
const BASIC_LINES = [
  ['abroad', '30212'],
  ['vehiclePurchase', '31013'],
  ['vehicleOperation', '30231'],
  ['reception', '30217'],
] as const;

export const R16: Rule = {
  ...R16_INFO,
  check: (doc, context) =>
    guard(R16_INFO, () => {
      const { t6, t7 } = doc.tables;
      const final = t7?.final;
      if (!t6 || !final) return [];
      const unit = coarserUnit(tableUnit(doc, 't6'), tableUnit(doc, 't7'));
      const out: Finding[] = [];
      for (const [column, code] of BASIC_LINES) {
        const row = context.index(t6.rows).byCode.get(code);
        // Blank on either side: nothing printed to compare (blank is not 0).
        if (!row || !isNumber(row.amount) || !isNumber(final[column])) continue;
        const basic = inUnit(row.amount, tableUnit(doc, 't6'), unit)!;
        const spent = inUnit(final[column]!, tableUnit(doc, 't7'), unit)!;
        if (spent >= basic || amountVerdict(spent - basic, 1, unit) === 'ok') continue;
        const cells = [threePublicCell('final', final, column), economicCell(row)];
        const message = localized((lang) =>
          say(
            lang,
            `${cellName(doc, cells[0]!, lang)} = ${num(spent, lang)}，低于${cellName(doc, cells[1]!, lang)} = ${num(basic, lang)}：“三公”经费决算包含基本支出，不应少于基本支出中的同项`,
            `${cellName(doc, cells[0]!, lang)} = ${num(spent, lang)} is below ${cellName(doc, cells[1]!, lang)} = ${num(basic, lang)}: the "三公" 决算 includes basic spending, so it cannot be smaller`,
          ),
        );
        out.push(finding({ rule: R16_INFO, cells }, 'warning', clean(basic), clean(spent), message));
      }
      return out;
    }),
};
