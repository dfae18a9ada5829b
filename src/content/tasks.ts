import { coManagementPath } from '../engine';
import type { AdminTaskId, Answers, AutopilotMode, CoManagementPath, Recommendation, Scopes } from '../engine/types';
import { pick } from './lang';
import { autopilotModeName, scopeLabel, scopesText } from './policy';
import type { Lang, LocalizedAdminTask, OrgValues } from './types';

/** Everything a task's wording may depend on, derived once from the recommendation. */
interface TaskContext {
  readonly lang: Lang;
  readonly scopes: readonly { readonly segment?: 'organization' | 'personal'; readonly scopes: Scopes }[];
  readonly autopilotMode?: AutopilotMode;
  readonly hybridAutopilot: boolean;
  readonly comanagementPath?: CoManagementPath;
  readonly personalScopes?: Scopes;
  readonly personalInPlay: boolean;
  readonly organizationInPlay: boolean;
  readonly enrollmentServer?: string;
}

type TaskText = { readonly title: string; readonly detail: (ctx: TaskContext) => string };
type TaskTexts = Readonly<Record<AdminTaskId, TaskText>>;

const GP_POLICY = {
  en: 'Enable automatic MDM enrollment using default Azure AD credentials',
  nl: 'Automatische MDM-inschrijving inschakelen met Azure AD-standaardreferenties',
} satisfies Record<Lang, string>;

const SEGMENT_LABEL = {
  en: { organization: 'Organization-owned devices', personal: 'Personal devices' },
  nl: { organization: 'Apparaten in bedrijfseigendom', personal: 'Persoonlijke apparaten' },
} satisfies Record<Lang, Record<'organization' | 'personal', string>>;

/** Autopilot profile setting for each mode, as the admin center names it. */
const MODE_SETTING = {
  en: {
    'user-driven': 'Deployment mode: User-Driven',
    'pre-provisioned': 'Deployment mode: User-Driven, with Allow pre-provisioned deployment: Yes',
    'self-deploying': 'Deployment mode: Self-Deploying',
    'existing-devices': 'Deployment mode: User-Driven; export the profile as JSON for the Configuration Manager task sequence',
  },
  nl: {
    'user-driven': 'Implementatiemodus: Door gebruiker gestuurd',
    'pre-provisioned': 'Implementatiemodus: Door gebruiker gestuurd, met Vooraf ingerichte implementatie toestaan: Ja',
    'self-deploying': 'Implementatiemodus: Zelf-implementerend',
    'existing-devices': 'Implementatiemodus: Door gebruiker gestuurd; exporteer het profiel als JSON voor de takenreeks van Configuration Manager',
  },
} satisfies Record<Lang, Record<AutopilotMode, string>>;

function scopeLines(ctx: TaskContext): string {
  const t = pick(SCOPE_WORDS, ctx.lang);
  if (ctx.scopes.length === 0) return t.table;
  return ctx.scopes
    .map(({ segment, scopes }) => {
      const prefix = segment === undefined ? '' : `${pick(SEGMENT_LABEL, ctx.lang)[segment]}: `;
      return `${prefix}${t.mdm} = ${scopeLabel(scopes.mdm, ctx.lang)}, ${t.mam} = ${scopeLabel(scopes.mam, ctx.lang)}. ${scopesText(scopes, ctx.lang)}`;
    })
    .join(' ');
}

const SCOPE_WORDS = {
  en: {
    mdm: 'MDM user scope',
    mam: 'MAM user scope',
    table:
      'Manage the device: MDM Some or All, MAM None. Only the organization account: MDM None, MAM Some or All. Both: both Some or All. Neither: both None.',
  },
  nl: {
    mdm: 'MDM-gebruikersbereik',
    mam: 'MAM-gebruikersbereik',
    table:
      'Het apparaat beheren: MDM Sommige of Alle, MAM Geen. Alleen het organisatieaccount: MDM Geen, MAM Sommige of Alle. Allebei: beide Sommige of Alle. Geen van beide: beide Geen.',
  },
} satisfies Record<Lang, Record<'mdm' | 'mam' | 'table', string>>;

