import { buildErrorCard } from '../../src/cards/error-card';
import { buildHelpCard } from '../../src/cards/help-card';
import { collectActions } from '../../src/cards/inspect';
import { buildNoticeCard } from '../../src/cards/notice-card';
import { VERBS } from '../../src/cards/verbs';
import { buildWelcomeCard } from '../../src/cards/welcome-card';
import type { Lang } from '../../src/content/types';
import { readableText, textBlocks } from './support';

interface LangRow {
  readonly lang: Lang;
  readonly welcomeTitle: string;
  readonly startButton: string;
  readonly helpWords: readonly string[];
  readonly switchTo: Lang;
  readonly errorText: RegExp;
}

const ROWS: readonly LangRow[] = [
  {
    lang: 'en',
    welcomeTitle: 'Intune enrollment advisor',
    startButton: 'Start advice',
    helpWords: ['help', 'start', 'compare', 'instructions [method]', 'restart', 'cancel', 'language en|nl', 'settings'],
    switchTo: 'nl',
    errorText: /answers are kept.*type start to continue/,
  },
  {
    lang: 'nl',
    welcomeTitle: 'Intune-inschrijvingsadviseur',
    startButton: 'Advies starten',
    helpWords: ['hulp', 'advies', 'vergelijk', 'instructies [methode]', 'opnieuw', 'stop', 'taal nl|en', 'instellingen'],
    switchTo: 'en',
    errorText: /antwoorden zijn bewaard.*typ advies om verder te gaan/,
  },
];

describe('welcome card', () => {
  test.each(ROWS)('$lang: says what the bot does and offers start, compare, employee instructions and help', ({ lang, welcomeTitle, startButton }) => {
    const card = buildWelcomeCard(lang);
    expect(textBlocks(card)[0]).toBe(welcomeTitle);
    const actions = collectActions(card);
    expect(actions.map((a) => a.data)).toEqual([{ verb: VERBS.start }, { verb: VERBS.compare }, { verb: VERBS.instructions }, { verb: VERBS.help }]);
    expect(actions[0]?.title).toBe(startButton);
  });
});

describe('help card', () => {
  test.each(ROWS)('$lang: lists every command with the user\u2019s word first, and a language switch', ({ lang, helpWords, switchTo }) => {
    const card = buildHelpCard(lang);
    const texts = textBlocks(card).join('\n');
    for (const word of helpWords) expect(texts).toMatch(new RegExp(`^${word.replace(/[[\]|]/g, '\\$&')}`, 'm'));
    expect(collectActions(card).map((a) => a.data)).toContainEqual({ verb: VERBS.language, lang: switchTo });
  });

  test('the English and Dutch help cards both accept both languages\u2019 words', () => {
    const en = textBlocks(buildHelpCard('en')).join(' ');
    const nl = textBlocks(buildHelpCard('nl')).join(' ');
    for (const word of ['hulp', 'advies', 'vergelijk', 'opnieuw', 'instellingen']) expect(en).toContain(word);
    for (const word of ['help', 'start', 'compare', 'restart', 'settings']) expect(nl).toContain(word);
  });
});

describe('error card', () => {
  test.each(ROWS)('$lang: says the answers are kept and how to continue, and never shows technical details', ({ lang, errorText }) => {
    const card = buildErrorCard(lang);
    expect(readableText(card)).toMatch(errorText);
    expect(readableText(card)).not.toMatch(/error:|stack|exception|at .*\.ts/i);
    expect(collectActions(card).map((a) => a.data)).toEqual([{ verb: VERBS.start }]);
  });
});

describe('notice card', () => {
  test.each([
    { lang: 'en' as Lang, labels: ['Start advice', 'Start over', 'Help', 'Compare methods'] },
    { lang: 'nl' as Lang, labels: ['Advies starten', 'Opnieuw beginnen', 'Hulp', 'Methoden vergelijken'] },
  ])('$lang: title, every paragraph, and follow-up buttons in the user\u2019s language', ({ lang, labels }) => {
    const card = buildNoticeCard({ title: 'That button is from an earlier question', text: ['We are at question 4.', 'Carry on below.'], actions: ['start', 'restart', 'help', 'compare'] }, lang);
    expect(textBlocks(card)).toEqual(['That button is from an earlier question', 'We are at question 4.', 'Carry on below.']);
    expect(collectActions(card).map((a) => a.title)).toEqual(labels);
  });

  test('a notice without actions has no buttons', () => {
    expect(collectActions(buildNoticeCard({ title: 'Cancelled', text: 'Type start to begin again.' }, 'en'))).toEqual([]);
  });
});
