import type { AutopilotJoin, AutopilotMode, CoManagementPath, PolicyId, RegisterPersonalBy, ScopeSetting, Scopes } from '../engine/types';
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
    'legacy-windows-autopilot-existing':
      'Our own policy, not the guide’s: for Windows 7 or 8.1 with Configuration Manager kept, we recommend Autopilot for existing devices, then co-management after the upgrade.',
    'configmgr-comanagement':
      'The guide itself decides here: if you use Configuration Manager and want to keep using it, co-management is for you.',
    'configmgr-transition':
      'Our own policy: you are leaving Configuration Manager, so your existing domain-joined clients are co-managed while their workloads move to Intune; new devices go straight to Intune.',
    'autopilot-partner-or-remote':
      'Our own policy: the guide ties Autopilot to buying from an OEM or CSP partner and shipping to remote workers, but does not rank it above the others.',
    'domain-joined-group-policy':
      'Our own policy: the guide offers Group Policy for domain-joined devices, but does not rank it above the others.',
    'default-automatic':
      'Our own policy, not the guide’s: when nothing points to another method, we recommend automatic enrollment.',
    contradiction:
      'No recommendation: your answers contradict each other, so we ask you to check them instead of assuming.',
  },
  nl: {
    'personal-automatic':
      'Ons eigen beleid, niet dat van de handleiding: voor persoonlijke apparaten adviseren wij Automatische inschrijving, de methode waarnaar de handleiding voor BYOD verwijst.',
    'legacy-windows-autopilot-existing':
      'Ons eigen beleid, niet dat van de handleiding: voor Windows 7 of 8.1 met Configuration Manager adviseren wij Autopilot voor bestaande apparaten, na de upgrade co-beheer.',
    'configmgr-comanagement':
      'Hier beslist de handleiding zelf: als u Configuration Manager gebruikt en wilt blijven gebruiken, is inschrijving via co-beheer geschikt voor u.',
    'configmgr-transition':
      'Ons eigen beleid: u stapt af van Configuration Manager, dus uw bestaande clients in het domein krijgen co-beheer terwijl hun workloads naar Intune gaan; nieuwe apparaten gaan meteen naar Intune.',
    'autopilot-partner-or-remote':
      'Ons eigen beleid: de handleiding koppelt Autopilot aan aankoop bij een OEM of CSP-partner en aan verzending naar medewerkers op afstand, maar rangschikt de methoden niet.',
    'domain-joined-group-policy':
      'Ons eigen beleid: de handleiding biedt Groepsbeleid aan voor apparaten in een domein, maar rangschikt de methoden niet.',
    'default-automatic':
      'Ons eigen beleid, niet dat van de handleiding: als niets naar een andere methode wijst, adviseren wij Automatische inschrijving.',
    contradiction:
      'Geen advies: uw antwoorden spreken elkaar tegen. Controleer ze; wij nemen niets aan.',
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

/** What each pair of MDM / WIP (formerly MAM) user-scope settings means today; the engine only returns WIP None. */
const SCOPE_TEXTS = {
  en: {
    'some-or-all/none':
      'Intune manages the whole device: it is joined to Microsoft Entra ID and managed whoever signs in, personal or not. The WIP user scope (formerly MAM user scope) stays None: WIP is retired.',
    'none/some-or-all':
      'A WIP user scope of Some or All is no longer advised: WIP without enrollment is retired. Set it to None and protect the work account with Windows app protection for Microsoft Edge.',
    'some-or-all/some-or-all':
      'Intune manages the device (joined to Microsoft Entra ID). A WIP user scope of Some or All is no longer advised: set it to None, WIP is retired.',
    'none/none':
      'The devices are only registered in Microsoft Entra ID, not enrolled: Intune protects the work account with Windows app protection for Microsoft Edge, not the device. The WIP user scope (formerly MAM user scope) stays None.',
  },
  nl: {
    'some-or-all/none':
      'Intune beheert het hele apparaat: het wordt aan Microsoft Entra gekoppeld en beheerd, wie er ook is aangemeld, persoonlijk of niet. Het WIP-gebruikersbereik (voorheen MAM-gebruikersbereik) blijft Geen: WIP is uitgefaseerd.',
    'none/some-or-all':
      'Een WIP-gebruikersbereik van Sommige of Alle wordt niet meer aangeraden: WIP zonder inschrijving is uitgefaseerd. Zet het op Geen en bescherm het werkaccount met Windows-app-beveiliging voor Microsoft Edge.',
    'some-or-all/some-or-all':
      'Intune beheert het apparaat (aan Microsoft Entra gekoppeld). Een WIP-gebruikersbereik van Sommige of Alle wordt niet meer aangeraden: zet het op Geen, WIP is uitgefaseerd.',
    'none/none':
      'De apparaten worden alleen in Microsoft Entra ID geregistreerd, niet ingeschreven: Intune beschermt het werkaccount met Windows-app-beveiliging voor Microsoft Edge, niet het apparaat. Het WIP-gebruikersbereik (voorheen MAM-gebruikersbereik) blijft Geen.',
  },
} satisfies Record<Lang, Record<ScopeKey, string>>;

/** What a pair of MDM/MAM user-scope settings means, following the guide's table. */
export function scopesText(scopes: Scopes, lang: Lang): string {
  const key: ScopeKey = `${scopes.mdm}/${scopes.mam}`;
  return pick(SCOPE_TEXTS, lang)[key];
}

const JOINS = {
  en: {
    entra: 'Microsoft Entra join: Microsoft recommends it for new devices, and self-deploying mode supports nothing else.',
    hybrid:
      'Microsoft Entra hybrid join, for your existing domain-joined devices only: it needs the Intune Connector for Active Directory and line of sight to a domain controller during setup.',
  },
  nl: {
    entra: 'Koppeling aan Microsoft Entra: Microsoft raadt dit aan voor nieuwe apparaten, en de zelf-implementerende modus ondersteunt niets anders.',
    hybrid:
      'Hybride koppeling aan Microsoft Entra, alleen voor uw bestaande apparaten in het domein: dit vereist de Intune Connector voor Active Directory en verbinding met een domeincontroller tijdens de installatie.',
  },
} satisfies Record<Lang, Record<AutopilotJoin, string>>;

/** How the Autopilot device joins, and why, in one sentence. */
export function autopilotJoinText(join: AutopilotJoin, lang: Lang): string {
  return pick(JOINS, lang)[join];
}

const PATHS = {
  en: {
    'existing-clients':
      'Path a: your existing Configuration Manager clients (Microsoft Entra hybrid joined) enroll in Intune automatically through the MDM user scope.',
    'new-devices':
      'Path b: devices are Microsoft Entra joined first (Autopilot or the out-of-box experience), then Intune installs the Configuration Manager client through a cloud management gateway.',
  },
  nl: {
    'existing-clients':
      'Pad a: uw bestaande Configuration Manager-clients (hybride Microsoft Entra-gekoppeld) worden via het MDM-gebruikersbereik automatisch bij Intune ingeschreven.',
    'new-devices':
      'Pad b: apparaten worden eerst aan Microsoft Entra gekoppeld (Autopilot of de eerste installatie), daarna installeert Intune de Configuration Manager-client via een cloudbeheergateway.',
  },
} satisfies Record<Lang, Record<CoManagementPath, string>>;

/** The co-management path the answers decided, in one sentence. */
export function coManagementPathText(path: CoManagementPath, lang: Lang): string {
  return pick(PATHS, lang)[path];
}

const REGISTER = {
  en: {
    'outside-mdm-scope':
      'Personal devices are registered, not enrolled: keep their users out of the MDM user scope, and protect the work account with Windows app protection for Microsoft Edge.',
    'block-personal-enrollment':
      'Personal devices are registered, not enrolled: their users are in the MDM user scope for their work devices, so an enrollment restriction blocks personally owned Windows devices.',
  },
  nl: {
    'outside-mdm-scope':
      'Persoonlijke apparaten worden geregistreerd, niet ingeschreven: houd hun gebruikers buiten het MDM-gebruikersbereik en bescherm het werkaccount met Windows-app-beveiliging voor Microsoft Edge.',
    'block-personal-enrollment':
      'Persoonlijke apparaten worden geregistreerd, niet ingeschreven: hun gebruikers vallen voor hun werkapparaten in het MDM-gebruikersbereik, dus een inschrijvingsbeperking blokkeert Windows-apparaten in persoonlijk eigendom.',
  },
} satisfies Record<Lang, Record<RegisterPersonalBy, string>>;

/** How personal devices stay registered (work account only), in one sentence. */
export function registerPersonalText(by: RegisterPersonalBy, lang: Lang): string {
  return pick(REGISTER, lang)[by];
}
