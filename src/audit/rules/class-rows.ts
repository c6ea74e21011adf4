/**
 * The 类 rows of an expenditure side printed by name (表1, 表4). Many list 款 and 项 lines under
 * each 类 (深圳: "一、社会保障和就业支出" then "行政事业单位养老支出" …): the parser gives a 功能分类
 * code to the 类 names it knows, none to the 款/项 names. When some lines carry a 类 code and
 * the others none, only the coded ones are 类 rows (a sum over all would count each amount two or
 * three times); otherwise every line is one. Lines that are no 功能分类 at all (上缴上级支出,
 * 对附属单位补助支出, 经营支出, printed on a budget's 表1) stay terms.
 */
const NOT_FUNCTIONAL = /上缴上级|对附属单位补助|经营支出/;

export function classRows<T extends { code?: string; name: string }>(lines: readonly T[]): { line: T; i: number }[] {
  const all = lines.map((line, i) => ({ line, i }));
  const isClass = (code: string | undefined) => code !== undefined && /^\d{3}$/.test(code);
  const coded = all.filter(({ line }) => isClass(line.code));
  const others = all.filter(({ line }) => !isClass(line.code));
  if (coded.length === 0 || others.length === 0 || !others.every(({ line }) => line.code === undefined)) return all;
  return all.filter(({ line }) => isClass(line.code) || NOT_FUNCTIONAL.test(line.name));
}
