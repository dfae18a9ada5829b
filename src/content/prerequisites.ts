import type { PrerequisiteCode } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/**
 * The P1 licence list: Learn, "Windows Autopilot licensing requirements" (11/30/2023) and "Licenses available for
 * Microsoft Intune" (04/30/2024). Office 365 E1/E3 and Microsoft 365 Business Basic/Standard do not include P1.
 */
const PREREQUISITES = {
  en: {
    'upgrade-windows': 'Upgrade the devices to Windows 11 first (Windows 10 reached end of support on 14 October 2025).',
    'hybrid-join-first': 'Microsoft Entra hybrid join the devices first (on-premises AD and Entra ID).',
    'unenroll-other-mdm': 'Unenroll the devices from the other MDM provider first.',
    'get-entra-p1':
      'Get Microsoft Entra ID P1 for the users (included in Microsoft 365 E3/E5, F1/F3, A3/A5, Business Premium, EMS E3/E5; not in Office 365 E1/E3 or Microsoft 365 Business Basic/Standard).',
    'confirm-configmgr': 'Confirm that you use Configuration Manager and want to keep it: co-management builds on it.',
    'confirm-identity': 'Confirm how the devices are joined: this method needs domain-joined, Microsoft Entra hybrid joined devices.',
    'confirm-windows-version': 'Confirm that the devices run Windows 11 (or Windows 10 while it is still in use).',
    'confirm-ownership': 'Confirm that the devices are organization-owned: this method is not for personal devices.',
    'use-configmgr-for-existing-devices':
      'Replace or upgrade the Windows 7 or 8.1 devices first, or use Configuration Manager to run Autopilot for existing devices.',
    'confirm-other-mdm': 'Confirm whether another MDM provider manages the devices: if so, unenroll them from it first.',
  },
  nl: {
    'upgrade-windows': 'Voer eerst een upgrade van de apparaten uit naar Windows 11 (Windows 10 wordt sinds 14 oktober 2025 niet meer ondersteund).',
    'hybrid-join-first': 'Maak de apparaten eerst hybride Microsoft Entra-gekoppeld (on-premises AD en Entra ID).',
    'unenroll-other-mdm': 'Maak eerst de inschrijving bij de andere MDM-provider ongedaan.',
    'get-entra-p1':
      'Neem Microsoft Entra ID P1 voor de gebruikers (inbegrepen in Microsoft 365 E3/E5, F1/F3, A3/A5, Business Premium, EMS E3/E5; niet in Office 365 E1/E3 of Microsoft 365 Business Basic/Standard).',
    'confirm-configmgr': 'Controleer of u Configuration Manager gebruikt en wilt blijven gebruiken: co-beheer bouwt daarop voort.',
    'confirm-identity': 'Controleer hoe de apparaten zijn gekoppeld: deze methode vereist apparaten in een domein die hybride Microsoft Entra-gekoppeld zijn.',
    'confirm-windows-version': 'Controleer of de apparaten Windows 11 draaien (of Windows 10 zolang dat nog in gebruik is).',
    'confirm-ownership': 'Controleer of de apparaten bedrijfseigendom zijn: deze methode is niet voor persoonlijke apparaten.',
    'use-configmgr-for-existing-devices':
      'Vervang de apparaten met Windows 7 of 8.1 of voer eerst een upgrade uit, of gebruik Configuration Manager voor Autopilot voor bestaande apparaten.',
    'confirm-other-mdm': 'Controleer of een andere MDM-provider de apparaten beheert: maak die inschrijving dan eerst ongedaan.',
  },
} satisfies Record<Lang, Record<PrerequisiteCode, string>>;

/** What must be done or checked before a conditional method is usable, as one sentence. */
export function prerequisiteText(code: PrerequisiteCode, lang: Lang): string {
  return pick(PREREQUISITES, lang)[code];
}
