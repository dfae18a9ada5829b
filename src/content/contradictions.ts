import type { Answers, Recommendation } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/** The guide's own contradictions (reference: "Contradictions in the guide itself"); shown, never hidden. */
export const CONTRADICTION_IDS = [
  'premium-may-vs-requires',
  'dem-autopilot-note',
  'user-enrollment-missing',
  'comanagement-personal-vs-joined',
  'autopilot-wipe-vs-existing-devices',
  'userless-sign-in-vs-self-deploying',
  'personal-userless',
  'dem-with-shipping',
] as const;
export type ContradictionId = (typeof CONTRADICTION_IDS)[number];

const TEXTS = {
  en: {
    'premium-may-vs-requires':
      'The guide contradicts itself on Azure AD Premium (now Microsoft Entra ID P1) for automatic enrollment: it "may be needed" in one place, yet the Autopilot note says automatic enrollment "requires" it. Microsoft’s current answer: the MDM user scope requires P1.',
    'dem-autopilot-note':
      'The guide marks DEM accounts ✘ for Autopilot, yet its note says an admin who prepares devices before handing them out can use a DEM account; read that as: with another method.',
    'user-enrollment-missing':
      'The guide names "user enrollment" as an alternative for personal devices, but this version of the guide has no section on it.',
    'comanagement-personal-vs-joined':
      'The guide marks co-management ✔ for personal devices, yet co-management needs devices that are Microsoft Entra joined or hybrid joined, which personal devices usually are not.',
    'autopilot-wipe-vs-existing-devices':
      'The guide says Autopilot needs no wiping of devices, yet Autopilot for existing devices formats the drives and installs Windows afresh.',
    'userless-sign-in-vs-self-deploying':
      'The guide’s note on user-less devices says users sign in, yet Autopilot self-deploying mode needs no sign-in at all.',
    'personal-userless':
      'Personal and user-less contradict each other: the guide says user-less devices (kiosk, dedicated, shared) are organization-owned. Check your answers; we do not assume either.',
    'dem-with-shipping':
      'A DEM account and devices shipped straight to users do not go together: a DEM account is used by IT staff who enroll devices before handing them out. Devices shipped to users enroll with the user’s own account (Autopilot).',
  },
  nl: {
    'premium-may-vs-requires':
      'De handleiding spreekt zichzelf tegen over Azure AD Premium (nu Microsoft Entra ID P1) bij Automatische inschrijving: op de ene plek is het "mogelijk nodig", in de Autopilot-notitie "vereist". Het huidige antwoord van Microsoft: het MDM-gebruikersbereik vereist P1.',
    'dem-autopilot-note':
      'De handleiding geeft DEM-accounts een ✘ bij Autopilot, maar de notitie zegt dat een beheerder die apparaten voorbereidt een DEM-account kan gebruiken; lees: met een andere methode.',
    'user-enrollment-missing':
      'De handleiding noemt Gebruikersinschrijving als alternatief voor persoonlijke apparaten, maar deze versie van de handleiding heeft daar geen hoofdstuk over.',
    'comanagement-personal-vs-joined':
      'De handleiding geeft co-beheer een ✔ voor persoonlijke apparaten, maar co-beheer vereist apparaten die aan Microsoft Entra gekoppeld of hybride Microsoft Entra-gekoppeld zijn, en dat zijn persoonlijke apparaten meestal niet.',
    'autopilot-wipe-vs-existing-devices':
      'De handleiding zegt dat u bij Autopilot niets hoeft te wissen, maar Autopilot voor bestaande apparaten formatteert de schijven en installeert Windows opnieuw.',
    'userless-sign-in-vs-self-deploying':
      'De notitie over apparaten zonder gebruiker zegt dat gebruikers zich aanmelden, maar in de zelf-implementerende modus van Autopilot meldt niemand zich aan.',
    'personal-userless':
      'Persoonlijk en zonder gebruiker spreken elkaar tegen: volgens de handleiding zijn apparaten zonder gebruiker (kiosk, toegewezen, gedeeld) bedrijfseigendom. Controleer uw antwoorden; wij nemen geen van beide aan.',
    'dem-with-shipping':
      'Een DEM-account en apparaten die rechtstreeks naar gebruikers gaan, passen niet bij elkaar: met een DEM-account schrijft IT apparaten in vóór de uitgifte. Apparaten die naar gebruikers gaan, schrijven zich in met het eigen account van de gebruiker (Autopilot).',
  },
} satisfies Record<Lang, Record<ContradictionId, string>>;

