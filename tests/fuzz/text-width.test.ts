// Property test of wrapText (src/layout/text-width.ts), which keeps each line's width as it
// grows instead of measuring it afresh: every line fits, no more lines than asked, and the
// lines read back as the text (less the spaces at breaks and what an ellipsis replaced).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { textWidth, wrapText } from '../../src/layout/text-width.js';
import { fuzzOptions } from '../helpers/mutate-document.js';
import { NAME_STRINGS } from '../helpers/hostile-strings.js';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...NAME_STRINGS, '社会保障和就业支出', 'General public services (administration)', '行政运行（发展与改革事务）'),
  fc.array(fc.constantFrom('行政', '运行', 'office ', '(a) ', '2010401', ' ', '—', 'W'), { maxLength: 30 }).map((parts) => parts.join('')),
);

describe('property: wrapText', () => {
  it('fits every line, keeps to maxLines and keeps the text in order', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 20, max: 400 }), fc.constantFrom(10, 12, 14), fc.integer({ min: 1, max: 3 }), (t, maxWidth, fontSize, maxLines) => {
        const wrapped = wrapText(t, maxWidth, fontSize, maxLines);
        expect(wrapped.lines.length).to.be.at.most(maxLines);
        for (const line of wrapped.lines) {
          // A single character wider than the line is the only thing allowed to overflow.
          if ([...line].length > 1) expect(textWidth(line, fontSize), JSON.stringify(line)).to.be.at.most(maxWidth + 1e-9);
        }
        const squash = (s: string) => s.replace(/\s+/g, '');
        const read = squash(wrapped.lines.join('').replace(/…$/, ''));
        expect(squash(t).startsWith(read), `${JSON.stringify(t)} → ${JSON.stringify(wrapped.lines)}`).to.equal(true);
        if (!wrapped.truncated) expect(read).to.equal(squash(t));
      }),
      fuzzOptions(500),
    );
  });
});
