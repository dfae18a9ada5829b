import type { CellNoteId, CriterionId, MatrixCell, MethodId } from './types';

const yes = (note?: CellNoteId): MatrixCell => (note === undefined ? { mark: 'yes' } : { mark: 'yes', note });
const no = (note: CellNoteId): MatrixCell => ({ mark: 'no', note });
const silent: MatrixCell = { mark: 'silent' };

/**
 * The guide's four "Feature | Use this enrollment option when" tables, one row per criterion.
 * The nine 'no' cells are the ✘ marks the Dutch copy lost (the English original decides);
 * 'silent' means that method's table has no such row, so it can never change a verdict.
 */
export const MATRIX: Readonly<Record<MethodId, Readonly<Record<CriterionId, MatrixCell>>>> = {
  automatic: {
    premium: yes('premium-may-be-needed'),
    caBulk: yes('ca-bulk-1803-plus'),
    personal: yes('bulk-organization-only'),
    organization: yes(),
    newOrExisting: yes(),
    volume: yes('bulk-organization-only'),
    singleUser: yes(),
    userless: yes('userless-organization-owned'),
    dem: yes(),
    otherMdm: no('unenroll-other-mdm'),
    autopilotPartner: silent,
    hybridJoined: silent,
    remoteWorkers: silent,
    configMgr: silent,
    enrolledInIntune: silent,
  },
  autopilot: {
    premium: yes('premium-required-autopilot'),
    caBulk: silent,
    personal: no('autopilot-organization-only'),
    organization: yes(),
    newOrExisting: yes('existing-desktops-upgrade-with-configmgr'),
    volume: yes(),
    singleUser: yes(),
    userless: yes('userless-organization-owned'),
    dem: no('dem-not-for-autopilot'),
    otherMdm: no('unenroll-other-mdm'),
    autopilotPartner: yes(),
    hybridJoined: yes('hybrid-joined-explained'),
    remoteWorkers: yes('ship-to-remote-workers'),
    configMgr: silent,
    enrolledInIntune: silent,
  },
  groupPolicy: {
    premium: yes('premium-required-group-policy'),
    caBulk: silent,
    personal: no('byod-use-automatic'),
    organization: yes(),
    newOrExisting: yes(),
    volume: yes(),
    singleUser: yes(),
    userless: yes('userless-organization-owned'),
    dem: no('dem-not-for-group-policy'),
    otherMdm: no('unenroll-no-classic-agents'),
    autopilotPartner: silent,
    hybridJoined: yes('hybrid-join-before-enrollment'),
    remoteWorkers: yes(),
    configMgr: silent,
    enrolledInIntune: silent,
  },
  coManagement: {
    premium: yes('premium-depends-on-comanagement-path'),
    caBulk: silent,
    personal: yes(),
    organization: yes(),
    newOrExisting: yes('upgrade-before-comanagement'),
    volume: yes(),
    singleUser: yes(),
    userless: yes('userless-organization-owned'),
    dem: no('dem-not-for-comanagement'),
    otherMdm: no('unenroll-no-classic-agents'),
    autopilotPartner: silent,
    hybridJoined: yes('hybrid-joined-explained'),
    remoteWorkers: yes(),
    configMgr: yes('configmgr-keep-it'),
    enrolledInIntune: yes('bring-intune-devices-to-comanagement'),
  },
};

