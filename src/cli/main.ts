/**
 * `disclosure-widgets <command>`: validate, audit and parse disclosure documents. The
 * commands get their world through `CliIO`, so tests run them without a process.
 */
import { resolveLang, type Lang } from '../format/messages.js';
import { validateJson, type Problem } from '../schema/validate.js';
import type { Disclosure } from '../schema/disclosure.js';
import { audit, RULES } from '../audit/index.js';
import type { Finding, RuleInfo } from '../audit/types.js';
import { parseCommand } from './parse-command.js';
import { EXIT, type CliIO } from './io.js';
import { langOption, notJsonInput, readFailure, severityName, usageError, type UsageError } from './text.js';

export const USAGE = `Usage: disclosure-widgets <command> [options]

Commands:
  validate <file|->   Check a disclosure JSON against the schema.
                      Exit 0 when valid, 2 with one problem per line when not.
  audit <file|->      Check a document against the audit's ${RULES.length} rules (arithmetic,
                      completeness, narrative, editorial and as-printed table checks).
                      Exit 0 when no finding is an error, 1 when one is, 2 when invalid.
  audit --rules       List the rules: number, name and what each checks.
  render <file|-> --widget <tag>
                      Draw one widget's chart as a standalone SVG (no JavaScript
                      needed to show it): -o chart.svg, --width 960, --theme
                      light|dark, and the widget's attributes as --name value.
  parse <file|->      Convert a published disclosure (its text or its PDF) to schema JSON.
                      -o <out.json>  write there instead of stdout
                      --audit        audit the result at once
                      Exit 0 complete, 1 partial, 2 unreadable.

Options:
  --lang zh-CN|en     Language of messages (default: from LANG, else zh-CN).
  --json              Machine-readable output.
  -h, --help          This help.
  --version           The package version.
`;

export interface ParsedArgs {
  command: string | undefined;
  file: string | undefined;
  lang: Lang;
  json: boolean;
  rest: string[];
  /** A `--lang` value that is neither zh-CN nor en (refused, not read as the default). */
  badLang?: string;
}

/** Split argv into the command, its file and the options every command shares. */
export function parseArgs(argv: readonly string[], envLang?: string): ParsedArgs {
  const rest: string[] = [];
  let lang = resolveLang(envLang);
  let json = false;
  let badLang: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice(7);
      const chosen = langOption(value);
      if (chosen) lang = chosen;
      else badLang = value ?? '';
    } else if (arg === '--json') json = true;
    else rest.push(arg);
  }
  const [command, ...others] = rest;
  const file = others.find((arg) => arg === '-' || !arg.startsWith('-'));
  return { command, file, lang, json, rest: others, ...(badLang === undefined ? {} : { badLang }) };
}

/**
 * Commands the Node entry adds (`render` needs Lit and the elements, which this module, part of
 * the DOM-free core, does not import), and the package version for `--version`.
 */
export interface CliExtras {
  version?: string;
  commands?: Record<string, (argv: readonly string[], io: CliIO, envLang?: string) => Promise<number>>;
}

export async function run(argv: readonly string[], io: CliIO, envLang?: string, extras: CliExtras = {}): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`${extras.version ?? 'unknown'}\n`);
    return EXIT.ok;
  }
  const args = parseArgs(argv, envLang);
  const extra = args.command ? extras.commands?.[args.command] : undefined;
  if (extra) return extra(argv.slice(argv.indexOf(args.command!) + 1), io, envLang);
  const help = (arg: string | undefined) => arg === '-h' || arg === '--help';
  if (!args.command || help(args.command) || args.command === 'help' || args.rest.some(help)) {
    io.stdout(USAGE);
    return args.command ? EXIT.ok : EXIT.invalid;
  }
  if (args.badLang !== undefined && args.command !== 'parse') {
    io.stderr(`${usageError({ code: 'badLang', arg: args.badLang }, args.lang)}\n`);
    return EXIT.invalid;
  }
  const stray = (args.command === 'validate' || args.command === 'audit') && strayArgument(args);
  if (stray) {
    io.stderr(`${usageError(stray, args.lang)}\n\n${USAGE}`);
    return EXIT.invalid;
  }
  switch (args.command) {
    case 'validate':
      return validateCommand(args, io);
    case 'audit':
      return auditCommand(args, io);
    case 'parse':
      return parseCommand([...argv.slice(argv.indexOf('parse') + 1)], io, envLang);
    default:
      io.stderr(`${usageError({ code: 'unknownCommand', arg: args.command }, args.lang)}\n\n${USAGE}`);
      return EXIT.invalid;
  }
}

/**
 * An option validate or audit does not take (`--widget`, `-o`: render's and parse's), or a
 * second file: refused, where it was ignored and the command answered as if it had not been given.
 */
function strayArgument(args: ParsedArgs): UsageError | undefined {
  let files = 0;
  for (const arg of args.rest) {
    if (arg === '-' || !arg.startsWith('-')) {
      if (++files > 1) return { code: 'unexpected', arg };
    } else if (!(args.command === 'audit' && arg === '--rules')) return { code: 'unknownOption', arg };
  }
  return undefined;
}

