import type { CellNoteId } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/** The guide's remarks under the table marks, in our own words; each reads as the end of a reason sentence. */
const NOTES = {
  en: {
    'premium-may-be-needed': 'depending on the options you configure, Microsoft Entra ID P1 (the guide: Azure AD Premium) may be needed',
    'premium-required-automatic': 'the MDM user scope (automatic enrollment) is a Microsoft Entra ID P1 feature, and this method builds on it',
    'premium-required-autopilot': 'Autopilot uses automatic enrollment, which requires Microsoft Entra ID P1',
    'premium-required-group-policy': 'Group Policy enrollment requires Microsoft Entra ID P1',
    'premium-depends-on-comanagement-path': 'whether Microsoft Entra ID P1 is required depends on how you configure co-management',
    'premium-not-needed-to-register': 'registering personal devices with the work account only needs no Microsoft Entra ID P1',
    'ca-bulk-1803-plus': 'on Windows 10 1803 and newer, conditional access works for bulk-enrolled devices',
    'ca-bulk-available': 'conditional access is available for bulk-enrolled Windows devices (the 1709 limit is gone)',
    'bulk-organization-only': 'bulk enrollment is only for organization-owned devices, not for personal or BYOD devices',
    'autopilot-organization-only': 'Autopilot is only for organization-owned devices; for personal or BYOD devices use automatic enrollment',
    'byod-use-automatic': 'for personal or BYOD devices the guide points to automatic enrollment instead',
    'existing-desktops-upgrade-with-configmgr': 'older desktops, such as Windows 7, can be upgraded this way, with Configuration Manager',
    'upgrade-before-comanagement': 'devices not on Windows 10 or newer, such as Windows 7, must be upgraded first',
    'userless-organization-owned': 'these devices are organization-owned; after enrollment assign a kiosk or shared-device profile',
    'dem-not-for-autopilot': 'DEM accounts do not apply to Autopilot; you do not need one with it',
    'dem-not-for-group-policy': 'DEM accounts do not apply to Group Policy enrollment; you do not need one with it',
    'dem-not-for-comanagement': 'DEM accounts do not apply to co-management; you do not need one with it',
    'unenroll-other-mdm': 'users must first unenroll from the current MDM provider, then enroll in Intune',
    'unenroll-no-classic-agents': 'devices must be unenrolled from the other MDM first and should not be enrolled with the classic Intune agents',
    'hybrid-joined-explained': 'hybrid joined devices are in on-premises AD and registered in Entra ID, which makes them available to Intune',
    'hybrid-join-before-enrollment': 'devices must be Microsoft Entra hybrid joined before they enroll this way',
    'ship-to-remote-workers': 'the OEM or partner can ship devices straight to remote workers, who set them up themselves',
    'configmgr-keep-it': 'if you use Configuration Manager and want to keep using it, co-management is for you',
    'configmgr-transition': 'co-management is the way out of Configuration Manager: move its workloads to Intune one by one',
    'bring-intune-devices-to-comanagement': 'devices already enrolled in Intune (via Autopilot or from the OEM) can be brought into co-management',
    'windows10-1709-out-of-service': 'Windows 10 1709 and older are long out of servicing; upgrade to Windows 11 before you enroll',
  },
  nl: {
    'premium-may-be-needed': 'afhankelijk van de opties die u configureert, is Microsoft Entra ID P1 (in de handleiding: Azure AD Premium) mogelijk nodig',
    'premium-required-automatic': 'het MDM-gebruikersbereik (Automatische inschrijving) is een functie van Microsoft Entra ID P1, en deze methode bouwt daarop voort',
    'premium-required-autopilot': 'Autopilot maakt gebruik van Automatische inschrijving, en daarvoor is Microsoft Entra ID P1 vereist',
    'premium-required-group-policy': 'voor inschrijving via Groepsbeleid is Microsoft Entra ID P1 vereist',
    'premium-depends-on-comanagement-path': 'of Microsoft Entra ID P1 vereist is, hangt af van hoe u co-beheer configureert',
    'premium-not-needed-to-register': 'voor het registreren van persoonlijke apparaten met alleen het werkaccount is geen Microsoft Entra ID P1 vereist',
    'ca-bulk-1803-plus': 'op Windows 10 1803 en hoger werkt voorwaardelijke toegang voor apparaten met bulkinschrijving',
    'ca-bulk-available': 'voorwaardelijke toegang werkt op alle Windows-apparaten met bulkinschrijving (de grens bij 1709 vervalt)',
    'bulk-organization-only': 'bulkinschrijving is alleen voor apparaten in bedrijfseigendom, niet voor persoonlijke of BYOD-apparaten',
    'autopilot-organization-only': 'Autopilot is alleen voor apparaten in bedrijfseigendom; gebruik voor persoonlijke of BYOD-apparaten Automatische inschrijving',
    'byod-use-automatic': 'voor persoonlijke of BYOD-apparaten verwijst de handleiding naar Automatische inschrijving',
    'existing-desktops-upgrade-with-configmgr': 'oudere desktops, zoals Windows 7, kunnen zo met Configuration Manager worden bijgewerkt',
    'upgrade-before-comanagement': 'apparaten zonder Windows 10 of hoger, zoals Windows 7, moeten eerst een upgrade krijgen',
    'userless-organization-owned': 'deze apparaten zijn bedrijfseigendom; wijs na de inschrijving een kiosk- of gedeeld profiel toe',
    'dem-not-for-autopilot': 'DEM-accounts zijn niet van toepassing op Autopilot; u hebt er daarbij geen nodig',
    'dem-not-for-group-policy': 'DEM-accounts zijn niet van toepassing op Groepsbeleid; u hebt er daarbij geen nodig',
    'dem-not-for-comanagement': 'DEM-accounts zijn niet van toepassing op co-beheer; u hebt er daarbij geen nodig',
    'unenroll-other-mdm': 'gebruikers maken eerst de inschrijving bij de huidige MDM-provider ongedaan en schrijven zich daarna in bij Intune',
    'unenroll-no-classic-agents': 'de inschrijving bij de andere MDM-provider moet eerst ongedaan worden gemaakt, en inschrijven met de klassieke Intune-agents is af te raden',
    'hybrid-joined-explained': 'hybride apparaten staan zowel in de on-premises AD als in Entra ID, waardoor Intune ze kan bereiken',
    'hybrid-join-before-enrollment': 'de apparaten moeten hybride Microsoft Entra-gekoppeld zijn voordat ze zo worden ingeschreven',
    'ship-to-remote-workers': 'de OEM of partner kan apparaten rechtstreeks naar medewerkers op afstand sturen, die ze zelf inrichten',
    'configmgr-keep-it': 'als u Configuration Manager gebruikt en wilt blijven gebruiken, is inschrijving via co-beheer geschikt voor u',
    'configmgr-transition': 'co-beheer is de weg uit Configuration Manager: verplaats de workloads een voor een naar Intune',
    'bring-intune-devices-to-comanagement': 'apparaten die al bij Intune zijn ingeschreven (via Autopilot of van de OEM) kunt u overbrengen naar co-beheer',
    'windows10-1709-out-of-service': 'Windows 10 1709 en lager worden al lang niet meer onderhouden; voer eerst een upgrade naar Windows 11 uit',
  },
} satisfies Record<Lang, Record<CellNoteId, string>>;

/** The guide's note under a table mark, as a lower-case clause that can end a sentence. */
export function cellNoteClause(note: CellNoteId, lang: Lang): string {
  return pick(NOTES, lang)[note];
}

/** The guide's note under a table mark as a standalone sentence (capitalized, full stop). */
export function cellNoteText(note: CellNoteId, lang: Lang): string {
  return sentence(cellNoteClause(note, lang));
}

/** Capitalizes the first letter and ends with a full stop, for clauses shown on their own. */
export function sentence(clause: string): string {
  const trimmed = clause.trim();
  if (trimmed.length === 0) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
