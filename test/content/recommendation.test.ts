import {
  METHOD_IDS,
  QUESTION_IDS,
  QUESTION_VALUES,
  SINCE_GUIDE_WARNINGS,
  UNKNOWN,
  recommend,
  situation,
  type Answers,
  type CriterionId,
  type MethodId,
  type Recommendation,
  type WarningCode,
} from '../../src/engine';
import {
  LANGS,
  criterionLabel,
  criterionNegated,
  criterionTopic,
  localizeRecommendation,
  methodName,
  type Lang,
  type LocalizedRecommendation,
} from '../../src/content';
import { textProblems } from './text-inventory';
import { prng } from '../helpers/prng';

const makeAnswers = (overrides: Answers): Answers => ({ ...overrides });

/** A phrase that must appear in one method's reasons, in one language. */
interface Expected {
  readonly lang: Lang;
  readonly method: MethodId;
  readonly text: string;
}

interface Scenario {
  readonly name: string;
  readonly answers: Answers;
  readonly recommended: MethodId | null;
  readonly reasons?: readonly Expected[];
  /** Phrases expected elsewhere in the localized result (name, policy, mode, scopes, warnings). */
  readonly anywhere?: readonly { readonly lang: Lang; readonly text: string }[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'BYOD, work account only',
    answers: makeAnswers({ ownership: 'personal', manage: 'account', azureAdPremium: 'yes', windowsVersion: 'win11' }),
    recommended: 'automatic',
    reasons: [
      {
        lang: 'en',
        method: 'autopilot',
        text: 'Devices are personal or BYOD — the guide rules Windows Autopilot out: Autopilot is only for organization-owned devices',
      },
      {
        lang: 'nl',
        method: 'autopilot',
        text: 'De apparaten zijn persoonlijk of BYOD — de handleiding sluit Windows Autopilot uit: Autopilot is alleen voor apparaten in bedrijfseigendom',
      },
      { lang: 'en', method: 'groupPolicy', text: 'Devices are personal or BYOD — the guide rules Group Policy out' },
    ],
    anywhere: [
      { lang: 'en', text: 'Our own policy, not the guide’s: for personal devices' },
      { lang: 'nl', text: 'Ons eigen beleid, niet dat van de handleiding' },
      { lang: 'en', text: 'Since the guide (April 2021): The guide’s MAM user scope is now the WIP user scope, and WIP is retired: keep it at None.' },
      { lang: 'nl', text: 'Sinds de handleiding (april 2021): Het MAM-gebruikersbereik uit de handleiding is nu het WIP-gebruikersbereik' },
      { lang: 'en', text: 'Personal devices are registered, not enrolled: keep their users out of the MDM user scope' },
      { lang: 'nl', text: 'Persoonlijke apparaten worden geregistreerd, niet ingeschreven' },
    ],
  },
  {
    name: 'remote workers on cloud-only identity, no Configuration Manager',
    answers: makeAnswers({ ownership: 'organization', remoteWorkers: 'yes', azureAdPremium: 'yes', identity: 'cloud', configMgr: 'none' }),
    recommended: 'autopilot',
    reasons: [
      { lang: 'en', method: 'groupPolicy', text: 'Devices are not domain-joined (cloud-only) — Group Policy needs this, so it is not an option' },
      { lang: 'nl', method: 'groupPolicy', text: 'De apparaten zitten niet in een domein (alleen cloud) — Groepsbeleid heeft dit nodig en valt dus af' },
      { lang: 'en', method: 'coManagement', text: 'You do not use Configuration Manager — Co-management enrollment needs this' },
      { lang: 'en', method: 'autopilot', text: 'You have remote workers — the guide marks Windows Autopilot ✔ for this' },
      { lang: 'en', method: 'autopilot', text: 'You have Microsoft Entra ID P1 — Windows Autopilot requires this, and it is in place' },
    ],
    anywhere: [
      { lang: 'en', text: 'User-driven mode' },
      { lang: 'nl', text: 'Door de gebruiker gestuurde modus' },
      { lang: 'en', text: 'does not rank it above the others' },
    ],
  },
  {
    name: 'hybrid joined without Entra ID P1: Group Policy for the existing domain devices, once P1 is bought',
    answers: makeAnswers({ ownership: 'organization', identity: 'hybrid', azureAdPremium: 'no', configMgr: 'none' }),
    recommended: 'groupPolicy',
    reasons: [
      {
        lang: 'en',
        method: 'groupPolicy',
        text: 'Microsoft Entra ID P1 — Group Policy works once this is checked or done: Group Policy enrollment requires Microsoft Entra ID P1.',
      },
      { lang: 'nl', method: 'groupPolicy', text: 'Microsoft Entra ID P1 — Groepsbeleid kan pas als dit is gecontroleerd of geregeld' },
      {
        lang: 'en',
        method: 'automatic',
        text: 'Microsoft Entra ID P1 — Automatic enrollment works once this is checked or done: the MDM user scope (automatic enrollment) is a Microsoft Entra ID P1 feature',
      },
    ],
    anywhere: [
      { lang: 'en', text: 'This needs Microsoft Entra ID P1 for every user who enrolls' },
      { lang: 'nl', text: 'Dit vereist Microsoft Entra ID P1 voor elke gebruiker die inschrijft' },
      { lang: 'en', text: 'Get Microsoft Entra ID P1 for the users (included in Microsoft 365 E3/E5, F1/F3, A3/A5, Business Premium, EMS E3/E5; not in Office 365 E1/E3' },
      { lang: 'nl', text: 'Neem Microsoft Entra ID P1 voor de gebruikers' },
    ],
  },
  {
    name: 'Configuration Manager kept',
    answers: makeAnswers({ ownership: 'organization', configMgr: 'keep', identity: 'hybrid', azureAdPremium: 'yes' }),
    recommended: 'coManagement',
    reasons: [{ lang: 'en', method: 'coManagement', text: 'You use Configuration Manager — the guide marks Co-management enrollment ✔ for this.' }],
    anywhere: [
      { lang: 'en', text: 'The guide itself decides here: if you use Configuration Manager and want to keep using it, co-management is for you.' },
      { lang: 'nl', text: 'Hier beslist de handleiding zelf' },
      { lang: 'nl', text: 'Inschrijving via co-beheer' },
    ],
  },
  {
    name: 'device enrollment manager account with Configuration Manager kept: co-management, DEM only a caveat',
    answers: makeAnswers({ ownership: 'organization', demAccount: 'yes', azureAdPremium: 'yes', configMgr: 'keep' }),
    recommended: 'coManagement',
    reasons: [
      {
        lang: 'en',
        method: 'autopilot',
        text: 'You use a device enrollment manager (DEM) account — the guide adds a caveat for Windows Autopilot. DEM accounts do not apply to Autopilot; you do not need one with it.',
      },
      { lang: 'nl', method: 'coManagement', text: 'de handleiding plaatst een kanttekening bij Inschrijving via co-beheer. DEM-accounts zijn niet van toepassing op co-beheer' },
    ],
    anywhere: [
      { lang: 'en', text: 'You do not need your DEM account with this method' },
      { lang: 'nl', text: 'Bij deze methode hebt u uw DEM-account niet nodig' },
    ],
  },
  {
    name: 'Windows 7 desktops kept in Configuration Manager',
    answers: makeAnswers({ ownership: 'organization', windowsVersion: 'win7', configMgr: 'keep', azureAdPremium: 'yes' }),
    recommended: 'autopilot',
    reasons: [
      {
        lang: 'en',
        method: 'autopilot',
        text: 'New or existing devices (Windows version) — Windows Autopilot works once this is checked or done: older desktops, such as Windows 7, can be upgraded',
      },
      { lang: 'en', method: 'automatic', text: 'New or existing devices (Windows version) — Automatic enrollment works once this is checked or done' },
    ],
    anywhere: [
      { lang: 'en', text: 'Autopilot for existing devices' },
      { lang: 'nl', text: 'Autopilot voor bestaande apparaten' },
      { lang: 'en', text: 'Upgrade the devices to Windows 11 first' },
      { lang: 'en', text: 'Since the guide (April 2021): Windows 10 reached end of support' },
      { lang: 'en', text: 'Hardware that shipped with Windows 7 or 8.1 often cannot run Windows 11' },
      { lang: 'nl', text: 'Hardware die met Windows 7 of 8.1 is geleverd, kan vaak geen Windows 11 draaien' },
    ],
  },
  {
    name: 'personal devices said to be user-less (contradiction)',
    answers: makeAnswers({ ownership: 'personal', userAffinity: 'userless' }),
    recommended: null,
    anywhere: [
      { lang: 'en', text: 'No recommendation yet: your answers contradict each other. User-less devices' },
      { lang: 'nl', text: 'Nog geen advies: uw antwoorden spreken elkaar tegen' },
      { lang: 'en', text: 'Re-check who owns the devices and who uses them' },
      { lang: 'en', text: 'Check which devices you mean before you continue' },
      { lang: 'nl', text: 'Controleer welke apparaten u bedoelt voordat u verdergaat' },
    ],
  },
  {
    name: 'mixed fleet said to be all user-less (contradiction)',
    answers: makeAnswers({ ownership: 'mixed', userAffinity: 'userless' }),
    recommended: null,
    anywhere: [
      { lang: 'en', text: 'yet your answers include personal devices' },
      { lang: 'nl', text: 'volgens uw antwoorden gaat het ook om persoonlijke apparaten' },
    ],
  },
  {
    name: 'kiosks bought from an Autopilot partner',
    answers: makeAnswers({ ownership: 'organization', userAffinity: 'userless', purchase: 'autopilot-partner', azureAdPremium: 'yes', configMgr: 'none' }),
    recommended: 'autopilot',
    reasons: [
      {
        lang: 'en',
        method: 'autopilot',
        text: 'User-less devices: kiosk, dedicated or shared — the guide marks Windows Autopilot ✔ for this. These devices are organization-owned',
      },
      { lang: 'en', method: 'autopilot', text: 'You buy from an Autopilot OEM or CSP partner — the guide marks Windows Autopilot ✔ for this' },
    ],
    anywhere: [
      { lang: 'en', text: 'Self-deploying mode' },
      { lang: 'nl', text: 'Zelf-implementerende modus' },
    ],
  },
  {
    name: 'devices still in another MDM',
    answers: makeAnswers({ ownership: 'organization', otherMdm: 'yes', azureAdPremium: 'yes', configMgr: 'none' }),
    recommended: 'automatic',
    reasons: [
      {
        lang: 'en',
        method: 'automatic',
        text: 'Another MDM provider — Automatic enrollment works once this is checked or done: users must first unenroll from the current MDM provider',
      },
    ],
    anywhere: [
      { lang: 'en', text: 'Unenroll the devices from the other MDM provider first.' },
      { lang: 'nl', text: 'Maak eerst de inschrijving bij de andere MDM-provider ongedaan.' },
    ],
  },
  {
    name: 'bulk on Windows 10 1709 with conditional access: CA is available, but Windows 11 first',
    answers: makeAnswers({ ownership: 'organization', volume: 'bulk', windowsVersion: 'win10-1709-or-older', conditionalAccess: 'yes', configMgr: 'none' }),
    recommended: 'automatic',
    reasons: [
      { lang: 'en', method: 'automatic', text: 'the guide marks Automatic enrollment ✔ for this. Conditional access is available for bulk-enrolled Windows devices' },
      { lang: 'en', method: 'automatic', text: 'Windows 10 1709 and older are long out of servicing; upgrade to Windows 11 before you enroll' },
    ],
    anywhere: [
      { lang: 'en', text: 'Upgrade the devices to Windows 11 first' },
      { lang: 'nl', text: 'Voer eerst een upgrade van de apparaten uit naar Windows 11' },
    ],
  },
  {
    name: 'mixed fleet, bulk, work account only on personal devices',
    answers: makeAnswers({ ownership: 'mixed', manage: 'account', volume: 'bulk', azureAdPremium: 'yes' }),
    recommended: 'automatic',
    reasons: [
      {
        lang: 'en',
        method: 'automatic',
        text: 'A few devices or many (bulk) — the guide adds a caveat for Automatic enrollment. Bulk enrollment is only for organization-owned devices',
      },
    ],
    anywhere: [
      { lang: 'en', text: 'Some or All' },
      { lang: 'nl', text: 'Sommige of Alle' },
    ],
  },
];

