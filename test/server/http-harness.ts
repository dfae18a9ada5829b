import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { loadConfig, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/logger';
import { createApp, type AppDeps } from '../../src/server/app';

/** A running app on an ephemeral loopback port, with the JSON log lines it wrote. */
export interface RunningApp {
  readonly base: string;
  readonly server: Server;
  readonly logLines: () => Record<string, unknown>[];
  readonly close: () => Promise<void>;
}

/** A pino logger that keeps its JSON lines in memory, so tests can assert what was (not) logged. */
export function memoryLogger(config: Pick<Config, 'logLevel'> = { logLevel: 'debug' }): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger(config, sink);
  const lines = (): Record<string, unknown>[] =>
    chunks
      .join('')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines };
}

/** Starts createApp on 127.0.0.1:0 with a local-mode config unless `deps` says otherwise. */
export async function startApp(deps: Partial<AppDeps> = {}): Promise<RunningApp> {
  const { logger, lines } = memoryLogger();
  const server = createApp({ config: loadConfig({}), logger, ...deps });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    logLines: lines,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** POSTs `body` (a string is sent as is) with a JSON content type unless another is given. */
export function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The parsed JSON body of a response, plus its raw text for "no stack trace" checks. */
export async function readJson(res: Response): Promise<{ json: unknown; text: string }> {
  const text = await res.text();
  return { json: JSON.parse(text) as unknown, text };
}

/** Narrows an API error body, failing the test with the body when it is not one. */
export function errorOf(json: unknown): { code: string; message: string } {
  if (typeof json === 'object' && json !== null && 'error' in json) {
    const error: unknown = json.error;
    if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
      const { code, message } = error;
      if (typeof code === 'string' && typeof message === 'string') return { code, message };
    }
  }
  throw new Error(`not an API error body: ${JSON.stringify(json)}`);
}

/** True when a body looks like it leaks a stack trace or internal paths. */
export function looksLikeStack(text: string): boolean {
  return /\bat [\w.<>]+ \(|node_modules|\/src\/|\.ts:\d+|Error: /.test(text);
}
