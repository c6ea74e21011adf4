// @custom-elements-manifest/analyzer settings (`npm run manifest`). Elements are registered
// through `define('tag', Class)` (components/base/register.ts, which tolerates a second copy of
// the library), not `customElements.define('tag', Class)` directly. The analyzer only knows the
// latter, so it listed one fake element named after register.ts's parameter `tag` and none of
// the real registrations. This plugin records each `define('tag', Class)` call as the
// custom-element-definition of its module and drops the parameter-named one.
import { dirname, join, normalize } from 'node:path';

function defineCalls() {
  return {
    name: 'define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      // Where the class is declared: the module it is imported from in this file.
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        if (ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === ctor.text)) {
          module = normalize(join(dirname(moduleDoc.path), statement.moduleSpecifier.text.replace(/\.js$/, '.ts')));
        }
      }
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: ctor.text, module } });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter((entry) => !(entry.kind === 'custom-element-definition' && module.path === 'components/base/register.ts'));
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/render/**'],
  litelement: true,
  plugins: [defineCalls()],
};
