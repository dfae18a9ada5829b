import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { createBotRuntime } from '../../src/bot/runtime';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/server/app';
import { answerButtons, cardText, memoryLogger } from './harness';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly body: Record<string, unknown>;
}

/** A stand-in for the Bot Connector: records what the bot sends and answers like the real one. */
function fakeConnector(): Promise<{ server: HttpServer; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body: raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received })));
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

describe('createBotRuntime behind the restify server (local mode, auth off)', () => {
  let connector: Awaited<ReturnType<typeof fakeConnector>>;
  let app: Server;
  let base: string;

  beforeAll(async () => {
    connector = await fakeConnector();
    const config = loadConfig({ PORT: '0' });
    const { logger } = memoryLogger();
    const runtime = createBotRuntime({ config, logger });
    app = createApp({ config, logger, messages: runtime.messages, readiness: runtime.ready });
    base = await listen(app);
  });

  afterAll(async () => {
    app.close();
    await new Promise((resolve) => connector.server.close(resolve));
  });

  const activity = (overrides: Record<string, unknown>): Record<string, unknown> => ({
    type: 'message',
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: 'user-1', name: 'Admin' },
    recipient: { id: 'bot-1', name: 'Advisor' },
    conversation: { id: 'conv-http', conversationType: 'personal' },
    locale: 'nl-NL',
    ...overrides,
  });

  const post = (body: unknown): Promise<Response> =>
    fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  test('a typed "advies" gets the first question card in Dutch through the connector, and a click updates it in place', async () => {
    const res = await post(activity({ id: 'http-1', text: 'advies' }));
    expect(res.status).toBe(200);
    const reply = connector.received.find((r) => r.method === 'POST' && r.url.includes('/v3/conversations/conv-http/activities'));
    expect(reply).toBeDefined();
    const attachments = reply?.body.attachments as { content: unknown }[];
    const card = attachments[0]?.content;
    expect(cardText(card)).toContain('Vraag 1 van ongeveer');

    const button = answerButtons(card).find((b) => b.value === 'organization');
    const before = connector.received.length;
    expect((await post(activity({ id: 'http-2', value: button }))).status).toBe(200);
    const after = connector.received.slice(before);
    // One connector call per click: the same card is updated (PUT) to the next question; nothing is posted.
    expect(after.filter((r) => r.method !== 'GET')).toHaveLength(1);
    expect(after.some((r) => r.method === 'PUT' && cardText((r.body.attachments as { content: unknown }[] | undefined)?.[0]?.content).includes('Vraag 2'))).toBe(true);
  });

  test('the same activity id posted twice is answered once', async () => {
    const before = connector.received.length;
    expect((await post(activity({ id: 'http-dup', text: 'help', conversation: { id: 'conv-dup', conversationType: 'personal' } }))).status).toBe(200);
    expect((await post(activity({ id: 'http-dup', text: 'help', conversation: { id: 'conv-dup', conversationType: 'personal' } }))).status).toBe(200);
    expect(connector.received.slice(before).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test.each<[string, () => unknown]>([
    ['no activity type', () => ({})],
    ['a conversation that is not an object', () => activity({ id: 'bad-1', text: 'start', conversation: 'x' })],
    ['a numeric text', () => activity({ id: 'bad-2', text: 5 })],
    ['no sender', () => activity({ id: 'bad-3', text: 'start', from: undefined })],
    ['a serviceUrl that is not a URL', () => activity({ id: 'bad-4', text: 'start', serviceUrl: 'javascript:alert(1)' })],
    ['entities that are not a list', () => activity({ id: 'bad-5', text: 'start', entities: { type: 'mention' } })],
  ])('%s is refused with 400 and the error shape, and nothing is sent', async (_name, body) => {
    const before = connector.received.length;
    const res = await post(body());
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error?: { code?: string; message?: string } };
    expect(json.error?.code).toBe('bad-request');
    expect(json.error?.message).not.toMatch(/at .*\.js:\d+/);
    // The activity's locale is nl-NL where there is one: the explanation is Dutch.
    if (typeof (body() as { locale?: unknown }).locale === 'string') expect(json.error?.message).toContain('aanvraag');
    expect(connector.received.length).toBe(before);
  });

  test('/readyz reports the memory store as reachable', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
