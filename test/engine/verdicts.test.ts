import {
  METHOD_IDS,
  recommend,
  type Answers,
  type Effect,
  type CellNoteId,
  type CriterionId,
  type MethodId,
  type PrerequisiteCode,
  type Verdict,
} from '../../src/engine';

/** Everything known and favourable: all four methods are suitable, so each row shows one rule's effect alone. */
const BASE: Answers = {
  ownership: 'organization',
  windowsVersion: 'win11',
  azureAdPremium: 'yes',
  identity: 'hybrid',
  configMgr: 'keep',
  alreadyInIntune: 'no',
  purchase: 'autopilot-partner',
  remoteWorkers: 'no',
  deviceAge: 'new',
  volume: 'few',
  userAffinity: 'single',
  demAccount: 'no',
  otherMdm: 'no',
  conditionalAccess: 'no',
  manage: 'device',
};

type ReasonExpectation = readonly [MethodId, CriterionId, Effect, CellNoteId?];

interface VerdictRow {
  readonly name: string;
  readonly change: Answers;
  /** Verdicts of the methods the rule is about; the others must stay suitable. */
  readonly verdicts: Partial<Record<MethodId, Verdict>>;
  /** Exact prerequisites of the methods named here. */
  readonly prerequisites?: Partial<Record<MethodId, readonly PrerequisiteCode[]>>;
  readonly reasons?: readonly ReasonExpectation[];
  /** Criteria that must NOT appear among a method's reasons. */
  readonly absent?: readonly (readonly [MethodId, CriterionId])[];
}