const APPLIES = {
  en: { yes: 'This path fits your answers.', unknown: 'Pick the path that matches your devices.' },
  nl: { yes: 'Dit pad past bij uw antwoorden.', unknown: 'Kies het pad dat bij uw apparaten past.' },
} satisfies Record<Lang, Record<'yes' | 'unknown', string>>;

function pathNote(ctx: TaskContext, path: NonNullable<TaskContext['comanagementPath']>): string {
  const t = pick(APPLIES, ctx.lang);
  if (ctx.comanagementPath === undefined) return ` ${t.unknown}`;
  return ctx.comanagementPath === path ? ` ${t.yes}` : '';
}

const SERVER_WORDS = {
  en: {
    server: (s: string) => `the enrollment server ${s}`,
    noServer: 'the Intune server name or your CNAME (EnterpriseEnrollment.[your domain])',
  },
  nl: {
    server: (s: string) => `de inschrijvingsserver ${s}`,
    noServer: 'de naam van de Intune-server of uw CNAME (EnterpriseEnrollment.[uw domein])',
  },
} satisfies Record<Lang, { server: (s: string) => string; noServer: string }>;

function serverPhrase(ctx: TaskContext): string {
  const t = pick(SERVER_WORDS, ctx.lang);
  return ctx.enrollmentServer === undefined ? t.noServer : t.server(ctx.enrollmentServer);
}

const GUIDE_USERS_OPTION = {
  en: {
    register: 'personal devices: Access work or school > Connect > work e-mail address (not "Join this device…")',
    join: 'personal devices: Access work or school > Connect > "Join this device to Azure Active Directory"',
    organization: 'work devices: sign in with the work account during set-up',
  },
  nl: {
    register: 'persoonlijke apparaten: Toegang tot werk of school > Verbinding maken > zakelijk e-mailadres (niet "Dit apparaat toevoegen…")',
    join: 'persoonlijke apparaten: Toegang tot werk of school > Verbinding maken > "Dit apparaat toevoegen aan Azure Active Directory"',
    organization: 'werkapparaten: tijdens de installatie aanmelden met het werkaccount',
  },
} satisfies Record<Lang, Record<'register' | 'join' | 'organization', string>>;

function guideUsersChoices(ctx: TaskContext): string {
  const t = pick(GUIDE_USERS_OPTION, ctx.lang);
  const parts: string[] = [];
  if (ctx.organizationInPlay) parts.push(t.organization);
  if (ctx.personalInPlay) parts.push(ctx.personalScopes?.mdm === 'none' ? t.register : t.join);
  return parts.join('; ');
}