/** Read and validate the input; on failure print the problems. Warnings go to stderr. */
async function load(args: ParsedArgs, io: CliIO): Promise<{ document: Disclosure } | { code: number }> {
  if (!args.file) {
    io.stderr(`${usageError({ code: 'missingFile' }, args.lang)}\n\n${USAGE}`);
    return { code: EXIT.invalid };
  }
  let text: string;
  try {
    text = await io.readInput(args.file);
  } catch (error) {
    io.stderr(`${readFailure(args.file, error, args.lang)}\n`);
    return { code: EXIT.invalid };
  }
  const result = validateJson(text);
  if (result.ok) {
    // Usable, but worth fixing at the source (e.g. a name with an unpaired U+202E).
    for (const warning of result.warnings) io.stderr(`${warning.message[args.lang]}\n`);
    return { document: result.document };
  }
  const notJson = notJsonInput(args.file, text);
  printProblems(notJson ? [notJson] : result.problems, args, io);
  return { code: EXIT.invalid };
}

function printProblems(problems: Problem[], args: ParsedArgs, io: CliIO): void {
  if (args.json) {
    io.stdout(`${JSON.stringify({ valid: false, problems }, null, 2)}\n`);
    return;
  }
  for (const problem of problems) io.stdout(`${problem.message[args.lang]}\n`);
}

async function validateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const loaded = await load(args, io);
  if ('code' in loaded) return loaded.code;
  const summary = describeDocument(loaded.document, args.lang);
  io.stdout(args.json ? `${JSON.stringify({ valid: true, summary }, null, 2)}\n` : `${summary}\n`);
  return EXIT.ok;
}

async function auditCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.rest.includes('--rules')) {
    io.stdout(args.json ? `${JSON.stringify({ rules: RULES }, null, 2)}\n` : `${RULES.map((rule) => formatRule(rule, args.lang)).join('\n')}\n`);
    return EXIT.ok;
  }
  const loaded = await load(args, io);
  if ('code' in loaded) return loaded.code;
  const findings = audit(loaded.document);
  // A rule that could not check fails the run like an error: the document was not fully checked.
  const errors = findings.filter((finding) => finding.severity === 'error' || finding.severity === 'unchecked').length;
  if (args.json) {
    io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout(`${formatFinding(finding, args.lang)}\n`);
    io.stdout(`${auditSummary(findings, args.lang)}\n`);
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

/** `valid: 部门决算 2021 淄博市…局 — 9 tables, 9 scorecards`. */
export function describeDocument(doc: Disclosure, lang: Lang): string {
  const tables = Object.keys(doc.tables).length;
  const scorecards = doc.performance?.scorecards.length ?? 0;
  const kind = doc.meta.kind === 'final' ? '部门决算' : '部门预算';
  return lang === 'en'
    ? `valid: ${doc.meta.department} ${doc.meta.year} ${doc.meta.kind === 'final' ? 'final accounts' : 'budget'} — ${tables} tables, ${scorecards} scorecards`
    : `有效：${doc.meta.department} ${doc.meta.year}年度${kind}，${tables} 张表，${scorecards} 张绩效自评表`;
}

/** `R29 fiscal-income-both-tables — 公开01表与公开04表的财政拨款收入互相对应：…`. */
export function formatRule(rule: RuleInfo, lang: Lang): string {
  return `${rule.id} ${rule.name} — ${rule.description[lang]}`;
}

/** One line: rule, severity, cells, expected vs actual, message. */
export function formatFinding(finding: Finding, lang: Lang): string {
  // Table cells as table:row/column@line; narrative and scorecard values by their JSON path.
  const cells = [
    ...finding.cells.map((cell) => `${cell.table}:${cell.row}/${cell.column}${cell.line ? `@${cell.line}` : ''}`),
    ...(finding.fields ?? []).map((field) => `${field.path}${field.line ? `@${field.line}` : ''}`),
  ].join(' ');
  const values =
    finding.expected !== null || finding.actual !== null
      ? lang === 'en'
        ? ` expected ${String(finding.expected)}, actual ${String(finding.actual)}`
        : ` 应为 ${String(finding.expected)}，实为 ${String(finding.actual)}`
      : '';
  return `${finding.rule} ${severityName(finding.severity, lang)} [${cells}]${values} — ${finding.message[lang]}`;
}

/** `12 findings: 1 errors, …`; rules that could not check are counted only when there are any. */
export function auditSummary(findings: Finding[], lang: Lang): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const unchecked = count('unchecked');
  return lang === 'en'
    ? `${findings.length} findings: ${count('error')} errors, ${count('warning')} warnings, ${count('rounding')} rounding notes${unchecked ? `, ${unchecked} could not be checked` : ''}`
    : `共 ${findings.length} 处发现：错误 ${count('error')}，提示 ${count('warning')}，尾差 ${count('rounding')}${unchecked ? `，未能核对 ${unchecked}` : ''}`;
}
