import type { Activity } from 'botbuilder';
import { nextQuestion } from '../../src/engine';
import { buttonData, cardOf, Conversation, questionOf, titleOf } from './harness';

const BOT = { id: 'bot', name: 'Advisor' };

/** The question the engine asks after "organization-owned" (its order belongs to the engine). */
const AFTER_ORGANIZATION = ((): string | undefined => {
  const next = nextQuestion({ ownership: 'organization' });
  return next.done ? undefined : next.question;
})();
const WELCOME = { en: 'Intune enrollment advisor', nl: 'Intune-inschrijvingsadviseur' } as const;

/** A Teams conversation of the given kind (the TestAdapter's bot id is "bot"). */
function teams(conversationType: 'personal' | 'channel' | 'groupChat', id = `conv-${conversationType}`): Partial<Activity> {
  return {
    channelId: 'msteams',
    recipient: BOT,
    conversation: { id, conversationType, isGroup: conversationType !== 'personal', name: '' },
    channelData: { tenant: { id: 'tenant-1' } },
  };
}

/** A message that @mentions the bot the way Teams sends it. */
function mentioning(text: string): Partial<Activity> {
  return {
    text: `<at>Advisor</at> ${text}`,
    entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: BOT }],
  };
}

describe('Teams: welcome on install', () => {
  test.each([
    ['personal chat', 'personal'],
    ['a team channel', 'channel'],
    ['a group chat', 'groupChat'],
  ] as const)('adding the bot to %s sends the welcome card once, even with the installationUpdate that follows', async (_name, kind) => {
    const c = new Conversation({}, teams(kind));
    const added = await c.send({ type: 'conversationUpdate', membersAdded: [BOT, { id: 'user1', name: 'Admin' }] });
    expect(added).toHaveLength(1);
    expect(titleOf(added[0])).toBe(WELCOME.en);
    expect(buttonData(cardOf(added[0])).map((d) => d.verb)).toEqual(['start', 'compare', 'instructions', 'help']);
    expect(await c.send({ type: 'installationUpdate', action: 'add' })).toEqual([]);
  });

  test('installationUpdate alone welcomes too, and a reinstall welcomes again', async () => {
    const c = new Conversation({}, teams('personal'));
    expect(titleOf((await c.send({ type: 'installationUpdate', action: 'add' }))[0])).toBe(WELCOME.en);
    expect(await c.send({ type: 'installationUpdate', action: 'remove' })).toEqual([]);
    expect(titleOf((await c.send({ type: 'installationUpdate', action: 'add' }))[0])).toBe(WELCOME.en);
  });

  test('people joining a team do not trigger a welcome', async () => {
    const c = new Conversation({}, teams('channel'));
    expect(await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user2', name: 'Kim' }, { id: 'user3', name: 'Lee' }] })).toEqual([]);
  });

  test('the welcome is in Dutch for a Dutch Teams client (locale from clientInfo)', async () => {
    const c = new Conversation({}, teams('personal'));
    const replies = await c.send({
      type: 'conversationUpdate',
      membersAdded: [BOT],
      locale: undefined,
      entities: [{ type: 'clientInfo', locale: 'nl-NL' }],
    });
    expect(titleOf(replies[0])).toBe(WELCOME.nl);
  });
});

describe('Teams: channels and group chats answer only when mentioned', () => {
  test.each(['channel', 'groupChat'] as const)('%s: a message without a mention is ignored; with a mention the command runs', async (kind) => {
    const c = new Conversation({}, teams(kind));
    expect(await c.say('start')).toEqual([]);
    const replies = await c.send(mentioning('start'));
    expect(questionOf(cardOf(replies[0]))).toBe('ownership');
  });

  test('a mention stripped before parsing: "@Advisor 1" answers the question', async () => {
    const c = new Conversation({}, teams('channel'));
    await c.send(mentioning('start'));
    await c.send(mentioning('1'));
    expect(questionOf(cardOf(c.liveCard()))).toBe(AFTER_ORGANIZATION);
  });

  test('a mention of someone else is not a mention of the bot', async () => {
    const c = new Conversation({}, teams('channel'));
    const other = { id: 'user-9', name: 'Sam' };
    expect(await c.send({ text: '<at>Sam</at> start', entities: [{ type: 'mention', text: '<at>Sam</at>', mentioned: other }] })).toEqual([]);
  });

  test('card buttons in a channel work without a mention', async () => {
    const c = new Conversation({}, teams('channel'));
    const first = await c.send(mentioning('start'));
    const button = buttonData(cardOf(first[0])).find((d) => d.value === 'organization');
    await c.clickOn(first[0], button);
    expect(questionOf(cardOf(c.liveCard()))).toBe(AFTER_ORGANIZATION);
  });

  test('personal chat needs no mention', async () => {
    const c = new Conversation({}, teams('personal'));
    expect(questionOf(cardOf((await c.say('start'))[0]))).toBe('ownership');
  });
});

describe('language', () => {
  test('follows the Teams locale: nl-BE gets Dutch, de-DE gets English', async () => {
    const nl = new Conversation({ locale: 'nl-BE' });
    expect(titleOf((await nl.say('help'))[0])).toBe('Wat u kunt typen');
    const de = new Conversation({ locale: 'de-DE' });
    expect(titleOf((await de.say('hulp'))[0])).toBe('What you can type');
  });

  test('"taal nl" switches to Dutch and is remembered for that user in other conversations, not for others', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const switched = await c.say('taal nl');
    expect(titleOf(switched[0])).toBe('Let op');
    expect(titleOf((await c.say('help'))[0])).toBe('Wat u kunt typen');
    const elsewhere = await c.say('help', { conversation: { id: 'another-chat', conversationType: 'personal', isGroup: false, name: '' } });
    expect(titleOf(elsewhere[0])).toBe('Wat u kunt typen');
    const colleague = await c.say('help', { from: { id: 'user-2', name: 'Colleague' } });
    expect(titleOf(colleague[0])).toBe('What you can type');
  });

  test('the help card\u2019s language button switches, and "language en" switches back', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const help = await c.say('help');
    const toDutch = buttonData(cardOf(help[0])).find((d) => d.verb === 'language');
    expect(toDutch).toEqual({ verb: 'language', lang: 'nl' });
    await c.click(toDutch);
    expect(titleOf((await c.say('start'))[0])).toMatch(/^Vraag 1 van ongeveer/);
    await c.say('language english');
    expect(titleOf((await c.say('help'))[0])).toBe('What you can type');
  });

  test('an unknown language is answered, not guessed', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const replies = await c.say('language klingon');
    expect(titleOf(replies[0])).toBe('Note');
    expect(titleOf((await c.say('help'))[0])).toBe('What you can type');
    expect(titleOf((await c.click({ verb: 'language', lang: 'fr' }))[0])).toBe('Note');
  });
});
