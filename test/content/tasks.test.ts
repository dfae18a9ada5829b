import { adminTasks, recommend, type AdminTaskId, type Answers, type MethodId } from '../../src/engine';
import { LANGS, groupPolicyName, localizeAdminTasks, localizeInstructions, type Lang, type OrgValues } from '../../src/content';
import { textProblems } from './text-inventory';

const makeAnswers = (overrides: Answers): Answers => ({ azureAdPremium: 'yes', otherMdm: 'no', demAccount: 'no', ...overrides });

/** Tasks exactly as the admin-tasks card gets them: engine ids, the recommendation, org values and answers. */
function tasksFor(answers: Answers, lang: Lang, org?: OrgValues): Map<AdminTaskId, string> {
  const rec = recommend(answers);
  const tasks = localizeAdminTasks(adminTasks(rec, answers), rec, lang, org, answers);
  return new Map(tasks.map((t) => [t.id, `${t.title} :: ${t.detail}`]));
}

interface TaskRow {
  readonly name: string;
  readonly answers: Answers;
  readonly method: MethodId;
  readonly lang: Lang;
  readonly task: AdminTaskId;
  readonly says: readonly string[];
  readonly doesNotSay?: readonly string[];
}

const BYOD_ACCOUNT = makeAnswers({ ownership: 'personal', manage: 'account' });
const BYOD_DEVICE = makeAnswers({ ownership: 'personal', manage: 'device' });
const ORG_DEFAULT = makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none', purchase: 'other', remoteWorkers: 'no' });
const REMOTE = makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none', remoteWorkers: 'yes' });
const KIOSK = makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none', userAffinity: 'userless', purchase: 'autopilot-partner' });
const PARTNER_BULK = makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none', purchase: 'autopilot-partner', remoteWorkers: 'no', volume: 'bulk' });
const HYBRID_EXISTING = makeAnswers({ ownership: 'organization', identity: 'hybrid', deviceAge: 'existing', configMgr: 'none', remoteWorkers: 'yes' });
const CM_LEAVING = makeAnswers({ ownership: 'organization', configMgr: 'phasing-out', identity: 'hybrid', deviceAge: 'existing' });
const ORG_BULK = makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none', purchase: 'other', remoteWorkers: 'no', volume: 'bulk' });
const MIXED_ACCOUNT = makeAnswers({ ownership: 'mixed', manage: 'account', identity: 'cloud', configMgr: 'none' });
const LEGACY = makeAnswers({ ownership: 'organization', windowsVersion: 'win7', configMgr: 'keep' });
const DOMAIN = makeAnswers({ ownership: 'organization', identity: 'hybrid', configMgr: 'none', purchase: 'other', remoteWorkers: 'no' });
const CM_INTUNE = makeAnswers({ ownership: 'organization', configMgr: 'keep', alreadyInIntune: 'yes' });
const CM_CLIENTS = makeAnswers({ ownership: 'organization', configMgr: 'keep', alreadyInIntune: 'no', identity: 'hybrid' });

