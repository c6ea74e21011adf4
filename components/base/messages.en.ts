/** The English of FRAME (messages.ts): its own chunk, loaded when an element first speaks English. */
export default {
  problemCount: 'Problems found: {count}',
  empty: 'This document has nothing to draw.',
  toolbar: 'Export',
  source: 'Source',
  amount: 'Amount ({unit})',
  unitNote: 'Unit: {unit}',
  code: 'code {code}',
  derivedHow: 'Derived: {how}',
  listSeparator: ', ',
  pngFailed: 'The PNG image could not be made; download the SVG or CSV instead.',
};
