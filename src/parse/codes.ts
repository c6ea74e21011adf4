/**
 * Classification codes. Tables print them whole ("2010401"), split over 类/款/项 columns
 * ("201 | 04 | 01"), split inside one cell ("201 04 01"), or with a part that lost its
 * leading zero in a spreadsheet ("301 2" = 30102). Rows are keyed by code, so a code is
 * repaired only when the repair is unambiguous, and every repair is reported.
 */

export type CodeResult =
  | { kind: 'code'; code: string; repaired: boolean; printed: string }
  | { kind: 'malformed'; printed: string }
  | { kind: 'none' };

const WHOLE = /^\d{3}(?:\d{2}){0,2}$/;
const PART = /^\d{1,2}$/;

/**
 * Read a code from the leading label cells of a row (the cells before the name). Returns
 * the code and how many cells it used.
 */
export function readCode(cells: readonly string[]): { result: CodeResult; used: number } {
  const first = (cells[0] ?? '').replace(/\s+/g, ' ').trim();
  if (first === '') return { result: { kind: 'none' }, used: 0 };
  if (WHOLE.test(first)) {
    // Whole code, possibly followed by 款/项 cells when the table splits them.
    const parts = [first];
    let used = 1;
    if (first.length === 3) {
      while (used < cells.length && parts.length < 3 && PART.test((cells[used] ?? '').trim())) {
        parts.push((cells[used] ?? '').trim());
        used++;
      }
    }
    return { result: joinParts(parts, parts.join(' | ')), used };
  }
  if (/^\d{3}(?: \d{1,2}){1,2}$/.test(first)) {
    return { result: joinParts(first.split(' '), first), used: 1 };
  }
  if (/^\d{2,}$/.test(first) || /^\d+(?: \d+)+$/.test(first)) {
    return { result: { kind: 'malformed', printed: first }, used: 1 };
  }
  return { result: { kind: 'none' }, used: 0 };
}

/** "50101-工资奖金津补贴", "2010501－行政运行": a code joined to its name by a dash in one cell. */
export const JOINED_CODE = /^(\d{3}(?:\d{2}){0,2})\s*[-－—]\s*(.*)$/;

/** The three classifications a budget row can print a code of. */
export type Classification = 'function' | 'department' | 'government';

/**
 * A code's classification by its shape, which the national tables keep apart: 功能分类
 * 201–234 (3/5/7 digits), 部门经济分类 301–399 (3/5/7 digits), 政府经济分类 501–599 (3/5).
 */
export function classificationOf(code: string): Classification | undefined {
  if (/^2\d{2}(?:\d{2}){0,2}$/.test(code)) return 'function';
  if (/^3\d{2}(?:\d{2}){0,2}$/.test(code)) return 'department';
  if (/^5\d{2}(?:\d{2})?$/.test(code)) return 'government';
  return undefined;
}

/** The classification a column header names (支出功能分类科目, 政府支出经济分类科目 …), if one. */
export function classificationOfHeader(header: string): Classification | undefined {
  const text = header.replace(/\s+/g, '');
  if (/政府.*经济/.test(text)) return 'government';
  if (/部门.*经济/.test(text)) return 'department';
  if (/功能/.test(text)) return 'function';
  return undefined;
}

function joinParts(parts: string[], printed: string): CodeResult {
  let repaired = false;
  const padded = parts.map((part, i) => {
    if (i === 0) return part;
    if (part.length === 1) {
      repaired = true;
      return `0${part}`;
    }
    return part;
  });
  return { kind: 'code', code: padded.join(''), repaired, printed };
}

/** 功能分类 类 codes by name, for rows and sentences that print only the name. */
export const FUNCTION_CLASSES: ReadonlyArray<[code: string, name: string]> = [
  ['201', '一般公共服务'],
  ['202', '外交'],
  ['203', '国防'],
  ['204', '公共安全'],
  ['205', '教育'],
  ['206', '科学技术'],
  ['207', '文化旅游体育与传媒'],
  ['208', '社会保障和就业'],
  ['209', '社会保险基金'],
  ['210', '卫生健康'],
  ['211', '节能环保'],
  ['212', '城乡社区'],
  ['213', '农林水'],
  ['214', '交通运输'],
  ['215', '资源勘探工业信息等'],
  ['216', '商业服务业等'],
  ['217', '金融'],
  ['219', '援助其他地区'],
  ['220', '自然资源海洋气象等'],
  ['221', '住房保障'],
  ['222', '粮油物资储备'],
  ['223', '国有资本经营预算'],
  ['224', '灾害防治及应急管理'],
  ['227', '预备费'],
  ['229', '其他'],
  ['230', '转移性'],
  ['231', '债务还本'],
  ['232', '债务付息'],
  ['233', '债务发行费用'],
  ['234', '抗疫特别国债'],
];

/** "十四、资源勘探工业信息等支出" → "215". Exact on the core name, so 其他 ≠ 其他制造业. */
export function functionClassCode(name: string): string | undefined {
  const core = stripNumbering(name)
    .replace(/\s+/g, '')
    .replace(/\(类\)|（类）/g, '')
    .replace(/安排的支出$|支出$/, '');
  for (const [code, className] of FUNCTION_CLASSES) {
    if (core === className || core === `${className}支出`) return code;
  }
  return undefined;
}

/** Drop a leading "一、", "（二）", "3." or "- " from a printed label. */
export function stripNumbering(name: string): string {
  return name
    .trim()
    .replace(/^[-•·]\s*/, '')
    .replace(/^[（(][一二三四五六七八九十\d]+[）)]\s*/, '')
    .replace(/^[一二三四五六七八九十]+[、.．]\s*/, '')
    .replace(/^\d+[、.．]\s*/, '');
}
