import type { SETTINGS_INPUT_IDS } from '../cards/settings-card';
import type { OrgValues } from '../content/types';
import type { OrganizationSettings, ScopeSetting } from '../engine/types';

/** One tenant's organization settings as stored and served: its own values for employees plus the methods it chose. */
export type OrgSettingsData = OrgValues & OrganizationSettings;

/**
 * Every setting an administrator can change, named like the settings card's inputs. Problems and diffs name these,
 * so the content layer can word each one; the order is the order the confirmation lists changes in.
 */
export const SETTINGS_FIELDS = [
  'organizationName',
  'enrollmentServer',
  'supportText',
  'supportUrl',
  'organizationMethod',
  'autopilotMode',
  'personalMethod',
  'personalMdmScope',
  'personalMamScope',
] as const satisfies readonly (keyof typeof SETTINGS_INPUT_IDS)[];
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** The free-text settings (everything else is a choice from a closed list). */
export const TEXT_FIELDS = ['organizationName', 'enrollmentServer', 'supportText', 'supportUrl'] as const satisfies readonly SettingsField[];
export type TextField = (typeof TEXT_FIELDS)[number];

// A settings input the card has but SETTINGS_FIELDS forgets would silently never be saved: make it a compile error.
type MissingField = Exclude<keyof typeof SETTINGS_INPUT_IDS, SettingsField>;
const everyInputIsAField: [MissingField] extends [never] ? true : never = true;
void everyInputIsAField;

/** The stored value of one field as a plain string (ids for choices), or undefined when it is not set. */
export function fieldValue(settings: OrgSettingsData, field: SettingsField): string | undefined {
  switch (field) {
    case 'personalMdmScope':
      return settings.personalScopes?.mdm;
    case 'personalMamScope':
      return settings.personalScopes?.mam;
    default:
      return settings[field];
  }
}

/** True when `v` is one of the two scope settings of automatic enrollment. */
export function isScopeSetting(v: unknown): v is ScopeSetting {
  return v === 'none' || v === 'some-or-all';
}
