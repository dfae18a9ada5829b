import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type BotState, type ResourceResponse, type Storage, type TurnContext } from 'botbuilder';
import { langFromLocale } from '../../content';
import { stateNotices } from '../../content/state-notices';
import type { Logger } from '../../logger';
import { activityLocale } from '../activity-info';
import { activityMarkerKey } from './keys';
import { CREATE_ONLY_ETAG, isStorageConflict } from './storage-conflict';
import { hasMarkers } from './storage-item';
import { STATE_RESET, safeIds as turnIds } from './storage-reader';
import type { OptimisticConversationState } from './storage-state';

/** Message ids handed out while replies are held back; replaced by Teams' ids once the replies are delivered. */
export const PENDING_REPLY_PREFIX = 'pending-reply:';

/** How often a turn is run again when a concurrent turn changed the conversation first. */
export const MAX_TURN_ATTEMPTS = 5;

/** One held-back outgoing operation and the botbuilder continuation that performs it. */
type HeldOperation =
  | { readonly kind: 'send'; readonly placeholders: readonly string[]; readonly perform: () => Promise<ResourceResponse[]> }
  | { readonly kind: 'update'; readonly activity: Partial<Activity>; readonly perform: () => Promise<void> }
  | { readonly kind: 'delete'; readonly perform: () => Promise<void> };

/** What the delivery of a turn's replies achieved. */
interface Delivery {
  /** Placeholder id → the id the channel gave the message. */
  readonly ids: Map<string, string>;
  readonly performed: number;
  readonly failed: boolean;
}

/**
 * Holds a turn's outgoing sends, updates and deletes until the turn's state is committed, so a turn that is run again
 * after a conflict never shows the user a second copy. Sends get placeholder ids meanwhile.
 */
class Outbox {
  private held: HeldOperation[] = [];
  private holding = true;

  constructor(
    private readonly context: TurnContext,
    private readonly logger: Logger,
  ) {
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!this.holding) return next();
      const placeholders = activities.map(() => `${PENDING_REPLY_PREFIX}${randomUUID()}`);
      this.held.push({ kind: 'send', placeholders, perform: next });
      return placeholders.map((id) => ({ id }));
    });
    context.onUpdateActivity(async (_ctx, activity, next) => {
      if (!this.holding) {
        // A message whose delivery failed in an earlier turn has no real id to update.
        if (isPending(activity.id)) return this.logger.debug(turnIds(context), 'update of an undelivered message skipped');
        return next();
      }
      this.held.push({ kind: 'update', activity, perform: next });
    });
    context.onDeleteActivity(async (_ctx, reference, next) => {
      if (!this.holding) return isPending(reference.activityId) ? undefined : next();
      this.held.push({ kind: 'delete', perform: next });
    });
  }

  /** Forgets everything held (the turn is run again or failed). */
  discard(): void {
    this.held = [];
  }

  /** From now on operations go straight out (onTurnError's apology, anything after delivery). */
  release(): void {
    this.holding = false;
    this.held = [];
  }

  /**
   * Performs the held operations in order. Stops at the first failure (the connector retries inside each call) and
   * logs it with the turn's ids; never throws, because the turn's state is already committed.
   */
  async deliver(): Promise<Delivery> {
    const ids = new Map<string, string>();
    const operations = this.held;
    this.held = [];
    let performed = 0;
    for (const op of operations) {
      try {
        if (op.kind === 'send') {
          const responses = await op.perform();
          op.placeholders.forEach((placeholder, i) => {
            const id = responses[i]?.id;
            if (typeof id === 'string' && id !== '') ids.set(placeholder, id);
          });
        } else if (op.kind === 'update') {
          // An update of a message sent earlier in this same turn targets its placeholder id.
          const target = op.activity.id;
          if (isPending(target)) {
            const real = ids.get(target);
            if (real === undefined) continue;
            op.activity.id = real;
          }
          await op.perform();
        } else {
          await op.perform();
        }
        performed++;
      } catch (err) {
        this.logger.error(
          { ...turnIds(this.context), err, delivered: performed, undelivered: operations.length - performed },
          'reply could not be delivered; the conversation state is kept',
        );
        return { ids, performed, failed: true };
      }
    }
    return { ids, performed, failed: false };
  }
}

