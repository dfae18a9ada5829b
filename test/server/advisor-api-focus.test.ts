import type { Answers } from '../../src/engine';
import { post, startApp, type RunningApp } from './http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

interface NextBody {
  done: boolean;
  question?: { id: string };
  progress?: { asked: number; estimatedTotal: number };
}

/** A cloud-only organization without Configuration Manager whose method is settled; only refinements are left. */
const SETTLED: Answers = { ownership: 'organization', identity: 'cloud', configMgr: 'none', azureAdPremium: 'yes', otherMdm: 'no', remoteWorkers: 'no', purchase: 'other' };

interface FocusRow {
  readonly name: string;
  readonly answers: Answers;
  readonly focus?: string;
  readonly expected: { done: true } | { done: false; question: string };
}

const ROWS: readonly FocusRow[] = [
  { name: 'the full interview (default) still asks the Windows version once the method is settled', answers: SETTLED, expected: { done: false, question: 'windowsVersion' } },
  { name: '"full" is the default, said out loud', answers: SETTLED, focus: 'full', expected: { done: false, question: 'windowsVersion' } },
  { name: '"decision" is done: the Windows version and user affinity would only refine the advice', answers: SETTLED, focus: 'decision', expected: { done: true } },
  {
    name: '"decision" still asks the hard stops first: Entra ID P1 after a description that stated the rest',
    answers: { ownership: 'organization', identity: 'cloud', configMgr: 'none', remoteWorkers: 'no', purchase: 'other' },
    focus: 'decision',
    expected: { done: false, question: 'azureAdPremium' },
  },
  {
    name: '"decision" asks what still picks the method: remote workers, after the hard stops',
    answers: { ownership: 'organization', identity: 'cloud', configMgr: 'none', azureAdPremium: 'yes', otherMdm: 'no' },
    focus: 'decision',
    expected: { done: false, question: 'remoteWorkers' },
  },
];

describe('POST /api/next with focus', () => {
  test.each(ROWS)('$name', async ({ answers, focus, expected }) => {
    const res = await post(app.base, '/api/next', focus === undefined ? { answers } : { answers, focus });
    expect(res.status).toBe(200);
    const body = (await res.json()) as NextBody;
    if (expected.done) expect(body).toEqual({ done: true });
    else expect(body).toMatchObject({ done: false, question: { id: expected.question } });
  });

  test('"decision" counts every stated fact that matters in its progress', async () => {
    const answers = { ownership: 'organization', identity: 'cloud', configMgr: 'none' };
    const body = (await (await post(app.base, '/api/next', { answers, focus: 'decision' })).json()) as NextBody;
    expect(body.progress?.asked).toBe(3);
    expect(body.progress?.estimatedTotal).toBeGreaterThan(3);
  });

  test.each([
    { value: 'fast', lang: 'en', mentions: ['"fast"', '"focus"', 'full, decision'] },
    { value: 3, lang: 'en', mentions: ['3', '"focus"', 'full, decision'] },
    { value: null, lang: 'nl', mentions: ['"focus"', 'full, decision', 'Toegestane waarden'] },
  ])('a bad focus ($value) is a 400 naming the key and the allowed values ($lang)', async ({ value, lang, mentions }) => {
    const res = await post(app.base, '/api/next', { answers: {}, focus: value, lang });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('unknown-value');
    for (const m of mentions) expect(error.message).toContain(m);
  });

  test('/api/recommend does not take a focus: the key is refused, naming the keys it takes', async () => {
    const res = await post(app.base, '/api/recommend', { answers: {}, focus: 'decision' });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('unknown-key');
    expect(error.message).toContain('answers, lang');
  });
});
