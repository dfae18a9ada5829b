import { recommend } from '../../src/engine';
import { createAdvisorApi, parseNextStep, parseServerVerdict, type ApiFailure, type FetchLike } from '../../src/tab/api';
import { decisionOf } from '../../src/tab/results';
import { CARD_SCENARIOS } from '../fixtures/card-scenarios';
import { post, startApp, type RunningApp } from '../server/http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

describe('the tab understands the real advisor API', () => {
  test.each(['en', 'nl'] as const)('every step of a whole interview parses, and it ends in done (%s)', async (lang) => {
    const answers: Record<string, string> = {};
    const asked: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await post(app.base, '/api/next', { answers, lang });
      const step = parseNextStep(await res.json());
      if (step === undefined) throw new Error(`step ${i} did not parse`);
      if (step.done) break;
      asked.push(step.question.id);
      expect(step.question.unknownOption.value).toBe('unknown');
      expect(step.question.asked).toBe(i);
      // Always the first option, so the interview takes a real path to its end.
      answers[step.question.id] = step.question.options[0].value;
    }
    expect(asked.length).toBeGreaterThan(2);
    const last = parseNextStep(await (await post(app.base, '/api/next', { answers, lang })).json());
    expect(last).toEqual({ done: true });
  });

  test.each(CARD_SCENARIOS)('/api/recommend decides what the bundled engine decides: $name', async ({ answers }) => {
    const res = await post(app.base, '/api/recommend', { answers: answers(), lang: 'nl' });
    expect(parseServerVerdict(await res.json())).toEqual(decisionOf(recommend(answers())));
  });
});

const QUESTION = { id: 'ownership', text: 'Q', why: 'W', options: [{ value: 'organization', label: 'Org' }], unknownOption: { value: 'unknown', label: '?' } };

describe('replies the page was not built for are refused, not half-used', () => {
  test.each([
    { name: 'not an object', body: [] as unknown },
    { name: 'done missing', body: { question: QUESTION, progress: { asked: 0, estimatedTotal: 5 } } },
    { name: 'a question id this page does not know', body: { done: false, question: { ...QUESTION, id: 'newQuestion' }, progress: { asked: 0, estimatedTotal: 5 } } },
    { name: 'no options', body: { done: false, question: { ...QUESTION, options: [] }, progress: { asked: 0, estimatedTotal: 5 } } },
    { name: 'an option without a label', body: { done: false, question: { ...QUESTION, options: [{ value: 'x' }] }, progress: { asked: 0, estimatedTotal: 5 } } },
    { name: 'no progress', body: { done: false, question: QUESTION } },
  ])('/api/next: $name', ({ body }) => {
    expect(parseNextStep(body)).toBeUndefined();
  });

  test.each([
    { name: 'not an object', body: 'automatic' as unknown },
    { name: 'an unknown method', body: { recommended: 'intuneConnector' } },
    { name: 'segments without a personal part', body: { recommended: 'autopilot', segments: { organization: { recommended: 'autopilot' } } } },
  ])('/api/recommend: $name', ({ body }) => {
    expect(parseServerVerdict(body)).toBeUndefined();
  });
});

type FakeReply = { readonly status: number; readonly json: () => Promise<unknown> } | 'reject' | 'hang';

/** A fetch that answers every call with `reply`, recording what was asked. */
function fakeFetch(reply: FakeReply): { fetch: FetchLike; calls: { url: string; body: string; headers: Record<string, string> }[] } {
  const calls: { url: string; body: string; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, body: init.body, headers: init.headers });
    if (reply === 'reject') return Promise.reject(new TypeError('Failed to fetch'));
    if (reply === 'hang') {
      return new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return Promise.resolve({ ok: reply.status >= 200 && reply.status < 300, status: reply.status, json: reply.json });
  };
  return { fetch, calls };
}

const json = (body: unknown) => () => Promise.resolve(body);

describe('the tab API client', () => {
  test('posts the answers and language as JSON to the page origin', async () => {
    const { fetch, calls } = fakeFetch({ status: 200, json: json({ done: true }) });
    const outcome = await createAdvisorApi(fetch, 'https://advisor.contoso.com').next({ ownership: 'mixed' }, 'nl');
    expect(outcome).toEqual({ ok: true, value: { done: true } });
    expect(calls).toEqual([
      {
        url: 'https://advisor.contoso.com/api/next',
        body: JSON.stringify({ answers: { ownership: 'mixed' }, lang: 'nl' }),
        headers: { 'content-type': 'application/json', accept: 'application/json' },
      },
    ]);
  });

  test.each<{ name: string; reply: FakeReply; failure: ApiFailure }>([
    { name: 'no connection', reply: 'reject', failure: 'network' },
    { name: 'no answer within the time limit', reply: 'hang', failure: 'network' },
    { name: 'a 500', reply: { status: 500, json: json({ error: { code: 'internal', message: 'x' } }) }, failure: 'server' },
    { name: 'a 503 from a proxy', reply: { status: 503, json: () => Promise.reject(new SyntaxError('not JSON')) }, failure: 'server' },
    { name: 'a 200 that is not JSON', reply: { status: 200, json: () => Promise.reject(new SyntaxError('not JSON')) }, failure: 'server' },
    { name: 'a 400 for answers taken from the server', reply: { status: 400, json: json({ error: { code: 'unknown-value', message: 'x' } }) }, failure: 'outdated' },
    { name: 'a 200 of another shape', reply: { status: 200, json: json({ next: 'ownership' }) }, failure: 'outdated' },
  ])('$name is reported as $failure', async ({ reply, failure }) => {
    const { fetch } = fakeFetch(reply);
    const api = createAdvisorApi(fetch, '', 50);
    expect(await api.next({}, 'en')).toEqual({ ok: false, failure });
    expect(await api.recommend({}, 'en')).toEqual({ ok: false, failure });
  });
});
