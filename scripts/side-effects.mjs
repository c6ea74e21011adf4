// Which of our own source files run code on import: each element's define.ts (it registers
// the tag; with-audit/define.ts wires the audit in) and components/index.ts. package.json's
// `sideEffects` names only the shipped files (dist/elements/*.js, the IIFE), but rollup and
// esbuild read that field for the source files too and would drop `import './x/define.js'`;
// these plugins say so per file while bundling our source.
const SIDE_EFFECTS = /[\\/]components[\\/](?:[^\\/]+[\\/]define|index)\.ts$/;

/** Rollup: keep the side effects of define.ts files and components/index.ts. */
export function ownSideEffects() {
  return {
    name: 'own-side-effects',
    async resolveId(source, importer, options) {
      // Entries (no importer) too: the first resolution of a module fixes its side effects.
      if (source.startsWith('\0') || (importer && !source.startsWith('.'))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && SIDE_EFFECTS.test(resolved.id) ? { ...resolved, moduleSideEffects: true } : resolved;
    },
  };
}

/** esbuild: the same, for bundles measured or served from source (scripts/check-size.mjs). */
export const ownSideEffectsEsbuild = {
  name: 'own-side-effects',
  setup(build) {
    build.onResolve({ filter: /(?:define|index)\.js$/ }, async (args) => {
      if (args.pluginData?.own) return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { own: true } });
      return SIDE_EFFECTS.test(result.path) ? { ...result, sideEffects: true } : result;
    });
  },
};
