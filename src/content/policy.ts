import type { AutopilotMode, PolicyId, ScopeSetting, Scopes } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/**
 * The guide never ranks methods; only for co-management with Configuration Manager kept does it say
 * "is for you". Every other sentence therefore says plainly that the choice is this product's own.
 */
const POLICIES = {
  en: {
    'personal-automatic':
      'Our own policy, not the guide’s: for personal devices we recommend automatic enrollment, the method the guide points BYOD devices to.',
    'dem-automatic':
      'Our own policy, not the guide’s: with a DEM account we recommend automatic enrollment, the only method DEM accounts apply to.',
    'legacy-windows-autopilot-existing':
      'Our own policy, not the guide’s: for Windows 7 or 8.1 with Configuration Manager kept, we recommend Autopilot for existing devices, then co-management after the upgrade.',
    'configmgr-comanagement':
      'The guide itself decides here: if you use Configuration Manager and want to keep using it, co-management is for you.',
    'autopilot-partner-or-remote':
      'Our own policy: the guide ties Autopilot to buying from an OEM or CSP partner and shipping to remote workers, but does not rank it above the others.',
    'domain-joined-group-policy':
      'Our own policy: the guide offers Group Policy for domain-joined devices, but does not rank it above the others.',
    'default-automatic':
      'Our own policy, not the guide’s: when nothing points to another method, we recommend automatic enrollment.',
    contradiction:
      'No recommendation: your answers contradict each other, and we would rather ask than guess.',
  },
  nl: {
    'personal-automatic':
      'Ons eigen beleid, niet dat van de handleiding: voor persoonlijke apparaten adviseren wij Automatische inschrijving, de methode waarnaar de handleiding voor BYOD verwijst.',
    'dem-automatic':
      'Ons eigen beleid, niet dat van de handleiding: met een DEM-account adviseren wij Automatische inschrijving, de enige methode waarvoor DEM-accounts gelden.',
    'legacy-windows-autopilot-existing':
      'Ons eigen beleid, niet dat van de handleiding: voor Windows 7 of 8.1 met Configuration Manager adviseren wij Autopilot voor bestaande apparaten, na de upgrade co-beheer.',
    'configmgr-comanagement':
      'Hier beslist de handleiding zelf: als u Configuration Manager gebruikt en wilt blijven gebruiken, is inschrijving via co-beheer geschikt voor u.',
    'autopilot-partner-or-remote':
      'Ons eigen beleid: de handleiding koppelt Autopilot aan aankoop bij een OEM of CSP-partner en aan verzending naar externe werknemers, maar rangschikt de methoden niet.',
    'domain-joined-group-policy':
      'Ons eigen beleid: de handleiding biedt Groepsbeleid aan voor apparaten in een domein, maar rangschikt de methoden niet.',
    'default-automatic':
      'Ons eigen beleid, niet dat van de handleiding: als niets naar een andere methode wijst, adviseren wij Automatische inschrijving.',
    contradiction:
      'Geen advies: uw antwoorden spreken elkaar tegen, en wij vragen liever dan dat wij gokken.',
  },
} satisfies Record<Lang, Record<PolicyId, string>>;

/** Which rule chose the recommendation, labelled as the product's own policy unless the guide itself decides. */
export function policyText(id: PolicyId, lang: Lang): string {
  return pick(POLICIES, lang)[id];
}

