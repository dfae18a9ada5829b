import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type GroupProcess, spawnGroup, stopGroup } from './process-group';

/** How to start the Microsoft 365 Agents Playground from the project's own node_modules. */
export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  readonly botEndpoint: string;
  /** Preferred port; the Playground takes a random free one when it is busy (the real one is reported back). */
  readonly port: number;
  /** A .m365agentsplayground.yml with the mocked tenant, users and chats; the Playground's defaults otherwise. */
  readonly configPath?: string;
  /** Where the Playground writes its log (it would create ./devTools/ in the working directory otherwise). */
  readonly logFile: string;
  /** Working directory for the Playground process. */
  readonly cwd: string;
  /** Extra environment, e.g. TEAMSAPPTESTER_BROWSER=default to open a browser. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Receives every output line of the Playground. */
  readonly onLine?: (line: string) => void;
  /** How long to wait for "Listening on <port>"; default 60 s. */
  readonly startTimeoutMs?: number;
}

export interface RunningPlayground {
  /** The address to open in a browser, e.g. http://localhost:56150. */
  readonly url: string;
  readonly port: number;
  readonly process: GroupProcess;
  /** Stops the Playground and everything it started. */
  stop(): Promise<void>;
}

/** The Playground's CLI inside the project's dependencies (the same file node_modules/.bin/agentsplayground runs). */
export function playgroundCliPath(): string {
  return join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
}

/**
 * Starts the Agents Playground pointed at `botEndpoint` as the Teams channel, offline (telemetry off, no browser
 * unless asked), and resolves once it listens; rejects with its output if it exits or stays silent too long.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const output: string[] = [];
  let announce: ((port: number) => void) | undefined;
  const listening = new Promise<number>((resolve) => {
    announce = resolve;
  });
  const group = spawnGroup(
    process.execPath,
    [
      playgroundCliPath(),
      'start',
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      // Telemetry would try to reach Application Insights; this machine may have no network at all.
      '--disable-telemetry',
    ],
    {
      cwd: options.cwd,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        ...options.env,
        M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
        ...(options.configPath !== undefined ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath } : {}),
      },
      onLine: (line) => {
        output.push(line);
        const match = /Listening on (\d+)/.exec(line);
        if (match !== null) announce?.(Number(match[1]));
        options.onLine?.(line);
      },
    },
  );
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    listening.then((port) => ({ port })),
    group.exited.then((code) => ({ exit: code })),
    new Promise<{ timeout: true }>((resolve) => {
      timer = setTimeout(() => resolve({ timeout: true }), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (!('port' in outcome)) {
    await stopGroup(group);
    const why = 'exit' in outcome ? `exited (${String(outcome.exit)})` : `did not start within ${timeoutMs / 1000} s`;
    throw new Error(`The Agents Playground ${why}. Its output:\n${output.slice(-20).join('\n')}`);
  }
  return {
    url: `http://localhost:${outcome.port}`,
    port: outcome.port,
    process: group,
    stop: () => stopGroup(group),
  };
}
