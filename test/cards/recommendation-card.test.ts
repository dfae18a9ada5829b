import { VERBS, buildRecommendationCard, collectActions, type AdaptiveCardJson } from '../../src/cards';
import { contradictionText, localizeRecommendation, methodName, policyText } from '../../src/content';
import { LANGS, type Lang } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { recommend } from '../../src/engine';
import { SINCE_GUIDE_WARNINGS, type Answers, type Recommendation, type WarningCode } from '../../src/engine/types';
import { CARD_SCENARIOS, cardScenario, type CardScenarioKind } from '../fixtures/card-scenarios';
import { readableText, textBlocks } from './support';

function setup(kind: CardScenarioKind, lang: Lang): { answers: Answers; rec: Recommendation; card: AdaptiveCardJson } {
  const answers = cardScenario(kind).answers();
  const rec = recommend(answers);
  return { answers, rec, card: buildRecommendationCard({ rec, answers, flow: 'run-7' }, lang) };
}

/** The body containers with a given style, e.g. 'warning' or 'accent'. */
function containers(card: AdaptiveCardJson, style: string): unknown[] {
  return card.body.filter((e) => (e as { type?: string; style?: string }).type === 'Container' && (e as { style?: string }).style === style);
}

const ALL = LANGS.flatMap((lang) => CARD_SCENARIOS.map((s) => ({ lang, kind: s.name })));

