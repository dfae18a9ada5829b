import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { conversationKey } from '../../src/bot/state/keys';
import { createStorage } from '../../src/bot/state/storage';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { answerButtonsOf, readableText, requestsOf, teamsActivity } from './support';

// src/index.ts runs as a real process: bundled by esbuild (dependencies external) inside the repository, so that
// node_modules and the cards folder resolve exactly as they do for dist/src/index.js.
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'production-tests', String(process.pid));
const ENTRY = path.join(OUT_DIR, 'index.js');
const SECRET = 'Prod-Secret-Must-Not-Print-5150';
const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-8999-000000000000';

let azurite: Azurite;
let connector: FakeConnector;

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  buildSync({ entryPoints: [path.join(REPO_ROOT, 'src', 'index.ts')], outfile: ENTRY, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
  [azurite, connector] = await Promise.all([startAzurite(), startFakeConnector()]);
}, 60_000);

afterAll(async () => {
  await connector.close();
  await azurite.stop();
  rmSync(OUT_DIR, { recursive: true, force: true });
});

interface Run {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts the server with exactly `env` (plus PATH): never the test runner's own environment. */
function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function listeningUrl(r: Run, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const line of r.output().split('\n')) {
      if (line.includes('"msg":"listening"')) {
        const url = (JSON.parse(line) as { url?: unknown }).url;
        if (typeof url === 'string') return url.replace('[::]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not listening: ${r.output()}`);
}

const PRODUCTION = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://advisor.contoso.com', PORT: '0' } as const;

describe('production mode refuses to start without authentication (real process)', () => {
  test.each<{ name: string; env: Record<string, string>; named: readonly string[] }>([
    { name: 'no app id and no credential', env: {}, named: ['MicrosoftAppId', 'MicrosoftAppPassword'] },
    { name: 'a password but no app id', env: { MicrosoftAppPassword: SECRET }, named: ['MicrosoftAppId'] },
    { name: 'an app id but no password', env: { MicrosoftAppId: APP_ID }, named: ['MicrosoftAppPassword'] },
    { name: 'managed identity without its tenant', env: { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI' }, named: ['MicrosoftAppTenantId'] },
    { name: 'blob storage without its connection string', env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT, STORAGE: 'blob' }, named: ['BLOB_CONNECTION_STRING'] },
    { name: 'NODE_ENV=Production (capital P) without credentials', env: { NODE_ENV: 'Production' }, named: ['MicrosoftAppId'] },
    { name: 'App Service (WEBSITE_HOSTNAME) without NODE_ENV or credentials', env: { NODE_ENV: '', WEBSITE_HOSTNAME: 'advisor.azurewebsites.net' }, named: ['WEBSITE_HOSTNAME', 'MicrosoftAppId'] },
    { name: 'Kubernetes with NODE_ENV=development and no credentials', env: { NODE_ENV: 'development', KUBERNETES_SERVICE_HOST: '10.0.0.1' }, named: ['KUBERNETES_SERVICE_HOST'] },
    { name: 'a single-tenant app id (the default type) without its tenant', env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET }, named: ['MicrosoftAppTenantId'] },
  ])('$name → exit 1, names the variables, prints no secret and no stack', async ({ env, named }) => {
    const r = run({ ...PRODUCTION, ...env });
    expect(await r.exited).toBe(1);
    for (const variable of named) expect(r.output()).toContain(variable);
    expect(r.output()).not.toContain(SECRET);
    expect(r.output()).not.toMatch(/\n\s+at /);
    expect(r.output()).not.toContain('"msg":"listening"');
  });

  test('with its credentials it starts, says so without the secret, and warns that memory state is lost on restart', async () => {
    const r = run({ ...PRODUCTION, MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT });
    try {
      const url = await listeningUrl(r);
      // Authentication is on: a request without a token is refused.
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsActivity(connector.url, { id: 'x', text: 'start' })) });
      expect(res.status).toBe(401);
      expect(r.output()).toContain('"mode":"production"');
      expect(r.output()).toMatch(/STORAGE=memory in production/);
      expect(r.output()).not.toMatch(/LOCAL MODE/);
      expect(r.output()).not.toContain(SECRET);
      r.child.kill('SIGTERM');
      expect(await r.exited).toBe(0);
    } finally {
      r.child.kill('SIGKILL');
    }
  });

  test('local mode warns loudly that authentication is off and answers on loopback only', async () => {
    const r = run({ PORT: '0' });
    try {
      const url = await listeningUrl(r);
      expect(r.output()).toMatch(/"level":40.*LOCAL MODE: authentication is OFF/);
      expect(r.output()).toMatch(/"url":"http:\/\/127\.0\.0\.1:\d+"/);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const lan = Object.values(networkInterfaces()).flat().find((i) => i !== undefined && i.family === 'IPv4' && !i.internal);
      if (lan !== undefined) await expect(fetch(url.replace('127.0.0.1', lan.address) + '/healthz')).rejects.toThrow();
      r.child.kill('SIGTERM');
      expect(await r.exited).toBe(0);
    } finally {
      r.child.kill('SIGKILL');
    }
  });
});