/** The guide's contradictions as ids with their text in both languages. */
export const GUIDE_CONTRADICTIONS: readonly { readonly id: ContradictionId; readonly text: Readonly<Record<Lang, string>> }[] =
  CONTRADICTION_IDS.map((id) => ({ id, text: { en: TEXTS.en[id], nl: TEXTS.nl[id] } }));

/** One contradiction of the guide as a sentence in `lang`. */
export function contradictionText(id: ContradictionId, lang: Lang): string {
  return pick(TEXTS, lang)[id];
}

/** The recommendation and its segments (mixed ownership), so a rule sees every result the admin is shown. */
function allResults(rec: Recommendation): Recommendation[] {
  return rec.segments === undefined ? [rec] : [rec, rec.segments.organization, rec.segments.personal];
}

type Relevance = (answers: Answers, results: readonly Recommendation[]) => boolean;

/** The organization segment never covers personal devices, so personal-only rules skip it. */
const organizationSegment = (rs: readonly Recommendation[]): Recommendation | undefined => rs[0]?.segments?.organization;

const personalInPlay = (a: Answers): boolean => a.ownership === 'personal' || a.ownership === 'mixed';

/** When each contradiction matters for this admin's answers and result; one predicate per contradiction. */
const RELEVANT: Readonly<Record<ContradictionId, Relevance>> = {
  // Only matters while Premium is not confirmed and a method that leans on automatic enrollment is in the result.
  'premium-may-vs-requires': (a, rs) =>
    a.azureAdPremium !== 'yes' && rs.some((r) => r.recommended === 'automatic' || r.recommended === 'autopilot'),
  // The DEM note only confuses someone who uses a DEM account.
  'dem-autopilot-note': (a) => a.demAccount === 'yes',
  // The missing user-enrollment section matters whenever personal devices are in play.
  'user-enrollment-missing': (a) => personalInPlay(a),
  // Co-management considered for personal devices: it is not ruled out in a result that covers them.
  'comanagement-personal-vs-joined': (a, rs) =>
    personalInPlay(a) &&
    rs.some((r) => r !== organizationSegment(rs) && r.methods.some((m) => m.id === 'coManagement' && m.verdict !== 'notSuitable')),
  // "No wiping" vs formatting: only when the existing-devices mode is the one we chose.
  'autopilot-wipe-vs-existing-devices': (_a, rs) => rs.some((r) => r.autopilotMode === 'existing-devices'),
  // "Users sign in" vs no sign-in: only when self-deploying mode is the one we chose.
  'userless-sign-in-vs-self-deploying': (_a, rs) => rs.some((r) => r.autopilotMode === 'self-deploying'),
  // DEM (IT enrolls devices before hand-out) next to devices shipped straight to users.
  'dem-with-shipping': (a) => a.demAccount === 'yes' && a.remoteWorkers === 'yes',
  // Personal + user-less input, or the engine flagged it.
  'personal-userless': (a, rs) =>
    (a.ownership === 'personal' && (a.userAffinity === 'userless' || a.userAffinity === 'both')) ||
    rs.some((r) => r.warnings.includes('personal-userless-conflict')),
};

/** The ids of the guide's contradictions that matter for these answers and this result, in CONTRADICTION_IDS order. */
export function contradictionsFor(answers: Answers, rec: Recommendation): ContradictionId[] {
  const results = allResults(rec);
  return CONTRADICTION_IDS.filter((id) => RELEVANT[id](answers, results));
}
