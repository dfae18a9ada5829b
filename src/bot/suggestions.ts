import { ActionTypes, type Activity, type SuggestedActions } from 'botbuilder';
import { conversationText } from '../content/conversation';
import type { Lang } from '../content/types';
import type { InstructionSetId } from '../engine/types';

/**
 * Teams shows suggested actions only in one-on-one chats (and drops them once the user replies): in group chats and
 * channels they would be noise for everyone else, so they are attached only where the conversation is personal.
 */
export function isPersonalChat(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

/**
 * The obvious next steps after a result, as suggested actions that type a command the bot routes: compare, admin
 * tasks, the employee instructions (only when the advice has exactly one set, which the command can name), start over.
 * `to`: the user the actions are shown to (the one who asked, as Teams' samples address them).
 */
export function resultSuggestions(lang: Lang, sets: readonly InstructionSetId[], to: readonly string[] = []): SuggestedActions {
  const t = conversationText(lang).suggestions;
  const steps = [
    t.compare,
    t.tasks,
    ...(sets.length === 1 ? [{ title: t.instructions.title, command: `${t.instructions.command} ${sets[0] ?? ''}` }] : []),
    t.restart,
  ];
  return { to: [...to], actions: steps.map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.command })) };
}

/** `messages` with the suggestions on the last one (suggested actions belong to the newest message). */
export function withSuggestions(messages: readonly Partial<Activity>[], suggested: SuggestedActions): Partial<Activity>[] {
  const last = messages[messages.length - 1];
  return last === undefined ? [...messages] : [...messages.slice(0, -1), { ...last, suggestedActions: suggested }];
}