const ROWS: readonly TaskRow[] = [
  {
    name: 'BYOD account only',
    answers: BYOD_ACCOUNT,
    method: 'automatic',
    lang: 'en',
    task: 'auto-scopes',
    says: ['Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment', 'MDM user scope = None, WIP user scope (formerly MAM user scope) = None', 'registered'],
    doesNotSay: ['= Some or All'],
  },
  {
    name: 'BYOD account only',
    answers: BYOD_ACCOUNT,
    method: 'automatic',
    lang: 'nl',
    task: 'auto-scopes',
    says: ['MDM-gebruikersbereik = Geen, WIP-gebruikersbereik (voorheen MAM-gebruikersbereik) = Geen', 'Onboarding van apparaten'],
    doesNotSay: ['= Sommige of Alle'],
  },
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'en', task: 'guide-users', says: ['work e-mail address (not "Join this device…")'], doesNotSay: ['work devices'] },
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'en', task: 'byod-keep-registered', says: ['outside the MDM user scope', 'WIP user scope to None'] },
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'en', task: 'byod-disable-mdm-on-add-account', says: ['public preview', 'not Settings > Accounts > Access work or school'] },
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'nl', task: 'byod-conditional-access', says: ['Beveiligingsbeleid voor apps vereisen', 'Zonder P1'] },
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'en', task: 'byod-security-center-connector', says: ['Tenant administration > Connectors and tokens', 'Windows Security Center'] },
  { name: 'BYOD managed device', answers: BYOD_DEVICE, method: 'automatic', lang: 'en', task: 'auto-scopes', says: ['MDM user scope = Some or All, WIP user scope (formerly MAM user scope) = None'] },
  { name: 'BYOD managed device', answers: BYOD_DEVICE, method: 'automatic', lang: 'nl', task: 'guide-users', says: ['"Dit apparaat koppelen aan Microsoft Entra ID"'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'auto-scopes', says: ['MDM user scope = Some or All, WIP user scope (formerly MAM user scope) = None'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'guide-users', says: ['work devices: sign in with the work account'], doesNotSay: ['personal devices'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'auto-cname', says: ['EnterpriseEnrollment.contoso.com', 'EnterpriseEnrollment-s.manage.microsoft.com'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'intune-licences', says: ['Intune licence'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'mdm-scope-role', says: ['Intune Administrator'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'nl', task: 'entra-device-settings', says: ['Gebruikers kunnen apparaten koppelen aan Microsoft Entra', 'Maximum aantal apparaten per gebruiker'] },
  {
    name: 'remote workers',
    answers: REMOTE,
    method: 'autopilot',
    lang: 'en',
    task: 'ap-deployment-profile',
    says: ['User-driven mode', 'Deployment mode: User-Driven', 'Join to Microsoft Entra ID as: Microsoft Entra joined', 'Standard (no local admin)', 'License Terms: Hide', 'security groups'],
    doesNotSay: ['hybrid'],
  },
  {
    name: 'remote workers',
    answers: REMOTE,
    method: 'autopilot',
    lang: 'nl',
    task: 'ap-deployment-profile',
    says: ['Door gebruiker gestuurd', 'Standaard', 'Aan Microsoft Entra gekoppeld', 'beveiligingsgroepen'],
  },
  { name: 'remote workers', answers: REMOTE, method: 'autopilot', lang: 'en', task: 'ap-automatic-enrollment', says: ['MDM user scope to Some or All'] },
  { name: 'remote workers', answers: REMOTE, method: 'autopilot', lang: 'en', task: 'ap-register-devices', says: ['hardware hashes', 'OEM or CSP partner', 'Windows Autopilot device preparation'] },
  { name: 'remote workers', answers: REMOTE, method: 'autopilot', lang: 'en', task: 'ap-esp', says: ['Enrollment Status Page'] },
  { name: 'kiosks', answers: KIOSK, method: 'autopilot', lang: 'en', task: 'ap-deployment-profile', says: ['Deployment mode: Self-Deploying', 'Microsoft Entra joined'] },
  { name: 'kiosks', answers: KIOSK, method: 'autopilot', lang: 'nl', task: 'ap-deployment-profile', says: ['Implementatiemodus: Zelf-implementerend'] },
  { name: 'partner bulk', answers: PARTNER_BULK, method: 'autopilot', lang: 'en', task: 'ap-deployment-profile', says: ['Allow pre-provisioned deployment: Yes'] },
  { name: 'hybrid existing', answers: HYBRID_EXISTING, method: 'autopilot', lang: 'en', task: 'ap-deployment-profile', says: ['Join to Microsoft Entra ID as: Microsoft Entra hybrid joined'] },
  { name: 'hybrid existing', answers: HYBRID_EXISTING, method: 'autopilot', lang: 'en', task: 'ap-intune-connector', says: ['Intune Connector for Active Directory', '6.2501.2000.5', '6.2504.2001.8', 'managed service account'] },
  { name: 'hybrid existing', answers: HYBRID_EXISTING, method: 'autopilot', lang: 'nl', task: 'ap-domain-join-profile', says: ['Domeindeelname', 'organisatie-eenheid'] },
  { name: 'Windows 7 with ConfigMgr', answers: LEGACY, method: 'autopilot', lang: 'en', task: 'ap-existing-devices-task-sequence', says: ['task sequence', 'formats the drive', 'Windows 11'] },
  {
    name: 'domain joined',
    answers: DOMAIN,
    method: 'groupPolicy',
    lang: 'en',
    task: 'gp-create-policy',
    says: ['"Enable automatic MDM enrollment using default Microsoft Entra credentials"', 'older templates', 'name@yourdomain'],
  },
  {
    name: 'domain joined',
    answers: DOMAIN,
    method: 'groupPolicy',
    lang: 'nl',
    task: 'gp-create-policy',
    says: ['"Automatische MDM-inschrijving inschakelen met standaardreferenties van Microsoft Entra"', 'Beheersjablonen'],
  },
  { name: 'domain joined', answers: DOMAIN, method: 'groupPolicy', lang: 'en', task: 'gp-hybrid-join', says: ['Microsoft Entra hybrid joined'] },
  { name: 'co-management, devices in Intune', answers: CM_INTUNE, method: 'coManagement', lang: 'en', task: 'cm-path-intune-devices', says: ['cloud management gateway', 'Microsoft Entra joined'] },
  { name: 'co-management, ConfigMgr clients', answers: CM_CLIENTS, method: 'coManagement', lang: 'nl', task: 'cm-path-configmgr-clients', says: ['hybride Microsoft Entra-gekoppeld', 'Cloud Attach'] },
  { name: 'co-management', answers: CM_CLIENTS, method: 'coManagement', lang: 'en', task: 'cm-tenant-attach', says: ['not an enrollment method', 'does not enroll'] },
  { name: 'co-management', answers: CM_CLIENTS, method: 'coManagement', lang: 'nl', task: 'cm-tenant-attach', says: ['geen inschrijvingsmethode', 'tenantkoppeling'] },
  { name: 'Configuration Manager phased out', answers: CM_LEAVING, method: 'coManagement', lang: 'en', task: 'cm-move-workloads', says: ['workloads', 'pilot'] },
  { name: 'bulk', answers: ORG_BULK, method: 'automatic', lang: 'en', task: 'bulk-exclude-mfa', says: ['exclude that account from Conditional Access policies that require MFA'] },
  { name: 'bulk', answers: ORG_BULK, method: 'automatic', lang: 'nl', task: 'bulk-exclude-mfa', says: ['voorwaardelijke toegang', 'MFA'] },
  { name: 'mixed, account only', answers: MIXED_ACCOUNT, method: 'automatic', lang: 'en', task: 'byod-corporate-identifiers', says: ['Corporate device identifiers', 'Autopilot'] },
];

test.each(ROWS)('$name ($lang): $task says what to set', ({ answers, method, lang, task, says, doesNotSay }) => {
  expect(recommend(answers).recommended).toBe(method);
  const tasks = tasksFor(answers, lang);
  const text = tasks.get(task);
  expect(text).toBeDefined();
  for (const phrase of says) expect(text).toContain(phrase);
  for (const phrase of doesNotSay ?? []) expect(text).not.toContain(phrase);
});

describe.each(LANGS)('guide-users in %s', (lang) => {
  it('gives the organization’s enrollment server when it is known, the generic hint otherwise', () => {
    const withServer = tasksFor(BYOD_ACCOUNT, lang, { enrollmentServer: 'EnterpriseEnrollment.contoso.nl' }).get('guide-users');
    const without = tasksFor(BYOD_ACCOUNT, lang).get('guide-users');
    expect(withServer).toContain('EnterpriseEnrollment.contoso.nl');
    expect(without).not.toContain('contoso.nl');
    expect(without).toContain(lang === 'en' ? 'the Intune server name or your CNAME' : 'de naam van de Intune-server of uw CNAME');
  });

  it('gives both choices for a mixed fleet', () => {
    const text = tasksFor(makeAnswers({ ownership: 'mixed', manage: 'account' }), lang).get('guide-users') ?? '';
    expect(text).toContain(lang === 'en' ? 'work devices' : 'werkapparaten');
    expect(text).toContain(lang === 'en' ? 'personal devices' : 'persoonlijke apparaten');
  });
});

test.each(LANGS)('the task sequence users look for in Software Center has the name the %s admin task gives it', (lang) => {
  const detail = tasksFor(LEGACY, lang).get('ap-existing-devices-task-sequence') ?? '';
  const name = /"([^"]+)"/.exec(detail)?.[1];
  expect(name).toBeDefined();
  expect(localizeInstructions('autopilot-existing-devices', lang).steps.join('\n')).toContain(`"${name ?? '?'}"`);
});

test('the Group Policy name is the current template’s wording in each language (Entra, not Azure AD)', () => {
  expect(groupPolicyName('en')).toBe('Enable automatic MDM enrollment using default Microsoft Entra credentials');
  expect(groupPolicyName('nl')).toBe('Automatische MDM-inschrijving inschakelen met standaardreferenties van Microsoft Entra');
});

test.each(LANGS)('co-management shows only the decided path (%s): path b is absent when path a is decided, and the other way round', (lang) => {
  const a = tasksFor(CM_CLIENTS, lang);
  expect(a.has('cm-path-configmgr-clients')).toBe(true);
  expect(a.has('cm-path-intune-devices')).toBe(false);
  const b = tasksFor(CM_INTUNE, lang);
  expect(b.has('cm-path-intune-devices')).toBe(true);
  expect(b.has('cm-path-configmgr-clients')).toBe(false);
});

test.each(LANGS)('no placeholder once settings give the domain (%s): the work account reads name@contoso.nl', (lang) => {
  const withServer = tasksFor(DOMAIN, lang, { enrollmentServer: 'EnterpriseEnrollment.contoso.nl' });
  expect(withServer.get('gp-create-policy')).toContain('name@contoso.nl');
  expect(withServer.get('guide-users')).toContain('name@contoso.nl');
  expect([...withServer.values()].join('\n')).not.toMatch(/yourdomain|uwdomein/);
  expect(tasksFor(DOMAIN, lang).get('guide-users')).toMatch(/name@yourdomain|naam@uwdomein/);
});

test('for a mixed fleet, tasks of both segments are worded with the top-level scope setting; WIP stays None', () => {
  const answers = makeAnswers({ ownership: 'mixed', manage: 'account', volume: 'bulk' });
  const tasks = tasksFor(answers, 'en');
  expect(tasks.get('auto-scopes')).toContain('MDM user scope = Some or All, WIP user scope (formerly MAM user scope) = None');
  expect(tasks.get('auto-bulk-package')).toContain('Organization-owned devices only');
  expect(tasks.get('byod-block-personal-enrollment')).toContain('Personally owned Block');
});

test.each(LANGS)('every admin task of many engine results reads cleanly in %s', (lang) => {
  const all = [BYOD_ACCOUNT, BYOD_DEVICE, ORG_DEFAULT, REMOTE, KIOSK, PARTNER_BULK, HYBRID_EXISTING, LEGACY, DOMAIN, CM_INTUNE, CM_CLIENTS, CM_LEAVING, ORG_BULK, MIXED_ACCOUNT];
  const seen = new Set<AdminTaskId>();
  for (const answers of all) {
    for (const [id, text] of tasksFor(answers, lang, { enrollmentServer: 'EnterpriseEnrollment.contoso.nl' })) {
      seen.add(id);
      expect({ id, problems: textProblems(text) }).toEqual({ id, problems: [] });
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(30);
});
