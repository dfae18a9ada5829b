import { questionCatalogue, unknownLabel } from '../../src/content';
import type { Lang } from '../../src/content';
import { METHOD_IDS, QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/engine';
import { post, startApp, type RunningApp } from './http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

interface ApiOption {
  value: string;
  label: string;
}
interface ApiQuestion {
  id: string;
  text: string;
  why: string;
  options: ApiOption[];
  unknownOption: ApiOption;
}
interface ApiReason {
  criterion: string;
  effect: string;
  text: string;
}
interface ApiMethod {
  id: string;
  verdict: string;
  reasons: ApiReason[];
  prerequisites: { code: string; text: string }[];
}
interface ApiRecommendation {
  recommended: string | null;
  recommendedName: string;
  policy: string;
  policyText: string;
  methods: ApiMethod[];
  warnings: { code: string; text: string }[];
  autopilotMode?: { id: string; name: string; text: string };
  scopes?: { mdm: string; mam: string };
  segments?: { organization: ApiRecommendation; personal: ApiRecommendation };
  /** Top level only: the guide's own contradictions that concern these answers. */
  guideContradictions?: { id: string; text: string }[];
}

const LANGS: readonly Lang[] = ['en', 'nl'];

/** Every text field of a recommendation (recursively into segments) is a non-empty string. */
function allTexts(rec: ApiRecommendation): string[] {
  return [
    rec.recommendedName,
    rec.policyText,
    ...rec.methods.flatMap((m) => [...m.reasons.map((r) => r.text), ...m.prerequisites.map((p) => p.text)]),
    ...rec.warnings.map((w) => w.text),
    ...(rec.guideContradictions ?? []).map((c) => c.text),
    ...(rec.segments === undefined ? [] : [...allTexts(rec.segments.organization), ...allTexts(rec.segments.personal)]),
  ];
}

describe('GET /api/questions', () => {
  test.each(LANGS)('lists all 15 questions in catalogue order with every value, localized (%s)', async (lang) => {
    const res = await fetch(`${app.base}/api/questions?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const { questions, lang: answeredLang } = (await res.json()) as { questions: ApiQuestion[]; lang: string };
    expect(answeredLang).toBe(lang);
    expect(questions.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of questions) {
      const values: readonly string[] = QUESTION_VALUES[q.id as keyof typeof QUESTION_VALUES];
      expect(q.options.map((o) => o.value)).toEqual(values);
      expect(q.text.length).toBeGreaterThan(5);
      expect(q.why.length).toBeGreaterThan(5);
      for (const o of q.options) expect(o.label.trim()).not.toBe('');
      expect(q.unknownOption).toEqual({ value: 'unknown', label: unknownLabel(lang) });
    }
    expect(questions.map((q) => q.text)).toEqual(questionCatalogue(lang).map((q) => q.text));
  });

  test('English is the default and Dutch is a different text', async () => {
    const en = (await (await fetch(`${app.base}/api/questions`)).json()) as { lang: string; questions: ApiQuestion[] };
    const nl = (await (await fetch(`${app.base}/api/questions?lang=nl`)).json()) as { questions: ApiQuestion[] };
    expect(en.lang).toBe('en');
    expect(en.questions[0]?.text).not.toBe(nl.questions[0]?.text);
    expect(nl.questions[0]?.unknownOption.label).toBe('Weet ik niet');
  });
});

describe('POST /api/next', () => {
  test.each(LANGS)('with no answers asks who owns the devices first (%s)', async (lang) => {
    const res = await post(app.base, '/api/next', { answers: {}, lang });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { done: boolean; question: ApiQuestion; progress: { asked: number; estimatedTotal: number } };
    expect(body.done).toBe(false);
    expect(body.question.id).toBe('ownership');
    expect(body.question.text).toBe(questionCatalogue(lang)[0]?.text);
    expect(body.question.options.map((o) => o.value)).toEqual(['organization', 'personal', 'mixed']);
    expect(body.progress.asked).toBe(0);
    expect(body.progress.estimatedTotal).toBeGreaterThanOrEqual(1);
  });

  test('a trailing slash reaches the same endpoint', async () => {
    const res = await post(app.base, '/api/next/', { answers: {} });
    expect(res.status).toBe(200);
  });

  test('a body without answers starts from the beginning', async () => {
    const body = (await (await post(app.base, '/api/next', {})).json()) as { question: ApiQuestion };
    expect(body.question.id).toBe('ownership');
  });

  test('never asks an answered question again', async () => {
    const body = (await (await post(app.base, '/api/next', { answers: { ownership: 'personal' } })).json()) as { question: ApiQuestion };
    expect(body.question.id).not.toBe('ownership');
  });

  test('walking the API with "don\'t know" answers ends in { done: true } within 8 questions', async () => {
    let answers: Record<string, string> = {};
    for (let i = 0; i < 9; i++) {
      const body = (await (await post(app.base, '/api/next', { answers, lang: 'nl' })).json()) as { done: boolean; question?: ApiQuestion };
      if (body.done) {
        expect(body).toEqual({ done: true });
        expect(Object.keys(answers).length).toBeLessThanOrEqual(8);
        return;
      }
      const id = body.question?.id ?? '';
      expect(answers).not.toHaveProperty(id);
      answers = { ...answers, [id]: 'unknown' };
    }
    throw new Error(`never done; asked ${Object.keys(answers).join(', ')}`);
  });

  test('answering every question is done', async () => {
    const all = Object.fromEntries(QUESTION_IDS.map((q) => [q, QUESTION_VALUES[q][0]]));
    expect(await (await post(app.base, '/api/next', { answers: all })).json()).toEqual({ done: true });
  });
});

type Scenario = {
  name: string;
  answers: Answers;
  recommended: string | null;
  hasWarning?: string;
  autopilotMode?: boolean;
  scopes?: boolean;
  segments?: boolean;
};

const SCENARIOS: readonly Scenario[] = [
  { name: 'personal BYOD laptops get automatic enrollment with scopes', answers: { ownership: 'personal', manage: 'account' }, recommended: 'automatic', scopes: true, autopilotMode: false, segments: false },
  { name: 'keeping Configuration Manager gets co-management', answers: { ownership: 'organization', configMgr: 'keep', azureAdPremium: 'yes', windowsVersion: 'win11', otherMdm: 'no', demAccount: 'no' }, recommended: 'coManagement', hasWarning: 'configmgr-enrollment-delay', scopes: false, autopilotMode: false },
  { name: 'Autopilot partner purchases get Autopilot with a mode', answers: { ownership: 'organization', purchase: 'autopilot-partner', azureAdPremium: 'yes', windowsVersion: 'win11', configMgr: 'none', identity: 'cloud', otherMdm: 'no', demAccount: 'no' }, recommended: 'autopilot', autopilotMode: true, scopes: false },
  { name: 'mixed ownership has both segments', answers: { ownership: 'mixed' }, recommended: 'automatic', segments: true },
  { name: 'personal kiosks contradict each other', answers: { ownership: 'personal', userAffinity: 'userless' }, recommended: null, hasWarning: 'personal-userless-conflict' },
];

describe('POST /api/recommend', () => {
  test.each(SCENARIOS.flatMap((s) => LANGS.map((lang) => ({ ...s, lang }))))('$name ($lang)', async (s) => {
    const res = await post(app.base, '/api/recommend', { answers: s.answers, lang: s.lang });
    expect(res.status).toBe(200);
    const rec = (await res.json()) as ApiRecommendation;
    expect(rec.recommended).toBe(s.recommended);
    expect(typeof rec.policy).toBe('string');
    expect(Array.isArray(rec.guideContradictions)).toBe(true);
    expect(rec.methods.map((m) => m.id)).toEqual(METHOD_IDS);
    for (const m of rec.methods) {
      expect(['suitable', 'conditional', 'notSuitable']).toContain(m.verdict);
      expect(m.reasons.length).toBeGreaterThan(0);
      for (const r of m.reasons) expect(Object.keys(r).sort()).toEqual(['criterion', 'effect', 'text']);
      if (m.id === s.recommended) expect(m.verdict).not.toBe('notSuitable');
    }
    for (const w of rec.warnings) expect(typeof w.code).toBe('string');
    if (s.hasWarning !== undefined) expect(rec.warnings.map((w) => w.code)).toContain(s.hasWarning);
    if (s.autopilotMode !== undefined) expect(rec.autopilotMode !== undefined).toBe(s.autopilotMode);
    if (s.scopes !== undefined) expect(rec.scopes !== undefined).toBe(s.scopes);
    if (s.segments !== undefined) expect(rec.segments !== undefined).toBe(s.segments);
    for (const text of allTexts(rec)) {
      expect(typeof text).toBe('string');
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|\[object|\$\{/);
    }
  });

  test('the same answers read in English and in Dutch: same ids, different words', async () => {
    const answers = { ownership: 'personal', manage: 'device' };
    const en = (await (await post(app.base, '/api/recommend', { answers, lang: 'en' })).json()) as ApiRecommendation;
    const nl = (await (await post(app.base, '/api/recommend', { answers, lang: 'nl' })).json()) as ApiRecommendation;
    expect(nl.methods.map((m) => [m.id, m.verdict, m.reasons.map((r) => r.criterion)])).toEqual(
      en.methods.map((m) => [m.id, m.verdict, m.reasons.map((r) => r.criterion)]),
    );
    expect(nl.warnings.map((w) => w.code)).toEqual(en.warnings.map((w) => w.code));
    expect(en.recommendedName).toBe('Automatic enrollment');
    expect(nl.recommendedName).toBe('Automatische inschrijving');
    expect(nl.policyText).not.toBe(en.policyText);
    expect(nl.methods[1]?.reasons.map((r) => r.text)).not.toEqual(en.methods[1]?.reasons.map((r) => r.text));
  });

  test('?lang=nl works when the body has no lang', async () => {
    const rec = (await (await post(app.base, '/api/recommend?lang=nl', { answers: { ownership: 'personal' } })).json()) as ApiRecommendation;
    expect(rec.recommendedName).toBe('Automatische inschrijving');
  });

  test('accepts "unknown" for every question and never rules a method out for it', async () => {
    const answers = Object.fromEntries(QUESTION_IDS.map((q) => [q, 'unknown']));
    const rec = (await (await post(app.base, '/api/recommend', { answers })).json()) as ApiRecommendation;
    expect(rec.methods.every((m) => m.verdict !== 'notSuitable')).toBe(true);
  });
});
