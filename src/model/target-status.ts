/**
 * Whether a 三级 indicator met its 年度指标值, computed from the parsed target and actual.
 * The same comparison as audit rule 28 (`meets`), so a row drawn "未达成" and a flag "missed
 * yet scored full" can never disagree.
 */
import type { Target } from '../schema/performance.js';
import { meets } from '../audit/rules/scorecard.js';

/**
 * `met` / `missed`: a comparator and two numbers in the same unit decided it.
 * `qualitative`: the target is a word (是, 提升, 及时) — not judged, as printed.
 * `not-comparable`: a numeric target, but the actual has no number or another unit.
 * `no-actual`: nothing reported (a budget's 绩效目标表, or a blank cell).
 */
export type TargetStatus = 'met' | 'missed' | 'qualitative' | 'not-comparable' | 'no-actual';

export function targetStatus(target: Target, actual: Target | undefined): TargetStatus {
  if (!actual || actual.text.trim() === '') return 'no-actual';
  const verdict = meets(target, actual);
  if (verdict !== undefined) return verdict ? 'met' : 'missed';
  return target.comparator && typeof target.value === 'number' ? 'not-comparable' : 'qualitative';
}
