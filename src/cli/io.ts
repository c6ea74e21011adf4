/**
 * What a CLI command may do to the world, passed in so commands are testable without a
 * process: read an input (a path, or "-" for stdin), write stdout/stderr, write a file.
 */
import type { Lang } from '../format/messages.js';

export interface CliIO {
  /** Read a file path, or standard input for "-". Rejects with a message on failure. */
  readInput(path: string): Promise<string>;
  /** The same as bytes, for inputs that may be binary (a PDF). Without it, inputs are text. */
  readBytes?(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes shared by all commands. */
export const EXIT = {
  ok: 0,
  /** audit: some finding is an error; parse: the document is partial. */
  findings: 1,
  /** validate: the document is invalid; parse: unreadable. Also bad usage. */
  invalid: 2,
} as const;

export interface CommonOptions {
  lang: Lang;
  json: boolean;
}
