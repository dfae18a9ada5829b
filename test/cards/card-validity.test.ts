import {
  CARD_VERSION,
  VERB_VALUES,
  buildAdminTasksCard,
  buildComparisonCard,
  buildEmployeeQuestionCard,
  buildErrorCard,
  buildHelpCard,
  buildInstructionsCard,
  buildNoticeCard,
  buildRecommendationCard,
  buildSettingsCard,
  buildWelcomeCard,
  buildResultCard,
  buildRetiredCard,
  buildWizardCard,
  buildPrerequisitesCard,
  cardByteSize,
  collectActions,
  collectVerbs,
  findTemplateLeftovers,
  type AdaptiveCardJson,
} from '../../src/cards';
import { LANGS, type Lang } from '../../src/content/types';
import { instructionSets, recommend } from '../../src/engine';
import { INSTRUCTION_SET_IDS, QUESTION_IDS } from '../../src/engine/types';
import { CARD_SCENARIOS } from '../fixtures/card-scenarios';
import { adaptiveCardsProblems } from './support';

interface CardCase {
  readonly name: string;
  readonly lang: Lang;
  readonly build: () => AdaptiveCardJson;
}

const ORG = {
  organizationName: 'Contoso',
  enrollmentServer: 'EnterpriseEnrollment.contoso.com',
  supportText: 'IT helpdesk, extension 1234',
  supportUrl: 'https://help.contoso.com/intune',
};

function casesFor(lang: Lang): CardCase[] {
  const fixed: CardCase[] = [
    { name: 'welcome', lang, build: () => buildWelcomeCard(lang) },
    { name: 'help', lang, build: () => buildHelpCard(lang) },
    { name: 'error', lang, build: () => buildErrorCard(lang) },
    { name: 'notice', lang, build: () => buildNoticeCard({ title: 'T', text: ['a', 'b'], actions: ['start', 'restart', 'help', 'compare'] }, lang) },
    { name: 'settings (empty)', lang, build: () => buildSettingsCard({}, lang) },
    {
      name: 'settings (prefilled, with problems)',
      lang,
      build: () =>
        buildSettingsCard(
          {
            current: { ...ORG, organizationMethod: 'autopilot', autopilotMode: 'user-driven', personalMethod: 'automatic', personalScopes: { mdm: 'none', mam: 'some-or-all' } },
            problems: ['x', 'y'],
          },
          lang,
        ),
    },
    { name: 'comparison (no answers)', lang, build: () => buildComparisonCard({}, lang) },
    { name: 'employee question deviceOwner', lang, build: () => buildEmployeeQuestionCard({ question: 'deviceOwner', flow: 'e1', number: 1, total: 2 }, lang) },
    { name: 'employee question obtained', lang, build: () => buildEmployeeQuestionCard({ question: 'obtained', flow: 'e1', number: 2, total: 2 }, lang) },
  ];
  const questions = QUESTION_IDS.flatMap((question): CardCase[] => [
    {
      name: `wizard ${question} (answers so far, a re-prompt)`,
      lang,
      build: () =>
        buildWizardCard(
          {
            next: { done: false, question, asked: 2, estimatedTotal: 7 },
            flow: 'f1',
            answered: [{ question: 'ownership', value: 'organization' }, { question: 'identity', value: 'unknown' }],
            hint: { title: 'T', text: 'x' },
          },
          lang,
        ),
    },
    { name: `wizard ${question} (first)`, lang, build: () => buildWizardCard({ next: { done: false, question, asked: 0, estimatedTotal: 6 }, flow: 'f1', answered: [] }, lang) },
  ]);
  const instructions = INSTRUCTION_SET_IDS.flatMap((set): CardCase[] => [
    { name: `instructions ${set} (general)`, lang, build: () => buildInstructionsCard(set, lang) },
    { name: `instructions ${set} (organization, printable)`, lang, build: () => buildInstructionsCard(set, lang, { org: ORG, baseUrl: 'https://advisor.contoso.com' }) },
  ]);
  const scenarios = CARD_SCENARIOS.flatMap((scenario): CardCase[] => {
    const answers = scenario.answers();
    const rec = recommend(answers);
    return [
      { name: `recommendation ${scenario.name}`, lang, build: () => buildRecommendationCard({ rec, answers, flow: 'f1' }, lang) },
      { name: `comparison ${scenario.name}`, lang, build: () => buildComparisonCard({ answers, rec, flow: 'f1' }, lang) },
      { name: `admin tasks ${scenario.name}`, lang, build: () => buildAdminTasksCard({ rec, answers, flow: 'f1', org: ORG }, lang) },
      ...(['recommendation', 'comparison', 'tasks'] as const).map((view) => ({
        name: `result (${view}) ${scenario.name}`,
        lang,
        build: () => buildResultCard({ rec, answers, flow: 'f1', view, org: ORG }, lang),
      })),
      ...instructionSets(rec, answers).map((set) => ({ name: `instructions ${scenario.name} ${set}`, lang, build: () => buildInstructionsCard(set, lang) })),
    ];
  });
  const retired = (['restarted', 'cancelled', 'replaced', 'employee', 'moved'] as const).map((reason) => ({
    name: `retired (${reason})`,
    lang,
    build: () => buildRetiredCard({ reason, answered: [{ question: 'ownership', value: 'personal' }] }, lang),
  }));
  const prerequisites: CardCase[] = [
    {
      name: 'prerequisites (ownership open, first card)',
      lang,
      build: () => buildPrerequisitesCard({ questions: ['ownership', 'azureAdPremium', 'otherMdm', 'configMgr'], asked: 1, estimatedTotal: 6, flow: 'f1', answered: [] }, lang),
    },
    {
      name: 'prerequisites (answers so far, values kept, a re-prompt)',
      lang,
      build: () =>
        buildPrerequisitesCard(
          {
            questions: ['azureAdPremium', 'otherMdm', 'configMgr'],
            asked: 2,
            estimatedTotal: 7,
            flow: 'f1',
            answered: [{ question: 'ownership', value: 'organization' }, { question: 'identity', value: 'hybrid' }],
            values: { azureAdPremium: 'yes', configMgr: 'unknown' },
            hint: { title: 'T', text: 'x' },
          },
          lang,
        ),
    },
  ];
  return [...fixed, ...questions, ...prerequisites, ...instructions, ...scenarios, ...retired];
}

const CASES = LANGS.flatMap(casesFor);
const MAX_BYTES = 28 * 1024;

describe('every card × representative data × both languages', () => {
  test.each(CASES)('$name [$lang]: parses with zero adaptivecards warnings', ({ build }) => {
    expect(adaptiveCardsProblems(build())).toEqual([]);
  });

  test.each(CASES)('$name [$lang]: schema ≤ 1.5, no template leftovers, ≤ 28 KB, only known verbs', ({ build }) => {
    const card = build();
    expect(Number(card.version)).toBeLessThanOrEqual(Number(CARD_VERSION));
    expect(card.version).toBe('1.5');
    expect(findTemplateLeftovers(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
    expect(cardByteSize(card)).toBeLessThanOrEqual(MAX_BYTES);
    for (const verb of collectVerbs(card)) expect(VERB_VALUES).toContain(verb);
    expect(JSON.stringify(card)).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  test.each(CASES)('$name [$lang]: every button title fits a button (≤ 35 characters)', ({ build }) => {
    const long = collectActions(build())
      .map((a) => a.title ?? '')
      .filter((title) => title.length > 35);
    expect(long).toEqual([]);
  });
});
