import { backoffMs, decideRetry, isIdempotent, parseRetryAfter, DEFAULT_RETRY_OPTIONS, type AttemptOutcome } from '../../src/bot/connector/retry-decision';
import { errorOutcome } from '../../src/bot/connector/retry-connector';

const options = DEFAULT_RETRY_OPTIONS;
const half = (): number => 0.5;

interface Row {
  readonly method: string;
  readonly outcome: AttemptOutcome;
  readonly retry: boolean;
}

const ROWS: readonly Row[] = [
  { method: 'POST', outcome: { kind: 'response', status: 200 }, retry: false },
  { method: 'POST', outcome: { kind: 'response', status: 400 }, retry: false },
  { method: 'POST', outcome: { kind: 'response', status: 401 }, retry: false },
  { method: 'POST', outcome: { kind: 'response', status: 404 }, retry: false },
  { method: 'POST', outcome: { kind: 'response', status: 429 }, retry: true },
  { method: 'POST', outcome: { kind: 'response', status: 502 }, retry: true },
  { method: 'POST', outcome: { kind: 'response', status: 503 }, retry: true },
  { method: 'POST', outcome: { kind: 'response', status: 500 }, retry: false },
  { method: 'POST', outcome: { kind: 'response', status: 504 }, retry: false },
  { method: 'POST', outcome: { kind: 'response', status: 408 }, retry: false },
  { method: 'POST', outcome: { kind: 'not-sent' }, retry: true },
  { method: 'POST', outcome: { kind: 'timeout' }, retry: false },
  { method: 'POST', outcome: { kind: 'broken' }, retry: false },
  { method: 'PUT', outcome: { kind: 'response', status: 500 }, retry: true },
  { method: 'PUT', outcome: { kind: 'response', status: 504 }, retry: true },
  { method: 'PUT', outcome: { kind: 'response', status: 408 }, retry: true },
  { method: 'PUT', outcome: { kind: 'timeout' }, retry: true },
  { method: 'PUT', outcome: { kind: 'broken' }, retry: true },
  { method: 'PUT', outcome: { kind: 'response', status: 409 }, retry: false },
  { method: 'DELETE', outcome: { kind: 'timeout' }, retry: true },
  { method: 'GET', outcome: { kind: 'response', status: 503 }, retry: true },
];

describe('decideRetry: only what surely did not land, or what the connector asked to repeat', () => {
  test.each(ROWS)('$method after $outcome.kind $outcome.status → retry $retry', ({ method, outcome, retry }) => {
    expect(decideRetry(method, outcome, 1, options, half).retry).toBe(retry);
  });

  test.each([1, 2, 3])('attempt %i of 4 may be followed by another; attempt 4 may not', (attempt) => {
    expect(decideRetry('POST', { kind: 'response', status: 503 }, attempt, options, half).retry).toBe(true);
    expect(decideRetry('POST', { kind: 'response', status: 503 }, options.maxAttempts, options, half).retry).toBe(false);
  });

  test('Retry-After is a floor: the delay is never shorter, and a jitter of at most 250 ms is added', () => {
    for (const r of [0, 0.3, 0.999]) {
      const d = decideRetry('POST', { kind: 'response', status: 429, retryAfterMs: 3000 }, 1, options, () => r);
      expect(d.retry && d.delayMs >= 3000 && d.delayMs <= 3250).toBe(true);
    }
  });

  test('a Retry-After beyond the limit means giving up now rather than outliving the turn', () => {
    const d = decideRetry('POST', { kind: 'response', status: 429, retryAfterMs: options.maxRetryAfterMs + 1 }, 1, options, half);
    expect(d.retry).toBe(false);
    expect(d.reason).toMatch(/exceeds/);
  });

  test.each([
    [1, 125, 250],
    [2, 250, 500],
    [3, 500, 1000],
    [6, 1000, 2000],
  ])('backoff of attempt %i lies in [%i, %i] ms (doubling, capped, equal jitter)', (attempt, low, high) => {
    expect(backoffMs(attempt, options, () => 0)).toBe(low);
    expect(backoffMs(attempt, options, () => 1)).toBe(high);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  test.each<[string | undefined, number | undefined]>([
    [undefined, undefined],
    ['2', 2000],
    ['0', 0],
    ['1.5', 1500],
    [' 3 ', 3000],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
  ])('%p → %p ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });
});

describe('errorOutcome: what a thrown error says about whether the request landed', () => {
  const withCode = (code: string): Error => Object.assign(new Error(code), { code });
  const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
  test.each<[string, unknown, boolean, string | undefined]>([
    ['connection refused', withCode('ECONNREFUSED'), false, 'not-sent'],
    ['unknown host', withCode('ENOTFOUND'), false, 'not-sent'],
    ['DNS try again', withCode('EAI_AGAIN'), false, 'not-sent'],
    ['reset', withCode('ECONNRESET'), false, 'broken'],
    ['socket hang up', new Error('socket hang up'), false, 'broken'],
    ['our time limit', abort, false, 'timeout'],
    ['the caller cancelled', abort, true, undefined],
  ])('%s → %s', (_name, err, callerAborted, kind) => {
    expect(errorOutcome(err, callerAborted)?.kind).toBe(kind);
  });

  test.each(['GET', 'get', 'PUT', 'DELETE', 'HEAD'])('%s is idempotent', (m) => expect(isIdempotent(m)).toBe(true));
  test.each(['POST', 'PATCH'])('%s is not', (m) => expect(isIdempotent(m)).toBe(false));
});
