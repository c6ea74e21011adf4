/**
 * The editor's live validation, shown under it: valid (with the document named, and any
 * notes validate() gives), or every problem as its JSON path and sentence. Choosing a
 * problem selects its place in the editor (json-locate.ts).
 */
import { messageBody, type Problem, type ValidationResult } from '../src/schema/validate.js';
import type { Lang } from '../src/format/messages.js';
import type { Disclosure } from '../src/schema/disclosure.js';
import { say } from './messages.js';
import { locate } from './json-locate.js';

/** `淄博市临淄区工业和信息化局 2021年度部门决算` / `…, 2021 final accounts`. */
export function documentLine(meta: Pick<Disclosure['meta'], 'department' | 'year' | 'kind'>, lang: Lang): string {
  const kind = say(meta.kind === 'final' ? 'kindFinal' : 'kindBudget', lang);
  return say('docLine', lang, { department: meta.department, year: meta.year ?? '', kind });
}

export function renderValidation(result: ValidationResult, editor: HTMLTextAreaElement, lang: Lang): HTMLElement[] {
  const head = document.createElement('p');
  if (result.ok) {
    head.className = 'ok';
    head.textContent = say('valid', lang, { doc: documentLine(result.document.meta, lang) });
    if (result.warnings.length === 0) return [head];
    const notes = document.createElement('p');
    notes.textContent = say('validWithWarnings', lang, { count: result.warnings.length });
    return [head, notes, problemList(result.warnings, editor, lang)];
  }
  head.className = 'failure';
  head.textContent = say('invalid', lang, { count: result.problems.length });
  return [head, problemList(result.problems, editor, lang)];
}

function problemList(problems: Problem[], editor: HTMLTextAreaElement, lang: Lang): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'problems';
  for (const problem of problems) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'path';
    button.textContent = problem.path;
    button.addEventListener('click', () => {
      const range = syntaxErrorAt(problem) ?? locate(editor.value, problem.path);
      editor.focus();
      if (range) editor.setSelectionRange(range[0], range[1]);
    });
    const text = document.createElement('span');
    text.textContent = messageBody(problem, lang);
    item.append(button, ' ', text);
    list.append(item);
  }
  return list;
}

/** A JSON syntax error has no path of its own: the place JSON.parse stopped, when it says. */
function syntaxErrorAt(problem: Problem): [number, number] | undefined {
  const at = problem.expected === 'JSON text' ? /position (\d+)/.exec(problem.found) : null;
  return at ? [Number(at[1]), Number(at[1]) + 1] : undefined;
}
