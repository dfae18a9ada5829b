import { coManagementPath } from '../engine';
import type { AdminTaskId, Answers, AutopilotMode, CoManagementPath, Recommendation } from '../engine/types';
import { pick } from './lang';
import { autopilotModeName, scopeLabel, scopesText } from './policy';
import { SETUP_TASKS, type SetupTaskId, type TaskContext, type TaskText } from './tasks-setup';
import type { Lang, LocalizedAdminTask, OrgValues } from './types';

type MethodTaskTexts = Readonly<Record<Exclude<AdminTaskId, SetupTaskId>, TaskText>>;

/** The policy's name in current administrative templates (Learn guide, 02/28/2024); older templates say "Azure AD". */
const GP_POLICY = {
  en: 'Enable automatic MDM enrollment using default Microsoft Entra credentials',
  nl: 'Automatische MDM-inschrijving inschakelen met standaardreferenties van Microsoft Entra',
} satisfies Record<Lang, string>;

/** Where automatic enrollment lives in the Intune admin center (Learn, "Enable MDM automatic enrollment for Windows", 02/13/2026). */
const AUTO_ENROLLMENT_PATH = {
  en: 'Intune admin center > Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment',
  nl: 'Intune-beheercentrum > Apparaten > Onboarding van apparaten > Inschrijving > Windows > Automatische inschrijving',
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
    mam: 'WIP user scope (formerly MAM user scope)',
    table:
      'Manage the device: MDM user scope Some or All. Only register personal devices (work account only): keep those users out of the MDM user scope. The WIP user scope (formerly MAM user scope) stays None: WIP is retired.',
  },
  nl: {
    mdm: 'MDM-gebruikersbereik',
    mam: 'WIP-gebruikersbereik (voorheen MAM-gebruikersbereik)',
    table:
      'Het apparaat beheren: MDM-gebruikersbereik Sommige of Alle. Persoonlijke apparaten alleen registreren (alleen het werkaccount): houd die gebruikers buiten het MDM-gebruikersbereik. Het WIP-gebruikersbereik (voorheen MAM-gebruikersbereik) blijft Geen: WIP is uitgefaseerd.',
  },
} satisfies Record<Lang, Record<'mdm' | 'mam' | 'table', string>>;

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

const USER_PLACEHOLDER = { en: 'name@yourdomain', nl: 'naam@uwdomein' } satisfies Record<Lang, string>;

/** The work account as users type it: with the organization's domain once settings give it, else a placeholder. */
function userExample(ctx: TaskContext): string {
  return ctx.domain === undefined ? pick(USER_PLACEHOLDER, ctx.lang) : `name@${ctx.domain}`;
}

function serverPhrase(ctx: TaskContext): string {
  const t = pick(SERVER_WORDS, ctx.lang);
  return ctx.enrollmentServer === undefined ? t.noServer : t.server(ctx.enrollmentServer);
}

const GUIDE_USERS_OPTION = {
  en: {
    register: 'personal devices: Settings > Accounts > Access work or school > Connect > work e-mail address (not "Join this device…")',
    join: 'personal devices: Settings > Accounts > Access work or school > Connect > "Join this device to Microsoft Entra ID" (Windows 10: "…Azure Active Directory")',
    organization: 'work devices: sign in with the work account during set-up',
  },
  nl: {
    register: 'persoonlijke apparaten: Instellingen > Accounts > Toegang tot werk of school > Verbinding maken > zakelijk e-mailadres (niet "Dit apparaat koppelen…")',
    join: 'persoonlijke apparaten: Instellingen > Accounts > Toegang tot werk of school > Verbinding maken > "Dit apparaat koppelen aan Microsoft Entra ID" (Windows 10: "…Azure Active Directory")',
    organization: 'werkapparaten: tijdens de installatie aanmelden met het werkaccount',
  },
} satisfies Record<Lang, Record<'register' | 'join' | 'organization', string>>;

function guideUsersChoices(ctx: TaskContext): string {
  const t = pick(GUIDE_USERS_OPTION, ctx.lang);
  const parts: string[] = [];
  if (ctx.organizationInPlay) parts.push(t.organization);
  if (ctx.personalInPlay) parts.push(ctx.registerPersonal || ctx.personalScopes?.mdm === 'none' ? t.register : t.join);
  return parts.join('; ');
}

