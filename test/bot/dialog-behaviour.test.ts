import { localizeQuestion } from '../../src/content';
import type { Lang } from '../../src/content/types';
import type { QuestionId } from '../../src/engine/types';
import { answerButtons, buttonData, cardOf, cardText, Conversation, questionOf, replyText, startAndAnswer, titleOf } from './harness';

type Replies = Awaited<ReturnType<Conversation['send']>>;

const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-US', nl: 'nl-NL' };

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

const LANGS: readonly Lang[] = ['en', 'nl'];

function currentQuestion(replies: Replies): QuestionId | undefined {
  return questionOf(cardOf(replies[replies.length - 1])) as QuestionId | undefined;
}

function flowOf(replies: Replies): string {
  const flow = answerButtons(cardOf(replies[replies.length - 1]))[0]?.flow;
  if (flow === undefined) throw new Error('no question card');
  return flow;
}

describe.each(LANGS)('advice dialog behaviour (%s)', (lang) => {
  const conversation = (): Conversation => new Conversation({ locale: LOCALE[lang] });
  const qText = (q: QuestionId): string => localizeQuestion(q, lang).text;

  test('back (typed) removes the last answer and asks that question again; the new answer counts', async () => {
    const c = conversation();
    const atThird = await startAndAnswer(c, ['organization', 'single'], WORDS.start[lang]);
    expect(currentQuestion(atThird)).toBe('windowsVersion');
    const back = await c.say(WORDS.back[lang]);
    expect(currentQuestion(back)).toBe('userAffinity');
    expect(cardText(cardOf(back[0]))).toContain(qText('userAffinity'));
    // Answering "userless" now changes what is asked next: the removed "single" no longer counts.
    const again = await c.click(answerButtons(cardOf(back[0])).find((b) => b.value === 'userless'));
    expect(currentQuestion(again)).toBe('windowsVersion');
  });

  test('the Back button works like typing back, and back on the first question says so', async () => {
    const c = conversation();
    const first = await c.say(WORDS.start[lang]);
    expect(buttonData(cardOf(first[0])).some((d) => d.verb === 'back')).toBe(false);
    const backAtFirst = await c.say(WORDS.back[lang]);
    expect(backAtFirst[0]?.text).toContain(SAYS.firstQuestion[lang]);
    expect(currentQuestion(backAtFirst)).toBe('ownership');
    const second = await c.click(answerButtons(cardOf(backAtFirst[0])).find((b) => b.value === 'organization'));
    const backButton = buttonData(cardOf(second[0])).find((d) => d.verb === 'back');
    expect(backButton).toEqual({ verb: 'back', flow: flowOf(first) });
    expect(currentQuestion(await c.click(backButton))).toBe('ownership');
  });

  test('don\u2019t know counts as an answer and shows as such on the answered card', async () => {
    const c = conversation();
    const first = await c.say(WORDS.start[lang]);
    const next = await c.click(answerButtons(cardOf(first[0])).find((b) => b.value === 'unknown'));
    expect(currentQuestion(next)).toBe('userAffinity');
    expect(cardText(cardOf(c.adapter.updates[0]))).toContain(SAYS.dontKnow[lang]);
  });

  test('cancel stops the run; its buttons then answer kindly; cancel with nothing running says so', async () => {
    const c = conversation();
    const first = await c.say(WORDS.start[lang]);
    const stopped = await c.say(WORDS.cancel[lang]);
    expect(titleOf(stopped[0])).toBe(SAYS.stopped[lang]);
    const late = await c.click(answerButtons(cardOf(first[0]))[0]);
    expect(replyText(late[0] ?? {})).toContain(SAYS.finishedRun[lang]);
    const again = await c.say(WORDS.cancel[lang]);
    expect(replyText(again[0] ?? {})).toContain(SAYS.nothingToStop[lang]);
  });

  test('restart throws the answers away and starts a new run; buttons of the old run do not touch it', async () => {
    const c = conversation();
    const old = await startAndAnswer(c, ['organization', 'single'], WORDS.start[lang]);
    const restarted = await c.say(WORDS.restart[lang]);
    expect(currentQuestion(restarted)).toBe('ownership');
    expect(flowOf(restarted)).not.toBe(flowOf(old));
    const stale = await c.click(answerButtons(cardOf(old[0]))[0]);
    expect(replyText(stale[0] ?? {})).toContain(SAYS.earlierRun[lang]);
    expect(replyText(stale[0] ?? {})).toContain(`${SAYS.atQuestion[lang]} 1: ${qText('ownership')}`);
    // The new run still waits for its first answer.
    const answered = await c.click(answerButtons(cardOf(restarted[0])).find((b) => b.value === 'personal'));
    expect(currentQuestion(answered)).toBe('userAffinity');
  });

  test('a button of an earlier question says where we are and changes nothing', async () => {
    // An old question of the current run: answer the first card again with another value.
    const c2 = conversation();
    const q1 = await c2.say(WORDS.start[lang]);
    await c2.click(answerButtons(cardOf(q1[0])).find((b) => b.value === 'organization'));
    const stale = await c2.click(answerButtons(cardOf(q1[0])).find((b) => b.value === 'personal'));
    expect(stale).toHaveLength(1);
    expect(replyText(stale[0] ?? {})).toContain(SAYS.earlierQuestion[lang]);
    expect(replyText(stale[0] ?? {})).toContain(`${SAYS.atQuestion[lang]} 2: ${qText('userAffinity')}`);
    // Still organization-owned: the next answers lead to organization questions (configMgr is never asked for personal).
    const next = await c2.say('1');
    const next2 = await c2.say('1');
    expect(currentQuestion(next)).toBe('windowsVersion');
    expect(currentQuestion(next2)).toBe('configMgr');
  });

  test('a double click answers once; the second click only gets a notice', async () => {
    const c = conversation();
    const first = await c.say(WORDS.start[lang]);
    const button = answerButtons(cardOf(first[0])).find((b) => b.value === 'organization');
    const once = await c.click(button);
    const twice = await c.click(button);
    expect(currentQuestion(once)).toBe('userAffinity');
    expect(currentQuestion(twice)).toBeUndefined();
    expect(replyText(twice[0] ?? {})).toContain(SAYS.earlierQuestion[lang]);
    expect(c.adapter.updates).toHaveLength(1);
    expect(currentQuestion(await c.say('1'))).toBe('windowsVersion');
  });

  test('a redelivered activity id is answered once and changes nothing', async () => {
    const c = conversation();
    const first = await c.say(WORDS.start[lang]);
    const button = answerButtons(cardOf(first[0])).find((b) => b.value === 'organization');
    const once = await c.send({ id: 'teams-retry-1', value: button });
    const again = await c.send({ id: 'teams-retry-1', value: button });
    expect(currentQuestion(once)).toBe('userAffinity');
    expect(again).toEqual([]);
    const text = await c.send({ id: 'teams-retry-2', text: '1' });
    expect(await c.send({ id: 'teams-retry-2', text: '1' })).toEqual([]);
    expect(currentQuestion(text)).toBe('windowsVersion');
  });

  test('unrecognized text re-asks the same question with a hint; cancel still works', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    const hint = await c.say('purple elephants');
    expect(hint).toHaveLength(1);
    expect(hint[0]?.text).toContain(`${SAYS.didNotCatch[lang]} 4`);
    expect(currentQuestion(hint)).toBe('ownership');
    const out = await c.say(WORDS.cancel[lang]);
    expect(titleOf(out[0])).toBe(SAYS.stopped[lang]);
  });

  test('text with no run and no recognizable question gets a friendly "how can I help"', async () => {
    const c = conversation();
    const replies = await c.say('the weather is nice today');
    expect(titleOf(replies[0])).toBe(SAYS.howCanIHelp[lang]);
    expect(buttonData(cardOf(replies[0])).map((d) => d.verb)).toEqual(['start', 'compare', 'help']);
  });

  test('a first message that sounds like an admin question starts the advice', async () => {
    const c = conversation();
    const text = lang === 'nl' ? 'Welke methode moeten we gebruiken voor onze apparaten?' : 'Which method should we use for our devices?';
    expect(currentQuestion(await c.say(text))).toBe('ownership');
  });

  test('"start" during a run says so and shows the current question again', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    const again = await c.say(WORDS.start[lang]);
    expect(again).toHaveLength(1);
    expect(again[0]?.text).toContain(SAYS.alreadyRunning[lang]);
    expect(currentQuestion(again)).toBe('userAffinity');
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
  ])('a tampered answer (%s) is explained and changes nothing', async (_name, data, says) => {
    const c = conversation();
    const first = await c.say(WORDS.start[lang]);
    const replies = await c.click(data(flowOf(first)));
    expect(replies).toHaveLength(1);
    expect(replyText(replies[0] ?? {})).toContain(says[lang]);
    expect(currentQuestion(await c.say('2'))).toBe('userAffinity');
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
    expect(currentQuestion(await c.say('1'))).toBe('userAffinity');
  });

  test('a message over 4,000 characters is not read, and the run continues', async () => {
    const c = conversation();
    await c.say(WORDS.start[lang]);
    const long = await c.say(`start ${'x'.repeat(4000)}`);
    expect(titleOf(long[0])).toBe(SAYS.tooLong[lang]);
    expect(currentQuestion(await c.say('1'))).toBe('userAffinity');
  });

  test('a failed in-place update is logged and the conversation goes on', async () => {
    const c = conversation();
    const first = await c.say(WORDS.start[lang]);
    c.adapter.failUpdates = true;
    const next = await c.click(answerButtons(cardOf(first[0]))[0]);
    expect(currentQuestion(next)).toBe('userAffinity');
    expect(c.log.lines().some((l) => l.msg === 'could not update the question card in place')).toBe(true);
  });

  test('help, compare and settings work in the middle of a run without losing it', async () => {
    const c = conversation();
    await startAndAnswer(c, ['organization'], WORDS.start[lang]);
    expect(titleOf((await c.say(WORDS.help[lang]))[0])).toBe(SAYS.helpTitle[lang]);
    const compare = await c.say(WORDS.compare[lang]);
    expect(cardText(cardOf(compare[0]))).toContain('\u25b6');
    expect(titleOf((await c.say(lang === 'nl' ? 'instellingen' : 'settings'))[0])).toBe(SAYS.notAvailable[lang]);
    expect(currentQuestion(await c.say('1'))).toBe('windowsVersion');
  });

  test('tasks before any advice says there is none yet', async () => {
    const c = conversation();
    const replies = await c.say(lang === 'nl' ? 'taken' : 'tasks');
    expect(replyText(replies[0] ?? {}).toLowerCase()).toContain(SAYS.noAdvice[lang]);
  });
});
