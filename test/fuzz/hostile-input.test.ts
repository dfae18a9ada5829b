import { createServer } from 'node:net';
import type { StoreItem } from 'botbuilder';
import { conversationKey, userKey } from '../../src/bot/state/keys';
import { ConflictAwareMemoryStorage } from '../../src/bot/state/storage-stores';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, answerButtonsOf, readableText, requestsOf, runAdvice, startBot, type RunningBot } from '../production/support';
import { CATEGORIES, hostileRequests, type HostileRequest } from './hostile-requests';

const SEED = 20260401;
const COUNT = 1300;
const CONCURRENCY = 8;
/** Longest a single request may take before it counts as a hang. */
const HANG_MS = 8000;

let connector: FakeConnector;
let bot: RunningBot;
let storage: ConflictAwareMemoryStorage;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  connector = await startFakeConnector();
  storage = new ConflictAwareMemoryStorage();
  bot = await startBot({ storage, logLevel: 'warn' });
  // botbuilder prints rejected activities to the console itself; keep the test output readable.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  jest.restoreAllMocks();
  await bot.close();
  await connector.close();
});

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Outcome {
  readonly request: HostileRequest;
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

async function send(request: HostileRequest): Promise<Outcome> {
  const started = Date.now();
  const res = await fetch(`${bot.base}${request.path}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    signal: AbortSignal.timeout(HANG_MS),
  });
  return { request, status: res.status, body: await res.text(), ms: Date.now() - started };
}

/** Runs `requests` with at most `limit` in flight. */
async function runAll(requests: readonly HostileRequest[], limit: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const request = requests[next++];
      if (request !== undefined) outcomes.push(await send(request));
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return outcomes;
}

function stateOf(item: StoreItem | undefined): string {
  return JSON.stringify({ ...item, eTag: undefined });
}

/** Internals that must never reach a caller: stack frames, source paths, JS error names, unrendered values. */
function looksLikeStack(text: string): boolean {
  return /\bat \S+ \([^)]*:\d+:\d+\)|node_modules\/|\/src\/\w|\.[jt]s:\d+|\b(Type|Reference|Syntax|Range)Error\b|\[object Object\]/.test(text);
}

/** A reply a user should never read: internals, or template and value leftovers. */
function unfriendly(text: string): boolean {
  return looksLikeStack(text) || /\$\{|\bundefined\b|\bNaN\b|\bnull\b/.test(text);
}

describe(`hostile input: ${COUNT} seeded malformed and hostile requests to /api/messages and /api/*`, () => {
  test('every request gets 2xx (with a friendly reply), 4xx or 501 — never another 5xx, a hang or a crash; no other conversation changes', async () => {
    const started = Date.now();

    // A victim conversation in the middle of an advice, whose state must come through untouched.
    const victim = new Chat(connector, 'conv-victim', { from: { id: 'victim-user' }, channelData: { tenant: { id: 'victim-tenant' } } });
    let result = await victim.say(bot, 'start');
    const victimActivityIds = [`conv-victim-1`];
    for (let i = 0; i < 2; i++) {
      const button = answerButtonsOf(result.delivered[0]?.body ?? {}).find((b) => b.value !== 'unknown');
      result = await victim.click(bot, button);
      victimActivityIds.push(`conv-victim-${i + 2}`);
    }
    const victimFlowId = answerButtonsOf(result.delivered[0]?.body ?? {})[0]?.flow ?? '';
    expect(victimFlowId).not.toBe('');
    const victimActivity = { channelId: 'msteams', conversation: { id: 'conv-victim', conversationType: 'personal', isGroup: false, name: '' }, from: { id: 'victim-user', name: '' }, channelData: { tenant: { id: 'victim-tenant' } } };
    const victimKeys = [conversationKey(victimActivity), userKey(victimActivity)];
    const before = await storage.read(victimKeys);
    expect(Object.keys(before)).toHaveLength(2);

    const requests = hostileRequests(COUNT, SEED, {
      serviceUrl: connector.url,
      deadServiceUrl: `http://127.0.0.1:${await unusedPort()}`,
      victimConversationId: 'conv-victim',
      victimFlowId,
      victimActivityIds,
    });
    expect(requests).toHaveLength(COUNT);
    const outcomes = await runAll(requests, CONCURRENCY);

    // Status: 2xx, 4xx, or 501 for an invoke the bot does not implement.
    const bad = outcomes.filter((o) => !((o.status >= 200 && o.status < 300) || (o.status >= 400 && o.status < 500) || (o.status === 501 && o.request.category === 'invokes')));
    expect(bad.map((o) => `${o.request.category}: ${o.status} ${o.body.slice(0, 200)}`)).toEqual([]);
    // No stack traces or internals in any answer.
    expect(outcomes.filter((o) => looksLikeStack(o.body)).map((o) => `${o.request.category}: ${o.body.slice(0, 200)}`)).toEqual([]);
    // A well-formed message got a friendly reply: at least one message, none showing internals.
    const unanswered = outcomes.filter((o) => o.status === 200 && o.request.expectsReply === true && o.request.conversationId !== undefined && requestsOf(connector.requests, o.request.conversationId).filter((r) => r.method === 'POST').length === 0);
    expect(unanswered.map((o) => `${o.request.category}: ${o.request.body?.slice(0, 200)}`)).toEqual([]);
    const replies = connector.requests.filter((r) => r.method === 'POST' && r.path.includes('/fuzz-conv-'));
    expect(replies.length).toBeGreaterThan(100);
    expect(replies.filter((r) => unfriendly(readableText(r.body))).map((r) => readableText(r.body).slice(0, 200))).toEqual([]);
    // Every category was exercised and produced both acceptances and refusals overall.
    expect(new Set(outcomes.map((o) => o.request.category))).toEqual(new Set(CATEGORIES));
    expect(outcomes.some((o) => o.status === 200)).toBe(true);
    expect(outcomes.some((o) => o.status === 400)).toBe(true);
    expect(outcomes.some((o) => o.status === 413)).toBe(true);
    expect(outcomes.some((o) => o.status === 415)).toBe(true);
    expect(outcomes.some((o) => o.status === 501)).toBe(true);

    // Nothing crashed or leaked into shared objects.
    expect(unhandled).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);

    // The victim's conversation and profile are exactly as they were, and its advice goes on normally.
    const after = await storage.read(victimKeys);
    for (const key of victimKeys) expect(stateOf(after[key])).toBe(stateOf(before[key]));
    const resumed = await victim.say(bot, 'start');
    expect(readableText(resumed.delivered[0]?.body ?? {})).toMatch(/question 3/i);

    // A normal conversation from scratch still works end to end.
    const fresh = await runAdvice(new Chat(connector, 'conv-after-fuzz'), () => bot, { ownership: 'organization', windowsVersion: 'win11' });
    expect(fresh.questions.length).toBeGreaterThan(2);
    // The last answer turns the card into the result and posts the employee instructions.
    expect(fresh.result.delivered.length).toBeGreaterThanOrEqual(2);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);

    const slowest = Math.max(...outcomes.map((o) => o.ms));
    expect(slowest).toBeLessThan(HANG_MS);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
