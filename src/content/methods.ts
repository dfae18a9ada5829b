import type { CellMark, CriterionId, Effect, MethodId, Verdict } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/** `short` fits a narrow table column header (the comparison card has four method columns beside the situations). */
type MethodTexts = Readonly<Record<MethodId, { readonly name: string; readonly short: string; readonly summary: string }>>;

const METHODS = {
  en: {
    automatic: {
      name: 'Automatic enrollment',
      short: 'Automatic',
      summary: 'Devices join Microsoft Entra ID at setup or from Access work or school and enroll in Intune automatically; a Configuration Designer package enrolls many at once.',
    },
    autopilot: {
      name: 'Windows Autopilot',
      short: 'Autopilot',
      summary: 'Organization-owned devices set themselves up from the factory image when the user signs in; no re-imaging.',
    },
    groupPolicy: {
      name: 'Group Policy',
      short: 'Group Policy',
      summary: 'A Group Policy in on-premises AD enrolls Microsoft Entra hybrid joined, domain-joined devices automatically.',
    },
    coManagement: {
      name: 'Co-management enrollment',
      short: 'Co-management',
      summary: 'Configuration Manager and Intune manage Windows devices together; you keep Configuration Manager.',
    },
  },
  nl: {
    automatic: {
      name: 'Automatische inschrijving',
      short: 'Automatisch',
      summary: 'Apparaten koppelen bij de installatie of via Toegang tot werk of school aan Entra ID en schrijven zich zelf in; een Configuration Designer-pakket doet er veel tegelijk.',
    },
    autopilot: {
      name: 'Windows Autopilot',
      short: 'Autopilot',
      summary: 'Apparaten in bedrijfseigendom richten zich in vanaf de fabrieksinstallatie zodra de gebruiker zich aanmeldt; opnieuw installeren is niet nodig.',
    },
    groupPolicy: {
      name: 'Groepsbeleid',
      short: 'Groepsbeleid',
      summary: 'Een groepsbeleid in de on-premises AD schrijft apparaten in een domein die hybride Microsoft Entra-gekoppeld zijn automatisch in.',
    },
    coManagement: {
      name: 'Inschrijving via co-beheer',
      short: 'Co-beheer',
      summary: 'Configuration Manager en Intune beheren Windows-apparaten samen; u blijft Configuration Manager gebruiken.',
    },
  },
} satisfies Record<Lang, MethodTexts>;

/** The method's name in `lang`, using the guide's own Dutch terms. */
export function methodName(id: MethodId, lang: Lang): string {
  return pick(METHODS, lang)[id].name;
}

/** The method's short name for a narrow table column header ("Autopilot", "Co-beheer"). */
export function methodShortName(id: MethodId, lang: Lang): string {
  return pick(METHODS, lang)[id].short;
}

/** One line saying what the method is, short enough for a card subtitle. */
export function methodSummary(id: MethodId, lang: Lang): string {
  return pick(METHODS, lang)[id].summary;
}

const REGISTERED_SUMMARY = {
  en: 'Employees add their work account in Settings > Accounts > Access work or school: the device is registered in Microsoft Entra ID, not enrolled in Intune.',
  nl: 'Medewerkers voegen hun werkaccount toe via Instellingen > Accounts > Toegang tot werk of school: het apparaat wordt geregistreerd in Entra ID, niet ingeschreven bij Intune.',
} satisfies Record<Lang, string>;

/** The card subtitle when personal devices only register the work account (no MDM enrollment). */
export function registeredPersonalSummary(lang: Lang): string {
  return pick(REGISTERED_SUMMARY, lang);
}

type CriterionTexts = Readonly<Record<CriterionId, { readonly label: string; readonly topic: string; readonly negated: string }>>;

/**
 * label: the situation as the guide's table row states it (comparison table, affirmative reasons).
 * topic: a neutral noun phrase, for reasons whose answer is still open.
 * negated: the situation when it does not hold, for reasons where a missing requirement rules a method out.
 */
