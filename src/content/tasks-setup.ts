import type { AdminTaskId, AutopilotMode, CoManagementPath, Scopes } from '../engine/types';
import type { Lang } from './types';

/** Everything a task's wording may depend on, derived once from the recommendation. */
export interface TaskContext {
  readonly lang: Lang;
  readonly scopes: readonly { readonly segment?: 'organization' | 'personal'; readonly scopes: Scopes }[];
  readonly autopilotMode?: AutopilotMode;
  readonly hybridAutopilot: boolean;
  readonly comanagementPath?: CoManagementPath;
  readonly personalScopes?: Scopes;
  readonly registerPersonal: boolean;
  readonly personalInPlay: boolean;
  readonly organizationInPlay: boolean;
  readonly enrollmentServer?: string;
  /** The organization's domain, read from the enrollment server name (EnterpriseEnrollment.contoso.com → contoso.com). */
  readonly domain?: string;
}

export type TaskText = { readonly title: string; readonly detail: (ctx: TaskContext) => string };

/** The tasks the current guidance adds to the guide's lists, plus the registered-personal-device set. */
export type SetupTaskId = Extract<
  AdminTaskId,
  | 'intune-licences'
  | 'entra-p1-licences'
  | 'mdm-scope-role'
  | 'entra-device-settings'
  | 'dem-account'
  | 'bulk-exclude-mfa'
  | 'byod-keep-registered'
  | 'byod-block-personal-enrollment'
  | 'byod-corporate-identifiers'
  | 'byod-disable-mdm-on-add-account'
  | 'byod-app-protection-edge'
  | 'byod-conditional-access'
  | 'byod-security-center-connector'
  | 'ap-esp'
  | 'ap-domain-join-profile'
  | 'cm-move-workloads'
>;

const fixed = (text: string) => (): string => text;

/**
 * Menu paths as Learn shows them today: "Enable MDM automatic enrollment for Windows" (02/13/2026), "Deploy Microsoft
 * Entra hybrid joined devices by using Intune and Windows Autopilot" (2025-05-29), "What are enrollment restrictions?"
 * (Blocking personal Windows devices), "Data protection for Windows MAM" (08/28/2024: app protection for Edge, the
 * Conditional Access "Require app protection policy" grant, the Windows Security Center connector under Tenant
 * administration > Connectors and tokens).
 */
