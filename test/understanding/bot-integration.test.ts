import { hardStopGroup, nextQuestion } from '../../src/engine';
import { understand } from '../../src/understanding';
import { cardOf, cardText, Conversation, groupOf, LOCALE, questionOf, replyText, startAndAnswer, submitGroup, titleOf } from '../bot/harness';

/** Everything a reply shows: its text and its card's text. */
function shown(replies: readonly Parameters<typeof replyText>[0][]): string {
  return replies.map((r) => `${replyText(r)} ${cardText(cardOf(r))}`).join(' ');
}

/** What the user sees after a turn: the new messages and the advice's one live card (updated in place). */
function seen(c: Conversation, replies: readonly Parameters<typeof replyText>[0][]): string {
  return `${shown(replies)} ${cardText(cardOf(c.liveCard()))}`;
}

/** The question the advice's live card asks now (on a prerequisite card: its first). */
function asking(c: Conversation): string | undefined {
  return questionOf(cardOf(c.liveCard())) ?? groupOf(cardOf(c.liveCard()))[0];
}

/** Every question the live card asks: one, or the open hard stops on a prerequisite card. */
function askingAll(c: Conversation): string[] {
  const card = cardOf(c.liveCard());
  const one = questionOf(card);
  return one === undefined ? groupOf(card) : [one];
}

const DESCRIPTION = {
  en: { text: 'company-owned, hybrid joined, we keep SCCM, 300 new laptops', understood: 'I understood: ', facts: ['organization-owned', 'hybrid joined', 'Configuration Manager stays'] },
  nl: { text: 'bedrijfseigendom, hybride gekoppeld, we houden SCCM, 300 nieuwe laptops', understood: 'Ik begreep: ', facts: ['bedrijfseigendom', 'hybride gekoppeld', 'Configuration Manager blijft'] },
} as const;

describe.each(['en', 'nl'] as const)('describing the situation in a sentence (%s)', (lang) => {
  const d = DESCRIPTION[lang];
  // The question the engine asks next once the description's facts are known (computed, not hard-coded: the
  // interview's order belongs to the engine).
  const afterDescription = ((): string[] => {
    const answers = understand(d.text).answers;
    const next = nextQuestion(answers, { focus: 'decision' });
    const group = hardStopGroup(answers);
    return next.done ? [] : group.length > 0 ? [...group] : [next.question];
  })();

  test('a first message that describes the situation starts the advice past every question it answered', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const replies = await c.say(d.text);
    const text = shown(replies);
    expect(text).toContain(d.understood);
    for (const fact of d.facts) expect(text).toContain(fact);
    const card = cardOf(replies[replies.length - 1]);
    expect(questionOf(card) === undefined ? groupOf(card) : [questionOf(card)]).toEqual(afterDescription);
    // Entra ID P1 and another MDM are both open: asked together on the prerequisite card.
    expect(afterDescription).toEqual(['azureAdPremium', 'otherMdm']);
  });

  test('the same sentence typed at question 1 fills the answers instead of starting over', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const first = await c.say(lang === 'nl' ? 'advies' : 'start');
    expect(questionOf(cardOf(first[0]))).toBe('ownership');
    const replies = await c.say(d.text);
    expect(seen(c, replies)).toContain(d.understood);
    expect(askingAll(c)).toEqual(afterDescription);
    expect(afterDescription).not.toContain('ownership');
  });

  test('"back" after a description undoes its facts one at a time, back to the first question', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(d.text);
    await c.say(lang === 'nl' ? 'terug' : 'back');
    // Five facts were stated; after four backs ownership is still answered, after the fifth it is asked again.
    for (let i = 0; i < 3; i++) await c.say(lang === 'nl' ? 'terug' : 'back');
    expect(askingAll(c)).not.toContain('ownership');
    await c.say(lang === 'nl' ? 'terug' : 'back');
    // Every fact undone: ownership is asked again, with the other open hard stops on the prerequisite card.
    expect(askingAll(c)).toEqual(['ownership', 'azureAdPremium', 'otherMdm', 'configMgr']);
  });

  test('a question-only message in the middle of the advice gets a short answer and the same question again', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await startAndAnswer(c, ['organization'], lang === 'nl' ? 'advies' : 'start');
    const before = asking(c);
    const replies = await c.say(lang === 'nl' ? 'wat is co-beheer?' : 'what is co-management?');
    expect(seen(c, replies)).toMatch(/Configuration Manager/);
    expect(asking(c)).toBe(before);
  });

  test('an ambiguous typed answer asks which option was meant', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(lang === 'nl' ? 'advies' : 'start');
    // Personal devices, the device managed: Windows is asked soon (the engine decides the order).
    for (let i = 0; i < 8 && asking(c) !== 'windowsVersion'; i++) {
      const q = asking(c);
      await c.say(q === 'ownership' ? '2' : q === 'manage' ? '1' : lang === 'nl' ? 'weet ik niet' : "don't know");
    }
    expect(asking(c)).toBe('windowsVersion');
    const replies = await c.say('Windows 10');
    // The question asked back ("You wrote “Windows 10”: do you mean … 1803 … or … 1709 …?") is on the live card itself.
    expect(replies).toHaveLength(0);
    expect(seen(c, replies)).toMatch(/\u201cWindows 10\u201d[^\n]*1803[^\n]*1709/);
    expect(asking(c)).toBe('windowsVersion');
  });

  test('a greeting gets a hello that invites a description, not "I\u2019m not sure what you mean"', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const replies = await c.say(lang === 'nl' ? 'hallo' : 'hello');
    expect(titleOf(replies[0])).toBe(lang === 'nl' ? 'Hallo!' : 'Hello!');
  });
});

