import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { EnvFileError, loadEnvironment } from './env-files';
import { type RunningPlayground, startPlayground } from './playground';
import { type GroupProcess, signalGroup, spawnGroup, stopGroup } from './process-group';

/** Credentials that would switch the bot out of local mode; the Playground cannot sign its requests. */
const BOT_CREDENTIALS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId'] as const;
const DEFAULT_BOT_PORT = 3978;
const DEFAULT_PLAYGROUND_PORT = 56150;

export interface DevLoopOptions {
  /** The repository root: env/, .m365agentsplayground.yml and scripts/start.js live here. */
  readonly repoRoot: string;
  /** The shell's environment; it overrides env/.env.playground and env/.env.playground.user. */
  readonly shellEnv: Readonly<Record<string, string | undefined>>;
  /** How to start the bot; default `node scripts/start.js` (builds when needed, then runs dist/src/index.js). */
  readonly botCommand: readonly string[];
  readonly log: (line: string) => void;
  readonly logError: (line: string) => void;
  /** How long the first start (which may compile the bot) may take; default 5 minutes. */
  readonly botReadyTimeoutMs: number;
}

function defaults(repoRoot: string): DevLoopOptions {
  return {
    repoRoot,
    shellEnv: process.env,
    botCommand: [process.execPath, join(repoRoot, 'scripts', 'start.js')],
    log: (line) => console.log(line),
    logError: (line) => console.error(line),
    botReadyTimeoutMs: 5 * 60_000,
  };
}

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new EnvFileError(`${name} must be a port number from 1 to 65535 (got "${raw}").`);
  return n;
}

/** Resolves true when nothing listens on `port` yet. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, () => server.close(() => resolvePort(true)));
  });
}

/** Waits until the bot answers HTTP on its port (any status counts: it is listening). */
async function waitForBot(port: number, bot: GroupProcess, timeoutMs: number): Promise<'ready' | 'exited' | 'timeout'> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void bot.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) return 'exited';
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
      return 'ready';
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return 'timeout';
}

/**
 * `npm run dev`: starts the bot in local mode and the Agents Playground pointed at it, prints the Playground's
 * address, and stops both (with everything they started) on Ctrl-C, SIGTERM, or when either of them ends.
 * Resolves with the exit code; the caller exits with it.
 */