describe('start-up failures are one clear line (item 14)', () => {
  test('a port in use: exit 1, names the port, no stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const r = run({ PORT: String(port) });
      expect(await r.exited).toBe(1);
      expect(r.output()).toContain(`port ${port} is already in use`);
      expect(r.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});

describe('SIGTERM with a turn in flight (real process, state in Azurite)', () => {
  test('stops accepting, finishes the turn (reply delivered, state and message ids written), exits 0', async () => {
    const container = 'sigterm';
    const r = run({ PORT: '0', STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: container, LOG_LEVEL: 'info' });
    try {
      const url = await listeningUrl(r);
      const conversation = { id: 'conv-sigterm', conversationType: 'personal' };
      const post = (body: unknown): Promise<Response> =>
        fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

      expect((await post(teamsActivity(connector.url, { id: 's-1', text: 'start', conversation }))).status).toBe(200);
      const card = requestsOf(connector.requests, conversation.id).find((q) => q.method === 'POST');
      const button = answerButtonsOf(card?.body ?? {}).find((b) => b.value !== 'unknown');
      expect(button).toBeDefined();

      // The connector holds the replies, so the click's turn is still running when SIGTERM arrives.
      const release = connector.hold();
      const before = connector.requests.length;
      const inFlight = post(teamsActivity(connector.url, { id: 's-2', value: button, conversation }));
      while (requestsOf(connector.requests.slice(before), conversation.id).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      r.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      expect(r.child.exitCode).toBeNull();

      release();
      expect((await inFlight).status).toBe(200);
      expect(await r.exited).toBe(0);
      expect(r.output()).toContain('"msg":"stopped"');
      // The answer reached the user once: the live card updated in place, by its real id, to the next question.
      const delivered = requestsOf(connector.requests.slice(before), conversation.id).filter((q) => (q.method === 'POST' || q.method === 'PUT') && q.status === 200);
      expect(delivered.map((q) => `${q.method} ${q.path}`)).toEqual([`PUT /v3/conversations/${conversation.id}/activities/${card?.replyId ?? 'none'}`]);
      expect(readableText(delivered[0]?.body ?? {})).toMatch(/question 2/i);

      // What the turn wrote is in the store: the answer, and the live card's real message id.
      const storage = await createStorage({ kind: 'blob', connectionString: azurite.connectionString, container });
      const key = conversationKey({ channelId: 'msteams', conversation: { ...conversation, isGroup: false, name: '' }, channelData: { tenant: { id: 'tenant-1' } } });
      const stored = JSON.stringify((await storage.read([key]))[key]);
      expect(stored).toContain(`"${button?.question}":"${button?.value}"`);
      expect(card?.replyId).toMatch(/^msg-\d+$/);
      expect(stored).toContain(`"cardActivityId":"${card?.replyId ?? 'none'}"`);
      expect(stored).not.toContain('pending-reply:');
    } finally {
      r.child.kill('SIGKILL');
    }
  });
});
