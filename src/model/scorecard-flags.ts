/**
 * Where each audit finding about a scorecard is shown: on the indicator row it names, on the
 * funds line, or on the header (total, grade, weights). Findings come from the audit (rules
 * 24–28); this only places them, so the widget flags exactly what the audit found.
 */
import type { Finding, Severity } from '../audit/types.js';
import type { Localized } from '../format/messages.js';

export interface Flag {
  rule: string;
  severity: Severity;
  /** One sentence: what is wrong, with the numbers. */
  message: Localized;
}

export interface PlacedFlags {
  header: Flag[];
  funds: Flag[];
  /** By index into the scorecard's `indicators`. */
  indicators: Map<number, Flag[]>;
}

const INDICATOR = /\.indicators\[(\d+)\]/;

function flagOf(finding: Finding): Flag {
  return { rule: finding.rule, severity: finding.severity, message: finding.message };
}

/** The findings about scorecard `k` (rules 24–28), each placed once, rounding notes left out. */
export function placeFlags(findings: readonly Finding[], k: number): PlacedFlags {
  const placed: PlacedFlags = { header: [], funds: [], indicators: new Map() };
  for (const finding of findings) {
    if (finding.scorecard !== k || finding.severity === 'rounding') continue;
    const path = finding.fields?.[0]?.path ?? '';
    const indicator = INDICATOR.exec(path);
    if (indicator && finding.rule !== 'R26') {
      const i = Number(indicator[1]);
      placed.indicators.set(i, [...(placed.indicators.get(i) ?? []), flagOf(finding)]);
    } else if (/\.funds\./.test(path) && finding.rule !== 'R26') placed.funds.push(flagOf(finding));
    else placed.header.push(flagOf(finding));
  }
  return placed;
}