const MODES = {
  en: {
    'self-deploying': {
      name: 'Self-deploying mode',
      text: 'No user is tied to the device and nobody needs to sign in: turn it on and enrollment starts. We pick it because the devices are user-less.',
    },
    'pre-provisioned': {
      name: 'Pre-provisioned deployment',
      text: 'IT or a partner prepares the device in advance, so the user only signs in and enrollment finishes faster. We pick it for many devices at once.',
    },
    'existing-devices': {
      name: 'Autopilot for existing devices',
      text: 'A Configuration Manager task sequence formats the drive, installs Windows and then runs Autopilot. We pick it for Windows 7 or 8.1 devices.',
    },
    'user-driven': {
      name: 'User-driven mode',
      text: 'The user turns the device on and signs in with the organization account; enrollment starts by itself. Our default, and it suits devices shipped straight to users.',
    },
  },
  nl: {
    'self-deploying': {
      name: 'Zelf-implementerende modus',
      text: 'Er is geen gebruiker aan het apparaat gekoppeld en niemand hoeft zich aan te melden: inschakelen en de inschrijving start. Wij kiezen deze omdat de apparaten geen gebruiker hebben.',
    },
    'pre-provisioned': {
      name: 'Vooraf ingerichte implementatie',
      text: 'IT of een partner richt het apparaat vooraf in; de gebruiker meldt zich alleen aan en de inschrijving gaat sneller. Wij kiezen deze voor veel apparaten tegelijk.',
    },
    'existing-devices': {
      name: 'Autopilot voor bestaande apparaten',
      text: 'Een takenreeks van Configuration Manager formatteert de schijf, installeert Windows en start daarna Autopilot. Wij kiezen deze voor apparaten met Windows 7 of 8.1.',
    },
    'user-driven': {
      name: 'Door de gebruiker gestuurde modus',
      text: 'De gebruiker zet het apparaat aan en meldt zich aan met het organisatieaccount; de inschrijving start vanzelf. Onze standaard, en geschikt voor apparaten die rechtstreeks naar gebruikers gaan.',
    },
  },
} satisfies Record<Lang, Record<AutopilotMode, { name: string; text: string }>>;

/** The Autopilot deployment mode's name as the guide and admin center call it. */
export function autopilotModeName(mode: AutopilotMode, lang: Lang): string {
  return pick(MODES, lang)[mode].name;
}

/** What the mode means for the user and why the product picks it (our policy). */
export function autopilotModeText(mode: AutopilotMode, lang: Lang): string {
  return pick(MODES, lang)[mode].text;
}

const SCOPE_LABELS = {
  en: { none: 'None', 'some-or-all': 'Some or All' },
  nl: { none: 'Geen', 'some-or-all': 'Sommige of Alle' },
} satisfies Record<Lang, Record<ScopeSetting, string>>;

/** The admin center's wording for a user-scope setting: "Some or All" / "None" ("Sommige of Alle" / "Geen"). */
export function scopeLabel(setting: ScopeSetting, lang: Lang): string {
  return pick(SCOPE_LABELS, lang)[setting];
}

type ScopeKey = `${ScopeSetting}/${ScopeSetting}`;

/** The guide's MDM/MAM table read row by row: what each combination manages. Keys are mdm/mam. */
const SCOPE_TEXTS = {
  en: {
    'some-or-all/none':
      'Intune manages the whole device: it is joined to Azure AD and managed whoever signs in, personal or not.',
    'none/some-or-all':
      'Intune manages only the organization account on the device: the device is registered in Azure AD, not joined and not managed. Meant for BYOD.',
    'some-or-all/some-or-all': 'Intune manages both the device (joined to Azure AD) and the organization account on it.',
    'none/none': 'Intune manages neither the device nor the organization account: the device is not joined and not managed.',
  },
  nl: {
    'some-or-all/none':
      'Intune beheert het hele apparaat: het wordt aan Azure AD toegevoegd en beheerd, wie er ook is aangemeld, persoonlijk of niet.',
    'none/some-or-all':
      'Intune beheert alleen het organisatieaccount op het apparaat: het apparaat wordt in Azure AD geregistreerd, niet toegevoegd en niet beheerd. Bedoeld voor BYOD.',
    'some-or-all/some-or-all': 'Intune beheert zowel het apparaat (toegevoegd aan Azure AD) als het organisatieaccount daarop.',
    'none/none': 'Intune beheert het apparaat noch het organisatieaccount: het apparaat wordt niet toegevoegd en niet beheerd.',
  },
} satisfies Record<Lang, Record<ScopeKey, string>>;

/** What a pair of MDM/MAM user-scope settings means, following the guide's table. */
export function scopesText(scopes: Scopes, lang: Lang): string {
  const key: ScopeKey = `${scopes.mdm}/${scopes.mam}`;
  return pick(SCOPE_TEXTS, lang)[key];
}
