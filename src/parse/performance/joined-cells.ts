/**
 * Neighbouring cells pdftotext printed one space apart: a long 三级 name reaching its 指标值
 * ("政策范围内住院费用报销比例 ＞60%"), a long 二级 label reaching the name ("可持续影响指标
 * 医保基金当期结余率"). Inside one cell a Chinese text has no space between words of two or
 * more characters; single spaces stay where a number is involved ("共计 3 家", "2021 年") and
 * in letter-spaced text ("保 障 临 床"), which are one cell.
 */
import type { Chunk } from './columns.js';
import { wordsOf } from './columns.js';

const CJK_WORD = /^[\u4e00-\u9fff（）()、，“”：]{2,}$/;
const TARGET_WORD = /^(?:≥|≤|>|<|＞|＜|=|＝|≧|≦)\s*\d|^\d+(?:\.\d+)?%$/;

/** Two words one space apart that are two cells: CJK word | CJK word, or CJK word | a target. */
const apart = (left: string, right: string) => CJK_WORD.test(left) && /[\u4e00-\u9fff]/.test(left) && (CJK_WORD.test(right) || TARGET_WORD.test(right));

export function splitJoinedCells(chunk: Chunk): Chunk[] {
  const words = wordsOf(chunk);
  if (words.length === 1) return [chunk];
  const out: Chunk[] = [words[0]!];
  for (const word of words.slice(1)) {
    const last = out[out.length - 1]!;
    const lastWord = last.text.split(' ').pop()!;
    if (apart(lastWord, word.text)) out.push(word);
    else out[out.length - 1] = { text: `${last.text} ${word.text}`, start: last.start, end: word.end, cstart: last.cstart, cend: word.cend };
  }
  return out;
}
