import {
  CARD_VERSION,
  VERB_VALUES,
  buildAdminTasksCard,
  buildAnsweredCard,
  buildComparisonCard,
  buildEmployeeQuestionCard,
  buildErrorCard,
  buildHelpCard,
  buildInstructionsCard,
  buildNoticeCard,
  buildQuestionCard,
  buildRecommendationCard,
  buildSettingsCard,
  buildWelcomeCard,
  cardByteSize,
  collectVerbs,
  findTemplateLeftovers,
  type AdaptiveCardJson,
} from '../../src/cards';
import { LANGS, type Lang } from '../../src/content/types';
import { instructionSets, recommend } from '../../src/engine';
import { INSTRUCTION_SET_IDS, QUESTION_IDS, QUESTION_VALUES } from '../../src/engine/types';
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
    { name: `question ${question} (first)`, lang, build: () => buildQuestionCard({ done: false, question, asked: 0, estimatedTotal: 6 }, 'f1', lang) },
    { name: `question ${question} (later)`, lang, build: () => buildQuestionCard({ done: false, question, asked: 4, estimatedTotal: 7 }, 'f1', lang) },
    {
      name: `answered ${question}`,
      lang,
      build: () => buildAnsweredCard({ question, value: QUESTION_VALUES[question][0], progress: { asked: 2, estimatedTotal: 6 } }, lang),
    },
    { name: `answered ${question} (unknown)`, lang, build: () => buildAnsweredCard({ question, value: 'unknown', progress: { asked: 0, estimatedTotal: 6 } }, lang) },
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
      ...instructionSets(rec, answers).map((set) => ({ name: `instructions ${scenario.name} ${set}`, lang, build: () => buildInstructionsCard(set, lang) })),
    ];
  });
  return [...fixed, ...questions, ...instructions, ...scenarios];
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
});
