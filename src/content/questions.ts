import { QUESTION_IDS, QUESTION_VALUES, type KnownValue, type QuestionId } from '../engine/types';
import { pick } from './lang';
import type { Lang, LocalizedQuestion } from './types';

type QuestionTexts = {
  readonly [Q in QuestionId]: {
    readonly text: string;
    readonly why: string;
    readonly options: Readonly<Record<KnownValue<Q>, string>>;
  };
};

const en = {
  ownership: {
    text: 'Who owns the devices you want to enroll?',
    why: 'The guide allows Windows Autopilot and Group Policy only for organization-owned devices; personal devices use automatic enrollment.',
    options: { organization: 'The organization or school', personal: 'Employees (personal / BYOD)', mixed: 'Both' },
  },
  windowsVersion: {
    text: 'Which Windows version do the devices run?',
    why: 'Every method needs Windows 10 or newer; the guide has Windows 7 and 8.1 devices upgraded first.',
    options: {
      win11: 'Windows 11',
      'win10-1803-plus': 'Windows 10, version 1803 or newer',
      'win10-1709-or-older': 'Windows 10, version 1709 or older',
      win7: 'Windows 7',
      'win8.1': 'Windows 8.1',
    },
  },
  azureAdPremium: {
    text: 'Do the users have Microsoft Entra ID P1 or P2 (formerly Azure AD Premium)?',
    why: 'Automatic enrollment through the MDM user scope is a P1 feature, so every method needs P1 except registering personal devices; the guide (2021) still said "may be needed".',
    options: { yes: 'Yes', no: 'No' },
  },
  identity: {
    text: 'How are the devices joined?',
    why: 'The guide offers Group Policy for domain-joined devices, and they must be Microsoft Entra hybrid joined before they enroll.',
    options: {
      cloud: 'Microsoft Entra joined only (cloud-only)',
      hybrid: 'Microsoft Entra hybrid joined (on-premises AD and Entra ID)',
      onprem: 'Domain-joined to on-premises AD only',
    },
  },
  configMgr: {
    text: 'Do you use Configuration Manager?',
    why: 'The guide says: if you use Configuration Manager and want to keep using it, co-management is for you.',
    options: { keep: 'Yes, and we want to keep using it', none: 'No', 'phasing-out': 'Yes, but we want to phase it out' },
  },
  alreadyInIntune: {
    text: 'Are the devices already enrolled in Intune (for example via Autopilot or straight from the OEM)?',
    why: 'The guide lets you bring devices that are already enrolled in Intune into co-management.',
    options: { yes: 'Yes', no: 'No' },
  },
  purchase: {
    text: 'Where do you buy the devices?',
    why: 'In the guide, Autopilot is the method for devices bought from an OEM or CSP partner that supports Autopilot.',
    options: { 'autopilot-partner': 'From an OEM or CSP partner that supports Autopilot', other: 'Elsewhere' },
  },
  remoteWorkers: {
    text: 'Do you ship devices straight to remote workers?',
    why: 'The guide marks Autopilot for remote workers: the OEM or partner can ship devices straight to them.',
    options: { yes: 'Yes', no: 'No' },
  },
  deviceAge: {
    text: 'Are the devices new, already in use, or both?',
    why: 'The guide marks all four methods ✔ for new and existing devices; Microsoft now recommends Entra join for new devices, so the answer decides hybrid join or not.',
    options: { new: 'New', existing: 'Already in use', both: 'Both' },
  },
  volume: {
    text: 'How many devices do you enroll?',
    why: 'The guide allows bulk enrollment with a Windows Configuration Designer package only for organization-owned devices.',
    options: { few: 'A few, one at a time', bulk: 'Many at once (bulk)' },
  },
  userAffinity: {
    text: 'Who uses the devices?',
    why: 'The guide treats user-less devices (kiosk, dedicated, shared) as organization-owned, with a kiosk or shared profile after enrollment.',
    options: { single: 'One user per device', userless: 'No fixed user: kiosk, dedicated or shared', both: 'Both' },
  },
  demAccount: {
    text: 'Do you use a device enrollment manager (DEM) account?',
    why: 'The guide says DEM accounts do not apply to Autopilot, Group Policy or co-management; that decides no method, but the admin tasks change.',
    options: { yes: 'Yes', no: 'No' },
  },
  otherMdm: {
    text: 'Are the devices managed by another MDM provider today?',
    why: 'The guide says devices must be unenrolled from the other MDM provider before they enroll in Intune.',
    options: { yes: 'Yes', no: 'No' },
  },
  conditionalAccess: {
    text: 'Do you use conditional access on bulk-enrolled devices?',
    why: 'The 2021 guide tied conditional access on bulk-enrolled devices to Windows 10 1803; the current guide no longer does.',
    options: { yes: 'Yes', no: 'No' },
  },
  manage: {
    text: 'On personal devices, what should Intune manage?',
    why: 'This sets the MDM user scope of automatic enrollment (the guide’s MAM scope is now the retired WIP scope): enroll the device, or only register it.',
    options: { device: 'The whole device', account: 'Only the work account and its apps', both: 'Both' },
  },
} satisfies QuestionTexts;

