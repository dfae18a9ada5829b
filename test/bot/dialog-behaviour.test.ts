import { localizeQuestion } from '../../src/content';
import { LANGS, type Lang } from '../../src/content/types';
import { nextQuestion, QUESTION_VALUES } from '../../src/engine';
import type { Answers, QuestionId } from '../../src/engine/types';
import { collectActions } from '../../src/cards';
import { answerButtons, buttonData, cardOf, cardText, Conversation, LOCALE, questionOf, replyText, startAndAnswer, titleOf } from './harness';

/** Key phrases of the bot's answers, written out by hand per language. */
const SAYS = {
  earlierQuestion: { en: 'belongs to an earlier question', nl: 'hoort bij een eerdere vraag' },
  earlierRun: { en: 'belongs to an earlier advice', nl: 'hoort bij een eerder advies' },
  finishedRun: { en: 'finished or was stopped', nl: 'klaar is of is gestopt' },
  atQuestion: { en: 'at question', nl: 'bij vraag' },
  stopped: { en: 'Stopped', nl: 'Gestopt' },
  nothingToStop: { en: 'nothing to stop', nl: 'niets om te stoppen' },
  firstQuestion: { en: 'already the first question', nl: 'al de eerste vraag' },
  didNotCatch: { en: 'Please answer with a number from 1 to', nl: 'Antwoord met een nummer van 1 tot en met' },
  howCanIHelp: { en: 'How can I help?', nl: 'Waarmee kan ik helpen?' },
  unknownButton: { en: 'I don\u2019t know that button', nl: 'Die knop ken ik niet' },
  notAnOption: { en: 'not one of the options', nl: 'geen van de keuzes' },
  unknownQuestion: { en: 'a question I don\u2019t know', nl: 'een vraag die ik niet ken' },
  tooLong: { en: 'That message is too long', nl: 'Dat bericht is te lang' },
  alreadyRunning: { en: 'Type restart to start over', nl: 'Typ opnieuw om opnieuw te beginnen' },
  dontKnow: { en: "Don't know", nl: 'Weet ik niet' },
  helpTitle: { en: 'What you can type', nl: 'Wat u kunt typen' },
  notAvailable: { en: 'Not available', nl: 'Niet beschikbaar' },
  startedOver: { en: 'You started over', nl: 'U bent opnieuw begonnen' },
  stoppedCard: { en: 'You stopped this advice', nl: 'U hebt dit advies gestopt' },
  continuesBelow: { en: 'continues on the card below', nl: 'gaat verder op de kaart hieronder' },
  employeeBelow: { en: 'employee questions started below', nl: 'vragen voor medewerkers staan hieronder' },
  noAdvice: { en: 'no advice yet', nl: 'nog geen advies' },
} as const satisfies Record<string, Record<Lang, string>>;