const CRITERIA = {
  en: {
    premium: { label: 'You have Microsoft Entra ID P1', topic: 'Microsoft Entra ID P1', negated: 'You do not have Microsoft Entra ID P1' },
    caBulk: {
      label: 'You use conditional access on bulk-enrolled devices',
      topic: 'Conditional access on bulk-enrolled devices',
      negated: 'You do not use conditional access on bulk-enrolled devices',
    },
    personal: { label: 'Devices are personal or BYOD', topic: 'Personal or BYOD devices', negated: 'Devices are not personal' },
    organization: {
      label: 'Devices are owned by the organization or school',
      topic: 'Organization-owned devices',
      negated: 'Devices are not organization-owned',
    },
    newOrExisting: { label: 'New or existing devices', topic: 'New or existing devices (Windows version)', negated: 'Devices do not run Windows 10 or newer' },
    volume: { label: 'A few devices or many (bulk)', topic: 'Number of devices (bulk)', negated: 'Number of devices (bulk)' },
    singleUser: { label: 'Devices belong to one user', topic: 'One user per device', negated: 'Devices do not belong to one user' },
    userless: {
      label: 'User-less devices: kiosk, dedicated or shared',
      topic: 'User-less devices (kiosk, dedicated, shared)',
      negated: 'Devices are not user-less',
    },
    dem: {
      label: 'You use a device enrollment manager (DEM) account',
      topic: 'Device enrollment manager (DEM) account',
      negated: 'You do not use a DEM account',
    },
    otherMdm: {
      label: 'Devices are managed by another MDM provider',
      topic: 'Another MDM provider',
      negated: 'Devices are not managed by another MDM provider',
    },
    autopilotPartner: {
      label: 'You buy from an Autopilot OEM or CSP partner',
      topic: 'Purchase from an Autopilot OEM or CSP partner',
      negated: 'You do not buy from an Autopilot OEM or CSP partner',
    },
    hybridJoined: {
      label: 'Devices are Microsoft Entra hybrid joined',
      topic: 'Microsoft Entra hybrid join',
      negated: 'Devices are not domain-joined (cloud-only)',
    },
    remoteWorkers: { label: 'You have remote workers', topic: 'Remote workers', negated: 'You have no remote workers' },
    configMgr: { label: 'You use Configuration Manager', topic: 'Configuration Manager', negated: 'You do not use Configuration Manager' },
    enrolledInIntune: {
      label: 'Devices are already enrolled in Intune',
      topic: 'Devices already enrolled in Intune',
      negated: 'Devices are not enrolled in Intune yet',
    },
  },
  nl: {
    premium: { label: 'U hebt Microsoft Entra ID P1', topic: 'Microsoft Entra ID P1', negated: 'U hebt geen Microsoft Entra ID P1' },
    caBulk: {
      label: 'U gebruikt voorwaardelijke toegang op apparaten met bulkinschrijving',
      topic: 'Voorwaardelijke toegang op apparaten met bulkinschrijving',
      negated: 'U gebruikt geen voorwaardelijke toegang op apparaten met bulkinschrijving',
    },
    personal: { label: 'De apparaten zijn persoonlijk of BYOD', topic: 'Persoonlijke of BYOD-apparaten', negated: 'De apparaten zijn niet persoonlijk' },
    organization: {
      label: 'De apparaten zijn eigendom van de organisatie of school',
      topic: 'Apparaten in bedrijfseigendom',
      negated: 'De apparaten zijn geen bedrijfseigendom',
    },
    newOrExisting: {
      label: 'Nieuwe of al bestaande apparaten',
      topic: 'Nieuwe of bestaande apparaten (Windows-versie)',
      negated: 'De apparaten draaien geen Windows 10 of hoger',
    },
    volume: { label: 'Een klein of groot aantal apparaten (bulk)', topic: 'Aantal apparaten (bulkinschrijving)', negated: 'Aantal apparaten (bulkinschrijving)' },
    singleUser: { label: 'De apparaten zijn gekoppeld aan één gebruiker', topic: 'Eén gebruiker per apparaat', negated: 'De apparaten hebben niet één vaste gebruiker' },
    userless: {
      label: 'Apparaten zonder gebruiker: kiosk, toegewezen of gedeeld',
      topic: 'Apparaten zonder gebruiker (kiosk, toegewezen, gedeeld)',
      negated: 'De apparaten hebben wel een gebruiker',
    },
    dem: {
      // "Apparaatinschrijvingsmanager" is Microsoft's Dutch term, but one word of 28 letters breaks in the middle in a
      // comparison column on a phone; the label says what the account is instead (the question uses the full term).
      label: 'U gebruikt een DEM-account (dat namens anderen veel apparaten inschrijft)',
      topic: 'DEM-account (inschrijvingsmanager)',
      negated: 'U gebruikt geen DEM-account',
    },
    otherMdm: {
      label: 'De apparaten worden beheerd door een andere MDM-provider',
      topic: 'Een andere MDM-provider',
      negated: 'De apparaten worden niet door een andere MDM-provider beheerd',
    },
    autopilotPartner: {
      label: 'U koopt bij een OEM of CSP-partner die Autopilot ondersteunt',
      topic: 'Aankoop bij een Autopilot-OEM of CSP-partner',
      negated: 'U koopt niet bij een Autopilot-OEM of CSP-partner',
    },
    hybridJoined: {
      label: 'De apparaten zijn hybride Microsoft Entra-gekoppeld',
      topic: 'Hybride koppeling aan Microsoft Entra',
      negated: 'De apparaten zitten niet in een domein (alleen cloud)',
    },
    remoteWorkers: { label: 'U hebt medewerkers op afstand', topic: 'Medewerkers op afstand', negated: 'U hebt geen medewerkers op afstand' },
    configMgr: { label: 'U gebruikt Configuration Manager', topic: 'Configuration Manager', negated: 'U gebruikt geen Configuration Manager' },
    enrolledInIntune: {
      label: 'De apparaten zijn al ingeschreven bij Intune',
      topic: 'Apparaten die al bij Intune zijn ingeschreven',
      negated: 'De apparaten zijn nog niet ingeschreven bij Intune',
    },
  },
} satisfies Record<Lang, CriterionTexts>;