/** Every string in a localized result, segments included, for the clean-text checks. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const criterionWordings = (c: CriterionId, lang: Lang): string[] => [criterionLabel(c, lang), criterionTopic(c, lang), criterionNegated(c, lang)];

const OWN_POLICY: Readonly<Record<Lang, RegExp>> = { en: /^Our own policy/, nl: /^Ons eigen beleid/ };
const SINCE_LABEL: Readonly<Record<Lang, string>> = { en: 'Since the guide (April 2021):', nl: 'Sinds de handleiding (april 2021):' };

/**
 * The structural promises of localizeRecommendation, checked for one result and recursively for its segments.
 * Returns problems instead of calling expect, so the random sweep stays fast.
 */
function faithfulnessProblems(rec: Recommendation, loc: LocalizedRecommendation, lang: Lang, path = 'result'): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(`${path}: ${what}`);
  };
  check(loc.recommended === rec.recommended && loc.policy === rec.policy, 'recommended/policy differ from the engine');
  if (rec.recommended !== null) check(loc.recommendedName === methodName(rec.recommended, lang), 'recommendedName is not the method name');
  else check(loc.recommendedName.length > 80, 'contradiction does not explain what to re-check');
  if (rec.policy === 'configmgr-comanagement') check((lang === 'en' ? /guide itself decides/ : /handleiding zelf/).test(loc.policyText), 'policy not attributed to the guide');
  else if (rec.policy !== 'contradiction') check(OWN_POLICY[lang].test(loc.policyText), 'policy not labelled as our own');
  check(loc.methods.map((m) => m.id).join() === METHOD_IDS.join(), 'methods not in METHOD_IDS order');
  loc.methods.forEach((m, i) => {
    const engine = rec.methods[i];
    check(m.verdict === engine.verdict, `${m.id} verdict`);
    check(m.reasons.length === engine.reasons.length, `${m.id} reasons count ${m.reasons.length} ≠ ${engine.reasons.length}`);
    check(m.prerequisites.map((p) => p.code).join() === engine.prerequisites.join(), `${m.id} prerequisites`);
    m.reasons.forEach((r, j) => {
      check(r.criterion === engine.reasons[j].criterion && r.effect === engine.reasons[j].effect, `${m.id} reason ${j} ids`);
      check(r.text.includes(m.name), `${m.id} reason does not name the method: ${r.text}`);
      check(criterionWordings(r.criterion, lang).some((w) => r.text.startsWith(w)), `${m.id} reason does not start with its criterion: ${r.text}`);
    });
  });
  check(loc.warnings.map((w) => w.code).join() === rec.warnings.join(), 'warning codes differ');
  for (const w of loc.warnings) {
    const since = (SINCE_GUIDE_WARNINGS as readonly WarningCode[]).includes(w.code);
    check(w.sinceGuide === since && w.text.startsWith(SINCE_LABEL[lang]) === since, `${w.code} since-guide labelling`);
  }
  check(loc.autopilotMode?.id === rec.autopilotMode, 'autopilot mode');
  check(loc.scopes?.mdm === rec.scopes?.mdm && loc.scopes?.mam === rec.scopes?.mam, 'scopes');
  check((loc.segments === undefined) === (rec.segments === undefined), 'segments presence');
  if (rec.segments !== undefined && loc.segments !== undefined) {
    problems.push(...faithfulnessProblems(rec.segments.organization, loc.segments.organization, lang, `${path}.organization`));
    problems.push(...faithfulnessProblems(rec.segments.personal, loc.segments.personal, lang, `${path}.personal`));
  }
  return problems;
}

