import { UserState, type Storage, type TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';
import { legacyUserKey, userKey } from './keys';
import { STATE_RESET, dropLegacy, settleLoadedState, userProblem, type ReadRule } from './storage-reader';

const USER_RULE: ReadRule = { what: 'user', legacyKey: (c) => legacyUserKey(c.activity), problem: userProblem };

/** What this turn's load found, per state object. */
interface UserLoad {
  readonly reset: boolean;
  readonly legacyKey?: string;
}

/**
 * UserState under the v2 key (hashed, channel and tenant in it), reading a profile stored under the pre-v2 key once
 * and moving it, and quarantining a profile that cannot be read instead of failing every turn of that user.
 */
export class MigratingUserState extends UserState {
  private readonly loadKey = Symbol('migrating-user-state');

  constructor(
    storage: Storage,
    private readonly logger: Logger,
  ) {
    super(storage);
  }

  /** The v2 key of the activity's sender. */
  override getStorageKey(context: TurnContext): string {
    return userKey(context.activity);
  }

  /** Loads like UserState, then migrates or quarantines (see storage-reader.ts). */
  override async load(context: TurnContext, force = false): Promise<unknown> {
    const reads = force || this.get(context) === undefined;
    const state: unknown = await super.load(context, force);
    if (reads && typeof state === 'object' && state !== null) {
      const settled = await settleLoadedState(this.storage, context, this.getStorageKey(context), state as Record<string, unknown>, USER_RULE, this.logger);
      if (settled.reset) context.turnState.set(STATE_RESET, true);
      const record: UserLoad = { reset: settled.reset, ...(settled.legacyKey === undefined ? {} : { legacyKey: settled.legacyKey }) };
      context.turnState.set(this.loadKey, record);
    }
    return state;
  }

  /** Saves like UserState (a reset profile is written even when unchanged), then deletes a migrated pre-v2 item. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const record = context.turnState.get(this.loadKey) as UserLoad | undefined;
    await super.saveChanges(context, force || record?.reset === true);
    if (record !== undefined) {
      context.turnState.set(this.loadKey, { reset: false });
      await dropLegacy(this.storage, record.legacyKey, this.logger);
    }
  }
}
