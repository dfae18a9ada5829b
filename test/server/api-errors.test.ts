import { apiErrorMessage, type ApiErrorCode, type ApiErrorDetail } from '../../src/content/api-errors';
import { API_ERROR_STATUS } from '../../src/server/http-error';

/** One example of every API error; `satisfies` makes a new code without an example a compile error. */
const EXAMPLES = {
  'invalid-json': { code: 'invalid-json' },
  'not-an-object': { code: 'not-an-object', key: 'answers' },
  'unknown-key': { code: 'unknown-key', key: 'colour', where: 'answers', allowed: ['ownership', 'volume'] },
  'unknown-value': { code: 'unknown-value', key: 'volume', value: 'lots', allowed: ['few', 'bulk', 'unknown'] },
  'unknown-lang': { code: 'unknown-lang', value: 'fr', allowed: ['en', 'nl'] },
  'invalid-text': { code: 'invalid-text', key: 'text', maxChars: 4000 },
  'bad-request': { code: 'bad-request' },
  'body-too-large': { code: 'body-too-large', limitKb: 64 },
  'unsupported-media-type': { code: 'unsupported-media-type' },
  'not-found': { code: 'not-found', endpoints: ['GET /healthz'] },
  'method-not-allowed': { code: 'method-not-allowed', method: 'GET', allowed: ['POST'] },
  'bot-unavailable': { code: 'bot-unavailable' },
  internal: { code: 'internal', requestId: 'req-42' },
} as const satisfies { [C in ApiErrorCode]: Extract<ApiErrorDetail, { code: C }> };

const ROWS = Object.values(EXAMPLES) as readonly ApiErrorDetail[];

describe('API error messages', () => {
  test.each(ROWS)('$code has a real English and a different Dutch sentence', (detail) => {
    const en = apiErrorMessage(detail, 'en');
    const nl = apiErrorMessage(detail, 'nl');
    for (const text of [en, nl]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).toMatch(/[.]$/);
      expect(text).not.toMatch(/undefined|\[object|\$\{|NaN/);
    }
    expect(nl).not.toBe(en);
  });

  test.each(ROWS)('$code is a 4xx or 5xx status that matches its meaning', (detail) => {
    const status = API_ERROR_STATUS[detail.code];
    expect(status >= 500).toBe(detail.code === 'internal' || detail.code === 'bot-unavailable');
    expect(status).toBeGreaterThanOrEqual(400);
  });

  test('every parameter shows up in the sentence', () => {
    expect(apiErrorMessage(EXAMPLES['unknown-value'], 'nl')).toContain('"lots" is geen geldig antwoord voor "volume". Toegestane waarden: few, bulk, unknown.');
    expect(apiErrorMessage(EXAMPLES['method-not-allowed'], 'en')).toContain('GET');
    expect(apiErrorMessage(EXAMPLES.internal, 'nl')).toContain('req-42');
  });

  test('a value that cannot be serialised still gives a sentence, not a crash', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const value of [circular, undefined, () => 1]) {
      const text = apiErrorMessage({ code: 'unknown-value', key: 'volume', value, allowed: ['few'] }, 'en');
      expect(text).toContain('"volume"');
      expect(text).not.toMatch(/\[object|undefined/);
    }
  });
});