const nl = {
  ownership: {
    text: 'Van wie zijn de apparaten die u wilt inschrijven?',
    why: 'De handleiding staat Windows Autopilot en Groepsbeleid alleen toe voor apparaten in bedrijfseigendom; persoonlijke apparaten gebruiken Automatische inschrijving.',
    options: { organization: 'Van de organisatie of school', personal: 'Van medewerkers (persoonlijk / BYOD)', mixed: 'Allebei' },
  },
  windowsVersion: {
    text: 'Welke Windows-versie draait er op de apparaten?',
    why: 'Elke methode vraagt Windows 10 of hoger; volgens de handleiding moeten apparaten met Windows 7 en 8.1 eerst een upgrade krijgen.',
    options: {
      win11: 'Windows 11',
      'win10-1803-plus': 'Windows 10, versie 1803 of hoger',
      'win10-1709-or-older': 'Windows 10, versie 1709 of lager',
      win7: 'Windows 7',
      'win8.1': 'Windows 8.1',
    },
  },
  azureAdPremium: {
    text: 'Hebben de gebruikers Microsoft Entra ID P1 of P2 (voorheen Azure AD Premium)?',
    why: 'Automatische inschrijving via het MDM-gebruikersbereik is een P1-functie, dus elke methode vereist P1, behalve het registreren van persoonlijke apparaten; de handleiding (2021) zei nog "mogelijk nodig".',
    options: { yes: 'Ja', no: 'Nee' },
  },
  identity: {
    text: 'Hoe zijn de apparaten gekoppeld?',
    why: 'De handleiding biedt Groepsbeleid aan voor apparaten in een domein, en die moeten eerst hybride Microsoft Entra-gekoppeld zijn.',
    options: {
      cloud: 'Alleen aan Microsoft Entra gekoppeld (alleen cloud)',
      hybrid: 'Hybride Microsoft Entra-gekoppeld (on-premises AD en Entra ID)',
      onprem: 'Alleen in een on-premises AD-domein',
    },
  },
  configMgr: {
    text: 'Gebruikt u Configuration Manager?',
    why: 'De handleiding zegt: als u Configuration Manager gebruikt en wilt blijven gebruiken, is inschrijving via co-beheer geschikt voor u.',
    options: { keep: 'Ja, en dat willen we blijven doen', none: 'Nee', 'phasing-out': 'Ja, maar we willen ermee stoppen' },
  },
  alreadyInIntune: {
    text: 'Zijn de apparaten al ingeschreven bij Intune (bijvoorbeeld via Autopilot of rechtstreeks van de OEM)?',
    why: 'Volgens de handleiding kunt u apparaten die al bij Intune zijn ingeschreven, overbrengen naar co-beheer.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  purchase: {
    text: 'Waar koopt u de apparaten?',
    why: 'In de handleiding is Autopilot de methode voor apparaten van een OEM of CSP-partner die Autopilot ondersteunt.',
    options: { 'autopilot-partner': 'Bij een OEM of CSP-partner die Autopilot ondersteunt', other: 'Ergens anders' },
  },
  remoteWorkers: {
    text: 'Verstuurt u apparaten rechtstreeks naar medewerkers op afstand?',
    why: 'De handleiding noemt Autopilot voor medewerkers op afstand: de OEM of partner kan apparaten rechtstreeks naar hen sturen.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  deviceAge: {
    text: 'Zijn de apparaten nieuw, al in gebruik, of allebei?',
    why: 'De handleiding geeft alle vier methoden een ✔ voor nieuwe en bestaande apparaten; Microsoft raadt nu voor nieuwe apparaten koppeling aan Microsoft Entra aan, dus het antwoord bepaalt of hybride koppeling nodig is.',
    options: { new: 'Nieuw', existing: 'Al in gebruik', both: 'Allebei' },
  },
  volume: {
    text: 'Hoeveel apparaten schrijft u in?',
    why: 'Volgens de handleiding is bulkinschrijving met een Windows Configuration Designer-pakket alleen voor apparaten in bedrijfseigendom.',
    options: { few: 'Een paar, één voor één', bulk: 'Veel tegelijk (bulkinschrijving)' },
  },
  userAffinity: {
    text: 'Wie gebruiken de apparaten?',
    why: 'De handleiding rekent apparaten zonder gebruiker (kiosk, toegewezen, gedeeld) tot bedrijfseigendom, met een kiosk- of gedeeld profiel na inschrijving.',
    options: { single: 'Eén gebruiker per apparaat', userless: 'Geen vaste gebruiker: kiosk, toegewezen of gedeeld', both: 'Allebei' },
  },
  demAccount: {
    text: 'Gebruikt u een account van de apparaatinschrijvingsmanager (DEM)?',
    why: 'Volgens de handleiding zijn DEM-accounts niet van toepassing op Autopilot, Groepsbeleid of co-beheer; dat bepaalt geen methode, maar wel de beheertaken.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  otherMdm: {
    text: 'Worden de apparaten nu beheerd door een andere MDM-provider?',
    why: 'Volgens de handleiding moet de inschrijving bij de andere MDM-provider eerst ongedaan worden gemaakt.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  conditionalAccess: {
    text: 'Gebruikt u voorwaardelijke toegang op apparaten die via bulkinschrijving zijn ingeschreven?',
    why: 'De handleiding van 2021 koppelde voorwaardelijke toegang op apparaten met bulkinschrijving aan Windows 10 1803; de huidige handleiding doet dat niet meer.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  manage: {
    text: 'Wat moet Intune beheren op persoonlijke apparaten?',
    why: 'Dit bepaalt het MDM-gebruikersbereik van Automatische inschrijving (het MAM-bereik uit de handleiding is nu het uitgefaseerde WIP-bereik): het apparaat inschrijven, of alleen registreren.',
    options: { device: 'Het hele apparaat', account: 'Alleen het werkaccount en de apps daarvan', both: 'Allebei' },
  },
} satisfies QuestionTexts;

const TEXTS: Readonly<Record<Lang, QuestionTexts>> = { en, nl };

const UNKNOWN_LABEL = { en: "Don't know", nl: 'Weet ik niet' } satisfies Record<Lang, string>;

/** The label of the "don't know" answer that every question offers. */
export function unknownLabel(lang: Lang): string {
  return pick(UNKNOWN_LABEL, lang);
}

/** One question in `lang`: its text, the one-line reason from the guide, and a label for every known value in catalogue order. */
export function localizeQuestion(id: QuestionId, lang: Lang): LocalizedQuestion {
  const texts = pick(TEXTS, lang)[id];
  const labels: Readonly<Record<string, string>> = texts.options;
  const values: readonly string[] = QUESTION_VALUES[id];
  return {
    id,
    text: texts.text,
    why: texts.why,
    options: values.map((value) => ({ value, label: labels[value] ?? value })),
  };
}

/** All questions in `lang`, in the engine's catalogue order. */
export function questionCatalogue(lang: Lang): LocalizedQuestion[] {
  return QUESTION_IDS.map((id) => localizeQuestion(id, lang));
}
