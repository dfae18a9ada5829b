import { recommend, type Answers } from '../../src/engine';
import { CONTRADICTION_IDS, GUIDE_CONTRADICTIONS, LANGS, contradictionText, contradictionsFor, type ContradictionId } from '../../src/content';

const makeAnswers = (overrides: Answers): Answers => ({ azureAdPremium: 'yes', ...overrides });

interface Row {
  readonly name: string;
  readonly answers: Answers;
  readonly expected: readonly ContradictionId[];
}

/** Which of the guide's own contradictions the recommendation card must show, per situation. */
const ROWS: readonly Row[] = [
  {
    name: 'organization, Premium confirmed, cloud, no ConfigMgr: nothing to flag',
    answers: makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none', demAccount: 'no' }),
    expected: [],
  },
  {
    name: 'Premium unknown with automatic enrollment recommended',
    answers: { ownership: 'organization', identity: 'cloud', configMgr: 'none', azureAdPremium: 'unknown' },
    expected: ['premium-may-vs-requires'],
  },
  {
    name: 'no P1, remote workers: Autopilot stays the pick, conditional on P1',
    answers: { ownership: 'organization', remoteWorkers: 'yes', configMgr: 'none', identity: 'cloud', azureAdPremium: 'no' },
    expected: ['premium-may-vs-requires'],
  },
  {
    name: 'DEM account',
    answers: makeAnswers({ ownership: 'organization', demAccount: 'yes', configMgr: 'none', identity: 'cloud' }),
    expected: ['dem-autopilot-note'],
  },
  {
    name: 'DEM account and devices shipped straight to remote workers: surfaced, not silently resolved',
    answers: makeAnswers({ ownership: 'organization', demAccount: 'yes', remoteWorkers: 'yes', configMgr: 'none', identity: 'cloud' }),
    expected: ['dem-autopilot-note', 'dem-with-shipping'],
  },
  {
    name: 'personal devices, co-management not ruled out (ConfigMgr unknown)',
    answers: makeAnswers({ ownership: 'personal', manage: 'account' }),
    expected: ['user-enrollment-missing', 'comanagement-personal-vs-joined'],
  },
  {
    name: 'personal devices, no Configuration Manager',
    answers: makeAnswers({ ownership: 'personal', manage: 'account', configMgr: 'none' }),
    expected: ['user-enrollment-missing'],
  },
  {
    name: 'Windows 7 kept in Configuration Manager (existing-devices mode)',
    answers: makeAnswers({ ownership: 'organization', windowsVersion: 'win7', configMgr: 'keep', demAccount: 'no' }),
    expected: ['autopilot-wipe-vs-existing-devices'],
  },
  {
    name: 'kiosks from an Autopilot partner (self-deploying mode)',
    answers: makeAnswers({ ownership: 'organization', userAffinity: 'userless', purchase: 'autopilot-partner', configMgr: 'none', identity: 'cloud', demAccount: 'no' }),
    expected: ['userless-sign-in-vs-self-deploying'],
  },
  {
    name: 'personal and user-less',
    answers: makeAnswers({ ownership: 'personal', userAffinity: 'userless', configMgr: 'none' }),
    expected: ['user-enrollment-missing', 'personal-userless'],
  },
  {
    name: 'mixed fleet, all user-less',
    answers: makeAnswers({ ownership: 'mixed', userAffinity: 'userless', configMgr: 'none' }),
    expected: ['user-enrollment-missing', 'personal-userless'],
  },
  {
    name: 'mixed fleet with ConfigMgr kept: co-management covers the personal part too',
    answers: makeAnswers({ ownership: 'mixed', configMgr: 'keep', manage: 'device' }),
    expected: ['user-enrollment-missing', 'comanagement-personal-vs-joined'],
  },
];

test.each(ROWS)('$name', ({ answers, expected }) => {
  expect(contradictionsFor(answers, recommend(answers))).toEqual(expected);
});

test('lists every contradiction of the reference once, with text in both languages', () => {
  expect(GUIDE_CONTRADICTIONS.map((c) => c.id)).toEqual([...CONTRADICTION_IDS]);
  expect(CONTRADICTION_IDS).toHaveLength(8);
  for (const c of GUIDE_CONTRADICTIONS) {
    for (const lang of LANGS) expect(c.text[lang]).toBe(contradictionText(c.id, lang));
    expect(c.text.nl).not.toBe(c.text.en);
  }
});

test.each(LANGS)('each contradiction names both sides in %s', (lang) => {
  const pairs: Readonly<Record<ContradictionId, readonly RegExp[]>> =
    lang === 'en'
      ? {
          'premium-may-vs-requires': [/may be needed/, /requires/],
          'dem-autopilot-note': [/✘/, /DEM account/],
          'user-enrollment-missing': [/user enrollment/, /no section/],
          'comanagement-personal-vs-joined': [/✔ for personal/, /joined/],
          'autopilot-wipe-vs-existing-devices': [/no wiping/, /formats/],
          'userless-sign-in-vs-self-deploying': [/sign in/, /self-deploying/],
          'personal-userless': [/organization-owned/, /Check your answers/],
          'dem-with-shipping': [/DEM account/, /shipped straight to users/],
        }
      : {
          'premium-may-vs-requires': [/mogelijk nodig/, /vereist/],
          'dem-autopilot-note': [/✘/, /DEM-account/],
          'user-enrollment-missing': [/Gebruikersinschrijving/, /geen hoofdstuk/],
          'comanagement-personal-vs-joined': [/✔ voor persoonlijke/, /gekoppeld/],
          'autopilot-wipe-vs-existing-devices': [/niets hoeft te wissen/, /formatteert/],
          'userless-sign-in-vs-self-deploying': [/aanmelden/, /zelf-implementerende/],
          'personal-userless': [/bedrijfseigendom/, /Controleer uw antwoorden/],
          'dem-with-shipping': [/DEM-account/, /rechtstreeks naar gebruikers/],
        };
  for (const id of CONTRADICTION_IDS) for (const re of pairs[id]) expect(contradictionText(id, lang)).toMatch(re);
});