const TASKS = {
  en: {
    'auto-windows-version': {
      title: 'Make sure the devices run Windows 11',
      detail: () =>
        'Automatic enrollment works on Windows 10 and newer, but Windows 10 reached end of support on 14 October 2025: upgrade to Windows 11, and replace hardware that cannot run it.',
    },
    'auto-cname': {
      title: 'Optional: create a CNAME for enrollment',
      detail: () =>
        'In DNS, point EnterpriseEnrollment.[your domain] (for example EnterpriseEnrollment.contoso.com) to EnterpriseEnrollment-s.manage.microsoft.com, so users need not type the Intune server name. Test the record in the Intune admin center (Devices > Device onboarding > Enrollment > Windows > CNAME Validation).',
    },
    'auto-scopes': {
      title: 'Set the MDM user scope (WIP user scope: None)',
      detail: (ctx) => `${AUTO_ENROLLMENT_PATH.en}. ${scopeLines(ctx)}`,
    },
    'auto-bulk-package': {
      title: 'Build a bulk enrollment package with Windows Configuration Designer',
      detail: () =>
        'Install Windows Configuration Designer (WCD) from the Microsoft Store, create a provisioning package that enrolls devices in Microsoft Entra ID (it fetches a bulk token for an enrollment account), and put the package file on a USB drive or network share. Organization-owned devices only; if users are not comfortable running the file, an admin enrolls the device.',
    },
    'ap-automatic-enrollment': {
      title: 'Set up automatic enrollment first',
      detail: () => `Autopilot uses automatic enrollment: in ${AUTO_ENROLLMENT_PATH.en} set the MDM user scope to Some or All for the users of these devices.`,
    },
    'ap-register-devices': {
      title: 'Register the devices with Autopilot',
      detail: () =>
        'Intune admin center > Devices > Device onboarding > Enrollment > Windows > Windows Autopilot > Devices > Import the hardware hashes, or have your OEM or CSP partner register them; devices already in Intune can be registered with "Convert all targeted devices to Autopilot" in the profile. Windows 11 devices can use Windows Autopilot device preparation instead, which needs no registration (Entra join, user-driven).',
    },
    'ap-deployment-profile': {
      title: 'Create and assign an Autopilot deployment profile',
      detail: (ctx) => {
        const mode =
          ctx.autopilotMode === undefined
            ? 'Out-of-box experience (OOBE) — Deployment mode: the one that fits (User-Driven, Self-Deploying, …)'
            : `Out-of-box experience (OOBE) for ${autopilotModeName(ctx.autopilotMode, 'en')} — ${MODE_SETTING.en[ctx.autopilotMode]}`;
        const join = ctx.hybridAutopilot ? 'Join to Microsoft Entra ID as: Microsoft Entra hybrid joined' : 'Join to Microsoft Entra ID as: Microsoft Entra joined';
        return `Intune admin center > Devices > Device onboarding > Enrollment > Windows > Windows Autopilot > Deployment profiles > Create profile. ${mode}; ${join}; User account type: Standard (no local admin); Microsoft Software License Terms: Hide (skip the EULA). Assign it to the security groups that hold the devices.`;
      },
    },
    'ap-intune-connector': {
      title: 'Install the Intune Connector for Active Directory (6.2501.2000.5 or newer)',
      detail: () =>
        'Intune admin center > Devices > Device onboarding > Enrollment > Windows > Windows Autopilot > Intune Connector for Active Directory > Add: install version 6.2504.2001.8 or newer on a Windows Server in the domain (uninstall an older connector by hand first). Its managed service account needs the right to create computer objects in the OU you choose; raise the OU’s computer-account limit if needed.',
    },
    'ap-existing-devices-task-sequence': {
      title: 'Prepare Autopilot for existing devices in Configuration Manager',
      detail: () =>
        'Export the Autopilot profile as JSON, put it in a Configuration Manager package and deploy a task sequence named "Autopilot for existing devices" to the Windows 7 or 8.1 devices. It formats the drive and installs Windows 11, so users must back up their files; it does not work while personally owned devices are blocked from enrolling.',
    },
    'ap-devices-appear': {
      title: 'Check the devices in the Intune admin center',
      detail: () => 'Once the profile is assigned, the devices show it as assigned under Windows Autopilot > Devices, and after setup under Devices > Windows.',
    },
    'gp-supported-devices': {
      title: 'Check that the devices are supported',
      detail: () => 'Make sure the devices run a supported Windows version (Windows 11) and are supported by Intune and for Group Policy enrollment.',
    },
    'gp-register-ad': {
      title: 'Connect your on-premises AD to Microsoft Entra ID',
      detail: () => 'Synchronize your on-premises Active Directory with Microsoft Entra ID (Microsoft Entra Connect), the guide’s "Azure AD integration with MDM".',
    },
    'gp-hybrid-join': {
      title: 'Microsoft Entra hybrid join the devices',
      detail: () => 'Make sure the devices are in your on-premises AD and in Microsoft Entra ID (Microsoft Entra hybrid joined) before they enroll.',
    },
    'gp-create-policy': {
      title: `Create the Group Policy "${GP_POLICY.en}"`,
      detail: (ctx) =>
        `In on-premises AD, create a GPO: Computer Configuration > Policies > Administrative Templates > Windows Components > MDM > "${GP_POLICY.en}" (older templates: "…default Azure AD credentials") = Enabled, credential type User Credential. At the next policy refresh it reaches the devices; users finish with their domain account (${userExample(ctx)}).`,
    },
    'cm-path-configmgr-clients': {
      title: 'Path a: enroll your existing Configuration Manager clients in Intune',
      detail: () =>
        'Configuration Manager console > Administration > Cloud Services > Cloud Attach > Configure Cloud Attach: automatic enrollment in Intune for a pilot collection, then all. The clients must be Microsoft Entra hybrid joined, and their users in the MDM user scope.',
    },
    'cm-path-intune-devices': {
      title: 'Path b: Entra join the devices, then install the Configuration Manager client from Intune',
      detail: () =>
        'Enroll the devices with Autopilot or the out-of-box experience (Microsoft Entra joined), set up a cloud management gateway, and deploy the Configuration Manager client from Intune as a Windows app (line-of-business) with the gateway’s command line.',
    },
    'cm-tenant-attach': {
      title: 'Optional: tenant attach (not an enrollment method)',
      detail: () =>
        'Tenant attach uploads your Configuration Manager devices to the Intune admin center without enrolling them: you can run remote actions, see your on-premises servers and get OS information. It does not enroll anything in Intune.',
    },
    'guide-users': {
      title: 'Tell users exactly what to do',
      detail: (ctx) =>
        `Most users need guidance to enroll. Send them the employee instructions with the exact values: their work account (${userExample(ctx)}), ${serverPhrase(ctx)} if asked. What to choose: ${guideUsersChoices(ctx)}.`,
    },
  },
  nl: {
    'auto-windows-version': {
      title: 'Zorg dat de apparaten Windows 11 draaien',
      detail: () =>
        'Automatische inschrijving werkt op Windows 10 en hoger, maar Windows 10 wordt sinds 14 oktober 2025 niet meer ondersteund: voer een upgrade naar Windows 11 uit en vervang hardware die dat niet kan draaien.',
    },
    'auto-cname': {
      title: 'Optioneel: maak een CNAME-record voor de inschrijving',
      detail: () =>
        'Laat in DNS EnterpriseEnrollment.[uw domein] (bijvoorbeeld EnterpriseEnrollment.contoso.com) verwijzen naar EnterpriseEnrollment-s.manage.microsoft.com, zodat gebruikers de naam van de Intune-server niet hoeven in te voeren. Test het record in het Intune-beheercentrum (Apparaten > Onboarding van apparaten > Inschrijving > Windows > CNAME-validatie).',
    },
    'auto-scopes': {
      title: 'Stel het MDM-gebruikersbereik in (WIP-gebruikersbereik: Geen)',
      detail: (ctx) => `${AUTO_ENROLLMENT_PATH.nl}. ${scopeLines(ctx)}`,
    },
    'auto-bulk-package': {
      title: 'Maak een pakket voor bulkinschrijving met Windows Configuration Designer',
      detail: () =>
        'Installeer Windows Configuration Designer (WCD) vanuit Microsoft Store, maak een inrichtingspakket dat apparaten in Microsoft Entra ID inschrijft (het haalt een bulktoken op voor een inschrijvingsaccount) en zet het pakketbestand op een USB-station of netwerkshare. Alleen voor apparaten in bedrijfseigendom; zijn gebruikers niet vertrouwd met het bestand, laat dan een beheerder inschrijven.',
    },
    'ap-automatic-enrollment': {
      title: 'Richt eerst Automatische inschrijving in',
      detail: () => `Autopilot maakt gebruik van Automatische inschrijving: zet in ${AUTO_ENROLLMENT_PATH.nl} het MDM-gebruikersbereik op Sommige of Alle voor de gebruikers van deze apparaten.`,
    },
    'ap-register-devices': {
      title: 'Registreer de apparaten bij Autopilot',
      detail: () =>
        'Intune-beheercentrum > Apparaten > Onboarding van apparaten > Inschrijving > Windows > Windows Autopilot > Apparaten: importeer de hardware-hashes of laat uw OEM- of CSP-partner ze registreren; apparaten die al in Intune staan, registreert u met "Alle doelapparaten converteren naar Autopilot". Windows 11-apparaten kunnen ook Windows Autopilot-apparaatvoorbereiding gebruiken, zonder registratie (koppeling aan Microsoft Entra, door gebruiker gestuurd).',
    },
    'ap-deployment-profile': {
      title: 'Maak een Autopilot-implementatieprofiel en wijs het toe',
      detail: (ctx) => {
        const mode =
          ctx.autopilotMode === undefined
            ? 'Out-of-box-ervaring (OOBE) — Implementatiemodus: de modus die past (Door gebruiker gestuurd, Zelf-implementerend, …)'
            : `Out-of-box-ervaring (OOBE) voor ${autopilotModeName(ctx.autopilotMode, 'nl')} — ${MODE_SETTING.nl[ctx.autopilotMode]}`;
        const join = ctx.hybridAutopilot
          ? 'Koppelen aan Microsoft Entra ID als: Hybride Microsoft Entra-gekoppeld'
          : 'Koppelen aan Microsoft Entra ID als: Aan Microsoft Entra gekoppeld';
        return `Intune-beheercentrum > Apparaten > Onboarding van apparaten > Inschrijving > Windows > Windows Autopilot > Implementatieprofielen > Profiel maken. ${mode}; ${join}; Type gebruikersaccount: Standaard (geen lokale beheerder); Licentievoorwaarden: Verbergen (EULA overslaan). Wijs het toe aan de beveiligingsgroepen met de apparaten.`;
      },
    },
    'ap-intune-connector': {
      title: 'Installeer de Intune Connector voor Active Directory (6.2501.2000.5 of hoger)',
      detail: () =>
        'Intune-beheercentrum > Apparaten > Onboarding van apparaten > Inschrijving > Windows > Windows Autopilot > Intune Connector voor Active Directory > Toevoegen: installeer versie 6.2504.2001.8 of hoger op een Windows Server in het domein (verwijder een oudere connector eerst handmatig). Het beheerde serviceaccount ervan heeft het recht nodig om computerobjecten te maken in de gekozen organisatie-eenheid; verhoog zo nodig de limiet voor computeraccounts.',
    },
    'ap-existing-devices-task-sequence': {
      title: 'Bereid Autopilot voor bestaande apparaten voor in Configuration Manager',
      detail: () =>
        'Exporteer het Autopilot-profiel als JSON, zet het in een Configuration Manager-pakket en implementeer een takenreeks met de naam "Autopilot voor bestaande apparaten" op de apparaten met Windows 7 of 8.1. Die formatteert de schijf en installeert Windows 11, dus gebruikers moeten hun bestanden veiligstellen; het werkt niet zolang apparaten in persoonlijk eigendom worden geblokkeerd.',
    },
    'ap-devices-appear': {
      title: 'Controleer de apparaten in het Intune-beheercentrum',
      detail: () => 'Nadat het profiel is toegewezen, staat het als toegewezen onder Windows Autopilot > Apparaten, en na de installatie staan de apparaten onder Apparaten > Windows.',
    },
    'gp-supported-devices': {
      title: 'Controleer of de apparaten worden ondersteund',
      detail: () => 'Zorg dat de apparaten een ondersteunde Windows-versie draaien (Windows 11) en worden ondersteund in Intune en voor inschrijving via Groepsbeleid.',
    },
    'gp-register-ad': {
      title: 'Verbind uw on-premises AD met Microsoft Entra ID',
      detail: () => 'Synchroniseer uw on-premises Active Directory met Microsoft Entra ID (Microsoft Entra Connect), in de handleiding "Azure AD-integratie met MDM".',
    },
    'gp-hybrid-join': {
      title: 'Maak de apparaten hybride Microsoft Entra-gekoppeld',
      detail: () => 'Zorg dat de apparaten in uw on-premises AD en in Microsoft Entra ID staan (hybride Microsoft Entra-gekoppeld) voordat ze worden ingeschreven.',
    },
    'gp-create-policy': {
      title: `Maak het groepsbeleid "${GP_POLICY.nl}"`,
      detail: (ctx) =>
        `Maak in de on-premises AD een GPO: Computerconfiguratie > Beleidsregels > Beheersjablonen > Windows-onderdelen > MDM > "${GP_POLICY.nl}" (oudere sjablonen: "…Azure AD-standaardreferenties") = Ingeschakeld, referentietype Gebruikersreferentie. Bij de volgende vernieuwing van het beleid komt het op de apparaten; gebruikers ronden af met hun domeinaccount (${userExample(ctx)}).`,
    },
    'cm-path-configmgr-clients': {
      title: 'Pad a: schrijf uw bestaande Configuration Manager-clients in bij Intune',
      detail: () =>
        'Configuration Manager-console > Beheer > Cloudservices > Cloud Attach > Cloud Attach configureren: automatische inschrijving bij Intune voor een pilotverzameling, daarna voor alle. De clients moeten hybride Microsoft Entra-gekoppeld zijn, en hun gebruikers in het MDM-gebruikersbereik.',
    },
    'cm-path-intune-devices': {
      title: 'Pad b: koppel de apparaten aan Microsoft Entra en installeer daarna de Configuration Manager-client vanuit Intune',
      detail: () =>
        'Schrijf de apparaten in met Autopilot of de eerste installatie (aan Microsoft Entra gekoppeld), richt een cloudbeheergateway in, en implementeer de Configuration Manager-client vanuit Intune als Windows-app (line-of-business) met de opdrachtregel van de gateway.',
    },
    'cm-tenant-attach': {
      title: 'Optioneel: tenantkoppeling (geen inschrijvingsmethode)',
      detail: () =>
        'Met tenantkoppeling uploadt u uw Configuration Manager-apparaten naar het Intune-beheercentrum zonder ze in te schrijven: u voert externe acties uit, bekijkt uw on-premises servers en haalt informatie over het besturingssysteem op. Er wordt niets bij Intune ingeschreven.',
    },
    'guide-users': {
      title: 'Vertel gebruikers precies wat ze moeten doen',
      detail: (ctx) =>
        `Stuur gebruikers de instructies voor medewerkers met de precieze gegevens: hun werkaccount (${userExample(ctx)}), ${serverPhrase(ctx)} als erom wordt gevraagd. Wat ze kiezen: ${guideUsersChoices(ctx)}.`,
    },
  },
} satisfies Record<Lang, MethodTaskTexts>;

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
  const decided = rec.coManagementPath ?? rec.segments?.organization.coManagementPath;
  if (decided !== undefined || answers === undefined) return decided;
  return coManagementPath(answers);
}

