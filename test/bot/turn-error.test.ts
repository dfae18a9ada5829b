import { nextQuestion } from '../../src/engine';
import { QUESTION_VALUES, type QuestionId } from '../../src/engine/types';
import { answerButtons, cardOf, cardText, Conversation, questionOf, replyText, startAndAnswer, titleOf } from './harness';

const ERROR = {
  en: { title: 'Something went wrong', kept: 'Your answers are kept' },
  nl: { title: 'Er ging iets mis', kept: 'Uw antwoorden zijn bewaard' },
} as const;

describe('when a turn fails', () => {
  test.each(['en', 'nl'] as const)('%s: the user gets the error card, never the error, and the answers are kept', async (lang) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const afterOwnership = nextQuestion({ ownership: 'organization' });
    const second = (afterOwnership.done ? 'ownership' : afterOwnership.question) as QuestionId;
    const atThird = await startAndAnswer(c, ['organization', QUESTION_VALUES[second][0]], lang === 'nl' ? 'advies' : 'start');
    const third = questionOf(cardOf(atThird)) as QuestionId;
    expect(third).toBeDefined();

    // The connector is down: the in-place update fails, and so does posting the card instead.
    c.adapter.failUpdates = true;
    c.adapter.failSends = 1;
    const failed = await c.clickOn(atThird, answerButtons(cardOf(atThird))[0]);
    c.adapter.failUpdates = false;
    expect(failed).toHaveLength(1);
    expect(titleOf(failed[0])).toBe(ERROR[lang].title);
    const shown = replyText(failed[0] ?? {});
    expect(shown).toContain(ERROR[lang].kept);
    expect(shown).not.toContain('simulated');
    expect(shown).not.toContain('secret');
    expect(answerButtons(cardOf(failed[0]))).toEqual([]);

    // "start" continues where we were: the two answers before the failure are still there.
    const resumed = await c.say(lang === 'nl' ? 'advies' : 'start');
    expect(questionOf(cardOf(resumed[0]))).toBe(third);
    expect(cardText(cardOf(resumed[0]))).toMatch(lang === 'nl' ? /Vraag 3 van/ : /Question 3 of/);
  });

  test('the failure is logged with the conversation and activity ids, and without the message text', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await c.say('start');
    c.adapter.failUpdates = true;
    c.adapter.failSends = 1;
    await c.send({ id: 'activity-that-fails', text: 'my password is hunter2' });
    const line = c.log.lines().find((l) => l.msg === 'turn failed');
    expect(line).toMatchObject({ activityId: 'activity-that-fails', conversationId: 'Convo1' });
    expect(JSON.stringify(c.log.lines())).not.toContain('hunter2');
  });

  test('a failed activity redelivered by Teams is not answered again', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await c.say('start');
    c.adapter.failUpdates = true;
    c.adapter.failSends = 1;
    expect(await c.send({ id: 'retry-after-failure', text: '1' })).toHaveLength(1);
    c.adapter.failUpdates = false;
    expect(await c.send({ id: 'retry-after-failure', text: '1' })).toEqual([]);
  });

  test('when even the error card cannot be sent, nothing throws and both failures are logged', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await c.say('start');
    c.adapter.failUpdates = true;
    c.adapter.failSends = 2;
    await expect(c.say('1')).resolves.toEqual([]);
    const messages = c.log.lines().map((l) => l.msg);
    expect(messages).toContain('turn failed');
    expect(messages).toContain('could not send the error card');
    c.adapter.failUpdates = false;
    await c.say('1');
    const next = nextQuestion({ ownership: 'organization' });
    expect(questionOf(cardOf(c.liveCard()))).toBe(next.done ? undefined : next.question);
  });
});
