import { SINCE_GUIDE_WARNINGS, type WarningCode } from '../engine/types';
import { pick } from './lang';
import type { Lang, LocalizedWarning } from './types';

type SinceGuideCode = (typeof SINCE_GUIDE_WARNINGS)[number];

const SINCE_GUIDE_LABEL = {
  en: 'Since the guide (April 2021):',
  nl: 'Sinds de handleiding (april 2021):',
} satisfies Record<Lang, string>;

/** The guide's warnings, in today's names; since-guide notes follow below with their label. */
const WARNINGS = {
  en: {
    'unenroll-other-mdm':
      'Devices managed by another MDM provider must be unenrolled from it before they enroll in Intune; do not use the classic Intune agents.',
    'bulk-organization-only':
      'Bulk enrollment with a Windows Configuration Designer package is only for organization-owned devices, not for personal or BYOD devices.',
    'upgrade-windows':
      'Windows 7 and 8.1 devices must be upgraded to Windows 11 (or replaced) before they enroll; Autopilot for existing devices can do the upgrade with Configuration Manager.',
    'premium-required':
      'This needs Microsoft Entra ID P1 for every user who enrolls: the MDM user scope, bulk, Group Policy, Autopilot and co-management depend on it. Without P1, users can only enroll devices themselves or register personal ones, without Conditional Access.',
    'userless-organization-owned':
      'User-less devices (kiosk, dedicated, shared) are organization-owned: an admin can sign in and enroll them; then assign a kiosk or shared-device profile.',
    'personal-userless-conflict':
      'Personal devices cannot be user-less: kiosk, dedicated and shared devices are organization-owned. Check which devices you mean before you continue.',
    'hybrid-required':
      'The devices must be Microsoft Entra hybrid joined (in on-premises AD and in Entra ID) before they enroll this way; set that up or confirm it first.',
    'configmgr-enrollment-delay':
      'Configuration Manager may spread enrollment out over time, so devices may not enroll at once.',
    'personal-device-managed':
      'With these settings Intune manages the whole personal device (it is joined to Microsoft Entra ID and IT can wipe all of it); tell employees that IT will manage their own device.',
  },
  nl: {
    'unenroll-other-mdm':
      'Bij apparaten die door een andere MDM-provider worden beheerd, moet die inschrijving eerst ongedaan worden gemaakt; gebruik niet de klassieke Intune-agents.',
    'bulk-organization-only':
      'Bulkinschrijving met een Windows Configuration Designer-pakket is alleen voor apparaten in bedrijfseigendom, niet voor persoonlijke of BYOD-apparaten.',
    'upgrade-windows':
      'Apparaten met Windows 7 en 8.1 moeten eerst naar Windows 11 (of worden vervangen); Autopilot voor bestaande apparaten kan die upgrade doen met Configuration Manager.',
    'premium-required':
      'Dit vereist Microsoft Entra ID P1 voor elke gebruiker die inschrijft: MDM-gebruikersbereik, bulk, Groepsbeleid, Autopilot en co-beheer hangen ervan af. Zonder P1 schrijven gebruikers alleen zelf in of registreren ze persoonlijke apparaten, zonder voorwaardelijke toegang.',
    'userless-organization-owned':
      'Apparaten zonder gebruiker (kiosk, toegewezen, gedeeld) zijn bedrijfseigendom: een beheerder kan zich aanmelden en ze inschrijven; wijs daarna een kiosk- of gedeeld profiel toe.',
    'personal-userless-conflict':
      'Persoonlijke apparaten kunnen niet zonder gebruiker zijn: kiosk-, toegewezen en gedeelde apparaten zijn bedrijfseigendom. Controleer welke apparaten u bedoelt voordat u verdergaat.',
    'hybrid-required':
      'De apparaten moeten hybride Microsoft Entra-gekoppeld zijn (on-premises AD en Entra ID) voordat ze zo worden ingeschreven; regel of controleer dat eerst.',
    'configmgr-enrollment-delay':
      'Configuration Manager kan de inschrijving over een periode spreiden, dus apparaten worden mogelijk niet meteen ingeschreven.',
    'personal-device-managed':
      'Met deze instellingen beheert Intune het hele persoonlijke apparaat (het wordt aan Microsoft Entra gekoppeld en IT kan het volledig wissen); vertel medewerkers dat IT hun eigen apparaat gaat beheren.',
  },
} satisfies Record<Lang, Record<Exclude<WarningCode, SinceGuideCode>, string>>;