const TASKS = {
  en: {
    'auto-windows-version': {
      title: 'Make sure the devices run Windows 10 or newer',
      detail: () => 'Automatic enrollment works on Windows 10 and newer only. Upgrade Windows 7 or 8.1 devices before you enroll them.',
    },
    'auto-cname': {
      title: 'Optional: create a CNAME for enrollment',
      detail: () =>
        'In DNS, point EnterpriseEnrollment.[your domain] (for example EnterpriseEnrollment.contoso.com) to EnterpriseEnrollment-s.manage.microsoft.com, so users need not type the Intune server name. Test the record in the admin center.',
    },
    'auto-scopes': {
      title: 'Set the MDM and MAM user scopes',
      detail: (ctx) => `Admin center > Windows enrollment > Automatic enrollment. ${scopeLines(ctx)}`,
    },
    'auto-bulk-package': {
      title: 'Build a bulk enrollment package with Windows Configuration Designer',
      detail: () =>
        'Install Windows Configuration Designer (WCD) from the Microsoft Store, create a provisioning package that enrolls devices in Azure AD, and put the package file on a USB drive or network share. Organization-owned devices only; if users are not comfortable running the file, an admin enrolls the device.',
    },
    'ap-automatic-enrollment': {
      title: 'Set up automatic enrollment first',
      detail: () =>
        'Autopilot uses automatic enrollment: in Windows enrollment > Automatic enrollment set the MDM user scope to Some or All for the users of these devices.',
    },
    'ap-register-devices': {
      title: 'Register the devices with Autopilot',
      detail: () =>
        'Import the devices’ hardware IDs in the admin center (Windows enrollment > Devices), or have your OEM or CSP partner register them for you. This also adds them to Azure AD.',
    },
    'ap-deployment-profile': {
      title: 'Create and assign an Autopilot deployment profile',
      detail: (ctx) => {
        const mode =
          ctx.autopilotMode === undefined
            ? 'Out-of-box experience (OOBE) — Deployment mode: the one that fits (User-Driven, Self-Deploying, …)'
            : `Out-of-box experience (OOBE) for ${autopilotModeName(ctx.autopilotMode, 'en')} — ${MODE_SETTING.en[ctx.autopilotMode]}`;
        const join = ctx.hybridAutopilot ? 'Join to Azure AD as: Hybrid Azure AD joined' : 'Join to Azure AD as: Azure AD joined';
        return `Windows enrollment > Deployment profiles > Create profile. ${mode}; ${join}; User account type: Standard (no local admin); Microsoft Software License Terms: Hide (skip the EULA). Assign it to the Azure AD security groups that hold the devices; exclude groups if needed.`;
      },
    },
    'ap-intune-connector': {
      title: 'Install the Intune Connector for Active Directory',
      detail: () =>
        'Hybrid Azure AD joined devices need the Intune Connector for Active Directory on a server in your domain, allowed to create computer objects in the organizational unit you choose.',
    },
    'ap-existing-devices-task-sequence': {
      title: 'Prepare Autopilot for existing devices in Configuration Manager',
      detail: () =>
        'Export the Autopilot profile as JSON, put it in a Configuration Manager package and deploy a task sequence named "Autopilot for existing devices" to the Windows 7 or 8.1 devices. It formats the drive and installs Windows, so users must back up their files.',
    },
    'ap-devices-appear': {
      title: 'Check the devices in the admin center',
      detail: () => 'Once the profile is assigned, the devices show up in the admin center under Devices > Windows.',
    },
    'gp-supported-devices': {
      title: 'Check that the devices are supported',
      detail: () => 'Make sure the devices run Windows 10 or newer and are supported by Intune and for Group Policy enrollment.',
    },
    'gp-register-ad': {
      title: 'Register your on-premises AD in Azure AD',
      detail: () => 'Connect your on-premises Active Directory to Azure AD (Azure AD integration with MDM), for example with Azure AD Connect.',
    },
    'gp-hybrid-join': {
      title: 'Hybrid Azure AD join the devices',
      detail: () => 'Make sure the devices are in your on-premises AD and in Azure AD (hybrid Azure AD joined) before they enroll.',
    },
    'gp-create-policy': {
      title: `Create the Group Policy "${GP_POLICY.en}"`,
      detail: () =>
        `In on-premises AD, create a GPO: Computer Configuration > Policies > Administrative Templates > Windows Components > MDM > "${GP_POLICY.en}" = Enabled, credential type User Credential. At the next policy refresh it reaches the devices; users finish with their domain account (user@contoso.com).`,
    },
    'cm-choose-path': {
      title: 'Choose your co-management path',
      detail: () =>
        'When you set up co-management you choose one of two paths; the tasks and requirements depend on it. In the Configuration Manager console: Administration > Cloud Services > Cloud Attach (co-management).',
    },
    'cm-path-configmgr-clients': {
      title: 'Path a: enroll existing Configuration Manager clients in Intune',
      detail: (ctx) =>
        `Configuration Manager enrolls its existing clients in Intune automatically. The devices must be hybrid Azure AD joined.${pathNote(ctx, 'existing-clients')}`,
    },
    'cm-path-intune-devices': {
      title: 'Path b: bring Intune devices under Configuration Manager',
      detail: (ctx) =>
        `Devices already enrolled in Intune (Azure AD joined, not in on-premises AD, for example via Autopilot) get the Configuration Manager client as well, so both manage them.${pathNote(ctx, 'new-devices')}`,
    },
    'cm-tenant-attach': {
      title: 'Optional: tenant attach (not an enrollment method)',
      detail: () =>
        'Tenant attach uploads your Configuration Manager devices to the admin center without enrolling them: you can run remote actions, see your on-premises servers and get OS information. It does not enroll anything in Intune.',
    },
    'guide-users': {
      title: 'Tell users exactly what to do',
      detail: (ctx) =>
        `Users rarely like enrolling themselves. Send them the employee instructions with the exact values: their work account (user@yourdomain), ${serverPhrase(ctx)} if asked. What to choose: ${guideUsersChoices(ctx)}.`,
    },
  },
  nl: {
    'auto-windows-version': {
      title: 'Zorg dat de apparaten Windows 10 of hoger draaien',
      detail: () => 'Automatische inschrijving werkt alleen op Windows 10 en hoger. Voer eerst een upgrade uit van apparaten met Windows 7 of 8.1.',
    },
    'auto-cname': {
      title: 'Optioneel: maak een CNAME-record voor de inschrijving',
      detail: () =>
        'Laat in DNS EnterpriseEnrollment.[uw domein] (bijvoorbeeld EnterpriseEnrollment.contoso.com) verwijzen naar EnterpriseEnrollment-s.manage.microsoft.com, zodat gebruikers de naam van de Intune-server niet hoeven in te voeren. Test het record in het beheercentrum.',
    },
    'auto-scopes': {
      title: 'Stel het MDM- en MAM-gebruikersbereik in',
      detail: (ctx) => `Beheercentrum > Windows-inschrijving > Automatische inschrijving. ${scopeLines(ctx)}`,
    },
    'auto-bulk-package': {
      title: 'Maak een pakket voor bulkinschrijving met Windows Configuration Designer',
      detail: () =>
        'Installeer Windows Configuration Designer (WCD) vanuit Microsoft Store, maak een inrichtingspakket dat apparaten in Azure AD inschrijft en zet het pakketbestand op een USB-station of netwerkshare. Alleen voor apparaten in bedrijfseigendom; zijn gebruikers niet vertrouwd met het bestand, laat dan een beheerder inschrijven.',
    },
    'ap-automatic-enrollment': {
      title: 'Richt eerst Automatische inschrijving in',
      detail: () =>
        'Autopilot maakt gebruik van Automatische inschrijving: zet in Windows-inschrijving > Automatische inschrijving het MDM-gebruikersbereik op Sommige of Alle voor de gebruikers van deze apparaten.',
    },
    'ap-register-devices': {
      title: 'Registreer de apparaten bij Autopilot',
      detail: () =>
        'Importeer de hardware-id’s van de apparaten in het beheercentrum (Windows-inschrijving > Apparaten), of laat uw OEM- of CSP-partner dat voor u doen. Daarmee komen ze ook in Azure AD.',
    },
    'ap-deployment-profile': {
      title: 'Maak een Autopilot-implementatieprofiel en wijs het toe',
      detail: (ctx) => {
        const mode =
          ctx.autopilotMode === undefined
            ? 'Out-of-box-ervaring (OOBE) — Implementatiemodus: de modus die past (Door gebruiker gestuurd, Zelf-implementerend, …)'
            : `Out-of-box-ervaring (OOBE) voor ${autopilotModeName(ctx.autopilotMode, 'nl')} — ${MODE_SETTING.nl[ctx.autopilotMode]}`;
        const join = ctx.hybridAutopilot ? 'Toevoegen aan Azure AD als: Hybride Azure AD-gekoppeld' : 'Toevoegen aan Azure AD als: Aan Azure AD gekoppeld';
        return `Windows-inschrijving > Implementatieprofielen > Profiel maken. ${mode}; ${join}; Type gebruikersaccount: Standaard (geen lokale beheerder); Licentievoorwaarden: Verbergen (EULA overslaan). Wijs het toe aan de Azure AD-beveiligingsgroepen met de apparaten; sluit zo nodig groepen uit.`;
      },
    },
    'ap-intune-connector': {
      title: 'Installeer de Intune Connector voor Active Directory',
      detail: () =>
        'Apparaten die aan hybride Azure AD worden toegevoegd, hebben de Intune Connector voor Active Directory nodig op een server in uw domein, met rechten om computerobjecten te maken in de gekozen organisatie-eenheid.',
    },
    'ap-existing-devices-task-sequence': {
      title: 'Bereid Autopilot voor bestaande apparaten voor in Configuration Manager',
      detail: () =>
        'Exporteer het Autopilot-profiel als JSON, zet het in een Configuration Manager-pakket en implementeer een takenreeks met de naam "Autopilot voor bestaande apparaten" op de apparaten met Windows 7 of 8.1. Die formatteert de schijf en installeert Windows, dus gebruikers moeten hun bestanden veiligstellen.',
    },
    'ap-devices-appear': {
      title: 'Controleer de apparaten in het beheercentrum',
      detail: () => 'Nadat het profiel is toegewezen, worden de apparaten weergegeven in het beheercentrum onder Apparaten > Windows.',
    },
    'gp-supported-devices': {
      title: 'Controleer of de apparaten worden ondersteund',
      detail: () => 'Zorg dat de apparaten Windows 10 of hoger draaien en worden ondersteund in Intune en voor inschrijving via Groepsbeleid.',
    },
    'gp-register-ad': {
      title: 'Registreer uw on-premises AD in Azure AD',
      detail: () => 'Koppel uw on-premises Active Directory aan Azure AD (Azure AD-integratie met MDM), bijvoorbeeld met Azure AD Connect.',
    },
    'gp-hybrid-join': {
      title: 'Voeg de apparaten toe aan hybride Azure AD',
      detail: () => 'Zorg dat de apparaten in uw on-premises AD en in Azure AD staan (hybride Azure AD) voordat ze worden ingeschreven.',
    },
    'gp-create-policy': {
      title: `Maak het groepsbeleid "${GP_POLICY.nl}"`,
      detail: () =>
        `Maak in de on-premises AD een GPO: Computerconfiguratie > Beleidsregels > Beheersjablonen > Windows-onderdelen > MDM > "${GP_POLICY.nl}" = Ingeschakeld, referentietype Gebruikersreferentie. Bij de volgende vernieuwing van het beleid komt het op de apparaten; gebruikers ronden af met hun domeinaccount (user@contoso.com).`,
    },
    'cm-choose-path': {
      title: 'Kies uw pad naar co-beheer',
      detail: () =>
        'Als u co-beheer instelt, kiest u een van twee paden; de taken en vereisten hangen daarvan af. In de Configuration Manager-console: Beheer > Cloudservices > Cloud Attach (co-beheer).',
    },
    'cm-path-configmgr-clients': {
      title: 'Pad a: bestaande Configuration Manager-clients inschrijven bij Intune',
      detail: (ctx) =>
        `Configuration Manager schrijft zijn bestaande clients automatisch in bij Intune. De apparaten moeten aan hybride Azure AD zijn toegevoegd.${pathNote(ctx, 'existing-clients')}`,
    },
    'cm-path-intune-devices': {
      title: 'Pad b: Intune-apparaten ook onder Configuration Manager brengen',
      detail: (ctx) =>
        `Apparaten die al bij Intune zijn ingeschreven (aan Azure AD toegevoegd, niet in de on-premises AD, bijvoorbeeld via Autopilot) krijgen ook de Configuration Manager-client, zodat beide ze beheren.${pathNote(ctx, 'new-devices')}`,
    },
    'cm-tenant-attach': {
      title: 'Optioneel: tenantkoppeling (geen inschrijvingsmethode)',
      detail: () =>
        'Met tenantkoppeling uploadt u uw Configuration Manager-apparaten naar het beheercentrum zonder ze in te schrijven: u voert externe acties uit, bekijkt uw on-premises servers en haalt informatie over het besturingssysteem op. Er wordt niets bij Intune ingeschreven.',
    },
    'guide-users': {
      title: 'Vertel gebruikers precies wat ze moeten doen',
      detail: (ctx) =>
        `Gebruikers schrijven zich niet graag zelf in. Stuur ze de instructies voor medewerkers met de precieze gegevens: hun werkaccount (user@uwdomein), ${serverPhrase(ctx)} als erom wordt gevraagd. Wat ze kiezen: ${guideUsersChoices(ctx)}.`,
    },
  },
} satisfies Record<Lang, TaskTexts>;

