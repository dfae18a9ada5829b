import { QUESTION_IDS, isAnswerValue, validateAnswers, type AnswerError } from '../../src/engine';

interface BadRow {
  readonly name: string;
  readonly input: () => unknown;
  readonly error: AnswerError;
}

const KEYS = [...QUESTION_IDS];

const BAD: readonly BadRow[] = [
  { name: 'null', input: () => null, error: { code: 'not-an-object' } },
  { name: 'an array', input: () => [{ ownership: 'personal' }], error: { code: 'not-an-object' } },
  { name: 'a string', input: () => 'ownership=personal', error: { code: 'not-an-object' } },
  { name: 'a number', input: () => 42, error: { code: 'not-an-object' } },
  { name: 'undefined', input: () => undefined, error: { code: 'not-an-object' } },
  { name: 'an unknown key', input: () => ({ owner: 'personal' }), error: { code: 'unknown-key', key: 'owner', allowed: KEYS } },
  {
    name: 'a "__proto__" key from JSON',
    input: () => JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    error: { code: 'unknown-key', key: '__proto__', allowed: KEYS },
  },
  { name: 'a "constructor" key', input: () => JSON.parse('{"constructor": "x"}'), error: { code: 'unknown-key', key: 'constructor', allowed: KEYS } },
  { name: 'a "prototype" key', input: () => ({ prototype: 'x' }), error: { code: 'unknown-key', key: 'prototype', allowed: KEYS } },
  {
    name: 'an unknown value',
    input: () => ({ ownership: 'company' }),
    error: { code: 'unknown-value', key: 'ownership', value: 'company', allowed: ['organization', 'personal', 'mixed', 'unknown'] },
  },
  {
    name: 'a value of the wrong type',
    input: () => ({ volume: 3 }),
    error: { code: 'unknown-value', key: 'volume', value: 3, allowed: ['few', 'bulk', 'unknown'] },
  },
  {
    name: 'null as a value',
    input: () => ({ manage: null }),
    error: { code: 'unknown-value', key: 'manage', value: null, allowed: ['device', 'account', 'both', 'unknown'] },
  },
  {
    name: 'a value from another question',
    input: () => ({ identity: 'keep' }),
    error: { code: 'unknown-value', key: 'identity', value: 'keep', allowed: ['cloud', 'hybrid', 'onprem', 'unknown'] },
  },
  {
    name: 'a value that is an inherited property name',
    input: () => ({ otherMdm: 'toString' }),
    error: { code: 'unknown-value', key: 'otherMdm', value: 'toString', allowed: ['yes', 'no', 'unknown'] },
  },
];

describe('validateAnswers', () => {
  test.each(BAD)('refuses $name', ({ input, error }) => {
    expect(validateAnswers(input())).toEqual({ ok: false, error });
  });

  test('refusing __proto__ pollutes nothing', () => {
    validateAnswers(JSON.parse('{"__proto__": {"polluted": "yes"}, "ownership": "personal"}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('accepts every known value and unknown for every question, and returns a fresh object', () => {
    const input = { ownership: 'mixed', windowsVersion: 'win8.1', azureAdPremium: 'unknown', manage: 'both' };
    const result = validateAnswers(input);
    expect(result).toEqual({ ok: true, answers: input });
    if (result.ok) expect(result.answers).not.toBe(input);
  });

  test('accepts an empty object: nothing answered yet', () => {
    expect(validateAnswers({})).toEqual({ ok: true, answers: {} });
  });

  test('an explicit undefined (JavaScript callers only) means not answered', () => {
    expect(validateAnswers({ ownership: undefined, volume: 'bulk' })).toEqual({ ok: true, answers: { volume: 'bulk' } });
  });

  test('the first problem is reported, in key order', () => {
    expect(validateAnswers({ volume: 'lots', owner: 'x' })).toMatchObject({ ok: false, error: { code: 'unknown-value', key: 'volume' } });
  });
});

describe('isAnswerValue', () => {
  test.each([
    ['ownership', 'personal', true],
    ['ownership', 'unknown', true],
    ['ownership', 'bulk', false],
    ['volume', 'bulk', true],
    ['volume', undefined, false],
    ['volume', ['bulk'], false],
    ['conditionalAccess', 'YES', false],
  ] as const)('%s = %p → %p', (q, v, expected) => {
    expect(isAnswerValue(q, v)).toBe(expected);
  });

  test('a key that is not a question accepts nothing', () => {
    expect(isAnswerValue('__proto__' as 'ownership', 'personal')).toBe(false);
  });
});
