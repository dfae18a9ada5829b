import { ConfigError, describeConfig, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { createBotRuntime } from './bot/runtime';
import { createStorage } from './bot/state/storage';
import { createApp, type AppDeps } from './server/app';
import { closeGracefully } from './server/shutdown';

/** Shows every configuration problem on stderr (no logger exists yet) and exits non-zero. */
function failConfig(err: ConfigError): never {
  console.error(`Enrollment Advisor cannot start:\n${err.problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

function warnIfLocal(config: Config, logger: Logger): void {
  if (config.mode === 'local') {
    logger.warn(
      'LOCAL MODE: authentication is OFF (no MicrosoftAppId). Anyone who can reach this port can talk to the bot. ' +
        'Never expose it; set NODE_ENV=production with credentials for real deployments.',
    );
  }
  if (config.mode === 'production' && config.storage.kind === 'memory') {
    logger.warn('STORAGE=memory in production: conversations are lost on restart and not shared between instances.');
  }
}

/** Composition root: config → logger → (storage + bot) → server → listen; stops cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) failConfig(err);
    throw err;
  }
  const logger = createLogger(config);
  logger.info({ config: describeConfig(config) }, 'starting');
  warnIfLocal(config, logger);

  const bot = createBotRuntime({ config, logger, storage: await createStorage(config.storage) });
  const deps: AppDeps = { config, logger, messages: bot.messages, readiness: bot.ready };
  const server = createApp(deps);

  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  logger.info({ url: server.url, publicBaseUrl: config.publicBaseUrl }, 'listening');

  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'stopping: no new connections, finishing in-flight requests');
    void closeGracefully(server.server, logger).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error('Enrollment Advisor failed to start.', err);
  process.exit(1);
});
