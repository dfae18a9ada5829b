import type { MethodId, QuestionId } from '../engine/types';
import type { StatedValue } from '../understanding/rule';
import { pick } from './lang';
import { methodName, methodSummary } from './methods';
import type { Lang } from './types';

type FactLabels = { readonly [Q in QuestionId]: Readonly<Record<StatedValue<Q>, string>> };

const en = {
  ownership: { organization: 'organization-owned', personal: 'personal devices (BYOD)', mixed: 'organization-owned and personal devices' },
  windowsVersion: {
    win11: 'Windows 11',
    'win10-1803-plus': 'Windows 10, 1803 or newer',
    'win10-1709-or-older': 'Windows 10, 1709 or older',
    win7: 'Windows 7',
    'win8.1': 'Windows 8.1',
  },
  azureAdPremium: { yes: 'Entra ID P1 (Azure AD Premium)', no: 'no Entra ID P1' },
  identity: { cloud: 'Entra joined (cloud only)', hybrid: 'hybrid joined', onprem: 'domain-joined only' },
  configMgr: { keep: 'Configuration Manager stays', none: 'no Configuration Manager', 'phasing-out': 'moving away from Configuration Manager' },
  alreadyInIntune: { yes: 'already in Intune', no: 'not in Intune yet' },
  purchase: { 'autopilot-partner': 'bought from an Autopilot partner (OEM or CSP)', other: 'bought elsewhere' },
  remoteWorkers: { yes: 'shipped to remote workers', no: 'not shipped to remote workers' },
  deviceAge: { new: 'new devices', existing: 'devices already in use', both: 'new and existing devices' },
  volume: { few: 'a few devices, one at a time', bulk: 'many devices at once (bulk)' },
  userAffinity: { single: 'one user per device', userless: 'no fixed user (kiosk, shared)', both: 'single-user and shared devices' },
  demAccount: { yes: 'a DEM account', no: 'no DEM account' },
  otherMdm: { yes: 'managed by another MDM today', no: 'no other MDM' },
  conditionalAccess: { yes: 'conditional access', no: 'no conditional access' },
  manage: { device: 'manage the whole device', account: 'only the work account and its apps', both: 'the device and the work account' },
} satisfies FactLabels;

const nl: FactLabels = {
  ownership: { organization: 'bedrijfseigendom', personal: 'persoonlijke apparaten (BYOD)', mixed: 'bedrijfseigendom en persoonlijke apparaten' },
  windowsVersion: {
    win11: 'Windows 11',
    'win10-1803-plus': 'Windows 10, 1803 of hoger',
    'win10-1709-or-older': 'Windows 10, 1709 of lager',
    win7: 'Windows 7',
    'win8.1': 'Windows 8.1',
  },
  azureAdPremium: { yes: 'Entra ID P1 (Azure AD Premium)', no: 'geen Entra ID P1' },
  identity: { cloud: 'Entra-gekoppeld (alleen cloud)', hybrid: 'hybride gekoppeld', onprem: 'alleen in het domein' },
  configMgr: { keep: 'Configuration Manager blijft', none: 'geen Configuration Manager', 'phasing-out': 'Configuration Manager wordt uitgefaseerd' },
  alreadyInIntune: { yes: 'al in Intune', no: 'nog niet in Intune' },
  purchase: { 'autopilot-partner': 'gekocht bij een Autopilot-partner (OEM of CSP)', other: 'elders gekocht' },
  remoteWorkers: { yes: 'verstuurd naar thuiswerkers', no: 'niet verstuurd naar thuiswerkers' },
  deviceAge: { new: 'nieuwe apparaten', existing: 'apparaten die al in gebruik zijn', both: 'nieuwe en bestaande apparaten' },
  volume: { few: 'een paar apparaten, één voor één', bulk: 'veel apparaten tegelijk (bulk)' },
  userAffinity: { single: 'één gebruiker per apparaat', userless: 'geen vaste gebruiker (kiosk, gedeeld)', both: 'apparaten met één gebruiker en gedeelde apparaten' },
  demAccount: { yes: 'een DEM-account', no: 'geen DEM-account' },
  otherMdm: { yes: 'nu beheerd door een andere MDM', no: 'geen andere MDM' },
  conditionalAccess: { yes: 'voorwaardelijke toegang', no: 'geen voorwaardelijke toegang' },
  manage: { device: 'het hele apparaat beheren', account: 'alleen het werkaccount en de apps', both: 'het apparaat en het werkaccount' },
};