describe.each(SCENARIOS)('$name', (scenario) => {
  const rec = recommend(scenario.answers);

  it('is recommended as expected by the engine', () => {
    expect(rec.recommended).toBe(scenario.recommended);
  });

  test.each(LANGS)('localizes faithfully in %s', (lang) => {
    const loc = localizeRecommendation(rec, lang);
    expect(faithfulnessProblems(rec, loc, lang)).toEqual([]);
    expect(strings(loc).flatMap((s) => textProblems(s))).toEqual([]);
  });

  const reasonRows = scenario.reasons ?? [];
  if (reasonRows.length > 0) {
    test.each(reasonRows)('$lang $method reason says: $text', ({ lang, method, text }) => {
      const m = localizeRecommendation(rec, lang).methods.find((x) => x.id === method);
      expect(m?.reasons.map((r) => r.text).join('\n')).toContain(text);
    });
  }

  const anywhereRows = scenario.anywhere ?? [];
  if (anywhereRows.length > 0) {
    test.each(anywhereRows)('$lang result says: $text', ({ lang, text }) => {
      expect(strings(localizeRecommendation(rec, lang)).join('\n')).toContain(text);
    });
  }
});

test('mixed ownership localizes each segment; WIP (formerly MAM) stays Geen and the personal devices stay registered', () => {
  const rec = recommend(makeAnswers({ ownership: 'mixed', manage: 'account', azureAdPremium: 'yes' }));
  const loc = localizeRecommendation(rec, 'nl');
  expect(loc.segments?.personal.scopes).toMatchObject({ mdmLabel: 'Sommige of Alle', mamLabel: 'Geen' });
  expect(loc.segments?.personal.recommendedName).toBe('Automatische inschrijving');
  expect(loc.scopes).toMatchObject({ mdmLabel: 'Sommige of Alle', mamLabel: 'Geen' });
  expect(loc.registerPersonal?.text).toContain('inschrijvingsbeperking blokkeert Windows-apparaten in persoonlijk eigendom');
});


