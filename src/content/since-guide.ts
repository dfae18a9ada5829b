import type { GuideCopyNoteCode, SinceGuideChangeId } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/** One line per change: what the customer's April 2021 copy would have the admin do, and what Microsoft says now. */
const CHANGES = {
  en: {
    'p1-required':
      'Changed since your copy: it said Entra ID P1 (Azure AD Premium) "may be needed" here; automatic enrollment through the MDM user scope now requires it.',
    'wip-retired':
      'Changed since your copy: it set the MAM user scope to manage the work account; that scope is now the retired WIP scope and stays None.',
    'registered-not-enrolled':
      'Changed since your copy: "only the work account" now means the device is registered, and it stays so only while its user is outside the MDM user scope or personal devices are blocked.',
    'entra-join-for-new-devices':
      'Changed since your copy: it offered Group Policy or hybrid join for domain-joined devices; Microsoft now recommends Entra join for new devices.',
    'self-deploying-entra-only':
      'Changed since your copy: self-deploying Autopilot is Microsoft Entra join only (TPM 2.0 attestation), even in a domain-joined organization.',
    'dem-not-a-blocker':
      'Changed since your copy: its ✘ for DEM does not rule this method out; Microsoft says you do not need a DEM account with it.',
    'windows-11-target':
      'Changed since your copy: it named Windows 10 as the target; Windows 10 support ended on 14 October 2025, so the target is Windows 11.',
    'bulk-ca-any-version':
      'Changed since your copy: it ruled out conditional access on bulk-enrolled devices up to Windows 10 1709; the current guide has no such limit.',
    'group-policy-is-automatic-variant':
      'Changed since your copy: Group Policy is no longer a method of its own in Microsoft’s guide, but a way to trigger automatic enrollment on hybrid joined devices.',
    'configmgr-phasing-out':
      'Changed since your copy: it only covered keeping Configuration Manager; leaving it is now planned as co-management for existing clients and Intune only for new devices.',
  },
  nl: {
    'p1-required':
      'Gewijzigd sinds uw exemplaar: daarin was Entra ID P1 (Azure AD Premium) hier "mogelijk nodig"; automatische inschrijving via het MDM-gebruikersbereik vereist het nu.',
    'wip-retired':
      'Gewijzigd sinds uw exemplaar: daarin stelde u het MAM-gebruikersbereik in voor het werkaccount; dat bereik is nu het uitgefaseerde WIP-bereik en blijft Geen.',
    'registered-not-enrolled':
      'Gewijzigd sinds uw exemplaar: "alleen het werkaccount" betekent nu dat het apparaat geregistreerd is, en dat blijft alleen zo als de gebruiker buiten het MDM-gebruikersbereik valt of persoonlijke apparaten worden geblokkeerd.',
    'entra-join-for-new-devices':
      'Gewijzigd sinds uw exemplaar: daarin stonden Groepsbeleid of hybride koppeling voor apparaten in een domein; Microsoft raadt nu koppeling aan Microsoft Entra aan voor nieuwe apparaten.',
    'self-deploying-entra-only':
      'Gewijzigd sinds uw exemplaar: zelf-implementerende Autopilot ondersteunt alleen koppeling aan Microsoft Entra (TPM 2.0-attestation), ook in een organisatie met een domein.',
    'dem-not-a-blocker':
      'Gewijzigd sinds uw exemplaar: het ✘ bij DEM sluit deze methode niet uit; volgens Microsoft hebt u er geen DEM-account bij nodig.',
    'windows-11-target':
      'Gewijzigd sinds uw exemplaar: daarin was Windows 10 het doel; Windows 10 wordt sinds 14 oktober 2025 niet meer ondersteund, dus het doel is Windows 11.',
    'bulk-ca-any-version':
      'Gewijzigd sinds uw exemplaar: daarin was voorwaardelijke toegang op apparaten met bulkinschrijving tot Windows 10 1709 uitgesloten; de huidige handleiding kent die grens niet.',
    'group-policy-is-automatic-variant':
      'Gewijzigd sinds uw exemplaar: Groepsbeleid is in de handleiding van Microsoft geen aparte methode meer, maar een manier om automatische inschrijving te starten op hybride gekoppelde apparaten.',
    'configmgr-phasing-out':
      'Gewijzigd sinds uw exemplaar: daarin ging het alleen over Configuration Manager blijven gebruiken; afscheid nemen gaat nu via co-beheer voor bestaande clients en alleen Intune voor nieuwe apparaten.',
  },
} satisfies Record<Lang, Record<SinceGuideChangeId, string>>;

/** Where the customer's Dutch copy (April 2021) is wrong at a place this advice depends on. */
const COPY_NOTES = {
  en: {
    'nl-autopilot-personal':
      'Your Dutch copy says to use Autopilot on personally owned devices ("persoonlijk eigendom"); the English original and its own table say organization-owned devices only.',
    'nl-lost-cross':
      'Your Dutch copy lost all nine ✘ marks of the tables (the cells are empty); the ✘ shown here come from the English original.',
    'nl-autopilot-tasks-missing':
      'Your Dutch copy lost the Autopilot administrator tasks except the last sentence; the tasks here follow the English original and current Learn pages.',
    'nl-comanagement-paths-missing':
      'Your Dutch copy breaks off at "kiest voor het volgende:" in the co-management tasks; the two paths it lost are named here.',
    'nl-registered-means-enrolled':
      'Where your Dutch copy says "geregistreerd" for co-management it means enrolled ("ingeschreven"); in Intune "registered" is something else.',
  },
  nl: {
    'nl-autopilot-personal':
      'Uw Nederlandse exemplaar zegt Autopilot te gebruiken op apparaten in persoonlijk eigendom; het Engelse origineel en de eigen tabel zeggen: alleen apparaten in bedrijfseigendom.',
    'nl-lost-cross':
      'In uw Nederlandse exemplaar ontbreken alle negen ✘-tekens in de tabellen (de cellen zijn leeg); de ✘ hier komen uit het Engelse origineel.',
    'nl-autopilot-tasks-missing':
      'In uw Nederlandse exemplaar ontbreken de beheertaken voor Autopilot op de laatste zin na; de taken hier volgen het Engelse origineel en de huidige Learn-pagina’s.',
    'nl-comanagement-paths-missing':
      'Uw Nederlandse exemplaar breekt bij de taken voor co-beheer af na "kiest voor het volgende:"; de twee paden die wegvielen, staan hier.',
    'nl-registered-means-enrolled':
      'Waar uw Nederlandse exemplaar bij co-beheer "geregistreerd" zegt, wordt ingeschreven bedoeld; in Intune is "geregistreerd" iets anders.',
  },
} satisfies Record<Lang, Record<GuideCopyNoteCode, string>>;

/** What changed since the customer's copy, in one line. */
export function sinceGuideChangeText(id: SinceGuideChangeId, lang: Lang): string {
  return pick(CHANGES, lang)[id];
}

/** Where the customer's Dutch copy is wrong, in one line. */
export function guideCopyNoteText(code: GuideCopyNoteCode, lang: Lang): string {
  return pick(COPY_NOTES, lang)[code];
}
