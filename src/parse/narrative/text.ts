/** Shared pieces for reading sentences of the 情况说明. */
import { NUM, numberIn } from '../numbers.js';
import type { Region } from '../regions.js';
import type { TextLine } from '../lines.js';

export { NUM, numberIn };

/** Lines outside every table, scorecard and report: the narrative. */
export function narrativeLines(lines: TextLine[], regions: Region[]): TextLine[] {
  const inside = new Uint8Array(lines.length);
  for (const region of regions) for (let i = region.start; i < region.end; i++) inside[i] = 1;
  return lines.filter((line, i) => inside[i] === 0 && line.text !== '');
}

/** Spaces inside sentences come from PDF line breaks ("6,443.60 万元"); drop them. */
export function sentence(line: TextLine): string {
  return line.text
    .replace(/^[-•·]\s*/, '')
    .replace(/(?<=[\d%])\s+(?=[\u4e00-\u9fff%])|(?<=[\u4e00-\u9fff])\s+(?=\d)/g, '')
    .replace(/\s+/g, ' ');
}

/** "主要是项目财政资金减少。" → "项目财政资金减少". */
export function reasonIn(text: string): string | undefined {
  const match = /(?:主要原因是|主要是|原因是|主要由于|主要用于)[:：]?(.+?)(?:[。；;]|$)/.exec(text);
  const reason = match?.[1]?.trim();
  return reason ? reason : undefined;
}

export function source(line: TextLine) {
  return { line: line.no };
}

export function amountAfter(text: string, label: RegExp): number | undefined {
  const match = new RegExp(`${label.source}[^\\d，。；]{0,12}?(${NUM})\\s*万元`).exec(text);
  return match ? numberIn(match[1]!) : undefined;
}

export function countAfter(text: string, label: RegExp, unit: string): number | undefined {
  const match = new RegExp(`${label.source}[^\\d，。；]{0,12}?(\\d+)\\s*${unit}`).exec(text);
  return match ? Number(match[1]) : undefined;
}
