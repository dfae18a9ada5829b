/**
 * The fields the bot relies on, checked before botbuilder sees the activity: a malformed one is refused with a 400
 * instead of failing inside a turn (where no reply could reach the sender anyway).
 */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the activity must be a JSON object';
  const a = body as Readonly<Record<string, unknown>>;
  if (!nonEmptyString(a.type)) return 'type must be a non-empty string';
  if (!nonEmptyString(a.channelId)) return 'channelId must be a non-empty string';
  if (!isHttpUrl(a.serviceUrl)) return 'serviceUrl must be an http(s) URL';
  if (!hasId(a.conversation)) return 'conversation.id must be a non-empty string';
  if (!hasId(a.from)) return 'from.id must be a non-empty string';
  if (a.recipient !== undefined && !hasId(a.recipient)) return 'recipient.id must be a non-empty string';
  for (const key of ['id', 'text', 'locale', 'replyToId'] as const) {
    if (a[key] !== undefined && a[key] !== null && typeof a[key] !== 'string') return `${key} must be a string`;
  }
  // botbuilder reads entity types and member ids without checking them (e.g. when looking for mentions).
  if (a.entities !== undefined && !(Array.isArray(a.entities) && a.entities.every(hasType))) return 'entities must be a list of objects with a type';
  if (a.attachments !== undefined && !Array.isArray(a.attachments)) return 'attachments must be an array';
  for (const key of ['membersAdded', 'membersRemoved'] as const) {
    if (a[key] !== undefined && !(Array.isArray(a[key]) && a[key].every(hasId))) return `${key} must be a list of accounts with an id`;
  }
  return undefined;
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function hasId(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && nonEmptyString((v as Readonly<Record<string, unknown>>).id);
}

function hasType(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Readonly<Record<string, unknown>>).type === 'string';
}

function isHttpUrl(v: unknown): boolean {
  if (!nonEmptyString(v)) return false;
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
