import type { Activity } from 'botbuilder';

/**
 * The channel id of Microsoft 365 Copilot Chat as the Microsoft 365 Agents SDK names it: the Teams channel with the
 * "COPILOT" sub-channel (microsoft/Agents-for-js, packages/agents-activity/src/conversation/channels.ts,
 * `Channels.M365Copilot = 'msteams:COPILOT'`). The sub-channel arrives as a `ProductInfo` entity with id "COPILOT".
 */
const COPILOT_SUBCHANNEL = 'COPILOT';

function isCopilotProductInfo(entity: unknown): boolean {
  if (typeof entity !== 'object' || entity === null) return false;
  const e = entity as Readonly<Record<string, unknown>>;
  return typeof e.type === 'string' && e.type.toLowerCase() === 'productinfo' && typeof e.id === 'string' && e.id.toUpperCase() === COPILOT_SUBCHANNEL;
}

/** Developers also report Copilot's activities as `channelData.productContext: "COPILOT"` (microsoft/Agents-for-js #897). */
function hasCopilotProductContext(channelData: unknown): boolean {
  if (typeof channelData !== 'object' || channelData === null) return false;
  const context = (channelData as Readonly<Record<string, unknown>>).productContext;
  return typeof context === 'string' && context.toUpperCase() === COPILOT_SUBCHANNEL;
}

/**
 * True when the bot may update a message it sent (updateActivity) on the surface this activity came from. Microsoft
 * 365 Copilot Chat cannot update a sent message (MicrosoftDocs/m365copilot-docs issue #63), so there the bot posts
 * each step as a new message instead; Teams (desktop, web, mobile) and the Agents Playground can.
 */
export function supportsMessageUpdates(activity: Partial<Activity>): boolean {
  const channel = typeof activity.channelId === 'string' ? activity.channelId.toLowerCase() : '';
  if (channel === 'm365copilot' || channel.endsWith(`:${COPILOT_SUBCHANNEL.toLowerCase()}`)) return false;
  if (hasCopilotProductContext(activity.channelData)) return false;
  return !(activity.entities ?? []).some(isCopilotProductInfo);
}
