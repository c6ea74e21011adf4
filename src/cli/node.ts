/**
 * The Node entry of the CLI: binds `run` to the process (files, stdin, stdout, exit code).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { run } from './main.js';
import type { CliIO } from './io.js';
import packageJson from '../../package.json' with { type: 'json' };

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const io: CliIO = {
  readInput: async (path) => (path === '-' ? (await readStdin()).toString('utf8') : readFile(path, 'utf8')),
  readBytes: async (path) => new Uint8Array(path === '-' ? await readStdin() : await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

run(process.argv.slice(2), io, process.env.LC_ALL || process.env.LANG, {
  version: packageJson.version,
  // Loaded only for `render`: validate, audit and parse start without Lit and the elements.
  commands: {
    render: async (argv, cliIo, envLang) => (await import('../../components/render/render-command.js')).renderCommand(argv, cliIo, envLang),
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