/** The admin center holds one scope setting: the top-level result's; segments only fill in when it has none. */
function scopeEntries(rec: Recommendation): TaskContext['scopes'] {
  if (rec.scopes !== undefined) return [{ scopes: rec.scopes }];
  if (rec.segments === undefined) return [];
  return (['organization', 'personal'] as const).flatMap((segment) => {
    const scopes = rec.segments?.[segment].scopes;
    return scopes === undefined ? [] : [{ segment, scopes }];
  });
}

/** Read from the reasons when the answers are not at hand: the engine lists the ownership rows only when answered. */
function ownershipFromReasons(rec: Recommendation): { personal: boolean; organization: boolean } {
  const has = (criterion: 'personal' | 'organization'): boolean =>
    rec.methods.some((m) => m.reasons.some((r) => r.criterion === criterion && r.effect !== 'condition'));
  return { personal: rec.segments !== undefined || has('personal'), organization: rec.segments !== undefined || has('organization') };
}

function ownershipInPlay(rec: Recommendation, answers: Answers | undefined): { personal: boolean; organization: boolean } {
  const known = answers === undefined ? ownershipFromReasons(rec) : {
    personal: answers.ownership === 'personal' || answers.ownership === 'mixed',
    organization: answers.ownership === 'organization' || answers.ownership === 'mixed',
  };
  // Ownership not known: show both choices rather than guess.
  return known.personal || known.organization ? known : { personal: true, organization: true };
}

