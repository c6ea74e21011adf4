/**
 * Parse warnings: what the parser could not read, or read with a guess, in both languages.
 * A warning always names the source line when there is one, so a person can check the
 * published text; nothing the parser skips because it could not read it goes unreported.
 */
import type { Lang, Localized } from '../format/messages.js';
import { interpolate } from '../format/messages.js';

/** A value put into a warning: as printed (names, numbers, codes), or worded in each language. */
export type WarningValue = string | number | Localized;

export interface ParseWarning {
  /** Stable machine code, e.g. `table-absent`, `line-unread`. */
  code: string;
  /** 1-based line in the source text (for a PDF: in the text read from it). */
  line?: number;
  /** 1-based page of a PDF the line is printed on. */
  page?: number;
  /** The source line (shortened). */
  excerpt?: string;
  message: Localized;
}

const CATALOGUE: Record<string, Localized> = {
  'empty-input': { 'zh-CN': '输入为空。', en: 'The input is empty.' },
  // Reading a PDF (src/parse/pdf): what the file itself does not allow.
  'pdf-empty': { 'zh-CN': 'PDF 文件为空（0 字节）。', en: 'The PDF file is empty (0 bytes).' },
  'pdf-not-pdf': { 'zh-CN': '这不是 PDF 文件（文件头不是 %PDF-）。', en: 'This is not a PDF file (it does not start with %PDF-).' },
  'pdf-not-bytes': { 'zh-CN': 'parsePdf 需要文件的字节（Uint8Array 或 ArrayBuffer），收到的是{found}。', en: 'parsePdf needs the file\'s bytes (a Uint8Array or ArrayBuffer); it got {found}.' },
  'pdf-too-large': { 'zh-CN': 'PDF 文件过大（{size} MB，上限 {limit} MB），未读取。', en: 'The PDF is too large ({size} MB; the limit is {limit} MB) and was not read.' },
  'pdf-encrypted': { 'zh-CN': '这个 PDF 已加密（需要密码），无法读取。', en: 'This PDF is encrypted (it needs a password) and cannot be read.' },
  'pdf-damaged': { 'zh-CN': 'PDF 文件已损坏或不完整（{detail}）。', en: 'The PDF file is damaged or incomplete ({detail}).' },
  'pdf-no-text': { 'zh-CN': '这个 PDF 没有文字层（可能是扫描件）；不支持文字识别（OCR）。', en: 'This PDF has no text layer; OCR is not supported (it may be a scan).' },
  'pdf-pages-without-text': { 'zh-CN': '第 {pages} 页没有文字层（可能是扫描页），其内容未读取。', en: 'Page(s) {pages} have no text layer (scanned?); their content was not read.' },
  'pdf-page-unreadable': { 'zh-CN': '第 {page} 页无法读取（{detail}）。', en: 'Page {page} could not be read ({detail}).' },
  'pdf-pages-skipped': { 'zh-CN': 'PDF 共 {pages} 页，只读取了前 {limit} 页。', en: 'The PDF has {pages} pages; only the first {limit} were read.' },
  'pdf-worker-missing': { 'zh-CN': '浏览器中读取 PDF 需要 pdf.js 的 worker 文件：请传入 workerSrc 或 workerPort。', en: 'Reading a PDF in the browser needs pdf.js\'s worker file: pass workerSrc or workerPort.' },
  'pdf-engine-missing': { 'zh-CN': '无法加载 PDF 读取组件 pdf.js（{detail}）。', en: 'The PDF reader pdf.js could not be loaded ({detail}).' },
  'pdf-aborted': { 'zh-CN': '读取 PDF 已取消。', en: 'Reading the PDF was cancelled.' },
  'no-tables': { 'zh-CN': '没有找到任何决算/预算表。', en: 'No disclosure table was found.' },
  'table-absent': { 'zh-CN': '未找到{table}（{title}）。', en: '{table} ({title}) was not found.' },
  'table-duplicate-kept': {
    'zh-CN': '{table}出现多次：按第一次读取，其余按原样保存在“其他表格”中。',
    en: '{table} appears more than once: the first was read, the others are kept as printed in otherTables.',
  },
  'table-duplicate': {
    'zh-CN': '{table}出现多次，只读取了第一次。',
    en: '{table} appears more than once; only the first was read.',
  },
  'units-as-rows': {
    'zh-CN': '{where}按{units}个单位分别列出科目；各单位的明细也按单位保存，部门数为各单位按科目编码之和。',
    en: "{where} lists its codes once per unit ({units} units); each unit's rows are kept under units, and the department's rows are their sum by code.",
  },
  'units-unnamed': {
    'zh-CN': '{where}按{units}个单位分别列出科目，但没有印出单位名称；各单位的明细按印出顺序保存（无名称），部门数为各单位按科目编码之和。',
    en: "{where} lists its codes once per unit ({units} units) without printing the units' names; each unit's rows are kept under units in printed order (unnamed), and the department's rows are their sum by code.",
  },
  'units-summed': {
    'zh-CN': '{where}按{units}个单位分别列出科目；已按科目编码合计为部门数，各单位的明细未保留。',
    en: "{where} lists its codes once per unit ({units} units); the rows were summed by code into the department's, and the per-unit rows are not kept.",
  },
  'unit-rows-kept': {
    'zh-CN': '{where}在部门数之后还按单位列出 {rows} 行；模式只有部门数，这些行随整张表按原样保存在“其他表格”中。',
    en: "{where} also prints {rows} rows by unit after the department's; the schema holds the department's figures only, so they are kept with the whole table as printed in otherTables.",
  },
  'code-missing': {
    'zh-CN': '{where}的“{name}”没有科目编码，本文档其他表中也没有同名科目；已作为未编码行按原样保存。',
    en: '"{name}" in {where} has no classification code and no other table of the document names it; kept as printed under uncoded.',
  },
  'code-missing/joined': {
    'zh-CN': '{where}的“{name}”把科目编码与名称连写（如“2010501-行政运行”），并与其他分类的编码印在同一行；解析器尚不能读取这种行，已作为未编码行按原样保存。',
    en: '"{name}" in {where} prints its code joined to its name (as in "2010501-行政运行"), on one row with other classifications\' codes; the parser cannot read such rows yet, so it is kept as printed under uncoded.',
  },
  'code-by-name': {
    'zh-CN': '{where}的“{name}”没有印科目编码，按本文档其他表中的同名科目记为 {code}。',
    en: '"{name}" in {where} prints no code; {code} was taken from the row of the same name in another table of the document.',
  },
  'section-absent': {
    'zh-CN': '目录列出的“{title}”在正文中没有找到（文本可能不完整）。',
    en: 'The contents list "{title}", but the body never prints it (the text may be cut off).',
  },
  'line-unread': {
    'zh-CN': '{where}中这一行像是数据，但无法读取。',
    en: 'This line in {where} looks like data but could not be read.',
  },
  // The same warning, said precisely when the line shows what is missing.
  'line-unread/unlabelled': {
    'zh-CN': '{where}中这一行只印了金额，没有行名称（科目或项目），无法确定属于哪一行。',
    en: 'This line in {where} prints amounts without a row label (no code or name), so the row they belong to is unknown.',
  },
  'number-unreadable': {
    'zh-CN': '{where}“{column}”栏的“{value}”不是可读的数字。',
    en: 'In {where}, "{value}" in column {column} is not a readable number.',
  },
  // A run printed like an amount that is none: two amounts run together ("6443.61044.59"),
  // a separator misplaced ("2,4169.74"). The row's other amounts may be on the wrong lines.
  'number-unreadable/run': {
    'zh-CN': '{where}这一行的“{value}”像金额，但不是可读的数字（可能是两栏金额连在一起，或分隔符位置不对）；这一行的金额可能没有读全。',
    en: 'In {where}, "{value}" on this line looks like an amount but is not a readable number (two columns run together, or a misplaced separator); the line\'s amounts may not all have been read.',
  },
  'label-wrapped': {
    'zh-CN': '{where}中“{head}”与下一行的“{tail}”可能是折行的同一个名称，也可能是两行；已按两行读取，金额可能不在它所属的行上。',
    en: 'In {where}, "{head}" and "{tail}" on the next line may be one name wrapped over two lines, or two lines; they were read as two, so an amount may sit on the wrong line.',
  },
  'rows-gap-at-break': {
    'zh-CN': '{where}的“{code} {name}”与其下级之和相差 {gap}，而这些行跨页印出：分页处可能有一行没有读到。',
    en: '"{code} {name}" in {where} differs from the sum of its sub-rows by {gap}, and those rows run across a page break: a line may have been lost there.',
  },
  'code-repaired': {
    'zh-CN': '科目编码“{printed}”按分栏补齐为 {code}。',
    en: 'Code "{printed}" was completed to {code} from its split columns.',
  },
  'code-malformed': {
    'zh-CN': '科目编码“{printed}”无法识别，此行未读取。',
    en: 'Code "{printed}" is malformed; the row was not read.',
  },
  'columns-assumed': {
    'zh-CN': '{where}的表头无法识别，按标准栏目顺序读取。',
    en: 'The header of {where} was not recognised; columns were read in the standard order.',
  },
  'column-kept': {
    'zh-CN': '{where}的栏目“{column}”不在模式中，按原样保存在“其他表格”中。',
    en: 'Column "{column}" of {where} is not part of the schema; it is kept as printed in otherTables.',
  },
  'row-kept': {
    'zh-CN': '{where}的“{row}”行不在模式中，按原样保存在“其他表格”中。',
    en: 'Row "{row}" of {where} is not part of the schema; it is kept as printed in otherTables.',
  },
  'column-unknown': {
    'zh-CN': '{where}的栏目“{column}”不在模式中，未读取。',
    en: 'Column "{column}" of {where} is not part of the schema and was not read.',
  },
  'columns-ambiguous': {
    'zh-CN': '{where}这一行的数字个数与栏目数不符，按位置推断了栏目。',
    en: 'This row of {where} has fewer numbers than columns; columns were inferred from positions.',
  },
  'unit-converted': {
    'zh-CN': '{where}的金额单位为“{printed}”，已换算为{unit}（×{factor}）。',
    en: '{where} prints its amounts in {printed}; converted to {unit} (× {factor}).',
  },
  'unit-unknown': {
    'zh-CN': '{where}未写金额单位，按{unit}处理。',
    en: '{where} states no unit; {unit} was assumed.',
  },
  'meta-missing': {
    'zh-CN': '未找到{field}。',
    en: 'The {field} was not found.',
  },

  'scorecards-missing': {
    'zh-CN': '应有 {promised} 张绩效自评表，只找到 {found} 张。',
    en: '{promised} scorecards are listed, but only {found} were found.',
  },
  'scorecard-truncated': {
    'zh-CN': '绩效自评表“{name}”不完整（没有总分行）。',
    en: 'The scorecard "{name}" is cut off (no 总分 row).',
  },
  'scorecard-level-inferred': {
    'zh-CN': '“{name}”的一级指标由二级指标“{level2}”推断。',
    en: 'The level-1 indicator of "{name}" was inferred from level 2 "{level2}".',
  },
  'scorecard-level-unknown': {
    'zh-CN': '指标“{name}”的一级、二级指标无法确定。',
    en: 'The level-1 and level-2 indicator of "{name}" could not be determined.',
  },
  'scorecard-funds-missing': {
    'zh-CN': '绩效自评表“{name}”没有“年度资金总额”行。',
    en: 'The scorecard "{name}" has no 年度资金总额 row.',
  },
  'scorecard-name-missing': {
    'zh-CN': '绩效目标表中这一行的项目金额找不到项目名称。',
    en: 'No project name was found for the amounts on this line of the target table.',
  },
  'evaluation-incomplete': {
    'zh-CN': '评价报告“{name}”没有写明综合得分。',
    en: 'The evaluation report "{name}" states no overall score.',
  },
  'internal-error': {
    'zh-CN': '解析器内部错误“{detail}”，结果可能不完整。',
    en: 'Internal parser error ({detail}); the result may be incomplete.',
  },
  'invalid-output': {
    'zh-CN': '解析结果未通过模式校验：{detail}',
    en: 'The parsed document does not validate: {detail}',
  },
  'too-many-warnings': {
    'zh-CN': '另有 {count} 条警告未列出。',
    en: '{count} more warnings not listed.',
  },
};

