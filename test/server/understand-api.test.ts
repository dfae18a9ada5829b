import { errorOf, post, readJson, startApp, type RunningApp } from './http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

interface UnderstandBody {
  lang: string;
  answers: Record<string, string>;
  facts: { key: string; value: string; text: string }[];
  unclear: { key: string; text: string; candidates: string[] }[];
  question?: { term: string; answer: string };
  intent?: string;
}

async function understandVia(body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await post(app.base, '/api/understand', body);
  return { status: res.status, json: (await readJson(res)).json };
}

describe('POST /api/understand', () => {
  test('a description comes back as answers, the facts with the words that stated them, and nothing unclear', async () => {
    const { status, json } = await understandVia({ text: 'company-owned, hybrid joined, we keep SCCM, 300 new laptops', lang: 'en' });
    expect(status).toBe(200);
    const body = json as UnderstandBody;
    expect(body.answers).toEqual({ ownership: 'organization', identity: 'hybrid', configMgr: 'keep', volume: 'bulk', deviceAge: 'new' });
    expect(body.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'configMgr', value: 'keep', text: 'SCCM' }),
        expect.objectContaining({ key: 'volume', value: 'bulk', text: '300 new laptops' }),
      ]),
    );
    expect(body.unclear).toEqual([]);
  });

  test.each([
    ['we have E3', 'azureAdPremium', ['yes', 'no']],
    ['We hebben Windows 10 laptops', 'windowsVersion', ['win10-1803-plus', 'win10-1709-or-older']],
  ])('"%s" is asked back: %s is unclear with its candidates', async (text, key, candidates) => {
    const body = (await understandVia({ text, lang: 'nl' })).json as UnderstandBody;
    expect(body.answers).not.toHaveProperty(key);
    expect(body.unclear).toEqual([expect.objectContaining({ key, candidates })]);
  });

  test.each([
    ['en', 'What is Autopilot?', /Autopilot/],
    ['nl', 'Wat is co-beheer?', /Co-beheer|co-beheer/],
  ])('%s: "%s" gets a short answer from the content layer', async (lang, text, expected) => {
    const body = (await understandVia({ text, lang })).json as UnderstandBody;
    expect(body.question?.answer).toMatch(expected);
    expect(body.facts).toEqual([]);
  });

  test('a negated sentence gives the negated fact, never the opposite', async () => {
    const body = (await understandVia({ text: "We don't use SCCM anymore", lang: 'en' })).json as UnderstandBody;
    expect(body.answers).toEqual({ configMgr: 'none' });
  });

  test('an employee asking about their own laptop is recognized as such', async () => {
    const body = (await understandVia({ text: 'Mijn laptop moet in Intune', lang: 'nl' })).json as UnderstandBody;
    expect(body.intent).toBe('employee');
    expect(body.answers).toEqual({});
  });

  test.each<[string, unknown, number, string, RegExp]>([
    ['no text', { lang: 'en' }, 400, 'invalid-text', /"text"/],
    ['text is a number', { text: 42 }, 400, 'invalid-text', /"text"/],
    ['empty text', { text: '   ' }, 400, 'invalid-text', /"text"/],
    ['text over 4,000 characters', { text: 'x'.repeat(4001) }, 400, 'invalid-text', /4000/],
    ['an unknown key', { text: 'hi', colour: 'red' }, 400, 'unknown-key', /"colour"/],
    ['an unknown language', { text: 'hi', lang: 'fr' }, 400, 'unknown-lang', /"fr"/],
    ['an array body', ['text'], 400, 'not-an-object', /JSON object/],
    ['a body over 64 KB', { text: 'x'.repeat(70_000) }, 413, 'body-too-large', /64 KB/],
  ])('%s → %i %s, naming the problem', async (_name, body, status, code, message) => {
    const res = await understandVia(body);
    expect(res.status).toBe(status);
    expect(errorOf(res.json)).toEqual({ code, message: expect.stringMatching(message) });
  });

  test('errors are worded in the request language', async () => {
    const res = await understandVia({ lang: 'nl' });
    expect(errorOf(res.json).message).toMatch(/moet tekst/);
  });
});
