/**
 * Warnings (not errors) about text a valid document carries: a name with an unpaired bidi
 * control (U+202A–U+202E, U+2066–U+2069) reorders whatever is printed after it in any other
 * program that shows it. The widgets isolate names, so the chart still reads correctly; the
 * warning tells the publisher the document itself should be fixed.
 */
import { hasUnpairedBidi } from '../format/bidi.js';
import type { Problem } from './validate.js';

/** Every string in `value` (a validated document) with an unpaired bidi control, by JSON path. */
export function bidiWarnings(value: unknown): Problem[] {
  const warnings: Problem[] = [];
  // The keys down to the current node; a path is spelled out only for a string that warns
  // (building one for every node of a large document cost more than the check itself).
  const keys: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (hasUnpairedBidi(node)) warnings.push(warning(pathOf(keys), node));
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        keys.push(Array.isArray(node) ? Number(key) : key);
        walk(item);
        keys.pop();
      }
    }
  };
  walk(value);
  return warnings;
}

/** `$.tables.t3.rows[2].name`; keys that are not identifiers in brackets. */
function pathOf(keys: readonly (string | number)[]): string {
  let path = '$';
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return path;
}

function warning(path: string, text: string): Problem {
  // Shown with its controls spelled out: printing them would reorder the warning itself.
  const found = text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return {
    path,
    expected: 'paired bidi controls',
    found,
    message: {
      'zh-CN': `${path}：双向控制字符未成对（${found}），在别处显示时会打乱其后的文字。`,
      en: `${path}: unpaired bidi control (${found}); it reorders the text after it wherever it is shown.`,
    },
  };
}
