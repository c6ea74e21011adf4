/**
 * Where a problem's JSON path (`$.tables.t3.rows[0].values.total`, as validate() writes it)
 * is in the editor's text, so choosing a problem selects the value it is about. A missing
 * key has no place of its own: its nearest present parent is selected instead. One scan of
 * the text, no second parser: it walks the JSON tokens keeping the current path.
 */

/** `$.a[0]["odd key"]` → `['a', 0, 'odd key']`. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const pattern = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.slice(1).matchAll(pattern)) {
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(Number(match[2]));
    else out.push(JSON.parse(match[3]!) as string);
  }
  return out;
}

/** The [start, end) of the value at `path` in `text`, or of its nearest present parent. */
export function locate(text: string, path: string): [number, number] | undefined {
  const want = pathSegments(path);
  const found = new Map<string, [number, number]>();
  const key = (segments: (string | number)[]) => JSON.stringify(segments);
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return '';
    }
  };
  // Only the values on the way to the wanted path are recorded; others are skipped over.
  const value = (at: (string | number)[]): void => {
    space();
    const start = i;
    const onPath = at.every((segment, n) => segment === want[n]);
    if (text[i] === '{') {
      i++;
      for (space(); i < text.length && text[i] !== '}'; space()) {
        if (text[i] === ',') {
          i++;
          continue;
        }
        const name = text[i] === '"' ? string() : '';
        space();
        if (text[i] === ':') i++;
        value([...at, name]);
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      let index = 0;
      for (space(); i < text.length && text[i] !== ']'; space()) {
        if (text[i] === ',') {
          i++;
          index++;
          continue;
        }
        value([...at, index]);
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    if (i === start) i++; // a stray character: move on rather than loop
    if (onPath) found.set(key(at), [start, Math.min(i, text.length)]);
  };
  value([]);
  for (let n = want.length; n >= 0; n--) {
    const range = found.get(key(want.slice(0, n)));
    if (range) return range;
  }
  return undefined;
}
