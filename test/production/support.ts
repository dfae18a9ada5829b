import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Storage } from 'botbuilder';
import type { Server } from 'restify';
import { createAuthentication, type AuthenticationOptions, type BotFrameworkAuthentication } from '../../src/bot/auth/auth';
import { createBotRuntime, type BotRuntime } from '../../src/bot/runtime';
import type { OrgSettingsReader } from '../../src/bot/org-settings';
import { loadConfig, type Config, type Env } from '../../src/config';
import { createLogger, type Logger } from '../../src/logger';
import { createApp } from '../../src/server/app';
import type { ConnectorRequest, FakeConnector } from '../helpers/fake-connector';

/** Retry settings that keep fault tests fast: same rules, millisecond delays. */
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 3000, attemptTimeoutMs: 400 } as const;

/** The real logger (with its redaction) writing JSON lines into memory. */
export function captureLogger(level: Config['logLevel'] = 'trace'): { logger: Logger; text: () => string; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ logLevel: level }, sink);
  const text = (): string => chunks.join('');
  const lines = (): Record<string, unknown>[] =>
    text()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, text, lines };
}

/** A bot app (createBotRuntime behind createApp, as index.ts wires them) on a loopback port. */
export interface RunningBot {
  readonly base: string;
  readonly runtime: BotRuntime;
  readonly config: Config;
  readonly log: ReturnType<typeof captureLogger>;
  readonly server: Server;
  /** POSTs an activity (or any body) to /api/messages. */
  readonly post: (body: unknown, headers?: Record<string, string>) => Promise<Response>;
  readonly close: () => Promise<void>;
}

export interface BotOptions {
  readonly env?: Env;
  readonly storage?: Storage;
  readonly settings?: OrgSettingsReader;
  /** Authentication options (endpoints, retry); the logger is filled in. */
  readonly auth?: Omit<AuthenticationOptions, 'logger'>;
  readonly authentication?: (config: Config, logger: Logger) => BotFrameworkAuthentication;
  readonly logLevel?: Config['logLevel'];
}

/** Starts the wired bot in-process. Local mode (auth off) unless `env` carries credentials. */
export async function startBot(options: BotOptions = {}): Promise<RunningBot> {
  const config = loadConfig({ PORT: '0', ...options.env });
  const log = captureLogger(options.logLevel ?? 'trace');
  const authentication = options.authentication?.(config, log.logger) ?? createAuthentication(config, { logger: log.logger, retry: FAST_RETRY, ...options.auth });
  const runtime = createBotRuntime({
    config,
    logger: log.logger,
    authentication,
    ...(options.storage === undefined ? {} : { storage: options.storage }),
    ...(options.settings === undefined ? {} : { settings: options.settings }),
  });
  const server = createApp({ config, logger: log.logger, messages: runtime.messages, readiness: runtime.ready });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    runtime,
    config,
    log,
    server,
    post: (body, headers = {}) =>
      fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Teams message activity from `user` in conversation `conversation`, its replies going to `serviceUrl`. */
export function teamsActivity(serviceUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    channelId: 'msteams',
    serviceUrl,
    from: { id: 'user-1', name: 'Admin', aadObjectId: '00000000-0000-4000-8000-000000000001' },
    recipient: { id: 'bot-1', name: 'Advisor' },
    conversation: { id: 'conv-1', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-US',
    ...overrides,
  };
}

/** The text a user reads in a connector request: the activity text and its card's TextBlocks and buttons. */
export function readableText(body: Record<string, unknown>): string {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'text' || key === 'title') && typeof value === 'string') out.push(value);
      else if (key !== 'data') visit(value);
    }
  };
  visit(body);
  return out.join('\n');
}

/** The data of the answer buttons on the card of a connector request (empty when it is not a question card). */
export function answerButtonsOf(body: Record<string, unknown>): { verb: string; question: string; value: string; flow: string }[] {
  const out: { verb: string; question: string; value: string; flow: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    const data = n.data;
    if (n.type === 'Action.Submit' && typeof data === 'object' && data !== null && (data as Record<string, unknown>).verb === 'answer') {
      out.push(data as { verb: string; question: string; value: string; flow: string });
    }
    for (const value of Object.values(n)) visit(value);
  };
  visit(body.attachments);
  return out;
}

/** The connector requests that belong to conversation `conversationId` (by their URL path). */
export function requestsOf(requests: readonly ConnectorRequest[], conversationId: string): ConnectorRequest[] {
  const marker = `/v3/conversations/${encodeURIComponent(conversationId)}/`;
  return requests.filter((r) => r.path.startsWith(marker));
}

/** What one turn produced: the HTTP status and the conversation's connector requests made meanwhile. */
export interface TurnResult {
  readonly status: number;
  readonly requests: ConnectorRequest[];
  /** Messages posted and cards updated in place that the connector accepted (what the user sees), in order. */
  readonly delivered: ConnectorRequest[];
}

/**
 * One conversation driven over HTTP against one or more bot instances (alternating, restarting…), with the fake
 * connector as the user's screen.
 */
export class Chat {
  private turn = 0;

  constructor(
    readonly connector: FakeConnector,
    readonly id: string,
    private readonly overrides: Record<string, unknown> = {},
  ) {}

  /** Sends one activity to `bot` and returns what the user got from it. */
  async send(bot: RunningBot, activity: Record<string, unknown>): Promise<TurnResult> {
    const before = this.connector.requests.length;
    const res = await bot.post(
      teamsActivity(this.connector.url, { id: `${this.id}-${++this.turn}`, conversation: { id: this.id, conversationType: 'personal' }, ...this.overrides, ...activity }),
    );
    const requests = requestsOf(this.connector.requests.slice(before), this.id);
    return { status: res.status, requests, delivered: requests.filter((r) => (r.method === 'POST' || r.method === 'PUT') && r.status === 200) };
  }

  say(bot: RunningBot, text: string): Promise<TurnResult> {
    return this.send(bot, { text });
  }

  click(bot: RunningBot, data: unknown): Promise<TurnResult> {
    return this.send(bot, { value: data });
  }
}

/**
 * Runs a whole advice from "start": for each question card, clicks the value `answers` gives (don't know otherwise),
 * asking `botFor(turn)` which instance serves each turn. Returns the questions asked, in order, and the final replies.
 */
export async function runAdvice(
  chat: Chat,
  botFor: (turn: number) => RunningBot,
  answers: Readonly<Record<string, string>>,
): Promise<{ questions: string[]; result: TurnResult }> {
  const questions: string[] = [];
  let result = await chat.say(botFor(0), 'start');
  for (let turn = 1; turn < 30; turn++) {
    const last = result.delivered[result.delivered.length - 1];
    const buttons = answerButtonsOf(last?.body ?? {});
    const question = buttons[0]?.question;
    if (question === undefined) return { questions, result };
    questions.push(question);
    const wanted = answers[question] ?? 'unknown';
    const button = buttons.find((b) => b.value === wanted) ?? buttons.find((b) => b.value === 'unknown');
    result = await chat.click(botFor(turn), button);
    if (result.status !== 200) throw new Error(`turn ${turn} answered ${result.status}`);
  }
  throw new Error('the advice did not finish within 30 turns');
}