/** Terms a question-only message can ask about ("what is Autopilot?"); methods are explained by their summary. */
export const TERM_IDS = ['automatic', 'autopilot', 'groupPolicy', 'coManagement', 'configMgr', 'dem', 'hybridJoin', 'premium', 'bulk', 'mdm', 'intune'] as const;
export type TermId = (typeof TERM_IDS)[number];
type OwnTerm = Exclude<TermId, MethodId>;

const TERMS: Readonly<Record<Lang, Readonly<Record<OwnTerm, string>>>> = {
  en: {
    configMgr:
      'Configuration Manager (formerly SCCM, also ConfigMgr or MECM) is Microsoft\u2019s on-premises tool for managing Windows devices; with co-management it shares the work with Intune.',
    dem: 'A device enrollment manager (DEM) is one Intune account that may enroll many devices on behalf of others; it does not work with Autopilot, Group Policy or co-management.',
    hybridJoin: 'Hybrid joined devices are in your on-premises Active Directory and registered in Microsoft Entra ID at the same time.',
    premium: 'Microsoft Entra ID P1 (formerly Azure AD Premium) is the licence for automatic MDM enrollment and Autopilot; Microsoft 365 E3/E5, Business Premium and EMS include it.',
    bulk: 'Bulk enrollment enrolls many organization-owned devices at once with a provisioning package made in Windows Configuration Designer.',
    mdm: 'Mobile device management (MDM) is a service such as Intune that manages settings, apps and security on enrolled devices.',
    intune: 'Microsoft Intune is Microsoft\u2019s cloud service for managing devices and apps; enrollment connects a device to it.',
  },
  nl: {
    configMgr:
      'Configuration Manager (voorheen SCCM, ook ConfigMgr of MECM) is het on-premises beheerprogramma van Microsoft voor Windows-apparaten; met co-beheer deelt het het werk met Intune.',
    dem: 'Een apparaatinschrijvingsmanager (DEM) is een Intune-account dat veel apparaten namens anderen mag inschrijven; het werkt niet met Autopilot, Groepsbeleid of co-beheer.',
    hybridJoin: 'Hybride gekoppelde apparaten zitten in uw on-premises Active Directory en zijn tegelijk geregistreerd in Microsoft Entra ID.',
    premium: 'Microsoft Entra ID P1 (voorheen Azure AD Premium) is de licentie voor automatische MDM-inschrijving en Autopilot; Microsoft 365 E3/E5, Business Premium en EMS bevatten die.',
    bulk: 'Bulkinschrijving schrijft veel apparaten in bedrijfseigendom tegelijk in met een inrichtingspakket uit Windows Configuration Designer.',
    mdm: 'Mobile device management (MDM) is een dienst zoals Intune die instellingen, apps en beveiliging op ingeschreven apparaten beheert.',
    intune: 'Microsoft Intune is de clouddienst van Microsoft voor het beheer van apparaten en apps; inschrijven verbindt een apparaat ermee.',
  },
};

