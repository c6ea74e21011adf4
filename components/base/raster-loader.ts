/**
 * The PNG painter (raster.ts, ~2.6 KB gzip), loaded on the first export: most pages never
 * make a PNG, so the ES module builds split it into its own chunk. The script-tag file is one
 * file anyway; its build resolves this module to raster-loader.inline.ts (scripts/
 * bundle-transforms.mjs, `inlineRaster`), which skips the lazy wrapper and its bytes.
 */
export const loadRaster = (): Promise<typeof import('./raster.js')> => import('./raster.js');