const WORDS = {
  start: { en: 'start', nl: 'advies' },
  back: { en: 'back', nl: 'terug' },
  cancel: { en: 'cancel', nl: 'stop' },
  restart: { en: 'restart', nl: 'opnieuw' },
  help: { en: 'help', nl: 'hulp' },
  compare: { en: 'compare', nl: 'vergelijk' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The question the engine asks after `answers` (the interview's order belongs to the engine, not to these tests). */
function nextAfter(answers: Answers): QuestionId | undefined {
  const next = nextQuestion(answers);
  return next.done ? undefined : next.question;
}

/** The question the run's live card asks now. */
function current(c: Conversation): QuestionId | undefined {
  return questionOf(cardOf(c.liveCard())) as QuestionId | undefined;
}

function flowOf(c: Conversation): string {
  const flow = answerButtons(cardOf(c.liveCard()))[0]?.flow;
  if (flow === undefined) throw new Error('no question card');
  return flow;
}

/** Clicks the answer `value` on the live card. */
async function answer(c: Conversation, value: string): Promise<void> {
  const live = c.liveCard();
  await c.clickOn(live, answerButtons(cardOf(live)).find((b) => b.value === value));
}

describe.each(LANGS)('advice on one card (%s)', (lang) => {
  const conversation = (): Conversation => new Conversation({ locale: LOCALE[lang] });
  const qText = (q: QuestionId): string => localizeQuestion(q, lang).text;
  const liveText = (c: Conversation): string => cardText(cardOf(c.liveCard()));

  test('typed back asks the previous question again on the same card; the new answer counts', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    const id = c.liveCard()?.id;
    expect(await c.say(WORDS.back[lang])).toHaveLength(0);
    expect(current(c)).toBe('ownership');
    expect(c.liveCard()?.id).toBe(id);
    await c.say('2');
    expect(current(c)).toBe(nextAfter({ ownership: 'personal' }));
    expect(c.posted).toBe(1);
  });

  test('the Back button works like typing back; back on the first question says so on the card', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    await c.clickOn(c.liveCard(), { verb: 'back', flow: flowOf(c) });
    expect(liveText(c)).toContain(SAYS.firstQuestion[lang]);
    await answer(c, 'organization');
    const back = buttonData(cardOf(c.liveCard())).find((d) => d.verb === 'back');
    await c.clickOn(c.liveCard(), back);
    expect(current(c)).toBe('ownership');
    expect(liveText(c)).not.toContain(SAYS.firstQuestion[lang]);
    expect(c.posted).toBe(1);
  });

  test('each answer so far is on the card and can be changed; later answers are asked again', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    const second = current(c) as QuestionId;
    const secondValue = QUESTION_VALUES[second][0];
    await answer(c, secondValue);
    const after = current(c);
    expect(liveText(c)).toContain(localizeQuestion('ownership', lang).options[0]?.label);
    const change = buttonData(cardOf(c.liveCard())).find((d) => d.verb === 'change' && d.question === 'ownership');
    await c.clickOn(c.liveCard(), change);
    expect(current(c)).toBe('ownership');
    await answer(c, 'organization');
    expect(current(c)).toBe(second);
    await answer(c, secondValue);
    expect(current(c)).toBe(after);
    expect(c.posted).toBe(1);
  });

  test('don\u2019t know counts as an answer and shows in the answers so far', async () => {
    const c = conversation();
    await startAndAnswer(c, ['unknown'], WORDS.start[lang]);
    expect(current(c)).not.toBe('ownership');
    expect(liveText(c)).toContain(SAYS.dontKnow[lang]);
  });

  test('cancel closes the card (read-only) and says so; cancel with nothing running says so', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    const card = c.liveCard();
    const old = answerButtons(cardOf(card))[0];
    const replies = await c.say(WORDS.cancel[lang]);
    expect(titleOf(replies[0])).toBe(SAYS.stopped[lang]);
    const closed = card?.id === undefined ? undefined : c.messages.get(card.id);
    expect(collectActions(cardOf(closed))).toHaveLength(0);
    expect(cardText(cardOf(closed))).toContain(SAYS.stoppedCard[lang]);
    expect(c.liveQuestionCards()).toHaveLength(0);
    expect(replyText((await c.click(old))[0] ?? {})).toContain(SAYS.finishedRun[lang]);
    expect(replyText((await c.say(WORDS.cancel[lang]))[0] ?? {})).toContain(SAYS.nothingToStop[lang]);
  });

  test('restart closes the old card and starts a new run on a new card; the old run\u2019s buttons change nothing', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    const oldCard = c.liveCard();
    const oldButton = answerButtons(cardOf(oldCard))[0];
    await c.say(WORDS.restart[lang]);
    expect(current(c)).toBe('ownership');
    expect(c.liveQuestionCards()).toHaveLength(1);
    expect(c.liveCard()?.id).not.toBe(oldCard?.id);
    expect(cardText(cardOf(oldCard?.id === undefined ? undefined : c.messages.get(oldCard.id)))).toContain(SAYS.startedOver[lang]);
    const stale = await c.click(oldButton);
    expect(replyText(stale[0] ?? {})).toContain(SAYS.finishedRun[lang]);
    expect(current(c)).toBe('ownership');
  });

  test('"start" during a run moves the live card below (the old one closes) at the same question', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    const oldCard = c.liveCard();
    await c.say(WORDS.start[lang]);
    expect(current(c)).toBe(nextAfter({ ownership: 'organization' }));
    expect(c.liveQuestionCards()).toHaveLength(1);
    expect(c.liveCard()?.id).not.toBe(oldCard?.id);
    expect(cardText(cardOf(oldCard?.id === undefined ? undefined : c.messages.get(oldCard.id)))).toContain(SAYS.continuesBelow[lang]);
  });

  test('employee questions close a running advice card', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    const oldCard = c.liveCard();
    await c.say(lang === 'nl' ? 'instructies' : 'instructions');
    expect(answerButtons(cardOf(oldCard?.id === undefined ? undefined : c.messages.get(oldCard.id)))).toHaveLength(0);
    expect(cardText(cardOf(oldCard?.id === undefined ? undefined : c.messages.get(oldCard.id)))).toContain(SAYS.employeeBelow[lang]);
    expect(c.liveQuestionCards()).toHaveLength(0);
  });

  test('a double click answers once; the second click shows a note on the live card, not a new message', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    const card = c.liveCard();
    const button = answerButtons(cardOf(card)).find((b) => b.value === 'organization');
    await c.clickOn(card, button);
    const next = current(c);
    expect(await c.clickOn(card, button)).toHaveLength(0);
    expect(current(c)).toBe(next);
    expect(liveText(c)).toContain(SAYS.earlierQuestion[lang]);
    expect(c.posted).toBe(1);
  });

  test('unrecognized text re-asks on the live card with a hint; cancel still works', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    expect(await c.say('purple elephants')).toHaveLength(0);
    expect(current(c)).toBe('ownership');
    expect(liveText(c)).toContain(SAYS.didNotCatch[lang]);
    expect(c.liveQuestionCards()).toHaveLength(1);
    await c.say('1');
    expect(liveText(c)).not.toContain(SAYS.didNotCatch[lang]);
    expect(titleOf((await c.say(WORDS.cancel[lang]))[0])).toBe(SAYS.stopped[lang]);
  });

  test('text with no run and no recognizable question gets a friendly "how can I help"', async () => {
    const replies = await conversation().say('the weather is nice today');
    expect(titleOf(replies[0])).toBe(SAYS.howCanIHelp[lang]);
  });

  test('a first message that sounds like an admin question starts the advice', async () => {
    const c = conversation();
    await c.say(lang === 'nl' ? 'hoe moeten we onze apparaten inschrijven in Intune?' : 'how should we enroll our devices in Intune?');
    expect(current(c)).toBe('ownership');
    expect(liveText(c)).toContain(qText('ownership'));
  });

  test('an unknown verb gets "I don\u2019t know that button" and the help card', async () => {
    const c = conversation();
    const replies = await c.click({ verb: 'selfDestruct', flow: 'x' });
    expect(titleOf(replies[0])).toBe(SAYS.unknownButton[lang]);
    expect(titleOf(replies[1])).toBe(SAYS.helpTitle[lang]);
  });

  test.each([
    ['a value that is not an option', (flow: string) => ({ verb: 'answer', question: 'ownership', value: 'purple', flow }), SAYS.notAnOption],
    ['an unknown question id', (flow: string) => ({ verb: 'answer', question: 'favouriteColour', value: 'yes', flow }), SAYS.unknownQuestion],
    ['a prototype key as question', (flow: string) => ({ verb: 'answer', question: '__proto__', value: 'yes', flow }), SAYS.unknownQuestion],
  ])('a tampered answer (%s) is explained on the card and changes nothing', async (_name, data, says) => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    expect(await c.clickOn(c.liveCard(), data(flowOf(c)))).toHaveLength(0);
    expect(liveText(c)).toContain(says[lang]);
    await c.say('2');
    expect(current(c)).toBe(nextAfter({ ownership: 'personal' }));
  });

  test.each([
    ['no fields', { verb: 'answer' }],
    ['a number as value', { verb: 'answer', question: 'ownership', value: 3, flow: 'f' }],
    ['an array as value', ['answer']],
    ['a string as value', 'answer'],
  ])('a malformed answer submit (%s) is answered like an unknown button', async (_name, value) => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    const replies = await c.click(value);
    expect(titleOf(replies[0])).toBe(SAYS.unknownButton[lang]);
    await c.say('1');
    expect(current(c)).toBe(nextAfter({ ownership: 'organization' }));
  });

  test('a message over 4,000 characters is not read, and the run continues', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    const long = await c.say(`start ${'x'.repeat(4000)}`);
    expect(titleOf(long[0])).toBe(SAYS.tooLong[lang]);
    await c.say('1');
    expect(current(c)).toBe(nextAfter({ ownership: 'organization' }));
  });

  test('a failed in-place update is logged and the card is posted instead, so the conversation goes on', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    c.adapter.failUpdates = true;
    const next = await c.clickOn(c.liveCard(), answerButtons(cardOf(c.liveCard()))[0]);
    const second = nextAfter({ ownership: 'organization' }) as QuestionId;
    expect(questionOf(cardOf(next[0]))).toBe(second);
    expect(c.log.lines().some((l) => l.msg === 'could not update the live card; posting it instead')).toBe(true);
    c.adapter.failUpdates = false;
    await answer(c, QUESTION_VALUES[second][0]);
    expect(current(c)).not.toBe(second);
  });

  test('help, compare and settings work in the middle of a run without losing it', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    expect(titleOf((await c.say(WORDS.help[lang]))[0])).toBe(SAYS.helpTitle[lang]);
    const compare = await c.say(WORDS.compare[lang]);
    expect(cardText(cardOf(compare[0]))).toContain('\u25b6');
    expect(titleOf((await c.say(lang === 'nl' ? 'instellingen' : 'settings'))[0])).toBe(SAYS.notAvailable[lang]);
    const second = nextAfter({ ownership: 'organization' }) as QuestionId;
    await c.say('1');
    expect(current(c)).toBe(nextAfter({ ownership: 'organization', [second]: QUESTION_VALUES[second][0] }));
  });

  test('tasks before any advice says there is none yet', async () => {
    const c = conversation();
    const replies = await c.say(lang === 'nl' ? 'taken' : 'tasks');
    expect(replyText(replies[0] ?? {}).toLowerCase()).toContain(SAYS.noAdvice[lang]);
  });
});
