/**
 * A 预算's 绩效目标 section: how many projects have 绩效目标 and the money they cover
 * ("本部门共 38 个项目纳入绩效目标管理，涉及财政性资金合计 74,051.18 万元", "涉及预算资金
 * 1,856.92 万元，设置并编报 10 个项目绩效目标", "编报绩效目标的项目共1个，涉及项目预算资金
 * 19,593.87万元", "共 0 个项目实行绩效目标管理"). Read from whole sentences (the wording is
 * wrapped over lines), for the audit's rule 47.
 */
import type { TextLine } from '../lines.js';
import { NUM, numberIn } from '../numbers.js';

const COUNT = [/共(\d+)个项目(?:纳入|实行|编报|设置)了?(?:预算)?绩效目标/, /编报(\d+)个项目(?:的)?绩效目标/, /编报绩效目标的项目共(\d+)个/];
const FUNDS = new RegExp(`涉及(?:项目)?(?:预算)?(?:财政性)?资金(?:合计)?(${NUM})万元`);

/** Sets `summary.targetProjects` (and `targetFunds`) from the first sentence that states them. */
export function readTargetCoverage(sentences: readonly TextLine[], summary: Record<string, unknown>): void {
  for (const line of sentences) {
    const text = line.text.replace(/\s+/g, '');
    const count = COUNT.map((pattern) => pattern.exec(text)).find((m) => m !== null);
    if (!count) continue;
    summary.targetProjects = Number(count[1]);
    // The money of those projects: after the count in its clause, or before it in the same
    // clause ("…涉及预算资金 1,856.92 万元，设置并编报 10 个项目绩效目标"); never another
    // clause's (the 整体支出's, before a "；").
    const after = FUNDS.exec(text.slice(count.index).split(/[；;。]/)[0]!);
    const clause = text.slice(0, count.index).split(/[；;。]/).pop()!;
    const before = FUNDS.exec(clause);
    const funds = after ?? before;
    if (funds) summary.targetFunds = numberIn(funds[1]!);
    summary.source ??= { line: line.no };
    return;
  }
}
