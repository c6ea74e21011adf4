/** Per-instance id prefixes: ids inside a shadow root or an exported SVG never collide. */
let counter = 0;
export function uniquePrefix(name: string): string {
  counter += 1;
  return `${name}-${counter.toString(36)}`;
}