/**
 * Creates this activity's redelivery marker (exported for test harnesses that run the bot without the turn runner); true when it already existed (Teams redelivered an activity that was
 * handled). Create-only, so two instances receiving the same activity at once answer it once. Invokes are never
 * redelivered this way and always need their own answer.
 */
export async function redelivered(storage: Storage, context: TurnContext): Promise<boolean> {
  const { activity } = context;
  if (activity.type === ActivityTypes.Invoke || typeof activity.id !== 'string' || activity.id === '') return false;
  const key = activityMarkerKey(activity);
  if (hasMarkers(storage)) return !(await storage.createMarker(key));
  try {
    await storage.write({ [key]: { at: new Date().toISOString(), eTag: CREATE_ONLY_ETAG } });
    return false;
  } catch (err) {
    if (isStorageConflict(err)) return true;
    throw err;
  }
}

function isPending(id: unknown): id is string {
  return typeof id === 'string' && id.startsWith(PENDING_REPLY_PREFIX);
}

export interface TurnRunnerDeps {
  readonly logger: Logger;
  readonly conversationState: OptimisticConversationState;
  /** Reloaded with the conversation before a turn is run again. */
  readonly userState?: BotState;
  /** Where redelivery markers are created; without it redelivered activities are not recognized (tests of one turn). */
  readonly storage?: Storage;
  readonly maxAttempts?: number;
  /** Pause before running a turn again (jittered so two losers do not collide again); tests pass 0. */
  readonly retryDelayMs?: (attempt: number) => number;
}

/** Runs one turn's logic: the bot's run(context), which loads and saves the state itself. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

function defaultRetryDelay(attempt: number): number {
  return Math.floor(Math.random() * 20 * attempt);
}

/**
 * Wraps the bot's turn in optimistic concurrency: replies are held until the conversation state is committed; when
 * a concurrent turn (another instance, or a double click) committed first, the turn is run again on the fresh state
 * (at most `maxAttempts` times) and the first attempt's replies are dropped. Then the replies are delivered once and
 * the placeholder ids the dialogs stored are replaced by the real ones. Errors other than conflicts are rethrown for
 * onTurnError, whose own messages go out directly.
 */
export function createTurnRunner(deps: TurnRunnerDeps): (context: TurnContext, logic: TurnLogic) => Promise<void> {
  const { logger, conversationState, userState } = deps;
  const maxAttempts = deps.maxAttempts ?? MAX_TURN_ATTEMPTS;
  const retryDelay = deps.retryDelayMs ?? defaultRetryDelay;
  return async (context, logic) => {
    const started = Date.now();
    if (deps.storage !== undefined && (await redelivered(deps.storage, context))) {
      logger.info(turnIds(context), 'redelivered activity ignored');
      return;
    }
    const outbox = new Outbox(context, logger);
    let attempt = 1;
    let reset = false;
    for (;;) {
      try {
        // Loaded here (the bot's own load then reuses it), so an unreadable conversation is reset and the user told first.
        await conversationState.load(context);
        await userState?.load(context);
        reset ||= context.turnState.get(STATE_RESET) === true;
        if (reset) await context.sendActivity({ type: ActivityTypes.Message, text: stateNotices(langFromLocale(activityLocale(context.activity))).reset, textFormat: 'markdown' });
        await logic(context);
        break;
      } catch (err) {
        outbox.discard();
        if (!isStorageConflict(err) || attempt >= maxAttempts) {
          outbox.release();
          throw err;
        }
        logger.info({ ...turnIds(context), attempt }, 'conversation changed by a concurrent turn; running the turn again');
        attempt++;
        const pause = retryDelay(attempt);
        if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
        await conversationState.load(context, true);
        await userState?.load(context, true);
      }
    }
    const delivery = await outbox.deliver();
    outbox.release();
    // Only ids the dialogs actually stored need rewriting; most turns send none (they update a card) or store none.
    const stored = delivery.ids.size === 0 ? '' : JSON.stringify(conversationState.get(context) ?? {});
    const used = new Map([...delivery.ids].filter(([placeholder]) => stored.includes(placeholder)));
    if (used.size > 0 && !(await conversationState.replaceStrings(context, used))) {
      logger.warn(turnIds(context), 'could not record the delivered message ids; the next answer will not update its card in place');
    }
    logger.info({ ...turnIds(context), attempts: attempt, replies: delivery.performed, delivered: !delivery.failed, ms: Date.now() - started }, 'turn');
  };
}
