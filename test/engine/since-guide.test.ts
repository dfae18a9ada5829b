import {
  adminTasks,
  guideCopyNotes,
  recommend,
  sinceGuideChanges,
  type AdminTaskId,
  type Answers,
  type GuideCopyNoteCode,
  type MethodId,
  type PrerequisiteCode,
  type Recommendation,
  type SinceGuideChangeId,
  type Verdict,
  type WarningCode,
} from '../../src/engine';
import { makeAnswers, TYPICAL_ORGANIZATION } from './support';

/** A typical organization with everything known; each row changes what its point is about. */
const ORG = makeAnswers({ ...TYPICAL_ORGANIZATION, deviceAge: 'new' });

interface Row {
  readonly point: number;
  readonly name: string;
  readonly answers: Answers;
  readonly recommended: MethodId | null;
  /** The recommended method's verdict. */
  readonly verdict?: Verdict;
  readonly prerequisites?: readonly PrerequisiteCode[];
  readonly warns?: readonly WarningCode[];
  readonly neverWarns?: readonly WarningCode[];
  readonly fields?: Partial<Pick<Recommendation, 'autopilotMode' | 'autopilotJoin' | 'coManagementPath' | 'registerPersonal' | 'scopes'>>;
  readonly tasks?: readonly AdminTaskId[];
  readonly noTasks?: readonly AdminTaskId[];
  readonly changes?: readonly SinceGuideChangeId[];
  readonly copyNotes?: readonly GuideCopyNoteCode[];
}

