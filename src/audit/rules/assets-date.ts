/**
 * Rule 44, editorial (a warning): the year of the 国有资产 section's "截至" date. A 决算 counts
 * its assets at the end of its own year ("截至2021年12月31日" in the 2021 决算); a 预算 counts
 * them during the year before (or early in its own year: "截至2026年1月31日" in a 2026 预算).
 * Another year is a paragraph copied from an earlier document.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { finding, guard } from '../check.js';
import { localized, say } from '../text.js';

const INFO: RuleInfo = {
  id: 'R44',
  name: 'assets-date-year',
  description: {
    'zh-CN': '国有资产占用情况“截至”日期的年度与文件年度相符：决算为当年，预算为上年或当年（不符多为沿用旧稿）。',
    en: 'The year of the 国有资产 section’s “截至” date fits the document: its own year for a 决算, the year before (or its own) for a 预算 (another year usually means an old text was reused).',
  },
};

function check(doc: Disclosure): Finding[] {
  const assets = doc.narrative?.assets;
  const printed = /^((?:19|20)\d{2})年/.exec(assets?.asOf ?? '');
  const year = doc.meta.year;
  // No year recognised: nothing to hold the date against.
  if (!assets || !printed || year === undefined) return [];
  const asOf = Number(printed[1]);
  const allowed = doc.meta.kind === 'budget' ? [year - 1, year] : [year];
  if (allowed.includes(asOf)) return [];
  const kind = doc.meta.kind === 'budget' ? { zh: `${year} 年预算应为 ${year - 1} 年或 ${year} 年`, en: `a ${year} budget counts in ${year - 1} or ${year}` } : { zh: `${year} 年决算应为 ${year} 年`, en: `a ${year} final account counts at the end of ${year}` };
  const message = localized((lang) =>
    say(lang, `国有资产占用情况写作“截至${assets.asOf}”：${kind.zh}`, `The 国有资产 section says “截至${assets.asOf}”: ${kind.en}`),
  );
  const line = assets.source?.line;
  const field = line === undefined ? { path: 'narrative.assets.asOf', label: '截至日期' } : { path: 'narrative.assets.asOf', label: '截至日期', line };
  return [finding({ rule: INFO, cells: [], fields: [field] }, 'warning', allowed[allowed.length - 1]!, asOf, message)];
}

export const R44: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
