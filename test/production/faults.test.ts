import { createServer } from 'node:net';
import { startFakeConnector, type ConnectorBehaviour, type ConnectorRequest, type FakeConnector } from '../helpers/fake-connector';
import { FAST_RETRY, answerButtonsOf, readableText, startBot, teamsActivity, type RunningBot } from './support';

let connector: FakeConnector;
let bot: RunningBot;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startBot();
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

let conversationCounter = 0;

/** A fresh conversation: sends activities to the bot and returns what reached the connector for each. */
function conversation(serviceUrl = connector.url): {
  readonly id: string;
  readonly send: (overrides: Record<string, unknown>) => Promise<{ status: number; requests: ConnectorRequest[] }>;
} {
  const id = `conv-fault-${++conversationCounter}`;
  let activity = 0;
  return {
    id,
    send: async (overrides) => {
      const before = connector.requests.length;
      const res = await bot.post(teamsActivity(serviceUrl, { id: `${id}-a${++activity}`, conversation: { id, conversationType: 'personal' }, ...overrides }));
      return { status: res.status, requests: connector.requests.slice(before) };
    },
  };
}

function posts(requests: readonly ConnectorRequest[]): ConnectorRequest[] {
  return requests.filter((r) => r.method === 'POST');
}

function puts(requests: readonly ConnectorRequest[]): ConnectorRequest[] {
  return requests.filter((r) => r.method === 'PUT');
}

/** What the user sees: messages posted and cards updated in place that the connector accepted. */
function delivered(requests: readonly ConnectorRequest[]): ConnectorRequest[] {
  return requests.filter((r) => (r.method === 'POST' || r.method === 'PUT') && r.status === 200);
}

/** The connector path of message `messageId` in conversation `conversationId` (where an in-place update goes). */
function messagePath(conversationId: string, messageId: string | undefined): string {
  return `/v3/conversations/${conversationId}/activities/${messageId ?? 'none'}`;
}

/** Starts the advice: the live card's real message id and the first question's answer buttons (delivered normally). */
async function startAdvice(c: ReturnType<typeof conversation>): Promise<{ cardId: string | undefined; buttons: ReturnType<typeof answerButtonsOf> }> {
  const { requests } = await c.send({ text: 'start' });
  const card = delivered(requests)[0];
  expect(card?.replyId).toMatch(/^msg-\d+$/);
  return { cardId: card?.replyId, buttons: answerButtonsOf(card?.body ?? {}) };
}

interface RecoveringFault {
  readonly name: string;
  readonly script: readonly ConnectorBehaviour[];
  /** Connector requests for the reply, including the failed ones. */
  readonly attempts: number;
  /** The gap the bot must wait at least before its second attempt (Retry-After). */
  readonly minGapMs?: number;
}

const RECOVERING: readonly RecoveringFault[] = [
  { name: '429 with Retry-After: 1', script: [{ kind: 'status', status: 429, retryAfter: '1' }], attempts: 2, minGapMs: 1000 },
  { name: '429 without Retry-After', script: [{ kind: 'status', status: 429 }], attempts: 2 },
  { name: '503 twice', script: [{ kind: 'status', status: 503 }, { kind: 'status', status: 503 }], attempts: 3 },
  { name: '503 with Retry-After: 0', script: [{ kind: 'status', status: 503, retryAfter: '0' }], attempts: 2 },
  { name: '502 Bad Gateway', script: [{ kind: 'status', status: 502 }], attempts: 2 },
  { name: 'a slow answer within the attempt time limit', script: [{ kind: 'slow', ms: 150 }], attempts: 1 },
];