export const SETUP_TASKS = {
  en: {
    'intune-licences': {
      title: 'Assign Intune licences to the users',
      detail: fixed('Every user who enrolls a device needs an Intune licence (Microsoft 365 admin center > Users > Active users > Licenses and apps), for example through Microsoft 365 E3/E5, Business Premium or EMS.'),
    },
    'entra-p1-licences': {
      title: 'Get Microsoft Entra ID P1 for these users first',
      detail: fixed('This method needs Microsoft Entra ID P1 per user: it is in Microsoft 365 E3/E5, F1/F3, A3/A5, Business Premium and EMS E3/E5, not in Office 365 E1/E3 or Microsoft 365 Business Basic/Standard. Until then nothing below works.'),
    },
    'mdm-scope-role': {
      title: 'Use an account with the Intune Administrator role',
      detail: fixed('Setting the MDM user scope takes the Microsoft Entra role Intune Administrator (or Global Administrator); assign it to the admin who does the set-up, ideally just in time with Privileged Identity Management.'),
    },
    'entra-device-settings': {
      title: 'Allow the users to join devices to Microsoft Entra ID',
      detail: fixed('Microsoft Entra admin center > Entra ID > Devices > Device settings: "Users may join devices to Microsoft Entra" must include these users (All, or a group), and "Maximum number of devices per user" must leave room for their devices.'),
    },
    'dem-account': {
      title: 'Set up the device enrollment manager (DEM) account',
      detail: fixed('Intune admin center > Devices > Device onboarding > Enrollment > Device enrollment managers > Add. One DEM account can enroll up to 1,000 devices; it needs an Intune licence. Use it only for automatic or bulk enrollment: Autopilot, Group Policy and co-management do not need it.'),
    },
    'bulk-exclude-mfa': {
      title: 'Exclude the package’s enrollment account from MFA Conditional Access',
      detail: fixed('Bulk enrollment signs in with the account inside the provisioning package, which cannot answer a multifactor prompt: exclude that account from Conditional Access policies that require MFA, and from per-user MFA.'),
    },
    'byod-keep-registered': {
      title: 'Keep personal-device users out of the MDM user scope',
      detail: fixed('A registered device stays unenrolled only while its user is outside the MDM user scope. Set the MDM user scope to Some with a group that leaves these users out (or None if no one enrolls devices), and the WIP user scope to None.'),
    },
    'byod-block-personal-enrollment': {
      title: 'Block personally owned Windows devices from enrolling',
      detail: fixed('Intune admin center > Devices > Device onboarding > Enrollment > Device platform restriction > Windows restrictions: Windows (MDM) Allow, Personally owned Block. Their users stay in the MDM user scope for their work devices; personal devices then stay registered.'),
    },
    'byod-corporate-identifiers': {
      title: 'Upload corporate identifiers, or use Autopilot, for work devices',
      detail: fixed('The block also stops work devices from joining Microsoft Entra ID during setup or from Settings, and Autopilot for existing devices. Register work devices with Autopilot, or upload their manufacturer, model and serial number under Devices > Device onboarding > Enrollment > Corporate device identifiers.'),
    },
    'byod-disable-mdm-on-add-account': {
      title: 'Optional: disable MDM enrollment when users add the work account',
      detail: fixed('On the Automatic Enrollment page, "Disable MDM enrollment when adding work or school account on Windows" (public preview) = Yes. It covers adding the account from Microsoft Edge or apps such as Teams, not Settings > Accounts > Access work or school.'),
    },
    'byod-app-protection-edge': {
      title: 'Protect the work account with Windows app protection for Microsoft Edge',
      detail: fixed('Intune admin center > Apps > Protection > Create policy > Windows: target Microsoft Edge, set data transfer, printing and cut/copy/paste rules and the health checks, and assign it to the personal-device users.'),
    },
    'byod-conditional-access': {
      title: 'Require app protection with Conditional Access (needs Entra ID P1)',
      detail: fixed('Microsoft Entra admin center > Protection > Conditional Access > New policy: the personal-device users, Office 365 (or the apps you choose), device platform Windows, client apps Browser, grant "Require app protection policy". Without P1 app protection still applies, but nothing enforces it.'),
    },
    'byod-security-center-connector': {
      title: 'Turn on the Windows Security Center connector',
      detail: fixed('Intune admin center > Tenant administration > Connectors and tokens > Mobile Threat Defense > Add > Windows Security Center, so app protection can check the device’s health before it opens work data.'),
    },
    'ap-esp': {
      title: 'Create an Enrollment Status Page',
      detail: fixed('Intune admin center > Devices > Device onboarding > Enrollment > Windows > Enrollment Status Page > Create: show app and profile progress, block device use until the required apps are installed, and assign it to the Autopilot device group.'),
    },
    'ap-domain-join-profile': {
      title: 'Create a Domain Join configuration profile',
      detail: fixed('Intune admin center > Devices > Configuration > Create > Windows 10 and later > Templates > Domain Join: the domain, the OU for the computer objects and a computer name prefix; assign it to the same device group as the hybrid Autopilot profile.'),
    },
    'cm-move-workloads': {
      title: 'Move the co-management workloads to Intune',
      detail: fixed('Configuration Manager console > Administration > Cloud Services > Cloud Attach: move the workloads (compliance, device configuration, Endpoint Protection, Windows Update policies, Office apps, client apps) to Intune one by one, pilot group first; then retire Configuration Manager.'),
    },
  },
  nl: {
    'intune-licences': {
      title: 'Wijs de gebruikers Intune-licenties toe',
      detail: fixed('Elke gebruiker die een apparaat inschrijft, heeft een Intune-licentie nodig (Microsoft 365-beheercentrum > Gebruikers > Actieve gebruikers > Licenties en apps), bijvoorbeeld via Microsoft 365 E3/E5, Business Premium of EMS.'),
    },
    'entra-p1-licences': {
      title: 'Neem eerst Microsoft Entra ID P1 voor deze gebruikers',
      detail: fixed('Voor deze methode is Microsoft Entra ID P1 per gebruiker vereist: het zit in Microsoft 365 E3/E5, F1/F3, A3/A5, Business Premium en EMS E3/E5, niet in Office 365 E1/E3 of Microsoft 365 Business Basic/Standard. Tot dan werkt niets hieronder.'),
    },
    'mdm-scope-role': {
      title: 'Gebruik een account met de rol Intune-beheerder',
      detail: fixed('Voor het instellen van het MDM-gebruikersbereik is de Microsoft Entra-rol Intune-beheerder (of Globale beheerder) vereist; wijs die toe aan de beheerder die het inricht, liefst tijdelijk via Privileged Identity Management.'),
    },
    'entra-device-settings': {
      title: 'Sta de gebruikers toe apparaten aan Microsoft Entra ID te koppelen',
      detail: fixed('Microsoft Entra-beheercentrum > Entra ID > Apparaten > Apparaatinstellingen: "Gebruikers kunnen apparaten koppelen aan Microsoft Entra" moet deze gebruikers omvatten (Alle, of een groep), en "Maximum aantal apparaten per gebruiker" moet ruimte laten voor hun apparaten.'),
    },
    'dem-account': {
      title: 'Richt het account van de apparaatinschrijvingsmanager (DEM) in',
      detail: fixed('Intune-beheercentrum > Apparaten > Onboarding van apparaten > Inschrijving > Apparaatinschrijvingsmanagers > Toevoegen. Eén DEM-account kan tot 1.000 apparaten inschrijven en heeft een Intune-licentie nodig. Gebruik het alleen voor Automatische inschrijving of bulkinschrijving: Autopilot, Groepsbeleid en co-beheer hebben het niet nodig.'),
    },
    'bulk-exclude-mfa': {
      title: 'Sluit het inschrijvingsaccount van het pakket uit van MFA in voorwaardelijke toegang',
      detail: fixed('Bulkinschrijving meldt zich aan met het account in het inrichtingspakket, en dat kan geen meervoudige verificatie beantwoorden: sluit dat account uit van beleid voor voorwaardelijke toegang dat MFA vereist, en van MFA per gebruiker.'),
    },
    'byod-keep-registered': {
      title: 'Houd gebruikers van persoonlijke apparaten buiten het MDM-gebruikersbereik',
      detail: fixed('Een geregistreerd apparaat blijft alleen uitgeschreven zolang de gebruiker buiten het MDM-gebruikersbereik valt. Zet het MDM-gebruikersbereik op Sommige met een groep zonder deze gebruikers (of op Geen als niemand apparaten inschrijft), en het WIP-gebruikersbereik op Geen.'),
    },
    'byod-block-personal-enrollment': {
      title: 'Blokkeer de inschrijving van Windows-apparaten in persoonlijk eigendom',
      detail: fixed('Intune-beheercentrum > Apparaten > Onboarding van apparaten > Inschrijving > Beperking van apparaatplatform > Windows-beperkingen: Windows (MDM) Toestaan, Persoonlijk eigendom Blokkeren. De gebruikers blijven voor hun werkapparaten in het MDM-gebruikersbereik; persoonlijke apparaten blijven dan geregistreerd.'),
    },
    'byod-corporate-identifiers': {
      title: 'Upload bedrijfs-id’s, of gebruik Autopilot, voor werkapparaten',
      detail: fixed('De blokkering houdt ook werkapparaten tegen die tijdens de installatie of via Instellingen aan Microsoft Entra worden gekoppeld, en Autopilot voor bestaande apparaten. Registreer werkapparaten bij Autopilot, of upload fabrikant, model en serienummer onder Apparaten > Onboarding van apparaten > Inschrijving > Bedrijfsapparaat-id’s.'),
    },
    'byod-disable-mdm-on-add-account': {
      title: 'Optioneel: schakel MDM-inschrijving uit bij het toevoegen van het werkaccount',
      detail: fixed('Op de pagina Automatische inschrijving: "MDM-inschrijving uitschakelen bij het toevoegen van een werk- of schoolaccount op Windows" (openbare preview) = Ja. Dit geldt voor het toevoegen van het account vanuit Microsoft Edge of apps zoals Teams, niet voor Instellingen > Accounts > Toegang tot werk of school.'),
    },
    'byod-app-protection-edge': {
      title: 'Bescherm het werkaccount met Windows-app-beveiliging voor Microsoft Edge',
      detail: fixed('Intune-beheercentrum > Apps > Beveiliging > Beleid maken > Windows: richt het op Microsoft Edge, stel regels in voor gegevensoverdracht, afdrukken en knippen/kopiëren/plakken en de statuscontroles, en wijs het toe aan de gebruikers van persoonlijke apparaten.'),
    },
    'byod-conditional-access': {
      title: 'Vereis app-beveiliging met voorwaardelijke toegang (vereist Entra ID P1)',
      detail: fixed('Microsoft Entra-beheercentrum > Beveiliging > Voorwaardelijke toegang > Nieuw beleid: de gebruikers van persoonlijke apparaten, Office 365 (of de gekozen apps), apparaatplatform Windows, client-apps Browser, verlenen "Beveiligingsbeleid voor apps vereisen". Zonder P1 geldt de app-beveiliging nog wel, maar dwingt niets haar af.'),
    },
    'byod-security-center-connector': {
      title: 'Schakel de Windows Security Center-connector in',
      detail: fixed('Intune-beheercentrum > Tenantbeheer > Connectors en tokens > Mobile Threat Defense > Toevoegen > Windows Security Center, zodat app-beveiliging de status van het apparaat kan controleren voordat het werkgegevens opent.'),
    },
    'ap-esp': {
      title: 'Maak een inschrijvingsstatuspagina',
      detail: fixed('Intune-beheercentrum > Apparaten > Onboarding van apparaten > Inschrijving > Windows > Inschrijvingsstatuspagina > Maken: toon de voortgang van apps en profielen, blokkeer het gebruik tot de vereiste apps zijn geïnstalleerd, en wijs de pagina toe aan de Autopilot-apparaatgroep.'),
    },
    'ap-domain-join-profile': {
      title: 'Maak een configuratieprofiel voor domeindeelname',
      detail: fixed('Intune-beheercentrum > Apparaten > Configuratie > Maken > Windows 10 en hoger > Sjablonen > Domeindeelname: het domein, de organisatie-eenheid voor de computerobjecten en een voorvoegsel voor de computernaam; wijs het toe aan dezelfde apparaatgroep als het hybride Autopilot-profiel.'),
    },
    'cm-move-workloads': {
      title: 'Verplaats de workloads van co-beheer naar Intune',
      detail: fixed('Configuration Manager-console > Beheer > Cloudservices > Cloud Attach: verplaats de workloads (naleving, apparaatconfiguratie, Endpoint Protection, beleid voor Windows Update, Office-apps, client-apps) een voor een naar Intune, eerst voor een pilotgroep; daarna kunt u Configuration Manager uitfaseren.'),
    },
  },
} satisfies Record<Lang, Record<SetupTaskId, TaskText>>;
