import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/helpers/free-port';
import { startBenchConnector, type BenchConnector } from './connector';
import { benchAnswerSets, runEngineBench, type EngineBenchResult } from './engine-bench';
import { printUnderstanding, runUnderstandingBench } from './understanding-bench';
import { adviceConversation, percentile, replayConversation, runLoad, type AdvicePlan, type ConversationRun, type LoadResult, type Target } from './load';

/** Simulated admins talking to the bot at the same time. */
const CONCURRENCY = 64;
/** Measured rounds per bot, alternating advisor and echo, after a warm-up round of CONCURRENCY conversations each. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Full advice conversations per round. */
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 192);
/** Conversations left in the middle of the advice (start + one answer) for the memory phase, on a fresh server. */
const IDLE_CONVERSATIONS = Number(process.env.BENCH_IDLE_CONVERSATIONS ?? 1000);
/** Few clients in the memory phase, so in-flight garbage stays small next to what the conversations leave behind. */
const MEMORY_CONCURRENCY = 8;
const MB = 1024 * 1024;

interface Paths {
  readonly repoRoot: string;
  /** The built advisor server (npm run build output). */
  readonly advisorEntry: string;
  /** The bundled echo bot. */
  readonly echoEntry: string;
  readonly gcPreload: string;
  readonly resultsFile: string;
}

interface Memory {
  readonly rss: number;
  readonly heapUsed: number;
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux); 0 elsewhere. With `mainThread`, only
 * its main thread's (the JavaScript thread, where a turn's work is done; garbage collection and I/O helpers run beside
 * it), which bounds a Node server's throughput.
 */
function cpuMsOf(pid: number | undefined, mainThread = false): number {
  const file = mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return 0;
  // Fields 14 and 15 (utime, stime) in clock ticks; the command name in field 2 may contain spaces, so split after ')'.
  const fields = readFileSync(file, 'utf8').split(')').pop()?.trim().split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * 10 : 0;
}

/** A server process under test. */
interface Server {
  readonly child: ChildProcess;
  readonly base: string;
  readonly coldStartMs: number;
  readonly memory: () => Promise<Memory>;
  readonly stop: () => Promise<void>;
}


function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Spawns a server (with --expose-gc and the GC-on-signal preload), then measures cold start: from spawn to the first
 * answered message (HTTP 200 and a reply at the connector). Logs go to /dev/null, as cheap as App Service's pipe.
 */
