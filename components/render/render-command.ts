/**
 * `disclosure-widgets render <file|-> --widget <tag> [--width 960] [--lang zh-CN|en]
 * [--theme light|dark] [--<attribute> <value> …] [-o chart.svg]`: one widget's chart as a
 * standalone SVG file, drawn by the element's own code (static-svg.ts). Any other `--name value`
 * is an attribute of the widget (`--money fiscal`, `--by economic`, `--depth item`), checked as
 * the element checks it. The SVG goes to `-o` or stdout; problems go to stderr.
 * Exit 0 drawn, 1 nothing to draw (an empty section), 2 invalid data, options or usage.
 */
import { resolveLang, type Lang } from '../../src/format/messages.js';
import { EXIT, type CliIO } from '../../src/cli/io.js';
import { langOption, notJsonInput, readFailure, usageError, writeFailure, type UsageError } from '../../src/cli/text.js';
import { validateJson } from '../../src/schema/validate.js';
import { renderStaticSvg, STATIC_WIDGETS, type StaticWidget } from './static-svg.js';

export const RENDER_USAGE = `Usage: disclosure-widgets render <file|-> --widget <tag> [-o chart.svg]
  [--width 960] [--lang zh-CN|en] [--theme light|dark] [--<attribute> <value> …]
Widgets: ${Object.keys(STATIC_WIDGETS).join(', ')}`;

interface RenderArgs {
  file?: string;
  out?: string;
  widget?: string;
  width: number;
  lang: Lang;
  theme: 'light' | 'dark';
  attributes: Record<string, string>;
  error?: UsageError | { code: 'badValue' | 'notSvgOut'; arg: string } | { code: 'missingWidget' };
}

const BAD_VALUE = { 'zh-CN': '参数值无效：{arg}', en: 'Invalid value: {arg}' };
/** `-o chart.png` would get SVG text under a raster name, which no viewer opens: refused. */
const NOT_SVG_OUT = {
  'zh-CN': 'render 只输出 SVG，不能写成“{arg}”：请用 -o chart.svg。要 PNG，在浏览器中打开该 SVG 另存，或在页面中调用组件的 toPNG()。',
  en: 'render writes SVG only, not "{arg}": use -o chart.svg. For a PNG, open the SVG in a browser, or call the element\'s toPNG() in a page.',
};
/** The element's message says the value was replaced by its default; here nothing is drawn instead. */
const NOTHING_DRAWN = { 'zh-CN': '未生成图形：请改正上面的参数后重试。', en: 'Nothing was drawn: correct the option above and run it again.' };
const MISSING_WIDGET = { 'zh-CN': '缺少 --widget：要画哪个组件？', en: 'Missing --widget: which widget to draw?' };

function readArgs(argv: readonly string[], envLang?: string): RenderArgs {
  const args: RenderArgs = { width: 960, lang: resolveLang(envLang), theme: 'light', attributes: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '-o' || flag === '--out') args.out = value();
    else if (flag === '--widget') args.widget = value();
    else if (flag === '--lang') {
      const text = value();
      const lang = langOption(text);
      if (lang) args.lang = lang;
      else args.error = { code: 'badLang', arg: text ?? '' };
    }
    else if (flag === '--width') {
      const text = value() ?? '';
      args.width = Number(text);
      if (!(args.width >= 120 && args.width <= 10000)) args.error = { code: 'badValue', arg: `--width ${text} (120–10000)` };
    } else if (flag === '--theme') {
      const theme = value();
      if (theme === 'light' || theme === 'dark') args.theme = theme;
      else args.error = { code: 'badValue', arg: `--theme ${theme ?? ''} (light | dark)` };
    } else if (flag === '-' || !flag.startsWith('-')) {
      if (args.file === undefined) args.file = flag;
      else args.error = { code: 'unexpected', arg };
    } else if (flag.startsWith('--') && flag.length > 2) {
      const attributeValue = value();
      if (attributeValue === undefined) args.error = { code: 'needsFile', arg: flag };
      else args.attributes[flag.slice(2)] = attributeValue;
    } else args.error = { code: 'unknownOption', arg };
    if ((flag === '-o' || flag === '--out' || flag === '--widget') && !(flag === '--widget' ? args.widget : args.out)) {
      args.error = { code: 'needsFile', arg: flag };
    }
  }
  if (!args.error && args.out && /\.(?:png|jpe?g|gif|webp|avif|bmp|tiff?|pdf)$/i.test(args.out)) args.error = { code: 'notSvgOut', arg: args.out };
  if (!args.error && !args.file) args.error = { code: 'missingFile' };
  else if (!args.error && !args.widget) args.error = { code: 'missingWidget' };
  else if (!args.error && !(args.widget! in STATIC_WIDGETS)) args.error = { code: 'badValue', arg: `--widget ${args.widget}` };
  return args;
}

function argError(error: NonNullable<RenderArgs['error']>, lang: Lang): string {
  if (error.code === 'missingWidget') return MISSING_WIDGET[lang];
  if (error.code === 'notSvgOut') return NOT_SVG_OUT[lang].replace('{arg}', error.arg ?? '');
  return error.code === 'badValue' ? BAD_VALUE[lang].replace('{arg}', error.arg ?? '') : usageError(error as UsageError, lang);
}

/** Run `render`; `argv` is what follows the command name. */
export async function renderCommand(argv: readonly string[], io: CliIO, envLang?: string): Promise<number> {
  const args = readArgs(argv, envLang);
  if (args.error) {
    io.stderr(`${argError(args.error, args.lang)}\n${RENDER_USAGE}\n`);
    return EXIT.invalid;
  }
  let text: string;
  try {
    text = await io.readInput(args.file!);
  } catch (error) {
    io.stderr(`${readFailure(args.file!, error, args.lang)}\n`);
    return EXIT.invalid;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const notJson = notJsonInput(args.file!, text);
    if (notJson) {
      io.stderr(`${notJson.message[args.lang]}\n`);
      return EXIT.invalid;
    }
    // Worded as `validate` words it (line and column, in the chosen language), not the engine's English.
    for (const problem of validateJson(text).problems) io.stderr(`${args.file}: ${problem.message[args.lang]}\n`);
    return EXIT.invalid;
  }
  const result = renderStaticSvg(args.widget as StaticWidget, doc, { width: args.width, lang: args.lang, theme: args.theme, attributes: args.attributes });
  if (!result.ok) {
    for (const problem of result.problems) io.stderr(`${problem.message[args.lang]}\n`);
    if (result.empty) {
      io.stderr(`${result.empty[args.lang]}\n`);
      return result.problems.length ? EXIT.invalid : EXIT.findings;
    }
    return EXIT.invalid;
  }
  // An option value that fell back to its default: said, and not drawn silently.
  if (result.warnings.length) {
    for (const warning of result.warnings) io.stderr(`${warning.message[args.lang]}\n`);
    io.stderr(`${NOTHING_DRAWN[args.lang]}\n`);
    return EXIT.invalid;
  }
  if (!args.out) io.stdout(result.svg);
  else {
    try {
      await io.writeFile(args.out, result.svg);
    } catch (error) {
      io.stderr(`${writeFailure(args.out, error, args.lang)}\n`);
      return EXIT.invalid;
    }
  }
  return EXIT.ok;
}