/** contoso.com from EnterpriseEnrollment.contoso.com; nothing from Intune's own server name or anything else. */
export function domainFromServer(server: string): string | undefined {
  const match = /^enterpriseenrollment\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(server);
  return match === null ? undefined : match[1].toLowerCase();
}

function contextFor(rec: Recommendation, lang: Lang, org: OrgValues | undefined, answers: Answers | undefined): TaskContext {
  const path = comanagementPathOf(rec, answers);
  const autopilotMode = rec.autopilotMode ?? rec.segments?.organization.autopilotMode;
  const autopilotJoin = rec.autopilotJoin ?? rec.segments?.organization.autopilotJoin;
  const personalScopes = rec.segments?.personal.scopes ?? rec.scopes;
  const registerPersonal = (rec.registerPersonal ?? rec.segments?.personal.registerPersonal) !== undefined;
  const raw = typeof org?.enrollmentServer === 'string' ? org.enrollmentServer.trim() : '';
  const server = raw === '' || raw.includes('${') ? undefined : raw;
  const domain = server === undefined ? undefined : domainFromServer(server);
  const inPlay = ownershipInPlay(rec, answers);
  return {
    lang,
    scopes: scopeEntries(rec),
    hybridAutopilot: autopilotJoin === 'hybrid',
    registerPersonal,
    personalInPlay: inPlay.personal,
    organizationInPlay: inPlay.organization,
    ...(autopilotMode === undefined ? {} : { autopilotMode }),
    ...(path === undefined ? {} : { comanagementPath: path }),
    ...(personalScopes === undefined ? {} : { personalScopes }),
    ...(server === undefined ? {} : { enrollmentServer: server }),
    ...(domain === undefined ? {} : { domain }),
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
  const ctx = contextFor(rec, lang, org, answers);
  const texts: Readonly<Record<AdminTaskId, TaskText>> = { ...pick(TASKS, lang), ...pick(SETUP_TASKS, lang) };
  return ids.map((id) => ({ id, title: texts[id].title, detail: texts[id].detail(ctx) }));
}

/** The Group Policy setting's exact name as it appears in the Group Policy editor of that language. */
export function groupPolicyName(lang: Lang): string {
  return pick(GP_POLICY, lang);
}