/**
 * Warnings that report a reading the parser is sure of (a repaired code, a level inferred
 * the way the format prescribes, a table printed twice): the document can still be complete.
 * Every other warning means something printed is missing from the output.
 */
export const NOTICE_CODES: ReadonlySet<string> = new Set([
  'code-repaired',
  'scorecard-level-inferred',
  'columns-assumed',
  'unit-unknown',
  'unit-converted',
  // Nothing printed is lost: each unit's rows are kept, and the code comes from the document.
  'units-as-rows',
  'units-unnamed',
  'code-by-name',
  // Kept as printed in otherTables: nothing printed is lost, only not typed.
  'table-duplicate-kept',
  'column-kept',
  'row-kept',
  'unit-rows-kept',
]);

export function losesData(warning: ParseWarning): boolean {
  return !NOTICE_CODES.has(warning.code);
}

/** The most warnings kept for one input; garbage in must not mean megabytes of warnings out. */
export const MAX_WARNINGS = 500;

export function excerptOf(text: string): string {
  // Blank edge cells of a tab row say nothing; inner blanks keep their place.
  const flat = text
    .split('\t')
    .map((cell) => cell.trim())
    .join('\t')
    .replace(/^\t+|\t+$/g, '')
    .replace(/\t/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

function inLang(values: Record<string, WarningValue>, lang: Lang): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'object' ? value[lang] : value]),
  );
}

