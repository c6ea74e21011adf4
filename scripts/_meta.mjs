import { build } from 'esbuild';
import { esbuildBundleTransforms } from './bundle-transforms.mjs';
import { ownSideEffectsEsbuild } from './side-effects.mjs';
const r = await build({ entryPoints:[process.argv[2]], bundle:true, minify:true, format:'esm', target:'es2022', write:false, splitting:true, outdir:'size-check-out', conditions:['production'], tsconfig:'tsconfig.json', logLevel:'silent', metafile:true, charset:'utf8', plugins:[ownSideEffectsEsbuild, esbuildBundleTransforms({})]});
for (const [p,o] of Object.entries(r.metafile.outputs)) console.log(p, o.bytes, o.entryPoint??'', JSON.stringify(o.imports.map(i=>i.kind+':'+i.path)));
