// Whether a bidi control reorders text outside its own isolate (shared by the hostile-string
// and adversarial tests).
export const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether `text` has a bidi control outside an FSI … PDI isolate (or an isolate left open):
 * there it reorders the text around it. Inside a closed isolate anything goes.
 */
export function bidiLeaks(text: string): boolean {
  let depth = 0; // isolates open, counting from an FSI met outside any
  for (const char of text) {
    if (depth === 0) {
      if (char === '\u2068') depth = 1;
      else if (CONTROLS.test(char)) return true;
    } else if (char === '\u2066' || char === '\u2067' || char === '\u2068') depth++;
    else if (char === '\u2069') depth--;
  }
  return depth !== 0;
}

