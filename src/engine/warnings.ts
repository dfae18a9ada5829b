import type { ResolvedAnswers } from './answers';
import type { MethodId, Scopes, WarningCode } from './types';

/** What a warning condition may look at: the answers and the decision already taken for them. */
export interface WarningContext {
  readonly a: ResolvedAnswers;
  readonly recommended: MethodId | null;
  readonly scopes: Scopes | undefined;
  readonly contradiction: boolean;
  /** The ranking's pick had a missing Premium ruled nothing out (null for a contradiction). */
  readonly pickIgnoringPremium: MethodId | null;
}

const isWindows10 = (a: ResolvedAnswers): boolean =>
  a.windowsVersion === 'win10-1803-plus' || a.windowsVersion === 'win10-1709-or-older';
const isLegacy = (a: ResolvedAnswers): boolean => a.windowsVersion === 'win7' || a.windowsVersion === 'win8.1';
const personalInPlay = (a: ResolvedAnswers): boolean => a.ownership === 'personal' || a.ownership === 'mixed';
const needsPremium = (m: MethodId | null): boolean => m === 'autopilot' || m === 'groupPolicy';
const hybridJoins = (m: MethodId | null): boolean => m === 'autopilot' || m === 'groupPolicy' || m === 'coManagement';

/** When each warning applies: one condition per code, so "exactly when its situation applies" is readable here. */
export const WARNING_RULES = {
  // The guide's ✘ for every method: devices managed by another MDM must leave it first.
  'unenroll-other-mdm': ({ a }) => a.otherMdm === 'yes',
  // Bulk enrollment is only for organization-owned devices.
  'bulk-organization-only': ({ a }) => a.volume === 'bulk' && personalInPlay(a),
  // No conditional access for devices bulk-enrolled on Windows 10 1709 or older.
  'no-ca-bulk-1709': ({ a }) =>
    a.conditionalAccess === 'yes' && a.volume === 'bulk' && a.windowsVersion === 'win10-1709-or-older',
  // Windows 7/8.1 must be upgraded before any method enrolls them.
  'upgrade-windows': ({ a }) => isLegacy(a),
  // Premium is missing or unconfirmed, and the method we recommend, or would have recommended with it, requires it.
  'premium-required': ({ a, pickIgnoringPremium }) => a.azureAdPremium !== 'yes' && needsPremium(pickIgnoringPremium),
  // User-less devices are organization-owned; they get a kiosk or shared-device profile.
  'userless-organization-owned': ({ a }) => a.userAffinity === 'userless' || a.userAffinity === 'both',
  // Personal devices cannot be user-less: ask, do not guess.
  'personal-userless-conflict': ({ contradiction }) => contradiction,
  // Group Policy, and co-management path a, enroll only hybrid joined devices; on-premises or unknown must be fixed first.
  'hybrid-required': ({ a, recommended }) =>
    (a.identity === 'onprem' || a.identity === 'unknown') &&
    (recommended === 'groupPolicy' || (recommended === 'coManagement' && a.alreadyInIntune !== 'yes')),
  // Configuration Manager may spread co-management enrollment out over time.
  'configmgr-enrollment-delay': ({ recommended }) => recommended === 'coManagement',
  // Unless only the work account is managed, personal devices end up joined and fully managed by IT.
  'personal-device-managed': ({ a, recommended }) => personalInPlay(a) && recommended !== null && a.manage !== 'account',
  // Every result uses the guide's Azure AD names.
  'entra-renamed': () => true,
  // Windows 10 is the answer, or the upgrade target the guide names for Windows 7/8.1.
  'windows10-end-of-support': ({ a }) => isWindows10(a) || isLegacy(a),
  'windows81-unsupported': ({ a }) => a.windowsVersion === 'win8.1',
  // A MAM scope of Some or All is now the deprecated WIP scope.
  'wip-deprecated': ({ scopes }) => scopes?.mam === 'some-or-all',
  // Microsoft now advises cloud-only join for new devices; it matters when the recommended method would hybrid join them.
  'hybrid-not-recommended': ({ a, recommended }) =>
    (a.identity === 'hybrid' || a.identity === 'onprem') && a.deviceAge !== 'existing' && hybridJoins(recommended),
} satisfies Record<WarningCode, (ctx: WarningContext) => boolean>;
