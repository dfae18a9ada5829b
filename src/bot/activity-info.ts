import { TurnContext, type Activity } from 'botbuilder';
import { logId } from './state/keys';

/** The ids every log line about a turn carries (never the message text), each cut to LOGGED_ID_LENGTH characters. */
export function turnIds(context: TurnContext): Record<string, string | undefined> {
  const a = context.activity;
  return { activityId: logId(a.id), activityType: logId(a.type), conversationId: logId(a.conversation?.id), tenantId: logId(tenantOf(a)), channelId: logId(a.channelId) };
}

/** The Teams tenant id of an activity (channelData.tenant.id, else conversation.tenantId). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData: unknown = activity.channelData;
  if (typeof channelData === 'object' && channelData !== null && 'tenant' in channelData) {
    const tenant: unknown = (channelData as { tenant?: unknown }).tenant;
    if (typeof tenant === 'object' && tenant !== null && 'id' in tenant && typeof tenant.id === 'string') return tenant.id;
  }
  return typeof activity.conversation?.tenantId === 'string' ? activity.conversation.tenantId : undefined;
}

/** activity.locale, or the locale Teams puts in the clientInfo entity. */
export function activityLocale(activity: Partial<Activity>): string | undefined {
  if (typeof activity.locale === 'string' && activity.locale !== '') return activity.locale;
  const clientInfo = (activity.entities ?? []).find((e) => e.type === 'clientInfo');
  const locale: unknown = clientInfo?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** True when the activity @mentions its recipient (the bot). */
export function mentionsRecipient(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return botId !== undefined && TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

/** Removes mention markup left after the recipient mention was removed (e.g. other users' mentions): it is not part of the command. */
export function stripMentionTags(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
}