function randomAnswers(rand: () => number): Answers {
  const out: Record<string, string> = {};
  for (const q of QUESTION_IDS) {
    const roll = rand();
    if (roll < 0.2) continue;
    const values: readonly string[] = [...QUESTION_VALUES[q], UNKNOWN];
    out[q] = values[Math.floor(rand() * values.length)] ?? UNKNOWN;
  }
  return out as Answers;
}

/**
 * The reason wording assumes what each effect says about the situation: a ✔, a requirement met or a caveat
 * means the row applies; a ✘ row ruling out means it applies; a missing requirement means it does not.
 */
const CROSS_ROWS: ReadonlySet<CriterionId> = new Set<CriterionId>(['caBulk', 'personal', 'volume', 'userless', 'dem', 'otherMdm']);

function segmentAnswers(answers: Answers, segment: 'organization' | 'personal'): Answers {
  if (segment === 'organization') return { ...answers, ownership: 'organization' };
  return { ...answers, ownership: 'personal', ...(answers.userAffinity === 'both' ? { userAffinity: 'single' as const } : {}) };
}

function polarityViolations(rec: Recommendation, answers: Answers): string[] {
  const sit = situation(answers);
  const own = rec.methods.flatMap((m) =>
    m.reasons.flatMap((r) => {
      const mark = sit[r.criterion];
      const expected = r.effect === 'rulesOut' ? (CROSS_ROWS.has(r.criterion) ? 'applies' : 'doesNotApply') : r.effect === 'condition' ? null : 'applies';
      return expected === null || mark === expected ? [] : [`${m.id}/${r.criterion}/${r.effect}: situation ${mark}`];
    }),
  );
  if (rec.segments === undefined) return own;
  return [
    ...own,
    ...polarityViolations(rec.segments.organization, segmentAnswers(answers, 'organization')),
    ...polarityViolations(rec.segments.personal, segmentAnswers(answers, 'personal')),
  ];
}

