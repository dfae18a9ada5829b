import type { CellNoteId } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/** The guide's remarks under the table marks, in our own words; each reads as the end of a reason sentence. */
const NOTES = {
  en: {
    'premium-may-be-needed': 'depending on the options you configure, Azure AD Premium may be needed',
    'premium-required-autopilot': 'Autopilot uses automatic enrollment, which requires Azure AD Premium',
    'premium-required-group-policy': 'Group Policy enrollment requires Azure AD Premium',
    'premium-depends-on-comanagement-path': 'whether Azure AD Premium is required depends on how you configure co-management',
    'ca-bulk-1803-plus': 'on Windows 10 1803 and newer, conditional access works for bulk-enrolled devices',
    'no-ca-bulk-1709': 'on Windows 10 1709 and older, conditional access is not available for bulk-enrolled devices',
    'bulk-organization-only': 'bulk enrollment is only for organization-owned devices, not for personal or BYOD devices',
    'autopilot-organization-only': 'Autopilot is only for organization-owned devices; for personal or BYOD devices use automatic enrollment',
    'byod-use-automatic': 'for personal or BYOD devices the guide points to automatic enrollment instead',
    'existing-desktops-upgrade-with-configmgr': 'older desktops, such as Windows 7, can be upgraded to Windows 10 this way, with Configuration Manager',
    'upgrade-before-comanagement': 'devices not on Windows 10 or newer, such as Windows 7, must be upgraded first',
    'userless-organization-owned': 'these devices are organization-owned; after enrollment assign a kiosk or shared-device profile',
    'dem-not-for-autopilot': 'DEM accounts do not apply to Autopilot',
    'dem-not-for-group-policy': 'DEM accounts do not apply to Group Policy enrollment',
    'dem-not-for-comanagement': 'DEM accounts do not apply to co-management',
    'unenroll-other-mdm': 'users must first unenroll from the current MDM provider, then enroll in Intune',
    'unenroll-no-classic-agents': 'devices must be unenrolled from the other MDM first and should not be enrolled with the classic Intune agents',
    'hybrid-joined-explained': 'hybrid joined devices are in on-premises AD and registered in Azure AD, which makes them available to Intune',
    'hybrid-join-before-enrollment': 'devices must be hybrid Azure AD joined before they enroll this way',
    'ship-to-remote-workers': 'you can ship devices straight to remote workers, who set them up themselves',
    'configmgr-keep-it': 'if you use Configuration Manager and want to keep using it, co-management is for you',
    'bring-intune-devices-to-comanagement': 'devices already enrolled in Intune (via Autopilot or from the OEM) can be brought into co-management',
  },
  nl: {
    'premium-may-be-needed': 'afhankelijk van de opties die u configureert, hebt u mogelijk Azure AD Premium nodig',
    'premium-required-autopilot': 'Autopilot maakt gebruik van automatische inschrijving, en daarvoor is Azure AD Premium vereist',
    'premium-required-group-policy': 'voor inschrijving via Groepsbeleid is Azure AD Premium vereist',
    'premium-depends-on-comanagement-path': 'of Azure AD Premium vereist is, hangt af van hoe u co-beheer configureert',
    'ca-bulk-1803-plus': 'op Windows 10 1803 en hoger werkt voorwaardelijke toegang voor apparaten met bulkinschrijving',
    'no-ca-bulk-1709': 'op Windows 10 1709 en lager is voorwaardelijke toegang niet beschikbaar voor apparaten met bulkinschrijving',
    'bulk-organization-only': 'bulkinschrijving is alleen voor apparaten in bedrijfseigendom, niet voor persoonlijke of BYOD-apparaten',
    'autopilot-organization-only': 'Autopilot is alleen voor apparaten in bedrijfseigendom; gebruik voor persoonlijke of BYOD-apparaten Automatische inschrijving',
    'byod-use-automatic': 'voor persoonlijke of BYOD-apparaten verwijst de handleiding naar Automatische inschrijving',
    'existing-desktops-upgrade-with-configmgr': 'oudere desktops, zoals Windows 7, kunnen zo met Configuration Manager naar Windows 10 worden bijgewerkt',
    'upgrade-before-comanagement': 'apparaten zonder Windows 10 of hoger, zoals Windows 7, moeten eerst een upgrade krijgen',
    'userless-organization-owned': 'deze apparaten zijn bedrijfseigendom; wijs na de inschrijving een kiosk- of gedeeld profiel toe',
    'dem-not-for-autopilot': 'DEM-accounts zijn niet van toepassing op Autopilot',
    'dem-not-for-group-policy': 'DEM-accounts zijn niet van toepassing op Groepsbeleid',
    'dem-not-for-comanagement': 'DEM-accounts zijn niet van toepassing op co-beheer',
    'unenroll-other-mdm': 'gebruikers maken eerst de inschrijving bij de huidige MDM-provider ongedaan en schrijven zich daarna in bij Intune',
    'unenroll-no-classic-agents': 'de inschrijving bij de andere MDM-provider moet eerst ongedaan worden gemaakt, en inschrijven met de klassieke Intune-agents is af te raden',
    'hybrid-joined-explained': 'hybride apparaten staan zowel in de on-premises AD als in Azure AD, waardoor Intune ze kan bereiken',
    'hybrid-join-before-enrollment': 'de apparaten moeten aan hybride Azure AD zijn toegevoegd voordat ze zo worden ingeschreven',
    'ship-to-remote-workers': 'u kunt apparaten rechtstreeks naar externe werknemers sturen, die ze zelf inrichten',
    'configmgr-keep-it': 'als u Configuration Manager gebruikt en wilt blijven gebruiken, is inschrijving via co-beheer geschikt voor u',
    'bring-intune-devices-to-comanagement': 'apparaten die al bij Intune zijn ingeschreven (via Autopilot of van de OEM) kunt u overbrengen naar co-beheer',
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
