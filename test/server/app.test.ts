import type { Request, Response } from 'restify';
import type { MessagesHandler } from '../../src/server/messages-handler';
import { errorOf, looksLikeStack, post, readJson, startApp, type RunningApp } from './http-harness';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('probes and request ids', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
  });

  test('GET /healthz answers 200 { status: "ok" } with a request id', async () => {
    const res = await fetch(`${app.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });

  test('GET /readyz without a readiness check is ready', async () => {
    const res = await fetch(`${app.base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  test('every response gets its own request id; a safe incoming one is kept, an unsafe one replaced', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await fetch(`${app.base}/healthz`)).headers.get('x-request-id')));
    expect(new Set(ids).size).toBe(3);
    const kept = await fetch(`${app.base}/healthz`, { headers: { 'x-request-id': 'abc-123.trace' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123.trace');
    const replaced = await fetch(`${app.base}/healthz`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(UUID);
  });

  test.each([
    { lang: 'en', word: 'Available' },
    { lang: 'nl', word: 'Beschikbaar' },
  ])('an unknown path is a 404 in our error shape listing the endpoints ($lang)', async ({ lang, word }) => {
    const res = await fetch(`${app.base}/api/nothing-here?lang=${lang}`);
    const { json, text } = await readJson(res);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    const error = errorOf(json);
    expect(error.code).toBe('not-found');
    expect(error.message).toContain(word);
    expect(error.message).toContain('POST /api/recommend');
    expect(looksLikeStack(text)).toBe(false);
  });

  test.each([
    { lang: 'en', word: 'Use' },
    { lang: 'nl', word: 'Gebruik' },
  ])('the wrong method is a 405 naming the allowed one ($lang)', async ({ lang, word }) => {
    const res = await fetch(`${app.base}/api/next?lang=${lang}`);
    const error = errorOf(await res.json());
    expect(res.status).toBe(405);
    expect(error.code).toBe('method-not-allowed');
    expect(error.message).toContain(`${word} POST`);
  });

  test.each([
    { lang: 'en', word: 'not available' },
    { lang: 'nl', word: 'niet beschikbaar' },
  ])('POST /api/messages without a bot answers 503, not a crash ($lang)', async ({ lang, word }) => {
    const res = await post(app.base, `/api/messages?lang=${lang}`, { type: 'message', text: 'hi' });
    const error = errorOf(await res.json());
    expect(res.status).toBe(503);
    expect(error.code).toBe('bot-unavailable');
    expect(error.message).toContain(word);
    const after = await fetch(`${app.base}/healthz`);
    expect(after.status).toBe(200);
  });
});

describe('readiness', () => {
  type Row = { name: string; readiness: () => Promise<boolean>; status: number };
  const ROWS: readonly Row[] = [
    { name: 'ready', readiness: async () => true, status: 200 },
    { name: 'storage unreachable', readiness: async () => false, status: 503 },
    { name: 'check throws', readiness: async () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:10000')), status: 503 },
    { name: 'check hangs', readiness: () => new Promise<boolean>(() => undefined), status: 503 },
  ];
  test.each(ROWS)('$name → $status', async ({ readiness, status }) => {
    const app = await startApp({ readiness, readinessTimeoutMs: 200 });
    try {
      const started = Date.now();
      const res = await fetch(`${app.base}/readyz`);
      const { text } = await readJson(res);
      expect(res.status).toBe(status);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(text).not.toContain('ECONNREFUSED');
    } finally {
      await app.close();
    }
  });
});

describe('POST /api/messages with a bot handler', () => {
  const received: unknown[] = [];
  const handler: MessagesHandler = async (req: Request, res: Response) => {
    const body: unknown = req.body;
    received.push(body);
    if (typeof body === 'object' && body !== null && 'text' in body && body.text === 'explode') {
      throw new Error('token=eyJhbGciOi secret internals at /work/main/src/bot/x.ts:12');
    }
    res.status(200);
    res.send({ ok: true });
  };
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ messages: handler });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(() => {
    received.length = 0;
  });

  test('the handler gets the parsed activity and answers', async () => {
    const res = await post(app.base, '/api/messages', { type: 'message', text: 'hello' });
    expect(res.status).toBe(200);
    expect(received).toEqual([{ type: 'message', text: 'hello' }]);
  });

  type Row = { name: string; body: string; contentType: string; status: number; code: string };
  const ROWS: readonly Row[] = [
    { name: 'array body', body: '[{"type":"message"}]', contentType: 'application/json', status: 400, code: 'not-an-object' },
    { name: 'invalid JSON', body: '{"type":', contentType: 'application/json', status: 400, code: 'invalid-json' },
    { name: 'text/plain', body: 'hello', contentType: 'text/plain', status: 415, code: 'unsupported-media-type' },
    { name: '1 MB text', body: JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }), contentType: 'application/json', status: 413, code: 'body-too-large' },
  ];
  test.each(ROWS)('$name is refused before the bot sees it ($status)', async ({ body, contentType, status, code }) => {
    const res = await post(app.base, '/api/messages', body, { 'content-type': contentType });
    expect(res.status).toBe(status);
    expect(errorOf(await res.json()).code).toBe(code);
    expect(received).toEqual([]);
  });

  test.each([
    { lang: 'en', word: 'request id' },
    { lang: 'nl', word: 'aanvraagnummer' },
  ])('a handler that throws gives a generic 500 with the request id, never the error text ($lang)', async ({ lang, word }) => {
    const res = await post(app.base, `/api/messages?lang=${lang}`, { type: 'message', text: 'explode' });
    const { json, text } = await readJson(res);
    expect(res.status).toBe(500);
    const error = errorOf(json);
    expect(error.code).toBe('internal');
    expect(error.message).toContain(word);
    expect(error.message).toContain(res.headers.get('x-request-id') ?? 'missing');
    expect(text).not.toContain('secret internals');
    expect(looksLikeStack(text)).toBe(false);
    const logged = app.logLines().find((l) => l.msg === 'unexpected error while handling a request' && l.requestId === res.headers.get('x-request-id'));
    expect(logged).toBeDefined();
    expect((await fetch(`${app.base}/healthz`)).status).toBe(200);
  });
});

describe('request id reaches the bot', () => {
  test('req.getId() inside the messages handler equals the x-request-id header', async () => {
    let seen = '';
    const app = await startApp({
      messages: async (req, res) => {
        seen = req.getId();
        res.status(200);
        res.send({});
      },
    });
    try {
      const res = await post(app.base, '/api/messages', { type: 'message' });
      expect(seen).toMatch(UUID);
      expect(res.headers.get('x-request-id')).toBe(seen);
    } finally {
      await app.close();
    }
  });
});