/** Collects warnings in source order of discovery, capped at MAX_WARNINGS. */
export class WarningSink {
  readonly list: ParseWarning[] = [];
  private dropped = 0;
  /** Warnings that lose data, counted past the cap too (the table reader asks "did this table lose lines?"). */
  losing = 0;

  /** `variant`: a more precise wording of the same code (catalogue key `code/variant`). */
  add(code: string, at?: { line?: number; text?: string }, values: Record<string, WarningValue> = {}, variant?: string): void {
    if (!NOTICE_CODES.has(code)) this.losing++;
    if (this.list.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    const entry = (variant !== undefined ? CATALOGUE[`${code}/${variant}`] : undefined) ?? CATALOGUE[code] ?? { 'zh-CN': code, en: code };
    const warning: ParseWarning = {
      code,
      message: { 'zh-CN': interpolate(entry['zh-CN'], inLang(values, 'zh-CN')), en: interpolate(entry.en, inLang(values, 'en')) },
    };
    if (at?.line !== undefined) warning.line = at.line;
    if (at?.text !== undefined && at.text.trim() !== '') warning.excerpt = excerptOf(at.text);
    this.list.push(warning);
  }

  /**
   * Takes back the warnings of `code` on `lines`: a doubt a later stage settled (a row the
   * full-row or panel reader placed with certainty) no longer stands.
   */
  withdraw(code: string, lines: ReadonlySet<number>): void {
    const kept = this.list.filter((w) => !(w.code === code && w.line !== undefined && lines.has(w.line)));
    if (kept.length === this.list.length) return;
    if (!NOTICE_CODES.has(code)) this.losing -= this.list.length - kept.length;
    this.list.splice(0, this.list.length, ...kept);
  }

  finish(): ParseWarning[] {
    if (this.dropped > 0) {
      const count = this.dropped;
      this.dropped = 0;
      const entry = CATALOGUE['too-many-warnings']!;
      this.list.push({
        code: 'too-many-warnings',
        message: {
          'zh-CN': interpolate(entry['zh-CN'], { count }),
          en: interpolate(entry.en, { count }),
        },
      });
    }
    return this.list;
  }
}