describe.each(['en', 'nl'] as const)('counts typed during the advice (%s)', (lang) => {
  // With the current interview the device count is rarely asked on its own (the question cap comes first), so the
  // count is typed at another question: it is read as a fact and shown on the live card.
  test('"about 300 laptops" typed at a question is understood as bulk, and the card says so', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(lang === 'nl' ? 'advies' : 'start');
    await c.say('3');
    expect(asking(c)).toBeDefined();
    const replies = await c.say(lang === 'nl' ? 'ongeveer 300 laptops' : 'about 300 laptops');
    expect(replies).toHaveLength(0);
    expect(seen(c, replies)).toContain(lang === 'nl' ? 'ongeveer 300 apparaten (bulk)' : 'about 300 devices (bulk)');
  });
});

describe.each(['en', 'nl'] as const)('after a description only what is still missing is asked (%s)', (lang) => {
  const dontKnow = lang === 'nl' ? 'weet ik niet' : "don't know";

  /** Answers every question the live card asks with "don't know" until the result; returns the questions asked. */
  async function askedUntilResult(c: Conversation): Promise<string[]> {
    const asked: string[] = [];
    for (let qs = askingAll(c); qs.length > 0 && asked.length < 12; qs = askingAll(c)) {
      asked.push(...qs);
      // The prerequisite card has dropdowns: each set to "don't know", then Continue.
      if (qs.length > 1) await submitGroup(c, Object.fromEntries(qs.map((q) => [q, 'unknown'])));
      else await c.say(dontKnow);
    }
    return asked;
  }

  test('the described run asks the hard stops and what picks the method, not the refinements the full interview asks', async () => {
    const described = new Conversation({ locale: LOCALE[lang] });
    await described.say(DESCRIPTION[lang].text);
    const afterDescription = await askedUntilResult(described);
    expect(afterDescription).toEqual(expect.arrayContaining(['azureAdPremium', 'otherMdm']));
    expect(afterDescription).not.toContain('ownership');
    expect(afterDescription).not.toContain('configMgr');
    // Who uses the devices only refines co-management here (kiosk profiles): left as a check in the result.
    expect(afterDescription).not.toContain('userAffinity');

    // The same facts given one by one through the full interview: more questions before the result.
    const stepwise = new Conversation({ locale: LOCALE[lang] });
    await stepwise.say(lang === 'nl' ? 'advies' : 'start');
    const facts: Record<string, string> = { ownership: '1', identity: '2', configMgr: '1', deviceAge: '1' };
    const full: string[] = [];
    for (let q = asking(stepwise); q !== undefined && full.length < 12; q = asking(stepwise)) {
      full.push(q);
      await stepwise.say(facts[q] ?? dontKnow);
    }
    expect(afterDescription.length).toBeLessThan(full.length - 2);
    // Both end on the result card: co-management for hybrid joined devices that keep Configuration Manager.
    const shownNow = described.all().map((m) => cardText(cardOf(m))).join(' ');
    expect(shownNow).toMatch(lang === 'nl' ? /Inschrijving via co-beheer|co-beheer/ : /Co-management with Configuration Manager|co-management/i);
    expect(described.liveQuestionCards()).toHaveLength(0);
  });
});