const ROWS: readonly Row[] = [
  // 1. Entra ID P1 is required by everything but registering personal devices.
  {
    point: 1,
    name: 'no P1, automatic enrollment of organization devices: conditional on P1, premium-required, P1 task first',
    answers: { ...ORG, azureAdPremium: 'no' },
    recommended: 'automatic',
    verdict: 'conditional',
    prerequisites: ['get-entra-p1'],
    warns: ['premium-required'],
    tasks: ['entra-p1-licences'],
    changes: ['p1-required'],
  },
  {
    point: 1,
    name: 'P1 unasked, co-management: conditional on P1 (either path needs it)',
    answers: { ...ORG, azureAdPremium: undefined, configMgr: 'keep' },
    recommended: 'coManagement',
    verdict: 'conditional',
    prerequisites: ['get-entra-p1'],
    warns: ['premium-required'],
  },
  {
    point: 1,
    name: 'P1 unknown, Autopilot: still Autopilot, conditional on P1',
    answers: { ...ORG, azureAdPremium: 'unknown', purchase: 'autopilot-partner' },
    recommended: 'autopilot',
    verdict: 'conditional',
    prerequisites: ['get-entra-p1'],
    warns: ['premium-required'],
  },
  {
    point: 1,
    name: 'no P1, bulk package: conditional on P1',
    answers: { ...ORG, azureAdPremium: 'no', volume: 'bulk' },
    recommended: 'automatic',
    verdict: 'conditional',
    warns: ['premium-required'],
    tasks: ['entra-p1-licences', 'auto-bulk-package', 'bulk-exclude-mfa'],
  },
  {
    point: 1,
    name: 'no P1, registering personal devices (work account only): no P1 needed, plainly suitable',
    answers: { ownership: 'personal', manage: 'account', azureAdPremium: 'no', windowsVersion: 'win11' },
    recommended: 'automatic',
    verdict: 'suitable',
    prerequisites: [],
    neverWarns: ['premium-required'],
    noTasks: ['entra-p1-licences'],
  },
  // 2. WIP: never Some/All; registered personal devices have their own task set.
  {
    point: 2,
    name: 'personal, work account only: registered by keeping users out of the MDM scope; WIP None',
    answers: { ownership: 'personal', manage: 'account', windowsVersion: 'win11' },
    recommended: 'automatic',
    fields: { scopes: { mdm: 'none', mam: 'none' }, registerPersonal: 'outside-mdm-scope' },
    warns: ['wip-deprecated', 'windows-home-cannot-join'],
    neverWarns: ['personal-block-blocks-join', 'personal-device-managed'],
    tasks: ['byod-keep-registered', 'byod-app-protection-edge', 'byod-conditional-access', 'byod-security-center-connector', 'byod-disable-mdm-on-add-account'],
    noTasks: ['byod-block-personal-enrollment', 'entra-device-settings'],
    changes: ['wip-retired', 'registered-not-enrolled'],
    copyNotes: ['nl-registered-means-enrolled'],
  },
  {
    point: 2,
    name: 'mixed, work account only on personal devices: block personal enrollment, warned it also blocks joins; corporate identifiers task',
    answers: { ...ORG, ownership: 'mixed', manage: 'account' },
    recommended: 'automatic',
    fields: { scopes: { mdm: 'some-or-all', mam: 'none' }, registerPersonal: 'block-personal-enrollment' },
    warns: ['personal-block-blocks-join', 'wip-deprecated'],
    tasks: ['byod-block-personal-enrollment', 'byod-corporate-identifiers', 'byod-app-protection-edge'],
    noTasks: ['byod-keep-registered'],
  },
  {
    point: 2,
    name: 'personal, both: the device is enrolled; WIP stays None and is said to be retired',
    answers: { ownership: 'personal', manage: 'both', azureAdPremium: 'yes' },
    recommended: 'automatic',
    fields: { scopes: { mdm: 'some-or-all', mam: 'none' } },
    warns: ['wip-deprecated', 'personal-device-managed'],
    noTasks: ['byod-app-protection-edge'],
  },
  // 3. Autopilot join: self-deploying is Entra only; hybrid only for existing domain devices, with its prerequisites.
  {
    point: 3,
    name: 'hybrid domain, kiosks from a partner: self-deploying with Entra join, TPM attestation, never hybrid',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'existing', purchase: 'autopilot-partner', userAffinity: 'userless' },
    recommended: 'autopilot',
    fields: { autopilotMode: 'self-deploying', autopilotJoin: 'entra' },
    warns: ['tpm-attestation-required'],
    neverWarns: ['hybrid-autopilot-prerequisites'],
    noTasks: ['ap-intune-connector', 'ap-domain-join-profile'],
    changes: ['self-deploying-entra-only'],
  },
  {
    point: 3,
    name: 'hybrid domain, existing devices from a partner: hybrid join with connector, Domain Join profile and ESP',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'existing', purchase: 'autopilot-partner' },
    recommended: 'autopilot',
    fields: { autopilotMode: 'user-driven', autopilotJoin: 'hybrid' },
    warns: ['hybrid-autopilot-prerequisites'],
    neverWarns: ['tpm-attestation-required'],
    tasks: ['ap-esp', 'ap-intune-connector', 'ap-domain-join-profile'],
  },
  {
    point: 3,
    name: 'hybrid domain, new devices from a partner: Entra join, as Microsoft recommends for new devices',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'new', purchase: 'autopilot-partner' },
    recommended: 'autopilot',
    fields: { autopilotJoin: 'entra' },
    neverWarns: ['hybrid-autopilot-prerequisites'],
    tasks: ['ap-esp', 'entra-device-settings'],
    noTasks: ['ap-intune-connector'],
    changes: ['entra-join-for-new-devices'],
  },
  {
    point: 3,
    name: 'pre-provisioned (partner, bulk): TPM 2.0 attestation required',
    answers: { ...ORG, purchase: 'autopilot-partner', volume: 'bulk' },
    recommended: 'autopilot',
    fields: { autopilotMode: 'pre-provisioned', autopilotJoin: 'entra' },
    warns: ['tpm-attestation-required'],
  },
  // 4. DEM is a note, never a ranking step or a reason to rule out.
  {
    point: 4,
    name: 'hybrid, Configuration Manager kept, DEM: co-management; DEM only a note, no DEM task',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'existing', configMgr: 'keep', demAccount: 'yes' },
    recommended: 'coManagement',
    verdict: 'suitable',
    warns: ['dem-not-needed'],
    noTasks: ['dem-account'],
    changes: ['dem-not-a-blocker'],
    copyNotes: ['nl-lost-cross'],
  },
  {
    point: 4,
    name: 'partner devices and DEM: Autopilot stays the pick',
    answers: { ...ORG, purchase: 'autopilot-partner', demAccount: 'yes' },
    recommended: 'autopilot',
    verdict: 'suitable',
    warns: ['dem-not-needed'],
  },
  {
    point: 4,
    name: 'bulk automatic enrollment with DEM: the DEM task',
    answers: { ...ORG, volume: 'bulk', demAccount: 'yes' },
    recommended: 'automatic',
    neverWarns: ['dem-not-needed'],
    tasks: ['dem-account'],
  },
  // 5. Co-management path chosen from the answers; phasing out Configuration Manager.
  {
    point: 5,
    name: 'existing hybrid joined Configuration Manager clients: path a only',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'existing', configMgr: 'keep' },
    recommended: 'coManagement',
    fields: { coManagementPath: 'existing-clients' },
    tasks: ['cm-path-configmgr-clients'],
    noTasks: ['cm-path-intune-devices'],
    copyNotes: ['nl-comanagement-paths-missing', 'nl-registered-means-enrolled'],
  },
  {
    point: 5,
    name: 'cloud identity with Configuration Manager kept: path b only',
    answers: { ...ORG, configMgr: 'keep' },
    recommended: 'coManagement',
    fields: { coManagementPath: 'new-devices' },
    tasks: ['cm-path-intune-devices'],
    noTasks: ['cm-path-configmgr-clients'],
  },
  {
    point: 5,
    name: 'devices already in Intune: path b',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'existing', configMgr: 'keep', alreadyInIntune: 'yes' },
    recommended: 'coManagement',
    fields: { coManagementPath: 'new-devices' },
  },
  {
    point: 5,
    name: 'phasing out Configuration Manager, existing domain clients: co-management as the transition, move workloads',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'existing', configMgr: 'phasing-out' },
    recommended: 'coManagement',
    fields: { coManagementPath: 'existing-clients' },
    tasks: ['cm-move-workloads'],
    changes: ['configmgr-phasing-out'],
  },
  {
    point: 5,
    name: 'phasing out Configuration Manager, new devices: straight to Intune (automatic enrollment, Entra join)',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'new', configMgr: 'phasing-out' },
    recommended: 'automatic',
    changes: ['configmgr-phasing-out', 'entra-join-for-new-devices'],
  },
  // 6. Old Windows: target Windows 11; nothing plainly suitable for 1709 or older; replace Windows 7/8.1 hardware.
  {
    point: 6,
    name: 'Windows 10 1709: every method conditional, upgrade to Windows 11',
    answers: { ...ORG, windowsVersion: 'win10-1709-or-older' },
    recommended: 'automatic',
    verdict: 'conditional',
    prerequisites: ['upgrade-windows'],
    warns: ['windows10-end-of-support'],
    changes: ['windows-11-target'],
  },
  {
    point: 6,
    name: 'Windows 7 with Configuration Manager: Autopilot for existing devices, conditional; replace legacy hardware',
    answers: { ...ORG, windowsVersion: 'win7', configMgr: 'keep', identity: 'hybrid' },
    recommended: 'autopilot',
    verdict: 'conditional',
    warns: ['replace-legacy-hardware', 'upgrade-windows'],
  },
  {
    point: 6,
    name: 'Windows 8.1 without Configuration Manager: conditional, replace legacy hardware, 8.1 unsupported',
    answers: { ...ORG, windowsVersion: 'win8.1' },
    recommended: 'automatic',
    verdict: 'conditional',
    warns: ['replace-legacy-hardware', 'windows81-unsupported'],
  },
  // 7. Questions: the result says Windows Home cannot join (admins cannot answer for private PCs).
  {
    point: 7,
    name: 'personal devices: the result says Windows Home cannot join Entra ID',
    answers: { ownership: 'personal', manage: 'device', azureAdPremium: 'yes' },
    recommended: 'automatic',
    warns: ['windows-home-cannot-join'],
    copyNotes: ['nl-autopilot-personal', 'nl-lost-cross'],
  },
  {
    point: 7,
    name: 'conditional access still accepted by the API: bulk on 1709 with CA is no longer a separate limit',
    answers: { ...ORG, windowsVersion: 'win10-1709-or-older', volume: 'bulk', conditionalAccess: 'yes' },
    recommended: 'automatic',
    changes: ['bulk-ca-any-version', 'windows-11-target'],
  },
  // 9. The customer's copy: Autopilot tasks the Dutch copy lost.
  {
    point: 9,
    name: 'Autopilot: the Dutch copy lost its tasks and calls it a method for personal devices',
    answers: { ...ORG, purchase: 'autopilot-partner' },
    recommended: 'autopilot',
    copyNotes: ['nl-autopilot-personal', 'nl-autopilot-tasks-missing'],
  },
];

