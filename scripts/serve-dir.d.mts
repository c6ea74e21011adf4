/** Serve `root` on 127.0.0.1 with `headers` on every response, until `close()`. */
export function serveDir(root: string, headers?: Record<string, string>): Promise<{ url: string; close(): Promise<void> }>;
