// Makes the shipped schema declarations cheap for a consumer's type-checker. tsc writes each
// valibot schema's full generic type (dist/types/src/schema: ~1.1 MB of nested
// `v.SchemaWithPipe<…>`), and every `type X = v.InferOutput<typeof X>` makes a consumer's
// compiler evaluate them: one `import { validate } from 'disclosure-widgets'` cost ~120k types
// and seconds without skipLibCheck. Here each output type is written out as the plain object
// type TypeScript infers for it, and each schema constant is typed as a Standard Schema
// (https://standardschema.dev, which valibot's schemas implement) of that output, declared in
// the file itself: the shipped types no longer import valibot, whose own declarations alone
// cost a consumer's check ~70k types. (Passing a schema constant to valibot's own functions
// then needs a cast; `validate()` is the API.)
// Runs after `tsc -p tsconfig.build.json` (npm run build).
import ts from 'typescript';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';

const DIR = 'dist/types/src/schema';
// Declared once, in primitives.d.ts (exported with the core), imported by the other files.
const STANDARD_SCHEMA = `/** A schema as the Standard Schema spec has it (https://standardschema.dev); valibot's schemas implement it. */
export interface StandardSchema<Output> {
    readonly '~standard': {
        readonly version: 1;
        readonly vendor: string;
        readonly validate: (value: unknown) => { readonly value: Output; readonly issues?: undefined } | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> }> } | Promise<unknown>;
        readonly types?: { readonly input: unknown; readonly output: Output };
    };
}`;
const HELPER = `${DIR}/__flatten.d.ts`;
const files = readdirSync(DIR).filter((name) => name.endsWith('.d.ts') && !name.startsWith('__')).map((name) => `${DIR}/${name}`);
const SCHEMA_TYPE = /^v\.\w+Schema\b|^v\.SchemaWithPipe\b/;

/** The schema constants of a file: `export declare const X: v.…Schema<…>`. */
function schemaConstants(file) {
  return file.statements.filter(ts.isVariableStatement).flatMap((statement) =>
    statement.declarationList.declarations.filter((d) => d.type && SCHEMA_TYPE.test(d.type.getText(file))).map((d) => d.name.getText(file)),
  );
}

// A helper module naming each constant's output type, so the checker can print it.
const parse = (path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
const helperLines = ["import type * as v from 'valibot';"];
files.forEach((path, index) => {
  helperLines.push(`import type * as m${index} from './${path.slice(DIR.length + 1).replace(/\.d\.ts$/, '.js')}';`);
  for (const name of schemaConstants(parse(path))) helperLines.push(`export type O${index}_${name} = v.InferOutput<typeof m${index}.${name}>;`);
});
writeFileSync(HELPER, `${helperLines.join('\n')}\n`);
process.on('exit', () => {
  try {
    unlinkSync(HELPER);
  } catch {}
});
const program = ts.createProgram([...files, HELPER], { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
const checker = program.getTypeChecker();
const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
const helper = program.getSourceFile(HELPER);
const printed = new Map(helper.statements.filter(ts.isTypeAliasDeclaration).map((s) => [s.name.text, checker.typeToString(checker.getTypeAtLocation(s.name), undefined, FLAGS)]));

let before = 0;
let after = 0;
const results = [];
files.forEach((path, index) => {
  const file = program.getSourceFile(path);
  const text = file.getFullText();
  before += text.length;
  const aliases = new Set(file.statements.filter(ts.isTypeAliasDeclaration).map((s) => s.name.text));
  const edits = [];
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!declaration.type || !SCHEMA_TYPE.test(declaration.type.getText(file))) continue;
        const name = declaration.name.getText(file);
        const output = aliases.has(name) ? name : printed.get(`O${index}_${name}`);
        if (!output) throw new Error(`${path}: no output type for ${name}`);
        edits.push([declaration.type.getStart(file), declaration.type.getEnd(), `StandardSchema<${output}>`]);
      }
    } else if (ts.isTypeAliasDeclaration(statement)) {
      const match = /^v\.InferOutput<typeof (\w+)>$/.exec(statement.type.getText(file));
      if (match) edits.push([statement.type.getStart(file), statement.type.getEnd(), printed.get(`O${index}_${match[1]}`)]);
    }
  }
  let result = text;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + replacement + result.slice(end);
  result = result
    .replace("import * as v from 'valibot';", path.endsWith('/primitives.d.ts') ? STANDARD_SCHEMA : "import type { StandardSchema } from './primitives.js';")
    // primitives' schema helper: a described schema has its schema's output.
    .replace(/declare const describe: <S extends v\.GenericSchema>[^;]*;/, 'declare const describe: <S extends StandardSchema<unknown>>(schema: S, text: string) => S;');
  const left = /\bv\.\w+/.exec(result.replace(/\/\*[^]*?\*\//g, ''));
  if (left) throw new Error(`${path}: ${left[0]} is left after flattening: …${result.replace(/\/\*[^]*?\*\//g, "").slice(Math.max(0, left.index - 200), left.index + 80)}`);
  after += result.length;
  results.push([path, result]);
});
// Written only when every file worked out.
for (const [path, result] of results) writeFileSync(path, result);
console.log(`schema declarations: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
