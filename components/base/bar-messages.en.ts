/** The English of BARS (bar-messages.ts): its own chunk, loaded when an element first speaks English. */
export default {
  keyboardHint: 'Use the up and down arrow keys to move between rows, Home/End for the first/last, Enter to select, Escape to clear.',
  focused: '{name}, {value}, row {index} of {count}',
  unit: 'Unit: {unit}',
};
