import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

// The composition root runs as a real process: bundled by esbuild (dependencies stay external) inside the repo so
// that node_modules and the repository root resolve exactly as they do for dist/src/index.js.
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'server-tests', String(process.pid));
const ENTRY = path.join(OUT_DIR, 'index.js');
const SECRET = 'Never-Print-This-Secret-42';

beforeAll(() => {
  mkdirSync(OUT_DIR, { recursive: true });
  buildSync({
    entryPoints: [path.join(REPO_ROOT, 'src', 'index.ts')],
    outfile: ENTRY,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
});
afterAll(() => {
  rmSync(OUT_DIR, { recursive: true, force: true });
});

interface Run {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts the bundled index.ts with exactly `env` (plus PATH), never the test runner's own environment. */
function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for the "listening" log line and returns the URL it names. */
async function listeningUrl(r: Run, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const line of r.stdout().split('\n')) {
      if (line.includes('"msg":"listening"')) {
        const url = (JSON.parse(line) as { url?: unknown }).url;
        if (typeof url === 'string') return url.replace('[::]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not listening; stdout: ${r.stdout()} stderr: ${r.stderr()}`);
}

describe('the composition root (src/index.ts)', () => {
  test('with no environment it serves in local mode, warns loudly that auth is off, and exits 0 on SIGTERM', async () => {
    const r = run({ PORT: '0' });
    try {
      const url = await listeningUrl(r);
      const res = await fetch(`${url}/healthz`);
      expect(res.status).toBe(200);
      expect(r.stdout()).toMatch(/"level":40.*LOCAL MODE: authentication is OFF/);
      expect(r.stdout()).toContain('"mode":"local"');
      r.child.kill('SIGTERM');
      expect(await r.exited).toBe(0);
      expect(r.stdout()).toContain('"msg":"stopped"');
    } finally {
      r.child.kill('SIGKILL');
    }
  });

  test('SIGINT stops it cleanly too', async () => {
    const r = run({ PORT: '0' });
    try {
      await listeningUrl(r);
      r.child.kill('SIGINT');
      expect(await r.exited).toBe(0);
    } finally {
      r.child.kill('SIGKILL');
    }
  });

  test('production without credentials refuses to start, names the missing variables and never prints a secret', async () => {
    const r = run({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://advisor.contoso.com', STORAGE: 'cosmos', COSMOS_KEY: SECRET, PORT: '0' });
    expect(await r.exited).toBe(1);
    expect(r.stderr()).toContain('MicrosoftAppId');
    expect(r.stderr()).toContain('MicrosoftAppPassword');
    expect(r.stderr()).toContain('COSMOS_ENDPOINT');
    expect(r.stderr() + r.stdout()).not.toContain(SECRET);
    expect(r.stderr()).not.toMatch(/\n\s+at /);
  });
});
