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
      'This advice needs Microsoft Entra ID P1 for every user who enrolls a device: automatic enrollment (the MDM user scope), bulk enrollment, Group Policy, Autopilot and co-management all depend on it. Without P1, users can still enroll a device themselves, and personal devices can be registered with app protection for Microsoft Edge, but without Conditional Access.',
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
      'Voor dit advies is Microsoft Entra ID P1 vereist voor elke gebruiker die een apparaat inschrijft: Automatische inschrijving (het MDM-gebruikersbereik), bulkinschrijving, Groepsbeleid, Autopilot en co-beheer hangen ervan af. Zonder P1 kunnen gebruikers een apparaat nog zelf inschrijven, en kunnen persoonlijke apparaten worden geregistreerd met app-beveiliging voor Microsoft Edge, maar zonder voorwaardelijke toegang.',
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
      'Azure AD is now Microsoft Entra ID (Azure AD Premium is Entra ID P1/P2; hybrid Azure AD join is Microsoft Entra hybrid join); the Endpoint Manager admin center is now the Intune admin center, and automatic enrollment is at Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment.',
    'windows10-end-of-support':
      'Windows 10 reached end of support on 14 October 2025; Intune still allows it, without guarantees. Upgrade to Windows 11.',
    'windows81-unsupported':
      'Intune ended support for Windows 8.1 on 21 October 2022; the Company Portal route for devices without Windows 10 is gone.',
    'wip-deprecated':
      'The guide’s MAM user scope is now the WIP user scope, and Windows Information Protection is retired: keep the WIP user scope at None. The work account on personal devices is protected with Windows app protection for Microsoft Edge instead.',
    'hybrid-not-recommended':
      'Microsoft recommends Microsoft Entra join for new devices, Autopilot included: use this hybrid join route for your existing domain-joined devices and join new ones to Entra ID.',
    'tpm-attestation-required':
      'Self-deploying and pre-provisioned Autopilot need TPM 2.0 with attestation; virtual machines are not supported, even with a virtual TPM. Self-deploying mode is Microsoft Entra join only.',
    'hybrid-autopilot-prerequisites':
      'Hybrid join with Autopilot needs the Intune Connector for Active Directory version 6.2501.2000.5 or newer (older ones no longer process enrollments; uninstall the old one by hand; Microsoft recommends 6.2504.2001.8 or newer), its managed service account allowed to create computer objects in the OU, a Domain Join profile, an OU computer-account limit that fits, and line of sight to a domain controller during setup (or a VPN with "Skip AD connectivity check"). An Enrollment Status Page is recommended.',
    'replace-legacy-hardware':
      'Hardware that shipped with Windows 7 or 8.1 often cannot run Windows 11 (TPM 2.0, supported processor): plan to replace it rather than upgrade it.',
    'personal-block-blocks-join':
      'Blocking personally owned Windows devices also blocks joining Microsoft Entra ID during setup and from Settings, and Autopilot for existing devices, unless you upload corporate identifiers or the devices use Autopilot. Set that up for your work devices first.',
    'windows-home-cannot-join':
      'Windows Home cannot join Microsoft Entra ID, and most private PCs run it: on those, employees can only register the work account. Joining makes the device organization-owned and lets IT wipe all of it.',
    'dem-not-needed':
      'You do not need your DEM account with this method: Microsoft says a DEM account is not needed with Autopilot, Group Policy or co-management. It changes nothing in this advice.',
  },
  nl: {
    'entra-renamed':
      'Azure AD heet nu Microsoft Entra ID (Azure AD Premium is Entra ID P1/P2; toevoegen aan hybride Azure AD is nu hybride koppeling aan Microsoft Entra); het Endpoint Manager-beheercentrum heet nu Intune-beheercentrum, en Automatische inschrijving staat onder Apparaten > Onboarding van apparaten > Inschrijving > Windows > Automatische inschrijving.',
    'windows10-end-of-support':
      'Windows 10 wordt sinds 14 oktober 2025 niet meer ondersteund; Intune staat het nog toe, zonder garanties. Voer een upgrade naar Windows 11 uit.',
    'windows81-unsupported':
      'Intune ondersteunt Windows 8.1 sinds 21 oktober 2022 niet meer; de route via de Bedrijfsportal-app voor apparaten zonder Windows 10 bestaat niet meer.',
    'wip-deprecated':
      'Het MAM-gebruikersbereik uit de handleiding is nu het WIP-gebruikersbereik, en Windows Information Protection is uitgefaseerd: laat het WIP-gebruikersbereik op Geen staan. Het werkaccount op persoonlijke apparaten beschermt u in plaats daarvan met Windows-app-beveiliging voor Microsoft Edge.',
    'hybrid-not-recommended':
      'Microsoft raadt voor nieuwe apparaten koppeling aan Microsoft Entra aan, ook met Autopilot: gebruik deze hybride route voor uw bestaande apparaten in het domein en koppel nieuwe apparaten aan Entra ID.',
    'tpm-attestation-required':
      'Zelf-implementerende en vooraf ingerichte Autopilot vereisen TPM 2.0 met attestation; virtuele machines worden niet ondersteund, ook niet met een virtuele TPM. De zelf-implementerende modus ondersteunt alleen koppeling aan Microsoft Entra.',
    'hybrid-autopilot-prerequisites':
      'Hybride koppeling met Autopilot vereist de Intune Connector voor Active Directory versie 6.2501.2000.5 of hoger (oudere versies verwerken geen inschrijvingen meer; verwijder de oude handmatig; Microsoft raadt 6.2504.2001.8 of hoger aan), een beheerd serviceaccount met het recht computerobjecten te maken in de organisatie-eenheid, een profiel voor domeindeelname, een passende limiet voor computeraccounts in de organisatie-eenheid, en verbinding met een domeincontroller tijdens de installatie (of een VPN met "AD-connectiviteitscontrole overslaan"). Een inschrijvingsstatuspagina wordt aangeraden.',
    'replace-legacy-hardware':
      'Hardware die met Windows 7 of 8.1 is geleverd, kan vaak geen Windows 11 draaien (TPM 2.0, ondersteunde processor): plan vervanging in plaats van een upgrade.',
    'personal-block-blocks-join':
      'Het blokkeren van Windows-apparaten in persoonlijk eigendom blokkeert ook koppeling aan Microsoft Entra tijdens de installatie en via Instellingen, en Autopilot voor bestaande apparaten, tenzij u bedrijfs-id’s uploadt of de apparaten Autopilot gebruiken. Regel dat eerst voor uw werkapparaten.',
    'windows-home-cannot-join':
      'Windows Home kan niet aan Microsoft Entra ID worden gekoppeld, en de meeste privé-pc’s draaien Home: daarop kunnen medewerkers alleen het werkaccount registreren. Koppelen maakt het apparaat bedrijfseigendom en laat IT het volledig wissen.',
    'dem-not-needed':
      'Bij deze methode hebt u uw DEM-account niet nodig: volgens Microsoft is een DEM-account niet nodig bij Autopilot, Groepsbeleid of co-beheer. Het verandert niets aan dit advies.',
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
