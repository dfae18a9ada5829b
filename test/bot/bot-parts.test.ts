import { activityProblem } from '../../src/bot/activity-shape';
import { readCardAction } from '../../src/bot/card-action';
import { readEmployeeRun } from '../../src/bot/employee-dialog';
import { readConversationData, readRun, readUserProfile } from '../../src/bot/state';

describe('reading card submits', () => {
  test.each([
    ['an answer', { verb: 'answer', question: 'ownership', value: 'personal', flow: 'f1' }, { verb: 'answer', question: 'ownership', value: 'personal', flow: 'f1' }],
    ['back', { verb: 'back', flow: 'f1' }, { verb: 'back', flow: 'f1' }],
    [
      'a prerequisite card\'s Continue, its dropdown values beside it',
      { verb: 'answerGroup', flow: 'f1', questions: ['azureAdPremium', 'otherMdm'], 'answer.azureAdPremium': 'yes', 'answer.otherMdm': '', extra: 1 },
      { verb: 'answerGroup', flow: 'f1', questions: ['azureAdPremium', 'otherMdm'], values: { azureAdPremium: 'yes', otherMdm: '' } },
    ],
    ['start, extra fields dropped', { verb: 'start', extra: 1 }, { verb: 'start' }],
    ['compare without a result', { verb: 'compare' }, { verb: 'compare' }],
    ['instructions for a set', { verb: 'instructions', set: 'group-policy' }, { verb: 'instructions', set: 'group-policy' }],
    ['language', { verb: 'language', lang: 'nl' }, { verb: 'language', lang: 'nl' }],
    ['saveSettings with its inputs', { verb: 'saveSettings', organizationName: 'Contoso' }, { verb: 'saveSettings', inputs: { organizationName: 'Contoso' } }],
  ])('%s is read with exactly its fields', (_name, value, action) => {
    expect(readCardAction(value)).toEqual({ ok: true, action });
  });

  test.each([
    ['not an object', 'answer', 'no-verb'],
    ['an array', ['answer'], 'no-verb'],
    ['null', null, 'no-verb'],
    ['no verb', { question: 'ownership' }, 'no-verb'],
    ['a numeric verb', { verb: 7 }, 'no-verb'],
    ['an unknown verb', { verb: 'selfDestruct' }, 'unknown-verb'],
    ['an answer without a flow', { verb: 'answer', question: 'ownership', value: 'personal' }, 'malformed'],
    ['an answer with a numeric value', { verb: 'answer', question: 'ownership', value: 2, flow: 'f' }, 'malformed'],
    ['an oversized flow id', { verb: 'back', flow: 'f'.repeat(500) }, 'malformed'],
    ['a language that is not a string', { verb: 'language', lang: { en: true } }, 'malformed'],
    ['compare with a numeric flow', { verb: 'compare', flow: 5 }, 'malformed'],
    ['a Continue whose questions are not a list', { verb: 'answerGroup', flow: 'f', questions: 'ownership' }, 'malformed'],
    ['a Continue with no questions', { verb: 'answerGroup', flow: 'f', questions: [] }, 'malformed'],
    ['a Continue with a numeric dropdown value', { verb: 'answerGroup', flow: 'f', questions: ['ownership'], 'answer.ownership': 1 }, 'malformed'],
    ['a Continue with nine questions', { verb: 'answerGroup', flow: 'f', questions: Array.from({ length: 9 }, () => 'ownership') }, 'malformed'],
  ])('%s is refused as %s', (_name, value, problem) => {
    expect(readCardAction(value)).toMatchObject({ ok: false, problem });
  });

  test('a verb inherited through a tampered prototype is not read, and nothing is polluted', () => {
    const inherited = Object.create({ verb: 'start' }) as unknown;
    expect(readCardAction(inherited)).toMatchObject({ ok: false, problem: 'no-verb' });
    const read = readCardAction(JSON.parse('{"verb":"saveSettings","__proto__":{"polluted":true},"constructor":"x","supportText":"hi"}'));
    expect(read).toEqual({ ok: true, action: { verb: 'saveSettings', inputs: { supportText: 'hi' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const group = readCardAction(JSON.parse('{"verb":"answerGroup","flow":"f","questions":["ownership"],"answer.__proto__":"x"}'));
    expect(group).toMatchObject({ ok: false, problem: 'malformed' });
  });
});

describe('stored state is read defensively', () => {
  const run = { id: 'r1', ownerId: 'aad-1', flow: 'advice', answers: { ownership: 'personal' }, history: ['ownership'], step: 'windowsVersion', cardActivityId: 'm1' };
  test.each([
    ['nothing', undefined, { schema: 2 }],
    ['garbage', 'x', { schema: 2 }],
    ['an old document: its redelivery list is not kept', { recentActivityIds: ['a', 5, null, 'b'] }, { schema: 2 }],
    ['a result with a tampered answer', { lastResult: { flow: 'f', answers: { ownership: 'stolen' } } }, { schema: 2 }],
    ['an old good result', { lastResult: { flow: 'f', answers: { ownership: 'personal' } }, welcomed: true }, { schema: 2, lastResult: { flow: 'f', answers: { ownership: 'personal' } }, welcomed: true }],
    ['a schema-2 run', { schema: 2, run }, { schema: 2, run }],
    ['a run in a document without schema is not read', { run }, { schema: 2 }],
  ])('conversation data: %s', (_name, raw, expected) => {
    expect(readConversationData(raw)).toEqual(expected);
  });

  test('a user profile keeps only a supported language', () => {
    expect(readUserProfile({ lang: 'nl' })).toEqual({ lang: 'nl' });
    expect(readUserProfile({ lang: 'fr' })).toEqual({});
    expect(readUserProfile(null)).toEqual({});
  });

  test('an advice run with bad answers, no id, no owner or an unknown step is not a run; unknown history entries are dropped', () => {
    const base = { id: 'r', ownerId: 'u', flow: 'advice', answers: { ownership: 'personal' }, history: ['ownership', '__proto__', 7], step: 'windowsVersion' };
    expect(readRun({ ...base, answers: { ownership: 'stolen' } })).toBeUndefined();
    expect(readRun({ ...base, id: '' })).toBeUndefined();
    expect(readRun({ ...base, ownerId: 5 })).toBeUndefined();
    expect(readRun({ ...base, step: 'constructor' })).toBeUndefined();
    expect(readRun(base)).toEqual({ ...base, history: ['ownership'] });
  });

  test('an employee run keeps only allowed answers', () => {
    expect(readEmployeeRun({ flow: 'f', answers: { deviceOwner: 'personal', obtained: 'stolen' } })).toEqual({ flow: 'f', answers: { deviceOwner: 'personal' } });
    expect(readEmployeeRun({ answers: {} })).toBeUndefined();
  });
});

describe('activity shape check before botbuilder', () => {
  const good = {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversation: { id: 'c' },
    from: { id: 'u' },
    recipient: { id: 'b' },
    text: 'hi',
  };

  test('a well-formed Teams activity passes', () => {
    expect(activityProblem(good)).toBeUndefined();
  });

  test.each([
    ['type', { type: '' }],
    ['channelId', { channelId: 3 }],
    ['serviceUrl', { serviceUrl: 'file:///etc/passwd' }],
    ['conversation.id', { conversation: { id: 42 } }],
    ['from.id', { from: null }],
    ['recipient.id', { recipient: 'bot' }],
    ['text', { text: ['a'] }],
    ['entities', { entities: 'mention' }],
    ['entities', { entities: [null] }],
    ['entities', { entities: [{ mentioned: { id: 'b' } }] }],
    ['membersAdded', { membersAdded: [{ name: 'no id' }] }],
    ['membersRemoved', { membersRemoved: 'everyone' }],
  ])('a bad %s is named', (field, change) => {
    expect(activityProblem({ ...good, ...change })).toContain(field);
  });

  test.each([null, [], 'message', 5])('%p is not an activity', (body) => {
    expect(activityProblem(body)).toBeDefined();
  });
});
