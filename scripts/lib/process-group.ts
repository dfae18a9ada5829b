import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A child process started as the leader of its own process group, so it can be stopped with everything it started. */
export interface GroupProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves with the exit code (or the signal name) once the leader has exited. */
  readonly exited: Promise<number | string>;
}

/**
 * Starts `command` detached in a new process group; its stdout and stderr lines go to `onLine` (when given)
 * instead of the terminal, so the caller can prefix or parse them.
 */
export function spawnGroup(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { onLine?: (line: string, stream: 'stdout' | 'stderr') => void },
): GroupProcess {
  const { onLine, ...spawnOptions } = options;
  const child = spawn(command, args, {
    ...spawnOptions,
    detached: true,
    stdio: ['ignore', onLine ? 'pipe' : 'inherit', onLine ? 'pipe' : 'inherit'],
  });
  if (child.pid === undefined) throw new Error(`Could not start ${command}.`);
  if (onLine !== undefined) {
    for (const stream of ['stdout', 'stderr'] as const) {
      const source = child[stream];
      if (source) createInterface({ input: source }).on('line', (line) => onLine(line, stream));
    }
  }
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', () => resolve('spawn-error'));
  });
  return { child, pid: child.pid, exited };
}

/** Sends `signal` to every process in the group; a group that is already gone is not an error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** True while any process of the group is alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the whole group: SIGTERM first, SIGKILL for whatever is still alive after `graceMs`. Resolves when the
 * group is gone, so no grandchild (e.g. the server a start script launched) outlives it.
 */
export async function stopGroup(group: GroupProcess, graceMs = 5000): Promise<void> {
  signalGroup(group.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(group.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(group.pid)) signalGroup(group.pid, 'SIGKILL');
  while (groupAlive(group.pid) && Date.now() < deadline + 2000) await new Promise((r) => setTimeout(r, 20));
  await Promise.race([group.exited, new Promise((r) => setTimeout(r, 1000))]);
}
