import type { TurnContext } from 'botbuilder';
import type { Lang } from '../content/types';
import type { CardAction } from './card-action';
import type { OrgSettings } from './org-settings';
import type { TypedCommand } from './text-input';

/** What the user sent this turn, already read: free text (maybe a command) or a card button. */
export type TurnInput =
  | { readonly kind: 'text'; readonly text: string; readonly command?: TypedCommand }
  | { readonly kind: 'action'; readonly action: CardAction };

/** Everything a dialog needs to know about the current turn, decided once by the bot. */
export interface TurnInfo {
  readonly lang: Lang;
  readonly input: TurnInput;
  /** The tenant's published settings (read on first use; undefined when none or no settings store). */
  readonly org: () => Promise<OrgSettings | undefined>;
}

/** The turnState key; a symbol so nothing else can collide with it. */
const TURN_INFO = Symbol('enrollment-advisor.turn-info');

/** Attaches this turn's info to the context for the dialogs (turn state lives only as long as the turn). */
export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

/** This turn's info; throws when the bot did not set it, which is a programming error. */
export function getTurnInfo(context: TurnContext): TurnInfo {
  const info: unknown = context.turnState.get(TURN_INFO);
  if (!isTurnInfo(info)) throw new Error('Turn info missing: the bot must call setTurnInfo before running a dialog.');
  return info;
}

function isTurnInfo(v: unknown): v is TurnInfo {
  return typeof v === 'object' && v !== null && 'lang' in v && 'input' in v && 'org' in v;
}
