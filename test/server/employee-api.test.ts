import { employeeQuestion } from '../../src/content/employee';
import { localizeInstructions } from '../../src/content/instructions';
import { LANGS, type Lang } from '../../src/content/types';
import type { EmployeeAnswers, InstructionSetId } from '../../src/engine/types';
import { post, startApp, type RunningApp } from './http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

async function employee(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await post(app.base, '/api/employee', body);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const QUESTIONS: readonly { answers: EmployeeAnswers; question: 'deviceOwner' | 'obtained' | 'edition' }[] = [
  { answers: {}, question: 'deviceOwner' },
  { answers: { deviceOwner: 'organization' }, question: 'obtained' },
  { answers: { deviceOwner: 'organization', obtained: 'own-purchase' }, question: 'edition' },
];

/** The HTTP API has no tenant: the general sets, personal devices always "register". */
const DONE: readonly { answers: EmployeeAnswers; set: InstructionSetId }[] = [
  { answers: { deviceOwner: 'personal' }, set: 'automatic-personal-register-general' },
  { answers: { deviceOwner: 'organization', obtained: 'new-from-it' }, set: 'automatic-organization' },
  { answers: { deviceOwner: 'organization', obtained: 'shipped-new' }, set: 'automatic-organization' },
  { answers: { deviceOwner: 'organization', obtained: 'existing' }, set: 'automatic-organization-existing' },
  { answers: { deviceOwner: 'organization', obtained: 'own-purchase', edition: 'pro-or-higher' }, set: 'automatic-organization-existing' },
  { answers: { deviceOwner: 'organization', obtained: 'own-purchase', edition: 'home' }, set: 'windows-home-no-join' },
];

const inLangs = <T extends object>(rows: readonly T[]): (T & { lang: Lang })[] => LANGS.flatMap((lang) => rows.map((r) => ({ ...r, lang })));

describe('POST /api/employee', () => {
  test.each(inLangs(QUESTIONS))('$answers [$lang] → asks $question, worded in the language', async ({ answers, question, lang }) => {
    const res = await employee({ answers, lang });
    expect(res.status).toBe(200);
    const q = employeeQuestion(question, lang);
    expect(res.json).toEqual({ done: false, question: { id: question, text: q.text, why: q.why, options: q.options } });
  });

  test.each(inLangs(DONE))('$answers [$lang] → $set, as steps and notes', async ({ answers, set, lang }) => {
    const res = await employee({ answers, lang });
    expect(res.status).toBe(200);
    const instr = localizeInstructions(set, lang);
    const body = res.json as { done: boolean; instructionSet: { id: string; title: string; steps: { text: string }[]; notes: { text: string }[] } };
    expect(body.done).toBe(true);
    expect(body.instructionSet.id).toBe(set);
    expect(body.instructionSet.title).toBe(instr.title);
    expect(body.instructionSet.steps).toEqual(instr.steps.map((text) => ({ text })));
    const notes = body.instructionSet.notes.map((n) => n.text);
    expect(notes[0]).toBe(instr.intro);
    for (const item of instr.sections.flatMap((s) => s.items)) expect(notes).toContain(item);
  });

  test('personal devices never get join steps from the API', async () => {
    for (const edition of ['pro-or-higher', 'home', 'not-sure']) {
      const res = await employee({ answers: { deviceOwner: 'personal', edition }, lang: 'en' });
      expect((res.json as { instructionSet: { id: string } }).instructionSet.id).toBe('automatic-personal-register-general');
    }
  });

  test.each([
    { name: 'an unknown answer key', body: { answers: { colour: 'red' } }, code: 'unknown-key', names: ['colour', 'deviceOwner', 'obtained', 'edition'] },
    { name: 'an unknown value', body: { answers: { deviceOwner: 'mine' } }, code: 'unknown-value', names: ['deviceOwner', 'organization', 'personal'] },
    { name: 'a number as value', body: { answers: { obtained: 3 } }, code: 'unknown-value', names: ['obtained', 'shipped-new'] },
    { name: 'answers not an object', body: { answers: ['personal'] }, code: 'not-an-object', names: ['answers'] },
    { name: 'an unknown body key', body: { answers: {}, tenant: 'x' }, code: 'unknown-key', names: ['tenant', 'answers', 'lang'] },
    { name: 'an unsupported language', body: { answers: {}, lang: 'de' }, code: 'unknown-lang', names: ['de', 'en', 'nl'] },
    { name: 'prototype pollution', body: '{"answers":{"__proto__":{"deviceOwner":"personal"}}}', code: 'unknown-key', names: ['__proto__'] },
  ])('$name → 400 naming the key and the allowed values', async ({ body, code, names }) => {
    const res = await employee(body);
    expect(res.status).toBe(400);
    const error = res.json.error as { code: string; message: string };
    expect(error.code).toBe(code);
    for (const n of names) expect(error.message).toContain(n);
    expect(JSON.stringify(res.json)).not.toMatch(/at .*\.ts:\d+/);
  });

  test('bad input in Dutch is answered in Dutch', async () => {
    const res = await employee({ answers: { deviceOwner: 'mijn' }, lang: 'nl' });
    expect(res.status).toBe(400);
    expect((res.json.error as { message: string }).message).not.toEqual((await employee({ answers: { deviceOwner: 'mijn' }, lang: 'en' })).json.error);
  });

  test('broken JSON is a 400, not a crash', async () => {
    const res = await post(app.base, '/api/employee', '{"answers":');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-json');
  });
});
