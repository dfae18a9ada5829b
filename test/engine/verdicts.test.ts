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
    name: 'DEM account: a note for Autopilot, Group Policy and co-management, never a ✘ (Microsoft: not needed there)',
    change: { demAccount: 'yes' },
    verdicts: {},
    reasons: [
      ['automatic', 'dem', 'supports'],
      ['autopilot', 'dem', 'note', 'dem-not-for-autopilot'],
      ['groupPolicy', 'dem', 'note', 'dem-not-for-group-policy'],
      ['coManagement', 'dem', 'note', 'dem-not-for-comanagement'],
    ],
  },
  {
    name: 'DEM unknown: nothing to confirm, since DEM decides no verdict',
    change: { demAccount: 'unknown' },
    verdicts: {},
    absent: [['automatic', 'dem'], ['autopilot', 'dem'], ['groupPolicy', 'dem'], ['coManagement', 'dem']],
  },
  {
    name: 'no Entra ID P1: every method is conditional on getting it, none is ruled out',
    change: { azureAdPremium: 'no' },
    verdicts: { autopilot: 'conditional', groupPolicy: 'conditional', automatic: 'conditional', coManagement: 'conditional' },
    prerequisites: { automatic: ['get-entra-p1'], coManagement: ['get-entra-p1'], autopilot: ['get-entra-p1'], groupPolicy: ['get-entra-p1'] },
    reasons: [
      ['autopilot', 'premium', 'condition', 'premium-required-autopilot'],
      ['groupPolicy', 'premium', 'condition', 'premium-required-group-policy'],
      ['automatic', 'premium', 'condition', 'premium-required-automatic'],
      ['coManagement', 'premium', 'condition', 'premium-required-automatic'],
    ],
  },
  {
    name: 'Entra ID P1 unknown: the same condition for all four',
    change: { azureAdPremium: 'unknown' },
    verdicts: { autopilot: 'conditional', groupPolicy: 'conditional', automatic: 'conditional', coManagement: 'conditional' },
    prerequisites: { autopilot: ['get-entra-p1'], groupPolicy: ['get-entra-p1'], automatic: ['get-entra-p1'], coManagement: ['get-entra-p1'] },
  },
  {
    name: 'personal devices registered (work account only), no P1: automatic enrollment does not need it',
    change: { ownership: 'personal', manage: 'account', azureAdPremium: 'no' },
    verdicts: { autopilot: 'notSuitable', groupPolicy: 'notSuitable', coManagement: 'conditional' },
    prerequisites: { automatic: [], coManagement: ['get-entra-p1'] },
    absent: [['automatic', 'premium']],
  },
  {
    name: 'Entra ID P1 yes: a met requirement for all four',
    change: {},
    verdicts: {},
    reasons: [
      ['autopilot', 'premium', 'requires', 'premium-required-autopilot'],
      ['groupPolicy', 'premium', 'requires', 'premium-required-group-policy'],
      ['automatic', 'premium', 'requires', 'premium-required-automatic'],
      ['coManagement', 'premium', 'requires', 'premium-required-automatic'],
    ],
  },
  {
    name: 'Configuration Manager being phased out: co-management ✔ as the transition',
    change: { configMgr: 'phasing-out' },
    verdicts: {},
    reasons: [['coManagement', 'configMgr', 'supports', 'configmgr-transition']],
  },
  {
    name: 'Windows 10 1709 or older: no method is plainly suitable until the upgrade to Windows 11',
    change: { windowsVersion: 'win10-1709-or-older' },
    verdicts: { automatic: 'conditional', autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { automatic: ['upgrade-windows'], autopilot: ['upgrade-windows'], groupPolicy: ['upgrade-windows'], coManagement: ['upgrade-windows'] },
    reasons: [['automatic', 'newOrExisting', 'condition', 'windows10-1709-out-of-service']],
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
    name: 'on-premises only, existing devices: Group Policy and co-management path a after a hybrid join',
    change: { identity: 'onprem', deviceAge: 'existing' },
    verdicts: { groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: { groupPolicy: ['hybrid-join-first'], coManagement: ['hybrid-join-first'] },
  },
  {
    name: 'on-premises only, new devices: co-management path b (Entra join first) needs no hybrid join',
    change: { identity: 'onprem', deviceAge: 'new' },
    verdicts: { groupPolicy: 'conditional' },
    prerequisites: { groupPolicy: ['hybrid-join-first'], coManagement: [] },
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
    name: 'Windows 7 with Configuration Manager kept: nothing plainly suitable; Autopilot for existing devices is the upgrade path',
    change: { windowsVersion: 'win7' },
    verdicts: { automatic: 'conditional', autopilot: 'conditional', groupPolicy: 'conditional', coManagement: 'conditional' },
    prerequisites: {
      automatic: ['upgrade-windows'],
      groupPolicy: ['upgrade-windows'],
      coManagement: ['upgrade-windows'],
      autopilot: ['use-configmgr-for-existing-devices'],
    },
    reasons: [
      ['autopilot', 'newOrExisting', 'condition', 'existing-desktops-upgrade-with-configmgr'],
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
    name: 'conditional access on bulk devices: available whatever the version (the current guide dropped the 1709 limit)',
    change: { conditionalAccess: 'yes', volume: 'bulk', windowsVersion: 'win10-1803-plus' },
    verdicts: {},
    reasons: [['automatic', 'caBulk', 'supports', 'ca-bulk-available']],
    absent: [['autopilot', 'caBulk'], ['groupPolicy', 'caBulk'], ['coManagement', 'caBulk']],
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
