import {
  GUIDE_COPY_NOTE_CODES,
  SINCE_GUIDE_CHANGE_IDS,
  adminTasks,
  recommend,
  type Answers,
  type Recommendation,
} from '../../src/engine';
import {
  LANGS,
  decisionSummary,
  guideCopyNoteText,
  localizeAdminTasks,
  localizeRecommendation,
  sinceGuideChangeText,
  type Lang,
} from '../../src/content';
import { uiText } from '../../src/content/ui';
import { prng } from '../helpers/prng';
import { randomAnswers } from '../engine/support';

/** Every string of a value, recursively. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** Everything an admin reads for one result in one language: result, decision and tasks. */
function everything(rec: Recommendation, answers: Answers, lang: Lang): string[] {
  return [
    ...strings(localizeRecommendation(rec, lang)),
    ...strings(decisionSummary(rec, answers, lang)),
    ...strings(localizeAdminTasks(adminTasks(rec, answers), rec, lang, undefined, answers)),
  ];
}

describe.each(LANGS)('what changed since the customer’s copy, in %s', (lang) => {
  test.each([...SINCE_GUIDE_CHANGE_IDS])('%s is one line that says it changed', (id) => {
    const text = sinceGuideChangeText(id, lang);
    expect(text.startsWith(lang === 'en' ? 'Changed since your copy:' : 'Gewijzigd sinds uw exemplaar:')).toBe(true);
    expect(text).not.toContain('\n');
  });

  test.each([...GUIDE_COPY_NOTE_CODES])('copy note %s names the Dutch copy', (code) => {
    expect(guideCopyNoteText(code, lang)).toMatch(lang === 'en' ? /Dutch copy/ : /Nederlandse exemplaar/);
  });
});

test.each([
  ['nl-autopilot-personal', /persoonlijk eigendom/],
  ['nl-lost-cross', /✘/],
  ['nl-comanagement-paths-missing', /kiest voor het volgende/],
  ['nl-registered-means-enrolled', /geregistreerd/],
] as const)('the Dutch copy note %s quotes the place it gets wrong', (code, quote) => {
  expect(guideCopyNoteText(code, 'nl')).toMatch(quote);
  expect(guideCopyNoteText(code, 'en')).toMatch(quote);
});

describe('never advice next to a note that contradicts it (3,000 seeded answer sets, both languages)', () => {
  const random = prng(2026);
  const sets = Array.from({ length: 3000 }, () => randomAnswers(random));

  test.each(LANGS)('%s: no WIP/MAM scope of Some or All, no hybrid self-deploying, registered devices never told to join', (lang) => {
    const broken: string[] = [];
    const someOrAll = lang === 'en' ? /(MAM|WIP) user scope[^.;]*= Some or All/ : /(MAM|WIP)-gebruikersbereik[^.;]*= Sommige of Alle/;
    const hybridProfile = lang === 'en' ? 'Microsoft Entra hybrid joined' : 'Hybride Microsoft Entra-gekoppeld';
    const joinPersonal = lang === 'en' ? 'personal devices: Settings > Accounts > Access work or school > Connect > "Join' : 'persoonlijke apparaten: Instellingen > Accounts > Toegang tot werk of school > Verbinding maken > "Dit apparaat koppelen';
    for (const answers of sets) {
      const rec = recommend(answers);
      const text = everything(rec, answers, lang).join('\n');
      if (someOrAll.test(text)) broken.push(`WIP Some/All: ${JSON.stringify(answers)}`);
      const profile = localizeAdminTasks(adminTasks(rec, answers), rec, lang, undefined, answers).find((t) => t.id === 'ap-deployment-profile');
      if (rec.autopilotMode === 'self-deploying' && profile?.detail.includes(hybridProfile) === true) broken.push(`hybrid self-deploying: ${JSON.stringify(answers)}`);
      const registered = rec.registerPersonal ?? rec.segments?.personal.registerPersonal;
      if (registered !== undefined && text.includes(joinPersonal)) broken.push(`registered but told to join: ${JSON.stringify(answers)}`);
    }
    expect(broken.slice(0, 3)).toEqual([]);
  });

  test.each(LANGS)('%s: the decision leads with 2–4 reasons and its blocking list is the chosen method’s prerequisites', (lang) => {
    const broken: string[] = [];
    for (const answers of sets.slice(0, 1000)) {
      const rec = recommend(answers);
      if (rec.recommended === null) continue;
      const d = decisionSummary(rec, answers, lang);
      if (d.reasons.length < 2 || d.reasons.length > 4) broken.push(`${d.reasons.length} reasons: ${JSON.stringify(answers)}`);
      const chosen = rec.methods.find((m) => m.id === rec.recommended);
      if ((chosen?.prerequisites.length ?? 0) > d.blocking.length) broken.push(`blocking incomplete: ${JSON.stringify(answers)}`);
    }
    expect(broken.slice(0, 3)).toEqual([]);
  });

  test.each(LANGS)('%s: no deciding reason repeats a sentence an earlier one already said', (lang) => {
    const repeated = new Set<string>();
    for (const answers of sets.slice(0, 1000)) {
      const rec = recommend(answers);
      const said = new Set<string>();
      for (const reason of decisionSummary(rec, answers, lang).reasons) {
        // Sentences and the clause after a colon, compared without case ("… decides here: if you use …" / "If you use …").
        for (const part of reason.split(/(?<=[.:!?])\s+/)) {
          const key = part.trim().toLowerCase();
          if (key.length > 20 && said.has(key)) repeated.add(part);
          said.add(key);
        }
      }
    }
    expect([...repeated]).toEqual([]);
  });
});

describe('names (Entra, Intune admin center) and Dutch wording', () => {
  const random = prng(8);
  const sets = Array.from({ length: 800 }, () => randomAnswers(random));

  test.each(LANGS)('%s: "Azure AD" appears only beside its new name, quoting the guide or old templates', (lang) => {
    const offending = new Set<string>();
    for (const answers of sets) {
      const rec = recommend(answers);
      for (const s of everything(rec, answers, lang)) {
        for (const sentence of s.split(/(?<=[.!?])\s+/)) {
          if (/Azure AD|Azure Active Directory/.test(sentence) && !/Entra|handleiding|guide|templates|sjablonen|Windows 10/.test(sentence)) offending.add(sentence);
        }
      }
    }
    expect([...offending].slice(0, 3)).toEqual([]);
  });

  test('Dutch: "medewerkers op afstand", no English inside Dutch sentences, no casual tone', () => {
    const nl: string[] = [];
    for (const answers of sets) nl.push(...everything(recommend(answers), answers, 'nl'));
    nl.push(...strings(uiText('nl')));
    const all = nl.join('\n');
    for (const wrong of [/externe werknemers/i, /wij gokken/i, /Contact met support/i, /heet Microsoft Entra hybrid join/i, /toegevoegd aan hybride Azure AD/i]) {
      expect(all).not.toMatch(wrong);
    }
  });
});
