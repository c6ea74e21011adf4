export * from './primitives.js';
export * from './tables.js';
export * from './narrative.js';
export * from './performance.js';
export * from './other-tables.js';
export * from './disclosure.js';
export * from './validate.js';
