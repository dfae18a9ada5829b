import {
  buildAdminTasksCard,
  buildComparisonCard,
  buildEmployeeQuestionCard,
  buildErrorCard,
  buildHelpCard,
  buildInstructionsCard,
  buildNoticeCard,
  buildWizardCard,
  buildPrerequisitesCard,
  buildResultCard,
  buildRetiredCard,
  buildRecommendationCard,
  buildSettingsCard,
  buildWelcomeCard,
  collectActions,
  collectVerbs,
  NOTICE_ACTIONS,
  VERB_VALUES,
  type AdaptiveCardJson,
} from '../../src/cards';
import type { Lang } from '../../src/content/types';
import { recommend } from '../../src/engine';
import { INSTRUCTION_SET_IDS } from '../../src/engine/types';
import { CARD_SCENARIOS } from '../fixtures/card-scenarios';
import { Conversation, titleOf } from './harness';

/** Every card the product can show, with representative data. */
function everyCard(lang: Lang): { name: string; card: AdaptiveCardJson }[] {
  const flow = 'flow-under-test';
  const results = CARD_SCENARIOS.flatMap((s) => {
    const answers = s.answers();
    const rec = recommend(answers);
    return [
      { name: `recommendation ${s.name}`, card: buildRecommendationCard({ rec, answers, flow }, lang) },
      { name: `comparison ${s.name}`, card: buildComparisonCard({ answers, rec, flow }, lang) },
      { name: `admin tasks ${s.name}`, card: buildAdminTasksCard({ rec, answers, flow }, lang) },
      ...(['recommendation', 'comparison', 'tasks'] as const).map((view) => ({ name: `result (${view}) ${s.name}`, card: buildResultCard({ rec, answers, flow, view }, lang) })),
    ];
  });
  return [
    { name: 'welcome', card: buildWelcomeCard(lang) },
    { name: 'help', card: buildHelpCard(lang) },
    { name: 'first question', card: buildWizardCard({ next: { done: false, question: 'ownership', asked: 0, estimatedTotal: 6 }, flow, answered: [] }, lang) },
    {
      name: 'later question',
      card: buildWizardCard({ next: { done: false, question: 'configMgr', asked: 3, estimatedTotal: 6 }, flow, answered: [{ question: 'ownership', value: 'organization' }] }, lang),
    },
    {
      name: 'prerequisites',
      card: buildPrerequisitesCard(
        { questions: ['azureAdPremium', 'otherMdm', 'configMgr'], asked: 2, estimatedTotal: 6, flow, answered: [{ question: 'ownership', value: 'organization' }] },
        lang,
      ),
    },
    { name: 'retired', card: buildRetiredCard({ reason: 'cancelled', answered: [] }, lang) },
    { name: 'plain comparison', card: buildComparisonCard({}, lang) },
    { name: 'error', card: buildErrorCard(lang) },
    { name: 'notice', card: buildNoticeCard({ title: 'T', text: 'x', actions: NOTICE_ACTIONS }, lang) },
    { name: 'settings', card: buildSettingsCard({}, lang) },
    { name: 'employee question', card: buildEmployeeQuestionCard({ question: 'deviceOwner', flow, number: 1, total: 2 }, lang) },
    ...INSTRUCTION_SET_IDS.map((set) => ({ name: `instructions ${set}`, card: buildInstructionsCard(set, lang, { baseUrl: 'https://advisor.example.com' }) })),
    ...results,
  ];
}

const NOT_HANDLED = new Set(['I don\u2019t know that button', 'Die knop ken ik niet', 'Something went wrong', 'Er ging iets mis']);

describe.each(['en', 'nl'] as const)('every button of every card has a handler (%s)', (lang) => {
  const cards = everyCard(lang);
  const buttons = cards.flatMap(({ name, card }) =>
    collectActions(card)
      .filter((a) => a.type === 'Action.Submit' || a.type === 'Action.Execute')
      .map((a) => ({ name: `${name}: ${a.title ?? ''}`, data: a.data })),
  );

  test('every verb a card emits is one of VERBS', () => {
    const emitted = new Set(cards.flatMap(({ card }) => collectVerbs(card)));
    expect([...emitted].filter((v) => !(VERB_VALUES as readonly string[]).includes(v))).toEqual([]);
  });

  test.each(VERB_VALUES.map((verb) => ({ verb })))('the verb $verb with only its required fields is handled', async ({ verb }) => {
    const minimal: Readonly<Record<string, Record<string, unknown>>> = {
      answer: { question: 'ownership', value: 'personal', flow: 'f' },
      answerGroup: { questions: ['ownership', 'azureAdPremium'], flow: 'f' },
      back: { flow: 'f' },
      employeeAnswer: { question: 'deviceOwner', value: 'personal', flow: 'f' },
      language: { lang },
      change: { question: 'ownership', flow: 'f' },
      view: { view: 'comparison', flow: 'f' },
    };
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const replies = await c.click({ verb, ...(minimal[verb] ?? {}) });
    expect(replies.length).toBeGreaterThan(0);
    expect(NOT_HANDLED.has(titleOf(replies[0]))).toBe(false);
  });

  test.each(buttons)('$name', async ({ data }) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const replies = await c.click(data);
    expect(replies.length).toBeGreaterThan(0);
    expect(NOT_HANDLED.has(titleOf(replies[0]))).toBe(false);
  });
});
