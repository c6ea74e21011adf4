/**
 * `disclosure-widgets parse <file|-> [more files…] [-o out.json] [--audit] [--lang zh-CN|en] [--json] [--progress]`:
 * published text (one file, or several that make one disclosure) or the published PDF in, schema JSON out. The document goes to `-o` or stdout, so it pipes;
 * everything said about it goes to stderr: one warning per line (`line N: message — excerpt`),
 * then the validation problems, then with `--audit` the audit findings. With `--json` that
 * report is one JSON object on stderr instead. Exit 0 complete, 1 partial, 2 unreadable
 * (also for bad usage or an unreadable file).
 */
import { resolveLang, type Lang } from '../format/messages.js';
import { audit } from '../audit/index.js';
import type { Finding } from '../audit/index.js';
import { parse, parsePdf, type ParseResult, type ParseWarning } from '../parse/index.js';
import { EXIT, type CliIO } from './io.js';
import { jsonGivenToParse, langOption, readFailure, severityName, usageError, writeFailure, type UsageError } from './text.js';

interface ParseArgs {
  /** One disclosure, possibly in several files (情况说明 + 报表), in reading order. */
  files: string[];
  out?: string;
  audit: boolean;
  lang: Lang;
  json: boolean;
  /** --progress: "page/pages" on stderr while a PDF is read. */
  progress: boolean;
  error?: UsageError;
}

const USAGE = 'Usage: disclosure-widgets parse <file.txt|file.pdf|-> [more .txt files…] [-o out.json] [--audit] [--lang zh-CN|en] [--json] [--progress]';

function readArgs(argv: readonly string[], envLang?: string): ParseArgs {
  const args: ParseArgs = { files: [], audit: false, lang: resolveLang(envLang), json: false, progress: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-o' || arg === '--out') {
      const value = argv[++i];
      if (!value) args.error = { code: 'needsFile', arg };
      else args.out = value;
    } else if (arg.startsWith('--out=')) args.out = arg.slice(6);
    else if (arg === '--audit') args.audit = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--progress') args.progress = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice(7);
      const lang = langOption(value);
      if (lang) args.lang = lang;
      else args.error = { code: 'badLang', arg: value ?? '' };
    }
    else if (arg === '-' || !arg.startsWith('-')) {
      // Standard input is one whole document; it does not combine with files.
      if ((arg === '-' && args.files.length > 0) || args.files.includes('-')) args.error = { code: 'unexpected', arg };
      else args.files.push(arg);
    } else args.error = { code: 'unknownOption', arg };
  }
  if (args.files.length === 0 && !args.error) args.error = { code: 'missingFile' };
  return args;
}

/** Run `parse`; `argv` is what follows the command name, `envLang` the LANG the default language comes from. */
export async function parseCommand(argv: string[], io: CliIO, envLang?: string): Promise<number> {
  const args = readArgs(argv, envLang);
  if (args.error) {
    io.stderr(`${usageError(args.error, args.lang)}\n${USAGE}\n`);
    return EXIT.invalid;
  }
  let result: ParseResult;
  try {
    result = await readAndParse(args, io);
  } catch (error) {
    if (error instanceof WrongInput) {
      io.stderr(`${error.message}\n`);
      return EXIT.invalid;
    }
    const file = error instanceof FileError ? error.file : args.files[0]!;
    io.stderr(`${readFailure(file, error instanceof FileError ? error.cause : error, args.lang)}\n`);
    return EXIT.invalid;
  }
  const findings = args.audit && result.document ? safeAudit(result) : undefined;
  if (result.document) {
    const json = `${JSON.stringify(result.document, null, 2)}\n`;
    try {
      if (args.out) await io.writeFile(args.out, json);
      else io.stdout(json);
    } catch (error) {
      io.stderr(`${writeFailure(args.out!, error, args.lang)}\n`);
      return EXIT.invalid;
    }
  }
  report(result, findings, args, io);
  return result.status === 'complete' ? EXIT.ok : result.status === 'partial' ? EXIT.findings : EXIT.invalid;
}

/** An input that was read but is not what `parse` reads (JSON); its message is for the user as it is. */
class WrongInput extends Error {}

/** A read failure and the file it happened on. */
class FileError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(String(cause));
  }
}

