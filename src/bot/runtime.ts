import { CloudAdapter, type Storage } from 'botbuilder';
import type { Config } from '../config';
import { langFromLocale } from '../content';
import { apiErrorMessage } from '../content/api-errors';
import type { Logger } from '../logger';
import type { MessagesHandler } from '../server/messages-handler';
import { createStorageSettingsStore, type SettingsStore } from '../settings';
import { activityProblem } from './activity-shape';
import { createAuthentication, type BotFrameworkAuthentication } from './auth/auth';
import { AdvisorBot } from './advisor-bot';
import type { OrgSettingsReader } from './org-settings';
import { logId, oversizedId } from './state/keys';
import { settingsStorage } from './state/settings-storage';
import { cachedProbe } from './state/storage';
import { CREATE_ONLY_ETAG } from './state/storage-conflict';
import { OptimisticConversationState } from './state/storage-state';
import { ConflictAwareMemoryStorage } from './state/storage-stores';
import { createTurnRunner } from './state/storage-turn';
import { MigratingUserState } from './state/storage-user-state';
import { createTurnErrorHandler } from './turn-error';

export type { BotFrameworkAuthentication } from './auth/auth';

export interface BotRuntimeDeps {
  /** adminAadObjectIds: who may change organization settings (none when absent). */
  readonly config: Pick<Config, 'bot' | 'publicBaseUrl'> & Partial<Pick<Config, 'adminAadObjectIds' | 'instructionsLinkKey'>>;
  readonly logger: Logger;
  /** Conversation and user state store (see createStorage); an in-memory store when absent (one process only). */
  readonly storage?: Storage;
  /** Where organization settings are kept; by default in `storage`, so blob or Cosmos DB storage persists them too. */
  readonly settingsStore?: SettingsStore;
  /** Overrides where employees' settings are read from (tests); by default the settings store. */
  readonly settings?: OrgSettingsReader;
  /** Overrides how incoming requests are authenticated (tests point it at a local OpenID/JWKS server). */
  readonly authentication?: BotFrameworkAuthentication;
}

/** The wired bot: the /api/messages handler for the server, plus the parts tests and later features reach into. */
export interface BotRuntime {
  readonly messages: MessagesHandler;
  readonly adapter: CloudAdapter;
  readonly bot: AdvisorBot;
  readonly storage: Storage;
  /** The organization settings store the bot reads and writes (tests check what was saved, and that it persists). */
  readonly settings: SettingsStore;
  /** True when the state store answers (for /readyz). */
  readonly ready: () => Promise<boolean>;
}

/** Builds the CloudAdapter, state, bot and error handling, and returns the /api/messages handler. */
export function createBotRuntime(deps: BotRuntimeDeps): BotRuntime {
  const { config, logger } = deps;
  const storage = deps.storage ?? new ConflictAwareMemoryStorage();
  const conversationState = new OptimisticConversationState(storage, logger);
  const userState = new MigratingUserState(storage, logger);
  const adapter = new CloudAdapter(deps.authentication ?? createAuthentication(config, { logger }));
  adapter.onTurnError = createTurnErrorHandler({ logger, userState });
  const settings = deps.settingsStore ?? createStorageSettingsStore(settingsStorage(storage, logger), { createOnlyETag: CREATE_ONLY_ETAG });
  const bot = new AdvisorBot({
    conversationState,
    userState,
    logger,
    baseUrl: config.publicBaseUrl,
    ...(config.instructionsLinkKey === undefined ? {} : { linkKey: config.instructionsLinkKey }),
    settings: deps.settings ?? settings,
    settingsAdmin: { store: settings, adminAadObjectIds: config.adminAadObjectIds ?? [] },
  });
  // Replies are held until the conversation is committed; a turn that lost a race with a concurrent one runs again.
  const runTurn = createTurnRunner({ logger, conversationState, userState, storage });

  const badRequest = (req: Parameters<MessagesHandler>[0], res: Parameters<MessagesHandler>[1]): void => {
    if (res.headersSent) return;
    const body: unknown = req.body;
    const locale = typeof body === 'object' && body !== null && 'locale' in body && typeof body.locale === 'string' ? body.locale : undefined;
    res.status(400);
    res.json({ error: { code: 'bad-request', message: apiErrorMessage({ code: 'bad-request' }, langFromLocale(locale)) } });
  };
  const messages: MessagesHandler = async (req, res) => {
    const body = req.body as Readonly<Record<string, unknown>>;
    const tooLong = typeof body === 'object' && body !== null ? oversizedId(body) : undefined;
    const problem = tooLong === undefined ? activityProblem(req.body) : `${tooLong} is longer than the ids Teams sends`;
    if (problem !== undefined) {
      logger.warn({ requestId: req.getId(), problem, activityId: logId(body?.id) }, 'malformed activity refused');
      badRequest(req, res);
      return;
    }
    try {
      await adapter.process(req, res, (context) => runTurn(context, (c) => bot.run(c)));
    } catch (err) {
      // botbuilder rejects activities it cannot parse before any turn runs: that is the caller's fault, not ours.
      logger.warn({ err, requestId: req.getId() }, 'activity rejected before the turn');
      badRequest(req, res);
    }
  };
  return { messages, adapter, bot, storage, settings, ready: cachedProbe(storage) };
}
