/**
 * True when the user `objectId` may change the settings of `tenantId`: an entry `tenantId:objectId` names exactly
 * that pair; a plain `objectId` entry (config.ts accepts it only where one tenant is served) matches in any tenant.
 * Ids are compared in lower case, as Entra spells GUIDs in either case.
 */
export function isTenantAdmin(admins: readonly string[], tenantId: string | undefined, objectId: string): boolean {
  const user = objectId.trim().toLowerCase();
  if (user === '') return false;
  const tenant = (tenantId ?? '').trim().toLowerCase();
  return admins.some((entry) => {
    const e = entry.toLowerCase();
    return e.includes(':') ? tenant !== '' && e === `${tenant}:${user}` : e === user;
  });
}