async function startServer(entry: string, paths: Paths, connector: BenchConnector, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const memoryFile = path.join(folder, 'memory.json');
  const started = performance.now();
  // BENCH_NODE_ARGS reaches the servers' node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile them.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child = spawn(process.execPath, [...nodeArgs, '--expose-gc', '-r', paths.gcPreload, entry], {
    cwd: paths.repoRoot,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), BENCH_MEMORY_FILE: memoryFile, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const base = `http://127.0.0.1:${port}`;
  const target: Target = { base, connector };
  let coldStartMs = -1;
  for (let attempt = 0; coldStartMs < 0; attempt++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited: ${stderr}`);
    if (performance.now() - started > 30_000) throw new Error(`${entry} did not answer within 30 s: ${stderr}`);
    const run = await replayConversation(target, `cold-start-${attempt}`, 'en-US', [{ text: 'help' }]);
    if (run.samples[0]?.ok === true) coldStartMs = performance.now() - started;
    else await sleep(10);
  }
  return {
    child,
    base,
    coldStartMs,
    memory: async () => {
      rmSync(memoryFile, { force: true });
      child.kill('SIGUSR2');
      for (let i = 0; i < 250 && !existsSync(memoryFile); i++) await sleep(20);
      await sleep(50);
      const usage = JSON.parse(readFileSync(memoryFile, 'utf8')) as { rss: number; heapUsed: number };
      if (process.env.BENCH_DEBUG_MEMORY) console.log(JSON.stringify(usage));
      return { rss: usage.rss, heapUsed: usage.heapUsed };
    },
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Realistic admins: fixed answer sets (the engine benchmark's), clicking, typing or both, in English or Dutch. */
function plans(count: number, seed: number): AdvicePlan[] {
  const answerSets = benchAnswerSets(count, seed);
  const modes = ['click', 'type', 'mixed'] as const;
  return answerSets.map((answers, i) => ({ answers, mode: modes[i % modes.length] ?? 'click', locale: i % 4 === 3 ? 'nl-NL' : 'en-US' }));
}

interface BotFigures {
  readonly turns: number;
  readonly conversations: number;
  readonly turnsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly errorSamples: string[];
  readonly coldStartMs: number;
  readonly rssPerThousandConversationsMb: number;
  readonly heapPerThousandConversationsMb: number;
  readonly rssAfterMb: number;
  /** CPU the server spent per turn in the measured phase (user + system). */
  readonly serverCpuMsPerTurn: number;
  /** Of that, the main (JavaScript) thread: one core at most, so 1000 / this bounds the turns per second. */
  readonly serverMainThreadCpuMsPerTurn: number;
  /** CPU the load generator (this process: clients + fake connector) spent per turn meanwhile. */
  readonly loadGeneratorCpuMsPerTurn: number;
  /** Calls to the Bot Connector per turn (replies, in-place card updates). */
  readonly connectorCallsPerTurn: number;
  /** Messages the bot posted per conversation (one full advice for the advisor; card updates not counted). */
  readonly botMessagesPerAdvice: number;
}

/** CPU used by the server and by this process over a phase, and the connector calls made meanwhile. */
interface CpuSpan {
  readonly serverMs: number;
  /** Of that, the server's main (JavaScript) thread. */
  readonly serverMainMs: number;
  readonly selfMs: number;
  readonly connectorCalls: number;
}

async function withCpu<T>(server: Server, connector: BenchConnector, work: () => Promise<T>): Promise<{ result: T; cpu: CpuSpan }> {
  const serverBefore = cpuMsOf(server.child.pid);
  const mainBefore = cpuMsOf(server.child.pid, true);
  const selfBefore = process.cpuUsage();
  const callsBefore = connector.calls();
  const result = await work();
  const self = process.cpuUsage(selfBefore);
  return {
    result,
    cpu: { serverMs: cpuMsOf(server.child.pid) - serverBefore, serverMainMs: cpuMsOf(server.child.pid, true) - mainBefore, selfMs: (self.user + self.system) / 1000, connectorCalls: connector.calls() - callsBefore },
  };
}

/** Memory (after garbage collection) before and after IDLE_CONVERSATIONS conversations were left on a fresh server. */
interface MemoryGrowth {
  readonly before: Memory;
  readonly after: Memory;
  readonly conversations: number;
}

function figures(load: LoadResult, server: Server, memory: MemoryGrowth, cpu: CpuSpan): BotFigures {
  const perThousand = (bytes: number): number => round((bytes / MB / memory.conversations) * 1000);
  const { before, after } = memory;
  return {
    turns: load.turns,
    conversations: load.conversations,
    turnsPerSecond: round(load.turns / (load.wallMs / 1000)),
    p50Ms: round(percentile(load.latencies, 50)),
    p95Ms: round(percentile(load.latencies, 95)),
    p99Ms: round(percentile(load.latencies, 99)),
    errors: load.errors,
    errorSamples: load.errorSamples,
    coldStartMs: Math.round(server.coldStartMs),
    rssPerThousandConversationsMb: perThousand(after.rss - before.rss),
    heapPerThousandConversationsMb: perThousand(after.heapUsed - before.heapUsed),
    rssAfterMb: round(after.rss / MB),
    serverCpuMsPerTurn: round(cpu.serverMs / load.turns),
    serverMainThreadCpuMsPerTurn: round(cpu.serverMainMs / load.turns),
    loadGeneratorCpuMsPerTurn: round(cpu.selfMs / load.turns),
    connectorCallsPerTurn: round(cpu.connectorCalls / load.turns),
    botMessagesPerAdvice: round(load.runs.reduce((n, r) => n + r.botMessages, 0) / Math.max(1, load.runs.length)),
  };
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** The advisor server as deployed in local mode: info logs, in-memory state. */
const ADVISOR_ENV = { NODE_ENV: 'development', LOG_LEVEL: 'info', STORAGE: 'memory' } as const;

/**
 * Memory kept per conversation: a fresh server, warmed up with full conversations at low concurrency and settled
 * with conversations of the measured shape, then IDLE_CONVERSATIONS more conversations left after their first answer;
 * RSS and heap after garbage collection, before and after.
 */
async function memoryPhase(entry: string, paths: Paths, env: Record<string, string>, parse: boolean, job: (target: Target, i: number, plan: AdvicePlan) => Promise<ConversationRun>): Promise<MemoryGrowth> {
  const connector = await startBenchConnector(parse);
  const server = await startServer(entry, paths, connector, env);
  try {
    const target: Target = { base: server.base, connector };
    const warm = plans(CONCURRENCY, 11);
    await runLoad(MEMORY_CONCURRENCY, warm.map((plan, i) => () => adviceConversation(target, `memory-warm-${i}`, plan)));
    // Half as many conversations of the measured shape first, so V8 has grown its heap to its working size and the
    // growth measured next is what the conversations keep, not the heap's own expansion.
    const settle = plans(Math.ceil(IDLE_CONVERSATIONS / 2), 12);
    await runLoad(MEMORY_CONCURRENCY, settle.map((plan, i) => () => job(target, IDLE_CONVERSATIONS + i, plan)));
    const before = await server.memory();
    const idle = plans(IDLE_CONVERSATIONS, 13);
    await runLoad(MEMORY_CONCURRENCY, idle.map((plan, i) => () => job(target, i, plan)));
    const after = await server.memory();
    return { before, after, conversations: IDLE_CONVERSATIONS };
  } finally {
    await server.stop();
    await connector.close();
  }
}

/** One measured round of one bot: its load and the CPU spent on it. */
interface Round {
  readonly load: LoadResult;
  readonly cpu: CpuSpan;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * Figures over several rounds: throughput and latency percentiles are the median of the rounds (one round disturbed
 * by another process on the machine does not decide the result), counts and CPU are totals.
 */
function roundFigures(rounds: readonly Round[], server: Server, memory: MemoryGrowth): BotFigures {
  const perRound = rounds.map(({ load, cpu }) => figures(load, server, memory, cpu));
  const turns = rounds.reduce((n, r) => n + r.load.turns, 0);
  const sum = (pick: (c: CpuSpan) => number): number => rounds.reduce((n, r) => n + pick(r.cpu), 0);
  const first = perRound[0];
  if (first === undefined) throw new Error('no rounds');
  return {
    ...first,
    turns,
    conversations: rounds.reduce((n, r) => n + r.load.conversations, 0),
    turnsPerSecond: median(perRound.map((f) => f.turnsPerSecond)),
    p50Ms: median(perRound.map((f) => f.p50Ms)),
    p95Ms: median(perRound.map((f) => f.p95Ms)),
    p99Ms: median(perRound.map((f) => f.p99Ms)),
    errors: rounds.reduce((n, r) => n + r.load.errors, 0),
    errorSamples: [...new Set(rounds.flatMap((r) => r.load.errorSamples))].slice(0, 5),
    serverCpuMsPerTurn: round(sum((c) => c.serverMs) / turns),
    serverMainThreadCpuMsPerTurn: round(sum((c) => c.serverMainMs) / turns),
    loadGeneratorCpuMsPerTurn: round(sum((c) => c.selfMs) / turns),
    connectorCallsPerTurn: round(sum((c) => c.connectorCalls) / turns),
    botMessagesPerAdvice: median(perRound.map((f) => f.botMessagesPerAdvice)),
  };
}

/**
 * Both bots up side by side, warmed up, then ROUNDS rounds alternating the advisor (CONVERSATIONS full advice
 * conversations) and the echo bot (exactly the same inputs, same concurrency); then each bot's memory phase on a
 * fresh server.
 */
async function benchBoth(paths: Paths): Promise<{ advisor: BotFigures; echo: BotFigures; throughputPerRound: { advisor: number[]; echo: number[] } }> {
  const advisorConnector = await startBenchConnector(true);
  const echoConnector = await startBenchConnector(false);
  const advisorServer = await startServer(paths.advisorEntry, paths, advisorConnector, ADVISOR_ENV);
  const echoServer = await startServer(paths.echoEntry, paths, echoConnector, {});
  const advisorRounds: Round[] = [];
  const echoRounds: Round[] = [];
  try {
    const advisor: Target = { base: advisorServer.base, connector: advisorConnector };
    const echo: Target = { base: echoServer.base, connector: echoConnector };
    const warm = plans(CONCURRENCY, 7);
    const warmRuns = await runLoad(CONCURRENCY, warm.map((plan, i) => () => adviceConversation(advisor, `warm-${i}`, plan)));
    await runLoad(CONCURRENCY, warmRuns.runs.map((run, i) => () => replayConversation(echo, `warm-${i}`, warm[i]?.locale ?? 'en-US', run.inputs)));
    for (let r = 0; r < ROUNDS; r++) {
      const measured = plans(CONVERSATIONS, 20210401 + r);
      const a = await withCpu(advisorServer, advisorConnector, () => runLoad(CONCURRENCY, measured.map((plan, i) => () => adviceConversation(advisor, `advice-${r}-${i}`, plan))));
      advisorRounds.push({ load: a.result, cpu: a.cpu });
      const e = await withCpu(echoServer, echoConnector, () =>
        runLoad(CONCURRENCY, a.result.runs.map((run, i) => () => replayConversation(echo, `echo-${r}-${i}`, measured[i]?.locale ?? 'en-US', run.inputs))),
      );
      echoRounds.push({ load: e.result, cpu: e.cpu });
    }
  } finally {
    await Promise.all([advisorServer.stop(), echoServer.stop()]);
    await Promise.all([advisorConnector.close(), echoConnector.close()]);
  }
  const firstRuns = advisorRounds[0]?.load.runs ?? [];
  const advisorMemory = await memoryPhase(paths.advisorEntry, paths, ADVISOR_ENV, true, (target, i, plan) => adviceConversation(target, `idle-${i}`, plan, 2));
  // The echo bot gets the advisor's first two inputs of each conversation; it keeps nothing, so this is the noise floor.
  const echoMemory = await memoryPhase(paths.echoEntry, paths, {}, false, (target, i) => replayConversation(target, `idle-${i}`, 'en-US', (firstRuns[i % firstRuns.length]?.inputs ?? []).slice(0, 2)));
  const perSecond = (rounds: readonly Round[]): number[] => rounds.map((r) => round(r.load.turns / (r.load.wallMs / 1000)));
  return {
    advisor: roundFigures(advisorRounds, advisorServer, advisorMemory),
    echo: roundFigures(echoRounds, echoServer, echoMemory),
    throughputPerRound: { advisor: perSecond(advisorRounds), echo: perSecond(echoRounds) },
  };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n');
}

/** Runs the whole benchmark, prints the table and writes bench/results.json; resolves to the results. */
export async function runBench(paths: Paths): Promise<Record<string, unknown>> {
  const started = performance.now();
  const engine: EngineBenchResult = runEngineBench();
  const understanding = runUnderstandingBench();
  const both = await benchBoth(paths);
  const a = both.advisor;
  const echo = both.echo;
  const throughputRatioVsEcho = round(a.turnsPerSecond / echo.turnsPerSecond);
  const p99RatioVsEcho = round(a.p99Ms / echo.p99Ms);
  const goals = {
    throughputAtLeast80PercentOfEcho: throughputRatioVsEcho >= 0.8,
    p99AtMost150PercentOfEcho: p99RatioVsEcho <= 1.5,
    atMost1Point2ConnectorCallsPerTurn: a.connectorCallsPerTurn <= 1.2,
    atMost3BotMessagesPerAdvice: a.botMessagesPerAdvice <= 3,
    zeroErrors: a.errors === 0 && echo.errors === 0,
    atMost20MbPerThousandConversations: a.rssPerThousandConversationsMb <= 20,
  };
  const results = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
    load: { concurrency: CONCURRENCY, rounds: ROUNDS, conversationsPerRound: CONVERSATIONS, turnsPerConversation: round(a.turns / a.conversations) },
    throughputPerRound: both.throughputPerRound,
    turnsPerSecond: a.turnsPerSecond,
    p50Ms: a.p50Ms,
    p95Ms: a.p95Ms,
    p99Ms: a.p99Ms,
    errors: a.errors,
    coldStartMs: a.coldStartMs,
    rssPerThousandConversationsMb: a.rssPerThousandConversationsMb,
    throughputRatioVsEcho,
    p99RatioVsEcho,
    recommendationsPerSecond: engine.recommendationsPerSecond,
    engine,
    understanding,
    advisor: a,
    echo,
    goals,
    runSeconds: round((performance.now() - started) / 1000, 1),
  };
  writeFileSync(paths.resultsFile, `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, f: BotFigures): string[] => [
    name,
    String(f.turns),
    f.turnsPerSecond.toFixed(1),
    f.p50Ms.toFixed(1),
    f.p95Ms.toFixed(1),
    f.p99Ms.toFixed(1),
    String(f.errors),
    String(f.coldStartMs),
    f.rssPerThousandConversationsMb.toFixed(2),
    f.serverCpuMsPerTurn.toFixed(2),
    f.serverMainThreadCpuMsPerTurn.toFixed(2),
    f.loadGeneratorCpuMsPerTurn.toFixed(2),
    f.connectorCallsPerTurn.toFixed(2),
    f.botMessagesPerAdvice.toFixed(2),
  ];
  console.log(
    `\nEnrollment Advisor benchmark — ${CONCURRENCY} concurrent conversations, ${ROUNDS} rounds of ${CONVERSATIONS} full advice conversations per bot (medians of the rounds), ${results.machine.cpus} CPUs, Node ${process.version}\n`,
  );
  console.log(table([['bot', 'turns', 'turns/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'cold start ms', 'RSS MB/1000 conv.', 'bot CPU ms/turn', 'of it main thread', 'load gen. CPU ms/turn', 'connector calls/turn', 'bot messages/conv.'], row('advisor', a), row('echo (baseline)', echo)]));
  console.log(`\nthroughput vs echo: ${throughputRatioVsEcho} (goal ≥ 0.8) ${goals.throughputAtLeast80PercentOfEcho ? 'met' : 'MISSED'}`);
  console.log(`p99 vs echo:        ${p99RatioVsEcho} (goal ≤ 1.5) ${goals.p99AtMost150PercentOfEcho ? 'met' : 'MISSED'}`);
  console.log(`connector calls:    ${a.connectorCallsPerTurn} per turn (goal ≤ 1.2) ${goals.atMost1Point2ConnectorCallsPerTurn ? 'met' : 'MISSED'}`);
  console.log(`bot messages:       ${a.botMessagesPerAdvice} per advice (goal ≤ 3) ${goals.atMost3BotMessagesPerAdvice ? 'met' : 'MISSED'}`);
  console.log(`errors:             ${a.errors} advisor, ${echo.errors} echo (goal 0) ${goals.zeroErrors ? 'met' : 'MISSED'}${a.errorSamples.length > 0 ? ` — ${a.errorSamples.join('; ')}` : ''}`);
  console.log(`memory:             ${a.rssPerThousandConversationsMb} MB RSS (${a.heapPerThousandConversationsMb} MB heap) per 1,000 conversations kept (goal ≤ 20) ${goals.atMost20MbPerThousandConversations ? 'met' : 'MISSED'}`);
  console.log(`turns/s per round:  advisor ${both.throughputPerRound.advisor.join(', ')}; echo ${both.throughputPerRound.echo.join(', ')}`);
  console.log(`engine:             ${engine.recommendationsPerSecond.toLocaleString('en-US')} recommendations/s (${engine.answerSets} answer sets)`);
  printUnderstanding(understanding);
  console.log(`\nwritten to ${path.relative(paths.repoRoot, paths.resultsFile)} in ${results.runSeconds} s`);
  return results;
}

if (require.main === module) {
  const repoRoot = process.cwd();
  const [advisorEntry, echoEntry] = process.argv.slice(2);
  if (advisorEntry === undefined || echoEntry === undefined) {
    console.error('Usage: node run-bench.js <dist/src/index.js> <echo-bot.js>   (npm run bench does this)');
    process.exit(2);
  }
  runBench({
    repoRoot,
    advisorEntry,
    echoEntry,
    gcPreload: path.join(repoRoot, 'bench', 'gc-on-signal.js'),
    resultsFile: path.join(repoRoot, 'bench', 'results.json'),
  }).catch((err: unknown) => {
    console.error('The benchmark failed:', err);
    process.exit(1);
  });
}
