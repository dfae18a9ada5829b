import { buildAdminTasksCard, collectActions, VERBS } from '../../src/cards';
import { localizeAdminTasks, localizeRecommendation } from '../../src/content';
import { LANGS, type Lang } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { adminTasks, recommend } from '../../src/engine';
import { CARD_SCENARIOS, cardScenario } from '../fixtures/card-scenarios';
import { readableText, textBlocks } from './support';

const ALL = LANGS.flatMap((lang) => CARD_SCENARIOS.filter((s) => s.name !== 'contradiction').map((s) => ({ lang, kind: s.name, answers: s.answers })));

describe('admin tasks card', () => {
  test.each(ALL)('$kind [$lang]: a numbered checklist of exactly the engine\u2019s tasks, with their exact settings', ({ lang, answers }) => {
    const a = answers();
    const rec = recommend(a);
    const card = buildAdminTasksCard({ rec, answers: a }, lang);
    const tasks = localizeAdminTasks(adminTasks(rec, a), rec, lang);
    expect(tasks.length).toBeGreaterThan(0);
    const texts = textBlocks(card);
    expect(texts[0]).toBe(uiText(lang).adminTasks.title);
    tasks.forEach((task, i) => {
      expect(texts).toContain(`\u2610 ${i + 1}. ${task.title}`);
      expect(texts).toContain(task.detail);
    });
    expect(texts.filter((t) => t.startsWith('\u2610'))).toHaveLength(tasks.length);
  });

  test.each(LANGS)('[%s] automatic enrollment for personal devices shows the MDM and MAM user scope values to choose', (lang) => {
    const answers = cardScenario('personal-automatic-scopes').answers();
    const rec = recommend(answers);
    const scopes = localizeRecommendation(rec, lang).scopes;
    const json = JSON.stringify(buildAdminTasksCard({ rec, answers }, lang));
    const labels = uiText(lang).recommendation;
    expect(json).toContain(JSON.stringify({ title: labels.mdmScope, value: scopes?.mdmLabel }));
    expect(json).toContain(JSON.stringify({ title: labels.mamScope, value: scopes?.mamLabel }));
  });

  test.each(LANGS)('[%s] mixed ownership: both segments named, settings box per segment, union of tasks', (lang) => {
    const answers = cardScenario('mixed-segments').answers();
    const rec = recommend(answers);
    const card = buildAdminTasksCard({ rec, answers, flow: 'f' }, lang);
    const labels = uiText(lang).recommendation;
    const text = readableText(card);
    expect(text).toContain(labels.segmentOrganization);
    expect(text).toContain(labels.segmentPersonal);
    expect(text).toContain(`${labels.scopes} \u2014 ${labels.segmentPersonal}`);
    const ids = adminTasks(rec, answers);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('with a run it offers the employee instructions; without one it has no buttons', () => {
    const answers = cardScenario('co-management').answers();
    const rec = recommend(answers);
    expect(collectActions(buildAdminTasksCard({ rec, answers, flow: 'f9' }, 'nl')).map((a) => [a.title, a.data])).toEqual([
      [uiText('nl').buttons.showInstructions, { verb: VERBS.instructions, flow: 'f9', answers }],
    ]);
    expect(collectActions(buildAdminTasksCard({ rec, answers }, 'nl'))).toEqual([]);
  });

  test.each<{ lang: Lang; title: string }>([
    { lang: 'en', title: 'Administrator tasks' },
    { lang: 'nl', title: 'Beheertaken' },
  ])('[$lang] the organization\u2019s enrollment server is filled into the CNAME task', ({ lang, title }) => {
    const answers = cardScenario('personal-automatic-scopes').answers();
    const rec = recommend(answers);
    const ids = adminTasks(rec, answers);
    const card = buildAdminTasksCard({ rec, answers, org: { enrollmentServer: 'EnterpriseEnrollment.fabrikam.nl' } }, lang);
    expect(textBlocks(card)[0]).toBe(title);
    if (ids.includes('auto-cname')) expect(readableText(card)).toContain('EnterpriseEnrollment.fabrikam.nl');
  });
});
