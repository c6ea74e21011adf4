// The demo's own catalogue and embed code, without a browser: every element and attribute
// of the manifest has its Chinese words (so the Chinese page never falls back to English),
// and the embed code writes exactly what a page needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { attributeHelpZh } from '../../demo/attribute-help.js';
import { WIDGET_NAMES } from '../../demo/widgets.js';
import { DEMO, say } from '../../demo/messages.js';
import { embedCode, inlineJson } from '../../demo/embed.js';
import { locate, pathSegments } from '../../demo/json-locate.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: { tagName?: string; customElement?: boolean; attributes?: { name: string }[] }[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('every element of the manifest has a name in both languages, every attribute a Chinese meaning', () => {
  assert.ok(elements.length >= 7);
  for (const element of elements) {
    assert.ok(WIDGET_NAMES[element.tagName!]?.['zh-CN'] && WIDGET_NAMES[element.tagName!]?.en, element.tagName);
    for (const attribute of element.attributes ?? []) assert.ok(attributeHelpZh(element.tagName!, attribute.name), `${element.tagName} ${attribute.name}`);
  }
});

test('every page message exists in both languages, and the Chinese never carries English words outside code', () => {
  for (const [key, entry] of Object.entries(DEMO)) {
    assert.ok(entry['zh-CN'] && entry.en, key);
    // Latin words in a Chinese message are only code, commands, file names and brand names.
    const words = entry['zh-CN'].replace(/<[^>]+>|\{\w+\}|[\w.-]*\.(json|txt|js)|npm run \w+|pdftotext -layout|style-src 'self'|disclosure-widgets|custom-elements|Okabe–Ito|Tableau|JSON|PDF|HTML|SVG|PNG|CSV|HTTP|Ctrl\+C|Mac|px|src|dist/g, '');
    assert.doesNotMatch(words, /[A-Za-z]{2,}/, `${key}: ${entry['zh-CN']}`);
  }
});

test('embed code: script tag, theme rules, the element with its attributes, data as src', () => {
  const code = embedCode({
    tag: 'budget-sankey',
    attributes: [['depth', 'item'], ['toolbar', true], ['order', ''], ['lang', 'en']],
    theme: [['--dw-palette-1', '#4e79a7']],
    data: { mode: 'src', file: 'a "b".json' },
  });
  assert.equal(
    code,
    [
      '<meta charset="utf-8">',
      '<script src="disclosure-widgets.iife.js" defer></script>',
      '<style>',
      '  budget-sankey {',
      '    --dw-palette-1: #4e79a7;',
      '  }',
      '</style>',
      '<budget-sankey src="a &quot;b&quot;.json" depth="item" toolbar lang="en"></budget-sankey>',
      '',
    ].join('\n'),
  );
});

test('embed code: inline data cannot end its <script> element, and stays the same JSON', () => {
  const json = JSON.stringify({ meta: { department: '</script><script>alert(1)</script><!--' } });
  const code = embedCode({ tag: 'budget-sankey', attributes: [], theme: [], data: { mode: 'inline', json } });
  assert.equal(code.match(/<\/script>/g)?.length, 2); // the script tag's and the data block's own
  assert.doesNotMatch(code, /<!--/);
  assert.deepEqual(JSON.parse(inlineJson(json)), JSON.parse(json));
  assert.doesNotMatch(code, /<style/);
});

test('a problem path is found in the editor text; a missing key selects its parent', () => {
  const text = '{\n  "meta": { "year": "2021", "odd key": [1, {"x": null}] },\n  "tables": {}\n}';
  assert.deepEqual(pathSegments('$.meta["odd key"][1].x'), ['meta', 'odd key', 1, 'x']);
  const at = (path: string) => {
    const range = locate(text, path);
    return range && text.slice(range[0], range[1]);
  };
  assert.equal(at('$.meta.year'), '"2021"');
  assert.equal(at('$.meta["odd key"][1].x'), 'null');
  assert.equal(at('$.meta.department'), '{ "year": "2021", "odd key": [1, {"x": null}] }');
  assert.equal(at('$.tables.t3.rows[0]'), '{}');
  assert.equal(at('$'), text);
});

test('English counts of one are singular ("1 problem", the usual count after one typo), others plural', () => {
  assert.equal(say('invalid', 'en', { count: 1 }), 'Not valid: 1 problem; the widgets show their error state.');
  assert.equal(say('invalid', 'en', { count: 2 }), 'Not valid: 2 problems; the widgets show their error state.');
  assert.equal(say('invalid', 'zh-CN', { count: 1 }), '无效：1 处问题，组件显示错误状态。');
  assert.equal(say('warningCount', 'en', { count: 1 }), '1 parse warning');
  assert.equal(say('validWithWarnings', 'en', { count: 1 }), 'Valid, with 1 note:');
  // Every English entry with a {count} that reads as a plural noun has its singular.
  for (const [key, entry] of Object.entries(DEMO)) {
    if (/\{count\} (?:[a-z]+ )?[a-z]+s\b/.test(entry.en)) assert.ok(entry.en1, `${key}: "${entry.en}" has no en1 for a count of 1`);
  }
});
