// Dev aid: one real sample read both ways — its .layout.txt (parse) and its .pdf (parsePdf) — and what differs:
// the status, the warnings only one path raises (by code, then message), and every table cell that differs.
//   npx tsx scripts/pdf-compare.ts ../shared/samples/real/NAME [code-filter]
import { readFileSync } from 'node:fs';
import { parse, parsePdf } from '../src/parse/index.js';
const [base, only] = process.argv.slice(2);
const text = parse(readFileSync(`${base}.layout.txt`, 'utf8'));
const pdf = await parsePdf(new Uint8Array(readFileSync(`${base}.pdf`)));
console.log('status text', text.status, '| pdf', pdf.status);
const key = (w: { code: string; excerpt?: string; message: { en: string } }) => `${w.code} ${w.excerpt ?? w.message.en}`;
const bag = (ws: typeof text.warnings) => {
  const m = new Map<string, number>();
  for (const w of ws) if (!only || w.code === only) m.set(key(w), (m.get(key(w)) ?? 0) + 1);
  return m;
};
const [bt, bp] = [bag(text.warnings), bag(pdf.warnings)];
for (const [k, n] of bp) if ((bt.get(k) ?? 0) < n) console.log('PDF only:', k.slice(0, 300), n - (bt.get(k) ?? 0));
for (const [k, n] of bt) if ((bp.get(k) ?? 0) < n) console.log('TEXT only:', k.slice(0, 300), n - (bp.get(k) ?? 0));
// Cells: leaves keyed by a path that names array items by code/name/row, sources dropped.
function flat(v: unknown, path: string, out: Map<string, unknown>) {
  if (Array.isArray(v)) {
    const seen = new Map<string, number>();
    v.forEach((item, i) => {
      const o = item as Record<string, unknown> | null;
      let id = o && typeof o === 'object' ? String(o.code ?? o.name ?? o.label ?? i) : String(i);
      const c = seen.get(id) ?? 0;
      seen.set(id, c + 1);
      if (c) id += `#${c}`;
      flat(item, `${path}[${id}]`, out);
    });
  } else if (v && typeof v === 'object') {
    for (const [k, c] of Object.entries(v)) if (k !== 'source' && k !== 'page') flat(c, `${path}.${k}`, out);
  } else out.set(path, v);
}
const ft = new Map<string, unknown>();
const fp = new Map<string, unknown>();
flat(text.document?.tables, 'tables', ft);
flat(pdf.document?.tables, 'tables', fp);
flat(text.document?.otherTables, 'other', ft);
flat(pdf.document?.otherTables, 'other', fp);
let diffs = 0;
for (const k of new Set([...ft.keys(), ...fp.keys()])) {
  const [a, b] = [ft.get(k), fp.get(k)];
  if (a !== b && diffs++ < 200) console.log('cell', k, '| text', JSON.stringify(a), '| pdf', JSON.stringify(b));
}
console.log('cell diffs', diffs);