describe('connector faults while replying (fake connector misbehaving on cue)', () => {
  afterEach(() => connector.clearScript());

  test.each(RECOVERING)(
    '$name: the user gets exactly one copy ($attempts attempt(s))',
    async ({ script, attempts, minGapMs }) => {
      const c = conversation();
      connector.script(script, 'POST');
      const { status, requests } = await c.send({ text: 'help' });
      expect(status).toBe(200);
      expect(posts(requests)).toHaveLength(attempts);
      expect(delivered(requests)).toHaveLength(1);
      // Every attempt carries the same message.
      expect(new Set(posts(requests).map((r) => readableText(r.body))).size).toBe(1);
      if (minGapMs !== undefined) expect((requests[1]?.at ?? 0) - (requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(minGapMs);
    },
  );

  test.each<[string, string]>([
    ['in seconds', '3600'],
    ['as an HTTP date', new Date(Date.now() + 3_600_000).toUTCString()],
  ])('a Retry-After (%s) longer than the limit is not waited for: one attempt, failure logged with ids, next turn works', async (_name, retryAfter) => {
    const c = conversation();
    connector.script([{ kind: 'status', status: 429, retryAfter }], 'POST');
    const started = Date.now();
    const { status, requests } = await c.send({ text: 'help' });
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(posts(requests)).toHaveLength(1);
    expect(failureLogged(c.id, `${c.id}-a1`)).toBe(true);
    expect(delivered((await c.send({ text: 'help' })).requests)).toHaveLength(1);
  });

  test.each<[string, ConnectorBehaviour]>([
    ['a timeout', { kind: 'hang' }],
    ['a connection reset mid-request', { kind: 'reset' }],
    ['500', { kind: 'status', status: 500 }],
    ['504', { kind: 'status', status: 504 }],
  ])('%s on a POST is ambiguous: not repeated (never two copies), failure logged with ids, process stays up', async (_name, behaviour) => {
    const c = conversation();
    connector.script([behaviour], 'POST');
    const started = Date.now();
    const { status, requests } = await c.send({ text: 'help' });
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(FAST_RETRY.attemptTimeoutMs + 1500);
    expect(posts(requests)).toHaveLength(1);
    expect(failureLogged(c.id, `${c.id}-a1`)).toBe(true);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });

  test('an in-place card update (PUT, idempotent) that times out is retried and lands once', async () => {
    const c = conversation();
    const { cardId, buttons } = await startAdvice(c);
    connector.script([{ kind: 'hang' }], 'PUT');
    const { status, requests } = await c.send({ value: buttons[0] });
    expect(status).toBe(200);
    // Both attempts update the live card by the real id Teams gave it, not a placeholder; nothing new is posted.
    expect(puts(requests).map((r) => r.path)).toEqual([messagePath(c.id, cardId), messagePath(c.id, cardId)]);
    expect(puts(requests)[0]?.status).toBeUndefined();
    expect(posts(requests)).toHaveLength(0);
    // The answer lands once: the card now asks the second question.
    expect(delivered(requests)).toHaveLength(1);
    const shown = delivered(requests)[0]?.body ?? {};
    expect(readableText(shown)).toMatch(/question 2/i);
    expect(answerButtonsOf(shown)[0]?.question).not.toBe(buttons[0]?.question);
  });

  test('a connector that keeps failing: bounded attempts, the answer is kept, the failure logged, and the advice continues where it was', async () => {
    const c = conversation();
    const { cardId, buttons } = await startAdvice(c);
    const firstQuestion = buttons[0]?.question;
    connector.script(Array.from({ length: 10 }, () => ({ kind: 'status', status: 503 }) as const), 'PUT');
    const { status, requests } = await c.send({ value: buttons[0] });
    expect(status).toBe(200);
    // The live card's update was attempted maxAttempts (4) times, never delivered, and no second card was posted.
    expect(puts(requests)).toHaveLength(4);
    expect(posts(requests)).toHaveLength(0);
    expect(delivered(requests)).toHaveLength(0);
    expect(failureLogged(c.id, `${c.id}-a2`)).toBe(true);
    connector.clearScript();

    // "start" during a run continues it on a fresh card: the answer was kept, so it is the second question now.
    const resumed = await c.send({ text: 'start' });
    const card = posts(delivered(resumed.requests))[0];
    const next = answerButtonsOf(card?.body ?? {})[0]?.question;
    expect(next).toBeDefined();
    expect(next).not.toBe(firstQuestion);
    expect(readableText(card?.body ?? {})).toMatch(/question 2/i);
    // The older card is closed in place (no answer buttons left on it).
    const closed = puts(delivered(resumed.requests));
    expect(closed.map((r) => r.path)).toEqual([messagePath(c.id, cardId)]);
    expect(answerButtonsOf(closed[0]?.body ?? {})).toHaveLength(0);
  });

  test('an answer typed after the card was never delivered: no update is attempted for the missing card, the advice moves on', async () => {
    const c = conversation();
    connector.script(Array.from({ length: 4 }, () => ({ kind: 'status', status: 503 }) as const), 'POST');
    const started = await c.send({ text: 'start' });
    expect(posts(started.requests)).toHaveLength(4);
    expect(delivered(started.requests)).toHaveLength(0);
    connector.clearScript();
    const typed = await c.send({ text: '1' });
    expect(typed.requests.some((r) => r.path.includes('pending-reply'))).toBe(false);
    expect(puts(typed.requests)).toHaveLength(0);
    // The answer is taken and the next question arrives as a new card the user can answer.
    expect(delivered(typed.requests)).toHaveLength(1);
    expect(answerButtonsOf(delivered(typed.requests)[0]?.body ?? {}).length).toBeGreaterThan(0);
    expect(readableText(delivered(typed.requests)[0]?.body ?? {})).toMatch(/question 2/i);
  });

  test('a serviceUrl nobody listens on: retried (nothing was sent), then given up within the bound; the server stays healthy', async () => {
    const closedPort = await unusedPort();
    const c = conversation(`http://127.0.0.1:${closedPort}`);
    const started = Date.now();
    const { status } = await c.send({ text: 'help' });
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const retries = bot.log.lines().filter((l) => l.msg === 'connector call failed; retrying' && l.outcome === 'not-sent');
    expect(retries.length).toBeGreaterThanOrEqual(3);
    expect(failureLogged(c.id, `${c.id}-a1`)).toBe(true);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });
});

/** True when the delivery failure of that activity was logged at error level with its conversation and activity ids. */
function failureLogged(conversationId: string, activityId: string): boolean {
  return bot.log
    .lines()
    .some((l) => l.level === 50 && l.msg === 'reply could not be delivered; the conversation state is kept' && l.conversationId === conversationId && l.activityId === activityId);
}

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
