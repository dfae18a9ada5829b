import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Resolved through node's module lookup, so it works from ts-jest and from an esbuild bundle alike. */
const AZURITE_BLOB_MAIN = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');

/** A running Azurite blob service on a loopback port with its own temporary folder. */
export interface Azurite {
  readonly port: number;
  /** A connection string for BlobsStorage / BLOB_CONNECTION_STRING. */
  readonly connectionString: string;
  /** Stops the emulator (SIGTERM, then SIGKILL) and deletes its folder; safe to call twice. */
  readonly stop: () => Promise<void>;
}


function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** The connection string for an Azurite blob endpoint on `port`. */
export function azuriteConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`
  );
}

/**
 * Starts Azurite's blob service (the npm package, no Docker) on a free (or the given) loopback port with its data in a temporary
 * folder (deleted on stop), and resolves once it accepts connections. Retries with another port if the chosen one
 * was taken in the meantime.
 */
export async function startAzurite(timeoutMs = 20_000, fixedPort?: number): Promise<Azurite> {
  let lastOutput = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    // A fixed port lets a test point a bot at storage that is not there yet.
    const port = fixedPort ?? (await freePort());
    const folder = mkdtempSync(path.join(tmpdir(), 'azurite-'));
    const child = spawn(
      process.execPath,
      [
        AZURITE_BLOB_MAIN,
        '--blobHost', '127.0.0.1',
        '--blobPort', String(port),
        '--location', folder,
        '--silent',
        '--skipApiVersionCheck',
        '--loose',
        '--disableTelemetry',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')));

    const stop = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited(child);
        clearTimeout(timer);
      }
      rmSync(folder, { recursive: true, force: true });
    };

    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await accepts(port)) return { port, connectionString: azuriteConnectionString(port), stop };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    lastOutput = output;
    await stop();
  }
  throw new Error(`Azurite did not start: ${lastOutput}`);
}
