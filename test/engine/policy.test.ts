import { recommend, type Answers, type AutopilotMode, type Scopes, type WarningCode } from '../../src/engine';
import { makeAnswers } from './support';

const AUTOPILOT = makeAnswers({
  ownership: 'organization',
  windowsVersion: 'win11',
  azureAdPremium: 'yes',
  identity: 'cloud',
  configMgr: 'none',
  purchase: 'autopilot-partner',
  demAccount: 'no',
  otherMdm: 'no',
});

describe('Autopilot deployment mode (our policy)', () => {
  test.each<{ name: string; change: Answers; mode: AutopilotMode }>([
    { name: 'Windows 7 with Configuration Manager → existing devices', change: { windowsVersion: 'win7', configMgr: 'keep' }, mode: 'existing-devices' },
    { name: 'user-less → self-deploying, even when shipped to remote workers', change: { userAffinity: 'userless', remoteWorkers: 'yes' }, mode: 'self-deploying' },
    { name: 'remote workers → user-driven, even in bulk', change: { remoteWorkers: 'yes', volume: 'bulk' }, mode: 'user-driven' },
    { name: 'bulk without remote workers → pre-provisioned', change: { volume: 'bulk', remoteWorkers: 'no' }, mode: 'pre-provisioned' },
    { name: 'user affinity both → user-driven (self-deploying cannot serve single users)', change: { userAffinity: 'both' }, mode: 'user-driven' },
    { name: 'otherwise → user-driven', change: { volume: 'few' }, mode: 'user-driven' },
  ])('$name', ({ change, mode }) => {
    const rec = recommend({ ...AUTOPILOT, ...change });
    expect(rec.recommended).toBe('autopilot');
    expect(rec.autopilotMode).toBe(mode);
  });
});

describe('automatic enrollment scopes: the MDM user scope decides, the WIP (formerly MAM) user scope is always None', () => {
  test.each<{ name: string; answers: Answers; scopes: Scopes }>([
    { name: 'personal, manage the device', answers: { ownership: 'personal', manage: 'device' }, scopes: { mdm: 'some-or-all', mam: 'none' } },
    { name: 'personal, work account only → registered: users out of the MDM scope, WIP None', answers: { ownership: 'personal', manage: 'account' }, scopes: { mdm: 'none', mam: 'none' } },
    { name: 'personal, both → the device; WIP stays None (retired)', answers: { ownership: 'personal', manage: 'both' }, scopes: { mdm: 'some-or-all', mam: 'none' } },
    { name: 'personal, not known → the device', answers: { ownership: 'personal' }, scopes: { mdm: 'some-or-all', mam: 'none' } },
    { name: 'organization → the device', answers: { ownership: 'organization', manage: 'account' }, scopes: { mdm: 'some-or-all', mam: 'none' } },
    { name: 'mixed, account only → MDM for the organization devices, personal ones blocked from enrolling', answers: { ownership: 'mixed', manage: 'account' }, scopes: { mdm: 'some-or-all', mam: 'none' } },
    { name: 'mixed, device → MDM only', answers: { ownership: 'mixed', manage: 'device' }, scopes: { mdm: 'some-or-all', mam: 'none' } },
  ])('$name', ({ answers, scopes }) => {
    const rec = recommend(answers);
    expect(rec.recommended).toBe('automatic');
    expect(rec.scopes).toEqual(scopes);
  });

  test('a mixed fleet’s personal devices stay registered by an enrollment restriction: their users need the MDM scope for work devices', () => {
    const rec = recommend({ ownership: 'mixed', manage: 'account' });
    expect(rec.segments?.personal.scopes).toEqual({ mdm: 'some-or-all', mam: 'none' });
    expect(rec.segments?.personal.registerPersonal).toBe('block-personal-enrollment');
    expect(rec.registerPersonal).toBe('block-personal-enrollment');
    expect(rec.warnings).toContain('personal-block-blocks-join');
    expect(rec.segments?.organization.scopes).toEqual({ mdm: 'some-or-all', mam: 'none' });
  });

  test('a personal-only fleet registers by keeping its users out of the MDM user scope; no restriction, no join warning', () => {
    const rec = recommend({ ownership: 'personal', manage: 'account' });
    expect(rec.registerPersonal).toBe('outside-mdm-scope');
    expect(rec.warnings).not.toContain('personal-block-blocks-join');
    expect(rec.warnings).toContain('wip-deprecated');
  });
});

describe('mixed ownership', () => {
  test('segments are the organization and personal analyses of the same answers', () => {
    const answers = makeAnswers({ ...AUTOPILOT, ownership: 'mixed', manage: 'device' });
    const rec = recommend(answers);
    expect(rec.segments?.organization).toEqual(recommend({ ...answers, ownership: 'organization' }));
    expect(rec.segments?.personal).toEqual(recommend({ ...answers, ownership: 'personal' }));
  });

  test('top level: one method usable for both segments; here Autopilot serves only the organization part', () => {
    const rec = recommend({ ...AUTOPILOT, ownership: 'mixed' });
    expect(rec.segments?.organization.recommended).toBe('autopilot');
    expect(rec.recommended).toBe('automatic');
    expect(rec.methods.find((m) => m.id === 'autopilot')?.verdict).toBe('notSuitable');
  });

  test('top level: co-management when Configuration Manager is kept, since it is ✔ for personal devices too', () => {
    const rec = recommend({ ...AUTOPILOT, ownership: 'mixed', configMgr: 'keep' });
    expect(rec).toMatchObject({ recommended: 'coManagement', policy: 'configmgr-comanagement' });
    expect(rec.segments?.personal.recommended).toBe('automatic');
  });

  test('user affinity both: the user-less devices are the organization’s, so the personal segment is not a contradiction', () => {
    const rec = recommend({ ownership: 'mixed', userAffinity: 'both' });
    expect(rec.recommended).toBe('automatic');
    expect(rec.segments?.personal.recommended).toBe('automatic');
    expect(rec.warnings).not.toContain('personal-userless-conflict');
  });

  test('segment warnings appear once at top level', () => {
    const rec = recommend({ ownership: 'mixed', volume: 'bulk', otherMdm: 'yes' });
    expect(rec.warnings.filter((w) => w === 'unenroll-other-mdm')).toHaveLength(1);
    expect(rec.warnings).toContain('bulk-organization-only');
  });
});

