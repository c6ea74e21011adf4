/**
 * The playground's attribute controls, one per attribute the manifest lists for the widget
 * (except those the page sets for every widget: `lang`, `theme`; and `src`, since the data
 * comes from the editor): a checkbox for a boolean, a list for a choice, a number field for a
 * range, a text field otherwise. An empty choice or field means "not written": the default.
 */
import type { Lang } from '../src/format/messages.js';
import { say } from './messages.js';
import { attributeHelp, controlFor, PAGE_ATTRIBUTES, type AttributeDoc, type WidgetDoc } from './widgets.js';

/** Attribute values as the page writes them: a string, or `true` for a present boolean. */
export type AttributeValues = Map<string, string | boolean>;

/** Suggestions for free-text attributes, from the current document (e.g. `project`). */
export type Suggest = (attribute: string) => string[];

export function editableAttributes(widget: WidgetDoc): AttributeDoc[] {
  return widget.attributes.filter((attribute) => attribute.name !== 'src' && !PAGE_ATTRIBUTES.has(attribute.name));
}

/** The controls for `widget` in `lang`, showing `values`; `onChange` gets each edit. */
export function renderControls(
  widget: WidgetDoc,
  values: AttributeValues,
  lang: Lang,
  suggest: Suggest,
  onChange: (name: string, value: string | boolean) => void,
): HTMLElement[] {
  return editableAttributes(widget).map((attribute) => {
    const control = controlFor(widget.tag, attribute);
    const id = `attr-${attribute.name}`;
    const label = document.createElement('label');
    label.className = control.kind === 'boolean' ? 'field check' : 'field';
    const name = document.createElement('code');
    name.textContent = attribute.name;
    const current = values.get(attribute.name);
    let input: HTMLInputElement | HTMLSelectElement;
    if (control.kind === 'boolean') {
      input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = current === true;
      input.addEventListener('change', () => onChange(attribute.name, (input as HTMLInputElement).checked));
    } else if (control.kind === 'choice') {
      const select = document.createElement('select');
      const fallback = control.default === '' ? say('defaultEmpty', lang) : say('defaultValue', lang, { value: control.default });
      select.append(new Option(fallback, ''), ...control.values.filter((value) => value !== '').map((value) => new Option(value, value)));
      select.value = typeof current === 'string' ? current : '';
      select.addEventListener('change', () => onChange(attribute.name, select.value));
      input = select;
    } else {
      input = document.createElement('input');
      if (control.kind === 'range') {
        input.type = 'number';
        input.min = String(control.min);
        input.max = String(control.max);
      } else {
        input.type = 'text';
        const options = suggest(attribute.name);
        if (options.length > 0) {
          const list = document.createElement('datalist');
          list.id = `${id}-list`;
          list.append(...options.map((option) => new Option(option)));
          label.append(list);
          input.setAttribute('list', list.id);
        }
      }
      input.placeholder = String(control.default);
      input.value = typeof current === 'string' ? current : '';
      input.addEventListener('input', () => onChange(attribute.name, (input as HTMLInputElement).value.trim()));
    }
    input.id = id;
    const help = document.createElement('small');
    help.textContent = attributeHelp(widget.tag, attribute, lang);
    if (control.kind === 'boolean') label.append(input, name, help);
    else label.append(name, input, help);
    return label;
  });
}
