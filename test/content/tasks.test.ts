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
const HYBRID_REMOTE = makeAnswers({ ownership: 'organization', identity: 'hybrid', configMgr: 'none', remoteWorkers: 'yes' });
const LEGACY = makeAnswers({ ownership: 'organization', windowsVersion: 'win7', configMgr: 'keep' });
const DOMAIN = makeAnswers({ ownership: 'organization', identity: 'hybrid', configMgr: 'none', purchase: 'other', remoteWorkers: 'no' });
const CM_INTUNE = makeAnswers({ ownership: 'organization', configMgr: 'keep', alreadyInIntune: 'yes' });
const CM_CLIENTS = makeAnswers({ ownership: 'organization', configMgr: 'keep', alreadyInIntune: 'no', identity: 'hybrid' });
const CM_UNKNOWN = makeAnswers({ ownership: 'organization', configMgr: 'keep' });

const ROWS: readonly TaskRow[] = [
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'en', task: 'auto-scopes', says: ['MDM user scope = None, MAM user scope = Some or All', 'not joined'] },
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'nl', task: 'auto-scopes', says: ['MDM-gebruikersbereik = Geen, MAM-gebruikersbereik = Sommige of Alle', 'Automatische inschrijving'] },
  { name: 'BYOD account only', answers: BYOD_ACCOUNT, method: 'automatic', lang: 'en', task: 'guide-users', says: ['work e-mail address (not "Join this device…")'], doesNotSay: ['work devices'] },
  { name: 'BYOD managed device', answers: BYOD_DEVICE, method: 'automatic', lang: 'en', task: 'auto-scopes', says: ['MDM user scope = Some or All, MAM user scope = None'] },
  { name: 'BYOD managed device', answers: BYOD_DEVICE, method: 'automatic', lang: 'nl', task: 'guide-users', says: ['"Dit apparaat toevoegen aan Azure Active Directory"'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'auto-scopes', says: ['MDM user scope = Some or All, MAM user scope = None'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'guide-users', says: ['work devices: sign in with the work account'], doesNotSay: ['personal devices'] },
  { name: 'organization default', answers: ORG_DEFAULT, method: 'automatic', lang: 'en', task: 'auto-cname', says: ['EnterpriseEnrollment.contoso.com', 'EnterpriseEnrollment-s.manage.microsoft.com'] },
  {
    name: 'remote workers',
    answers: REMOTE,
    method: 'autopilot',
    lang: 'en',
    task: 'ap-deployment-profile',
    says: ['User-driven mode', 'Deployment mode: User-Driven', 'Azure AD joined', 'Standard (no local admin)', 'Hide (skip the EULA)', 'security groups', 'exclude groups'],
    doesNotSay: ['Hybrid'],
  },
  {
    name: 'remote workers',
    answers: REMOTE,
    method: 'autopilot',
    lang: 'nl',
    task: 'ap-deployment-profile',
    says: ['Door gebruiker gestuurd', 'geen lokale beheerder', 'EULA overslaan', 'beveiligingsgroepen'],
  },
  { name: 'remote workers', answers: REMOTE, method: 'autopilot', lang: 'en', task: 'ap-automatic-enrollment', says: ['MDM user scope to Some or All'] },
  { name: 'remote workers', answers: REMOTE, method: 'autopilot', lang: 'en', task: 'ap-register-devices', says: ['hardware IDs', 'OEM or CSP partner'] },
  { name: 'kiosks', answers: KIOSK, method: 'autopilot', lang: 'en', task: 'ap-deployment-profile', says: ['Deployment mode: Self-Deploying'] },
  { name: 'kiosks', answers: KIOSK, method: 'autopilot', lang: 'nl', task: 'ap-deployment-profile', says: ['Implementatiemodus: Zelf-implementerend'] },
  { name: 'partner bulk', answers: PARTNER_BULK, method: 'autopilot', lang: 'en', task: 'ap-deployment-profile', says: ['Allow pre-provisioned deployment: Yes'] },
  { name: 'hybrid remote', answers: HYBRID_REMOTE, method: 'autopilot', lang: 'en', task: 'ap-deployment-profile', says: ['Hybrid Azure AD joined'] },
  { name: 'hybrid remote', answers: HYBRID_REMOTE, method: 'autopilot', lang: 'en', task: 'ap-intune-connector', says: ['Intune Connector for Active Directory'] },
  { name: 'Windows 7 with ConfigMgr', answers: LEGACY, method: 'autopilot', lang: 'en', task: 'ap-existing-devices-task-sequence', says: ['task sequence', 'formats the drive'] },
  { name: 'domain joined', answers: DOMAIN, method: 'groupPolicy', lang: 'en', task: 'gp-create-policy', says: ['"Enable automatic MDM enrollment using default Azure AD credentials"', 'user@contoso.com'] },
  {
    name: 'domain joined',
    answers: DOMAIN,
    method: 'groupPolicy',
    lang: 'nl',
    task: 'gp-create-policy',
    says: ['"Automatische MDM-inschrijving inschakelen met Azure AD-standaardreferenties"', 'Beheersjablonen'],
  },
  { name: 'domain joined', answers: DOMAIN, method: 'groupPolicy', lang: 'en', task: 'gp-hybrid-join', says: ['hybrid Azure AD joined'] },
  { name: 'co-management, devices in Intune', answers: CM_INTUNE, method: 'coManagement', lang: 'en', task: 'cm-path-intune-devices', says: ['This path fits your answers.'] },
  { name: 'co-management, devices in Intune', answers: CM_INTUNE, method: 'coManagement', lang: 'en', task: 'cm-path-configmgr-clients', says: ['hybrid Azure AD joined'], doesNotSay: ['fits', 'Pick'] },
  { name: 'co-management, ConfigMgr clients', answers: CM_CLIENTS, method: 'coManagement', lang: 'nl', task: 'cm-path-configmgr-clients', says: ['Dit pad past bij uw antwoorden.'] },
  { name: 'co-management, ConfigMgr clients', answers: CM_CLIENTS, method: 'coManagement', lang: 'nl', task: 'cm-path-intune-devices', says: ['al bij Intune zijn ingeschreven'], doesNotSay: ['past bij'] },
  { name: 'co-management, path unknown', answers: CM_UNKNOWN, method: 'coManagement', lang: 'en', task: 'cm-path-configmgr-clients', says: ['Pick the path that matches your devices.'] },
  { name: 'co-management, path unknown', answers: CM_UNKNOWN, method: 'coManagement', lang: 'en', task: 'cm-path-intune-devices', says: ['Pick the path that matches your devices.'] },
  { name: 'co-management', answers: CM_UNKNOWN, method: 'coManagement', lang: 'en', task: 'cm-tenant-attach', says: ['not an enrollment method', 'does not enroll'] },
  { name: 'co-management', answers: CM_UNKNOWN, method: 'coManagement', lang: 'nl', task: 'cm-tenant-attach', says: ['geen inschrijvingsmethode', 'tenantkoppeling'] },
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

test('the Group Policy name is exactly the editor’s wording in each language', () => {
  expect(groupPolicyName('en')).toBe('Enable automatic MDM enrollment using default Azure AD credentials');
  expect(groupPolicyName('nl')).toBe('Automatische MDM-inschrijving inschakelen met Azure AD-standaardreferenties');
});

test('without answers, the co-management path is read from the recommendation’s reasons', () => {
  const rec = recommend(CM_INTUNE);
  const tasks = localizeAdminTasks(adminTasks(rec, CM_INTUNE), rec, 'en');
  expect(tasks.find((t) => t.id === 'cm-path-intune-devices')?.detail).toContain('This path fits your answers.');
});

test('for a mixed fleet, tasks of both segments are worded with the top-level scope setting', () => {
  const answers = makeAnswers({ ownership: 'mixed', manage: 'account', volume: 'bulk' });
  const tasks = tasksFor(answers, 'en');
  expect(tasks.get('auto-scopes')).toContain('MDM user scope = Some or All, MAM user scope = Some or All');
  expect(tasks.get('auto-bulk-package')).toContain('Organization-owned devices only');
});

test.each(LANGS)('every admin task of many engine results reads cleanly in %s', (lang) => {
  const all = [BYOD_ACCOUNT, BYOD_DEVICE, ORG_DEFAULT, REMOTE, KIOSK, PARTNER_BULK, HYBRID_REMOTE, LEGACY, DOMAIN, CM_INTUNE, CM_CLIENTS, CM_UNKNOWN];
  const seen = new Set<AdminTaskId>();
  for (const answers of all) {
    for (const [id, text] of tasksFor(answers, lang, { enrollmentServer: 'EnterpriseEnrollment.contoso.nl' })) {
      seen.add(id);
      expect({ id, problems: textProblems(text) }).toEqual({ id, problems: [] });
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(18);
});
