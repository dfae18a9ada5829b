import { SINCE_GUIDE_WARNINGS, type WarningCode } from '../engine/types';
import { pick } from './lang';
import type { Lang, LocalizedWarning } from './types';

type SinceGuideCode = (typeof SINCE_GUIDE_WARNINGS)[number];

const SINCE_GUIDE_LABEL = {
  en: 'Since the guide (April 2021):',
  nl: 'Sinds de handleiding (april 2021):',
} satisfies Record<Lang, string>;

/** Newer Microsoft guidance; shown after the since-guide label so nobody takes it for the guide's words. */
const WARNINGS = {
  en: {
    'unenroll-other-mdm':
      'Devices managed by another MDM provider must be unenrolled from it before they enroll in Intune; do not use the classic Intune agents.',
    'bulk-organization-only':
      'Bulk enrollment with a Windows Configuration Designer package is only for organization-owned devices, not for personal or BYOD devices.',
    'no-ca-bulk-1709':
      'Conditional access is not available for devices bulk-enrolled on Windows 10 1709 or older; upgrade them to 1803 or newer.',
    'upgrade-windows':
      'Windows 7 and 8.1 devices must be upgraded to Windows 10 or newer before they enroll; Autopilot for existing devices can do this with Configuration Manager.',
    'premium-required':
      'Windows Autopilot and Group Policy enrollment require Azure AD Premium; check your licences before you choose either.',
    'userless-organization-owned':
      'User-less devices (kiosk, dedicated, shared) are organization-owned: an admin can sign in and enroll them; then assign a kiosk or shared-device profile.',
    'personal-userless-conflict':
      'Personal devices cannot be user-less: kiosk, dedicated and shared devices are organization-owned. Check which devices you mean; we will not guess.',
    'hybrid-required':
      'The devices must be hybrid Azure AD joined (in on-premises AD and in Azure AD) before they enroll this way; set that up or confirm it first.',
    'configmgr-enrollment-delay':
      'Configuration Manager may spread enrollment out over time, so devices may not enroll at once.',
    'personal-device-managed':
      'With these settings Intune manages the whole personal device (it is joined to Azure AD); tell employees that IT will manage their own device.',
  },
  nl: {
    'unenroll-other-mdm':
      'Bij apparaten die door een andere MDM-provider worden beheerd, moet die inschrijving eerst ongedaan worden gemaakt; gebruik niet de klassieke Intune-agents.',
    'bulk-organization-only':
      'Bulkinschrijving met een Windows Configuration Designer-pakket is alleen voor apparaten in bedrijfseigendom, niet voor persoonlijke of BYOD-apparaten.',
    'no-ca-bulk-1709':
      'Voorwaardelijke toegang is niet beschikbaar voor apparaten met bulkinschrijving op Windows 10 1709 of lager; voer een upgrade uit naar 1803 of hoger.',
    'upgrade-windows':
      'Apparaten met Windows 7 en 8.1 moeten eerst naar Windows 10 of hoger; Autopilot voor bestaande apparaten kan die upgrade doen met Configuration Manager.',
    'premium-required':
      'Windows Autopilot en inschrijving via Groepsbeleid vereisen Azure AD Premium; controleer uw licenties voordat u een van beide kiest.',
    'userless-organization-owned':
      'Apparaten zonder gebruiker (kiosk, toegewezen, gedeeld) zijn bedrijfseigendom: een beheerder kan zich aanmelden en ze inschrijven; wijs daarna een kiosk- of gedeeld profiel toe.',
    'personal-userless-conflict':
      'Persoonlijke apparaten kunnen niet zonder gebruiker zijn: kiosk-, toegewezen en gedeelde apparaten zijn bedrijfseigendom. Controleer welke apparaten u bedoelt; wij gokken niet.',
    'hybrid-required':
      'De apparaten moeten aan hybride Azure AD zijn toegevoegd (on-premises AD en Azure AD) voordat ze zo worden ingeschreven; regel of controleer dat eerst.',
    'configmgr-enrollment-delay':
      'Configuration Manager kan de inschrijving over een periode spreiden, dus apparaten worden mogelijk niet meteen ingeschreven.',
    'personal-device-managed':
      'Met deze instellingen beheert Intune het hele persoonlijke apparaat (het wordt aan Azure AD toegevoegd); vertel medewerkers dat IT hun eigen apparaat gaat beheren.',
  },
} satisfies Record<Lang, Record<Exclude<WarningCode, SinceGuideCode>, string>>;

const SINCE_GUIDE = {
  en: {
    'entra-renamed':
      'Azure AD is now Microsoft Entra ID (Premium is Entra ID P1/P2, hybrid Azure AD join is Microsoft Entra hybrid join); the Endpoint Manager admin center is now the Intune admin center.',
    'windows10-end-of-support':
      'Windows 10 reached end of support on 14 October 2025; Intune still allows it, without guarantees. Plan the move to Windows 11.',
    'windows81-unsupported':
      'Intune ended support for Windows 8.1 on 22 October 2022; the Company Portal route for devices without Windows 10 is gone.',
    'wip-deprecated':
      'Windows Information Protection was deprecated in 2022; the MAM user scope is now the WIP user scope, and Microsoft says to set it to None.',
    'hybrid-not-recommended':
      'Microsoft now recommends joining new devices to Entra ID only (cloud-native), Autopilot included, rather than hybrid joining them.',
  },
  nl: {
    'entra-renamed':
      'Azure AD heet nu Microsoft Entra ID (Premium is Entra ID P1/P2, toevoegen aan hybride Azure AD heet Microsoft Entra hybrid join); het Endpoint Manager-beheercentrum heet nu Intune-beheercentrum.',
    'windows10-end-of-support':
      'Windows 10 is sinds 14 oktober 2025 niet meer ondersteund; Intune staat het nog toe, zonder garanties. Plan de overstap naar Windows 11.',
    'windows81-unsupported':
      'Intune ondersteunt Windows 8.1 sinds 22 oktober 2022 niet meer; de route via de Bedrijfsportal-app voor apparaten zonder Windows 10 bestaat niet meer.',
    'wip-deprecated':
      'Windows Information Protection is in 2022 uitgefaseerd; het MAM-gebruikersbereik heet nu WIP-gebruikersbereik en Microsoft adviseert het op Geen te zetten.',
    'hybrid-not-recommended':
      'Microsoft raadt nu aan nieuwe apparaten alleen aan Entra ID toe te voegen (cloud-native), ook met Autopilot, in plaats van hybride.',
  },
} satisfies Record<Lang, Record<SinceGuideCode, string>>;

/** True for warnings that restate Microsoft's documentation after the guide (April 2021). */
export function isSinceGuide(code: WarningCode): code is SinceGuideCode {
  return (SINCE_GUIDE_WARNINGS as readonly WarningCode[]).includes(code);
}

/** The warning as one sentence; since-guide notes start with the "Since the guide (April 2021):" label. */
export function warningText(code: WarningCode, lang: Lang): string {
  if (isSinceGuide(code)) return `${pick(SINCE_GUIDE_LABEL, lang)} ${pick(SINCE_GUIDE, lang)[code]}`;
  return pick(WARNINGS, lang)[code];
}

/** The warning with its code, text and since-guide flag, as the API and cards show it. */
export function localizeWarning(code: WarningCode, lang: Lang): LocalizedWarning {
  return { code, text: warningText(code, lang), sinceGuide: isSinceGuide(code) };
}
