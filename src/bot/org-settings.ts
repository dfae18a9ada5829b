import type { OrgValues } from '../content/types';
import type { OrganizationSettings } from '../engine/types';

/** An organization's published settings: its own values for employee instructions and the methods it chose. */
export type OrgSettings = OrgValues & OrganizationSettings;

/**
 * Where the bot reads a tenant's published settings from. The settings feature (issue 5) implements it; without one
 * the bot gives the general instructions.
 */
export interface OrgSettingsReader {
  /** The settings of `tenantId`, or undefined when it has published none. Must only ever return that tenant's data. */
  read(tenantId: string): Promise<OrgSettings | undefined>;
}
