/**
 * A score cell as printed: "10", "9.5", or with its unit ("10分", "9.90 分": 浙江 and other
 * regions print every 分值 and 得分 so). Blank is null, anything else undefined.
 */
import { parseNumber } from '../numbers.js';

export function parseScore(cell: string): number | null | undefined {
  return parseNumber(cell.trim().replace(/\s*分$/, ''));
}