/** Microsoft's guidance after April 2021, each checked on Learn (pages named beside the rules in src/engine). */
const SINCE_GUIDE = {
  en: {
    'entra-renamed':
      'Azure AD is now Microsoft Entra ID (Premium: Entra ID P1/P2; hybrid Azure AD join: Microsoft Entra hybrid join). The Endpoint Manager admin center is now the Intune admin center.',
    'windows10-end-of-support':
      'Windows 10 reached end of support on 14 October 2025; Intune still allows it, without guarantees. Upgrade to Windows 11.',
    'windows81-unsupported':
      'Intune ended support for Windows 8.1 on 21 October 2022; the Company Portal route for devices without Windows 10 is gone.',
    'wip-deprecated':
      'The guide’s MAM user scope is now the WIP user scope, and WIP is retired: keep it at None. Protect the work account on personal devices with Windows app protection for Microsoft Edge.',
    'hybrid-not-recommended':
      'Microsoft recommends Microsoft Entra join for new devices, Autopilot included: use this hybrid join route for your existing domain-joined devices and join new ones to Entra ID.',
    'tpm-attestation-required':
      'Self-deploying and pre-provisioned Autopilot need TPM 2.0 with attestation; virtual machines are not supported, even with a virtual TPM. Self-deploying mode is Entra join only.',
    'hybrid-autopilot-prerequisites':
      'Hybrid join with Autopilot needs the Intune Connector for Active Directory 6.2501.2000.5 or newer (Microsoft recommends 6.2504.2001.8), a Domain Join profile and a domain controller in reach during setup.',
    'replace-legacy-hardware':
      'Hardware that shipped with Windows 7 or 8.1 often cannot run Windows 11 (TPM 2.0, supported processor): plan to replace it rather than upgrade it.',
    'personal-block-blocks-join':
      'Blocking personal Windows devices also blocks joining Entra ID during setup or from Settings, and Autopilot for existing devices, unless you upload corporate identifiers or use Autopilot.',
    'windows-home-cannot-join':
      'Windows Home cannot join Microsoft Entra ID, and most private PCs run it: there employees can only register the work account. Joining makes a device organization-owned; IT can wipe it.',
    'dem-not-needed':
      'You do not need your DEM account with this method: Microsoft says a DEM account is not needed with Autopilot, Group Policy or co-management. It changes nothing in this advice.',
  },
  nl: {
    'entra-renamed':
      'Azure AD heet nu Microsoft Entra ID (Premium: Entra ID P1/P2; hybride Azure AD: hybride Microsoft Entra-koppeling). Het Endpoint Manager-beheercentrum heet nu Intune-beheercentrum.',
    'windows10-end-of-support':
      'Windows 10 wordt sinds 14 oktober 2025 niet meer ondersteund; Intune staat het nog toe, zonder garanties. Voer een upgrade naar Windows 11 uit.',
    'windows81-unsupported':
      'Intune ondersteunt Windows 8.1 sinds 21 oktober 2022 niet meer; de route via de Bedrijfsportal-app voor apparaten zonder Windows 10 bestaat niet meer.',
    'wip-deprecated':
      'Het MAM-gebruikersbereik uit de handleiding is nu het WIP-gebruikersbereik, en WIP is uitgefaseerd: laat het op Geen. Bescherm het werkaccount op persoonlijke apparaten met app-beveiliging voor Microsoft Edge.',
    'hybrid-not-recommended':
      'Microsoft raadt voor nieuwe apparaten koppeling aan Microsoft Entra aan, ook met Autopilot: gebruik deze hybride route voor bestaande apparaten in het domein en koppel nieuwe aan Entra ID.',
    'tpm-attestation-required':
      'Zelf-implementerende en vooraf ingerichte Autopilot vereisen TPM 2.0 met attestation; virtuele machines worden niet ondersteund. De zelf-implementerende modus kent alleen koppeling aan Entra.',
    'hybrid-autopilot-prerequisites':
      'Hybride koppeling met Autopilot vereist de Intune Connector voor Active Directory 6.2501.2000.5 of hoger (Microsoft raadt 6.2504.2001.8 aan), een profiel voor domeindeelname en een bereikbare domeincontroller.',
    'replace-legacy-hardware':
      'Hardware die met Windows 7 of 8.1 is geleverd, kan vaak geen Windows 11 draaien (TPM 2.0, ondersteunde processor): plan vervanging in plaats van een upgrade.',
    'personal-block-blocks-join':
      'Blokkeert u Windows-apparaten in persoonlijk eigendom, dan ook koppelen aan Entra bij de installatie of via Instellingen. Dat geldt ook voor Autopilot voor bestaande apparaten, tenzij u bedrijfs-id’s uploadt of Autopilot gebruikt.',
    'windows-home-cannot-join':
      'Windows Home kan niet aan Microsoft Entra worden gekoppeld, en de meeste privé-pc’s draaien Home: daar kunnen medewerkers alleen het werkaccount registreren. Koppelen maakt het apparaat bedrijfseigendom.',
    'dem-not-needed':
      'Bij deze methode hebt u uw DEM-account niet nodig: volgens Microsoft is het niet nodig bij Autopilot, Groepsbeleid of co-beheer. Het verandert niets aan dit advies.',
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
