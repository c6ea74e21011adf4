/**
 * Bidi isolation of names from the documents. A name is data: it may carry right-to-left
 * letters (a class name ending in Arabic) or stray bidi controls (U+202E RIGHT-TO-LEFT
 * OVERRIDE pasted from somewhere). Put into a sentence as is, such a name reorders the text
 * around it — the amount after it, or the whole summary that is the chart's accessible name.
 * Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, whatever it holds stays inside
 * its own run and the sentence keeps its logical order.
 */

/** U+2068 FIRST STRONG ISOLATE: the name takes the direction of its own first strong letter. */
export const FSI = '\u2068';
/** U+2069 POP DIRECTIONAL ISOLATE: ends the isolate, and any embedding the name left open. */
export const PDI = '\u2069';

/** Embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI). */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/**
 * Characters that can move text around in a left-to-right sentence: right-to-left letters
 * (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, and their presentation forms),
 * Arabic digits and marks, and every explicit bidi control.
 */
const REORDERING = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;

/**
 * `name` wrapped in FSI … PDI when it could reorder the text around it; unchanged when it
 * holds nothing but left-to-right and neutral characters (Chinese, Latin, digits), which
 * cannot reorder a left-to-right sentence — so ordinary names, CLI output and exported
 * files stay byte for byte as before.
 * @example isolate('\u202e行政运行') // '\u2068\u202e行政运行\u2069'
 * @example isolate('\u2067名称') // '\u2068\u2067名称\u2069\u2069' (the name's RLI closed too)
 */
export function isolate(name: string): string {
  if (!REORDERING.test(name)) return name;
  // An isolate the name opens and never closes (LRI, RLI, FSI) would swallow our closing
  // PDI, and a stray PDI in the name would close our FSI early: either way the text after
  // the name is reordered. One more FSI per stray PDI and one more PDI per unclosed opener
  // keep the whole name inside (a PDI also ends any embedding or override left open).
  let open = 0;
  let stray = 0;
  for (const char of name) {
    if (char >= '\u2066' && char <= FSI) open++;
    else if (char === PDI) open ? open-- : stray++;
  }
  return FSI.repeat(1 + stray) + name + PDI.repeat(1 + open);
}

/**
 * Whether `text` leaves a bidi embedding, override or isolate open, or closes one it never
 * opened (a stray PDF or PDI). Such text reorders whatever follows it wherever it is shown.
 */
export function hasUnpairedBidi(text: string): boolean {
  if (!CONTROLS.test(text)) return false;
  // Openers in nesting order: 'e' for LRE RLE LRO RLO (closed by PDF), 'i' for LRI RLI FSI
  // (closed by PDI). Strict: a PDI that would also end an embedding still open inside the
  // isolate counts as unpaired, since the text meant something it did not say.
  const open: ('e' | 'i')[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0x202c || code === 0x2069) {
      if (open.pop() !== (code === 0x202c ? 'e' : 'i')) return true;
    } else if (code >= 0x202a && code <= 0x202e) open.push('e');
    else if (code >= 0x2066 && code <= 0x2068) open.push('i');
  }
  return open.length > 0;
}
