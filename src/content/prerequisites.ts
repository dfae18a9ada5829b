import type { PrerequisiteCode } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

const PREREQUISITES = {
  en: {
    'upgrade-windows': 'Upgrade the devices to Windows 10 or newer first.',
    'upgrade-to-1803': 'Upgrade the devices to Windows 10 1803 or newer before you rely on conditional access for bulk-enrolled devices.',
    'hybrid-join-first': 'Hybrid Azure AD join the devices first (on-premises AD and Azure AD).',
    'unenroll-other-mdm': 'Unenroll the devices from the other MDM provider first.',
    'check-premium-needed': 'Check whether your configuration needs Azure AD Premium: the guide says it may be needed.',
    'confirm-premium': 'Confirm that you have Azure AD Premium: the guide says this method requires it.',
    'confirm-configmgr': 'Confirm that you use Configuration Manager and want to keep it: co-management builds on it.',
    'confirm-identity': 'Confirm how the devices are joined: this method needs domain-joined, hybrid Azure AD joined devices.',
    'confirm-windows-version': 'Confirm that the devices run Windows 10 or newer.',
    'confirm-ownership': 'Confirm that the devices are organization-owned: this method is not for personal devices.',
    'use-configmgr-for-existing-devices':
      'Upgrade the Windows 7 or 8.1 devices first, or use Configuration Manager to run Autopilot for existing devices.',
    'confirm-dem-account': 'Confirm whether you use a DEM account: DEM accounts do not apply to this method.',
    'confirm-other-mdm': 'Confirm whether another MDM provider manages the devices: if so, unenroll them from it first.',
  },
  nl: {
    'upgrade-windows': 'Voer eerst een upgrade van de apparaten uit naar Windows 10 of hoger.',
    'upgrade-to-1803': 'Voer een upgrade uit naar Windows 10 1803 of hoger voordat u voorwaardelijke toegang gebruikt op apparaten met bulkinschrijving.',
    'hybrid-join-first': 'Voeg de apparaten eerst toe aan hybride Azure AD (on-premises AD en Azure AD).',
    'unenroll-other-mdm': 'Maak eerst de inschrijving bij de andere MDM-provider ongedaan.',
    'check-premium-needed': 'Controleer of uw configuratie Azure AD Premium nodig heeft: volgens de handleiding is het mogelijk nodig.',
    'confirm-premium': 'Controleer of u Azure AD Premium hebt: volgens de handleiding is het voor deze methode vereist.',
    'confirm-configmgr': 'Controleer of u Configuration Manager gebruikt en wilt blijven gebruiken: co-beheer bouwt daarop voort.',
    'confirm-identity': 'Controleer hoe de apparaten zijn gekoppeld: deze methode vraagt apparaten in een domein die aan hybride Azure AD zijn toegevoegd.',
    'confirm-windows-version': 'Controleer of de apparaten Windows 10 of hoger draaien.',
    'confirm-ownership': 'Controleer of de apparaten bedrijfseigendom zijn: deze methode is niet voor persoonlijke apparaten.',
    'use-configmgr-for-existing-devices':
      'Voer eerst een upgrade uit van de apparaten met Windows 7 of 8.1, of gebruik Configuration Manager voor Autopilot voor bestaande apparaten.',
    'confirm-dem-account': 'Controleer of u een DEM-account gebruikt: DEM-accounts zijn niet van toepassing op deze methode.',
    'confirm-other-mdm': 'Controleer of een andere MDM-provider de apparaten beheert: maak die inschrijving dan eerst ongedaan.',
  },
} satisfies Record<Lang, Record<PrerequisiteCode, string>>;

/** What must be done or checked before a conditional method is usable, as one sentence. */
export function prerequisiteText(code: PrerequisiteCode, lang: Lang): string {
  return pick(PREREQUISITES, lang)[code];
}
