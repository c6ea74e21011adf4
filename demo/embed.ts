/**
 * "Copy embed code": the HTML a portal page needs to show a widget as the playground shows
 * it — the script tag of the single-file build, the theme as `--dw-*` rules when it differs
 * from the defaults, and the element with its attributes and its data, either as a `src`
 * file beside the page or inline in a `<script type="application/json">` child (for a CMS
 * that accepts HTML but no JavaScript). Pasted into an empty HTML file next to
 * dist/disclosure-widgets.iife.js (and the data file, for `src`) it shows the same widget;
 * tests/node/demo-e2e.test.ts does exactly that. Pure: no DOM.
 */

export interface EmbedOptions {
  tag: string;
  /** Attributes in the order written; `true` writes a boolean attribute, `false`/'' leaves it out. */
  attributes: [name: string, value: string | boolean][];
  /** `--dw-*` custom properties the page set (name → value); empty for the defaults. */
  theme: [name: string, value: string][];
  /**
   * Those that differ on a dark background, and whether the widget is always dark (`theme="dark"`)
   * or only when the system prefers dark; on screen only, as the widgets' own dark defaults.
   */
  dark?: { properties: [name: string, value: string][]; always: boolean };
  data: { mode: 'src'; file: string } | { mode: 'inline'; json: string };
  /** The single-file build, relative to the page. */
  script?: string;
}

export const SCRIPT_FILE = 'disclosure-widgets.iife.js';

export function embedCode(options: EmbedOptions): string {
  const lines = ['<meta charset="utf-8">', `<script src="${escapeAttribute(options.script ?? SCRIPT_FILE)}" defer></script>`];
  const rules = (theme: [string, string][], indent: string) => theme.map(([name, value]) => `${indent}${name}: ${value.replace(/[;{}<]/g, '')};`);
  if (options.theme.length > 0) {
    const dark = options.dark?.properties ?? [];
    // As the widgets choose their own dark defaults: on screen (a dark widget prints light), theme="dark", or the system prefers dark and the page did not say light.
    const when = options.dark?.always ? ['screen', options.tag] : ['screen and (prefers-color-scheme: dark)', `${options.tag}:not([theme='light'])`];
    const darkRule = dark.length > 0 ? [`  @media ${when[0]} {`, `    ${when[1]} {`, ...rules(dark, '      '), '    }', '  }'] : [];
    lines.push('<style>', `  ${options.tag} {`, ...rules(options.theme, '    '), '  }', ...darkRule, '</style>');
  }
  const attributes = [...options.attributes];
  if (options.data.mode === 'src') attributes.unshift(['src', options.data.file]);
  const written = attributes
    .map(([name, value]) => (value === true ? ` ${name}` : value === false || value === '' ? '' : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  if (options.data.mode === 'src') lines.push(`<${options.tag}${written}></${options.tag}>`);
  else {
    lines.push(`<${options.tag}${written}>`, `  <script type="application/json">${inlineJson(options.data.json)}</script>`, `</${options.tag}>`);
  }
  return lines.join('\n') + '\n';
}

/**
 * JSON text safe inside a `<script>` element: `<` becomes `\u003c` (still the same JSON, since
 * `<` only occurs inside strings), so no `</script>` or `<!--` in a name can end the element.
 */
export function inlineJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