function comanagementPathOf(rec: Recommendation, answers: Answers | undefined): CoManagementPath | undefined {
  if (answers !== undefined) return coManagementPath(answers) ?? undefined;
  const co = rec.methods.find((m) => m.id === 'coManagement');
  return co?.reasons.some((r) => r.criterion === 'enrolledInIntune' && r.effect === 'supports') ? 'new-devices' : undefined;
}

function contextFor(ids: readonly AdminTaskId[], rec: Recommendation, lang: Lang, org: OrgValues | undefined, answers: Answers | undefined): TaskContext {
  const path = comanagementPathOf(rec, answers);
  const autopilotMode = rec.autopilotMode ?? rec.segments?.organization.autopilotMode;
  const personalScopes = rec.segments?.personal.scopes ?? rec.scopes;
  const server = typeof org?.enrollmentServer === 'string' ? org.enrollmentServer.trim() : '';
  const inPlay = ownershipInPlay(rec, answers);
  return {
    lang,
    scopes: scopeEntries(rec),
    hybridAutopilot: ids.includes('ap-intune-connector'),
    personalInPlay: inPlay.personal,
    organizationInPlay: inPlay.organization,
    ...(autopilotMode === undefined ? {} : { autopilotMode }),
    ...(path === undefined ? {} : { comanagementPath: path }),
    ...(personalScopes === undefined ? {} : { personalScopes }),
    ...(server === '' || server.includes('${') ? {} : { enrollmentServer: server }),
  };
}

/**
 * The admin's tasks in the given order, with the exact settings for this recommendation: scope values,
 * Autopilot profile settings, the Group Policy name, which co-management path applies. `org` fills in the server name;
 * `answers` (optional) makes the co-management path and device ownership exact instead of read from the reasons.
 */
export function localizeAdminTasks(
  ids: readonly AdminTaskId[],
  rec: Recommendation,
  lang: Lang,
  org?: OrgValues,
  answers?: Answers,
): LocalizedAdminTask[] {
  const ctx = contextFor(ids, rec, lang, org, answers);
  const texts = pick(TASKS, lang);
  return ids.map((id) => ({ id, title: texts[id].title, detail: texts[id].detail(ctx) }));
}

/** The Group Policy setting's exact name as it appears in the Group Policy editor of that language. */
export function groupPolicyName(lang: Lang): string {
  return pick(GP_POLICY, lang);
}