describe('recommendation card', () => {
  test.each(ALL)('$kind [$lang]: the method (or the contradiction) is named in the first two lines', ({ kind, lang }) => {
    const { rec, card } = setup(kind, lang);
    const texts = textBlocks(card);
    const labels = uiText(lang).recommendation;
    expect(texts[0]).toBe(rec.recommended === null ? labels.noRecommendationHeading : labels.heading);
    expect(texts[1]).toBe(localizeRecommendation(rec, lang).recommendedName);
    if (rec.recommended !== null) expect(texts[1]).toBe(methodName(rec.recommended, lang));
  });

  test.each(ALL)('$kind [$lang]: every reason and prerequisite of the chosen method, and the policy sentence, are shown', ({ kind, lang }) => {
    const { rec, card } = setup(kind, lang);
    const text = readableText(card);
    const loc = localizeRecommendation(rec, lang);
    const analyses = loc.segments ? [loc.segments.organization, loc.segments.personal] : [loc];
    for (const analysis of analyses) {
      const chosen = analysis.methods.find((m) => m.id === analysis.recommended);
      for (const reason of chosen?.reasons ?? []) expect(text).toContain(reason.text);
      for (const prerequisite of chosen?.prerequisites ?? []) expect(text).toContain(prerequisite.text);
    }
    expect(text).toContain(policyText(rec.policy, lang));
  });

  test.each(ALL)('$kind [$lang]: warnings are shown; newer Microsoft guidance sits in its own labelled box', ({ kind, lang }) => {
    const { rec, card } = setup(kind, lang);
    const loc = localizeRecommendation(rec, lang);
    const since = (code: WarningCode): boolean => (SINCE_GUIDE_WARNINGS as readonly WarningCode[]).includes(code);
    const sinceBox = JSON.stringify(containers(card, 'accent'));
    const warningBox = JSON.stringify(containers(card, 'warning'));
    for (const w of loc.warnings) {
      const encoded = JSON.stringify(w.text).slice(1, -1);
      expect(since(w.code) ? sinceBox : warningBox).toContain(encoded);
      expect(since(w.code) ? warningBox : sinceBox).not.toContain(encoded);
    }
    if (loc.warnings.some((w) => w.sinceGuide)) expect(sinceBox).toContain(JSON.stringify(uiText(lang).recommendation.sinceGuide).slice(1, -1));
  });

  test('every result shows the since-guide box (Azure AD is now Entra ID) with its label in both languages', () => {
    for (const lang of LANGS) {
      const { card } = setup('organization-autopilot', lang);
      expect(JSON.stringify(containers(card, 'accent'))).toContain(uiText(lang).recommendation.sinceGuide);
    }
  });

  test.each(LANGS)('[%s] Autopilot shows its deployment mode as a setting', (lang) => {
    const { rec, card } = setup('organization-autopilot', lang);
    expect(rec.recommended).toBe('autopilot');
    const loc = localizeRecommendation(rec, lang);
    expect(readableText(card)).toContain(uiText(lang).recommendation.autopilotMode);
    expect(readableText(card)).toContain(loc.autopilotMode?.name ?? 'missing mode');
  });

  test.each([
    { lang: 'en' as Lang, mdm: 'MDM user scope', mam: 'WIP user scope (formerly MAM user scope)', none: 'None' },
    { lang: 'nl' as Lang, mdm: 'MDM-gebruikersbereik', mam: 'WIP-gebruikersbereik (voorheen MAM-gebruikersbereik)', none: 'Geen' },
  ])('[$lang] personal devices managed by account: registered, so MDM scope "$none" and the WIP (formerly MAM) scope "$none"', ({ lang, mdm, mam, none }) => {
    const { rec, card } = setup('personal-automatic-scopes', lang);
    expect(rec.recommended).toBe('automatic');
    expect(rec.scopes).toEqual({ mdm: 'none', mam: 'none' });
    const json = JSON.stringify(card);
    expect(json).toContain(JSON.stringify({ title: mdm, value: none }));
    expect(json).toContain(JSON.stringify({ title: mam, value: none }));
  });

  test.each(LANGS)('[%s] mixed ownership: one section per segment, each named with its method and settings', (lang) => {
    const { rec, card } = setup('mixed-segments', lang);
    expect(rec.segments).toBeDefined();
    const labels = uiText(lang).recommendation;
    const texts = textBlocks(card);
    const org = rec.segments?.organization;
    const personal = rec.segments?.personal;
    expect(texts).toContain(`${labels.segmentOrganization}: ${localizeRecommendation(org as Recommendation, lang).recommendedName}`);
    expect(texts).toContain(`${labels.segmentPersonal}: ${localizeRecommendation(personal as Recommendation, lang).recommendedName}`);
    if (org?.autopilotMode) expect(readableText(card)).toContain(labels.autopilotMode);
    if (personal?.scopes) expect(readableText(card)).toContain(labels.mdmScope);
  });

  test.each(LANGS)('[%s] contradictory answers: no method, the guide\u2019s contradiction shown, only restart and compare offered', (lang) => {
    const { rec, card } = setup('contradiction', lang);
    expect(rec.recommended).toBeNull();
    expect(readableText(card)).toContain(contradictionText('personal-userless', lang));
    expect(readableText(card)).toContain(uiText(lang).recommendation.allMethods);
    expect(collectActions(card).map((a) => a.data)).toEqual([
      { verb: VERBS.restart },
      { verb: VERBS.compare, flow: 'run-7', answers: cardScenario('contradiction').answers() },
    ]);
  });

  test.each(LANGS)('[%s] buttons: "Use this for our organization" on its own row, then comparison, admin tasks, employee instructions, all carrying the run', (lang) => {
    const { answers, card } = setup('organization-autopilot', lang);
    const ui = uiText(lang).buttons;
    const actions = collectActions(card);
    expect(actions.map((a) => a.title)).toEqual([ui.publish, ui.showComparison, ui.showTasks, ui.showInstructions]);
    expect(actions.map((a) => a.data)).toEqual([
      { verb: VERBS.publish, flow: 'run-7', settings: { organizationMethod: 'autopilot', autopilotMode: 'user-driven' } },
      { verb: VERBS.compare, flow: 'run-7', answers },
      { verb: VERBS.showTasks, flow: 'run-7', answers },
      { verb: VERBS.instructions, flow: 'run-7', answers },
    ]);
  });

  test.each<{ kind: CardScenarioKind; settings: (rec: Recommendation) => object }>([
    { kind: 'personal-automatic-scopes', settings: (rec) => ({ personalMethod: 'automatic', personalScopes: rec.scopes }) },
    { kind: 'co-management', settings: () => ({ organizationMethod: 'coManagement' }) },
    {
      kind: 'mixed-segments',
      settings: (rec) => ({
        organizationMethod: rec.segments?.organization.recommended,
        ...(rec.segments?.organization.autopilotMode ? { autopilotMode: rec.segments.organization.autopilotMode } : {}),
        personalMethod: 'automatic',
        personalScopes: rec.segments?.personal.scopes,
      }),
    },
  ])('$kind: "Use this for our organization" proposes the method per kind of device', ({ kind, settings }) => {
    const { rec, card } = setup(kind, 'en');
    const publish = collectActions(card).find((a) => (a.data as { verb: string }).verb === VERBS.publish);
    expect(publish?.data).toEqual({ verb: VERBS.publish, flow: 'run-7', settings: settings(rec) });
  });

  test('Dutch card uses Dutch labels throughout (no English heading or buttons)', () => {
    const { card } = setup('group-policy-warnings', 'nl');
    const text = readableText(card);
    expect(text).toContain('Aanbevolen inschrijvingsmethode');
    expect(text).toContain('Gebruik dit voor onze organisatie');
    expect(text).toContain('Groepsbeleid');
    for (const english of Object.values(uiText('en').recommendation)) expect(text).not.toContain(english);
    for (const english of Object.values(uiText('en').buttons)) expect(text).not.toContain(english);
  });
});

describe('recommendation card: personal devices that only register the work account', () => {
  const answers: Answers = { ownership: 'personal', manage: 'account', azureAdPremium: 'no', otherMdm: 'no', windowsVersion: 'win11' };
  test.each(LANGS)('[%s] the subtitle says the device is registered, not enrolled, and says nothing of bulk packages', (lang) => {
    const rec = recommend(answers);
    expect(rec.registerPersonal).toBeDefined();
    const texts = textBlocks(buildRecommendationCard({ rec, answers, flow: 'run-8' }, lang));
    const subtitle = texts[2] ?? '';
    expect(subtitle).toMatch(lang === 'nl' ? /geregistreerd.*niet ingeschreven/ : /registered.*not enrolled/);
    expect(subtitle).not.toMatch(/Configuration Designer|bulk/i);
  });
});
