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
    text: 'Do you have Azure AD Premium (now Microsoft Entra ID P1 or P2)?',
    why: 'The guide says Autopilot and Group Policy require Azure AD Premium; for automatic enrollment and co-management it may be needed.',
    options: { yes: 'Yes', no: 'No' },
  },
  identity: {
    text: 'How are the devices joined?',
    why: 'The guide offers Group Policy for domain-joined devices, and they must be hybrid Azure AD joined before they enroll.',
    options: {
      cloud: 'Azure AD joined only (cloud-only)',
      hybrid: 'Hybrid Azure AD joined (on-premises AD and Azure AD)',
      onprem: 'Domain-joined to on-premises AD only',
    },
  },
  configMgr: {
    text: 'Do you use Configuration Manager?',
    why: 'The guide says: if you use Configuration Manager and want to keep using it, co-management is for you.',
    options: { keep: 'Yes, and we want to keep using it', none: 'No' },
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
    why: 'The guide marks Autopilot for remote workers who get their device shipped to them directly.',
    options: { yes: 'Yes', no: 'No' },
  },
  deviceAge: {
    text: 'Are the devices new, already in use, or both?',
    why: 'The guide marks all four methods ✔ for new and existing devices, but existing devices on older Windows need an upgrade path first.',
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
    why: 'The guide says DEM accounts do not apply to Autopilot, Group Policy or co-management.',
    options: { yes: 'Yes', no: 'No' },
  },
  otherMdm: {
    text: 'Are the devices managed by another MDM provider today?',
    why: 'The guide says devices must be unenrolled from the other MDM provider before they enroll in Intune.',
    options: { yes: 'Yes', no: 'No' },
  },
  conditionalAccess: {
    text: 'Do you use conditional access on bulk-enrolled devices?',
    why: 'The guide says conditional access for bulk-enrolled devices needs Windows 10 1803 or newer.',
    options: { yes: 'Yes', no: 'No' },
  },
  manage: {
    text: 'On personal devices, what should Intune manage?',
    why: 'This sets the MDM and MAM user scopes of automatic enrollment, as the guide describes them.',
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
    text: 'Hebt u Azure AD Premium (nu Microsoft Entra ID P1 of P2)?',
    why: 'Volgens de handleiding is Azure AD Premium vereist voor Autopilot en Groepsbeleid; voor Automatische inschrijving en co-beheer is het mogelijk nodig.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  identity: {
    text: 'Hoe zijn de apparaten gekoppeld?',
    why: 'De handleiding biedt Groepsbeleid aan voor apparaten in een domein, en die moeten eerst aan hybride Azure AD zijn toegevoegd.',
    options: {
      cloud: 'Alleen toegevoegd aan Azure AD (alleen cloud)',
      hybrid: 'Toegevoegd aan hybride Azure AD (on-premises AD en Azure AD)',
      onprem: 'Alleen in een on-premises AD-domein',
    },
  },
  configMgr: {
    text: 'Gebruikt u Configuration Manager?',
    why: 'De handleiding zegt: als u Configuration Manager gebruikt en wilt blijven gebruiken, is inschrijving via co-beheer geschikt voor u.',
    options: { keep: 'Ja, en dat willen we blijven doen', none: 'Nee' },
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
    text: 'Verstuurt u apparaten rechtstreeks naar externe werknemers?',
    why: 'De handleiding noemt Autopilot voor externe werknemers die hun apparaat rechtstreeks toegestuurd krijgen.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  deviceAge: {
    text: 'Zijn de apparaten nieuw, al in gebruik, of allebei?',
    why: 'De handleiding geeft alle vier methoden een ✔ voor nieuwe en bestaande apparaten, maar bestaande apparaten met een oudere Windows hebben eerst een upgradepad nodig.',
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
    why: 'Volgens de handleiding zijn DEM-accounts niet van toepassing op Autopilot, Groepsbeleid of co-beheer.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  otherMdm: {
    text: 'Worden de apparaten nu beheerd door een andere MDM-provider?',
    why: 'Volgens de handleiding moet de inschrijving bij de andere MDM-provider eerst ongedaan worden gemaakt.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  conditionalAccess: {
    text: 'Gebruikt u voorwaardelijke toegang op apparaten die via bulkinschrijving zijn ingeschreven?',
    why: 'Volgens de handleiding vraagt voorwaardelijke toegang op bulksgewijs ingeschreven apparaten Windows 10 1803 of hoger.',
    options: { yes: 'Ja', no: 'Nee' },
  },
  manage: {
    text: 'Wat moet Intune beheren op persoonlijke apparaten?',
    why: 'Dit bepaalt het MDM-gebruikersbereik en het MAM-gebruikersbereik van Automatische inschrijving, zoals de handleiding ze beschrijft.',
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