const TEXT = {
  en: {
    understood: (facts: readonly string[]): string => `I understood: ${facts.join(' \u00b7 ')} \u2014 change anything that is not right.`,
    unclear: (text: string, options: readonly string[]): string => `You wrote \u201c${text}\u201d: do you mean ${options.join(' or ')}?`,
    e3: '\u201cE3\u201d or \u201cE5\u201d can be Microsoft 365 (includes Entra ID P1) or Office 365 (does not). Which one do you have?',
    describeLabel: 'Or describe your situation in your own words',
    describePlaceholder: 'For example: company-owned, hybrid joined, we keep SCCM, 300 new laptops',
    describeButton: 'Use my description',
    nothingFound: 'I did not find anything I could use in that description, so here are the questions.',
    greetingTitle: 'Hello!',
    greeting:
      'I advise on how to enroll your organization\u2019s Windows devices in Intune. Describe your situation in a sentence (for example \u201ccompany-owned, hybrid joined, we keep SCCM, 300 new laptops\u201d) or type start.',
  },
  nl: {
    understood: (facts: readonly string[]): string => `Ik begreep: ${facts.join(' \u00b7 ')} \u2014 wijzig wat niet klopt.`,
    unclear: (text: string, options: readonly string[]): string => `U schreef \u201c${text}\u201d: bedoelt u ${options.join(' of ')}?`,
    e3: '\u201cE3\u201d of \u201cE5\u201d kan Microsoft 365 zijn (met Entra ID P1) of Office 365 (zonder). Welke hebt u?',
    describeLabel: 'Of beschrijf uw situatie in uw eigen woorden',
    describePlaceholder: 'Bijvoorbeeld: bedrijfseigendom, hybride gekoppeld, we houden SCCM, 300 nieuwe laptops',
    describeButton: 'Gebruik mijn beschrijving',
    nothingFound: 'Ik vond in die beschrijving niets wat ik kon gebruiken, dus hier zijn de vragen.',
    greetingTitle: 'Hallo!',
    greeting:
      'Ik adviseer over het inschrijven van de Windows-apparaten van uw organisatie in Intune. Beschrijf uw situatie in een zin (bijvoorbeeld \u201cbedrijfseigendom, hybride gekoppeld, we houden SCCM, 300 nieuwe laptops\u201d) of typ advies.',
  },
} satisfies Record<Lang, unknown>;

/** The short label of one stated fact ("hybrid joined", "Configuration Manager blijft"). */
export function factLabel<Q extends QuestionId>(key: Q, value: StatedValue<Q>, lang: Lang): string {
  const labels: Readonly<Record<string, string>> = pick({ en, nl }, lang)[key];
  return labels[value] ?? value;
}

/** "I understood: a · b · c — change anything that is not right." for the facts' labels. */
export function understoodLine(labels: readonly string[], lang: Lang): string {
  return pick(TEXT, lang).understood(labels);
}

/** The question back for something unclear: the licence question for a bare E3/E5, else "do you mean a or b?". */
export function unclearQuestion(key: QuestionId, text: string, candidateLabels: readonly string[], lang: Lang): string {
  const t = pick(TEXT, lang);
  return key === 'azureAdPremium' ? t.e3 : t.unclear(text, candidateLabels);
}

/** A short answer to "what is …?" for a term, in `lang`. */
export function termAnswer(term: TermId, lang: Lang): string {
  switch (term) {
    case 'automatic':
    case 'autopilot':
    case 'groupPolicy':
    case 'coManagement':
      return `${methodName(term, lang)}: ${methodSummary(term, lang)}`;
    default:
      return pick(TERMS, lang)[term];
  }
}

/** The title of the answer to a greeting. */
export function greetingTitle(lang: Lang): string {
  return pick(TEXT, lang).greetingTitle;
}

/** The answer to a greeting: what the bot does and that a sentence describing the situation is welcome. */
export function greetingText(lang: Lang): string {
  return pick(TEXT, lang).greeting;
}

/** The texts of the tab's "describe your situation" box. */
export function describeText(lang: Lang): { readonly label: string; readonly placeholder: string; readonly button: string; readonly nothingFound: string } {
  const t = pick(TEXT, lang);
  return { label: t.describeLabel, placeholder: t.describePlaceholder, button: t.describeButton, nothingFound: t.nothingFound };
}

/** The volume fact with the count the admin gave: "about 300 devices (bulk)", "ongeveer 5 apparaten, één voor één". */
export function countLabel(count: number, bulk: boolean, lang: Lang): string {
  const n = count.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-US');
  if (lang === 'nl') return bulk ? `ongeveer ${n} apparaten (bulk)` : `${n} apparaten, één voor één`;
  return bulk ? `about ${n} devices (bulk)` : `${n} devices, one at a time`;
}
