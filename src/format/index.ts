export * from './messages.js';
export * from './number.js';
export * from './units.js';
export * from './percent.js';
export * from './bidi.js';