/** The guide's table-row situation for a criterion, short enough for a comparison-table row. */
export function criterionLabel(id: CriterionId, lang: Lang): string {
  return pick(CRITERIA, lang)[id].label;
}

/** A neutral noun phrase naming the criterion, for text about a situation that is not settled yet. */
export function criterionTopic(id: CriterionId, lang: Lang): string {
  return pick(CRITERIA, lang)[id].topic;
}

/** The criterion's situation stated as not holding (e.g. "You do not have Microsoft Entra ID P1"). */
export function criterionNegated(id: CriterionId, lang: Lang): string {
  return pick(CRITERIA, lang)[id].negated;
}

const VERDICTS = {
  en: { suitable: 'Suitable', conditional: 'Suitable with conditions', notSuitable: 'Not suitable' },
  nl: { suitable: 'Geschikt', conditional: 'Geschikt onder voorwaarden', notSuitable: 'Niet geschikt' },
} satisfies Record<Lang, Record<Verdict, string>>;

/** The verdict as a short label ("Suitable with conditions"). */
export function verdictLabel(v: Verdict, lang: Lang): string {
  return pick(VERDICTS, lang)[v];
}

const EFFECTS = {
  en: { supports: 'In favour', rulesOut: 'Rules it out', requires: 'Required and met', condition: 'Condition', note: 'Note' },
  nl: { supports: 'Pleit ervoor', rulesOut: 'Sluit het uit', requires: 'Vereist en voldaan', condition: 'Voorwaarde', note: 'Opmerking' },
} satisfies Record<Lang, Record<Effect, string>>;

/** How a reason weighs, as a short label ("Rules it out"). */
export function effectLabel(e: Effect, lang: Lang): string {
  return pick(EFFECTS, lang)[e];
}

const MARK_SYMBOLS = { yes: '✔', no: '✘', silent: '—' } satisfies Record<CellMark, string>;

const MARK_WORDS = {
  en: { yes: 'use it', no: 'do not use', silent: 'not covered' },
  nl: { yes: 'gebruiken', no: 'niet gebruiken', silent: 'niet vermeld' },
} satisfies Record<Lang, Record<CellMark, string>>;

/** The bare table symbol for a mark: '✔', '✘' or '—'. */
export function markSymbol(mark: CellMark): string {
  return MARK_SYMBOLS[mark];
}

/** The mark's symbol followed by a word a screen reader can say, e.g. "✘ do not use". */
export function markLabel(mark: CellMark, lang: Lang): string {
  return `${MARK_SYMBOLS[mark]} ${pick(MARK_WORDS, lang)[mark]}`;
}
