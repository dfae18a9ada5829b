import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnvFile } from '../../scripts/lib/env-files';
import { REPO_ROOT } from './helpers';

const FAKE_BOT = join(__dirname, 'fixtures', 'fake-bot.js');
const playgroundEnv = parseEnvFile(readFileSync(join(REPO_ROOT, 'env', '.env.playground'), 'utf8'), 'env/.env.playground');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function portOpen(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

interface DevRun {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

/** A repository root holding only the committed files the dev loop reads, so local *.user files cannot interfere. */
function makeDevRoot(dir: string): string {
  const root = join(dir, 'repo');
  mkdirSync(join(root, 'env'), { recursive: true });
  cpSync(join(REPO_ROOT, 'env', '.env.playground'), join(root, 'env', '.env.playground'));
  cpSync(join(REPO_ROOT, '.m365agentsplayground.yml'), join(root, '.m365agentsplayground.yml'));
  return root;
}

/**
 * Runs the dev loop exactly as scripts/dev.js does, with the fake bot instead of scripts/start.js, optionally
 * behind a shell (as npm runs it) so the shell can be killed on its own.
 */
function startDev(root: string, env: Record<string, string>, viaShell = false): DevRun {
  const script = [
    `const { runTs } = require(${JSON.stringify(join(REPO_ROOT, 'scripts', 'run-ts.js'))});`,
    `runTs(${JSON.stringify(join(REPO_ROOT, 'scripts', 'lib', 'dev-loop.ts'))})`,
    `.main([], { repoRoot: ${JSON.stringify(root)}, botCommand: [process.execPath, ${JSON.stringify(FAKE_BOT)}] });`,
  ].join('\n');
  const [command, args] = viaShell
    ? ['/bin/sh', ['-c', `"${process.execPath}" -e '${script.replace(/'/g, `'"'"'`)}'; true`]]
    : [process.execPath, ['-e', script]];
  const child = spawn(command, args as string[], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exit,
    output: () => text,
    async waitFor(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(text);
        if (match !== null) return match;
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern}. Output so far:\n${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

describe('npm run dev (the bot plus the Agents Playground)', () => {
  let dir: string;
  let root: string;
  let botPort: number;
  let playgroundPort: number;
  let run: DevRun | undefined;
  let blocker: Server | undefined;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dev-loop-'));
    root = makeDevRoot(dir);
    botPort = await freePort();
    playgroundPort = await freePort();
  });
  afterEach(async () => {
    if (run && run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGINT');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([run.exit, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
      clearTimeout(timer);
    }
    run = undefined;
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    blocker = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const baseEnv = (mode = 'ok'): Record<string, string> => ({
    PORT: String(botPort),
    TEAMSAPPTESTER_PORT: String(playgroundPort),
    FAKE_BOT_DIR: dir,
    FAKE_BOT_MODE: mode,
  });

  it('starts both, points the Playground at the bot with the committed Teams context, and Ctrl-C stops everything', async () => {
    // The preferred Playground port is taken: the Playground moves to another one and the printed address follows.
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(playgroundPort, resolve));
    run = startDev(root, { ...baseEnv(), MicrosoftAppId: '11111111-2222-4333-8444-555555555555', MicrosoftAppPassword: 's3cret' });
    const [, url] = await run.waitFor(/Microsoft 365 Agents Playground:\s+(http:\/\/localhost:\d+)/);
    expect(run.output()).toContain(`Bot (local mode, no sign-in):  http://localhost:${botPort}/api/messages`);
    expect(url).not.toBe(`http://localhost:${playgroundPort}`);
    expect(await (await fetch(url)).text()).toContain('<title>Microsoft 365 Agents Playground</title>');

    // Local mode: the credentials from the shell never reach the bot, the env file's settings do.
    expect(run.output()).toContain('Ignoring MicrosoftAppId');
    expect(JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8'))).toEqual({
      PORT: String(botPort),
      MicrosoftAppId: null,
      MicrosoftAppPassword: null,
      NODE_ENV: null,
      ADMIN_AAD_OBJECT_IDS: playgroundEnv.ADMIN_AAD_OBJECT_IDS,
      STORAGE: 'memory',
      TEAMSFX_ENV: 'playground',
    });

    // An activity sent through the Playground reaches the bot, carrying .m365agentsplayground.yml's tenant and user.
    const config = (await (await fetch(`${url}/_internal/v1/config`)).json()) as { config: { personalChat: { id: string } } };
    expect(config.config.personalChat.id).toBe('personal-chat-alex-wilber');
    const template = await (await fetch(`${url}/_internal/v1/customActivities/template?conversationId=personal-chat-alex-wilber`)).json();
    const sent = await fetch(`${url}/_internal/v1/customActivities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...template, type: 'message', text: 'hello from the test', locale: 'nl-NL' }),
    });
    expect(sent.status).toBe(200);
    expect(await eventually(() => existsSync(join(dir, 'activities.jsonl')))).toBe(true);
    const activity = JSON.parse(readFileSync(join(dir, 'activities.jsonl'), 'utf8').trim().split('\n')[0]);
    expect(activity).toMatchObject({
      type: 'message',
      text: 'hello from the test',
      channelId: 'msteams',
      conversation: { tenantId: '6d3c8e2a-1b4f-4c7e-9a2d-5f8b0c1e7a93' },
      from: { aadObjectId: playgroundEnv.ADMIN_AAD_OBJECT_IDS },
    });

    // The Playground writes its log under the repository's build/, not into ./devTools.
    expect(existsSync(join(root, 'build', 'playground', 'm365agentsplayground.log'))).toBe(true);
    expect(existsSync(join(root, 'devTools'))).toBe(false);
    const grandchild = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    const actualPlaygroundPort = Number(new URL(url).port);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
    expect(run.output()).toContain('[dev] Stopped.');
    expect(await portOpen(botPort)).toBe(false);
    expect(await portOpen(actualPlaygroundPort)).toBe(false);
    expect(await eventually(() => !pidAlive(grandchild), 5000)).toBe(true);
  });

  it('stops the Playground and fails when the bot cannot start', async () => {
    run = startDev(root, baseEnv('crash'));
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('[bot] fake bot: failing on purpose');
    expect(run.output()).toMatch(/The bot stopped before it was ready \(exit 3\)/);
    expect(await portOpen(playgroundPort)).toBe(false);
  });

  it('stops the Playground when the bot dies later, and says so', async () => {
    run = startDev(root, baseEnv('crash-later'));
    await run.waitFor(/Press Ctrl-C to stop both/);
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('The bot stopped (exit 3); stopping the rest.');
    expect(await portOpen(playgroundPort)).toBe(false);
    const grandchild = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    expect(await eventually(() => !pidAlive(grandchild), 5000)).toBe(true);
  });

  it('refuses to start when the bot port is taken, before starting anything', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(botPort, resolve));
    run = startDev(root, baseEnv());
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain(`Port ${botPort} is already in use`);
    expect(run.output()).toContain('PORT in env/.env.playground.user');
    expect(existsSync(join(dir, 'env.json'))).toBe(false);
    expect(await portOpen(playgroundPort)).toBe(false);
  });

  it('stops everything when the shell npm started it from is killed (npm does not pass SIGTERM on)', async () => {
    run = startDev(root, baseEnv(), true);
    await run.waitFor(/Press Ctrl-C to stop both/);
    run.child.kill('SIGTERM');
    await run.waitFor(/parent process ended: stopping the bot and the Playground/, 10_000);
    await run.waitFor(/\[dev\] Stopped\./, 15_000);
    expect(await portOpen(botPort)).toBe(false);
    expect(await portOpen(playgroundPort)).toBe(false);
    const grandchild = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    expect(await eventually(() => !pidAlive(grandchild), 5000)).toBe(true);
  });
});