describe('random sweep over engine results', () => {
  const rand = prng(20210401);
  const samples = Array.from({ length: 1500 }, () => randomAnswers(rand));

  it('localizes 1,500 seeded answer sets in both languages without a broken text', () => {
    const problems: string[] = [];
    for (const answers of samples) {
      const rec = recommend(answers);
      for (const lang of LANGS) {
        const loc = localizeRecommendation(rec, lang);
        problems.push(...faithfulnessProblems(rec, loc, lang));
        for (const s of strings(loc)) for (const p of textProblems(s)) problems.push(`${p}: ${s}`);
        for (const m of loc.methods) for (const r of m.reasons) if (r.text.length > 240) problems.push(`too long (${r.text.length}): ${r.text}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('words each reason true to the answers: the engine emits each effect only in the situation our sentence states', () => {
    const violations = samples.flatMap((answers) => polarityViolations(recommend(answers), answers));
    expect(violations.slice(0, 5)).toEqual([]);
  });

  it('the sweep really covers every method being recommended, a contradiction, and mixed fleets', () => {
    const seen = new Set(samples.map((a) => String(recommend(a).recommended)));
    expect([...seen].sort()).toEqual(['automatic', 'autopilot', 'coManagement', 'groupPolicy', 'null']);
    expect(samples.some((a) => recommend(a).segments !== undefined)).toBe(true);
  });
});
