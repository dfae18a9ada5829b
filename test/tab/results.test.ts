import { buildRecommendationCard, collectActions, collectVerbs, VERBS, VERB_VALUES, type AdaptiveCardJson, type Verb } from '../../src/cards';
import { localizeInstructions, methodName } from '../../src/content';
import { LANGS } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { instructionSets, recommend } from '../../src/engine';
import { buildPlainComparison, buildTabResults, commandFor, forTab, sameDecision, TAB_FLOW, type TabCommand } from '../../src/tab/results';
import { CARD_SCENARIOS, cardScenario } from '../fixtures/card-scenarios';

/** Every visible string of a card (TextBlock texts and button titles), for "what the user reads" assertions. */
function texts(card: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value') && typeof value === 'string') out.push(value);
        else visit(value);
      }
    }
  };
  visit(card);
  return out;
}

const SCENARIO_LANGS = CARD_SCENARIOS.flatMap((s) => LANGS.map((lang) => ({ name: s.name, answers: s.answers, lang })));

describe('the advice as the tab shows it', () => {
  test.each(SCENARIO_LANGS)('$name ($lang): the cards carry only buttons the tab can carry out', ({ answers, lang }) => {
    const results = buildTabResults(answers(), lang, 'https://advisor.contoso.com');
    for (const cards of Object.values(results.views)) {
      for (const card of cards) for (const verb of collectVerbs(card)) expect(commandFor({ verb })).toBeDefined();
    }
  });

  test.each(SCENARIO_LANGS)('$name ($lang): the recommendation names the engine\u2019s method (or says there is none)', ({ answers, lang }) => {
    const rec = recommend(answers());
    const [card] = buildTabResults(answers(), lang).views.recommendation;
    expect(texts(card)).toContain(rec.recommended === null ? uiText(lang).recommendation.noRecommendationHeading : methodName(rec.recommended, lang));
  });

  test.each(SCENARIO_LANGS)('$name ($lang): one instruction card per instruction set, with its steps', ({ answers, lang }) => {
    const a = answers();
    const sets = instructionSets(recommend(a), a);
    const cards = buildTabResults(a, lang, 'https://advisor.contoso.com').views.instructions;
    expect(cards).toHaveLength(sets.length);
    sets.forEach((set, i) => {
      const shown = texts(cards[i]);
      for (const step of localizeInstructions(set, lang).steps) expect(shown).toContain(step);
      // The printable page link stays: links work anywhere, unlike Submit buttons.
      expect(collectActions(cards[i]).map((a) => a.url)).toContain(`https://advisor.contoso.com/instructions/${set}?lang=${lang}`);
    });
  });

  test('"Use this for our organization" is not offered in the tab (it needs the bot and an admin identity)', () => {
    const { answers } = cardScenario('organization-autopilot');
    const chatCard = buildRecommendationCard({ rec: recommend(answers()), answers: answers(), flow: TAB_FLOW }, 'en');
    expect(collectVerbs(chatCard)).toContain(VERBS.publish);
    const [tabCard] = buildTabResults(answers(), 'en').views.recommendation;
    expect(collectVerbs(tabCard)).not.toContain(VERBS.publish);
    expect(collectVerbs(tabCard)).toEqual(expect.arrayContaining([VERBS.compare, VERBS.showTasks, VERBS.instructions]));
  });

  test('contradicting answers: only the recommendation (with Start over) and the comparison are shown', () => {
    const results = buildTabResults(cardScenario('contradiction').answers(), 'nl');
    expect(results.views.tasks).toHaveLength(0);
    expect(results.views.instructions).toHaveLength(0);
    expect(collectVerbs(results.views.recommendation[0])).toContain(VERBS.restart);
    expect(results.decision.recommended).toBeNull();
  });

  test('the comparison without answers offers to start the advice', () => {
    expect(collectVerbs(buildPlainComparison('en'))).toEqual([VERBS.start]);
  });
});

describe('card buttons in the tab', () => {
  const EXPECTED: Partial<Record<Verb, TabCommand>> = {
    compare: { kind: 'view', view: 'comparison' },
    showTasks: { kind: 'view', view: 'tasks' },
    instructions: { kind: 'view', view: 'instructions' },
    restart: { kind: 'restart' },
    start: { kind: 'start' },
  };

  test.each(VERB_VALUES.map((verb) => ({ verb, command: EXPECTED[verb] })))('$verb → $command', ({ verb, command }) => {
    expect(commandFor({ verb, flow: TAB_FLOW })).toEqual(command);
  });

  test.each([null, 'compare', {}, { verb: 42 }, { verb: 'deleteEverything' }])('data %p does nothing', (data) => {
    expect(commandFor(data)).toBeUndefined();
  });
});

describe('forTab', () => {
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'kept' },
      { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Publish', data: { verb: 'publish' } }] },
      { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Compare', data: { verb: 'compare' } }] },
    ],
    actions: [
      { type: 'Action.OpenUrl', title: 'Printable', url: 'https://example.com' },
      { type: 'Action.Execute', title: 'Settings', verb: 'settings', data: { verb: 'settings' } },
      { type: 'Action.Submit', title: 'Again', data: { verb: 'restart' } },
    ],
  };

  test('removes what the tab cannot do, drops the ActionSet that became empty, keeps links and known verbs', () => {
    const result = forTab(card);
    expect(collectActions(result).map((a) => a.title)).toEqual(['Compare', 'Printable', 'Again']);
    expect(result.body).toHaveLength(2);
    expect(texts(result)).toContain('kept');
  });

  test('leaves the card it was given unchanged', () => {
    const before = JSON.stringify(card);
    forTab(card);
    expect(JSON.stringify(card)).toBe(before);
  });
});

describe('sameDecision', () => {
  const base = { recommended: 'autopilot', autopilotMode: 'user-driven', organization: null, personal: null } as const;
  test.each([
    { name: 'identical decisions agree', other: base, same: true },
    { name: 'another method disagrees', other: { ...base, recommended: 'automatic' as const }, same: false },
    { name: 'another Autopilot mode disagrees', other: { ...base, autopilotMode: 'self-deploying' }, same: false },
    { name: 'another segment method disagrees', other: { ...base, personal: 'automatic' as const }, same: false },
  ])('$name', ({ other, same }) => {
    expect(sameDecision(base, other)).toBe(same);
  });
});

describe.each(LANGS)('the tab leads with the same decision summary as the API (%s)', (lang) => {
  test('hybrid kiosks from a partner: Autopilot, Entra join named, TPM change context; nothing blocking when everything is known', () => {
    const a = { ownership: 'organization', identity: 'hybrid', deviceAge: 'existing', purchase: 'autopilot-partner', userAffinity: 'userless', azureAdPremium: 'yes', otherMdm: 'no', windowsVersion: 'win11', configMgr: 'none' } as const;
    const { summary } = buildTabResults(a, lang);
    expect(summary.method).toBe(methodName('autopilot', lang));
    expect(summary.reasons.length).toBeGreaterThanOrEqual(2);
    expect(summary.reasons.join(' ')).toMatch(lang === 'en' ? /Microsoft Entra join/ : /Koppeling aan Microsoft Entra/);
    expect(summary.changes.map((c) => c.id)).toContain('self-deploying-entra-only');
    expect(summary.blocking).toEqual([]);
  });
});