const isPdf = (file: string, bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-') || /\.pdf$/i.test(file);

/**
 * A PDF (by its %PDF- header, or a .pdf name) goes to the PDF reader, anything else is text;
 * several text files are read as one document. A PDF is read on its own (the PDF reader takes
 * one file): with other files it is refused with a message, never half-read.
 */
async function readAndParse(args: ParseArgs, io: CliIO): Promise<ParseResult> {
  const texts: string[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      const bytes = io.readBytes ? await io.readBytes(file) : undefined;
      if (bytes && isPdf(file, bytes)) {
        if (args.files.length > 1) {
          throw new Error(args.lang === 'en' ? 'a PDF is parsed on its own; convert the other files with it to text, or parse the PDF alone' : 'PDF 须单独解析：请单独解析该 PDF，或将几个文件都转为文本后一起解析');
        }
        const progress = args.progress ? (page: number, pages: number) => io.stderr(`\r${page}/${pages}`) : undefined;
        const result = await parsePdf(bytes, { lang: args.lang, onProgress: progress });
        if (progress) io.stderr('\n');
        return result;
      }
      text = bytes ? new TextDecoder('utf-8').decode(bytes) : await io.readInput(file);
    } catch (error) {
      throw new FileError(file, error);
    }
    const json = jsonGivenToParse(file, text, args.lang);
    if (json) throw new WrongInput(json);
    texts.push(text);
  }
  return parse(texts.length === 1 ? texts[0]! : texts, { lang: args.lang });
}

function safeAudit(result: ParseResult): Finding[] {
  try {
    // With the parse warnings: a table read with doubt gives "could not check", not errors.
    return audit(result.document!, { warnings: result.warnings });
  } catch {
    return [];
  }
}

/** Warnings that say the input is no disclosure text at all (empty, a scan, no table). */
const NOT_A_DISCLOSURE: ReadonlySet<string> = new Set(['empty-input', 'pdf-no-text', 'no-tables']);

function report(result: ParseResult, findings: Finding[] | undefined, args: ParseArgs, io: CliIO): void {
  if (args.json) {
    const out: Record<string, unknown> = { status: result.status, warnings: result.warnings };
    if (result.problems) out.problems = result.problems;
    if (findings) out.findings = findings;
    io.stderr(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const reason = result.status === 'unreadable' ? result.warnings.find((warning) => NOT_A_DISCLOSURE.has(warning.code)) : undefined;
  if (reason) {
    // Not a disclosure at all: the one reason, not a "table not found" line per table.
    const more = result.warnings.length - 1;
    const rest = more > 0 ? (args.lang === 'en' ? ` (${more} more warnings: --json lists them)` : `（另有 ${more} 条警告，--json 列出全部）`) : '';
    io.stderr(`${args.lang === 'en' ? 'parse: unreadable — ' : '解析：无法读取——'}${reason.message[args.lang]}${rest}\n`);
    return;
  }
  for (const warning of result.warnings) io.stderr(`${formatWarning(warning, args.lang)}\n`);
  for (const problem of result.problems ?? []) io.stderr(`${problem.message[args.lang]}\n`);
  for (const finding of findings ?? []) {
    io.stderr(`${finding.rule} ${severityName(finding.severity, args.lang)}: ${finding.message[args.lang]}\n`);
  }
  io.stderr(`${summary(result, findings, args.lang)}\n`);
}

/** `line 690: message — excerpt` (`page 12, line 690:` for a PDF); warnings about the whole document have no line. */
export function formatWarning(warning: ParseWarning, lang: Lang): string {
  const page = warning.page !== undefined ? (lang === 'en' ? `page ${warning.page}, ` : `第${warning.page}页`) : '';
  const where = warning.line !== undefined ? (lang === 'en' ? `${page}line ${warning.line}: ` : `${page}第${warning.line}行：`) : '';
  const excerpt = warning.excerpt ? ` — ${warning.excerpt}` : '';
  return `${where}${warning.message[lang]}${excerpt}`;
}

function summary(result: ParseResult, findings: Finding[] | undefined, lang: Lang): string {
  const status = {
    complete: { 'zh-CN': '完整', en: 'complete' },
    partial: { 'zh-CN': '部分', en: 'partial' },
    unreadable: { 'zh-CN': '无法读取', en: 'unreadable' },
  }[result.status][lang];
  const audited = findings
    ? lang === 'en'
      ? `, ${findings.length} audit findings`
      : `，核对发现 ${findings.length} 处`
    : '';
  return lang === 'en'
    ? `parse: ${status}, ${result.warnings.length} warnings${audited}`
    : `解析：${status}，${result.warnings.length} 条警告${audited}`;
}