const ROWS: readonly VerdictRow[] = [
  { name: 'all known and favourable: every method suitable', change: {}, verdicts: {} },
  {
    name: 'personal devices: Autopilot and Group Policy are ruled out (the lost ✘)',
    change: { ownership: 'personal' },
    verdicts: { autopilot: 'notSuitable', groupPolicy: 'notSuitable' },
    reasons: [
      ['autopilot', 'personal', 'rulesOut', 'autopilot-organization-only'],
      ['groupPolicy', 'personal', 'rulesOut', 'byod-use-automatic'],
      ['automatic', 'personal', 'supports', 'bulk-organization-only'],
      ['coManagement', 'personal', 'supports'],
    ],
  },
  {
    name: 'mixed ownership: the whole fleet contains personal devices, so the same ✘ apply',
    change: { ownership: 'mixed' },
    verdicts: { autopilot: 'notSuitable', groupPolicy: 'notSuitable' },
    reasons: [
      ['autopilot', 'organization', 'supports'],
      ['autopilot', 'personal', 'rulesOut', 'autopilot-organization-only'],
    ],
  },
  {
    name: 'ownership unknown: never ruled out, only a confirmation for Autopilot and Group Policy',
    change: { ownership: 'unknown' },
    verdicts: { autopilot: 'conditional', groupPolicy: 'conditional' },
    prerequisites: { autopilot: ['confirm-ownership'], groupPolicy: ['confirm-ownership'], automatic: [], coManagement: [] },
    reasons: [['autopilot', 'personal', 'condition', 'autopilot-organization-only']],
  },
  {
    name: 'DEM account: Autopilot, Group Policy and co-management are ruled out',
    change: { demAccount: 'yes' },
    verdicts: { autopilot: 'notSuitable', groupPolicy: 'notSuitable', coManagement: 'notSuitable' },
    reasons: [
      ['automatic', 'dem', 'supports'],
      ['autopilot', 'dem', 'rulesOut', 'dem-not-for-autopilot'],
      ['groupPolicy', 'dem', 'rulesOut', 'dem-not-for-group-policy'],
      ['coManagement', 'dem', 'rulesOut', 'dem-not-for-comanagement'],
    ],
  },
  {
    name: 'DEM unknown: a confirmation, not a ✘',
    change: { demAccount: 'unknown' },
    verdicts: { autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { autopilot: ['confirm-dem-account'], groupPolicy: ['confirm-dem-account'], coManagement: ['confirm-dem-account'] },
    absent: [['automatic', 'dem']],
  },
  {
    name: 'no Premium: Autopilot and Group Policy require it; automatic and co-management “may” need it',
    change: { azureAdPremium: 'no' },
    verdicts: { autopilot: 'notSuitable', groupPolicy: 'notSuitable', automatic: 'conditional', coManagement: 'conditional' },
    prerequisites: { automatic: ['check-premium-needed'], coManagement: ['check-premium-needed'], autopilot: [], groupPolicy: [] },
    reasons: [
      ['autopilot', 'premium', 'rulesOut', 'premium-required-autopilot'],
      ['groupPolicy', 'premium', 'rulesOut', 'premium-required-group-policy'],
      ['automatic', 'premium', 'condition', 'premium-may-be-needed'],
      ['coManagement', 'premium', 'condition', 'premium-depends-on-comanagement-path'],
    ],
  },
  {
    name: 'Premium unknown: confirm it for the two that require it',
    change: { azureAdPremium: 'unknown' },
    verdicts: { autopilot: 'conditional', groupPolicy: 'conditional', automatic: 'conditional', coManagement: 'conditional' },
    prerequisites: {
      autopilot: ['confirm-premium'],
      groupPolicy: ['confirm-premium'],
      automatic: ['check-premium-needed'],
      coManagement: ['check-premium-needed'],
    },
  },
  {
    name: 'Premium yes: a met requirement for Autopilot and Group Policy, a ✔ for the others',
    change: {},
    verdicts: {},
    reasons: [
      ['autopilot', 'premium', 'requires', 'premium-required-autopilot'],
      ['groupPolicy', 'premium', 'requires', 'premium-required-group-policy'],
      ['automatic', 'premium', 'supports', 'premium-may-be-needed'],
      ['coManagement', 'premium', 'supports', 'premium-depends-on-comanagement-path'],
    ],
  },
  {
    name: 'no Configuration Manager: co-management is ruled out',
    change: { configMgr: 'none' },
    verdicts: { coManagement: 'notSuitable' },
    reasons: [['coManagement', 'configMgr', 'rulesOut', 'configmgr-keep-it']],
  },
  {
    name: 'Configuration Manager unknown: co-management needs a confirmation',
    change: { configMgr: 'unknown' },
    verdicts: { coManagement: 'conditional' },
    prerequisites: { coManagement: ['confirm-configmgr'] },
  },
  {
    name: 'cloud-only identity: Group Policy is ruled out (not domain-joined)',
    change: { identity: 'cloud' },
    verdicts: { groupPolicy: 'notSuitable' },
    reasons: [['groupPolicy', 'hybridJoined', 'rulesOut', 'hybrid-join-before-enrollment']],
    absent: [['autopilot', 'hybridJoined'], ['coManagement', 'hybridJoined']],
  },
  {
    name: 'on-premises only: Group Policy and co-management after a hybrid join',
    change: { identity: 'onprem' },
    verdicts: { groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { groupPolicy: ['hybrid-join-first'], coManagement: ['hybrid-join-first'] },
  },
  {
    name: 'on-premises only but already in Intune: co-management path b needs no hybrid join',
    change: { identity: 'onprem', alreadyInIntune: 'yes' },
    verdicts: { groupPolicy: 'conditional' },
    prerequisites: { groupPolicy: ['hybrid-join-first'], coManagement: [] },
    reasons: [['coManagement', 'enrolledInIntune', 'supports', 'bring-intune-devices-to-comanagement']],
  },
  {
    name: 'hybrid joined: ✔ for Autopilot, Group Policy and co-management, silent for automatic',
    change: {},
    verdicts: {},
    reasons: [
      ['autopilot', 'hybridJoined', 'supports', 'hybrid-joined-explained'],
      ['groupPolicy', 'hybridJoined', 'supports', 'hybrid-join-before-enrollment'],
      ['coManagement', 'hybridJoined', 'supports', 'hybrid-joined-explained'],
    ],
    absent: [['automatic', 'hybridJoined']],
  },
  {
    name: 'identity unknown: Group Policy needs a confirmation',
    change: { identity: 'unknown' },
    verdicts: { groupPolicy: 'conditional' },
    prerequisites: { groupPolicy: ['confirm-identity'] },
  },
  {
    name: 'another MDM: every method at best conditional, none ruled out',
    change: { otherMdm: 'yes' },
    verdicts: { automatic: 'conditional', autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: {
      automatic: ['unenroll-other-mdm'],
      autopilot: ['unenroll-other-mdm'],
      groupPolicy: ['unenroll-other-mdm'],
      coManagement: ['unenroll-other-mdm'],
    },
    reasons: [
      ['automatic', 'otherMdm', 'condition', 'unenroll-other-mdm'],
      ['groupPolicy', 'otherMdm', 'condition', 'unenroll-no-classic-agents'],
    ],
  },
  {
    name: 'other MDM unknown: every method asks to confirm',
    change: { otherMdm: 'unknown' },
    verdicts: { automatic: 'conditional', autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { automatic: ['confirm-other-mdm'] },
  },
  {
    name: 'Windows 7 with Configuration Manager kept: upgrade first, except Autopilot for existing devices',
    change: { windowsVersion: 'win7' },
    verdicts: { automatic: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { automatic: ['upgrade-windows'], groupPolicy: ['upgrade-windows'], coManagement: ['upgrade-windows'], autopilot: [] },
    reasons: [
      ['autopilot', 'newOrExisting', 'supports', 'existing-desktops-upgrade-with-configmgr'],
      ['coManagement', 'newOrExisting', 'condition', 'upgrade-before-comanagement'],
    ],
  },
  {
    name: 'Windows 8.1 without Configuration Manager: Autopilot too needs the upgrade',
    change: { windowsVersion: 'win8.1', configMgr: 'none' },
    verdicts: { automatic: 'conditional', autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'notSuitable' },
    prerequisites: { autopilot: ['upgrade-windows'] },
  },
  {
    name: 'Windows 7 and Configuration Manager unknown: Autopilot via Configuration Manager or an upgrade',
    change: { windowsVersion: 'win7', configMgr: 'unknown' },
    verdicts: { automatic: 'conditional', autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { autopilot: ['use-configmgr-for-existing-devices'], coManagement: ['upgrade-windows', 'confirm-configmgr'] },
  },
  {
    name: 'Windows version unknown: every method asks to confirm Windows 10 or newer',
    change: { windowsVersion: 'unknown' },
    verdicts: { automatic: 'conditional', autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { automatic: ['confirm-windows-version'] },
  },
  {
    name: 'conditional access on bulk devices with Windows 10 1709: automatic enrollment after 1803',
    change: { conditionalAccess: 'yes', volume: 'bulk', windowsVersion: 'win10-1709-or-older' },
    verdicts: { automatic: 'conditional' },
    prerequisites: { automatic: ['upgrade-to-1803'] },
    reasons: [['automatic', 'caBulk', 'condition', 'no-ca-bulk-1709']],
    absent: [['autopilot', 'caBulk'], ['groupPolicy', 'caBulk'], ['coManagement', 'caBulk']],
  },
  {
    name: 'conditional access on bulk devices with Windows 10 1803+: a ✔',
    change: { conditionalAccess: 'yes', volume: 'bulk', windowsVersion: 'win10-1803-plus' },
    verdicts: {},
    reasons: [['automatic', 'caBulk', 'supports', 'ca-bulk-1803-plus']],
  },
  {
    name: 'personal devices in bulk: a remark for automatic enrollment, which stays usable',
    change: { ownership: 'personal', volume: 'bulk' },
    verdicts: { autopilot: 'notSuitable', groupPolicy: 'notSuitable' },
    reasons: [['automatic', 'volume', 'note', 'bulk-organization-only']],
  },
  {
    name: 'user-less devices: the guide’s note on all four methods',
    change: { userAffinity: 'userless' },
    verdicts: {},
    reasons: [
      ['automatic', 'userless', 'supports', 'userless-organization-owned'],
      ['autopilot', 'userless', 'supports', 'userless-organization-owned'],
      ['groupPolicy', 'userless', 'supports', 'userless-organization-owned'],
      ['coManagement', 'userless', 'supports', 'userless-organization-owned'],
    ],
    absent: [['automatic', 'singleUser']],
  },
  {
    name: 'Autopilot partner and remote workers: ✔ where the tables have the rows, silent for automatic',
    change: { remoteWorkers: 'yes' },
    verdicts: {},
    reasons: [
      ['autopilot', 'autopilotPartner', 'supports'],
      ['autopilot', 'remoteWorkers', 'supports', 'ship-to-remote-workers'],
      ['groupPolicy', 'remoteWorkers', 'supports'],
      ['coManagement', 'remoteWorkers', 'supports'],
    ],
    absent: [['automatic', 'remoteWorkers'], ['automatic', 'autopilotPartner'], ['groupPolicy', 'autopilotPartner']],
  },
];

describe('verdicts follow the matrix', () => {
  test.each(ROWS)('$name', ({ change, verdicts, prerequisites, reasons, absent }) => {
    const rec = recommend({ ...BASE, ...change });
    for (const method of METHOD_IDS) {
      const result = rec.methods.find((m) => m.id === method);
      expect(result?.verdict).toBe(verdicts[method] ?? 'suitable');
      const expected = prerequisites?.[method];
      if (expected !== undefined) expect(result?.prerequisites).toEqual(expected);
    }
    for (const [method, criterion, effect, note] of reasons ?? []) {
      const reason = rec.methods.find((m) => m.id === method)?.reasons.find((r) => r.criterion === criterion);
      expect(reason).toEqual(note === undefined ? { criterion, effect } : { criterion, effect, note });
    }
    for (const [method, criterion] of absent ?? []) {
      expect(rec.methods.find((m) => m.id === method)?.reasons.map((r) => r.criterion)).not.toContain(criterion);
    }
  });

  test('a missing answer is treated exactly like unknown', () => {
    const withoutTwo: Answers = Object.fromEntries(Object.entries(BASE).filter(([q]) => q !== 'ownership' && q !== 'identity'));
    expect(Object.keys(withoutTwo)).toHaveLength(Object.keys(BASE).length - 2);
    expect(recommend(withoutTwo)).toEqual(recommend({ ...withoutTwo, ownership: 'unknown', identity: 'unknown' }));
  });

  test('a notSuitable method lists no prerequisites: nothing makes it usable', () => {
    const rec = recommend({ ...BASE, ownership: 'personal', azureAdPremium: 'unknown', otherMdm: 'yes' });
    expect(rec.methods.find((m) => m.id === 'autopilot')).toMatchObject({ verdict: 'notSuitable', prerequisites: [] });
  });
});
