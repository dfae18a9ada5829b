import type { Lang } from '../../src/content';
import { errorOf, looksLikeStack, readJson, startApp, type RunningApp } from './http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

const LANGS: readonly Lang[] = ['en', 'nl'];
/** Words only the Dutch messages use; the English ones must not match. */
const DUTCH = /\b(Onbekende|Toegestane|moet|Stuur|aanvraag|geen geldig)\b/;

interface BadRequest {
  readonly path: string;
  readonly body: string | (() => ReadableStream<Uint8Array>);
  readonly contentType?: string | null;
  readonly contentEncoding?: string;
}

interface Row {
  readonly name: string;
  readonly request: (lang: Lang) => BadRequest;
  readonly status: number;
  readonly code: string;
  /** Fragments the message must contain: the offending key or value, and what is allowed. */
  readonly mentions: readonly string[];
}

const ALL_KEYS = 'ownership, windowsVersion, azureAdPremium, identity, configMgr, alreadyInIntune, purchase, remoteWorkers, deviceAge, volume, userAffinity, demAccount, otherMdm, conditionalAccess, manage';
const json = (value: unknown): string => JSON.stringify(value);
const big = (bytes: number): string => json({ answers: {}, lang: 'en', padding: 'x'.repeat(bytes) });

/** A body streamed in chunks without Content-Length, so only the reader's own limit can catch it. */
const chunked = (bytes: number) => (): ReadableStream<Uint8Array> => {
  const chunk = new TextEncoder().encode('x'.repeat(8192));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"answers":{},"pad":"'));
      if (sent >= bytes) {
        controller.enqueue(new TextEncoder().encode('"}'));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
};

const ROWS: readonly Row[] = [
  { name: 'unknown answer key', request: (lang) => ({ path: '/api/recommend', body: json({ answers: { colour: 'blue' }, lang }) }), status: 400, code: 'unknown-key', mentions: ['"colour"', ALL_KEYS] },
  { name: 'unknown answer value', request: (lang) => ({ path: '/api/recommend', body: json({ answers: { ownership: 'rented' }, lang }) }), status: 400, code: 'unknown-value', mentions: ['"rented"', '"ownership"', 'organization, personal, mixed, unknown'] },
  { name: 'answer value that is a number', request: (lang) => ({ path: '/api/next', body: json({ answers: { volume: 500 }, lang }) }), status: 400, code: 'unknown-value', mentions: ['500', '"volume"', 'few, bulk, unknown'] },
  { name: 'answer value that is an object', request: (lang) => ({ path: '/api/next', body: json({ answers: { identity: { cloud: true } }, lang }) }), status: 400, code: 'unknown-value', mentions: ['"identity"', 'cloud, hybrid, onprem, unknown'] },
  { name: 'answers is an array', request: (lang) => ({ path: '/api/recommend', body: json({ answers: ['ownership'], lang }) }), status: 400, code: 'not-an-object', mentions: ['"answers"', '{"ownership": "organization"}'] },
  { name: 'answers is null', request: (lang) => ({ path: '/api/next', body: json({ answers: null, lang }) }), status: 400, code: 'not-an-object', mentions: ['"answers"'] },
  { name: 'answers is a string', request: (lang) => ({ path: '/api/recommend', body: json({ answers: 'ownership=personal', lang }) }), status: 400, code: 'not-an-object', mentions: ['"answers"'] },
  { name: 'answers is a number', request: (lang) => ({ path: '/api/next', body: json({ answers: 7, lang }) }), status: 400, code: 'not-an-object', mentions: ['"answers"'] },
  { name: 'body is an array', request: (lang) => ({ path: `/api/recommend?lang=${lang}`, body: json([{ ownership: 'personal' }]) }), status: 400, code: 'not-an-object', mentions: ['"answers"', '"lang"'] },
  { name: 'body is null', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: 'null' }), status: 400, code: 'not-an-object', mentions: ['"answers"', '"lang"'] },
  { name: 'body is a JSON string', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: '"ownership"' }), status: 400, code: 'not-an-object', mentions: ['"answers"'] },
  { name: 'unknown top-level key (typo)', request: (lang) => ({ path: '/api/recommend', body: json({ answer: { ownership: 'personal' }, lang }) }), status: 400, code: 'unknown-key', mentions: ['"answer"', 'answers, lang'] },
  { name: 'invalid JSON', request: (lang) => ({ path: `/api/recommend?lang=${lang}`, body: '{"answers": {"ownership": ' }), status: 400, code: 'invalid-json', mentions: ['JSON', '"answers"'] },
  { name: 'empty JSON body', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: '' }), status: 400, code: 'invalid-json', mentions: ['JSON'] },
  { name: 'unknown lang in the body', request: (lang) => ({ path: `/api/recommend?lang=${lang}`, body: json({ answers: {}, lang: 'fr' }) }), status: 400, code: 'unknown-lang', mentions: ['"fr"', 'en, nl'] },
  { name: 'unknown lang in the query', request: (lang) => ({ path: '/api/next?lang=de', body: json({ answers: {}, lang }) }), status: 400, code: 'unknown-lang', mentions: ['"de"', 'en, nl'] },
  { name: 'lang that is not a string', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: json({ lang: ['nl'] }) }), status: 400, code: 'unknown-lang', mentions: ['["nl"]', 'en, nl'] },
  { name: 'body over 64 KB (Content-Length)', request: (lang) => ({ path: `/api/recommend?lang=${lang}`, body: big(70 * 1024) }), status: 413, code: 'body-too-large', mentions: ['64 KB'] },
  { name: 'body over 64 KB (chunked, no Content-Length)', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: chunked(80 * 1024) }), status: 413, code: 'body-too-large', mentions: ['64 KB'] },
  { name: 'text/plain body', request: (lang) => ({ path: `/api/recommend?lang=${lang}`, body: json({ answers: {} }), contentType: 'text/plain' }), status: 415, code: 'unsupported-media-type', mentions: ['Content-Type: application/json'] },
  { name: 'form-encoded body', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: 'answers=x', contentType: 'application/x-www-form-urlencoded' }), status: 415, code: 'unsupported-media-type', mentions: ['application/json'] },
  { name: 'gzip-compressed body', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: json({ answers: {} }), contentEncoding: 'gzip' }), status: 415, code: 'unsupported-media-type', mentions: ['application/json'] },
  { name: 'no content type', request: (lang) => ({ path: `/api/next?lang=${lang}`, body: json({ answers: {} }), contentType: null }), status: 415, code: 'unsupported-media-type', mentions: ['application/json'] },
  { name: '__proto__ answer key', request: (lang) => ({ path: '/api/recommend', body: `{"answers":{"__proto__":{"polluted":"yes"}},"lang":"${lang}"}` }), status: 400, code: 'unknown-key', mentions: ['"__proto__"', ALL_KEYS] },
  { name: 'constructor answer key', request: (lang) => ({ path: '/api/next', body: `{"answers":{"constructor":{"prototype":{"polluted":"yes"}}},"lang":"${lang}"}` }), status: 400, code: 'unknown-key', mentions: ['"constructor"'] },
  { name: 'prototype answer key', request: (lang) => ({ path: '/api/next', body: `{"answers":{"prototype":"x"},"lang":"${lang}"}` }), status: 400, code: 'unknown-key', mentions: ['"prototype"'] },
  { name: '__proto__ body key', request: (lang) => ({ path: `/api/recommend?lang=${lang}`, body: '{"__proto__":{"polluted":"yes"},"answers":{}}' }), status: 400, code: 'unknown-key', mentions: ['"__proto__"', 'answers, lang'] },
];

