import type { Lang } from '../../src/content/types';
import { cardOf, cardText, Conversation, questionOf, replyText, startAndAnswer, titleOf } from '../bot/harness';

const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-US', nl: 'nl-NL' };

/** Everything a reply shows: its text and its card's text. */
function shown(replies: readonly Parameters<typeof replyText>[0][]): string {
  return replies.map((r) => `${replyText(r)} ${cardText(cardOf(r))}`).join(' ');
}

const DESCRIPTION = {
  en: { text: 'company-owned, hybrid joined, we keep SCCM, 300 new laptops', understood: 'I understood: ', facts: ['organization-owned', 'hybrid joined', 'Configuration Manager stays'] },
  nl: { text: 'bedrijfseigendom, hybride gekoppeld, we houden SCCM, 300 nieuwe laptops', understood: 'Ik begreep: ', facts: ['bedrijfseigendom', 'hybride gekoppeld', 'Configuration Manager blijft'] },
} as const;

describe.each(['en', 'nl'] as const)('describing the situation in a sentence (%s)', (lang) => {
  const d = DESCRIPTION[lang];

  test('a first message that describes the situation starts the advice past every question it answered', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const replies = await c.say(d.text);
    const text = shown(replies);
    expect(text).toContain(d.understood);
    for (const fact of d.facts) expect(text).toContain(fact);
    expect(questionOf(cardOf(replies[replies.length - 1]))).toBe('userAffinity');
  });

  test('the same sentence typed at question 1 fills the answers instead of starting over', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const first = await c.say(lang === 'nl' ? 'advies' : 'start');
    expect(questionOf(cardOf(first[0]))).toBe('ownership');
    const replies = await c.say(d.text);
    expect(shown(replies)).toContain(d.understood);
    expect(questionOf(cardOf(replies[replies.length - 1]))).toBe('userAffinity');
  });

  test('"back" after a description undoes its facts one at a time, back to the first question', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(d.text);
    let replies = await c.say(lang === 'nl' ? 'terug' : 'back');
    // Five facts were stated; after four backs ownership is still answered, after the fifth it is asked again.
    for (let i = 0; i < 3; i++) replies = await c.say(lang === 'nl' ? 'terug' : 'back');
    expect(questionOf(cardOf(replies[replies.length - 1]))).not.toBe('ownership');
    replies = await c.say(lang === 'nl' ? 'terug' : 'back');
    expect(questionOf(cardOf(replies[replies.length - 1]))).toBe('ownership');
  });

  test('a question-only message in the middle of the advice gets a short answer and the same question again', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await startAndAnswer(c, ['organization'], lang === 'nl' ? 'advies' : 'start');
    const replies = await c.say(lang === 'nl' ? 'wat is co-beheer?' : 'what is co-management?');
    expect(shown(replies)).toMatch(/Configuration Manager/);
    expect(questionOf(cardOf(replies[replies.length - 1]))).toBe('userAffinity');
  });

  test('an ambiguous typed answer asks which option was meant', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await startAndAnswer(c, ['organization', 'single'], lang === 'nl' ? 'advies' : 'start');
    const replies = await c.say('Windows 10');
    expect(shown(replies)).toMatch(/1803/);
    expect(shown(replies)).toMatch(/1709/);
    expect(questionOf(cardOf(replies[replies.length - 1]))).toBe('windowsVersion');
  });

  test('a greeting gets a hello that invites a description, not "I\u2019m not sure what you mean"', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const replies = await c.say(lang === 'nl' ? 'hallo' : 'hello');
    expect(titleOf(replies[0])).toBe(lang === 'nl' ? 'Hallo!' : 'Hello!');
  });
});

describe.each(['en', 'nl'] as const)('counts typed at the volume question (%s)', (lang) => {
  test('"300 laptops" answers "how many devices" with bulk', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    // Personal devices with one user each; everything else "don't know" until the count is asked.
    let replies = await c.say(lang === 'nl' ? 'advies' : 'start');
    for (let i = 0; i < 10 && questionOf(cardOf(replies[replies.length - 1])) !== 'volume'; i++) {
      const q = questionOf(cardOf(replies[replies.length - 1]));
      if (q === undefined) break;
      replies = await c.say(q === 'ownership' ? '2' : q === 'userAffinity' ? '1' : lang === 'nl' ? 'weet ik niet' : "don't know");
    }
    expect(questionOf(cardOf(replies[replies.length - 1]))).toBe('volume');
    replies = await c.say(lang === 'nl' ? '300 laptops' : 'about 300 laptops');
    expect(questionOf(cardOf(replies[replies.length - 1]))).not.toBe('volume');
    expect(shown(replies)).toContain(lang === 'nl' ? 'ongeveer 300 apparaten (bulk)' : 'about 300 devices (bulk)');
  });
});