export async function runDevLoop(overrides: Partial<DevLoopOptions> = {}): Promise<number> {
  // run-ts bundles this file into node_modules/.cache, so __dirname is no guide; npm runs scripts from the root.
  const o: DevLoopOptions = { ...defaults(resolve(overrides.repoRoot ?? process.cwd())), ...overrides };
  const say = (line: string): void => o.log(`[dev] ${line}`);

  let values: Readonly<Record<string, string>>;
  let botPort: number;
  let playgroundPort: number;
  try {
    const env = loadEnvironment(o.repoRoot, 'playground', o.shellEnv, ['PORT', 'TEAMSAPPTESTER_PORT']);
    values = env.values;
    botPort = parsePort('PORT', values.PORT, DEFAULT_BOT_PORT);
    playgroundPort = parsePort('TEAMSAPPTESTER_PORT', values.TEAMSAPPTESTER_PORT, DEFAULT_PLAYGROUND_PORT);
  } catch (error) {
    if (error instanceof EnvFileError) {
      o.logError(`[dev] ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (!(await portIsFree(botPort))) {
    o.logError(
      `[dev] Port ${botPort} is already in use (is the bot already running?). Stop that process, or set PORT in env/.env.playground.user.`,
    );
    return 1;
  }

  const botEnv: Record<string, string | undefined> = { ...o.shellEnv, ...values, PORT: String(botPort) };
  for (const name of BOT_CREDENTIALS) {
    if (botEnv[name] !== undefined && botEnv[name] !== '') say(`Ignoring ${name}: the Playground only talks to a bot in local mode.`);
    delete botEnv[name];
  }
  if (botEnv.NODE_ENV === 'production') {
    say('Ignoring NODE_ENV=production: the dev loop runs the bot in local mode.');
    botEnv.NODE_ENV = 'development';
  }

  let stopping = false;
  let bot: GroupProcess | undefined;
  let playground: RunningPlayground | undefined;
  const stopAll = async (): Promise<void> => {
    stopping = true;
    await Promise.all([bot && stopGroup(bot), playground?.stop()]);
  };
  // Last resort if this process dies unexpectedly: no child may outlive it.
  const onExit = (): void => {
    if (bot) signalGroup(bot.pid, 'SIGKILL');
    if (playground) signalGroup(playground.process.pid, 'SIGKILL');
  };
  process.once('exit', onExit);

  let resolveSignal: (signal: string) => void = () => undefined;
  const signalled = new Promise<string>((r) => {
    resolveSignal = r;
  });
  const onSignal = (signal: NodeJS.Signals): void => resolveSignal(signal);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  // When npm is killed with SIGTERM, its shell dies without passing the signal on; noticing that we were
  // orphaned (our parent changed) is the only way to still stop the bot and the Playground.
  const parent = process.ppid;
  const orphanWatch = setInterval(() => {
    if (process.ppid !== parent) resolveSignal('parent process ended');
  }, 500);
  orphanWatch.unref();
  const cleanup = (): void => {
    clearInterval(orphanWatch);
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', onExit);
  };

  try {
    say(`Starting the bot on port ${botPort} (local mode; the first start compiles it, which can take a minute)…`);
    const [command, ...args] = o.botCommand;
    bot = spawnGroup(command, args, {
      cwd: o.repoRoot,
      env: botEnv,
      onLine: (line, stream) => (stream === 'stderr' ? o.logError : o.log)(`[bot] ${line}`),
    });
    const playgroundStart = startPlayground({
      botEndpoint: `http://127.0.0.1:${botPort}/api/messages`,
      port: playgroundPort,
      configPath: join(o.repoRoot, '.m365agentsplayground.yml'),
      logFile: join(o.repoRoot, 'build', 'playground', 'm365agentsplayground.log'),
      cwd: o.repoRoot,
      env: { TEAMSAPPTESTER_BROWSER: values.TEAMSAPPTESTER_BROWSER },
      onLine: (line) => o.log(`[playground] ${line}`),
    });
    const started = await Promise.race([
      Promise.all([
        playgroundStart.then((p) => {
          playground = p;
        }),
        waitForBot(botPort, bot, o.botReadyTimeoutMs),
      ]).then(([, botState]) => botState),
      signalled.then(() => 'signal' as const),
    ]);
    if (started === 'signal') {
      say('Stopping…');
      await playgroundStart.then((p) => (playground = p)).catch(() => undefined);
      await stopAll();
      return 0;
    }
    if (started !== 'ready') {
      o.logError(
        started === 'exited'
          ? `[dev] The bot stopped before it was ready (exit ${String(await bot.exited)}); see its output above.`
          : `[dev] The bot did not answer on port ${botPort} within ${o.botReadyTimeoutMs / 1000} s.`,
      );
      await stopAll();
      return 1;
    }
    const running = playground as RunningPlayground | undefined;
    if (running === undefined) throw new Error('The Playground did not report its address.');
    o.log('');
    o.log(`  Bot (local mode, no sign-in):  http://localhost:${botPort}/api/messages`);
    o.log(`  Microsoft 365 Agents Playground:  ${running.url}   <- open this in your browser`);
    o.log('  Press Ctrl-C to stop both.');
    o.log('');

    const ended = await Promise.race([
      signalled.then((signal) => ({ signal })),
      bot.exited.then((code) => ({ who: 'bot', code })),
      running.process.exited.then((code) => ({ who: 'Agents Playground', code })),
    ]);
    if ('signal' in ended) {
      say(`${ended.signal}: stopping the bot and the Playground…`);
      await stopAll();
      say('Stopped.');
      return 0;
    }
    if (!stopping) o.logError(`[dev] The ${ended.who} stopped (exit ${String(ended.code)}); stopping the rest.`);
    await stopAll();
    return 1;
  } catch (error) {
    o.logError(`[dev] ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    return 1;
  } finally {
    cleanup();
  }
}

/** Entry point used by scripts/dev.js: runs the dev loop and exits with its code. */
export async function main(argv: readonly string[], overrides: Partial<DevLoopOptions> = {}): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('Usage: npm run dev   (settings: env/.env.playground, env/.env.playground.user, your shell)');
    process.exit(0);
  }
  if (argv.length > 0) {
    console.error(`Unknown argument "${argv[0]}". Usage: npm run dev`);
    process.exit(2);
  }
  process.exit(await runDevLoop(overrides));
}
