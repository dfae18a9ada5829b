import { CRITERION_IDS, MATRIX, METHOD_IDS, type CellMark, type CellNoteId, type CriterionId, type MethodId } from '../../src/engine';

interface CellRow {
  readonly method: MethodId;
  readonly criterion: CriterionId;
  readonly mark: CellMark;
  readonly note: CellNoteId | undefined;
}

const cell = (method: MethodId, criterion: CriterionId, mark: CellMark, note?: CellNoteId): CellRow => ({ method, criterion, mark, note });

/** Written by hand from the reference's matrix (English original where the Dutch copy lost the ✘). */
const CELLS: readonly CellRow[] = [
  cell('automatic', 'premium', 'yes', 'premium-may-be-needed'),
  cell('automatic', 'caBulk', 'yes', 'ca-bulk-1803-plus'),
  cell('automatic', 'personal', 'yes', 'bulk-organization-only'),
  cell('automatic', 'organization', 'yes'),
  cell('automatic', 'newOrExisting', 'yes'),
  cell('automatic', 'volume', 'yes', 'bulk-organization-only'),
  cell('automatic', 'singleUser', 'yes'),
  cell('automatic', 'userless', 'yes', 'userless-organization-owned'),
  cell('automatic', 'dem', 'yes'),
  cell('automatic', 'otherMdm', 'no', 'unenroll-other-mdm'),
  cell('automatic', 'autopilotPartner', 'silent'),
  cell('automatic', 'hybridJoined', 'silent'),
  cell('automatic', 'remoteWorkers', 'silent'),
  cell('automatic', 'configMgr', 'silent'),
  cell('automatic', 'enrolledInIntune', 'silent'),

  cell('autopilot', 'premium', 'yes', 'premium-required-autopilot'),
  cell('autopilot', 'caBulk', 'silent'),
  cell('autopilot', 'personal', 'no', 'autopilot-organization-only'),
  cell('autopilot', 'organization', 'yes'),
  cell('autopilot', 'newOrExisting', 'yes', 'existing-desktops-upgrade-with-configmgr'),
  cell('autopilot', 'volume', 'yes'),
  cell('autopilot', 'singleUser', 'yes'),
  cell('autopilot', 'userless', 'yes', 'userless-organization-owned'),
  cell('autopilot', 'dem', 'no', 'dem-not-for-autopilot'),
  cell('autopilot', 'otherMdm', 'no', 'unenroll-other-mdm'),
  cell('autopilot', 'autopilotPartner', 'yes'),
  cell('autopilot', 'hybridJoined', 'yes', 'hybrid-joined-explained'),
  cell('autopilot', 'remoteWorkers', 'yes', 'ship-to-remote-workers'),
  cell('autopilot', 'configMgr', 'silent'),
  cell('autopilot', 'enrolledInIntune', 'silent'),

  cell('groupPolicy', 'premium', 'yes', 'premium-required-group-policy'),
  cell('groupPolicy', 'caBulk', 'silent'),
  cell('groupPolicy', 'personal', 'no', 'byod-use-automatic'),
  cell('groupPolicy', 'organization', 'yes'),
  cell('groupPolicy', 'newOrExisting', 'yes'),
  cell('groupPolicy', 'volume', 'yes'),
  cell('groupPolicy', 'singleUser', 'yes'),
  cell('groupPolicy', 'userless', 'yes', 'userless-organization-owned'),
  cell('groupPolicy', 'dem', 'no', 'dem-not-for-group-policy'),
  cell('groupPolicy', 'otherMdm', 'no', 'unenroll-no-classic-agents'),
  cell('groupPolicy', 'autopilotPartner', 'silent'),
  cell('groupPolicy', 'hybridJoined', 'yes', 'hybrid-join-before-enrollment'),
  cell('groupPolicy', 'remoteWorkers', 'yes'),
  cell('groupPolicy', 'configMgr', 'silent'),
  cell('groupPolicy', 'enrolledInIntune', 'silent'),

  cell('coManagement', 'premium', 'yes', 'premium-depends-on-comanagement-path'),
  cell('coManagement', 'caBulk', 'silent'),
  cell('coManagement', 'personal', 'yes'),
  cell('coManagement', 'organization', 'yes'),
  cell('coManagement', 'newOrExisting', 'yes', 'upgrade-before-comanagement'),
  cell('coManagement', 'volume', 'yes'),
  cell('coManagement', 'singleUser', 'yes'),
  cell('coManagement', 'userless', 'yes', 'userless-organization-owned'),
  cell('coManagement', 'dem', 'no', 'dem-not-for-comanagement'),
  cell('coManagement', 'otherMdm', 'no', 'unenroll-no-classic-agents'),
  cell('coManagement', 'autopilotPartner', 'silent'),
  cell('coManagement', 'hybridJoined', 'yes', 'hybrid-joined-explained'),
  cell('coManagement', 'remoteWorkers', 'yes'),
  cell('coManagement', 'configMgr', 'yes', 'configmgr-keep-it'),
  cell('coManagement', 'enrolledInIntune', 'yes', 'bring-intune-devices-to-comanagement'),
];

describe('MATRIX carries the guide’s four tables', () => {
  test.each(CELLS)('$method × $criterion is $mark ($note)', ({ method, criterion, mark, note }) => {
    expect(MATRIX[method][criterion].mark).toBe(mark);
    expect(MATRIX[method][criterion].note).toBe(note);
  });

  test('the hand-written table covers every method × criterion exactly once', () => {
    const keys = CELLS.map((c) => `${c.method}/${c.criterion}`);
    expect(new Set(keys).size).toBe(METHOD_IDS.length * CRITERION_IDS.length);
    expect(keys).toHaveLength(60);
  });

  test('the nine ✘ marks the Dutch copy lost are all there', () => {
    const crosses = METHOD_IDS.flatMap((m) => CRITERION_IDS.filter((c) => MATRIX[m][c].mark === 'no').map((c) => `${m}/${c}`));
    expect(crosses.sort()).toEqual(
      [
        'autopilot/personal',
        'groupPolicy/personal',
        'autopilot/dem',
        'groupPolicy/dem',
        'coManagement/dem',
        'automatic/otherMdm',
        'autopilot/otherMdm',
        'groupPolicy/otherMdm',
        'coManagement/otherMdm',
      ].sort(),
    );
  });
});