describe('premium-required: Entra ID P1 missing or unconfirmed and the recommended method needs it', () => {
  test.each<{ name: string; answers: Answers; warned: boolean }>([
    { name: 'no Premium, Autopilot would be picked', answers: { ...AUTOPILOT, azureAdPremium: 'no' }, warned: true },
    { name: 'no Premium, Group Policy would be picked', answers: { ...AUTOPILOT, azureAdPremium: 'no', purchase: 'other', identity: 'hybrid' }, warned: true },
    { name: 'no Premium, automatic enrollment picked: the MDM user scope needs P1 too', answers: { ...AUTOPILOT, azureAdPremium: 'no', purchase: 'other' }, warned: true },
    { name: 'no Premium, co-management picked: either path needs P1', answers: { ...AUTOPILOT, azureAdPremium: 'no', configMgr: 'keep' }, warned: true },
    { name: 'no Premium and a DEM account: Autopilot stays the pick and needs P1', answers: { ...AUTOPILOT, azureAdPremium: 'no', demAccount: 'yes' }, warned: true },
    { name: 'Premium unknown and Autopilot recommended', answers: { ...AUTOPILOT, azureAdPremium: 'unknown' }, warned: true },
    { name: 'Premium yes', answers: AUTOPILOT, warned: false },
    { name: 'personal devices enrolled (whole device): the MDM user scope needs P1', answers: { ownership: 'personal', azureAdPremium: 'no', manage: 'device' }, warned: true },
    { name: 'personal devices registered (work account only): no P1 needed', answers: { ownership: 'personal', azureAdPremium: 'no', manage: 'account' }, warned: false },
  ])('$name', ({ answers, warned }) => {
    expect(recommend(answers).warnings.includes('premium-required')).toBe(warned);
  });
});

describe('warnings that depend on the recommendation', () => {
  test.each<{ name: string; answers: Answers; code: WarningCode; warned: boolean }>([
    { name: 'hybrid-required: identity unknown, so Group Policy is not picked', answers: { ...AUTOPILOT, purchase: 'other', identity: 'unknown' }, code: 'hybrid-required', warned: false },
    { name: 'hybrid-required: co-management with identity unknown', answers: { ...AUTOPILOT, configMgr: 'keep', identity: 'unknown' }, code: 'hybrid-required', warned: true },
    { name: 'hybrid-required: co-management path b (already in Intune)', answers: { ...AUTOPILOT, configMgr: 'keep', identity: 'unknown', alreadyInIntune: 'yes' }, code: 'hybrid-required', warned: false },
    { name: 'hybrid-required: Group Policy on-premises', answers: { ...AUTOPILOT, purchase: 'other', identity: 'onprem' }, code: 'hybrid-required', warned: true },
    { name: 'hybrid-required: not for Autopilot', answers: { ...AUTOPILOT, identity: 'onprem' }, code: 'hybrid-required', warned: false },
    { name: 'configmgr-enrollment-delay: only with co-management', answers: { ...AUTOPILOT, configMgr: 'keep' }, code: 'configmgr-enrollment-delay', warned: true },
    { name: 'hybrid-not-recommended: not for existing devices', answers: { ...AUTOPILOT, purchase: 'other', identity: 'hybrid', deviceAge: 'existing' }, code: 'hybrid-not-recommended', warned: false },
    { name: 'hybrid-not-recommended: new devices are Entra joined (automatic), so no hybrid advice to warn about', answers: { ...AUTOPILOT, purchase: 'other', identity: 'hybrid', deviceAge: 'new' }, code: 'hybrid-not-recommended', warned: false },
    { name: 'hybrid-not-recommended: Group Policy while new devices may be among them', answers: { ...AUTOPILOT, purchase: 'other', identity: 'hybrid', deviceAge: 'both' }, code: 'hybrid-not-recommended', warned: true },
    { name: 'personal-device-managed: not when only the account is managed', answers: { ownership: 'personal', manage: 'account' }, code: 'personal-device-managed', warned: false },
    { name: 'windows10-end-of-support: Windows 11 has none', answers: { windowsVersion: 'win11' }, code: 'windows10-end-of-support', warned: false },
    { name: 'windows10-end-of-support: Windows 7 is upgraded to Windows 10', answers: { windowsVersion: 'win7' }, code: 'windows10-end-of-support', warned: true },
  ])('$name', ({ answers, code, warned }) => {
    expect(recommend(answers).warnings.includes(code)).toBe(warned);
  });
});