describe('since the guide: Microsoft’s current guidance decides (issue rows per point)', () => {
  test.each(ROWS)('point $point: $name', (row) => {
    const answers = Object.fromEntries(Object.entries(row.answers).filter(([, v]) => v !== undefined)) as Answers;
    const rec = recommend(answers);
    expect(rec.recommended).toBe(row.recommended);
    const chosen = rec.methods.find((m) => m.id === rec.recommended);
    if (row.verdict !== undefined) expect(chosen?.verdict).toBe(row.verdict);
    if (row.prerequisites !== undefined) expect(chosen?.prerequisites).toEqual(row.prerequisites);
    for (const w of row.warns ?? []) expect(rec.warnings).toContain(w);
    for (const w of row.neverWarns ?? []) expect(rec.warnings).not.toContain(w);
    if (row.fields !== undefined) expect(rec).toMatchObject(row.fields);
    const tasks = adminTasks(rec, answers);
    for (const t of row.tasks ?? []) expect(tasks).toContain(t);
    for (const t of row.noTasks ?? []) expect(tasks).not.toContain(t);
    const changes = sinceGuideChanges(rec, answers);
    for (const c of row.changes ?? []) expect(changes).toContain(c);
    const notes = guideCopyNotes(rec, answers);
    for (const n of row.copyNotes ?? []) expect(notes).toContain(n);
  });

  test('every point of the issue has rows', () => {
    expect(new Set(ROWS.map((r) => r.point))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 9]));
  });

  test('the advice for a Windows 11 cloud organization with P1 says nothing changed about Windows or P1 being optional', () => {
    const rec = recommend(ORG);
    expect(sinceGuideChanges(rec, ORG)).not.toContain('windows-11-target');
    expect(rec.warnings).not.toContain('premium-required');
  });

  test('contradicting answers: no changes and no copy notes (there is no advice to qualify)', () => {
    const answers: Answers = { ownership: 'personal', userAffinity: 'userless' };
    const rec = recommend(answers);
    expect(sinceGuideChanges(rec, answers)).toEqual([]);
    expect(guideCopyNotes(rec, answers)).toEqual([]);
  });
});
