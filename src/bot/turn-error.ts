import type { TurnContext, UserState } from 'botbuilder';
import { buildErrorCard } from '../cards';
import { langFromLocale } from '../content';
import type { Lang } from '../content/types';
import type { Logger } from '../logger';
import { activityLocale, turnIds } from './activity-info';
import { cardMessage } from './replies';
import { readUserProfile } from './state';

/**
 * The adapter's onTurnError: logs the failure with the conversation and activity ids, then sends the localized error
 * card ("your answers are kept — type start to continue"). Never shows the error message and never throws, so the
 * process and the HTTP response stay healthy; the bot has already kept the state from before the failed turn.
 */
export function createTurnErrorHandler(deps: { readonly logger: Logger; readonly userState?: UserState }) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    deps.logger.error({ ...turnIds(context), err: error }, 'turn failed');
    try {
      await context.sendActivity(cardMessage(buildErrorCard(await errorLang(context, deps.userState))));
    } catch (sendError) {
      deps.logger.error({ ...turnIds(context), err: sendError }, 'could not send the error card');
    }
  };
}

/** The user's chosen language if the profile can still be read, else the Teams locale. */
async function errorLang(context: TurnContext, userState: UserState | undefined): Promise<Lang> {
  const fallback = langFromLocale(activityLocale(context.activity));
  if (userState === undefined) return fallback;
  try {
    const profile = readUserProfile(await userState.createProperty<unknown>('profile').get(context));
    return profile.lang ?? fallback;
  } catch {
    // The store may be what failed; the locale is good enough for an apology.
    return fallback;
  }
}
