import { fieldValue, SETTINGS_FIELDS, type OrgSettingsData, type SettingsField } from './fields';

/** One changed setting: its raw value before and after (ids for choices); undefined means not set. */
export interface SettingsChange {
  readonly field: SettingsField;
  readonly before?: string;
  readonly after?: string;
}

/** The settings that differ between `before` and `after`, in SETTINGS_FIELDS order; empty when nothing changed. */
export function diffSettings(before: OrgSettingsData, after: OrgSettingsData): SettingsChange[] {
  const changes: SettingsChange[] = [];
  for (const field of SETTINGS_FIELDS) {
    const was = fieldValue(before, field);
    const now = fieldValue(after, field);
    if (was !== now) changes.push({ field, ...(was === undefined ? {} : { before: was }), ...(now === undefined ? {} : { after: now }) });
  }
  return changes;
}
