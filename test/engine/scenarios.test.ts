import {
  recommend,
  type Answers,
  type AutopilotMode,
  type MethodId,
  type PolicyId,
  type Scopes,
  type WarningCode,
} from '../../src/engine';
import { TYPICAL_ORGANIZATION } from './support';

interface Scenario {
  readonly name: string;
  readonly answers: Answers;
  readonly recommended: MethodId | null;
  readonly policy: PolicyId;
  readonly notSuitable: readonly MethodId[];
  readonly warnings: readonly WarningCode[];
  readonly autopilotMode?: AutopilotMode;
  readonly scopes?: Scopes;
  readonly segments?: { readonly organization: MethodId | null; readonly personal: MethodId | null };
}

const DEVICE: Scopes = { mdm: 'some-or-all', mam: 'none' };
/** Personal devices registered only: their users stay out of the MDM user scope; the WIP scope is always None. */
const REGISTERED: Scopes = { mdm: 'none', mam: 'none' };

const ORG = TYPICAL_ORGANIZATION;

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'cloud-native company buying Windows 11 laptops from an Autopilot OEM',
    answers: { ...ORG, purchase: 'autopilot-partner' },
    recommended: 'autopilot',
    policy: 'autopilot-partner-or-remote',
    autopilotMode: 'user-driven',
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['entra-renamed'],
  },
  {
    name: 'sales team: laptops shipped straight to remote workers, even in bulk',
    answers: { ...ORG, remoteWorkers: 'yes', volume: 'bulk' },
    recommended: 'autopilot',
    policy: 'autopilot-partner-or-remote',
    autopilotMode: 'user-driven',
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['entra-renamed'],
  },
  {
    name: 'warehouse kiosks bought through a CSP partner',
    answers: { ...ORG, purchase: 'autopilot-partner', userAffinity: 'userless' },
    recommended: 'autopilot',
    policy: 'autopilot-partner-or-remote',
    autopilotMode: 'self-deploying',
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['userless-organization-owned', 'entra-renamed', 'tpm-attestation-required'],
  },
  {
    name: 'school: a classroom set on Windows 10 from a partner, prepared by IT',
    answers: { ...ORG, windowsVersion: 'win10-1803-plus', purchase: 'autopilot-partner', volume: 'bulk' },
    recommended: 'autopilot',
    policy: 'autopilot-partner-or-remote',
    autopilotMode: 'pre-provisioned',
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['entra-renamed', 'windows10-end-of-support', 'tpm-attestation-required'],
  },
  {
    name: 'enterprise that keeps Configuration Manager, hybrid joined existing devices',
    answers: { ...ORG, windowsVersion: 'win10-1803-plus', identity: 'hybrid', configMgr: 'keep', alreadyInIntune: 'no', deviceAge: 'existing' },
    recommended: 'coManagement',
    policy: 'configmgr-comanagement',
    notSuitable: [],
    warnings: ['configmgr-enrollment-delay', 'entra-renamed', 'windows10-end-of-support'],
  },
  {
    name: 'Configuration Manager with on-premises AD only, new devices: path b (Entra join, then the client), no hybrid join needed',
    answers: { ...ORG, identity: 'onprem', configMgr: 'keep', alreadyInIntune: 'no', deviceAge: 'new' },
    recommended: 'coManagement',
    policy: 'configmgr-comanagement',
    notSuitable: [],
    warnings: ['configmgr-enrollment-delay', 'entra-renamed'],
  },
  {
    name: 'Configuration Manager and devices already enrolled in Intune by the OEM',
    answers: { ...ORG, identity: 'onprem', configMgr: 'keep', alreadyInIntune: 'yes' },
    recommended: 'coManagement',
    policy: 'configmgr-comanagement',
    notSuitable: [],
    warnings: ['configmgr-enrollment-delay', 'entra-renamed'],
  },
  {
    name: 'Windows 7 desktops managed with Configuration Manager',
    answers: { ...ORG, windowsVersion: 'win7', identity: 'hybrid', configMgr: 'keep', deviceAge: 'existing' },
    recommended: 'autopilot',
    policy: 'legacy-windows-autopilot-existing',
    autopilotMode: 'existing-devices',
    notSuitable: [],
    warnings: ['upgrade-windows', 'entra-renamed', 'windows10-end-of-support', 'hybrid-autopilot-prerequisites', 'replace-legacy-hardware'],
  },
  {
    name: 'Windows 8.1 with Configuration Manager but no Entra ID P1: Autopilot for existing devices, once P1 is bought',
    answers: { ...ORG, windowsVersion: 'win8.1', azureAdPremium: 'no', identity: 'hybrid', configMgr: 'keep', deviceAge: 'existing' },
    recommended: 'autopilot',
    policy: 'legacy-windows-autopilot-existing',
    autopilotMode: 'existing-devices',
    notSuitable: [],
    warnings: ['upgrade-windows', 'premium-required', 'entra-renamed', 'windows10-end-of-support', 'windows81-unsupported', 'hybrid-autopilot-prerequisites', 'replace-legacy-hardware'],
  },
  {
    name: 'Windows 7 without Configuration Manager: upgrade, then automatic enrollment',
    answers: { ...ORG, windowsVersion: 'win7' },
    recommended: 'automatic',
    policy: 'default-automatic',
    scopes: DEVICE,
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['upgrade-windows', 'entra-renamed', 'windows10-end-of-support', 'replace-legacy-hardware'],
  },
  {
    name: 'domain-joined, hybrid, no Configuration Manager, new devices bought retail: Entra join (automatic), not Group Policy',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'new' },
    recommended: 'automatic',
    policy: 'default-automatic',
    scopes: DEVICE,
    notSuitable: ['coManagement'],
    warnings: ['entra-renamed'],
  },
  {
    name: 'on-premises AD only, no Configuration Manager: Group Policy after a hybrid join',
    answers: { ...ORG, windowsVersion: 'win10-1803-plus', identity: 'onprem', deviceAge: 'existing' },
    recommended: 'groupPolicy',
    policy: 'domain-joined-group-policy',
    notSuitable: ['coManagement'],
    warnings: ['hybrid-required', 'entra-renamed', 'windows10-end-of-support'],
  },
  {
    name: 'domain-joined, device age unknown, no P1: Group Policy once P1 is bought; new devices Entra joined',
    answers: { ...ORG, azureAdPremium: 'no', identity: 'hybrid' },
    recommended: 'groupPolicy',
    policy: 'domain-joined-group-policy',
    notSuitable: ['coManagement'],
    warnings: ['premium-required', 'entra-renamed', 'hybrid-not-recommended'],
  },
  {
    name: 'small cloud-only shop without P1 buying retail: automatic enrollment, conditional on P1',
    answers: { ...ORG, azureAdPremium: 'no' },
    recommended: 'automatic',
    policy: 'default-automatic',
    scopes: DEVICE,
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['premium-required', 'entra-renamed'],
  },
  {
    name: 'Autopilot partner, but Premium not known: Autopilot once Premium is confirmed',
    answers: { ...ORG, azureAdPremium: 'unknown', purchase: 'autopilot-partner' },
    recommended: 'autopilot',
    policy: 'autopilot-partner-or-remote',
    autopilotMode: 'user-driven',
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['premium-required', 'entra-renamed'],
  },
  {
    name: 'BYOD, only the work account managed: registered, WIP None, app protection for Edge',
    answers: { ownership: 'personal', windowsVersion: 'win11', userAffinity: 'single', manage: 'account', otherMdm: 'no', volume: 'few' },
    recommended: 'automatic',
    policy: 'personal-automatic',
    scopes: REGISTERED,
    notSuitable: ['autopilot', 'groupPolicy'],
    warnings: ['entra-renamed', 'wip-deprecated', 'windows-home-cannot-join'],
  },
  {
    name: 'BYOD on Windows 10, the whole device managed',
    answers: { ownership: 'personal', windowsVersion: 'win10-1803-plus', userAffinity: 'single', manage: 'device', otherMdm: 'no' },
    recommended: 'automatic',
    policy: 'personal-automatic',
    scopes: DEVICE,
    notSuitable: ['autopilot', 'groupPolicy'],
    warnings: ['premium-required', 'personal-device-managed', 'entra-renamed', 'windows10-end-of-support', 'windows-home-cannot-join'],
  },
  {
    name: 'BYOD with both the device and the account managed',
    answers: { ownership: 'personal', windowsVersion: 'win11', userAffinity: 'single', manage: 'both', otherMdm: 'no' },
    recommended: 'automatic',
    policy: 'personal-automatic',
    scopes: DEVICE,
    notSuitable: ['autopilot', 'groupPolicy'],
    warnings: ['premium-required', 'personal-device-managed', 'entra-renamed', 'wip-deprecated', 'windows-home-cannot-join'],
  },
  {
    name: 'personal devices to be bulk-enrolled: warned that bulk is for organization devices',
    answers: { ownership: 'personal', windowsVersion: 'win11', userAffinity: 'single', manage: 'device', volume: 'bulk' },
    recommended: 'automatic',
    policy: 'personal-automatic',
    scopes: DEVICE,
    notSuitable: ['autopilot', 'groupPolicy'],
    warnings: ['bulk-organization-only', 'premium-required', 'personal-device-managed', 'entra-renamed', 'windows-home-cannot-join'],
  },
  {
    name: 'personal kiosks: contradictory, no recommendation',
    answers: { ownership: 'personal', userAffinity: 'userless', windowsVersion: 'win11' },
    recommended: null,
    policy: 'contradiction',
    notSuitable: ['autopilot', 'groupPolicy'],
    warnings: ['userless-organization-owned', 'personal-userless-conflict', 'entra-renamed'],
  },
  {
    name: 'personal devices, some shared: still contradictory',
    answers: { ownership: 'personal', userAffinity: 'both' },
    recommended: null,
    policy: 'contradiction',
    notSuitable: ['autopilot', 'groupPolicy'],
    warnings: ['userless-organization-owned', 'personal-userless-conflict', 'entra-renamed'],
  },
  {
    name: 'IT stages devices with a DEM account, hybrid, Configuration Manager kept: co-management, DEM only a note',
    answers: { ...ORG, demAccount: 'yes', identity: 'hybrid', configMgr: 'keep', purchase: 'autopilot-partner' },
    recommended: 'coManagement',
    policy: 'configmgr-comanagement',
    notSuitable: [],
    warnings: ['configmgr-enrollment-delay', 'entra-renamed', 'hybrid-not-recommended', 'dem-not-needed'],
  },
  {
    name: 'moving from another MDM provider to Intune with partner devices',
    answers: { ...ORG, otherMdm: 'yes', purchase: 'autopilot-partner' },
    recommended: 'autopilot',
    policy: 'autopilot-partner-or-remote',
    autopilotMode: 'user-driven',
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['unenroll-other-mdm', 'entra-renamed'],
  },
  {
    name: 'bulk enrollment on Windows 10 1709 with conditional access: no 1709 limit any more, but Windows 11 first',
    answers: { ...ORG, windowsVersion: 'win10-1709-or-older', volume: 'bulk', conditionalAccess: 'yes' },
    recommended: 'automatic',
    policy: 'default-automatic',
    scopes: DEVICE,
    notSuitable: ['groupPolicy', 'coManagement'],
    warnings: ['entra-renamed', 'windows10-end-of-support'],
  },
  {
    name: 'mixed fleet keeping Configuration Manager, personal devices manage the account only',
    answers: { ...ORG, ownership: 'mixed', identity: 'hybrid', configMgr: 'keep', manage: 'account' },
    recommended: 'coManagement',
    policy: 'configmgr-comanagement',
    notSuitable: ['autopilot', 'groupPolicy'],
    warnings: ['configmgr-enrollment-delay', 'entra-renamed', 'wip-deprecated', 'hybrid-not-recommended', 'personal-block-blocks-join', 'windows-home-cannot-join'],
    segments: { organization: 'coManagement', personal: 'automatic' },
  },
  {
    name: 'mixed cloud fleet: partner laptops for staff, personal laptops fully managed',
    answers: { ...ORG, ownership: 'mixed', purchase: 'autopilot-partner', manage: 'device' },
    recommended: 'automatic',
    policy: 'default-automatic',
    scopes: DEVICE,
    notSuitable: ['autopilot', 'groupPolicy', 'coManagement'],
    warnings: ['personal-device-managed', 'entra-renamed', 'windows-home-cannot-join'],
    segments: { organization: 'autopilot', personal: 'automatic' },
  },
  {
    name: 'mixed fleet with shared organization devices and personal laptops',
    answers: { ...ORG, ownership: 'mixed', userAffinity: 'both', purchase: 'autopilot-partner', manage: 'both' },
    recommended: 'automatic',
    policy: 'default-automatic',
    scopes: DEVICE,
    notSuitable: ['autopilot', 'groupPolicy', 'coManagement'],
    warnings: ['userless-organization-owned', 'personal-device-managed', 'entra-renamed', 'wip-deprecated', 'windows-home-cannot-join'],
    segments: { organization: 'autopilot', personal: 'automatic' },
  },
  {
    name: 'mixed fleet where every device is user-less: contradictory',
    answers: { ...ORG, ownership: 'mixed', userAffinity: 'userless' },
    recommended: null,
    policy: 'contradiction',
    notSuitable: ['autopilot', 'groupPolicy', 'coManagement'],
    warnings: ['userless-organization-owned', 'personal-userless-conflict', 'entra-renamed'],
    segments: { organization: 'automatic', personal: null },
  },
  {
    name: 'an admin who does not know anything yet',
    answers: {},
    recommended: 'automatic',
    policy: 'default-automatic',
    scopes: DEVICE,
    notSuitable: [],
    warnings: ['premium-required', 'entra-renamed'],
  },
  {
    name: 'ownership not known, hybrid joined domain: Group Policy once ownership is confirmed',
    answers: { azureAdPremium: 'yes', identity: 'hybrid', configMgr: 'none', windowsVersion: 'win11' },
    recommended: 'groupPolicy',
    policy: 'domain-joined-group-policy',
    notSuitable: ['coManagement'],
    warnings: ['entra-renamed', 'hybrid-not-recommended'],
  },
];

describe('realistic scenarios', () => {
  test('there are at least 25 scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(25);
  });

  test.each(SCENARIOS)('$name', (s) => {
    const rec = recommend(s.answers);
    expect(rec.recommended).toBe(s.recommended);
    expect(rec.policy).toBe(s.policy);
    expect(rec.methods.filter((m) => m.verdict === 'notSuitable').map((m) => m.id)).toEqual(s.notSuitable);
    expect([...rec.warnings].sort()).toEqual([...s.warnings].sort());
    expect(rec.autopilotMode).toBe(s.autopilotMode);
    expect(rec.scopes).toEqual(s.scopes);
    expect(rec.segments?.organization.recommended).toBe(s.segments?.organization);
    expect(rec.segments?.personal.recommended).toBe(s.segments?.personal);
  });
});