async function send(req: BadRequest): Promise<Response> {
  const headers: Record<string, string> = {};
  if (req.contentType !== null) headers['content-type'] = req.contentType ?? 'application/json';
  if (req.contentEncoding !== undefined) headers['content-encoding'] = req.contentEncoding;
  const streamed = typeof req.body === 'function';
  return fetch(`${app.base}${req.path}`, {
    method: 'POST',
    headers,
    // fetch labels a string body text/plain itself; bytes go out with no Content-Type at all.
    body: typeof req.body === 'function' ? req.body() : req.contentType === null ? new TextEncoder().encode(req.body) : req.body,
    ...(streamed ? { duplex: 'half' } : {}),
  } as RequestInit);
}

describe('bad input gets a 4xx with { error: { code, message } } naming the key and the allowed values', () => {
  test.each(ROWS.flatMap((row) => LANGS.map((lang) => ({ ...row, lang }))))('$name ($lang)', async (row) => {
    const res = await send(row.request(row.lang));
    const { json: body, text } = await readJson(res);
    expect(res.status).toBe(row.status);
    expect(res.headers.get('x-request-id')).toMatch(/\S/);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const error = errorOf(body);
    expect(error.code).toBe(row.code);
    for (const fragment of row.mentions) expect(error.message).toContain(fragment);
    if (row.lang === 'nl') expect(error.message).toMatch(DUTCH);
    else expect(error.message).not.toMatch(DUTCH);
    expect(looksLikeStack(text)).toBe(false);
  });

  test('GET /api/questions with an unknown lang is a 400 naming the allowed languages', async () => {
    const res = await fetch(`${app.base}/api/questions?lang=fr`);
    const error = errorOf(await res.json());
    expect(res.status).toBe(400);
    expect(error).toEqual({ code: 'unknown-lang', message: expect.stringContaining('en, nl') });
  });

  test('a hostile 1 MB value is not echoed back in full', async () => {
    const res = await send({ path: '/api/next', body: json({ answers: { ownership: 'y'.repeat(50_000) } }) });
    const error = errorOf(await res.json());
    expect(res.status).toBe(400);
    expect(error.message.length).toBeLessThan(400);
  });

  test('prototype-pollution attempts leave Object.prototype untouched and the server keeps working', async () => {
    for (const row of ROWS.filter((r) => /proto|constructor/.test(r.name))) await (await send(row.request('en'))).text();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const ok = await send({ path: '/api/next', body: json({ answers: {} }) });
    expect(ok.status).toBe(200);
  });
});
