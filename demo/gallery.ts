/**
 * The gallery: every widget of the manifest on the current document, each under its name,
 * with the tag as written on the page and a table of all its attributes (values, default,
 * meaning) from the manifest.
 */
import type { Lang } from '../src/format/messages.js';
import { say } from './messages.js';
import { attributeHelp, controlFor, widgetName, type WidgetDoc } from './widgets.js';

export interface GalleryCard {
  tag: string;
  card: HTMLElement;
  element: HTMLElement;
}

/** One card per widget; `open(tag)` is called by its "open in the playground" button. */
export function renderGallery(widgets: WidgetDoc[], lang: Lang, open: (tag: string) => void): GalleryCard[] {
  return widgets.map((widget) => {
    const card = document.createElement('article');
    card.className = 'card';
    card.dataset.tag = widget.tag;
    const heading = document.createElement('h3');
    heading.textContent = widgetName(widget.tag, lang);
    const tagLine = document.createElement('code');
    tagLine.className = 'tag-line';
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = say('galleryAttributes', lang, { count: widget.attributes.length });
    details.append(summary, attributeTable(widget, lang));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = say('openInPlayground', lang);
    button.addEventListener('click', () => open(widget.tag));
    const element = document.createElement(widget.tag);
    element.setAttribute('toolbar', '');
    card.append(heading, tagLine, details, button, element);
    return { tag: widget.tag, card, element };
  });
}

/** `<budget-sankey lang="zh-CN" toolbar>`: the element's attributes as the page has them. */
export function tagLine(element: HTMLElement): string {
  const attributes = [...element.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('');
  return `<${element.localName}${attributes}>`;
}

function attributeTable(widget: WidgetDoc, lang: Lang): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'scroll';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const key of ['attributeName', 'attributeValues', 'attributeDefault', 'attributeMeaning'] as const) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = say(key, lang);
    head.append(th);
  }
  const body = table.createTBody();
  for (const attribute of widget.attributes) {
    const control = controlFor(widget.tag, attribute);
    const row = body.insertRow();
    const name = document.createElement('code');
    name.textContent = attribute.name;
    row.insertCell().append(name);
    row.insertCell().textContent =
      control.kind === 'boolean'
        ? say('onOff', lang)
        : control.kind === 'choice'
          ? control.values.filter((value) => value !== '').join(' | ')
          : control.kind === 'range'
            ? say('numberRange', lang, { min: control.min, max: control.max })
            : /src$/.test(attribute.name)
              ? say('url', lang)
              : say('anyText', lang);
    row.insertCell().textContent = attribute.default?.replace(/^'(.*)'$/, '$1') ?? '';
    row.insertCell().textContent = attributeHelp(widget.tag, attribute, lang);
  }
  wrap.append(table);
  return wrap;
}
